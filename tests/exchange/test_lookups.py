"""The gateway's kept look-up connections: reused, bounded, and never a stale snapshot."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from lienthong.exchange._lookups import LookupConnections
from lienthong.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    with store.begin() as conn:
        conn.execute(text("CREATE TABLE flag (v INTEGER)"))
        conn.execute(text("INSERT INTO flag VALUES (1)"))
    return store


def test_a_write_by_another_connection_is_seen_by_the_next_lookup(store: Store) -> None:
    lookups = LookupConnections(store, 2)
    with lookups.connect() as conn:
        assert conn.execute(text("SELECT v FROM flag")).scalar() == 1
    with store.begin() as other:  # e.g. the citizen revokes a consent
        other.execute(text("UPDATE flag SET v = 0"))
    with lookups.connect() as conn:
        assert conn.execute(text("SELECT v FROM flag")).scalar() == 0
    lookups.close()


def test_one_connection_is_reused_when_calls_come_one_at_a_time(store: Store) -> None:
    lookups = LookupConnections(store, 3)
    seen = set()
    for _ in range(5):
        with lookups.connect() as conn:
            seen.add(id(conn))
    assert len(seen) == 1
    lookups.close()


def test_no_more_than_size_connections_are_held_at_once(store: Store) -> None:
    lookups = LookupConnections(store, 2)
    inside, peak, lock = 0, 0, threading.Lock()
    release = threading.Event()

    def decide() -> None:
        nonlocal inside, peak
        with lookups.connect():
            with lock:
                inside += 1
                peak = max(peak, inside)
            release.wait(0.2)
            with lock:
                inside -= 1

    threads = [threading.Thread(target=decide) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert peak == 2
    lookups.close()


def test_a_failed_lookup_does_not_return_its_connection(store: Store) -> None:
    lookups = LookupConnections(store, 1)
    with pytest.raises(RuntimeError), lookups.connect() as conn:
        failed = conn
        raise RuntimeError("boom")
    with lookups.connect() as conn:
        assert conn is not failed
    lookups.close()
