"""The SQL twins of the identifier and date rules agree with their Python definitions."""

from __future__ import annotations

import re
from datetime import date

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lienthong.identifiers import CCCD_PROVINCES, is_valid_cccd, is_valid_mst, make_mst
from lienthong.normalize import parse_date
from lienthong.quality import CheckSpec, DatasetInfo
from lienthong.quality._dialect import DIALECTS
from lienthong.quality._kinds import check_kind
from lienthong.quality._model import CheckContext, RowQuery

DUCK = DIALECTS["duckdb"]
CON = duckdb.connect()
AS_OF = date(2026, 1, 1)

INFO = DatasetInfo(
    "x.t", "A", "x", "duckdb", "t",
    {"id": frozenset({"cccd"}), "sex": frozenset({"sex"}), "born": frozenset({"birth_date"}),
     "mst": frozenset({"mst"})},
)  # fmt: skip


def _fails(kind: str, column: str, row: dict[str, str | None]) -> bool:
    ctx = CheckContext(INFO, DUCK, lambda _d: "t", {INFO.id: INFO}, None, AS_OF)
    query = check_kind(kind).compile(CheckSpec(INFO.id, kind, (column,)), ctx)
    assert isinstance(query, RowQuery)
    values = ", ".join(
        f"{DUCK.literal(v) if v is not None else 'NULL'} AS {k}" for k, v in row.items()
    )
    derived = "".join(f", {expr} AS {alias}" for alias, expr in query.derived)
    sql = (
        f"SELECT ({query.applies}) AND ({query.fails}) FROM "
        f"(SELECT t.*{derived} FROM (SELECT {values}) t) t"
    )
    return bool(CON.execute(sql).fetchone()[0])  # type: ignore[index]


digits = st.text(alphabet="0123456789", min_size=0, max_size=14)
provinces = st.sampled_from(sorted(CCCD_PROVINCES))


@st.composite
def cccd_cases(draw: st.DrawFn) -> tuple[str, str, int]:
    year = draw(st.integers(1900, 2099))
    female = draw(st.booleans())
    digit = 2 * (year // 100 - 19) + int(female)
    if draw(st.booleans()):  # sometimes break the sex/century digit or the year digits
        digit = draw(st.integers(0, 9))
    number = f"{draw(provinces)}{digit}{year % 100:02d}{draw(st.integers(0, 999_999)):06d}"
    if draw(st.integers(0, 5)) == 0:
        number = draw(digits)
    return number, "Nữ" if female else "Nam", year


@settings(max_examples=60, deadline=None)
@given(cccd_cases())
def test_cccd_sql_matches_identifiers(case: tuple[str, str, int]) -> None:
    number, sex, year = case
    if re.fullmatch(r"[0-9]{9}", number) or not number:
        return  # legacy CMNDs and blanks are not judged by cccd_structure
    row = {"id": number, "sex": sex, "born": f"{year}-06-15", "mst": None}
    expected = is_valid_cccd(number, sex="female" if sex == "Nữ" else "male", birth_year=year)
    assert _fails("cccd_structure", "id", row) == (not expected)


@settings(max_examples=60, deadline=None)
@given(st.one_of(digits, st.integers(0, 99).flatmap(lambda p: st.integers(0, 9_999_999).map(
    lambda n: make_mst(f"{p:02d}", n) or "0000000000"))))  # fmt: skip
def test_mst_sql_matches_identifiers(number: str) -> None:
    if not number:
        return
    row = {"id": None, "sex": None, "born": None, "mst": number}
    assert _fails("mst_check_digit", "mst", row) == (not is_valid_mst(number))


@st.composite
def written_dates(draw: st.DrawFn) -> tuple[str, str]:
    y, m, d = draw(st.integers(1900, 2025)), draw(st.integers(1, 13)), draw(st.integers(1, 31))
    shape = draw(st.sampled_from(["{y:04d}-{m:02d}-{d:02d}", "{d}/{m}/{y:04d}",
                                  "{d:02d}-{m:02d}-{y:04d}", "{y:04d}/{m:02d}/{d:02d}",
                                  "{d:02d}.{m:02d}.{y:04d}", "{y:04d}{m:02d}{d:02d}",
                                  "{y:04d}.{m:02d}.{d:02d}"]))  # fmt: skip
    return shape.format(y=y, m=m, d=d), f"{y:04d}-{m:02d}-{d:02d}"


@settings(max_examples=80, deadline=None)
@given(written_dates())
def test_iso_date_reads_every_shape_the_silos_write(case: tuple[str, str]) -> None:
    text, iso = case
    assert CON.execute(f"SELECT {DUCK.iso_date(DUCK.literal(text))}").fetchone() == (iso,)


@pytest.mark.parametrize(
    ("text", "iso"),
    [("05-03-29", "2029-03-05"), ("5/3/45", "1945-03-05"), ("17.12.31", "1931-12-17")],
)
def test_iso_date_reads_two_digit_years_with_the_normalisation_pivot(text: str, iso: str) -> None:
    assert CON.execute(f"SELECT {DUCK.iso_date(DUCK.literal(text))}").fetchone() == (iso,)
    parsed = parse_date(text)
    assert parsed is not None and parsed.isoformat() == iso


def test_a_cccd_typed_in_groups_is_judged_as_its_digits() -> None:
    number = "079090000123"
    row = {"id": "079 090 000 123", "sex": "Nam", "born": "1990-06-15", "mst": None}
    assert is_valid_cccd(number, sex="male", birth_year=1990) and not _fails(
        "cccd_structure", "id", row
    )
    assert _fails("cccd_structure", "id", {**row, "id": "999 090 000 123"})


def test_a_cccd_with_excel_s_leading_apostrophe_is_judged_as_its_digits() -> None:
    row = {"id": "'079090000123", "sex": "Nam", "born": "1990-06-15", "mst": None}
    assert not _fails("cccd_structure", "id", row)
    assert _fails("cccd_structure", "id", {**row, "id": "'999090000123"})


GLOB_PATTERNS = ["^0[0-9]{9}$", "^[0-9]{12}$", "^[0-9]{9}$", "^C0[1-7]$", "^[+]84[0-9]{9}$",
                 "^[0-9]{2}[.][0-9]{2}[.][0-9]{4}$", "^[A-Z_]{2}-[0-9]{3}$", "^a\\.b\\*c$",
                 "^[a-z*?]{2}$"]  # fmt: skip
#: strings near the patterns' shapes, with the characters a byte-wise GLOB could misread
near_shapes = st.text(alphabet="0123456789+.-_*?[]\\aAbcZ ĐđữÀ\n\t", min_size=0, max_size=14)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(GLOB_PATTERNS), near_shapes)
def test_glob_shortcut_matches_what_the_regex_matches(pattern: str, value: str) -> None:
    from lienthong.quality._dialect import glob_for

    glob = glob_for(pattern)
    assert glob is not None, pattern
    literal = DUCK.literal(value)
    row = CON.execute(
        f"SELECT {literal} GLOB {DUCK.literal(glob)}, "
        f"REGEXP_MATCHES({literal}, {DUCK.literal(pattern)})"
    ).fetchone()
    assert row is not None and row[0] == row[1], (pattern, value, glob)


