"""Where a check runs: pushed down into the source database, or in DuckDB over scanners.

Reading is the cost that matters. A check whose tables all live in one PostgreSQL or MariaDB
database runs there (only counts travel back). Anything else (SQLite, CSV, Excel, Parquet,
or tables spread over several sources) runs in one DuckDB connection that reads each dataset
once through its connector's ``duckdb_scan`` and keeps it for every check of the run.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from typing import Any, Protocol

import duckdb

from lienthong.errors import LienthongError, SourceError
from lienthong.quality import _copies
from lienthong.quality._dialect import Dialect, dialect_for
from lienthong.quality._model import DatasetInfo, Grouping, Outcome
from lienthong.sources import duckdb_connect

PUSHDOWN_KINDS = frozenset({"postgresql", "mariadb", "mysql"})
#: formats DuckDB reads so fast that copying them first would cost more than it saves
READ_IN_PLACE = frozenset({"parquet", "duckdb"})
_SCANNER = {"sqlite": "sqlite", "postgresql": "postgres", "mariadb": "mysql", "excel": "excel"}


class Connector(Protocol):
    """The two connector methods the quality engine uses (see docs/architecture.md)."""

    def duckdb_scan(self, con: duckdb.DuckDBPyConnection, table: str) -> str: ...

    def fetch(
        self, sql: str, params: Mapping[str, Any] | None = None, *, timeout_s: float | None = None
    ) -> list[dict[str, Any]]: ...


ConnectorFactory = Callable[[DatasetInfo], Connector]


class Place:
    """An engine checks run on: the dialect to compile to and how to run a query."""

    dialect: Dialect
    engine: str
    #: how many of its checks may run at once (each from its own thread)
    concurrent: int = 1

    def relation_of(self, dataset_id: str) -> str:
        raise NotImplementedError

    def column_type(self, dataset_id: str, column: str) -> str | None:
        """The column's type as the place sees it; None where not known (text SQL then)."""
        return None

    def query(self, sql: str) -> list[dict[str, Any]]:
        """Rows of ``sql``."""
        raise NotImplementedError

    def count_copies(self, dataset_id: str, grouping: Grouping, counts_sql: str) -> Outcome:
        """Rows ``grouping`` applies to, and those whose key repeats; ``counts_sql`` gives both."""
        row = self.query(counts_sql)[0]
        return Outcome(int(row["a"] or 0), int(row["f"] or 0))


class PushdownPlace(Place):
    """A PostgreSQL or MariaDB source: SQL runs there, through the connector's ``fetch``."""

    def __init__(
        self, connector: Connector, datasets: Mapping[str, DatasetInfo], kind: str, timeout_s: float
    ) -> None:
        self.connector = connector
        self.datasets = datasets
        self.dialect = dialect_for(kind)
        self.engine = self.dialect.name
        self.timeout_s = timeout_s

    def relation_of(self, dataset_id: str) -> str:
        return self.dialect.quote(self.datasets[dataset_id].table)

    def query(self, sql: str) -> list[dict[str, Any]]:
        return self.connector.fetch(sql, {}, timeout_s=self.timeout_s)


