"""The folded family names used to detect a name written in Western order.

They come from :mod:`lienthong.names` (the family-name distribution the synthetic city draws
from), folded to keys, so "Nguyễn" and "Nguyen" are both recognised.
"""

from __future__ import annotations

from functools import cache

from lienthong.names import FAMILY_NAME_SHARES, OTHER_FAMILY_NAMES
from lienthong.normalize._text import fold


@cache
def family_name_keys() -> frozenset[str]:
    """Folded keys of known Vietnamese family names (Nguyễn → "nguyen", Đặng → "dang")."""
    names = [name for name, _share in FAMILY_NAME_SHARES] + list(OTHER_FAMILY_NAMES)
    return frozenset(fold(name) for name in names)
