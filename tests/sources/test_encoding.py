"""Encodings agencies really hand over, detected without being told."""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Callable

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from lienthong.errors import EncodingError
from lienthong.names._data import (
    FAMILY_NAME_SHARES,
    GIVEN_NAMES_FEMALE,
    GIVEN_NAMES_MALE,
    MIDDLE_NAMES_FEMALE,
    MIDDLE_NAMES_MALE,
)
from lienthong.quality._corpus import to_cp1258
from lienthong.sources import decode_bytes
from lienthong.sources._encoding import _VIETNAMESE_ONLY, _looks_like_utf8

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY " + (
    "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)
#: Western letters whose Windows-1252 byte means the same thing in cp1258.
WESTERN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789éèêëàâäçîïôöûüÿñœæ€"

texts = st.text(
    alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=80
)


@given(texts)
def test_any_text_round_trips_through_utf8(text: str) -> None:
    assert decode_bytes(text.encode("utf-8")).text == text


@given(texts)
def test_any_text_round_trips_through_utf8_with_bom(text: str) -> None:
    decoded = decode_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    assert (decoded.text, decoded.encoding) == (text, "utf-8-sig")


@given(texts, st.sampled_from(["utf-16", "utf-16-le", "utf-16-be"]))
def test_any_text_round_trips_through_utf16_with_bom(text: str, encoding: str) -> None:
    bom = {"utf-16": b"", "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}
    assert decode_bytes(bom[encoding] + text.encode(encoding)).text.lstrip("\ufeff") == text


#: Vietnamese words (names, and words of addresses and forms), as cp1258 files hold them.
_WORDS = sorted(
    {family for family, _ in FAMILY_NAME_SHARES}
    | {middle for middle, _ in MIDDLE_NAMES_MALE + MIDDLE_NAMES_FEMALE}
    | set(GIVEN_NAMES_MALE + GIVEN_NAMES_FEMALE)
    | set(
        [
            "Phường",
            "Quận",
            "Huyện",
            "Xã",
            "Ấp",
            "Đường",
            "Số",
            "Ngày",
            "sinh",
            "Địa",
            "chỉ",
            "Họ",
            "tên",
            "Giới",
            "tính",
            "Nữ",
        ]
    )
)
vietnamese_texts = st.lists(
    st.sampled_from(_WORDS).map(lambda w: w if len(w.split()) == 1 else w.split()[0]),
    min_size=1,
    max_size=12,
).map(" ".join)


@given(vietnamese_texts, st.sampled_from([str, str.upper, str.lower]))
def test_vietnamese_text_round_trips_through_cp1258_as_nfc(
    words: str, case: Callable[[str], str]
) -> None:
    text = case(words)
    # a letter only Vietnamese writes (a text of à, é alone reads as any Latin code page)
    assume(any(ch in _VIETNAMESE_ONLY for ch in unicodedata.normalize("NFC", text)))
    assert decode_bytes(to_cp1258(text)).text == unicodedata.normalize("NFC", text)


@given(st.text(alphabet=VIETNAMESE, min_size=1, max_size=80))
def test_any_text_of_vietnamese_letters_reads_as_one_of_the_two_code_pages(text: str) -> None:
    # a soup of Vietnamese letters (``ăo``, ``ađ``) is no Vietnamese spelling: cp1258 or, when
    # its spelling is Western (Portuguese ``ão`` read ``ăo``), Windows-1252; never an error
    assume(any(ord(ch) > 127 for ch in text))
    decoded = decode_bytes(to_cp1258(text))
    assert decoded.encoding in {"cp1258", "cp1252"}
    if decoded.encoding == "cp1258":
        assert decoded.text == unicodedata.normalize("NFC", text)


@given(st.text(alphabet=WESTERN, min_size=1, max_size=80))
def test_western_text_round_trips_through_windows_1252(text: str) -> None:
    assume(any(ord(ch) > 127 for ch in text))
    data = text.encode("cp1252")
    # "âœœ" is e2 9c 9c, UTF-8's "✜": bytes that read as UTF-8 (or start as it) are UTF-8
    try:
        data.decode("utf-8")
        assume(False)
    except UnicodeDecodeError as exc:
        assume(not _looks_like_utf8(data[: exc.start]))
    assert decode_bytes(data).text == text


def test_a_real_cp1258_name_is_read_as_vietnamese() -> None:
    decoded = decode_bytes(to_cp1258("Nguyễn Thị Ánh Tuyết;Phường Bến Nghé"))
    assert decoded.encoding == "cp1258"
    assert decoded.text == "Nguyễn Thị Ánh Tuyết;Phường Bến Nghé"


def test_vietnamese_abbreviations_with_d_inside_stay_cp1258() -> None:
    """``HĐTN``, ``QĐ-UBND``, ``NĐ-CP``: capital Đ inside an abbreviation is Vietnamese, not
    Icelandic ð read as cp1258 (blind 38's state-housing leases were read as Windows-1252)."""
    text = "Họ tên người thuê;Số hợp đồng;Ghi chú\n"
    text += "".join(f"Trần Văn Đức;{n}/HĐTN-2024;Theo QĐ-UBND số {n}\n" for n in range(1, 40))
    decoded = decode_bytes(to_cp1258(text))
    assert (decoded.encoding, decoded.text) == ("cp1258", text)


def test_text_that_no_supported_encoding_reads_is_an_encoding_error() -> None:
    # 0x81 and 0x8D are undefined in both Windows code pages and invalid UTF-8.
    with pytest.raises(EncodingError, match="not in a text encoding"):
        decode_bytes(b"ma;ten\n1;\x81\x8d\x8f\x90\n")


def test_damaged_utf8_is_reported_instead_of_read_as_mojibake() -> None:
    data = "Nguyễn Văn An\n".encode() + b"Tr\xe1n\n"
    with pytest.raises(EncodingError, match="looks like UTF-8"):
        decode_bytes(data)


def test_binary_files_are_not_text() -> None:
    with pytest.raises(EncodingError, match="binary"):
        decode_bytes(b"\x00\x01\x02\x03\x00\x00\xff\x00\x10")
