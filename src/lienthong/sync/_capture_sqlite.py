"""SQLite capture: triggers write every change into a change table inside the source file.

The standard ``sqlite3`` module has no session extension, and triggers need nothing else:
``AFTER INSERT/UPDATE/DELETE`` triggers store the old and new row as JSON with the commit time
in ``_lienthong_changes``; its ``seq`` is the capture position. Rows already logged are deleted
when capture acknowledges them, so the table stays small.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine

from lienthong.errors import NotFoundError, SourceUnavailableError
from lienthong.sync._capture import Capture, CaptureSpec, plain_row, row_changes
from lienthong.sync._model import Change, Row
from lienthong.sync._snapshot import sql_snapshot

CHANGE_TABLE = "_lienthong_changes"


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def sqlite_path(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


class SqliteCapture(Capture):
    """Trigger-based capture of one SQLite table."""

    def __init__(self, spec: CaptureSpec) -> None:
        super().__init__(spec)
        self.path = sqlite_path(spec.url)
        self._conn: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        if self._conn is None:
            if not self.path.exists():
                raise SourceUnavailableError(
                    f"The SQLite source {self.path} does not exist (moved or not mounted?).",
                    hint="Restore the file; capture resumes from its saved position.",
                )
            self._conn = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            self._conn.execute("PRAGMA busy_timeout=10000")
        return self._conn

    def prepare(self) -> str | None:
        conn = self._connect()
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({_q(self.spec.table)})")]
        if not columns:
            raise NotFoundError(f"Table {self.spec.table!r} does not exist in {self.path}.")
        conn.execute("PRAGMA journal_mode=WAL")
        table = self.spec.table

        def obj(alias: str) -> str:
            pairs = ", ".join(
                f"'{c.replace(chr(39), chr(39) * 2)}', {alias}.{_q(c)}" for c in columns
            )
            return f"json_object({pairs})"

        now = "(julianday('now') - 2440587.5) * 86400.0"
        name = f"_lienthong_{table}"
        tq = table.replace("'", "''")
        conn.executescript(
            f"""
            BEGIN;
            CREATE TABLE IF NOT EXISTS {CHANGE_TABLE} (
                seq INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL, op TEXT NOT NULL,
                old_row TEXT, new_row TEXT, ts REAL NOT NULL);
            DROP TRIGGER IF EXISTS {_q(name + "_ins")};
            DROP TRIGGER IF EXISTS {_q(name + "_upd")};
            DROP TRIGGER IF EXISTS {_q(name + "_del")};
            CREATE TRIGGER {_q(name + "_ins")} AFTER INSERT ON {_q(table)} BEGIN
              INSERT INTO {CHANGE_TABLE}(tbl, op, new_row, ts)
              VALUES ('{tq}', 'insert', {obj("NEW")}, {now}); END;
            CREATE TRIGGER {_q(name + "_upd")} AFTER UPDATE ON {_q(table)} BEGIN
              INSERT INTO {CHANGE_TABLE}(tbl, op, old_row, new_row, ts)
              VALUES ('{tq}', 'update', {obj("OLD")}, {obj("NEW")}, {now}); END;
            CREATE TRIGGER {_q(name + "_del")} AFTER DELETE ON {_q(table)} BEGIN
              INSERT INTO {CHANGE_TABLE}(tbl, op, old_row, ts)
              VALUES ('{tq}', 'delete', {obj("OLD")}, {now}); END;
            COMMIT;
            """
        )
        row = conn.execute(
            f"SELECT max(seq) FROM {CHANGE_TABLE} WHERE tbl = ?", (table,)
        ).fetchone()
        return str(row[0] or 0)

    def snapshot(self, after_key: list[Any] | None, batch_size: int) -> Iterator[list[Row]]:
        engine = create_engine(f"sqlite:///{self.path}")
        try:
            yield from sql_snapshot(
                engine, self.spec.table, self.spec.key, after_key, batch_size, plain_row
            )
        finally:
            engine.dispose()

    def poll(self, position: str | None, limit: int) -> tuple[list[Change], str | None]:
        try:
            conn = self._connect()
            rows = conn.execute(
                f"SELECT seq, op, old_row, new_row, ts FROM {CHANGE_TABLE}"
                " WHERE tbl = ? AND seq > ? ORDER BY seq LIMIT ?",
                (self.spec.table, int(position or 0), limit),
            ).fetchall()
        except sqlite3.Error as exc:
            self.close()
            raise SourceUnavailableError(
                f"The SQLite source {self.path} cannot be read: {exc}.",
                hint="Capture resumes from its saved position once the file is readable.",
            ) from exc
        changes: list[Change] = []
        for seq, op, old, new, ts in rows:
            changes += row_changes(
                self.spec.dataset,
                self.spec.key,
                op,
                json.loads(old) if old else None,
                json.loads(new) if new else None,
                f"sqlite:{seq}",
                datetime.fromtimestamp(ts, UTC),
            )
        return changes, (str(rows[-1][0]) if rows else position)

    def acknowledge(self, position: str | None) -> None:
        if position and self._conn is not None:
            self._conn.execute(
                f"DELETE FROM {CHANGE_TABLE} WHERE tbl = ? AND seq <= ?",
                (self.spec.table, int(position)),
            )

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
