"""Identifiers as typed by people: spaces, dots, dashes, a CMND where a CCCD should be.

Classification follows the shape (validation itself is :mod:`lienthong.identifiers`'): 12
well-formed digits → CCCD, 9 digits → legacy CMND, 10 or 13 digits with a valid check digit →
MST, anything else → ``invalid`` (kept, so a person can see what was there).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from lienthong.identifiers import compact_id, compact_mst, is_cmnd, is_valid_cccd, is_valid_mst

IdKind = Literal["cccd", "cmnd", "mst", "invalid"]


@dataclass(frozen=True)
class Identifier:
    """A cleaned identifier and what it is."""

    kind: IdKind
    value: str


def digits_of(text: str) -> str:
    """The identifier with spaces, dots, dashes, slashes and underscores removed."""
    return compact_id(text)


def normalize_identifier(text: str | int | None) -> Identifier | None:
    """Classify an identifier; ``None`` for empty input.

    A 12-digit number that is not a well-formed CCCD (unknown province code) is ``invalid``,
    not a CCCD: deterministic linkage must never trust it.
    """
    if text is None:
        return None
    value = digits_of(str(text))
    if not value:
        return None
    if len(value) == 12 and is_valid_cccd(value):
        return Identifier("cccd", value)
    if is_cmnd(value):
        return Identifier("cmnd", value)
    if len(value) in (10, 13) and is_valid_mst(value):
        return Identifier("mst", compact_mst(value))
    return Identifier("invalid", value)
