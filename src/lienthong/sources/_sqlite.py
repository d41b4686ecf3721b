"""SQLite files, opened read-only (``mode=ro``) with a progress-handler timeout."""

from __future__ import annotations

import math
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb

from lienthong.errors import InputError, LienthongError, SourceTimeoutError, SourceUnavailableError
from lienthong.sources._base import DEFAULT_TIMEOUT_S, sql_string
from lienthong.sources._duckdb import load_extension
from lienthong.sources._schema import TableSchema
from lienthong.sources._sqlbase import Handle, SqlConnector


class _ReadOnlyConnection(sqlite3.Connection):
    """A connection that interrupts any statement running past its deadline."""

    deadline: float = math.inf
    #: (inode, mtime, size) of the file when the connection was opened.
    identity: tuple[int, int, int] = (0, 0, 0)

    def past_deadline(self) -> bool:
        return time.monotonic() > self.deadline


class SqliteConnector(SqlConnector):
    kind = "sqlite"
    paramstyle = "named"

    def __init__(self, path: Path, *, timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        super().__init__(timeout_s=timeout_s)
        self.path = path.resolve()
        if not self.path.is_file():
            raise SourceUnavailableError(
                f"The SQLite file {self.path} does not exist.",
                hint="Check the path (relative paths are read from the manifest's folder).",
            )

    def describe_source(self) -> str:
        return f"the SQLite file {self.path.name}"

    def _identity(self) -> tuple[int, int, int]:
        try:
            st = os.stat(self.path)
        except OSError:
            return (0, 0, 0)
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def _stale_check(self) -> Callable[[Handle], bool]:
        # A file replaced (new inode) or rewritten (mtime/size) makes pooled connections outdated:
        # they would keep reading the old file, so they are recycled at checkout (one stat call).
        return lambda handle: bool(handle.raw.identity != self._identity())

    def _connect(self) -> Any:
        identity = self._identity()
        conn = sqlite3.connect(
            f"{self.path.as_uri()}?mode=ro",
            uri=True,
            timeout=self.timeout_s,
            check_same_thread=False,
            factory=_ReadOnlyConnection,
        )
        conn.identity = identity
        conn.execute("PRAGMA query_only = ON")
        conn.set_progress_handler(conn.past_deadline, 1_000)
        return conn

    def _arm(self, handle: Handle, timeout_s: float) -> None:
        handle.raw.deadline = time.monotonic() + timeout_s

    def _prepare(self, handle: Handle, timeout_s: float) -> None:
        # The deadline is absolute, so it is set again before every statement (no round-trip).
        handle.raw.deadline = time.monotonic() + timeout_s

    def _duckdb_scan(self, con: duckdb.DuckDBPyConnection, table: TableSchema) -> str:
        load_extension(con, "sqlite")
        return f"sqlite_scan({sql_string(str(self.path))}, {sql_string(table.name)})"

    def _translate(self, exc: Exception, timeout_s: float) -> LienthongError:
        message = str(exc)
        if isinstance(exc, sqlite3.OperationalError) and "interrupted" in message:
            return SourceTimeoutError(f"{self.subject} did not answer within {timeout_s:g} s.")
        if isinstance(exc, sqlite3.OperationalError) and ("locked" in message or "busy" in message):
            # Another process holds a write lock: the source is briefly unavailable (503 + retry).
            return SourceUnavailableError(f"{self.subject} is locked by another writer: {message}.")
        if isinstance(exc, sqlite3.OperationalError) and "unable to open" in message:
            return SourceUnavailableError(f"{self.subject} cannot be opened: {message}.")
        if "readonly" in message or "read-only" in message:
            return InputError(f"{self.subject} is read-only; the query tried to write.")
        if isinstance(exc, sqlite3.DatabaseError) and "not a database" in message:
            return InputError(f"{self.path} is not a SQLite database.")
        return InputError(f"The query failed on {self.describe_source()}: {message}.")
