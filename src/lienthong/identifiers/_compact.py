"""Identifiers as people type them: in groups (``079 090 000 001``, ``DN 4 79 7912345678``),
with dots or dashes; and foreign national ids, which the platform meets in outside files.

:func:`compact_id` is the one place separators are dropped: role inference (profiling) and
record normalisation (``lienthong.normalize.digits_of``, whose SQL twin strips the same class)
both call it, so a column read as a CCCD is the column linkage keys on.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: What people put between the groups of an id: spaces, dots, dashes, underscores, slashes;
#: and Excel's apostrophe, typed before a number to keep its leading zero (``'079…``).
SEPARATORS = r"[\s.\-_/']+"
_SEPARATORS = re.compile(SEPARATORS)
#: A label typed before the id in the same cell: ``ID: 079…``, ``No. 123``, ``Nr.4567``,
#: ``#88``. ASCII only and a fixed list, so the SQL twins (``normalize.digits_sql``, the checks'
#: ``compact``) strip exactly the same labels.
LABEL_PREFIX = r"^(?:(?:id|no|nr|num)[:.]|#)"
_LABEL = re.compile(LABEL_PREFIX, re.IGNORECASE)
#: The labels of :data:`LABEL_PREFIX`, as they start a trimmed cell (for SQL's ``LIKE``).
LABELS = ("ID:", "NO:", "NO.", "NR:", "NR.", "NUM:", "NUM.", "#")
#: Spain's DNI (8 digits and a check letter) and NIE (X, Y or Z, 7 digits, a check letter).
_DNI = re.compile(r"([XYZ]?)([0-9]{7,8})([A-Z])")
_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
#: A national id of most countries once compacted: up to 2 letters, 6 to 16 digits, up to 2
#: letters (SSN, NINO ``AB123456C``, passports ``C1234567``, 16-digit population numbers).
_NATIONAL = re.compile(r"[A-Z]{0,2}[0-9]{6,16}[A-Z]{0,2}")


@lru_cache(maxsize=8192)
def compact_id(text: str) -> str:
    """``"079 090 000 001"`` (or Excel's ``'079090000001``, or ``ID: 079090000001``) ->
    ``"079090000001"``: the id without separators, nor the label typed before it. Cached:
    role inference compacts each sampled value for every id detector."""
    return _SEPARATORS.sub("", _LABEL.sub("", text.strip(), count=1))


def is_valid_dni(text: str) -> bool:
    """A Spanish DNI or NIE whose check letter is right (``12345678Z``, ``X1234567L``)."""
    found = _DNI.fullmatch(compact_id(text).upper())
    if found is None:
        return False
    prefix, digits, letter = found.groups()
    if len(prefix + digits) != 8:
        return False
    number = int(str("XYZ".index(prefix)) + digits if prefix else digits)
    return _DNI_LETTERS[number % 23] == letter


def is_national_id(text: str) -> bool:
    """Shaped like a national id of some country; a DNI-shaped one must have its check letter."""
    value = compact_id(text).upper()
    if _NATIONAL.fullmatch(value) is None:
        return False
    return is_valid_dni(value) if _DNI.fullmatch(value) else True
