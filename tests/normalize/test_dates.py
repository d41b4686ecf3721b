"""Dates in the formats Vietnamese sector databases use, with the precision they carry."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lienthong.normalize import parse_date
from lienthong.normalize._sql import date_sql, year_sql


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05/03/1987", date(1987, 3, 5)),
        ("5/3/1987", date(1987, 3, 5)),
        ("5-3-1987", date(1987, 3, 5)),
        ("5/3/87", date(1987, 3, 5)),
        ("5/3/07", date(2007, 3, 5)),
        ("1987-03-05", date(1987, 3, 5)),
        ("1987-03-05T00:00:00", date(1987, 3, 5)),
        ("19870305", date(1987, 3, 5)),
    ],
)
def test_day_precision_formats(text: str, expected: date) -> None:
    parsed = parse_date(text)
    assert parsed is not None
    assert (parsed.value, parsed.precision) == (expected, "day")


def test_partial_dates_keep_their_precision() -> None:
    year = parse_date("1987")
    month = parse_date("03/1987")
    assert year is not None and (year.year, year.precision, year.value) == (1987, "year", None)
    assert month is not None and (month.year, month.month, month.precision) == (1987, 3, "month")


@pytest.mark.parametrize("text", ["31/02/1990", "abc", "", "13/1990", "99999999", "0001"])
def test_impossible_dates_are_none(text: str) -> None:
    assert parse_date(text) is None


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31)))
def test_every_format_of_a_date_reads_back_as_that_date(day: date) -> None:
    texts = [
        day.strftime("%d/%m/%Y"),
        f"{day.day}/{day.month}/{day.year}",
        day.isoformat(),
        day.strftime("%Y%m%d"),
    ]
    for text in texts:
        parsed = parse_date(text)
        assert parsed is not None and parsed.value == day
        assert parse_date(parsed.isoformat()) == parsed  # idempotent


# no deadline: DuckDB's first query parameter in a process imports pandas (~0.2 s)
@settings(deadline=None)
@given(st.lists(st.dates(min_value=date(1931, 1, 1), max_value=date(2030, 12, 31)), max_size=10))
def test_sql_twin_agrees(days: list[date]) -> None:
    texts = [d.strftime("%d/%m/%y") for d in days] + [d.strftime("%Y%m%d") for d in days]
    texts += ["1987", "03/1987", "31/02/1990", "junk"]
    con = duckdb.connect()
    con.execute("CREATE TABLE t (i INTEGER, v VARCHAR)")
    con.executemany("INSERT INTO t VALUES (?, ?)", list(enumerate(texts)))
    rows = con.execute(f"SELECT {date_sql('v')}, {year_sql('v')} FROM t ORDER BY i").fetchall()
    for text, (value, year) in zip(texts, rows, strict=True):
        parsed = parse_date(text)
        assert value == (parsed.value if parsed else None)
        assert year == (parsed.year if parsed else None)
