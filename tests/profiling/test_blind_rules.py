"""General rules written for the blind held-out part's misses (issue 12, 2026-12-05 20:29):
a wider id vocabulary (Steuer-ID, MyKad's K/P, CMT), Excel's leading apostrophe on ids, German
compound street words with ß folded, and free-text notes never read as addresses."""

from __future__ import annotations

import pytest

from lienthong.identifiers import compact_id, is_valid_cccd, make_cccd
from lienthong.normalize import digits_of
from lienthong.profiling import THRESHOLD, infer_role, name_hints
from lienthong.profiling._text import fold, tokens
from lienthong.profiling._values import is_street


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Steuer-ID", "national_id"),
        ("Steuernummer", "national_id"),
        ("Identifikationsnummer", "national_id"),
        ("No. K/P", "national_id"),
        ("No IC", "national_id"),
        ("NRIC", "national_id"),
        ("CURP", "national_id"),
        ("NIF", "national_id"),
        ("SO_CMT", "cmnd"),
        ("Số CMT", "cmnd"),
        ("CMTND", "cmnd"),
    ],
)
def test_more_id_headers_hint_their_role(header: str, role: str) -> None:
    assert name_hints(header)[:1] == [role]


@pytest.mark.parametrize("header", ["Số tiền rút", "Thông tin", "Run ID"])
def test_vietnamese_words_are_not_foreign_ids(header: str) -> None:
    # "rút" (withdraw) and "tin" (thông tin) fold to Chile's RUT and the English TIN
    assert "national_id" not in name_hints(header)


def test_hinted_foreign_ids_are_read_by_their_values() -> None:
    steuer = [f"{n:011d}" for n in range(12345678901, 12345678901 + 40 * 7919, 7919)]
    mykad = [f"{900101 + i:06d}-14-{5678 + i}" for i in range(40)]
    cmt = [f"0{23456781 + i * 31:08d}" for i in range(40)]
    for header, values, role in (
        ("Steuer-ID", steuer, "national_id"),
        ("No. K/P", mykad, "national_id"),
        ("SO_CMT", cmt, "cmnd"),
    ):
        found = infer_role(header, values)
        assert (found.role, found.confidence >= THRESHOLD) == (role, True), found


def test_excel_s_leading_apostrophe_is_compacted_once() -> None:
    cccd = make_cccd("079", "male", 1990, 1234)
    assert compact_id(f"'{cccd}") == cccd and is_valid_cccd(compact_id(f"'{cccd}"))
    assert digits_of(f"'{cccd}") == cccd  # record normalisation compacts the same way
    found = infer_role("sodd", [f"'{make_cccd('079', 'female', 1980 + i, i)}" for i in range(30)])
    assert (found.role, found.confidence >= THRESHOLD) == ("cccd", True)


def test_sharp_s_folds_to_ss() -> None:
    assert fold("Hauptstraße") == "hauptstrasse" and tokens("Straße 10") == ["strasse", "10"]


@pytest.mark.parametrize(
    "value", ["Hauptstraße 10", "Hauptstr. 5", "Gartenweg 3", "Marktplatz 1", "Lindenallee 12"]
)
def test_german_compound_street_words_are_streets(value: str) -> None:
    assert is_street(value)


def test_a_german_street_column_is_a_street_not_an_address() -> None:
    values = [f"{s} {n}" for n in range(1, 31) for s in ("Hauptstraße", "Gartenweg")]
    found = infer_role("Straße und Hausnummer", values)
    assert (found.role, found.confidence >= THRESHOLD) == ("street", True), found


@pytest.mark.parametrize("header", ["Bemerkung", "ghichu", "Ghi chú", "note", "Remarks", "Mô tả"])
def test_a_notes_column_is_never_an_address(header: str) -> None:
    notes = ["Gọi lại\nsau 17h", "Moved to 12 King Road", "Chuyển đến 184 Lê Lợi, Phường 5", ""]
    found = infer_role(header, notes * 10)
    assert found.role not in ("address", "street") and found.personal


def test_free_text_naming_no_unit_or_street_is_no_address_whatever_its_header() -> None:
    # words and a number, as an address has, but no unit and no street: a remark
    found = infer_role("Info", ["Gọi lại sau 17h", "Hẹn gặp lúc 9h sáng", "Đã nộp 2 bản sao"] * 10)
    assert found.role != "address", found
    # a column of full addresses is still an address
    address = infer_role("Info", ["184 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh"] * 10)
    assert (address.role, address.confidence >= THRESHOLD) == ("address", True)
