"""The shared middle of the SQL-database connectors (SQLite, PostgreSQL, MariaDB).

Queries go straight to a pooled DBAPI connection (cheap: the gateway's hot path); the schema is
read through SQLAlchemy's inspector, which knows every dialect's catalogue. Each engine only
says how to connect, how to arm the per-query timeout and how to stream a table.
"""

from __future__ import annotations

import math
from abc import abstractmethod
from collections.abc import Callable, Iterator
from typing import Any

import duckdb
from sqlalchemy import create_engine, inspect
from sqlalchemy.exc import CompileError
from sqlalchemy.pool import NullPool

from lienthong.sources._base import DEFAULT_TIMEOUT_S, Connector, Row
from lienthong.sources._pool import Pool
from lienthong.sources._schema import ColumnSchema, TableSchema


class Handle:
    """A pooled DBAPI connection and the timeout currently armed on it."""

    __slots__ = ("armed", "raw")

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        self.armed: float | None = None

    def close(self) -> None:
        self.raw.close()


class SqlConnector(Connector):
    """A connector to a SQL database reached through a DBAPI driver."""

    #: Quote character for identifiers.
    ident_quote = '"'
    #: SQLAlchemy URL used only for schema inspection (the connection comes from ``_connect``).
    inspect_url = "sqlite://"

    def __init__(self, *, timeout_s: float = DEFAULT_TIMEOUT_S, pool_size: int = 16) -> None:
        super().__init__(timeout_s=timeout_s)
        self._pool: Pool[Handle] = Pool(
            lambda: Handle(self._connect()), max_idle=pool_size, stale=self._stale_check()
        )

    def _stale_check(self) -> Callable[[Handle], bool] | None:
        """A test telling a pooled connection is to an outdated source (None: never)."""
        return None

    # ---- engine pieces ---------------------------------------------------------------
    @abstractmethod
    def _connect(self) -> Any:
        """A new read-only DBAPI connection (raises the driver's error if unreachable)."""

    @abstractmethod
    def _arm(self, handle: Handle, timeout_s: float) -> None:
        """Make the next statement on ``handle`` stop after ``timeout_s`` (inf: never)."""

    def _prepare(self, handle: Handle, timeout_s: float) -> None:
        """Arm the timeout, skipping the round-trip when the connection already has it."""
        if handle.armed != timeout_s:
            self._arm(handle, timeout_s)
            handle.armed = timeout_s

    def _stream_cursor(self, handle: Handle) -> Any:
        """A cursor that does not hold the whole result in memory."""
        return handle.raw.cursor()

    # ---- shared implementation -------------------------------------------------------
    def _introspect(self) -> list[TableSchema]:
        engine = create_engine(self.inspect_url, creator=self._connect, poolclass=NullPool)
        try:
            inspector = inspect(engine)
            schemas = []
            for name in sorted(inspector.get_table_names()):
                columns = tuple(
                    ColumnSchema(str(col["name"]), _type_name(col["type"]), bool(col["nullable"]))
                    for col in inspector.get_columns(name)
                )
                pk = inspector.get_pk_constraint(name).get("constrained_columns") or []
                schemas.append(TableSchema(name, columns, tuple(str(c) for c in pk)))
            return schemas
        finally:
            engine.dispose()

    def _indexes(self, table: TableSchema) -> list[tuple[str, ...]]:
        engine = create_engine(self.inspect_url, creator=self._connect, poolclass=NullPool)
        try:
            found = [table.primary_key]
            for index in inspect(engine).get_indexes(table.name):
                names = index.get("column_names") or []
                if names and all(name is not None for name in names):
                    found.append(tuple(str(name) for name in names))
            return found
        finally:
            engine.dispose()

    def _fetch(self, sql: str, params: dict[str, Any], timeout_s: float) -> list[Row]:
        # The gateway's hot path: no context managers, one cursor, rows zipped once.
        pool = self._pool
        for attempt in (1, 2):
            handle = pool.acquire()
            reused = handle.armed is not None
            try:
                self._prepare(handle, timeout_s)
                cursor = handle.raw.cursor()
                cursor.execute(sql, params)
                names = [d[0] for d in cursor.description]
                rows = cursor.fetchall()
                cursor.close()
            except Exception as exc:
                pool.discard(handle)
                # a pooled connection the server dropped (restart, idle timeout): retry once
                # on a fresh one; reads are safe to repeat
                if attempt == 1 and reused and self._is_disconnect(exc):
                    continue
                raise
            except BaseException:
                pool.discard(handle)
                raise
            pool.release(handle)
            return [dict(zip(names, row, strict=True)) for row in rows]
        raise AssertionError("unreachable")  # pragma: no cover

    def _is_disconnect(self, exc: Exception) -> bool:
        """True when ``exc`` means the connection itself is gone (not the query)."""
        return False

    def _columns(self, sql: str, params: dict[str, Any], timeout_s: float) -> list[str]:
        with self._pool.connection() as handle:
            self._prepare(handle, timeout_s)
            cursor = handle.raw.cursor()
            try:
                cursor.execute(sql, params)
                names = [str(d[0]) for d in cursor.description]
                cursor.fetchall()
            finally:
                cursor.close()
        return names

    def _iter_rows(self, table: TableSchema, batch_size: int) -> Iterator[list[Row]]:
        q = self.ident_quote
        columns = ", ".join(q + c.replace(q, q * 2) + q for c in table.column_names)
        sql = f"SELECT {columns} FROM {q}{table.name.replace(q, q * 2)}{q}"
        with self._pool.connection() as handle:
            self._prepare(handle, math.inf)
            cursor = self._stream_cursor(handle)
            try:
                cursor.execute(sql)
                names = list(table.column_names)
                while batch := cursor.fetchmany(batch_size):
                    yield [dict(zip(names, row, strict=True)) for row in batch]
            finally:
                cursor.close()
                self._end_stream(handle)

    def _end_stream(self, handle: Handle) -> None:
        """Finish whatever ``_stream_cursor`` started (a transaction, for PostgreSQL)."""

    def close(self) -> None:
        self._pool.close()

    @abstractmethod
    def _duckdb_scan(self, con: duckdb.DuckDBPyConnection, table: TableSchema) -> str: ...


def _type_name(sa_type: Any) -> str:
    try:
        return str(sa_type)
    except CompileError:  # some reflected types cannot compile without their dialect
        return type(sa_type).__name__.upper()