def test_patterns_a_glob_cannot_express_stay_regular_expressions() -> None:
    from lienthong.quality._dialect import glob_for

    for pattern in ["^[0-9]{1,2}$", "^0[0-9]+$", "0[0-9]{9}$", "^0[0-9]{9}", "^a|b$", "^.$",
                    "^[^0-9]$", "^[!a]$", "^[-a]$", "^[[:digit:]]$", "^(ab){2}$", "^đ$",
                    "^a\\$", "^\\d$", "^$"]:  # fmt: skip
        assert glob_for(pattern) is None, pattern


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.none(), st.text(alphabet=" ab\t", max_size=5)))
def test_present_and_blank_are_exact_opposites_of_the_trimmed_text(value: str | None) -> None:
    from lienthong.quality._sqlparts import blank, nonblank, trimmed, trimmed_in

    literal = "CAST(NULL AS VARCHAR)" if value is None else DUCK.literal(value)
    row = CON.execute(
        f"SELECT {nonblank(DUCK, literal)}, {blank(DUCK, literal)}, {trimmed(DUCK, literal)}, "
        f"{trimmed_in(DUCK, literal, ['a', 'b a'])}"
    ).fetchone()
    assert row is not None
    stripped = None if value is None else value.strip(" ")
    assert row[0] is (stripped is not None and stripped != "")
    assert row[1] is (stripped is None or stripped == "")
    assert row[2] == stripped
    assert row[3] == (None if value is None else stripped in ("a", "b a"))


@pytest.mark.parametrize("typed", ["ID: 079090000123", "id:079 090 000 123", "No. 079090000123"])
def test_a_cccd_with_a_label_before_it_is_judged_as_its_digits(typed: str) -> None:
    """The checks strip the label as compact_id does (profiling read the column as CCCDs)."""
    row = {"id": typed, "sex": "Nam", "born": "1990-06-15", "mst": None}
    assert not _fails("cccd_structure", "id", row)
    assert _fails("cccd_structure", "id", {**row, "id": typed.replace("079", "999", 1)})
