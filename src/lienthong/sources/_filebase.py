"""The shared middle of file connectors (CSV, Excel): query the file inside DuckDB.

A file has no server to send SQL to, so the connector loads each table once into an in-memory
DuckDB database (reloaded when the file changes on disk) and runs the service's SELECT there.
Everything is read as text (``all_varchar``): a CCCD ``079…`` or a tax code must never lose its
leading zero to type guessing. DuckDB has no statement timeout, so a watchdog thread interrupts
queries that run past their deadline.
"""

from __future__ import annotations

import heapq
import itertools
import shutil
import tempfile
import threading
import time
import weakref
from abc import abstractmethod
from collections.abc import Iterator, Mapping
from contextlib import suppress
from pathlib import Path
from typing import Any

import duckdb

from lienthong.errors import (
    InputError,
    LienthongError,
    SourceError,
    SourceTimeoutError,
    SourceUnavailableError,
)
from lienthong.sources._base import DEFAULT_TIMEOUT_S, Connector, Row, quote_ident, sql_string
from lienthong.sources._duckdb import duckdb_connect
from lienthong.sources._schema import ColumnSchema, TableSchema


class _Watchdog:
    """One thread that interrupts DuckDB connections whose query ran past its deadline."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, duckdb.DuckDBPyConnection]] = []
        self._done: set[int] = set()
        self._counter = itertools.count()
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None

    def watch(self, con: duckdb.DuckDBPyConnection, timeout_s: float) -> int:
        token = next(self._counter)
        with self._cond:
            heapq.heappush(self._heap, (time.monotonic() + timeout_s, token, con))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, daemon=True, name="lt-duckdb")
                self._thread.start()
            self._cond.notify()
        return token

    def done(self, token: int) -> None:
        with self._cond:
            self._done.add(token)

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._heap:
                    self._cond.wait()
                deadline, token, con = self._heap[0]
                wait = deadline - time.monotonic()
                if token in self._done:
                    heapq.heappop(self._heap)
                    self._done.discard(token)
                    continue
                if wait > 0:
                    self._cond.wait(min(wait, 0.5))
                    continue
                heapq.heappop(self._heap)
            con.interrupt()


_watchdog = _Watchdog()

#: DuckDB errors that mean the query itself is wrong (not the file).
_QUERY_ERRORS = (duckdb.ParserException, duckdb.BinderException, duckdb.CatalogException)


class FileConnector(Connector):
    """A connector to a file whose tables are queried through DuckDB."""

    paramstyle = "dollar"

    def __init__(
        self,
        path: Path,
        *,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        keys: Mapping[str, tuple[str, ...]] | None = None,
    ) -> None:
        super().__init__(timeout_s=timeout_s)
        self._keys = dict(keys or {})
        self.path = path.resolve()
        if not self.path.is_file():
            raise SourceUnavailableError(
                f"The file {self.path} does not exist.",
                hint="Check the path (relative paths are read from the manifest's folder).",
            )
        self._tmp = Path(tempfile.mkdtemp(prefix="lienthong-"))
        # removed on close(), or when the connector is collected / the process exits
        self._cleanup = weakref.finalize(self, shutil.rmtree, self._tmp, ignore_errors=True)
        self._lock = threading.Lock()
        self._scans: dict[str, str] | None = None  # table → DuckDB FROM-clause
        self._scan_mtime = 0.0
        self._db: duckdb.DuckDBPyConnection | None = None
        self._db_mtime = 0.0
        self._local = threading.local()

    # ---- file-format pieces ----------------------------------------------------------
    @abstractmethod
    def _load(self, workdir: Path) -> dict[str, str]:
        """Read the file; return each table's DuckDB FROM-clause (text columns only)."""

    # ---- shared implementation -------------------------------------------------------
    def _current_scans(self) -> dict[str, str]:
        mtime = self.path.stat().st_mtime
        with self._lock:
            if self._scans is None or mtime != self._scan_mtime:
                workdir = self._tmp / f"v{time.monotonic_ns()}"
                workdir.mkdir()
                self._scans = self._load(workdir)
                self._scan_mtime = mtime
            return self._scans

    def _introspect(self) -> list[TableSchema]:
        con = duckdb_connect()
        try:
            schemas = []
            for name, scan in self._current_scans().items():
                described = con.execute(f"DESCRIBE SELECT * FROM {scan}").fetchall()
                columns = tuple(ColumnSchema(str(row[0]), str(row[1]), True) for row in described)
                schemas.append(TableSchema(name, columns, ()))
            return schemas
        finally:
            con.close()

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        """A per-thread cursor on the in-memory copy, reloading it if the file changed."""
        mtime = self.path.stat().st_mtime
        if self._db is None or mtime != self._db_mtime:
            scans = self._current_scans()
            with self._lock:
                if self._db is None or mtime != self._db_mtime:
                    db = duckdb_connect()
                    for name, scan in scans.items():
                        db.execute(f"CREATE TABLE {quote_ident(name)} AS SELECT * FROM {scan}")
                        self._index(db, name)
                    old, self._db, self._db_mtime = self._db, db, mtime
                    self._local = threading.local()
                    if old is not None:
                        old.close()
        cursor: duckdb.DuckDBPyConnection | None = getattr(self._local, "cursor", None)
        if cursor is None:
            assert self._db is not None
            cursor = self._db.cursor()
            self._local.cursor = cursor
        return cursor

    def _indexes(self, table: TableSchema) -> list[tuple[str, ...]]:
        """A file has no index of its own: only the key the registry gives is indexed."""
        return [self._keys.get(table.name, ())]

    def _index(self, db: duckdb.DuckDBPyConnection, table: str) -> None:
        """Index the key of ``table`` (a keyed lookup then skips the full scan)."""
        key = self._keys.get(table)
        if not key:
            return
        columns = ", ".join(quote_ident(column) for column in key)
        index = quote_ident(f"lt_key_{table}")
        # a key the file lacks is reported by the registry; the index is only a speed-up
        with suppress(duckdb.Error):
            db.execute(f"CREATE INDEX {index} ON {quote_ident(table)} ({columns})")

    def _execute(self, sql: str, params: dict[str, Any], timeout_s: float) -> Any:
        cursor = self._cursor()
        token = _watchdog.watch(cursor, timeout_s) if timeout_s != float("inf") else None
        try:
            return cursor.execute(sql, params or None)
        finally:
            if token is not None:
                _watchdog.done(token)

    def _fetch(self, sql: str, params: dict[str, Any], timeout_s: float) -> list[Row]:
        result = self._execute(sql, params, timeout_s)
        names = [d[0] for d in result.description]
        return [dict(zip(names, row, strict=True)) for row in result.fetchall()]

    def _columns(self, sql: str, params: dict[str, Any], timeout_s: float) -> list[str]:
        result = self._execute(sql, params, timeout_s)
        return [str(d[0]) for d in result.description]

    def _iter_rows(self, table: TableSchema, batch_size: int) -> Iterator[list[Row]]:
        con = duckdb_connect()
        try:
            scan = self._current_scans()[table.name]
            result = con.execute(f"SELECT * FROM {scan}")
            names = [d[0] for d in result.description]
            while batch := result.fetchmany(batch_size):
                yield [dict(zip(names, row, strict=True)) for row in batch]
        finally:
            con.close()

    def _duckdb_scan(self, con: duckdb.DuckDBPyConnection, table: TableSchema) -> str:
        return self._current_scans()[table.name]

    def _translate(self, exc: Exception, timeout_s: float) -> LienthongError:
        if isinstance(exc, duckdb.InterruptException):
            return SourceTimeoutError(f"{self.subject} did not answer within {timeout_s:g} s.")
        if isinstance(exc, FileNotFoundError):
            return SourceUnavailableError(f"The file {self.path} is gone.")
        if isinstance(exc, _QUERY_ERRORS):
            first = str(exc).strip().splitlines()[0]
            return InputError(f"The query failed on {self.describe_source()}: {first}.")
        if isinstance(exc, duckdb.Error | OSError):
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            return InputError(f"{self.subject} cannot be read: {first}.")
        return SourceError(f"{self.subject} failed: {exc}".strip())

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None
        self._cleanup()


def read_csv_clause(path: Path, *, delimiter: str = ",", header: bool = True) -> str:
    """The DuckDB ``read_csv`` call for a UTF-8 CSV file, all columns text; a file with no
    header row gets DuckDB's positional names (``column0``, ``column1``…)."""
    return (
        f"read_csv({sql_string(str(path))}, header = {str(header).lower()},"
        f" delim = {sql_string(delimiter)},"
        " quote = '\"', escape = '\"', all_varchar = true, auto_detect = true)"
    )
