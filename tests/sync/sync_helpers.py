"""Shared helpers for the sync tests (tables, mapping, a SQLite maker)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from lienthong.audit import AuditLog
from lienthong.store import Store
from lienthong.sync import CaptureSpec, SubscriptionSpec, Sync

SOURCE_DDL = (
    "CREATE TABLE cong_dan (so_dinh_danh TEXT PRIMARY KEY, ho_ten TEXT NOT NULL,"
    " dia_chi TEXT, ma_xa INTEGER, ghi_chu TEXT)"
)
TARGET_DDL = (
    "CREATE TABLE nguoi (cccd TEXT PRIMARY KEY, ten TEXT NOT NULL, dia_chi TEXT, ma_xa INTEGER)"
)
MAPPING = {"so_dinh_danh": "cccd", "ho_ten": "ten", "dia_chi": "dia_chi", "ma_xa": "ma_xa"}
FIELDS = ("so_dinh_danh", "ho_ten", "dia_chi", "ma_xa")
SOURCE_ROWS = "SELECT so_dinh_danh, ho_ten, dia_chi, ma_xa FROM cong_dan"
TARGET_ROWS = "SELECT cccd, ten, dia_chi, ma_xa FROM nguoi"


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    """A SQLite table's rows in a stable order (to compare a target with its source)."""
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute(sql).fetchall(), key=str)
    finally:
        conn.close()


def make_sqlite(path: Path, ddl: str, rows: int = 0) -> Path:
    conn = sqlite3.connect(path)
    conn.execute(ddl)
    for i in range(rows):
        conn.execute(
            "INSERT INTO cong_dan VALUES (?, ?, ?, ?, ?)",
            (f"0792{i:08d}", f"Nguyễn Văn {i}", f"{i} Lê Lợi, Phường Sài Gòn", 26734, None),
        )
    conn.commit()
    conn.close()
    return path


def embedded_sync(
    store: Store, audit: AuditLog, source_db: Path, target_db: Path, *, snapshot: bool = True
) -> Sync:
    """SQLite triggers → the store's change log → subscription ``bhxh`` applying into
    ``target_db``'s ``nguoi`` table."""
    sync = Sync(store, audit)
    sync.watch(
        CaptureSpec("population.cong_dan", "sqlite", str(source_db), "cong_dan", ("so_dinh_danh",)),
        snapshot=snapshot,
    )
    sync.subscribe(
        SubscriptionSpec(
            name="bhxh",
            dataset="population.cong_dan",
            client="BHXH-HCM",
            purpose="cap-nhat-dia-chi",
            fields=FIELDS,
            mode="apply",
            target=str(target_db),
            target_table="nguoi",
            mapping=MAPPING,
            target_key=("cccd",),
        )
    )
    return sync
