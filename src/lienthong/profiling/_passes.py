"""The SQL of a profile: two passes over the table at most, whatever its width or length.

Pass one is one aggregate query per chunk of :data:`CHUNK` columns (a 200-column spreadsheet
stays a handful of queries): per column ``count``, ``approx_count_distinct``, ``min`` and
``max``, what DuckDB's own ``SUMMARIZE`` computes, and in the same scan the sample the role
detectors read: the :data:`SAMPLE_ROWS` rows with the smallest ``hash`` of their position (a
DuckDB table's ``rowid``, a Parquet file's row number) or, where the scan has none, of all their
values (a bottom-k sample: uniform over rows, the same on every run, without a second scan).
Only rows whose hash is under a threshold set from DuckDB's row estimate reach the bounded
``min_by`` heap, so the sample costs one hash per row; when the estimate was too high and too few
rows passed, the sample alone is drawn again with no threshold (correct, one more scan).
Where rows have a position the sample is whole runs of :data:`RUN` consecutive rows (those
whose run has the smallest hash); when the table is big they are found from the positions alone
and read by position before the aggregate, which then computes the statistics only: reading
125 runs by position decodes a few vectors of each column, drawing them in the scan costs more.

Pass two counts exactly, over every row, what the first pass could not settle: the blanks of the
text columns whose min or max says a value may be blank, and how often each top-value
candidate occurs. On a columnar scan (Parquet, a DuckDB table, a database's scanner, which read
one column without the others) each column is its own small query (a semi-join on its
candidates, or, for a column of few distinct values, a grouping of the whole column); a CSV
file is parsed whole by every query, so there it is one aggregate per chunk.
Nothing but aggregates and the sample ever reaches Python.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import duckdb

from lienthong.sources._base import quote_ident, sql_string

#: Rows the role detectors read; bigger tables are sampled (documented in docs/profiling.md).
SAMPLE_ROWS = 2_000
#: Consecutive rows drawn together where rows have a position (a sample of 125 runs of 16);
#: a power of two, so that a row's place in its run is its position's low bits.
RUN = 16
#: Columns per aggregate query: wide tables are profiled in chunks of this many columns.
CHUNK = 64
#: Distinct values (estimated) up to which pass two counts a column whole, not by candidate.
_GROUPED = 1_000
#: Rows let through the hash threshold per sample row wanted, so chance rarely leaves too few.
_OVERDRAW = 4
_HASH = "__lienthong_row_hash"
_MAX_HASH = 2**64
#: Types whose text is never blank: their blanks are 0 without counting.
_NEVER_BLANK = (
    "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER",
    "UBIGINT", "UHUGEINT", "FLOAT", "DOUBLE", "DECIMAL", "DATE", "TIME", "TIMESTAMP",
    "INTERVAL", "BOOLEAN", "UUID",
)  # fmt: skip


@dataclass(frozen=True)
class Plan:
    """What DuckDB's planner says about a scan before it is read."""

    #: Rows DuckDB expects (exact for Parquet and DuckDB tables), ``None`` when it cannot say.
    estimate: int | None
    #: True when one column can be read without the others (not a CSV file).
    columnar: bool
    #: What the row sample hashes: a row's position where the scan has one, else its values.
    row_key: str | None = None


_ColumnStats = tuple[int, int, str | None, str | None]
_Row = tuple[str | None, ...]


@dataclass(frozen=True)
class Stats:
    rows: int
    #: Per column: non-null count, approximate distinct count, min and max as text.
    columns: tuple[_ColumnStats, ...]
    #: The sampled rows, each value cast to text; all rows when the table is this small.
    sample: tuple[_Row, ...]


