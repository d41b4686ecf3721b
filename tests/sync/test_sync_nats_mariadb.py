"""The scale path: MariaDB binlog capture and the NATS JetStream change log (real servers)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from crash_harness import read_all
from sqlalchemy import create_engine, text
from sync_helpers import FIELDS, MAPPING

from lienthong.audit import AuditLog
from lienthong.store import Store
from lienthong.sync import CaptureSpec, Change, SubscriptionSpec, Sync
from lienthong.sync._nats import NatsChangeLog

pytestmark = pytest.mark.integration


def test_a_resent_change_is_recognised_by_its_message_id(
    nats_log: tuple[NatsChangeLog, str],
) -> None:
    log, dataset = nats_log
    now = datetime.now(UTC)
    changes = [
        Change(dataset, "insert", f'["{i}"]', f"sqlite:{i}", now, None, {"id": str(i)})
        for i in range(100)
    ]
    assert log.append(changes) == 100
    assert log.append(changes[50:]) == 0  # capture re-sending after a crash
    assert log.head(dataset) == 100
    read = read_all(log, dataset)
    assert [c.seq for c in read] == list(range(1, 101))
    assert [c.change_id for c in read] == [c.change_id for c in changes]
    assert log.count_after(dataset, 40) == 60


def test_sqlite_source_through_nats_to_a_sqlite_target(
    store: Store,
    audit: AuditLog,
    source_db: Path,
    target_db: Path,
    nats_log: tuple[NatsChangeLog, str],
    nats_url: str,
) -> None:
    _log, dataset = nats_log
    with Sync(store, audit) as sync:
        sync.watch(
            CaptureSpec(dataset, "sqlite", str(source_db), "cong_dan", ("so_dinh_danh",), nats_url)
        )
        sync.subscribe(
            SubscriptionSpec(
                name="bhxh",
                dataset=dataset,
                client="BHXH-HCM",
                purpose="p",
                fields=FIELDS,
                mode="apply",
                target=str(target_db),
                target_table="nguoi",
                mapping=MAPPING,
                target_key=("cccd",),
            )
        )
        sync.run(until_idle=True)
        [lag] = sync.status()
        assert (lag.head, lag.position, lag.lag_changes) == (50, 50, 0)


@pytest.fixture
def maria(mariadb_url: str) -> Iterator[str]:
    engine = create_engine(mariadb_url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "CREATE TABLE cong_dan (so_dinh_danh varchar(12) PRIMARY KEY,"
                " ho_ten varchar(100) NOT NULL, dia_chi varchar(200), ma_xa int, ngay date)"
                " ENGINE=InnoDB"
            )
        )
        conn.execute(
            text(
                "CREATE TABLE nguoi (cccd varchar(12) PRIMARY KEY, ten varchar(100) NOT NULL,"
                " dia_chi varchar(200), ma_xa int) ENGINE=InnoDB"
            )
        )
        for i in range(20):
            conn.execute(
                text("INSERT INTO cong_dan VALUES (:k, :n, :a, :x, '2000-01-02')"),
                {"k": f"{i:012d}", "n": f"Người {i}", "a": f"Số {i}", "x": i},
            )
    engine.dispose()
    yield mariadb_url


def test_mariadb_binlog_changes_reach_a_mariadb_target(
    store: Store, audit: AuditLog, maria: str
) -> None:
    dataset = f"m{uuid.uuid4().hex[:8]}.cong_dan"
    with Sync(store, audit) as sync:
        sync.watch(CaptureSpec(dataset, "mariadb", maria, "cong_dan", ("so_dinh_danh",)))
        sync.subscribe(
            SubscriptionSpec(
                name="bhxh",
                dataset=dataset,
                client="BHXH-HCM",
                purpose="p",
                fields=FIELDS,
                mode="apply",
                target=maria,
                target_table="nguoi",
                mapping=MAPPING,
                target_key=("cccd",),
            )
        )
        sync.run(until_idle=True)
        engine = create_engine(maria)
        with engine.begin() as conn:
            conn.execute(
                text("UPDATE cong_dan SET dia_chi = 'Mới' WHERE so_dinh_danh = :k"),
                {"k": f"{3:012d}"},
            )
            conn.execute(text("DELETE FROM cong_dan WHERE so_dinh_danh = :k"), {"k": f"{4:012d}"})
            conn.execute(text("INSERT INTO cong_dan VALUES ('999999999999', 'X', NULL, 1, NULL)"))
        sync.run(until_idle=True)
        sync.run(until_idle=True)
        with engine.connect() as conn:
            source = sorted(
                conn.execute(
                    text("SELECT so_dinh_danh, ho_ten, dia_chi, ma_xa FROM cong_dan")
                ).all()
            )
            target = sorted(conn.execute(text("SELECT cccd, ten, dia_chi, ma_xa FROM nguoi")).all())
        engine.dispose()
        assert target == source
        changes = sync.log("store").read(dataset, 20, 10)
        assert [c.change.op for c in changes] == ["update", "delete", "insert"]
        assert changes[0].change.before is not None
        assert changes[0].change.before["dia_chi"] == "Số 3"
        assert changes[0].change.before["ngay"] == "2000-01-02"
