"""Crash tests: SIGKILL capture and delivery (and cut the subscriber's connections) under load.

After the chaos, the target must equal the source, the change log must hold every source
event exactly once in per-key order, and the target's applied-changes table must hold every
logged change exactly once. Bounded loops, loopback services only, each test well under 20 s.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from crash_harness import (
    Load,
    Worker,
    chaos,
    check_applied,
    check_log,
    read_all,
    wait_until,
)
from sqlalchemy import create_engine, text

from lienthong.audit import AuditLog
from lienthong.store import Store
from lienthong.sync import APPLIED_TABLE, CaptureSpec, SubscriptionSpec, Sync, open_log

pytestmark = [pytest.mark.integration, pytest.mark.slow]

FIELDS = ("id", "version", "dia_chi")
MAPPING = {"id": "id", "version": "version", "dia_chi": "dia_chi"}
DDL = "CREATE TABLE {name} (id varchar(12) PRIMARY KEY, version integer NOT NULL, dia_chi text)"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path


@pytest.fixture
def shared_store(home: Path) -> Iterator[tuple[Store, str]]:
    url = f"sqlite:///{home / 'platform.db'}"
    store = Store.open(url)
    AuditLog.open(store, home)  # create the signing keys once, before the workers race for them
    yield store, url
    store.close()


def _setup(store: Store, home: Path, capture: CaptureSpec, target: str) -> None:
    with Sync(store, AuditLog.open(store, home)) as sync:
        sync.watch(capture)
        sync.subscribe(
            SubscriptionSpec(
                name="dich",
                dataset=capture.dataset,
                client="BHXH-HCM",
                purpose="crash-test",
                fields=FIELDS,
                mode="apply",
                target=target,
                target_table="ho_so_dich",
                mapping=MAPPING,
                target_key=("id",),
            )
        )


def _caught_up(store: Store, capture: CaptureSpec, load: Load) -> bool:
    """Every load event logged, the snapshot finished, and the subscriber at the log's head."""
    log = open_log(store, capture.log_url)
    try:
        changes = read_all(log, capture.dataset)
        streamed = sum(1 for c in changes if c.change.op != "snapshot")
        sync = Sync(store)
        snapshot_done = sync.capture_state(capture.dataset)["snapshot_state"] == "done"
        position = sync.subscriptions.get("dich")["position"]
        return (
            snapshot_done
            and streamed >= load.events
            and position == (changes[-1].seq if changes else 0)
        )
    finally:
        log.close()


def _run_crash(
    store: Store,
    url: str,
    home: Path,
    capture: CaptureSpec,
    load: Load,
    execute: object,
    *,
    kills: int,
    transactions: int,
    extra: object = None,
) -> list[Worker]:
    workers = [Worker("capture", url, home), Worker("deliver", url, home)]
    for worker in workers:
        worker.start()
    try:
        chaos(
            workers,
            lambda: load.run(execute, transactions, mark=MARK[capture.kind], pause_s=0.02),  # type: ignore[arg-type]
            seed=load.seed,
            kills=kills,
            extra=extra,
        )  # type: ignore[arg-type]
        expected = load.events
        try:
            wait_until(
                lambda: _caught_up(store, capture, load),
                30,
                "capture and delivery to catch up",
            )
        except AssertionError as exc:
            raise AssertionError(_diagnose(store, capture, expected, workers)) from exc
    finally:
        for worker in workers:
            worker.stop()
    return workers


def _diagnose(store: Store, capture: CaptureSpec, expected: int, workers: list[Worker]) -> str:
    log = open_log(store, capture.log_url)
    sync = Sync(store)
    lines = [
        f"expected {expected} streamed changes; log head {log.head(capture.dataset)}",
        f"capture: {sync.capture_state(capture.dataset)}",
        f"subscription: {sync.subscriptions.get('dich')}",
    ]
    log.close()
    for worker in workers:
        lines.append(f"--- {worker.log.name} (alive={worker.alive()})")
        lines += worker.log.read_text(errors="replace").splitlines()[-15:]
    return "\n".join(lines)


MARK = {"sqlite": "?", "postgresql": "%s", "mariadb": "%s"}


def test_sqlite_to_sqlite_through_the_store_survives_kill_9(
    shared_store: tuple[Store, str], home: Path
) -> None:
    store, url = shared_store
    source, target = home / "source.db", home / "target.db"
    load = Load(seed=11)
    with sqlite3.connect(source) as conn:
        conn.execute(DDL.format(name="ho_so"))
        conn.executemany("INSERT INTO ho_so VALUES (?, ?, ?)", load.initial_rows())
    with sqlite3.connect(target) as conn:
        conn.execute(DDL.format(name="ho_so_dich"))
    capture = CaptureSpec("nguon.ho_so", "sqlite", str(source), "ho_so", ("id",))
    _setup(store, home, capture, str(target))

    writer = sqlite3.connect(source, timeout=10, isolation_level=None, check_same_thread=False)

    def execute(statements: list[tuple[str, tuple[object, ...]]]) -> None:
        writer.execute("BEGIN IMMEDIATE")
        for sql, params in statements:
            writer.execute(sql, params)
        writer.execute("COMMIT")

    workers = _run_crash(store, url, home, capture, load, execute, kills=4, transactions=250)
    writer.close()
    assert sum(w.kills for w in workers) >= 3

    changes = read_all(open_log(store, "store"), capture.dataset)
    check_log(changes, load)
    with sqlite3.connect(source) as a, sqlite3.connect(target) as b:
        assert sorted(a.execute("SELECT * FROM ho_so")) == sorted(
            b.execute("SELECT id, version, dia_chi FROM ho_so_dich")
        )
        applied = b.execute(f"SELECT change_id FROM {APPLIED_TABLE}").fetchall()
    check_applied(store, "dich", applied, changes)


