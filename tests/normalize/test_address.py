"""Addresses: parsing tolerant of abbreviations, conversion checked against the official data.

The known-answer test builds an address for EVERY pre-2025 ward of former HCMC, Bình Dương and
Bà Rịa–Vũng Tàu from the official unit dataset, in five spellings, and checks that parsing and
converting gives exactly the official set of current wards.
"""

from __future__ import annotations

import unicodedata

import duckdb
import pytest

from lienthong.geo import OldWard, current_wards, new_wards_for_old, old_wards
from lienthong.normalize import convert_address, format_current, parse_address
from lienthong.normalize._sql import address_wards

_WARD_ABBR = {"Phường": "P.", "Xã": "X.", "Thị trấn": "TT."}
_DISTRICT_ABBR = {"Quận": "Q.", "Huyện": "H.", "Thành phố": "TP.", "Thị xã": "TX."}
_PROVINCE_ABBR = {"79": "TP.HCM", "74": "Bình Dương", "77": "BR-VT"}


def _strip(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("Đ", "D")


def _abbreviated(ward: OldWard) -> str:
    kind = next(k for k in _WARD_ABBR if ward.name.startswith(k))
    district_kind = next(k for k in _DISTRICT_ABBR if ward.district.startswith(k))
    short_ward = ward.name[len(kind) + 1 :]
    short_district = ward.district[len(district_kind) + 1 :]
    return (
        f"12 Đường số 3, {_WARD_ABBR[kind]}{short_ward}, "
        f"{_DISTRICT_ABBR[district_kind]} {short_district}, {_PROVINCE_ABBR[ward.province_code]}"
    )


def _spellings(ward: OldWard) -> list[str]:
    abbreviated = _abbreviated(ward)
    return [
        ward.address("12 Lê Lợi"),
        _strip(ward.address("45/2 Hẻm 3")).lower(),
        abbreviated,
        _strip(abbreviated),
        abbreviated.replace(",", ""),
        unicodedata.normalize("NFD", ward.address()),
    ]


def test_the_dataset_has_every_old_ward() -> None:
    wards = old_wards()
    assert len(wards) == 441
    assert {w.province_code for w in wards} == {"79", "74", "77"}


@pytest.mark.parametrize("ward", old_wards(), ids=lambda w: w.code)
def test_every_old_ward_converts_to_its_official_candidates(ward: OldWard) -> None:
    official = new_wards_for_old(ward.code)
    expected = {c.ward.code for c in official}
    for text in _spellings(ward):
        conversion = convert_address(text)
        assert conversion.format == "old", text
        assert set(conversion.codes) == expected, text
        assert conversion.split == (len(official) > 1), text
        assert conversion.codes[0] == official[0].ward.code  # default successor first


def test_split_wards_are_flagged() -> None:
    split = [w for w in old_wards() if len(new_wards_for_old(w.code)) > 1]
    assert split, "the official data has split wards"
    conversion = convert_address(split[0].address())
    assert conversion.split and len(conversion.candidates) > 1
    assert conversion.ward_code is None


@pytest.mark.parametrize("ward", current_wards()[::7], ids=lambda w: w.code)
def test_current_addresses_are_recognised(ward: object) -> None:
    from lienthong.geo import Ward

    assert isinstance(ward, Ward)
    for text in (ward.address("5 Nguyễn Huệ"), _strip(ward.address("5 Nguyen Hue")) + " "):
        conversion = convert_address(text)
        assert conversion.format == "current"
        assert ward.code in conversion.codes


def test_parse_splits_street_ward_district_province() -> None:
    parsed = parse_address("12 Lê Lợi, P. Bến Nghé, Q.1, TP.HCM")
    assert parsed.format == "old"
    assert parsed.street == "12 Lê Lợi"
    assert parsed.district == "Q.1"
    assert parsed.province == "TP.HCM"
    assert [w.name for w in parsed.old_wards] == ["Phường Bến Nghé"]


def test_format_current_writes_todays_address() -> None:
    text = "Phường Phú Cường, Thành phố Thủ Dầu Một, Tỉnh Bình Dương"
    assert format_current(convert_address(text)) == "Phường Thủ Dầu Một, Thành phố Hồ Chí Minh"


@pytest.mark.parametrize("text", [None, "", "không rõ", "12 Main Street, Springfield"])
def test_unknown_addresses_give_no_candidates(text: str | None) -> None:
    conversion = convert_address(text)
    assert conversion.format == "unknown"
    assert conversion.candidates == ()


def test_bulk_conversion_matches_one_by_one() -> None:
    texts = [w.address(f"{i} Lê Lợi") for i, w in enumerate(old_wards()[::5])]
    texts += [w.address(f"{i} Hai Bà Trưng") for i, w in enumerate(current_wards()[::5])]
    texts += ["không rõ", "12 Le Loi P.Ben Nghe Q.1 TP.HCM"]
    con = duckdb.connect()
    con.execute("CREATE TABLE people (addr VARCHAR)")
    con.executemany("INSERT INTO people VALUES (?)", [(t,) for t in texts])
    address_wards(con, "people", "addr", "wards")
    rows = dict(con.execute("SELECT address, ward_codes FROM wards").fetchall())
    assert len(rows) == len(set(texts))
    for text in texts:
        assert rows[text] == sorted(convert_address(text).codes), text
