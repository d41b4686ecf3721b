"""The one base class every connector follows.

Like splink's ``DatabaseAPI``: the public methods are ``@final`` and do the shared work
(checking the query, binding parameters, the timeout default, turning driver errors into
:mod:`lienthong.errors`); each engine fills in a few ``@abstractmethod`` dialect pieces.
"""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar, final

import duckdb
from sqlalchemy.exc import DBAPIError

from lienthong.errors import InputError, LienthongError, NotFoundError, SourceError
from lienthong.sources._query import Query, Style, parse_query
from lienthong.sources._schema import TableSchema

Row = dict[str, Any]

#: Used when neither the caller nor the connector says how long a query may take.
DEFAULT_TIMEOUT_S = 5.0


class Connector(ABC):
    """A read-only window on one sector database or file."""

    #: ``Source.kind`` in the registry: sqlite, postgresql, mariadb, csv or excel.
    kind: ClassVar[str]
    #: How this engine's driver writes ``:name`` placeholders.
    paramstyle: ClassVar[Style]

    def __init__(self, *, timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        self.timeout_s = timeout_s
        self._schemas: dict[str, TableSchema] | None = None

    # ---- public API -------------------------------------------------------------------
    @final
    def introspect(self) -> list[TableSchema]:
        """Every table the source holds, as the source itself declares it."""
        try:
            schemas = self._introspect()
        except LienthongError:
            raise
        except Exception as exc:
            raise self._translate(_driver_error(exc), self.timeout_s) from exc
        self._schemas = {schema.name: schema for schema in schemas}
        return schemas

    @final
    def table(self, name: str) -> TableSchema:
        """The schema of one table; :class:`NotFoundError` if the source has no such table."""
        if self._schemas is None or name not in self._schemas:
            self.introspect()
        assert self._schemas is not None
        try:
            return self._schemas[name]
        except KeyError:
            known = ", ".join(sorted(self._schemas)) or "none"
            raise NotFoundError(
                f"{self.subject} has no table {name!r} (tables: {known})."
            ) from None

    @final
    def indexes(self, table: str) -> list[tuple[str, ...]]:
        """The column lists the source can look ``table`` up by without a full scan (its
        primary key and indexes, in index order); what a data service's lookup should hit."""
        schema = self.table(table)
        try:
            found = self._indexes(schema)
        except LienthongError:
            raise
        except Exception as exc:
            raise self._translate(_driver_error(exc), self.timeout_s) from exc
        return list(dict.fromkeys(index for index in found if index))

    @final
    def fetch(
        self, sql: str, params: Mapping[str, Any] | None = None, *, timeout_s: float | None = None
    ) -> list[Row]:
        """Run one read-only SELECT with bound ``:name`` parameters; rows as dicts."""
        query = parse_query(sql)
        bound = _bind(query, params)
        timeout = self.timeout_s if timeout_s is None else timeout_s
        try:
            return self._fetch(query.text(self.paramstyle), bound, timeout)
        except LienthongError:
            raise
        except Exception as exc:
            raise self._translate(_driver_error(exc), timeout) from exc

    @final
    def result_columns(self, sql: str, *, timeout_s: float | None = None) -> list[str]:
        """The column names ``sql`` returns, found by running it with LIMIT 0 (no rows read)."""
        query = parse_query(sql)
        wrapped = parse_query(f"SELECT * FROM ({query.source}) AS lienthong_q LIMIT 0")
        timeout = self.timeout_s if timeout_s is None else timeout_s
        try:
            return self._columns(
                wrapped.text(self.paramstyle), dict.fromkeys(query.parameters), timeout
            )
        except LienthongError:
            raise
        except Exception as exc:
            raise self._translate(_driver_error(exc), timeout) from exc

    @final
    def iter_rows(self, table: str, *, batch_size: int = 10_000) -> Iterator[list[Row]]:
        """Every row of ``table`` in batches, streamed (never the whole table in memory)."""
        if batch_size < 1:
            raise InputError("batch_size must be at least 1.")
        schema = self.table(table)
        try:
            yield from self._iter_rows(schema, batch_size)
        except LienthongError:
            raise
        except Exception as exc:
            raise self._translate(_driver_error(exc), self.timeout_s) from exc

    @final
    def duckdb_scan(self, con: duckdb.DuckDBPyConnection, table: str) -> str:
        """The FROM-clause that reads ``table`` inside DuckDB (scanner attached to ``con``)."""
        schema = self.table(table)
        try:
            return self._duckdb_scan(con, schema)
        except LienthongError:
            raise
        except duckdb.Error as exc:
            raise SourceError(
                f"DuckDB could not open {self.describe_source()}: {exc}".strip()
            ) from exc

    @abstractmethod
    def close(self) -> None:
        """Release pooled connections and temporary files."""

    def __enter__(self) -> Connector:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def subject(self) -> str:
        """``describe_source()`` capitalised, to start a sentence."""
        text = self.describe_source()
        return text[:1].upper() + text[1:]

    # ---- dialect pieces ---------------------------------------------------------------
    @abstractmethod
    def describe_source(self) -> str:
        """A short human name for messages (``the SQLite file population.db``), no password."""

    @abstractmethod
    def _introspect(self) -> list[TableSchema]: ...

    @abstractmethod
    def _fetch(self, sql: str, params: dict[str, Any], timeout_s: float) -> list[Row]: ...

    @abstractmethod
    def _columns(self, sql: str, params: dict[str, Any], timeout_s: float) -> list[str]: ...

    @abstractmethod
    def _iter_rows(self, table: TableSchema, batch_size: int) -> Iterator[list[Row]]: ...

    @abstractmethod
    def _duckdb_scan(self, con: duckdb.DuckDBPyConnection, table: TableSchema) -> str: ...

    def _indexes(self, table: TableSchema) -> list[tuple[str, ...]]:
        """Hook: the table's indexes; by default only its primary key is known."""
        return [table.primary_key]

    @abstractmethod
    def _translate(self, exc: Exception, timeout_s: float) -> LienthongError:
        """Turn a driver error into the lienthong error a person can act on."""


def _driver_error(exc: Exception) -> Exception:
    """The DBAPI driver's own error when SQLAlchemy wrapped it (schema inspection)."""
    if isinstance(exc, DBAPIError) and isinstance(exc.orig, Exception):
        return exc.orig
    return exc


def _bind(query: Query, params: Mapping[str, Any] | None) -> dict[str, Any]:
    given = params or {}
    missing = [name for name in query.parameters if name not in given]
    if missing:
        raise InputError(f"The query needs a value for parameter(s): {', '.join(missing)}.")
    return {name: given[name] for name in query.parameters}


def attach_read_only(con: duckdb.DuckDBPyConnection, dsn: str, engine: str) -> str:
    """ATTACH a database to DuckDB read-only (once per connection); returns its alias."""
    alias = f"lt_{engine}_" + hashlib.sha1(dsn.encode()).hexdigest()[:12]
    rows = con.execute("SELECT database_name FROM duckdb_databases()").fetchall()
    if alias not in {row[0] for row in rows}:
        con.execute(f"ATTACH {sql_string(dsn)} AS {alias} (TYPE {engine}, READ_ONLY)")
    return alias


def quote_ident(name: str, quote: str = '"') -> str:
    """Quote an identifier for SQL (doubling embedded quotes)."""
    return quote + name.replace(quote, quote * 2) + quote


def sql_string(value: str) -> str:
    """A SQL string literal (for DuckDB table-function arguments, which cannot be bound)."""
    return "'" + value.replace("'", "''") + "'"
