"""A date column written with month names (``13 Oct 1978``, ``Oct 13, 1978``, ``1978-Oct-13``,
``13.Okt.1978``, ``13 de octubre de 1978``) is read by profiling and, where the profile read
it so, by the quality checks on every engine, from one table of names and one list of steps:
``valid_date`` and the birth-date checks judge the days the file meant."""

from __future__ import annotations

from datetime import date, timedelta

import duckdb
import pytest
from date_reading_helpers import read_on_servers, valid_date_fails
from hypothesis import given, settings
from hypothesis import strategies as st

from lienthong.profiling import MONTH_NAMES, infer_role, reads_month_first, reads_month_names
from lienthong.profiling._profile import _meant_type
from lienthong.profiling._values import TWO_DIGIT_PIVOT, month_name_dates
from lienthong.quality._dialect import DIALECTS
from lienthong.quality._roles import MONTH_NAMES as MONTH_NAMES_FLAG
from lienthong.quality._roles import RoleColumn, flags_from_roles

#: (value, the day it names as yyyy-mm-dd, whether the Python month-name reading reads it)
CASES = [
    ("13 Oct 1978", "1978-10-13", True),
    ("13-Oct-1978", "1978-10-13", True),
    ("13 October 1978", "1978-10-13", True),
    ("Oct 13, 1978", "1978-10-13", True),
    ("October 13 1978", "1978-10-13", True),
    ("1978-Oct-13", "1978-10-13", True),
    ("13.Okt.1978", "1978-10-13", True),
    ("13OCT1978", "1978-10-13", True),  # SAS's DATE9
    ("5-jan-78", "1978-01-05", True),  # two-digit year: the record normalisation's pivot
    ("5-jan-29", "2029-01-05", True),
    ("Sept. 5, 2001", "2001-09-05", True),
    ("13th October, 1978", "1978-10-13", True),
    ("13thOct 1978", "1978-10-13", True),
    ("1er août 1985", "1985-08-01", True),
    ("5 févr. 2001", "2001-02-05", True),
    ("3 MÄRZ 1990", "1990-03-03", True),
    ("13 de octubre de 1978", "1978-10-13", True),
    ("2 dez. 1999", "1999-12-02", True),
    ("12 mrt 2020", "2020-03-12", True),
    ("7 giu 1965", "1965-06-07", True),
    ("31 Feb 1985", "1985-02-31", True),  # an impossible day stays impossible
    ("1985年03月12日", "1985-03-12", True),  # East Asian: year, month, day markers
    ("1985年3月12日", "1985-03-12", True),
    ("1985 年 3 月 12 日", "1985-03-12", True),
    ("1985년 3월 12일", "1985-03-12", True),
    ("1985.03.12.", "1985-03-12", True),  # Korean: a dot after the day
    ("1985. 3. 12.", "1985-03-12", True),
    ("1985年3月", None, False),
    ("3月12日", None, False),
    ("13/10/1978", "1978-10-13", False),  # a numeric day in such a column still reads
    ("1978-10-13", "1978-10-13", False),
    ("October 1978", None, False),  # no day
    ("13 #10 1978", None, False),
    ("Mai", None, False),
    ("abc", None, False),
]

#: how a day may be written: (format, whether the year has two digits)
_FORMATS = [
    "{d} {mon} {y}",
    "{d:02d}-{mon}-{y}",
    "{d} {month} {y}",
    "{mon} {d}, {y}",
    "{month} {d} {y}",
    "{y}-{mon}-{d:02d}",
    "{d:02d}.{mon}.{y}",
    "{d:02d}{mon}{y}",
    "{d} de {month} de {y}",
    "{y}年{m}月{d}日",
    "{y}년 {m:02d}월 {d}일",
    "{y}. {m}. {d}.",
]
_ENGLISH = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


def _select(dialect: str, value: str, reading: str = "iso_date_month_names") -> str:
    """``value`` read as a column's value by the dialect's ``reading`` (DuckDB folds the whole
    expression over a literal before it runs, five times slower than reading a column)."""
    sql = DIALECTS[dialect]
    read = getattr(sql, reading)("v")
    return f"SELECT {read} FROM (SELECT {sql.literal(value)} AS v) AS t"


def test_a_column_written_with_month_names_reads_as_days() -> None:
    written = ["13 Oct 1978", "Oct 2, 1990", "1976-Jul-04"]
    assert month_name_dates(written) == ["1978-10-13", "1990-10-02", "1976-07-04"]
    # a few numeric days among them are left for the ordinary reading
    assert month_name_dates([*written, "13/10/1978"]) == [
        "1978-10-13", "1990-10-02", "1976-07-04", "13/10/1978"
    ]  # fmt: skip
    assert month_name_dates(["13 Oct 1978", "Nam"]) is None
    assert month_name_dates(["13/10/1978", "14/10/1978", "1 Oct 1978"]) is None  # few names
    assert month_name_dates(["Mai", "Lan", "Hoa"]) is None
    assert month_name_dates([]) is None
    found = infer_role("Date of Birth", [*written * 10, "12 December 1960"])
    assert found.role == "birth_date" and found.confidence >= 0.8
    assert reads_month_names(found.evidence) and not reads_month_first(found.evidence)
    assert not reads_month_names(infer_role("NgaySinh", ["16/02/1972"] * 10).evidence)
    assert _meant_type("VARCHAR", written) == "DATE"
    assert _meant_type("VARCHAR", ["Mai", "Lan"]) == "VARCHAR"


