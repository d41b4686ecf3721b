"""A date column the profile proved month first (``03/25/1985``: some second field above 12, no
first one) is read month first by the quality checks too, on every engine, so ``valid_date``
and the birth-date checks judge the days the file meant; other columns stay day first."""

from __future__ import annotations

from datetime import date, timedelta

import duckdb
import pytest
from date_reading_helpers import read_on_servers, valid_date_fails
from hypothesis import given
from hypothesis import strategies as st

from lienthong.profiling import infer_role, reads_month_first
from lienthong.profiling._values import month_first_dates
from lienthong.quality import DatasetInfo
from lienthong.quality._dialect import DIALECTS
from lienthong.quality._model import CheckContext
from lienthong.quality._roles import MONTH_FIRST, RoleColumn, flags_from_roles

#: (value, the day a month-first reading gives, as yyyy-mm-dd; None: not a day)
CASES = [
    ("03/25/1985", "1985-03-25"),
    ("3/5/1985", "1985-03-05"),
    ("12-31-2001", "2001-12-31"),
    ("07.04.76", "1976-07-04"),  # two-digit year: the record normalisation's pivot
    ("1985-03-25", "1985-03-25"),  # an ISO day in such a column still reads
    ("02/30/1985", "1985-02-30"),  # ... and an impossible one stays impossible
    ("abc", None),
]


def _select(dialect: str, value: str) -> str:
    return f"SELECT {DIALECTS[dialect].iso_date_month_first(DIALECTS[dialect].literal(value))}"


def test_a_column_proves_its_order_or_stays_day_first() -> None:
    us = ["03/25/1985", "11/02/1990", "7/4/1976"]
    assert month_first_dates(us) == ["1985-03-25", "1990-11-02", "1976-07-04"]
    assert month_first_dates(["03/04/1985", "11/02/1990"]) is None  # nothing proves it
    assert month_first_dates(["25/03/1985", "03/25/1985"]) is None  # both orders: not one
    assert month_first_dates(["03/25/1985", "Nam"]) is None
    found = infer_role("Petsa ng Kapanganakan", [*us * 10, "12/13/1960"])
    assert found.role == "birth_date" and found.confidence >= 0.8
    assert reads_month_first(found.evidence)
    assert not reads_month_first(infer_role("NgaySinh", ["16/02/1972"] * 10).evidence)


@given(st.lists(st.dates(date(1900, 1, 1), date(2020, 12, 31)), min_size=1, max_size=30))
def test_month_first_reads_back_every_day(days: list[date]) -> None:
    proof = date(1980, 1, 13)  # day 13: only month first reads it
    written = [f"{d.month:02d}/{d.day:02d}/{d.year}" for d in [*days, proof]]
    assert month_first_dates(written) == [d.isoformat() for d in [*days, proof]]


@pytest.mark.parametrize(("value", "iso"), CASES)
def test_duckdb_reads_month_first(value: str, iso: str | None) -> None:
    assert duckdb.sql(_select("duckdb", value)).fetchone() == (iso,)


@pytest.mark.integration
def test_postgresql_and_mariadb_read_month_first_alike(pg_url: str, mariadb_url: str) -> None:
    got = read_on_servers(pg_url, mariadb_url, _select, [v for v, _ in CASES])
    assert got == {dialect: [iso for _, iso in CASES] for dialect in got}


def test_only_a_profile_that_read_month_first_flags_the_column() -> None:
    columns = {"dob": frozenset({"personal"}), "joined": frozenset({"personal"})}
    profiled = [
        RoleColumn("dob", "birth_date", 0.99, frozenset({MONTH_FIRST})),
        RoleColumn("joined", "date", 0.99),
    ]
    flags, from_roles = flags_from_roles(columns, profiled, threshold=0.8)
    assert from_roles and MONTH_FIRST in flags["dob"] and MONTH_FIRST not in flags["joined"]


def test_valid_date_reads_month_first_only_where_the_profile_did() -> None:
    birth = frozenset({"birth_date"})
    assert valid_date_fails(birth, "03/25/1985")  # day first, month 25 is no month
    assert not valid_date_fails(birth | {MONTH_FIRST}, "03/25/1985")
    assert valid_date_fails(birth | {MONTH_FIRST}, "02/30/1985")  # a planted bad day
    future = date(2026, 1, 1) + timedelta(days=400)
    assert valid_date_fails(birth | {MONTH_FIRST}, f"{future:%m/%d/%Y}")


def test_every_check_reads_a_flagged_column_as_the_profile_did() -> None:
    # freshness, near-duplicate keys and the CCCD cross-check all ask ctx.iso_date
    info = DatasetInfo("x.t", "A", "x", "duckdb", "t", {"updated": frozenset({MONTH_FIRST})})
    ctx = CheckContext(info, DIALECTS["duckdb"], lambda _d: "t", {info.id: info}, None,
                       date(2026, 1, 1))  # fmt: skip
    sql = f"SELECT {ctx.iso_date('updated')} FROM (SELECT '03/25/2025' AS updated) t"
    assert duckdb.sql(sql).fetchone() == ("2025-03-25",)
    assert ctx.iso_date("updated") == ctx.iso_of("updated")[1][1]
