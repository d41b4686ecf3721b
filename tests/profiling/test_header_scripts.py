"""Headers in scripts other than Latin: romanised before folding, so the lexicon's romanised
terms read Cyrillic and Greek headers, and its terms written in their own script read Arabic,
Chinese, Korean and Thai ones; a run of characters written without spaces is one word."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lienthong.profiling import name_hints
from lienthong.profiling._text import romanise, tokens


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Дата рождения", "birth_date"),
        ("Фамилия", "family_name"),
        ("ΗΜΕΡΟΜΗΝΙΑ ΓΕΝΝΗΣΗΣ", "birth_date"),
        ("Επώνυμο", "family_name"),
        ("رقم الهوية", "national_id"),
        ("تاريخ الميلاد", "birth_date"),
        ("身份证号码", "national_id"),
        ("生年月日", "birth_date"),
        ("주민등록번호", "national_id"),
        ("เลขประจำตัวประชาชน", "national_id"),
        ("fullNm", "full_name"),
    ],
)
def test_a_header_in_any_script_gets_its_hint(header: str, role: str) -> None:
    assert name_hints(header)[0] == role


def test_a_syllable_never_spells_a_vietnamese_word() -> None:
    # 호 romanises "ho", Vietnamese "họ" (family name): inside a longer Korean word it is not
    assert tokens("주민등록번호") == ["jumindeunglogbeonho"]
    assert "family_name" not in name_hints("주민등록번호")


def test_latin_text_folds_as_before() -> None:
    assert tokens("Nguyễn Văn Đức") == ["nguyen", "van", "duc"]
    assert tokens("Hauptstraße") == ["hauptstrasse"]
    assert romanise("Płeć") == "Płeć"  # Latin letters are left to fold()


@given(st.text(max_size=40))
def test_tokens_are_ascii_words_whatever_the_text(text: str) -> None:
    for token in tokens(text):
        assert token.isascii() and token.isalnum() and token == token.lower()


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("लाभार्थी का नाम", "full_name"),  # नाम romanises "nam": no Vietnamese header is Devanagari
        ("ת.ז.", "national_id"),  # letter-dot abbreviations are one word
        ("D.O.B.", "birth_date"),
        ("ID-nommer", "national_id"),  # "number" in any spelling (Nr., nommer, número, číslo)
        ("Passport Nr.", "national_id"),
        ("პირადი ნომერი", "national_id"),  # Georgian p' romanised without its mark
        ("Woonadres", "address"),
        ("Nam Trakoul", "family_name"),  # one letter from the lexicon's trakaul
        ("Lek Bat Pa Cham Tua", "national_id"),  # the phrase across other word breaks
    ],
)
def test_header_spellings_meet_the_lexicon(header: str, role: str) -> None:
    assert role in name_hints(header)


def test_vietnamese_headers_keep_their_guards() -> None:
    assert name_hints("Số nhà") == ["street"]  # "số" is no "number" word here
    assert name_hints("Số CMND") == ["cmnd"]
    assert "full_name" not in name_hints("Nam sinh")  # "nam" inside a Latin header: a word
    assert name_hints("Firmenname") == []  # glued words split only into two lexicon words
