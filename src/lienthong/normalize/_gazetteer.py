"""Lookup keys for the official units of Hồ Chí Minh City, today's and pre-2025.

Built from :mod:`lienthong.geo` (never a hand-typed list): each unit gets a *bare key*, its
folded name without the type word ("Phường 08" → "8", "Quận Bình Thạnh" → "binh thanh"), so that
"P.8", "phuong 08" and "Phường 8" all meet.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from lienthong.geo import OldWard, Ward, current_wards, old_wards
from lienthong.normalize._text import fold

#: Folded type words and their abbreviations, longest first so "thi tran" wins over "t".
WARD_TYPES = {
    "phuong": "phuong",
    "p": "phuong",
    "f": "phuong",
    "xa": "xa",
    "x": "xa",
    "thi tran": "thi tran",
    "tt": "thi tran",
    "dac khu": "dac khu",
    "dk": "dac khu",
}
DISTRICT_TYPES = {
    "quan": "quan",
    "q": "quan",
    "huyen": "huyen",
    "h": "huyen",
    "thanh pho": "thanh pho",
    "tp": "thanh pho",
    "thi xa": "thi xa",
    "tx": "thi xa",
}
PROVINCE_TYPES = ("thanhpho", "tinh", "tp", "t")


def _prefix_pattern(types: dict[str, str]) -> re.Pattern[str]:
    words = sorted(types, key=len, reverse=True)
    return re.compile(r"^(" + "|".join(re.escape(w) for w in words) + r")(?:\s+|(?=[0-9]))(.+)\Z")


WARD_PREFIX = _prefix_pattern(WARD_TYPES)
DISTRICT_PREFIX = _prefix_pattern(DISTRICT_TYPES)


def bare(folded: str, pattern: re.Pattern[str]) -> tuple[str | None, str]:
    """Split a folded unit name into (type word, bare key); numbers lose leading zeros."""
    kind: str | None = None
    if match := pattern.match(folded):
        kind, folded = match[1], match[2]
    if folded.isascii() and folded.isdigit():
        folded = str(int(folded))
    return kind, folded


def province_key(folded: str) -> str:
    """The compact province key: "tp. ho chi minh" → "hochiminh", "tinh an giang" → "angiang"."""
    compact = folded.replace(" ", "")
    for word in PROVINCE_TYPES:
        if compact.startswith(word) and len(compact) > len(word) + 1:
            return compact[len(word) :]
    return compact


def _province_aliases(name: str) -> set[str]:
    key = province_key(fold(name))
    words = fold(name).split(" ")
    start = 2 if words[:2] == ["thanh", "pho"] else 1 if words[0] == "tinh" else 0
    initials = "".join(w[0] for w in words[start:])
    return {key, initials}


@dataclass
class Gazetteer:
    """Indexes from bare keys to units."""

    #: province alias → pre-2025 province code ("79", "74", "77")
    provinces: dict[str, str] = field(default_factory=dict)
    #: (old province code, district bare key) → district code
    districts: dict[tuple[str, str], str] = field(default_factory=dict)
    #: district code → ward bare key → old wards
    old_wards: dict[str, dict[str, list[OldWard]]] = field(default_factory=dict)
    #: ward bare key → current wards
    current: dict[str, list[Ward]] = field(default_factory=dict)
    #: compact aliases of today's Hồ Chí Minh City
    current_province: set[str] = field(default_factory=set)


@cache
def gazetteer() -> Gazetteer:
    """The indexes, built once per process from the official data."""
    result = Gazetteer()
    olds: dict[str, dict[str, list[OldWard]]] = defaultdict(lambda: defaultdict(list))
    for ward in old_wards():
        for alias in _province_aliases(ward.province):
            result.provinces[alias] = ward.province_code
        _, district = bare(fold(ward.district), DISTRICT_PREFIX)
        result.districts[(ward.province_code, district)] = ward.district_code
        _, key = bare(fold(ward.name), WARD_PREFIX)
        olds[ward.district_code][key].append(ward)
    result.old_wards = {code: dict(wards) for code, wards in olds.items()}
    current: dict[str, list[Ward]] = defaultdict(list)
    for unit in current_wards():
        _, key = bare(fold(unit.name), WARD_PREFIX)
        current[key].append(unit)
        result.current_province |= _province_aliases(unit.province)
    result.current = dict(current)
    return result
