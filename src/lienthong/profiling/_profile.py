"""Profiling a table in DuckDB: statistics on every row in SQL, roles on a bounded sample.

Counts, nulls, blanks, distinct counts and min/max are one aggregate query over the whole table
(pushed into DuckDB, which scans the source; nothing is loaded into Python). Top values are one
``GROUP BY`` per column. Role detection reads at most :data:`SAMPLE_ROWS` rows, drawn with a
repeatable reservoir sample when the table is bigger, so the result is stable between runs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import duckdb

from lienthong.profiling._infer import infer_role
from lienthong.profiling._model import ColumnProfile, DatasetProfile
from lienthong.profiling._values import parse_date, shape
from lienthong.sources import Connector
from lienthong.sources._base import quote_ident
from lienthong.sources._duckdb import duckdb_connect

#: Rows the role detectors read; bigger tables are sampled (documented in docs/profiling.md).
SAMPLE_ROWS = 2_000
_TOP = 5
_DECIMAL = re.compile(r"-?[0-9]{1,15}(\.[0-9]{1,15})?")


def profile_dataset(
    connector: Connector, table: str, *, dataset: str | None = None
) -> DatasetProfile:
    """Profile ``table`` of an open source; ``dataset`` (``source.table``) names the result."""
    con = duckdb_connect()
    try:
        scan = connector.duckdb_scan(con, table)
        return profile_scan(con, scan, dataset or table)
    finally:
        con.close()


def profile_scan(con: duckdb.DuckDBPyConnection, scan: str, dataset: str) -> DatasetProfile:
    """Profile any DuckDB relation expression (a table, a view, ``read_csv(...)``)."""
    described = con.execute(f"DESCRIBE SELECT * FROM {scan}").fetchall()
    names = [str(row[0]) for row in described]
    types = [str(row[1]) for row in described]
    stats = _aggregate(con, scan, names)
    rows = _int(stats[0]) if stats else 0
    sample = _sample(con, scan, names, rows)
    columns = []
    for index, (name, stored) in enumerate(zip(names, types, strict=True)):
        base = 1 + index * 5
        nonnull, blanks, distinct = (_int(v) for v in stats[base : base + 3])
        low, high = stats[base + 3], stats[base + 4]
        values = [value for row in sample if (value := row[index]) is not None]
        meant = _meant_type(stored, values)
        inferred = infer_role(name, values, stored_type=meant, distinct=distinct)
        columns.append(
            ColumnProfile(
                name=name,
                stored_type=stored,
                meant_type=meant,
                rows=rows,
                nulls=rows - nonnull,
                blanks=blanks,
                distinct=distinct,
                min=None if low is None else str(low)[:100],
                max=None if high is None else str(high)[:100],
                top_values=_top(con, scan, name),
                shapes=_shapes(values),
                role=inferred.role,
                confidence=inferred.confidence,
                evidence=inferred.evidence,
                personal=inferred.personal,
            )
        )
    return DatasetProfile(dataset, rows, len(sample), tuple(columns))


def _aggregate(
    con: duckdb.DuckDBPyConnection, scan: str, names: Sequence[str]
) -> tuple[object, ...]:
    parts = ["count(*)"]
    for name in names:
        col = quote_ident(name)
        text = f"trim(CAST({col} AS VARCHAR))"
        parts += [
            f"count({col})",
            f"count(*) FILTER (WHERE {text} = '')",
            f"approx_count_distinct({col})",
            f"min({col})::VARCHAR",
            f"max({col})::VARCHAR",
        ]
    found = con.execute(f"SELECT {', '.join(parts)} FROM {scan}").fetchone()
    return tuple(found) if found else ()


def _int(value: object) -> int:
    return int(value) if isinstance(value, int | float) else 0


def _sample(
    con: duckdb.DuckDBPyConnection, scan: str, names: Sequence[str], rows: int
) -> list[tuple[str | None, ...]]:
    cols = ", ".join(f"CAST({quote_ident(n)} AS VARCHAR)" for n in names)
    sql = f"SELECT {cols} FROM {scan}"
    if rows > SAMPLE_ROWS:
        sql += f" USING SAMPLE reservoir({SAMPLE_ROWS} ROWS) REPEATABLE (42)"
    return [tuple(row) for row in con.execute(sql).fetchall()]


def _top(con: duckdb.DuckDBPyConnection, scan: str, name: str) -> tuple[tuple[str, int], ...]:
    col = quote_ident(name)
    found = con.execute(
        f"SELECT CAST({col} AS VARCHAR) AS v, count(*) AS n FROM {scan} WHERE {col} IS NOT NULL"
        f" GROUP BY v ORDER BY n DESC, v LIMIT {_TOP}"
    ).fetchall()
    return tuple((str(v)[:100], int(n)) for v, n in found)


def _shapes(values: Sequence[str]) -> tuple[tuple[str, float], ...]:
    if not values:
        return ()
    counts = Counter(shape(v) for v in values)
    return tuple((s, round(n / len(values), 3)) for s, n in counts.most_common(_TOP))


def _meant_type(stored: str, values: Sequence[str]) -> str:
    """``DATE`` for text of dates (``dd/mm/yyyy``…), ``DOUBLE`` for text of decimals, else as
    stored. Integers stay text: a column of digits is as likely an id (leading zeros) as a count.
    """
    if stored.upper() not in {"VARCHAR", "TEXT"} and not stored.upper().startswith("BIGINT"):
        return stored
    filled = [v for v in values if v.strip()]
    if not filled:
        return stored
    if sum(parse_date(v) is not None for v in filled) >= 0.9 * len(filled):
        return "DATE"
    decimals = sum(_DECIMAL.fullmatch(v.strip()) is not None for v in filled)
    if decimals == len(filled) and any("." in v for v in filled):
        return "DOUBLE"
    return stored
