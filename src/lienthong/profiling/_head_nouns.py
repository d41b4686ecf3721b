"""The head noun of a header written as one run of letters, without spaces between words:
Chinese, Japanese, Korean and Burmese put it last (``中文姓名``, a Chinese name; ``환자성명``, a
patient's name; ``တောင်သူအမည်``, a farmer's), Thai, Lao and Khmer first (``ที่อยู่ปัจจุบัน``,
address, current). The words around it qualify it: whose it is (``보호자``, a guardian's) or
which (``中文``, in Chinese)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from lienthong.profiling._header_terms import RELATIVES
from lienthong.profiling._header_words import header_words
from lienthong.profiling._lexicon import lexicon

#: The phrases of another person than the record's, as :func:`header_words` writes them.
RELATIVE_PHRASES = frozenset(RELATIVES)

#: Chinese, Japanese and Korean write a header as one run, its head noun last and the words
#: that qualify it first: ``中文姓名`` (Chinese name), ``患者出生日期`` (patient's birth date),
#: ``환자성명`` (patient name).
_HEAD_FINAL = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3]{3,}")

#: Korean writes a person's name as the person and ``명`` (``예약자명``, the booker's;
#: ``고객명``, the customer's), a thing's as the thing and ``명`` (``회사명``, ``도로명``): the
#: person nouns end in ``자`` or ``인`` (者, 人: ``신청자``, ``임차인``), or are these.
_KOREAN_PERSON = re.compile("(?:[자인]|고객|회원|학생|직원|아동|환아|선수|세대주|주민|조합원)$")


def head_noun(column: str, hints: Callable[[str], tuple[str, ...]]) -> tuple[str, str] | None:
    """The words qualifying it and the longest ending of the header's run of Chinese,
    Japanese or Korean characters that the lexicon knows (two characters at least), or the
    longest beginning of its run of Thai, Lao or Khmer (whose nouns come first), when the
    whole run is not known itself."""
    if (run := _HEAD_FINAL.search(column)) is not None:
        text = run[0]
        for cut in range(1, len(text) - 1):
            if hints(text[cut:]):
                return text[:cut], text[cut:]
        if text.endswith("명") and _KOREAN_PERSON.search(text[:-1]):
            return text[:-1], "성명"  # "예약자명", the booker's name: a 성명
    if (run := _HEAD_FINAL_MARKED.search(column)) is not None:
        text = run[0]
        for cut in range(1, len(text) - 1):
            # the ending is a lexicon term as written, cut between two letters
            if _between_letters(text, cut) and _a_whole_term(text[cut:], hints):
                return text[:cut], text[cut:]
    if (run := _HEAD_FIRST.search(column)) is not None:
        text = run[0]
        for cut in range(len(text) - 1, 1, -1):
            # the beginning is a lexicon term as written: a part of a longer one says nothing
            if _between_letters(text, cut) and _a_whole_term(text[:cut], hints):
                return text[cut:], text[:cut]
    return None


#: Burmese puts its head noun last too (``တောင်သူအမည်``, farmer name: the farmer's name), with
#: vowel signs and marks after the letter they belong to: cut only between two letters.
_HEAD_FINAL_MARKED = re.compile("[\u1000-\u109f]{3,}")
#: Runs of Thai, Lao and Khmer, written without spaces, the noun before its qualifier:
#: ``ที่อยู่ปัจจุบัน`` (address, current), ``ឈ្មោះឪពុក`` (name, father).
_HEAD_FIRST = re.compile("[\u0e00-\u0eff\u1780-\u17ff]{3,}")
#: Thai and Lao vowels written before the consonant they follow in speech, and the Khmer
#: and Burmese signs that put the next consonant below: a word never ends on one.
_BEFORE_NEXT = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4\u17d2\u1039")


def _a_whole_term(text: str, hints: Callable[[str], tuple[str, ...]]) -> bool:
    """Whether ``text`` is a hint term of the lexicon as written in its script: not a letter
    whose fold is a word of another language (Lao ``ຫົ``, Vietnamese ``họ``), nor a beginning
    the header reader would take for a longer lexicon word (``จุ`` of ``จุดรับ``)."""
    return unicodedata.normalize("NFC", text) in _SCRIPT_TERMS and bool(hints(text))


_SCRIPT_TERMS = lexicon().script_terms


def _between_letters(text: str, cut: int) -> bool:
    """Whether ``text`` may be cut before ``text[cut]``: no mark or vowel sign of the letter
    before is cut off, and no sign that belongs to the next letter is left behind."""
    return unicodedata.category(text[cut]) not in ("Mn", "Mc") and text[cut - 1] not in _BEFORE_NEXT


def a_relative(qualifier: str) -> bool:
    """Whether the words qualifying a head noun end with another person (before it:
    ``보호자``, ``父親``; after it: ``ឪពុក``), a term of the lexicon as written: ``寄附`` (a
    gift, of ``寄附者氏名``, the donor's name) ends in ``附``, whose romanisation is that of
    ``父`` (father)."""
    return any(
        tuple(header_words(ending)) in RELATIVE_PHRASES
        and unicodedata.normalize("NFC", ending) in _SCRIPT_TERMS
        for ending in (qualifier[cut:] for cut in range(len(qualifier)))
    )
