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
