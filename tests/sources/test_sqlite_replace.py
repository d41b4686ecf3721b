"""A SQLite source replaced by a new file is served from the new file (pool recycles)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from lienthong.sources._sqlite import SqliteConnector


def _write(path: Path, name: str) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO t VALUES (1, ?)", (name,))
    conn.close()


def test_a_replaced_file_is_read_after_replacement(tmp_path: Path) -> None:
    path = tmp_path / "src.db"
    _write(path, "old")
    connector = SqliteConnector(path)
    try:
        assert connector.fetch("SELECT name FROM t WHERE id = 1", {}) == [{"name": "old"}]
        fresh = tmp_path / "fresh.db"
        _write(fresh, "new")
        os.replace(fresh, path)  # atomic swap: the pooled connection still holds the old inode
        assert connector.fetch("SELECT name FROM t WHERE id = 1", {}) == [{"name": "new"}]
    finally:
        connector.close()