class DuckDBPlace(Place):
    """One DuckDB connection per run; each dataset is read once (``materialize``) or scanned."""

    def __init__(
        self,
        datasets: Mapping[str, DatasetInfo],
        connector_for: ConnectorFactory,
        *,
        materialize: bool = True,
        threads: int | None = None,
    ) -> None:
        self.dialect = dialect_for("duckdb")
        self.engine = "duckdb"
        self.datasets = datasets
        self.connector_for = connector_for
        self.materialize = materialize
        self.con = duckdb_connect(threads=threads)
        self.concurrent = int(
            self.con.execute("SELECT current_setting('threads')").fetchall()[0][0]
        )
        # DuckDB connections are not shared between threads: each thread other than the
        # creator gets a cursor (a connection to the same in-memory database) of its own.
        self._owner = threading.get_ident()
        self._local = threading.local()
        self._cursors: list[duckdb.DuckDBPyConnection] = []
        self._lock = threading.RLock()
        self._relations: dict[str, str] = {}
        self._failed: dict[str, LienthongError] = {}
        self._loaded_ext: set[str] = set()
        self._types: dict[str, dict[str, str]] = {}
        self._rows: dict[str, int | None] = {}
        self.load_seconds: dict[str, float] = {}

    @property
    def cursor(self) -> duckdb.DuckDBPyConnection:
        """This thread's connection to the place's database."""
        if threading.get_ident() == self._owner:
            return self.con
        cursor: duckdb.DuckDBPyConnection | None = getattr(self._local, "cursor", None)
        if cursor is None:
            with self._lock:
                cursor = self._local.cursor = self.con.cursor()
                self._cursors.append(cursor)
        return cursor

    def relation_of(self, dataset_id: str) -> str:
        with self._lock:  # a dataset is read once, whichever thread asks first
            return self._relation_of(dataset_id)

    def _relation_of(self, dataset_id: str) -> str:
        if dataset_id in self._failed:
            raise self._failed[dataset_id]
        if dataset_id not in self._relations:
            try:
                self._relations[dataset_id] = self._load(self.datasets[dataset_id])
            except LienthongError as exc:
                self._failed[dataset_id] = exc
                raise
            except duckdb.Error as exc:
                error = SourceError(f"{dataset_id} could not be read: {exc}".rstrip("."))
                self._failed[dataset_id] = error
                raise error from exc
        return self._relations[dataset_id]

    def _load(self, dataset: DatasetInfo) -> str:
        from lienthong.sources import load_extension

        extension = _SCANNER.get(dataset.source_kind)
        if extension and extension not in self._loaded_ext:
            load_extension(self.cursor, extension)
            self._loaded_ext.add(extension)
        scan = self.connector_for(dataset).duckdb_scan(self.cursor, dataset.table)
        if not self.materialize or dataset.source_kind in READ_IN_PLACE:
            return scan
        name = f"q_{len(self._relations)}"
        started = time.perf_counter()
        # a table of the place's own in-memory database (a TEMP one would be invisible to
        # the other threads' cursors)
        self.cursor.execute(f"CREATE TABLE {name} AS SELECT * FROM {scan}")
        self.load_seconds[dataset.id] = time.perf_counter() - started
        return name

    def column_type(self, dataset_id: str, column: str) -> str | None:
        if dataset_id not in self._types:
            try:
                described = self.cursor.execute(
                    f"DESCRIBE SELECT * FROM {self.relation_of(dataset_id)}"
                ).fetchall()
            except (LienthongError, duckdb.Error):
                described = []  # the checks report the unreadable dataset themselves
            self._types[dataset_id] = {str(r[0]): str(r[1]).upper() for r in described}
        return self._types[dataset_id].get(column)

    def _row_count(self, dataset_id: str) -> int | None:
        """Rows of a dataset DuckDB holds (a table or Parquet: a metadata read), else None."""
        if dataset_id not in self._rows:
            dataset = self.datasets[dataset_id]
            cheap = self.materialize or dataset.source_kind in READ_IN_PLACE
            self._rows[dataset_id] = (
                int(self.cursor.execute(f"SELECT COUNT(*) FROM {self.relation_of(dataset_id)}")
                    .fetchall()[0][0])
                if cheap
                else None
            )  # fmt: skip
        return self._rows[dataset_id]

    def query(self, sql: str) -> list[dict[str, Any]]:
        cursor = self.cursor.execute(sql)
        names = [c[0] for c in cursor.description or []]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def count_copies(self, dataset_id: str, grouping: Grouping, counts_sql: str) -> Outcome:
        """On a big table, without a hash table of every key (see ``_copies``)."""
        rows = self._row_count(dataset_id)
        if rows is None or not _copies.pays_outside_sql(rows, integer_key=grouping.integer_key):
            return super().count_copies(dataset_id, grouping, counts_sql)
        copies = _copies.count_copies(
            self.cursor,
            self.relation_of(dataset_id),
            grouping.keys,
            grouping.present,
            integer_key=grouping.integer_key,
            rows=rows,
            workers=self.concurrent,
        )
        return Outcome(copies.total, copies.repeated)

    def close(self) -> None:
        for cursor in self._cursors:
            cursor.close()
        self.con.close()
