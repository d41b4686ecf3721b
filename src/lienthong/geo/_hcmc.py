"""Today's HCMC wards, the old wards they came from, and the old→new mapping.

The mapping comes from ``converter_2025.json``: ``DICT_PROVINCE_WARD_NO_DIVIDED`` lists, for
each new ward, the old wards that went into it whole; ``DICT_PROVINCE_WARD_DIVIDED`` lists, for
each old ward that was split, the new wards that received a part (one marked default). Every old
ward of the three former provinces is in exactly one of them.
"""

from __future__ import annotations

from functools import cache
from types import MappingProxyType

from lienthong.errors import NotFoundError
from lienthong.geo._dataset import converter, query
from lienthong.geo._units import HCMC_CODE, OLD_PROVINCE_CODES, OldWard, Ward, WardCandidate

_HCMC_KEY = "thanhphohochiminh"


@cache
def current_wards() -> tuple[Ward, ...]:
    """The 168 commune-level units of today's Hồ Chí Minh City, ordered by code."""
    rows = query(
        "SELECT wardCode, ward, wardShort, wardType, wardKey FROM admin_units "
        "WHERE provinceCode = ? ORDER BY wardCode",
        (HCMC_CODE,),
    )
    return tuple(
        Ward(
            code=r["wardCode"],
            name=r["ward"],
            short_name=r["wardShort"],
            kind=r["wardType"],
            key=r["wardKey"],
        )
        for r in rows
    )


@cache
def old_wards() -> tuple[OldWard, ...]:
    """The 441 pre-2025 wards of former HCMC, Bình Dương and Bà Rịa–Vũng Tàu, ordered by code."""
    marks = ",".join("?" for _ in OLD_PROVINCE_CODES)
    rows = query(
        "SELECT wardCode, ward, wardShort, wardType, district, districtShort, districtCode, "
        "districtType, province, provinceCode, provinceKey, districtKey, wardKey "
        f"FROM admin_units_legacy WHERE provinceCode IN ({marks}) AND wardCode IS NOT NULL "
        "ORDER BY wardCode",
        OLD_PROVINCE_CODES,
    )
    return tuple(
        OldWard(
            code=r["wardCode"],
            name=r["ward"],
            short_name=r["wardShort"],
            kind=r["wardType"],
            district=r["district"],
            district_short=r["districtShort"],
            district_code=r["districtCode"],
            district_kind=r["districtType"],
            province=r["province"],
            province_code=r["provinceCode"],
            key=f"{r['provinceKey']}_{r['districtKey']}_{r['wardKey']}",
        )
        for r in rows
    )


@cache
def _current_by_code() -> MappingProxyType[str, Ward]:
    return MappingProxyType({w.code: w for w in current_wards()})


@cache
def _old_by_code() -> MappingProxyType[str, OldWard]:
    return MappingProxyType({w.code: w for w in old_wards()})


def current_ward(code: str) -> Ward:
    """The current HCMC ward with this 5-digit code."""
    try:
        return _current_by_code()[code]
    except KeyError:
        raise NotFoundError(
            f"{code!r} is not the code of a current Hồ Chí Minh City ward (168 units, 5 digits)."
        ) from None


def old_ward(code: str) -> OldWard:
    """The pre-2025 ward with this 5-digit code (former HCMC, Bình Dương, Bà Rịa–Vũng Tàu)."""
    try:
        return _old_by_code()[code]
    except KeyError:
        raise NotFoundError(
            f"{code!r} is not the code of a pre-2025 ward of former HCMC, Bình Dương or "
            "Bà Rịa–Vũng Tàu."
        ) from None


@cache
def _mapping() -> MappingProxyType[str, tuple[WardCandidate, ...]]:
    by_key = {w.key: w for w in current_wards()}
    data = converter()
    result: dict[str, tuple[WardCandidate, ...]] = {}
    whole: dict[str, str] = {}
    for new_key, old_keys in data["DICT_PROVINCE_WARD_NO_DIVIDED"][_HCMC_KEY].items():
        for old_key in old_keys:
            whole[old_key] = new_key
    divided = data["DICT_PROVINCE_WARD_DIVIDED"][_HCMC_KEY]
    for ward in old_wards():
        if ward.key in divided:
            parts = sorted(
                divided[ward.key], key=lambda p: (not p["isDefaultNewWard"], p["newWardKey"])
            )
            result[ward.code] = tuple(
                WardCandidate(by_key[p["newWardKey"]], bool(p["isDefaultNewWard"])) for p in parts
            )
        else:
            result[ward.code] = (WardCandidate(by_key[whole[ward.key]], True),)
    return MappingProxyType(result)


def new_wards_for_old(old_ward_code: str) -> list[WardCandidate]:
    """The current ward(s) an old ward became: one when it moved whole, several when split.

    The default candidate (the official main successor) comes first. For a split ward an
    address alone cannot say which candidate is right; linkage should keep all of them.
    """
    old_ward(old_ward_code)  # raises NotFoundError with a clear sentence
    return list(_mapping()[old_ward_code])


@cache
def _reverse() -> MappingProxyType[str, tuple[OldWard, ...]]:
    reverse: dict[str, list[OldWard]] = {w.code: [] for w in current_wards()}
    for ward in old_wards():
        for candidate in _mapping()[ward.code]:
            reverse[candidate.ward.code].append(ward)
    return MappingProxyType({code: tuple(olds) for code, olds in reverse.items()})


def old_wards_for_new(ward_code: str) -> list[OldWard]:
    """The old wards whose area went (wholly or partly) into this current ward."""
    current_ward(ward_code)
    return list(_reverse()[ward_code])
