"""Header words as people write them: English plurals (``Given Names``, ``Surnames``,
``National IDs``) and the Vietnamese split of a name into "Họ (và tên) đệm" and "Tên" (issue 12:
general rules for the outside corpus's misses, not one file's spelling)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lienthong.profiling import THRESHOLD, infer_role, name_hints
from lienthong.profiling._header_terms import RELATIVES
from lienthong.profiling._header_words import PhraseIndex, contains, header_words
from lienthong.profiling._hints import names_a_part
from lienthong.profiling._values import is_family_name

_PERSON_NAMES = {"full_name", "family_name", "given_name"}
_FAMILY_AND_MIDDLE = ["Nguyễn Văn", "Trần Thị Ngọc", "Lê Minh", "Phạm Thị", "Võ Quốc"] * 8
_VN_FULL = ["Nguyễn Văn An", "Trần Thị Lan", "Lê Minh Tuấn", "Phạm Ngọc Hà"] * 10


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("Given Names", "given name"),
        ("Names", "name"),
        ("Surnames", "surname"),
        ("First Names", "first name"),
        ("Last Names", "last name"),
        ("Full Names", "full name"),
        ("Addresses", "address"),
        ("Phone Numbers", "phone"),
        ("Emails", "email"),
        ("National IDs", "national id"),
        ("CCCDs", "cccd"),
        ("Dates Joined", "date joined"),
    ],
)
def test_an_english_plural_header_hints_what_its_singular_does(plural: str, singular: str) -> None:
    assert name_hints(plural) and name_hints(plural)[0] == name_hints(singular)[0]


@pytest.mark.parametrize(
    ("header", "words"),
    [
        ("ns", ["ns"]),  # ngày sinh, not a plural of "n"
        ("Số CMND", ["so", "cmnd"]),
        ("status", ["status"]),  # "statu" is no hint word: left alone
        ("address", ["address"]),  # already a hint word
        ("Họ và tên", ["ho", "va", "ten"]),
    ],
)
def test_only_a_plural_of_a_hint_word_changes(header: str, words: list[str]) -> None:
    assert header_words(header) == words


@pytest.mark.parametrize(
    "header", ["Họ và tên đệm", "Họ đệm", "Họ lót", "ho_ten_dem", "HoVaTenDem"]
)
def test_a_family_and_middle_name_header_is_a_family_name(header: str) -> None:
    assert name_hints(header) == ["family_name"]
    assert names_a_part(header)
    found = infer_role(header, _FAMILY_AND_MIDDLE)
    assert (found.role, found.personal) == ("family_name", True)
    assert found.confidence >= THRESHOLD


@pytest.mark.parametrize("header", ["Tên đệm", "Tên lót", "Middle Names", "middle_name"])
def test_a_middle_name_alone_gets_no_person_name_role(header: str) -> None:
    assert not _PERSON_NAMES & set(name_hints(header))
    found = infer_role(header, ["Văn", "Thị", "Minh", "Ngọc"] * 10)
    assert found.role not in _PERSON_NAMES and found.personal


def test_a_bare_ho_or_ten_column_of_whole_names_is_still_a_full_name() -> None:
    assert not names_a_part("Họ") and not names_a_part("Tên")
    for header in ("Họ", "Tên"):
        assert infer_role(header, _VN_FULL).role == "full_name"


def test_a_family_name_may_carry_its_middle_names() -> None:
    assert is_family_name("Nguyễn") and is_family_name("Trần Thị Ngọc")
    assert is_family_name("NGUYEN VAN")  # unaccented capitals fold the same
    assert not is_family_name("Văn Nguyễn")  # a middle name first is no family name
    assert not is_family_name("Nguyễn Văn Thị Ngọc")  # at most two middle names
    assert not is_family_name("Nguyễn 12")


_RELATIVE_WORDS = sorted({word for phrase in RELATIVES for word in phrase})


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(_RELATIVE_WORDS), st.text("abcdehlmnort", max_size=6)),
        min_size=1,
        max_size=6,
    ),
    st.booleans(),
)
def test_the_phrase_index_finds_what_a_phrase_by_phrase_search_finds(
    words: list[str], guarded: bool
) -> None:
    """The index only narrows the phrases compared (by first word, or by letters for a long
    phrase): it answers as comparing every phrase would, on headers made of lexicon words,
    pieces of them and other letters."""
    index = PhraseIndex(RELATIVES)
    every = any(contains(words, phrase, guarded=guarded) for phrase in RELATIVES)
    assert index.any_in(words, guarded=guarded) == every

    def holds(i: int) -> bool:
        return contains(words, RELATIVES[i], guarded=guarded)

    every_found = [i for i in range(len(RELATIVES)) if holds(i)]
    assert [i for i in index.among(words) if holds(i)] == every_found
