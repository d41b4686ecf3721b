"""Free-text addresses: parse into street / ward / district / province, convert to today's units.

Addresses in sector data come in two shapes. Before 1 July 2025: ``street, ward, district,
province`` ("12 Lê Lợi, P. Bến Nghé, Q.1, TP.HCM"); since: ``street, ward, Thành phố Hồ Chí
Minh``. The parser reads comma-separated parts from the right, tolerates abbreviations ("P.",
"Q.", "TP.HCM", "Tp Hồ Chí Minh") and missing diacritics, and tells which shape it saw. The
converter turns an old ward into its current candidates (several, flagged ``split``, when the
old ward was divided) using the official mapping in :mod:`lienthong.geo`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from lienthong.geo import OldWard, Ward, current_ward, new_wards_for_old
from lienthong.normalize._gazetteer import (
    DISTRICT_PREFIX,
    DISTRICT_TYPES,
    WARD_PREFIX,
    WARD_TYPES,
    Gazetteer,
    bare,
    gazetteer,
    province_key,
)
from lienthong.normalize._text import fold, tidy

AddressFormat = Literal["old", "current", "unknown"]

#: Longest unit name, in words, tried when an address has no commas.
_MAX_WORDS = 7


@dataclass(frozen=True)
class ParsedAddress:
    """What the parser recognised. ``old_wards`` / ``wards`` hold every unit that matched."""

    format: AddressFormat
    street: str | None
    province: str | None
    district: str | None
    old_wards: tuple[OldWard, ...] = ()
    wards: tuple[Ward, ...] = ()


@dataclass(frozen=True)
class AddressConversion:
    """Today's ward candidates for an address; ``split`` when an old ward was divided."""

    format: AddressFormat
    street: str | None
    candidates: tuple[Ward, ...]
    split: bool

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(w.code for w in self.candidates)

    @property
    def ward_code(self) -> str | None:
        """The one current ward, when the address names exactly one."""
        return self.candidates[0].code if len(self.candidates) == 1 else None


def _parts(text: str) -> tuple[list[str], list[str]]:
    raw = [tidy(p) for p in re.split(r"[,;\n]", text)]
    raw = [p for p in raw if p]
    return raw, [fold(p) for p in raw]


def _split_words(g: Gazetteer, words: list[str]) -> list[str]:
    """Cut a comma-less folded address into parts, matching units from the right.

    "12 le loi p ben nghe q 1 tp hcm" → ["12 le loi", "p ben nghe", "q 1", "tp hcm"].
    """
    parts: list[str] = []
    rest = list(words)
    for size in range(min(_MAX_WORDS, len(rest) - 1), 0, -1):
        key = province_key(" ".join(rest[-size:]))
        if key in g.provinces or key in g.current_province:
            parts.insert(0, " ".join(rest[-size:]))
            rest = rest[:-size]
            break
    provinces = {"79", "74", "77"}
    for dsize in range(min(_MAX_WORDS, len(rest) - 1), 0, -1):
        for code in _districts(g, " ".join(rest[-dsize:]), provinces):
            head = rest[:-dsize]
            for wsize in range(min(_MAX_WORDS, len(head)), 0, -1):
                if _old_wards_in(g, code, " ".join(head[-wsize:])):
                    tail = [" ".join(head[-wsize:]), " ".join(rest[-dsize:])]
                    street = [" ".join(head[:-wsize])] if head[:-wsize] else []
                    return street + tail + parts
    for wsize in range(min(_MAX_WORDS, len(rest)), 0, -1):
        if _current_wards(g, " ".join(rest[-wsize:])):
            street = [" ".join(rest[:-wsize])] if rest[:-wsize] else []
            return [*street, " ".join(rest[-wsize:]), *parts]
    return [" ".join(rest), *parts] if rest else parts


def _old_wards_in(g: Gazetteer, district_code: str, folded: str) -> list[OldWard]:
    kind, key = bare(folded, WARD_PREFIX)
    found = g.old_wards.get(district_code, {}).get(key, [])
    if kind and len(found) > 1:
        wanted = WARD_TYPES[kind]
        narrowed = [w for w in found if fold(w.kind) == wanted]
        return narrowed or found
    return found


def _current_wards(g: Gazetteer, folded: str) -> list[Ward]:
    kind, key = bare(folded, WARD_PREFIX)
    found = g.current.get(key, [])
    if kind and len(found) > 1:
        wanted = WARD_TYPES[kind]
        narrowed = [w for w in found if fold(w.kind) == wanted]
        return narrowed or found
    return found


def _districts(g: Gazetteer, folded: str, provinces: set[str]) -> list[str]:
    kind, key = bare(folded, DISTRICT_PREFIX)
    number = key.isascii() and key.isdigit()
    if kind is None and not number and len(key) < 2:
        return []
    if number and kind is not None and DISTRICT_TYPES[kind] != "quan":
        return []
    return [code for (prov, name), code in g.districts.items() if name == key and prov in provinces]


def parse_address(text: str | None) -> ParsedAddress:
    """Parse an address; unknown parts come back as ``format="unknown"`` (never an error)."""
    if not text or not text.strip():
        return ParsedAddress("unknown", None, None, None)
    g = gazetteer()
    raw, folded = _parts(text)
    if len(folded) == 1:  # "12 Le Loi P.Ben Nghe Q.1 TP.HCM"
        folded = _split_words(g, folded[0].split(" "))
        raw = list(folded)
    province: str | None = None
    provinces = {"79", "74", "77"}
    current_city = False
    if folded:
        key = province_key(folded[-1])
        if key in g.provinces or key in g.current_province:
            province = raw[-1]
            current_city = key in g.current_province
            if key in g.provinces and not current_city:
                provinces = {g.provinces[key]}
            raw, folded = raw[:-1], folded[:-1]
    # old shape: …, ward, district
    if len(folded) >= 2:
        for district_code in _districts(g, folded[-1], provinces):
            found = _old_wards_in(g, district_code, folded[-2])
            if found:
                street = ", ".join(raw[:-2]) or None
                return ParsedAddress("old", street, province, raw[-1], old_wards=tuple(found))
    # current shape: …, ward (today's units only exist in today's city)
    if folded and (province is None or current_city):
        found_now = _current_wards(g, folded[-1])
        if found_now:
            street = ", ".join(raw[:-1]) or None
            return ParsedAddress("current", street, province, None, wards=tuple(found_now))
    return ParsedAddress("unknown", ", ".join(raw) or None, province, None)


def convert_address(address: str | ParsedAddress | None) -> AddressConversion:
    """Today's ward candidates for an address, old or current; default successor first."""
    parsed = address if isinstance(address, ParsedAddress) else parse_address(address)
    if parsed.format == "current":
        return AddressConversion("current", parsed.street, parsed.wards, False)
    if parsed.format == "old":
        seen: dict[str, Ward] = {}
        split = False
        for old in parsed.old_wards:
            candidates = new_wards_for_old(old.code)
            split = split or len(candidates) > 1
            for candidate in candidates:
                seen.setdefault(candidate.ward.code, candidate.ward)
        return AddressConversion("old", parsed.street, tuple(seen.values()), split)
    return AddressConversion("unknown", parsed.street, (), False)


def format_current(conversion: AddressConversion) -> str | None:
    """The address in today's format when it names one ward (``None`` otherwise)."""
    code = conversion.ward_code
    return current_ward(code).address(conversion.street) if code else None
