"""Where a check runs: pushed down into the source database, or in DuckDB over scanners.

Reading is the cost that matters. A check whose tables all live in one PostgreSQL or MariaDB
database runs there (only counts travel back). Anything else (SQLite, CSV, Excel, Parquet,
or tables spread over several sources) runs in one DuckDB connection that reads each dataset
once through its connector's ``duckdb_scan`` and keeps it for every check of the run.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any, Protocol

import duckdb

from lienthong.errors import LienthongError, SourceError
from lienthong.quality._dialect import Dialect, dialect_for
from lienthong.quality._model import DatasetInfo
from lienthong.sources import duckdb_connect

PUSHDOWN_KINDS = frozenset({"postgresql", "mariadb", "mysql"})
#: formats DuckDB reads so fast that copying them first would cost more than it saves
READ_IN_PLACE = frozenset({"parquet", "duckdb"})
#: DuckDB's own perfect-hash width, the widest we allow, the bytes one slot may take and the
#: most memory the array may take
_PERFECT_DEFAULT_BITS, _PERFECT_MAX_BITS, _PERFECT_SLOT_BYTES, _PERFECT_MAX_BYTES = (
    12,
    26,
    32,
    1 << 30,
)
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

    def relation_of(self, dataset_id: str) -> str:
        raise NotImplementedError

    def column_type(self, dataset_id: str, column: str) -> str | None:
        """The column's type as the place sees it; None where not known (text SQL then)."""
        return None

    def query(self, sql: str, *, integer_groups_of: str | None = None) -> list[dict[str, Any]]:
        """Rows of ``sql``; ``integer_groups_of``: it groups that dataset by integer columns."""
        raise NotImplementedError


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

    def query(self, sql: str, *, integer_groups_of: str | None = None) -> list[dict[str, Any]]:
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
        self._relations: dict[str, str] = {}
        self._failed: dict[str, LienthongError] = {}
        self._loaded_ext: set[str] = set()
        self._types: dict[str, dict[str, str]] = {}
        self._rows: dict[str, int | None] = {}
        self.load_seconds: dict[str, float] = {}

    def relation_of(self, dataset_id: str) -> str:
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
            load_extension(self.con, extension)
            self._loaded_ext.add(extension)
        scan = self.connector_for(dataset).duckdb_scan(self.con, dataset.table)
        if not self.materialize or dataset.source_kind in READ_IN_PLACE:
            return scan
        name = f"q_{len(self._relations)}"
        started = time.perf_counter()
        self.con.execute(f"CREATE TEMP TABLE {name} AS SELECT * FROM {scan}")
        self.load_seconds[dataset.id] = time.perf_counter() - started
        return name

    def column_type(self, dataset_id: str, column: str) -> str | None:
        if dataset_id not in self._types:
            try:
                described = self.con.execute(
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
                int(self.con.execute(f"SELECT COUNT(*) FROM {self.relation_of(dataset_id)}")
                    .fetchall()[0][0])
                if cheap
                else None
            )  # fmt: skip
        return self._rows[dataset_id]

    def query(self, sql: str, *, integer_groups_of: str | None = None) -> list[dict[str, Any]]:
        bits = self._perfect_hash_bits(integer_groups_of) if integer_groups_of else None
        if bits is None:
            return self._fetch(sql)
        # One thread: each thread fills its own 2^bits array and the arrays are then merged,
        # so a second thread costs more than it brings (10M keys: 0.50 s on one, 0.6-0.7 s on
        # two, measured on the 2-core bench machine).
        threads = self.con.execute("SELECT current_setting('threads')").fetchall()[0][0]
        self.con.execute(f"SET perfect_ht_threshold = {bits}")
        self.con.execute("SET threads = 1")
        try:
            return self._fetch(sql)
        finally:
            self.con.execute(f"SET threads = {int(threads)}")
            self.con.execute("RESET perfect_ht_threshold")

    def _perfect_hash_bits(self, dataset_id: str) -> int | None:
        """How wide a perfect hash table DuckDB may use to group ``dataset_id``'s rows.

        DuckDB counts groups of integer keys in an array indexed by the key when the key's
        range (from statistics) fits in ``perfect_ht_threshold`` bits: for a key such as a
        row id, 2-3x cheaper than hashing 10M keys. The array has 2^bits slots, so it is
        allowed only up to about twice the row count (a sparse key over few rows keeps the
        ordinary hash table) and to ~1 GiB.
        """
        rows = self._row_count(dataset_id)
        if not rows:
            return None
        by_rows = max(rows - 1, 1).bit_length() + 1
        by_memory = (_PERFECT_MAX_BYTES // _PERFECT_SLOT_BYTES).bit_length() - 1
        bits = min(by_rows, by_memory, _PERFECT_MAX_BITS)
        return bits if bits > _PERFECT_DEFAULT_BITS else None

    def _fetch(self, sql: str) -> list[dict[str, Any]]:
        cursor = self.con.execute(sql)
        names = [c[0] for c in cursor.description or []]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def close(self) -> None:
        self.con.close()
