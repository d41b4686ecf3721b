"""Folding text for comparison: no accents, ``đ`` as ``d``, lower case, NFC or NFD alike."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPLIT = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """``"Nguyễn Văn Đức"`` and its NFD twin both become ``"nguyen van duc"``; German ``ß``
    (no decomposition) becomes ``ss``, so ``Hauptstraße`` is one word, ``hauptstrasse``.

    Cached: the role detectors fold the same sampled value several times each."""
    if text.isascii():  # nothing to decompose: most identifiers, dates, e-mails
        return text.lower().strip()
    plain = text.replace("đ", "d").replace("Đ", "D").replace("ß", "ss").replace("ẞ", "SS")
    decomposed = unicodedata.normalize("NFD", plain)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower().strip()


def tokens(text: str) -> list[str]:
    return [token for token in _SPLIT.split(fold(text)) if token]


def nfc(text: str) -> str:
    """Composed form: files from macOS or some Windows tools arrive in NFD."""
    return unicodedata.normalize("NFC", text)
