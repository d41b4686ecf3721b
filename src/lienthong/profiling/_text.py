"""Folding text for comparison: no accents, ``đ`` as ``d``, lower case, NFC or NFD alike."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPLIT = re.compile(r"[^a-z0-9]+")
#: Letters with no decomposition, written as the letters they fold to (Vietnamese ``đ``,
#: German ``ß``, Polish ``ł``, Turkish dotless ``ı``, Nordic ``ø``/``æ``, Icelandic ``þ``/``ð``),
#: so ``Płeć``, ``Adı`` and ``Fødselsdato`` fold to whole words.
_UNDECOMPOSED = str.maketrans(
    {"đ": "d", "Đ": "D", "ß": "ss", "ẞ": "SS", "ł": "l", "Ł": "L", "ı": "i", "ø": "o"}
    | {"Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "TH", "ð": "d"}
    | {"Ð": "D", "ħ": "h", "ŧ": "t"}
)


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """``"Nguyễn Văn Đức"`` and its NFD twin both become ``"nguyen van duc"``; German ``ß``
    (no decomposition) becomes ``ss``, so ``Hauptstraße`` is one word, ``hauptstrasse``; the
    other letters with no decomposition likewise (``Płeć`` -> ``plec``).

    Cached: the role detectors fold the same sampled value several times each."""
    if text.isascii():  # nothing to decompose: most identifiers, dates, e-mails
        return text.lower().strip()
    plain = text.translate(_UNDECOMPOSED)
    decomposed = unicodedata.normalize("NFD", plain)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower().strip()


def tokens(text: str) -> list[str]:
    return [token for token in _SPLIT.split(fold(text)) if token]


def nfc(text: str) -> str:
    """Composed form: files from macOS or some Windows tools arrive in NFD."""
    return unicodedata.normalize("NFC", text)
