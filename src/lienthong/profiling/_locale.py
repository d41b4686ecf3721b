"""Whether a column's values are Vietnamese, for the roles whose checks assume they are.

The city's checks of addresses (on one of today's wards, not in the pre-2025 form) and of phone
numbers (a Vietnamese mobile or landline) judge Vietnamese values. A Polish address or a Mexican
phone number given the same role would fail every one of them, so a profile says when a
column's values are not Vietnamese and those checks leave it alone (its completeness,
uniqueness and shape are still judged; a foreign phone is judged as any country's number).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lienthong.profiling._text import fold, nfc, tokens
from lienthong.profiling._values import is_vn_phone

#: Letters only Vietnamese writes (ă â đ ê ô ơ ư, and every letter with a Vietnamese tone).
_VN_LETTERS = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")
#: Folded words of Vietnamese addresses: units old and new, street words, hamlets.
_VN_PLACE_WORDS = frozenset(
    {"phuong", "quan", "huyen", "xa", "tinh", "tp", "thanh", "pho", "thi", "tran", "ap"}
    | {"thon", "duong", "hem", "ngo", "kiet", "khu", "to", "khom", "buon", "ban", "lang"}
)
#: One unaccented Vietnamese syllable: an initial consonant, one to three vowels, a final
#: consonant. ``Shinjuku``, ``Eminescu`` or ``Vientiane`` is none, ``Nguyen`` or ``Phuong`` is.
_VN_SYLLABLE = re.compile(
    "(ngh|ng|nh|gh|gi|kh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?"
)
#: At least this share of an unaccented value's words (those with a vowel: ``TP``, ``HCM``
#: are abbreviations) must be Vietnamese syllables for its place words to count.
_SYLLABLE_SHARE = 0.7
#: Roles whose checks assume Vietnamese values.
LOCAL_ROLES = frozenset({"address", "street", "phone"})
#: Below this share of Vietnamese values, a column is foreign.
_VIETNAMESE_SHARE = 0.5


def _vietnamese(role: str, text: str) -> bool:
    if role == "phone":
        return is_vn_phone(text)
    if _VN_LETTERS.search(nfc(text)):
        return True
    if not fold(text).isascii():
        # Vietnamese is written in Latin letters: a Bulgarian ``ап. 5`` romanises to ``ap``,
        # a hamlet's word, yet no word in another script is Vietnamese
        return False
    words = tokens(text)
    if not any(word in _VN_PLACE_WORDS for word in words):
        return False
    # a place word alone proves little: Romanian ``ap.``, Japanese ``-to``, Lao ``Ban`` are
    # spelt alike; the words around it must read as Vietnamese too
    voiced = [word for word in words if re.search("[aeiouy]", word)]
    syllables = sum(bool(_VN_SYLLABLE.fullmatch(word)) for word in voiced)
    return syllables >= _SYLLABLE_SHARE * len(voiced)


def vietnamese_share(role: str, values: Sequence[str]) -> float | None:
    """The share of ``values`` that read as Vietnamese for ``role``; ``None`` for a role whose
    checks do not depend on it, or no value."""
    filled = [v for v in values if v.strip()]
    if role not in LOCAL_ROLES or not filled:
        return None
    return sum(_vietnamese(role, v) for v in filled) / len(filled)


def is_foreign(role: str | None, values: Sequence[str]) -> bool:
    """Whether a column of ``role`` holds values that are not Vietnamese."""
    share = vietnamese_share(role, values) if role else None
    return share is not None and share < _VIETNAMESE_SHARE
