"""Field names of old database systems: FoxPro and dBASE tables allow ten characters, so the
Vietnamese registers kept in them glue the words of a header into one run of capitals
(``SOCMND``, số CMND; ``HODEM``, họ đệm; ``TENCHA``, tên cha; ``DCTT``, địa chỉ thường
trú). Such a field, cut into the words it glues, reads as the header it stands for."""

from __future__ import annotations

import re
from functools import lru_cache

#: A field name as those systems force it: a capital, then capitals and digits, ten at most.
_FIELD = re.compile(r"[A-Z][A-Z0-9]{3,9}")
#: The words such fields glue: the syllables and abbreviations of Vietnamese headers.
_PIECES = frozenset(
    {"so", "ma", "ho", "ten", "dem", "lot", "ngay", "sinh", "noi", "cmnd", "cmt", "cccd", "ddcn"}
    | {"bhxh", "bhyt", "the", "dc", "tt", "cha", "me", "vc", "gioi", "tinh", "dan", "toc"}
    | {"huyen", "xa", "dt", "hc", "dia", "chi", "thuong", "tru", "tam", "nghe", "nghiep"}
)
#: ... of which a field must glue one at least, none of them an English word's piece (``HOME``
#: is no ``họ mẹ``).
_ANCHORS = frozenset({"cmnd", "cmt", "cccd", "ddcn", "bhxh", "bhyt", "dc", "hc", "dt", "vc"})
_ANCHORS |= {"sinh", "dem", "cha", "ten", "tt"}


@lru_cache(maxsize=1024)
def dbf_field(column: str) -> str | None:
    """The words a field name of capitals glues (``SOCMND`` -> ``so cmnd``), or None when the
    column is no such field or its letters are no run of those words."""
    if not _FIELD.fullmatch(column):
        return None
    pieces = _cut(column.lower())
    if pieces is None or len(pieces) < 2 or not _ANCHORS.intersection(pieces):
        return None
    return " ".join(pieces)


def _cut(word: str) -> list[str] | None:
    """``word`` as the fewest known pieces, or None."""
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 7), end):
            before, now = best[start], best[end]
            if (
                before is not None
                and word[start:end] in _PIECES
                and (now is None or len(before) + 1 < len(now))
            ):
                best[end] = [*before, word[start:end]]
    return best[len(word)]
