"""A date column the profile read as Excel day numbers (``26345`` = 1972-02-16) is read the same
way by the quality checks, on every engine: ``valid_date`` no longer flags its days."""

from __future__ import annotations

from datetime import date, timedelta

import duckdb
import pytest
from date_reading_helpers import read_on_servers, valid_date_fails

from lienthong.profiling import EXCEL_EPOCH, infer_role, reads_day_numbers
from lienthong.quality._dialect import DIALECTS
from lienthong.quality._roles import DAY_NUMBERS, RoleColumn, flags_from_roles

#: (value, the day the profile's reading gives, as yyyy-mm-dd; None: not a day)
CASES = [
    ("26345", "1972-02-16"),
    ("26345.0", "1972-02-16"),
    (" 2 ", "1900-01-01"),
    ("73050", "2099-12-31"),
    ("1972-02-16", "1972-02-16"),  # a day written as a date in such a column still reads
    ("31/02/1972", "1972-02-31"),  # ... and an impossible one stays impossible
    ("99999", None),
    ("1", None),
    ("abc", None),
]


def _select(dialect: str, value: str) -> str:
    return f"SELECT {DIALECTS[dialect].iso_date_of_days(DIALECTS[dialect].literal(value))}"


def test_the_reading_is_the_profile_s() -> None:
    for value, iso in CASES[:4]:
        assert (EXCEL_EPOCH + timedelta(days=int(float(value)))).isoformat() == iso
    serials = [str((date(1950, 1, 1) - EXCEL_EPOCH).days + i * 97) for i in range(40)]
    found = infer_role("NgaySinh", serials)
    assert found.role == "birth_date" and reads_day_numbers(found.evidence)
    assert not reads_day_numbers(infer_role("NgaySinh", ["16/02/1972"] * 10).evidence)


@pytest.mark.parametrize(("value", "iso"), CASES)
def test_duckdb_reads_day_numbers(value: str, iso: str | None) -> None:
    assert duckdb.sql(_select("duckdb", value)).fetchone() == (iso,)


@pytest.mark.integration
def test_postgresql_and_mariadb_read_day_numbers_alike(pg_url: str, mariadb_url: str) -> None:
    got = read_on_servers(pg_url, mariadb_url, _select, [v for v, _ in CASES])
    assert got == {dialect: [iso for _, iso in CASES] for dialect in got}


def test_only_a_profile_that_read_day_numbers_flags_the_column() -> None:
    columns = {"NgaySinh": frozenset({"personal"}), "Ngay": frozenset({"personal"})}
    profiled = [
        RoleColumn("NgaySinh", "birth_date", 0.99, frozenset({DAY_NUMBERS})),
        RoleColumn("Ngay", "date", 0.99),
    ]
    flags, from_roles = flags_from_roles(columns, profiled, threshold=0.8)
    assert from_roles and DAY_NUMBERS in flags["NgaySinh"] and DAY_NUMBERS not in flags["Ngay"]


def test_valid_date_reads_day_numbers_only_where_the_profile_did() -> None:
    birth = frozenset({"birth_date"})
    assert valid_date_fails(birth, "26345")  # a bare number is no date elsewhere
    assert not valid_date_fails(birth | {DAY_NUMBERS}, "26345")
    assert valid_date_fails(birth | {DAY_NUMBERS}, "31/02/1972")  # a planted bad day
    assert valid_date_fails(birth | {DAY_NUMBERS}, "50000")  # 2036: in the future
