"""The embedded path: SQLite triggers → platform-store change log → direct apply into SQLite."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sync_helpers import SOURCE_ROWS, TARGET_ROWS, embedded_sync, rows

from lienthong.audit import AuditLog
from lienthong.store import Store
from lienthong.sync import APPLIED_TABLE, Sync


def test_snapshot_then_changes_reach_the_target(
    store: Store, audit: AuditLog, source_db: Path, target_db: Path
) -> None:
    with embedded_sync(store, audit, source_db, target_db) as sync:
        sync.run(until_idle=True)
        assert rows(target_db, TARGET_ROWS) == rows(source_db, SOURCE_ROWS)

        conn = sqlite3.connect(source_db)
        conn.execute(
            "UPDATE cong_dan SET dia_chi = '9 Nguyễn Huệ' WHERE so_dinh_danh = ?", ("079200000003",)
        )
        conn.execute("DELETE FROM cong_dan WHERE so_dinh_danh = '079200000004'")
        conn.execute("INSERT INTO cong_dan VALUES ('079299999999', 'Trần Thị B', 'x', 1, NULL)")
        conn.commit()
        conn.close()
        sync.run(until_idle=True)
        assert rows(target_db, TARGET_ROWS) == rows(source_db, SOURCE_ROWS)
        [lag] = sync.status()
        assert lag.lag_changes == 0 and lag.position == lag.head == 53
        assert lag.dead_letters == 0 and lag.last_error is None
    deliveries = [r for r in audit.records() if r.event == "SYNC_DELIVERY"]
    assert len(deliveries) == 2  # the snapshot batch, then the three changes
    assert deliveries[-1].client_agency == "BHXH-HCM"
    assert deliveries[-1].data["changes"] == 3 and len(deliveries[-1].subject_keys) == 3
    assert [r.seq for r in audit.for_subject("079299999999")] == [deliveries[-1].seq]


def test_replay_redelivers_but_applies_each_change_once(
    store: Store, audit: AuditLog, source_db: Path, target_db: Path
) -> None:
    with embedded_sync(store, audit, source_db, target_db) as sync:
        sync.run(until_idle=True)
        sync.replay("bhxh", 0)
        assert sync.status()[0].lag_changes == 50
        sync.run(until_idle=True)
    assert rows(target_db, f"SELECT count(*), count(DISTINCT change_id) FROM {APPLIED_TABLE}") == [
        (50, 50)
    ]
    assert rows(target_db, TARGET_ROWS) == rows(source_db, SOURCE_ROWS)


def test_capture_resumes_from_its_saved_position(
    store: Store, audit: AuditLog, source_db: Path, target_db: Path
) -> None:
    with embedded_sync(store, audit, source_db, target_db, snapshot=False) as sync:
        sync.run(until_idle=True)
    conn = sqlite3.connect(source_db)
    for i in range(10):
        conn.execute("UPDATE cong_dan SET ma_xa = ? WHERE so_dinh_danh = '079200000001'", (i,))
    conn.commit()
    conn.close()
    with Sync(store, audit) as again:  # a new process would start exactly like this
        again.run(until_idle=True)
        assert again.status()[0].head == 10
    assert rows(target_db, TARGET_ROWS) == [
        ("079200000001", "Nguyễn Văn 1", "1 Lê Lợi, Phường Sài Gòn", 9)
    ]


def test_per_key_order_holds_across_small_batches(
    store: Store, audit: AuditLog, source_db: Path, target_db: Path
) -> None:
    with embedded_sync(store, audit, source_db, target_db, snapshot=False) as sync:
        conn = sqlite3.connect(source_db)
        for i in range(1, 41):  # forty updates to two keys, interleaved, one per transaction
            key = "079200000001" if i % 2 else "079200000002"
            conn.execute("UPDATE cong_dan SET ma_xa = ? WHERE so_dinh_danh = ?", (i, key))
            conn.commit()
        conn.close()
        sync.run(until_idle=True, batch_size=7)  # capture and deliver in batches of seven
        logged = sync.log("store").read("population.cong_dan", 0, 100)
    for key in ('["079200000001"]', '["079200000002"]'):
        versions = [
            c.change.after["ma_xa"] for c in logged if c.change.key == key and c.change.after
        ]
        assert versions == sorted(versions) and len(versions) == 20
    assert rows(target_db, "SELECT cccd, ma_xa FROM nguoi") == [
        ("079200000001", 39),
        ("079200000002", 40),
    ]
