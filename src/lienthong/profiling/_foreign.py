"""Value shapes of foreign data: phones of any country, national ids of letters and digits,
names in any script. Pure functions over strings; :mod:`._values` wires them into the detectors
(and adds what needs its own helpers: "not a date").

Header words are another matter (``_text.tokens``, romanised to ``[a-z0-9]``): names here are
read with their own word pattern, letters of any script as written, so ``Иванов``,
``Παπαδόπουλος`` and ``محمد أحمد`` are words; whether a word names a street or a company is
still asked of ``tokens`` (romanised, as the lexicon's street words are).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache

from lienthong.identifiers import compact_id
from lienthong.profiling._text import fold, nfc

# --- phones ---------------------------------------------------------------------------------
#: E.164 allows 15 digits after the ``+``; the shortest numbers in use (country code included)
#: have 8. A national number (trunk prefix included) has 7 to 11 digits: a 12-digit CCCD,
#: grouped or not, is never one.
_E164_DIGITS = range(8, 16)
_NATIONAL_DIGITS = range(7, 12)
#: ``+7 (912) 345-67-89``, ``+44 (0)20 7946 0958``, ``+1 212-555-0143``: a ``+``, a country code
#: (never starting with 0) and groups; or ``00`` as its own group before the country code
#: (``00 33 1 23 45 67 89``), so a CCCD of province 001 (``001 090 000 001``) is not one.
_PLUS = re.compile(r"\+\s?\(?[1-9][0-9 .()\-/]*[0-9]")
_DOUBLE_ZERO = re.compile(r"00[ .\-]+\(?[1-9][0-9 .()\-/]*[0-9]")
#: ``(020) 7946 0958``, ``8 (912) 345-67-89``, ``030/12345678``, ``212-555-0143``.
_NATIONAL = re.compile(r"\(?[0-9][0-9 .()\-/]*[0-9]")
_GROUP_SEPARATOR = re.compile(r"[0-9][ .()\-/]+[0-9]")
#: ``+12.3456789`` is a signed decimal, not a phone.
_SIGNED_DECIMAL = re.compile(r"\+[0-9]+\.[0-9]+")


def _digits(text: str) -> int:
    return sum(ch.isascii() and ch.isdigit() for ch in text)


def _balanced(text: str) -> bool:
    return text.count("(") == text.count(")") <= 2


def is_international_phone(text: str) -> bool:
    """A phone number of any country written with its country code: ``+`` or ``00`` first."""
    value = text.strip()
    if _SIGNED_DECIMAL.fullmatch(value) or not _balanced(value):
        return False
    if _PLUS.fullmatch(value) or _DOUBLE_ZERO.fullmatch(value):
        digits = _digits(value) - (2 if value.startswith("00") else 0)
        return digits in _E164_DIGITS
    return False


def is_national_phone(text: str) -> bool:
    """A phone number as a country writes it at home: 7 to 11 digits in groups (``(020) 7946
    0958``, ``8 (912) 345-67-89``, ``212-555-0143``). Any grouped number looks so (a date does,
    an amount does): only for a column whose name says phone, and never a date (see _values)."""
    value = text.strip()
    return (
        _NATIONAL.fullmatch(value) is not None
        and _balanced(value)
        and _GROUP_SEPARATOR.search(value) is not None
        and _digits(value) in _NATIONAL_DIGITS
    )


# --- national ids -----------------------------------------------------------------------------
_ID_LENGTHS = range(6, 21)
#: A share of the column's ids that must have its most common shape (``A{4}9{6}A{6}9{2}`` of
#: a CURP), or else its most common length (passports mix letters and digits anywhere but keep
#: their length); and the share of distinct ids (a person may be listed twice, not most).
ID_SHAPE_SHARE = 0.5
ID_LENGTH_SHARE = 0.8
ID_DISTINCT_SHARE = 0.8


def is_any_national_id(text: str) -> bool:
    """Letters and digits, 6 to 20 of them once compacted, at least 3 digits, no ``+`` (a
    phone): ``GOMA850312HDFRRN09`` (CURP), ``RSSMRA85T10A562S`` (codice fiscale), ``C01X00T47``
    (passport), ``QQ 12 34 56 C`` (NINO). Many codes look so: only with an id name, and only
    for a column whose ids agree in shape (:func:`ids_agree`)."""
    if text.strip().startswith("+"):
        return False
    value = compact_id(text).upper()
    return len(value) in _ID_LENGTHS and value.isascii() and value.isalnum() and _digits(value) >= 3


def ids_agree(values: Sequence[str], shape: Callable[[str], str]) -> bool:
    """Whether a column's ids are one kind of id: most of those :func:`is_any_national_id`
    accepts share one shape (or one length), and most are distinct. ``shape`` is
    ``_values.shape``, passed in to keep the modules' imports one way."""
    ids = [compact_id(v).upper() for v in values if is_any_national_id(v)]
    if not ids:
        return False
    shapes = Counter(shape(v) for v in ids).most_common(1)[0][1]
    lengths = Counter(len(v) for v in ids).most_common(1)[0][1]
    one_kind = shapes >= ID_SHAPE_SHARE * len(ids) or lengths >= ID_LENGTH_SHARE * len(ids)
    return one_kind and len(set(ids)) >= ID_DISTINCT_SHARE * len(ids)


# --- names in any script -----------------------------------------------------------------------
#: Words of letters of any script (``[^\W\d_]``) joined by one space, apostrophe or hyphen.
_SCRIPT_WORDS = re.compile(r"[^\W\d_]+(?:[ '’\-][^\W\d_]+)*")
_LETTERS = re.compile(r"[^\W\d_]+")
_MARKS = frozenset({"Mn", "Mc", "Me"})


@lru_cache(maxsize=8192)
def name_words(text: str) -> tuple[tuple[str, ...], int] | None:
    """The folded words of a name in any script and how many come before its comma (0 when
    none): ``"GARCÍA, Juan Carlos"`` -> ``(("garcia", "juan", "carlos"), 1)``. ``None`` when
    the value is not words of letters, or has more than one comma (an address has several).
    Combining marks (Arabic vowels, Devanagari vowel signs, an NFD accent) belong to their
    letter."""
    value = "".join(ch for ch in nfc(text).strip() if unicodedata.category(ch) not in _MARKS)
    parts = [part.strip() for part in value.split(",")]
    if len(parts) > 2 or any(_SCRIPT_WORDS.fullmatch(part) is None for part in parts):
        return None
    words = tuple(fold(word) for word in _LETTERS.findall(value))
    return words, (len(_LETTERS.findall(parts[0])) if len(parts) == 2 else 0)
