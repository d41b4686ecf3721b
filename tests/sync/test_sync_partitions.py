"""One subscription delivered by several workers (`sync start --role deliver --partition K/N`):
every change applied once, per-key order kept, the shared cursor never ahead of a worker."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from sync_helpers import SOURCE_ROWS, TARGET_ROWS, embedded_sync, rows

from lienthong.audit import AuditLog
from lienthong.store import Store
from lienthong.sync import APPLIED_TABLE, Sync
from lienthong.sync._deliver import partition_of

KEYS = [f"0792{i:08d}" for i in range(50)]
ROUNDS = 6


def _update_every_key(source_db: Path, rounds: range) -> None:
    conn = sqlite3.connect(source_db)
    for r in rounds:  # each round changes every key once: several changes per key, in order
        for key in KEYS:
            conn.execute("UPDATE cong_dan SET dia_chi = ? WHERE so_dinh_danh = ?", (f"v{r}", key))
        conn.commit()
    conn.close()


def _applied_in_order(target_db: Path) -> list[int]:
    conn = sqlite3.connect(target_db)
    try:
        return [int(s) for (s,) in conn.execute(f"SELECT seq FROM {APPLIED_TABLE} ORDER BY rowid")]
    finally:
        conn.close()


def test_two_workers_share_a_subscription_each_change_once_in_key_order(
    store: Store, audit: AuditLog, source_db: Path, target_db: Path
) -> None:
    with embedded_sync(store, audit, source_db, target_db) as sync:
        sync.run(roles=("capture",), until_idle=True)
        _update_every_key(source_db, range(ROUNDS))
        sync.run(roles=("capture",), until_idle=True)
        log = sync.log("store")
        logged = log.read("population.cong_dan", 0, 100_000)
        key_of = {item.seq: item.change.key for item in logged}
        head = logged[-1].seq

        sync.run(roles=("deliver",), until_idle=True, partition=(0, 2))
        [lag] = sync.status()
        # worker 0 is at the head, worker 1 has not started: the shared cursor waits for it
        assert lag.position == 0 and lag.lag_changes == head
        mine = {seq for seq, key in key_of.items() if partition_of(key, 2) == 0}
        assert set(_applied_in_order(target_db)) == mine and 0 < len(mine) < head

        sync.run(roles=("deliver",), until_idle=True, partition=(1, 2))
        [lag] = sync.status()
        assert lag.position == head and lag.lag_changes == 0

    assert rows(target_db, TARGET_ROWS) == rows(source_db, SOURCE_ROWS)
    applied = _applied_in_order(target_db)
    assert sorted(applied) == sorted(key_of)  # every change once
    per_key: dict[str, list[int]] = {}
    for seq in applied:
        per_key.setdefault(key_of[seq], []).append(seq)
    assert all(seqs == sorted(seqs) for seqs in per_key.values())  # in log order per key


def test_workers_running_at_once_and_a_new_split_lose_and_repeat_nothing(
    store: Store, audit: AuditLog, source_db: Path, target_db: Path
) -> None:
    with embedded_sync(store, audit, source_db, target_db) as sync:
        sync.run(roles=("capture",), until_idle=True)
        _update_every_key(source_db, range(ROUNDS))
        sync.run(roles=("capture",), until_idle=True)

        failures: list[BaseException] = []
        started = threading.Barrier(2)

        def worker(k: int) -> None:
            try:
                with Sync(store, audit) as own:
                    started.wait()  # both create the split's cursors at the same moment
                    own.run(roles=("deliver",), until_idle=True, partition=(k, 2), batch_size=40)
            except BaseException as exc:  # noqa: BLE001 — reported by the assertion below
                failures.append(exc)

        threads = [threading.Thread(target=worker, args=(k,)) for k in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert not any(t.is_alive() for t in threads)
        assert failures == []

        # the operator goes from two workers to three: the new split starts from the shared
        # cursor, and direct apply skips what it already has
        _update_every_key(source_db, range(ROUNDS, ROUNDS + 2))
        sync.run(roles=("capture",), until_idle=True)
        for k in range(3):
            sync.run(roles=("deliver",), until_idle=True, partition=(k, 3))
        [lag] = sync.status()
        assert lag.lag_changes == 0

    assert rows(target_db, TARGET_ROWS) == rows(source_db, SOURCE_ROWS)
    applied = _applied_in_order(target_db)
    assert len(applied) == len(set(applied))


def test_a_partition_must_be_k_of_n(store: Store, audit: AuditLog) -> None:
    import pytest

    from lienthong.errors import InputError

    with Sync(store, audit) as sync, pytest.raises(InputError, match="K/N"):
        sync.run(roles=("deliver",), until_idle=True, partition=(2, 2))
