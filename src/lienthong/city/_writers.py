"""Write record streams where the sources live: SQLite files, a database URL, Excel, CSV.

Rows arrive in batches; each destination writes a batch in one statement (``executemany``) inside
one transaction per dataset, so a million-row table is a few hundred round trips, not a million.
Truth rows are written beside them by the caller.
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import MetaData, create_engine, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.schema import CreateTable

from lienthong.city._schema import DatasetSpec, SourceSpec, sa_table
from lienthong.city._xlsx import XlsxSheetWriter
from lienthong.errors import ConflictError, InputError, SourceError, SourceUnavailableError

Batch = Sequence[tuple[Any, ...]]


class TableWriter(Protocol):
    def write(self, rows: Batch) -> None: ...
    def close(self) -> None: ...


class SourceWriter(Protocol):
    def table(self, dataset: DatasetSpec) -> TableWriter: ...
    def close(self) -> None: ...
    def abort(self) -> None: ...


# -- SQLite ------------------------------------------------------------------------------------


class _SqliteTable:
    def __init__(self, conn: sqlite3.Connection, dataset: DatasetSpec) -> None:
        self._conn = conn
        table = sa_table(dataset, MetaData())
        from sqlalchemy.dialects import sqlite

        conn.execute(str(CreateTable(table).compile(dialect=sqlite.dialect())).strip())
        columns = ", ".join(f'"{c}"' for c in dataset.column_names)
        marks = ", ".join("?" for _ in dataset.columns)
        self._sql = f'INSERT INTO "{dataset.table}" ({columns}) VALUES ({marks})'

    def write(self, rows: Batch) -> None:
        self._conn.executemany(self._sql, rows)

    def close(self) -> None:
        self._conn.commit()


class SqliteWriter:
    """A new SQLite file; no journal while building (the file is renamed into place at the end)."""

    def __init__(self, path: Path) -> None:
        self._conn = sqlite3.connect(path, isolation_level="DEFERRED")
        self._conn.execute("PRAGMA journal_mode = OFF")
        self._conn.execute("PRAGMA synchronous = OFF")

    def table(self, dataset: DatasetSpec) -> TableWriter:
        return _SqliteTable(self._conn, dataset)

    def close(self) -> None:
        self._conn.commit()
        self._conn.close()

    def abort(self) -> None:
        self._conn.close()


# -- any SQLAlchemy URL (PostgreSQL, MariaDB) -------------------------------------------------


def check_target(url: str, source: SourceSpec, *, force: bool) -> Engine:
    """Connect to a target database; refuse if it is unreachable or already holds the tables."""
    try:
        engine = create_engine(url, pool_pre_ping=True)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise InputError(
            f"--target {source.code}={_mask(url)} is not a usable database URL ({exc}).",
            hint="Use postgresql+psycopg://user@host/db or mysql+pymysql://user@host/db.",
        ) from None
    try:
        with engine.connect() as conn:
            existing = set(inspect(conn).get_table_names())
    except SQLAlchemyError as exc:
        engine.dispose()
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        raise SourceUnavailableError(
            f"Cannot reach the {source.code} target database {_mask(url)}: {reason}.",
            hint="Check that the server is running and the database exists.",
        ) from None
    clash = sorted(d.table for d in source.datasets if d.table in existing)
    if clash and not force:
        engine.dispose()
        raise ConflictError(
            f"The {source.code} target {_mask(url)} already has table(s) {', '.join(clash)}.",
            hint="Use --force to replace them, or point --target at an empty database.",
        )
    return engine


def _mask(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except (SQLAlchemyError, ValueError):
        return "<unparseable URL>"


_MARKS = {"qmark": "?", "format": "%s", "pyformat": "%s", "numeric": ":{n}"}


class _UrlTable:
    """Creates the table with SQLAlchemy, then inserts through the driver's ``executemany``.

    SQLAlchemy's ``insert()`` with a list of dicts costs about as much CPU as generating the
    rows; a plain positional INSERT handed to the driver (psycopg pipelines it, PyMySQL folds it
    into multi-row VALUES) halves a target's cost.
    """

    def __init__(self, writer: UrlWriter, dataset: DatasetSpec) -> None:
        self._writer = writer
        self._table = sa_table(dataset, writer.metadata)
        self._table.drop(writer.conn, checkfirst=True)
        self._table.create(writer.conn)
        writer.created.append(self._table.name)
        self._names = dataset.column_names
        dialect = writer.engine.dialect
        quote = dialect.identifier_preparer.quote
        mark = _MARKS.get(dialect.paramstyle)
        if mark is None:  # pragma: no cover - every driver we support is in _MARKS
            self._sql = None
            return
        marks = ", ".join(mark.format(n=i + 1) for i in range(len(dataset.columns)))
        columns = ", ".join(quote(c) for c in dataset.column_names)
        self._sql = f"INSERT INTO {quote(self._table.name)} ({columns}) VALUES ({marks})"

    def write(self, rows: Batch) -> None:
        if self._sql is None:  # pragma: no cover
            names = self._names
            self._writer.conn.execute(
                self._table.insert(), [dict(zip(names, row, strict=True)) for row in rows]
            )
            return
        self._writer.conn.exec_driver_sql(self._sql, list(rows))

    def close(self) -> None:
        self._writer.conn.commit()


class UrlWriter:
    """Writes a source's tables into a database through SQLAlchemy.

    :meth:`abort` drops the tables it created, even after :meth:`close` (a later source may fail
    after this one finished: the city is all or nothing). The caller disposes the engine.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.metadata = MetaData()
        self.conn = engine.connect()
        self.created: list[str] = []

    def table(self, dataset: DatasetSpec) -> TableWriter:
        try:
            return _UrlTable(self, dataset)
        except SQLAlchemyError as exc:
            raise SourceError(f"Could not create {dataset.table}: {exc}") from None

    def close(self) -> None:
        self.conn.commit()
        self.conn.close()

    def abort(self) -> None:
        if not self.conn.closed:
            self.conn.rollback()
            self.conn.close()
        with self.engine.connect() as conn:
            for table in reversed(self.metadata.sorted_tables):
                if table.name in self.created:
                    table.drop(conn, checkfirst=True)
            conn.commit()


