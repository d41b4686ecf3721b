"""Profiling a table in DuckDB: statistics on every row in SQL, roles on a bounded sample.

Two passes over the table at most (see :mod:`lienthong.profiling._passes`): one aggregate for
counts, nulls, distinct counts, min/max and a repeatable row sample, then exact counts of the
blanks and of the top-value candidates the sample found. Role detection reads at most
:data:`SAMPLE_ROWS` rows, the same ones on every run. Nothing is loaded into Python but
aggregates and the sample.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

import duckdb

from lienthong.errors import InputError
from lienthong.profiling._context import in_context
from lienthong.profiling._infer import THRESHOLD, Inference, infer_role
from lienthong.profiling._model import ColumnProfile, DatasetProfile
from lienthong.profiling._passes import (
    RUN,
    Stats,
    exact_counts,
    first_pass,
    may_be_blank,
    plan,
)
from lienthong.profiling._shape import shape
from lienthong.profiling._values import (
    DETECTORS,
    month_first_dates,
    month_name_dates,
    parse_date,
)
from lienthong.sources import Connector
from lienthong.sources._duckdb import duckdb_connect

_TOP = 5
#: Values a sample must show at least twice to be counted as a possible top value.
_CANDIDATES = 10
_DECIMAL = re.compile(r"-?[0-9]{1,15}(\.[0-9]{1,15})?")


#: Roles whose format a column name never has: a header cell that fits one is a value.
_VALUE_ROLES = ("cccd", "mst", "bhyt", "phone", "email", "date", "birth_date", "timestamp")


def profile_dataset(
    connector: Connector, table: str, *, dataset: str | None = None
) -> DatasetProfile:
    """Profile ``table`` of an open source; ``dataset`` (``source.table``) names the result.

    A SQLite column may hold values of any type whatever it was declared as; DuckDB refuses to
    read such a column as its declared type, so the table is profiled again read as text.
    Any other value DuckDB cannot read is an :class:`InputError` naming the table.
    """
    con = duckdb_connect()
    try:
        scan = connector.duckdb_scan(con, table)
        try:
            return profile_scan(con, scan, dataset or table)
        except duckdb.TypeMismatchException as exc:
            if connector.kind != "sqlite":
                raise _unreadable(table, exc) from exc
        con.execute("SET sqlite_all_varchar = true")
        return profile_scan(con, connector.duckdb_scan(con, table), dataset or table)
    except (duckdb.ConversionException, duckdb.TypeMismatchException) as exc:
        raise _unreadable(table, exc) from exc
    finally:
        con.close()


def _unreadable(table: str, exc: Exception) -> InputError:
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return InputError(
        f"The table {table} cannot be profiled: {first}",
        hint="Fix or remove the values named, or declare the column as text, and try again.",
    )


def header_values(profile: DatasetProfile) -> list[str]:
    """Column names that are values of their own column's format (a CCCD, a date, an e-mail):
    the first row of a file without a header row, read as one."""
    return [
        column.name
        for column in profile.columns
        if column.role in _VALUE_ROLES
        and column.confidence >= THRESHOLD
        and DETECTORS[column.role](column.name)
    ]


def profile_scan(con: duckdb.DuckDBPyConnection, scan: str, dataset: str) -> DatasetProfile:
    """Profile any DuckDB relation expression (a table, a view, ``read_csv(...)``)."""
    described = con.execute(f"DESCRIBE SELECT * FROM {scan}").fetchall()
    names = [str(row[0]) for row in described]
    types = [str(row[1]) for row in described]
    planned = plan(con, scan, names)
    stats = first_pass(con, scan, names, planned)
    whole = len(stats.sample) >= stats.rows  # the sample is every row: count it directly
    values = [
        [value for row in stats.sample if (value := row[index]) is not None]
        for index in range(len(names))
    ]
    candidates = {} if whole else _candidates(values)
    blank_columns = [
        index
        for index, (stored, (_, _, low, high)) in enumerate(zip(types, stats.columns, strict=True))
        if may_be_blank(stored, low, high)
    ]
    # the roles are read from the sample while DuckDB counts (it lets go of the GIL)
    with ThreadPoolExecutor(max_workers=1) as pool:
        understanding = pool.submit(
            lambda: [
                _understood(name, stored, values[index], stats.columns[index][1])
                for index, (name, stored) in enumerate(zip(names, types, strict=True))
            ]
        )
        counts, blanks = exact_counts(
            con,
            scan,
            names,
            candidates,
            blank_columns,
            columnar=planned.columnar,
            distinct=[distinct for _, distinct, _, _ in stats.columns],
        )
        understood = understanding.result()
    settled = in_context(names, [inferred for _, inferred, _ in understood], values)
    columns = []
    for index, (name, stored) in enumerate(zip(names, types, strict=True)):
        nonnull, distinct, low, high = stats.columns[index]
        column_values = values[index]
        meant, _, shapes = understood[index]
        inferred = settled[index]
        found = Counter(column_values) if whole else counts.get(index, {})
        columns.append(
            ColumnProfile(
                name=name,
                stored_type=stored,
                meant_type=meant,
                rows=stats.rows,
                nulls=stats.rows - nonnull,
                blanks=blanks.get(index, 0),
                distinct=distinct,
                min=None if low is None else low[:100],
                max=None if high is None else high[:100],
                top_values=_top(found),
                shapes=shapes,
                role=inferred.role,
                confidence=inferred.confidence,
                evidence=inferred.evidence + _sampling(stats, whole),
                personal=inferred.personal,
            )
        )
    return DatasetProfile(dataset, stats.rows, len(stats.sample), tuple(columns))


def _understood(
    name: str, stored: str, values: Sequence[str], distinct: int
) -> tuple[str, Inference, tuple[tuple[str, float], ...]]:
    """What the sample says of one column: its meant type, its role, its value shapes."""
    meant = _meant_type(stored, values)
    inferred = infer_role(name, values, stored_type=meant, distinct=distinct)
    return meant, inferred, _shapes(values)


def _candidates(values: Sequence[Sequence[str]]) -> dict[int, list[str]]:
    """Per column, the values the sample holds twice or more, commonest first: the possible
    top values, whose counts pass two takes over every row. A value on 0.5 % of the rows is
    missed with odds of about 1 in 20,000 (``(1 - 0.005) ** 2000``)."""
    found = {}
    for index, column in enumerate(values):
        seen = Counter(column)
        common = sorted((v for v, n in seen.items() if n >= 2), key=lambda v: (-seen[v], v))
        if common:
            found[index] = common[:_CANDIDATES]
    return found


def _top(counts: dict[str, int] | Counter[str]) -> tuple[tuple[str, int], ...]:
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:_TOP]
    return tuple((value[:100], int(n)) for value, n in ranked)


def _sampling(stats: Stats, whole: bool) -> tuple[str, ...]:
    if whole:
        return ()
    return (
        f"roles from a sample of {len(stats.sample):,} of {stats.rows:,} rows (the runs of {RUN}"
        " rows with the smallest hash of their position, or the rows with the smallest hash of"
        " their values); top values are those it holds twice or more, counted over every row;"
        " distinct is approximate (HyperLogLog)",
    )


def _shapes(values: Sequence[str]) -> tuple[tuple[str, float], ...]:
    if not values:
        return ()
    counts: Counter[str] = Counter()
    for value, n in Counter(values).items():  # each distinct value shaped once
        counts[shape(value)] += n
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
    dated = 0
    for seen, value in enumerate(filled, start=1):  # stop once it cannot reach nine in ten
        dated += parse_date(value) is not None
        if seen - dated > 0.1 * len(filled):
            break
    else:
        return "DATE"
    if month_first_dates(filled) or month_name_dates(filled):
        return "DATE"
    if all(_DECIMAL.fullmatch(v.strip()) for v in filled) and any("." in v for v in filled):
        return "DOUBLE"
    return stored