def plan(con: duckdb.DuckDBPyConnection, scan: str, names: Sequence[str]) -> Plan:
    """Read the planner's row estimate and the kind of scan from ``EXPLAIN (FORMAT JSON)``,
    and find a row position to hash (cheaper than hashing every value of the row)."""
    row_key = _row_key(con, scan, names)
    try:
        found = con.execute(f"EXPLAIN (FORMAT JSON) SELECT * FROM {scan}").fetchall()
        tree = json.loads(str(found[0][1]))
        node = tree[0]
    except (duckdb.Error, json.JSONDecodeError, IndexError, KeyError, TypeError):
        return Plan(None, True, row_key)
    raw = str(node.get("extra_info", {}).get("Estimated Cardinality", "")).strip()
    leaf = node
    while leaf.get("children"):
        leaf = leaf["children"][0]
    columnar = "CSV" not in str(leaf.get("name", ""))
    return Plan(int(raw) if raw.isdigit() else None, columnar, row_key)


def _row_key(con: duckdb.DuckDBPyConnection, scan: str, names: Sequence[str]) -> str | None:
    """``rowid`` of a DuckDB table, file and row number of a Parquet file: the position of a
    row, which DuckDB hands over without reading anything (``None``: hash the values).

    The PostgreSQL and MySQL scanners accept ``rowid`` but give NULL, so a key counts only when
    the first two rows have two different, non-null positions.
    """
    taken = {name.lower() for name in names}  # DuckDB's names ignore case: ``RowID`` is one
    for columns in (("rowid",), ("file_index", "file_row_number")):
        if taken & set(columns):
            continue  # a real column of that name: not a position
        key = ", ".join(columns)
        try:
            first = con.execute(f"SELECT {key} FROM {scan} LIMIT 2").fetchall()
        except duckdb.Error:
            continue
        if (
            len(first) == 2
            and first[0] != first[1]
            and all(isinstance(value, int) for value in first[0] + first[1])
        ):
            return key
    return None


def first_pass(
    con: duckdb.DuckDBPyConnection, scan: str, names: Sequence[str], planned: Plan
) -> Stats:
    """Statistics of every column and the row sample, in one scan per chunk of columns."""
    threshold = None
    estimate = planned.estimate
    if estimate is not None and estimate > _OVERDRAW * SAMPLE_ROWS:
        threshold = _MAX_HASH * _OVERDRAW * SAMPLE_ROWS // estimate
    positioned = _positioned_sample(con, scan, names, planned.row_key, threshold)
    if positioned is not None:
        rows, columns, _ = _aggregate(con, scan, names, "", None, stats=True, drawn=False)
        return Stats(rows, columns, positioned)
    order = _draw_order(planned.row_key, names)
    rows, columns, sample = _aggregate(con, scan, names, order, threshold, stats=True)
    if len(sample) < min(rows, SAMPLE_ROWS):  # the estimate was too high: draw it again
        sample = _aggregate(con, scan, names, order, None, stats=False)[2]
    return Stats(rows, columns, sample)


def _draw_order(row_key: str | None, names: Sequence[str]) -> str:
    """The number whose smallest values pick the sample's rows: the hash of a row's values, or
    where rows have a position, the hash of its run of :data:`RUN` positions, then its place in
    the run. Whole runs are drawn so that reading the sample by position decodes a few vectors
    of each column rather than one vector per sampled row."""
    if row_key is None:
        return f"hash({', '.join(quote_ident(n) for n in names)})"
    position = row_key.rsplit(", ", 1)[-1]
    run = row_key.replace(position, f"{position} // {RUN}")
    high = f"hash({run}) & {_MAX_HASH - RUN}::UBIGINT"  # bit operations: no wider integer
    return f"({high} | CAST({position} & {RUN - 1} AS UBIGINT))"