# -- exports -------------------------------------------------------------------------------


class _CsvTable:
    def __init__(self, path: Path, dataset: DatasetSpec) -> None:
        self._handle = path.open("w", encoding="utf-8", newline="")
        self._csv = csv.writer(self._handle, lineterminator="\n")
        self._csv.writerow(dataset.column_names)

    def write(self, rows: Batch) -> None:
        self._csv.writerows(rows)

    def close(self) -> None:
        self._handle.close()


class CsvWriter:
    """A UTF-8 CSV export; the file stem is the table name."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._open: list[_CsvTable] = []

    def table(self, dataset: DatasetSpec) -> TableWriter:
        table = _CsvTable(self._path, dataset)
        self._open.append(table)
        return table

    def close(self) -> None:
        for table in self._open:
            table.close()

    def abort(self) -> None:
        self.close()


class _SheetTable:
    def __init__(self, path: Path, dataset: DatasetSpec) -> None:
        self._sheet = XlsxSheetWriter(path, dataset.table, dataset.column_names)

    def write(self, rows: Batch) -> None:
        self._sheet.write(rows)

    def close(self) -> None:
        self._sheet.close()


class ExcelWriter:
    """An .xlsx export of one table (its sheet named after it), streamed to disk."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._tables: list[_SheetTable] = []

    def table(self, dataset: DatasetSpec) -> TableWriter:
        if self._tables:
            raise InputError("An Excel export holds one dataset; declare another source.")
        table = _SheetTable(self._path, dataset)
        self._tables.append(table)
        return table

    def close(self) -> None:
        pass

    def abort(self) -> None:
        pass