@pytest.fixture
def pg_source(pg_url: str) -> Iterator[str]:
    yield pg_url
    engine = create_engine(pg_url)  # free the replication slot so the database can be dropped
    with engine.begin() as conn:
        conn.execute(
            text(
                "SELECT pg_terminate_backend(active_pid) FROM pg_replication_slots"
                " WHERE database = current_database() AND active_pid IS NOT NULL"
            )
        )
        conn.execute(
            text(
                "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots"
                " WHERE database = current_database()"
            )
        )
    engine.dispose()


def test_postgres_to_postgres_survives_kill_9_and_cut_connections(
    shared_store: tuple[Store, str], home: Path, pg_source: str
) -> None:
    store, url = shared_store
    load = Load(seed=23)
    engine = create_engine(pg_source)
    with engine.begin() as conn:
        conn.execute(text(DDL.format(name="ho_so")))
        conn.execute(text(DDL.format(name="ho_so_dich")))
        for row in load.initial_rows():
            conn.execute(
                text("INSERT INTO ho_so VALUES (:a, :b, :c)"),
                {"a": row[0], "b": row[1], "c": row[2]},
            )
    capture = CaptureSpec("nguon.ho_so", "postgresql", pg_source, "ho_so", ("id",))
    target = pg_source + "?application_name=lienthong_apply"
    _setup(store, home, capture, target)

    import psycopg

    writer = psycopg.connect(pg_source.replace("postgresql+psycopg", "postgresql"))
    cuts = 0

    def execute(statements: list[tuple[str, tuple[object, ...]]]) -> None:
        with writer.transaction():
            for sql, params in statements:
                writer.execute(sql, params)  # type: ignore[arg-type]

    def cut_subscriber_connections() -> None:
        nonlocal cuts
        with engine.begin() as conn:
            cuts += len(
                conn.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        " WHERE application_name = 'lienthong_apply'"
                        " AND datname = current_database()"
                    )
                ).all()
            )

    workers = _run_crash(
        store,
        url,
        home,
        capture,
        load,
        execute,
        kills=4,
        transactions=250,
        extra=cut_subscriber_connections,
    )
    writer.close()
    assert sum(w.kills for w in workers) >= 3

    changes = read_all(open_log(store, "store"), capture.dataset)
    check_log(changes, load)
    with engine.connect() as conn:
        assert sorted(conn.execute(text("SELECT * FROM ho_so")).all()) == sorted(
            conn.execute(text("SELECT id, version, dia_chi FROM ho_so_dich")).all()
        )
        applied = conn.execute(text(f"SELECT change_id FROM {APPLIED_TABLE}")).all()
    engine.dispose()
    check_applied(store, "dich", [tuple(r) for r in applied], changes)


def test_mariadb_through_nats_survives_kill_9(
    shared_store: tuple[Store, str], home: Path, mariadb_url: str, nats_url: str
) -> None:
    store, url = shared_store
    load = Load(seed=37)
    engine = create_engine(mariadb_url)
    with engine.begin() as conn:
        conn.execute(text(DDL.format(name="ho_so") + " ENGINE=InnoDB"))
        for row in load.initial_rows():
            conn.execute(
                text("INSERT INTO ho_so VALUES (:a, :b, :c)"),
                {"a": row[0], "b": row[1], "c": row[2]},
            )
    target = home / "target.db"
    with sqlite3.connect(target) as conn:
        conn.execute(DDL.format(name="ho_so_dich"))
    dataset = f"n{uuid.uuid4().hex[:8]}.ho_so"
    capture = CaptureSpec(dataset, "mariadb", mariadb_url, "ho_so", ("id",), nats_url)
    _setup(store, home, capture, str(target))

    import pymysql

    parsed = engine.url
    writer = pymysql.connect(
        host=parsed.host,
        port=parsed.port or 3306,
        user=parsed.username,
        database=parsed.database,
        autocommit=False,
    )

    def execute(statements: list[tuple[str, tuple[object, ...]]]) -> None:
        with writer.cursor() as cur:
            for sql, params in statements:
                cur.execute(sql, params)
        writer.commit()

    log = open_log(store, nats_url)
    try:
        workers = _run_crash(store, url, home, capture, load, execute, kills=4, transactions=250)
        writer.close()
        assert sum(w.kills for w in workers) >= 3
        changes = read_all(log, dataset)
        check_log(changes, load)
        with engine.connect() as conn:
            source = sorted(tuple(r) for r in conn.execute(text("SELECT * FROM ho_so")))
        with sqlite3.connect(target) as conn:
            assert sorted(conn.execute("SELECT id, version, dia_chi FROM ho_so_dich")) == source
            applied = conn.execute(f"SELECT change_id FROM {APPLIED_TABLE}").fetchall()
        check_applied(store, "dich", applied, changes)
    finally:
        from lienthong.sync._nats import NatsChangeLog

        assert isinstance(log, NatsChangeLog)
        log.delete_stream(dataset)
        log.close()
        engine.dispose()
