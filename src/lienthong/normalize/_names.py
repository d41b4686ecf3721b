"""Vietnamese personal names: display form, folded key, family/middle/given, swapped order.

A Vietnamese name is written family name first ("Nguyễn Văn An"); some systems store it in
Western order ("An Văn Nguyễn" or "Văn An Nguyễn"). Because fourteen family names cover ~90% of
people, a name whose *last* word is a known family name and whose first word is not is taken to
be swapped, and put back in Vietnamese order.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from lienthong.normalize._families import family_name_keys
from lienthong.normalize._text import fold, title_case


@dataclass(frozen=True)
class PersonName:
    """A name in Vietnamese order, with the folded key used for matching."""

    display: str
    key: str
    family: str
    middle: str
    given: str
    swapped: bool

    @property
    def sorted_key(self) -> str:
        """The folded words in alphabetical order: equal for any word order."""
        return " ".join(sorted(self.key.split(" ")))


def normalize_name(text: str | None, families: Collection[str] | None = None) -> PersonName | None:
    """Parse a name; ``None`` for empty input.

    ``families`` are folded family-name keys (default: the official distribution from
    :mod:`lienthong.names`). Idempotent: normalising ``display`` again gives the same result
    with ``swapped`` false.
    """
    if text is None:
        return None
    display = title_case(text)
    key = fold(display)
    if not key:
        return None
    known = family_name_keys() if families is None else families
    words = display.split(" ")
    keys = key.split(" ")
    swapped = False
    if len(keys) == len(words) and len(words) > 1 and keys[0] not in known and keys[-1] in known:
        words = [words[-1], *words[:-1]]
        swapped = True
        display = " ".join(words)
        key = fold(display)
        keys = key.split(" ")
    if len(keys) != len(words):  # punctuation inside a word: fall back to the key's words
        words = keys
    family = fold(words[0])
    given = fold(words[-1]) if len(words) > 1 else ""
    middle = " ".join(fold(w) for w in words[1:-1])
    return PersonName(display, key, family, middle, given, swapped)
