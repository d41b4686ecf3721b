"""CCCD: structure, consistency with the holder, and the 63 official province codes."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lienthong.errors import InputError
from lienthong.geo._dataset import data_dir
from lienthong.identifiers import (
    CCCD_PROVINCES,
    is_valid_cccd,
    make_cccd,
    parse_cccd,
    sex_century_digit,
)

provinces = st.sampled_from(sorted(CCCD_PROVINCES))
sexes = st.sampled_from(["male", "female"])
years = st.integers(min_value=1800, max_value=2299)
serials = st.integers(min_value=0, max_value=999_999)


def test_province_codes_are_the_63_official_pre_2025_provinces() -> None:
    conn = sqlite3.connect(data_dir() / "dataset.db")
    rows = conn.execute("SELECT DISTINCT provinceCode, province FROM admin_units_legacy").fetchall()
    conn.close()
    assert {f"0{code}": name for code, name in rows} == dict(CCCD_PROVINCES)
    assert len(CCCD_PROVINCES) == 63
    assert CCCD_PROVINCES["079"] == "Thành phố Hồ Chí Minh"


def test_a_known_number_reads_as_a_man_born_in_2003_in_hcmc() -> None:
    info = parse_cccd("079203123456")
    assert (info.province, info.sex, info.birth_year, info.serial) == (
        "Thành phố Hồ Chí Minh",
        "male",
        2003,
        "123456",
    )


@pytest.mark.parametrize(
    ("sex", "year", "digit"),
    [
        ("male", 1985, 0),
        ("female", 1985, 1),
        ("male", 2010, 2),
        ("female", 2010, 3),
        ("female", 2150, 5),
        ("male", 1899, 8),
    ],
)
def test_sex_century_digit_follows_the_decree(sex: str, year: int, digit: int) -> None:
    assert sex_century_digit(sex, year) == digit  # type: ignore[arg-type]


@given(provinces, sexes, years, serials)
def test_every_generated_cccd_round_trips(province: str, sex: str, year: int, serial: int) -> None:
    number = make_cccd(province, sex, year, serial)  # type: ignore[arg-type]
    info = parse_cccd(number)
    assert len(number) == 12 and number.isdigit()
    assert (info.province_code, info.sex, info.birth_year, int(info.serial)) == (
        province,
        sex,
        year,
        serial,
    )
    assert is_valid_cccd(number, sex=sex, birth_year=year)  # type: ignore[arg-type]


@given(provinces, years, serials)
def test_validation_catches_the_wrong_sex_or_birth_year(
    province: str, year: int, serial: int
) -> None:
    number = make_cccd(province, "female", year, serial)
    assert not is_valid_cccd(number, sex="male")
    assert not is_valid_cccd(number, birth_year=year + 1)


@pytest.mark.parametrize(
    "bad", ["", "07920312345", "0792031234567", "07920312345a", "000203123456", "079２03123456"]
)
def test_malformed_numbers_are_rejected_with_a_sentence(bad: str) -> None:
    assert not is_valid_cccd(bad)
    with pytest.raises(InputError, match="not a CCCD"):
        parse_cccd(bad)


def test_make_refuses_an_unknown_province() -> None:
    with pytest.raises(InputError, match="63 codes"):
        make_cccd("003", "male", 1990, 1)