def _positioned_sample(
    con: duckdb.DuckDBPyConnection,
    scan: str,
    names: Sequence[str],
    key: str | None,
    threshold: int | None,
) -> tuple[_Row, ...] | None:
    """The sample of a big table whose rows have a position, drawn before the statistics: the
    same rows the first pass would draw, read for a fraction of the cost.

    The positions first in the draw order (:func:`_draw_order`) are found reading the
    positions alone (DuckDB makes them up without decoding a value), then only those rows are
    read: a filter on the position reaches the Parquet reader and a table's scan, which decode
    just the vectors that hold one. Drawn in the aggregate instead, every row's hash would go
    through a bounded heap while every column is decoded for the statistics
    (bench/profiling.py measures the difference).
    ``None`` (the first pass draws it) without a position or a ``threshold`` (a small table or
    an unknown size), for a Parquet scan of several files whose sample reaches past the first,
    or when too few rows came back.
    """
    if key is None or threshold is None:
        return None
    position = key.rsplit(", ", 1)[-1]  # rowid, or file_row_number within file_index
    files = "max(file_index)" if key != position else "0"
    found = con.execute(
        f"SELECT min_by({position}, {_HASH}, {SAMPLE_ROWS}), {files}"
        f" FROM (SELECT {key}, {_draw_order(key, names)} AS {_HASH} FROM {scan})"
        f" WHERE {_HASH} < {threshold}::UBIGINT"
    ).fetchone()
    positions = [int(p) for p in (found[0] or [])] if found else []
    if len(positions) < SAMPLE_ROWS or (found and found[1]):
        return None
    texts = ", ".join(f"CAST({quote_ident(n)} AS VARCHAR)" for n in names)
    first_file = "file_index = 0 AND " if key != position else ""
    rows = con.execute(
        f"SELECT {position}, {texts} FROM {scan}"
        f" WHERE {first_file}{position} IN ({', '.join(map(str, positions))})"
    ).fetchall()
    by_position = {int(row[0]): tuple(_text(v) for v in row[1:]) for row in rows}
    if len(by_position) != len(positions) or len(rows) != len(positions):
        return None
    return tuple(by_position[p] for p in positions)  # in the order of their hash, as drawn


def _aggregate(
    con: duckdb.DuckDBPyConnection,
    scan: str,
    names: Sequence[str],
    order: str,
    threshold: int | None,
    *,
    stats: bool,
    drawn: bool = True,
) -> tuple[int, tuple[_ColumnStats, ...], tuple[_Row, ...]]:
    every = ", ".join(quote_ident(n) for n in names)
    hashed = f", {order} AS {_HASH}" if drawn else ""
    source = f"(SELECT {every}{hashed} FROM {scan})"
    rows = 0
    columns: list[_ColumnStats] = []
    parts: list[list[list[str | None]]] = []
    for start in range(0, len(names), CHUNK):
        chunk = [quote_ident(n) for n in names[start : start + CHUNK]]
        row = f"list_value({', '.join(f'CAST({c} AS VARCHAR)' for c in chunk)})"
        key = _HASH
        if threshold is not None:
            row = f"CASE WHEN {_HASH} < {threshold}::UBIGINT THEN {row} END"
            key = f"CASE WHEN {_HASH} < {threshold}::UBIGINT THEN {_HASH} END"
        select = ["count(*)", f"min_by({row}, {key}, {SAMPLE_ROWS})" if drawn else "NULL"]
        if stats:
            select += [
                f"count({c}), approx_count_distinct({c}), min({c})::VARCHAR, max({c})::VARCHAR"
                for c in chunk
            ]
        found = con.execute(f"SELECT {', '.join(select)} FROM {source}").fetchone()
        values = tuple(found) if found else (0, None)
        rows = _int(values[0])
        parts.append(list(values[1] or []))
        stats_values = values[2:]
        for i in range(0, len(stats_values), 4):
            nonnull, distinct, low, high = stats_values[i : i + 4]
            columns.append((_int(nonnull), _int(distinct), _text(low), _text(high)))
    joined = zip(*parts, strict=True)  # each chunk's rows in the same order: by row hash
    sample = tuple(tuple(value for part in pieces for value in part) for pieces in joined)
    return rows, tuple(columns), sample


def may_be_blank(stored: str, low: str | None, high: str | None) -> bool:
    """Whether a column can hold a value that ``trim`` empties, judged from its type and range.

    Such a value is empty or starts with a space (so it sorts before ``'!'``) or with a Unicode
    space, which ``trim`` also removes and which is not ASCII (so it sorts at or after
    ``'\\x80'``; byte order and code point order agree in UTF-8).
    """
    kind = stored.upper()
    if kind.startswith(_NEVER_BLANK):
        return False
    if kind != "VARCHAR":
        return True  # BLOB, ENUM, nested values: count them to be sure
    if low is None or high is None:
        return False
    return low < "!" or high >= "\x80"


