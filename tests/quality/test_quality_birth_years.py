"""A birth date column of bare years (``Năm sinh``: old registers know only the year of birth
of older people), read alike by profiling and by the checks on every engine: a year is its 1st
of January, a full date among them is read as a date; a bare year is a date only under a
birth header, and never a day number."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest
from date_reading_helpers import read_on_servers, valid_date_fails

from lienthong.profiling import infer_role, reads_birth_years
from lienthong.profiling._values import birth_years
from lienthong.quality._dialect import DIALECTS
from lienthong.quality._roles import BIRTH_YEARS

CASES = [
    ("1948", "1948-01-01"),
    ("1948.0", "1948-01-01"),
    ("12/03/1985", "1985-03-12"),
    ("1985-03-12", "1985-03-12"),
    ("0948", None),
    ("19480", None),
]


def _select(dialect: str, value: str) -> str:
    return f"SELECT {DIALECTS[dialect].iso_date_of_years(DIALECTS[dialect].literal(value))}"


@pytest.mark.parametrize(("value", "iso"), CASES)
def test_duckdb_reads_a_year_as_its_first_day(value: str, iso: str | None) -> None:
    assert duckdb.sql(_select("duckdb", value)).fetchone() == (iso,)


@pytest.mark.integration
def test_postgresql_and_mariadb_read_them_alike(pg_url: str, mariadb_url: str) -> None:
    got = read_on_servers(pg_url, mariadb_url, _select, [v for v, _ in CASES])
    assert got == {dialect: [iso for _, iso in CASES] for dialect in got}


def test_profiling_reads_years_of_birth_only_under_a_birth_header() -> None:
    years = [str(1930 + i % 70) for i in range(120)]
    found = infer_role("NĂM SINH", years)
    assert found.role == "birth_date" and reads_birth_years(found.evidence)
    mixed = years[:70] + [f"{1 + i % 28:02d}/{1 + i % 12:02d}/{1950 + i}" for i in range(50)]
    assert reads_birth_years(infer_role("Year of birth", mixed).evidence)
    assert infer_role("Năm", years).role != "birth_date"  # "year" of what?
    assert not reads_birth_years(infer_role("Ngày cấp", years).evidence)


def test_years_after_this_one_or_a_minority_of_years_are_not_read() -> None:
    today = date(2026, 12, 6)
    assert birth_years(["1950", "1960", "1970"], today) == [
        "1950-01-01",
        "1960-01-01",
        "1970-01-01",
    ]
    assert birth_years(["1950", "2031"], today) is None
    assert birth_years(["2031", "2032"], today) is None
    dates = [f"{1 + i % 28:02d}/{1 + i % 12:02d}/{1950 + i}" for i in range(10)]
    assert birth_years(["1950", *dates], today) is None
    assert birth_years(["1950", "1960", "garbage"], today) is None


def test_the_valid_date_check_accepts_a_year_and_judges_a_date() -> None:
    flags = frozenset({"birth_date", BIRTH_YEARS})
    assert not valid_date_fails(flags, "1948")
    assert valid_date_fails(flags, "31/02/1985")
    assert valid_date_fails(frozenset({"birth_date"}), "1948")  # not read without the flag


def test_a_minority_of_years_among_dates_is_read_too() -> None:
    # years for those born before 1955, full dates for the rest (a residence register)
    older = [str(1930 + i % 25) for i in range(30)]
    younger = [f"{1 + i % 28:02d}/{1 + i % 12:02d}/{1955 + i % 60}" for i in range(90)]
    found = infer_role("Ngày sinh", older + younger)
    assert found.role == "birth_date" and reads_birth_years(found.evidence)
    assert found.confidence >= 0.95
    # a lone year among many dates is a defect to flag, not a way of writing
    lone = ["1948", *younger]
    assert not reads_birth_years(infer_role("Ngày sinh", lone).evidence)
