"""The lexicon folds every script to ASCII letters, so a term of one language can spell a word of
another: Arabic ``العيادة`` (the clinic, another party) folded to ``lydh``, which is Hebrew
``לידה`` (birth) in ``תאריך לידה``, and a Hebrew file's birth date was taken for somebody else's.
No term naming another party, a place elsewhere or a fund may spell a word of a person's own
header in another language, unless it only ever counts as the whole header."""

from __future__ import annotations

from collections import defaultdict

from lienthong.profiling._lexicon import _rows, lexicon
from lienthong.profiling._text import tokens

_OWN = {"full_name", "given_name", "family_name", "birth_date", "address", "street"}
_OWN |= {"national_id", "phone", "sex", "email", "postcode", "suburb"}
#: Known and harmless: a sex header of Sinhala holds Bengali ``stri`` (a wife), and a sex column
#: keeps its role whatever names_a_relative says; Belgium's NISS is its national number,
#: Portugal's a fund's (beside a national id the fund rule demotes it; alone it stays).
_ALLOWED = {("relative", "bn", "stri"), ("fund", "pt", "niss")}
#: Vietnamese syllables (``cha``, ``mẹ``) count only in a header of Vietnamese syllables for the
#: most part (names_a_relative): Swahili ``Kitambulisho cha Taifa`` names no father.
_ALLOWED |= {("relative", "vi", "cha"), ("relative", "vi", "me")}


def test_no_other_party_term_spells_a_word_of_a_persons_own_header() -> None:
    rows = _rows("headers.csv", "role")
    inside: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for role, language, term in rows:
        if role in _OWN:
            words = tokens(term)
            for i in range(len(words)):
                for j in range(i + 1, len(words) + 1):
                    inside[tuple(words[i:j])].add(language)
    whole_only = lexicon().whole_only
    clashes = []
    for role, language, term in rows:
        phrase = tuple(tokens(term))
        if role not in ("relative", "elsewhere", "fund") or phrase in whole_only:
            continue
        others = inside.get(phrase, set()) - {language}
        if others and (role, language, "".join(phrase)) not in _ALLOWED:
            clashes.append((role, language, term, sorted(others)))
    assert not clashes, clashes


def test_a_vietnamese_syllable_names_a_relative_only_in_a_vietnamese_header() -> None:
    from lienthong.profiling._hints import names_a_relative

    # Arabic without its short vowels: "الوالدة" (the mother) and "الولادة" (the birth) fold
    # alike; the mother left the lexicon (blind 21 and 23's Iraqi and Syrian birth dates)
    assert not names_a_relative("تاريخ الولادة")
    for header in ("Kitambulisho cha Taifa", "Namba ya Kitambulisho cha Taifa", "နာမည်"):
        assert not names_a_relative(header), header
    for header in ("Họ tên cha", "HO TEN ME", "SĐT mẹ", "Số CCCD cha", "NGHE NGHIEP CHA"):
        assert names_a_relative(header), header
