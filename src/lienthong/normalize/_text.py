"""Text primitives every Vietnamese normaliser builds on.

Vietnamese text reaches us in NFC, NFD (macOS, some Excel exports), with or without diacritics,
in any case and with stray spaces. Comparisons need one *display* form (NFC, tidy spacing) and one
*key* form (diacritics folded, đ→d, lower case) so "Đặng", "ĐẶNG", "Dang" and an NFD "Đặng"
all meet. The SQL twins of these functions live in :mod:`lienthong.normalize._sql`; a test keeps
the two in agreement.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^0-9a-z ]+")


def tidy(text: str) -> str:
    """NFC with runs of whitespace collapsed to one space and the ends trimmed."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def fold(text: str) -> str:
    """The comparison key of a text: no diacritics, đ→d, lower case, tidy spacing.

    Punctuation becomes a space so "Nguyễn-Văn" and "Nguyen Van" give the same key.
    """
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.replace("đ", "d").replace("Đ", "D").lower()
    return _SPACES.sub(" ", _NON_WORD.sub(" ", stripped)).strip()


def title_case(text: str) -> str:
    """Capitalise each word (Vietnamese names are written "Nguyễn Văn An")."""
    return " ".join(word[:1].upper() + word[1:].lower() for word in tidy(text).split(" ") if word)