def test_the_table_names_each_month_in_every_language_once() -> None:
    names = dict(MONTH_NAMES)
    assert len(names) == len(MONTH_NAMES)
    for month, english in enumerate(_ENGLISH, 1):
        assert names[english.lower()] == month and names[english[:3].lower()] == month
    assert names["okt"] == names["ott"] == names["out"] == 10
    assert names["mrt"] == names["märz"] == names["mars"] == 3
    assert names["janv"] == names["ene"] == names["gen"] == 1
    lengths = [len(name) for name, _ in MONTH_NAMES]
    assert lengths == sorted(lengths, reverse=True)  # longest first: march before mar


@given(
    st.lists(
        st.tuples(
            st.dates(date(1900, 1, 1), date(2030, 12, 31)),
            st.sampled_from(_FORMATS),
            st.sampled_from([str.lower, str.upper, str.title]),
        ),
        min_size=1,
        max_size=20,
    )
)
def test_month_names_read_back_every_day(days: list[tuple[date, str, object]]) -> None:
    written = [
        case(form.format(d=day.day, y=day.year, mon=_ENGLISH[day.month - 1][:3],  # type: ignore[operator]
                         month=_ENGLISH[day.month - 1], m=day.month))
        for day, form, case in days
    ]  # fmt: skip
    assert month_name_dates(written) == [day.isoformat() for day, _, _ in days]


@settings(max_examples=20, deadline=None)
@given(st.dates(date(1900, 1, 1), date(2030, 12, 31)), st.sampled_from(_FORMATS))
def test_duckdb_reads_every_form_as_python_does(day: date, form: str) -> None:
    month = _ENGLISH[day.month - 1]
    written = form.format(d=day.day, y=day.year, mon=month[:3], month=month, m=day.month).upper()
    assert duckdb.sql(_select("duckdb", written)).fetchone() == (day.isoformat(),)


_WORDS = [name for name, _ in MONTH_NAMES[::7]]
_BITS = [
    "Oct", "MÄRZ", "13", "5", "1978", "78", "2001", "年", "月", "日", "년", "월", "일",
    " ", "-", ".", "/", ", ", "th", " de ", "#", "x",
]  # fmt: skip
_PIECES = st.sampled_from([*_WORDS, *_BITS])


@settings(max_examples=30, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=7).map("".join))
def test_sql_and_python_agree_on_any_text(written: str) -> None:
    named = month_name_dates([written])
    ordinary = _select("duckdb", written, "iso_date")
    expected = named[0] if named else duckdb.sql(ordinary).fetchone()[0]  # type: ignore[index]
    assert duckdb.sql(_select("duckdb", written)).fetchone() == (expected,)


@given(st.dates(date(1950, 1, 1), date(2049, 12, 31)))
def test_two_digit_years_follow_the_pivot(day: date) -> None:
    yy = day.year % 100
    meant = day.replace(year=(1900 if yy > TWO_DIGIT_PIVOT else 2000) + yy)
    written = f"{day.day:02d}-{_ENGLISH[day.month - 1][:3].upper()}-{yy:02d}"
    assert month_name_dates([written]) == [meant.isoformat()]


@pytest.mark.parametrize(("value", "iso", "named"), CASES)
def test_duckdb_reads_month_names_as_python_does(value: str, iso: str | None, named: bool) -> None:
    assert duckdb.sql(_select("duckdb", value)).fetchone() == (iso,)
    assert month_name_dates([value]) == ([iso] if named else None)


@pytest.mark.integration
def test_postgresql_and_mariadb_read_month_names_alike(pg_url: str, mariadb_url: str) -> None:
    got = read_on_servers(pg_url, mariadb_url, _select, [v for v, _, _ in CASES])
    assert got == {dialect: [iso for _, iso, _ in CASES] for dialect in got}


def test_only_a_profile_that_read_month_names_flags_the_column() -> None:
    columns = {"dob": frozenset({"personal"}), "joined": frozenset({"personal"})}
    profiled = [
        RoleColumn("dob", "birth_date", 0.99, frozenset({MONTH_NAMES_FLAG})),
        RoleColumn("joined", "date", 0.99),
    ]
    flags, from_roles = flags_from_roles(columns, profiled, threshold=0.8)
    assert from_roles and MONTH_NAMES_FLAG in flags["dob"]
    assert MONTH_NAMES_FLAG not in flags["joined"]


def test_valid_date_reads_month_names_only_where_the_profile_did() -> None:
    birth = frozenset({"birth_date"})
    named = birth | {MONTH_NAMES_FLAG}
    assert valid_date_fails(birth, "13 Oct 1978")  # no day the ordinary reading knows
    assert not valid_date_fails(named, "13 Oct 1978")
    assert not valid_date_fails(named, "Oct 13, 1978")
    assert not valid_date_fails(named, "13/10/1978")  # a numeric day still reads
    assert valid_date_fails(named, "31 Feb 1985")  # a planted bad day
    future = date(2026, 1, 1) + timedelta(days=400)
    assert valid_date_fails(named, f"{future:%d %b %Y}")
