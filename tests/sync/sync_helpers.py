"""Shared helpers for the sync tests (tables, mapping, a SQLite maker)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

SOURCE_DDL = (
    "CREATE TABLE cong_dan (so_dinh_danh TEXT PRIMARY KEY, ho_ten TEXT NOT NULL,"
    " dia_chi TEXT, ma_xa INTEGER, ghi_chu TEXT)"
)
TARGET_DDL = (
    "CREATE TABLE nguoi (cccd TEXT PRIMARY KEY, ten TEXT NOT NULL, dia_chi TEXT, ma_xa INTEGER)"
)
MAPPING = {"so_dinh_danh": "cccd", "ho_ten": "ten", "dia_chi": "dia_chi", "ma_xa": "ma_xa"}
FIELDS = ("so_dinh_danh", "ho_ten", "dia_chi", "ma_xa")


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