def exact_counts(
    con: duckdb.DuckDBPyConnection,
    scan: str,
    names: Sequence[str],
    candidates: Mapping[int, Sequence[str]],
    blanks: Sequence[int],
    *,
    columnar: bool,
    distinct: Sequence[int] = (),
) -> tuple[dict[int, dict[str, int]], dict[int, int]]:
    """Pass two: each candidate's count and the blank count of the columns in ``blanks``.

    ``distinct`` (the first pass's estimate per column) lets a columnar scan count a column of
    few values whole, cheaper than testing every row against the candidates.
    """
    if not candidates and not blanks:
        return {}, {}
    if columnar:
        return _counts_by_column(con, scan, names, candidates, blanks, distinct)
    return _counts_in_one_scan(con, scan, names, candidates, blanks)


def _counts_by_column(
    con: duckdb.DuckDBPyConnection,
    scan: str,
    names: Sequence[str],
    candidates: Mapping[int, Sequence[str]],
    blanks: Sequence[int],
    distinct: Sequence[int],
) -> tuple[dict[int, dict[str, int]], dict[int, int]]:
    branches = []
    for index, values in candidates.items():
        column = quote_ident(names[index])
        text = f"CAST({column} AS VARCHAR)"
        if index < len(distinct) and distinct[index] <= _GROUPED:
            # every value's count (kept below for the candidates): a filter would test each
            # row, a grouping of a dictionary-encoded column reads each value once
            branches.append(
                f"SELECT {index} AS k, {text} AS v, count(*) AS n FROM {scan}"
                f" WHERE {column} IS NOT NULL GROUP BY ALL"
            )
            continue
        listed = ", ".join(sql_string(v) for v in values)
        branches.append(
            f"SELECT {index} AS k, {text} AS v, count(*) AS n FROM {scan}"
            f" WHERE {text} IN ({listed}) GROUP BY ALL"
        )
    for index in blanks:
        text = f"CAST({quote_ident(names[index])} AS VARCHAR)"
        branches.append(
            f"SELECT {index} AS k, NULL AS v, count(*) AS n FROM {scan} WHERE trim({text}) = ''"
        )
    wanted = {index: set(values) for index, values in candidates.items()}
    counts: dict[int, dict[str, int]] = {}
    blank_counts: dict[int, int] = {}
    for start in range(0, len(branches), CHUNK):
        sql = " UNION ALL ".join(branches[start : start + CHUNK])
        for k, v, n in con.execute(sql).fetchall():
            if v is None:
                blank_counts[int(k)] = int(n)
            elif str(v) in wanted[int(k)]:
                counts.setdefault(int(k), {})[str(v)] = int(n)
    return counts, blank_counts


def _counts_in_one_scan(
    con: duckdb.DuckDBPyConnection,
    scan: str,
    names: Sequence[str],
    candidates: Mapping[int, Sequence[str]],
    blanks: Sequence[int],
) -> tuple[dict[int, dict[str, int]], dict[int, int]]:
    wanted = [(i, "top") for i in candidates] + [(i, "blank") for i in blanks]
    counts: dict[int, dict[str, int]] = {}
    blank_counts: dict[int, int] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        select = []
        for index, kind in chunk:
            text = f"CAST({quote_ident(names[index])} AS VARCHAR)"
            if kind == "top":
                listed = ", ".join(sql_string(v) for v in candidates[index])
                select.append(f"histogram({text}) FILTER (WHERE {text} IN ({listed}))")
            else:
                select.append(f"count(*) FILTER (WHERE trim({text}) = '')")
        found = con.execute(f"SELECT {', '.join(select)} FROM {scan}").fetchone() or ()
        for (index, kind), value in zip(chunk, found, strict=True):
            if kind == "top":
                counts[index] = {str(v): int(n) for v, n in dict(value or {}).items()}
            else:
                blank_counts[index] = _int(value)
    return counts, blank_counts


def _int(value: object) -> int:
    return int(value) if isinstance(value, int | float) else 0


def _text(value: object) -> str | None:
    return None if value is None else str(value)
