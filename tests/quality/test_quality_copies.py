"""Counting repeated keys without GROUP BY gives GROUP BY's counts, to the row.

``unique`` on a big DuckDB table counts copies with numpy (an array of counts for one integer
key; sorted 32-bit hashes and an exact SQL pass over the candidates for any other key). These
tests hold both ways to the plain ``GROUP BY … HAVING COUNT(*) > 1`` answer: on edge values,
on random tables (hypothesis), and with a hash so coarse that nearly every key collides, which
only the exact pass can sort out.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import duckdb
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lienthong.quality import _copies
from lienthong.quality._copies import (
    count_copies,
    repeated_values,
    rows_in_repeated_runs,
)


def _group_by(con: duckdb.DuckDBPyConnection, keys: tuple[str, ...]) -> tuple[int, int]:
    present = " AND ".join(f"{k} IS NOT NULL" for k in keys)
    row = con.execute(
        "SELECT COALESCE(SUM(n), 0), COALESCE(SUM(CASE WHEN n > 1 THEN n ELSE 0 END), 0) "
        f"FROM (SELECT COUNT(*) AS n FROM t WHERE {present} GROUP BY {', '.join(keys)})"
    ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def _fast(
    con: duckdb.DuckDBPyConnection, keys: tuple[str, ...], *, integer: bool, workers: int = 2
) -> tuple[int, int]:
    present = " AND ".join(f"t.{k} IS NOT NULL" for k in keys)
    copies = count_copies(
        con,
        "t",
        tuple(f"t.{k}" for k in keys),
        present,
        integer_key=integer,
        rows=int(con.execute("SELECT COUNT(*) FROM t").fetchall()[0][0]),
        workers=workers,
    )
    return copies.total, copies.repeated


def test_sorted_runs_and_repeated_values() -> None:
    ordered = np.array([1, 1, 2, 3, 3, 3, 4, 5, 5], dtype=np.uint32)
    assert rows_in_repeated_runs(ordered) == 7  # 1 1, 3 3 3, 5 5
    assert repeated_values(ordered).tolist() == [1, 3, 5]
    assert rows_in_repeated_runs(ordered[:1]) == 0
    assert repeated_values(np.array([7, 7, 7, 7], dtype=np.uint32)).tolist() == [7]
    assert repeated_values(np.array([], dtype=np.uint32)).tolist() == []


@pytest.mark.parametrize(
    ("sql_type", "values", "repeated"),
    [
        ("TINYINT", [-128, 127, -128, 0, None], 2),  # the whole range: offsets must not wrap
        ("BIGINT", [-(2**63), 2**63 - 1, 2**63 - 1], 2),  # too sparse for an array: sorted
        ("UBIGINT", [2**64 - 1, 2**64 - 2, 2**64 - 1, 2**64 - 3], 2),  # above BIGINT's range
        ("INTEGER", [5, 6, 7, 8], 0),
        ("BIGINT", [9], 0),
        ("BIGINT", [None, None], 0),
    ],
)
def test_integer_copies_on_edge_values(
    sql_type: str, values: list[int | None], repeated: int
) -> None:
    con = duckdb.connect()
    con.execute(f"CREATE TABLE t (code {sql_type})")
    con.executemany("INSERT INTO t VALUES (?)", [[v] for v in values])
    present = sum(v is not None for v in values)
    assert _fast(con, ("code",), integer=True) == (present, repeated) == _group_by(con, ("code",))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(-(2**63), 2**63 - 1) | st.integers(-50, 50), max_size=300))
def test_integer_copies_equal_counting_in_python(values: list[int]) -> None:
    con = duckdb.connect()
    con.execute("CREATE TABLE t (code BIGINT)")
    if values:
        con.executemany("INSERT INTO t VALUES (?)", [[v] for v in values])
    expected = sum(n for n in _tally(values).values() if n > 1)
    assert _fast(con, ("code",), integer=True) == (len(values), expected)


def _tally(values: list[Any]) -> dict[Any, int]:
    tally: dict[Any, int] = {}
    for v in values:
        tally[v] = tally.get(v, 0) + 1
    return tally


_text = st.sampled_from(["Nguyễn Văn A", "Nguyễn Văn A", "nguyễn văn a", "Lê Thị B", "", " "])
_rows = st.lists(
    st.tuples(
        st.none() | _text,
        st.none() | st.dates(date(1900, 1, 1), date(1900, 1, 20)),
        st.none() | st.sampled_from([0.0, -0.0, math.nan, -math.nan, 1.5]),
        st.none() | st.integers(-3, 3),
    ),
    max_size=120,
)


@settings(max_examples=60, deadline=None)
@given(_rows, st.sampled_from([1, 2, 4]))
def test_hashed_copies_equal_group_by_on_random_tables(
    rows: list[tuple[Any, ...]], workers: int
) -> None:
    con = duckdb.connect()
    con.execute("CREATE TABLE t (name VARCHAR, born DATE, score DOUBLE, code BIGINT)")
    if rows:
        con.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", rows)
    for keys in [("name", "born"), ("score",), ("name", "score", "code"), ("born",)]:
        assert _fast(con, keys, integer=False, workers=workers) == _group_by(con, keys)
    assert _fast(con, ("code",), integer=True) == _group_by(con, ("code",))


def test_collisions_are_dropped_by_the_exact_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a 2-bit hash almost every key is a candidate; the counts must not move."""
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE t AS SELECT 'Người ' || (i % 700) AS name, "
        "DATE '2000-01-01' + CAST(i % 3 AS INTEGER) AS born FROM range(5000) r(i) "
        "UNION ALL SELECT 'Độc nhất ' || i, DATE '1990-01-01' FROM range(300) r(i)"
    )
    expected = _group_by(con, ("name", "born"))
    monkeypatch.setattr(
        _copies, "_hash_sql", lambda keys, *, narrow: f"hash({', '.join(keys)}) >> 62"
    )
    assert _fast(con, ("name", "born"), integer=False) == expected
    assert expected == (5300, 5000)


@pytest.mark.parametrize("counted", [0, 1, 2_500_000, 3_000_000, 9_000_000])
def test_a_fetched_column_is_whole_however_many_rows_were_counted(counted: int) -> None:
    """The row count sizes the array; a source that grew since it was counted loses nothing."""
    con = duckdb.connect()
    column = _copies._column(con, "SELECT range AS v FROM range(3000000)", counted)
    assert column.tolist() == list(range(3_000_000))
    assert len(_copies._column(con, "SELECT 1 AS v WHERE false", counted)) == 0
