"""One record's comparison keys, computed in Python (the resolver's path).

The bulk path computes the same keys in DuckDB SQL (:mod:`lienthong.linkage._prepare`); both
use the same normalisers, and a test checks that they agree on the synthetic city.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from lienthong.identifiers import parse_cccd
from lienthong.normalize import (
    convert_address,
    fold,
    normalize_identifier,
    normalize_name,
    normalize_sex,
    parse_date,
    tidy,
)

#: the roles a caller may give when resolving a record
ROLES = (
    "full_name", "family_name", "given_name", "birth_date", "birth_year", "sex", "cccd", "cmnd",
    "cccd_or_cmnd", "id_number", "address", "address_old", "ward_code", "city", "postcode",
    "email", "postcode", "other_id", "phone",
)  # fmt: skip


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _code(value: str | None) -> str | None:
    """Postcodes and card numbers: letters and digits only, upper case (as ``_prepare``)."""
    code = re.sub(r"[^0-9A-Za-z]", "", value).upper() if value else ""
    return code or None


def _phone(value: str | None) -> str | None:
    """The last nine digits of a phone number (drops +84 / 0 prefixes, as ``_prepare``)."""
    digits = re.sub(r"[\s.\-_/]+", "", value) if value else ""
    return digits[-9:] if len(digits) >= 8 else None


def _cccd_ok(cccd: str, birth_year: int | None, sex: str | None) -> bool:
    info = parse_cccd(cccd)
    if birth_year is not None and info.birth_year != birth_year:
        return False
    return sex is None or (info.sex == "male") == (sex == "M")


def record_features(values: Mapping[str, Any], *, vietnamese: bool = True) -> dict[str, Any]:
    """Comparison keys of one record given by role (``full_name``, ``birth_date``, ``cccd``…)."""
    get = {role: _text(values.get(role)) for role in ROLES}
    name_text = get["full_name"] or " ".join(
        p for p in (get["family_name"], get["given_name"]) if p
    )
    name = normalize_name(name_text) if name_text else None
    name_key = (name.key if vietnamese else fold(name_text)) if name and name_text else None
    birth = parse_date(get["birth_date"]) if get["birth_date"] else None
    birth_date: date | None = birth.value if birth else None
    birth_year = birth.year if birth else None
    if birth_year is None and get["birth_year"]:
        year = parse_date(get["birth_year"])
        birth_year = year.year if year else None
    sex = normalize_sex(get["sex"])
    raw_id = get["cccd"] or get["cccd_or_cmnd"] or get["cmnd"] or get["id_number"]
    ident = normalize_identifier(raw_id)
    cccd = ident.value if ident and ident.kind == "cccd" else None
    cmnd = ident.value if ident and ident.kind == "cmnd" else None
    if cmnd is None and get["cmnd"] and raw_id != get["cmnd"]:
        # a register keyed by CCCD may also keep the person's old CMND in a column of its own
        legacy = normalize_identifier(get["cmnd"])
        cmnd = legacy.value if legacy and legacy.kind == "cmnd" else None
    ward_code = get["ward_code"]
    ward_codes = [ward_code] if ward_code else []
    address = get["address"] or get["address_old"]
    if vietnamese and not ward_code and address:
        codes = sorted(convert_address(address).codes)
        ward_codes = codes
        ward_code = codes[0] if len(codes) == 1 else None
    place = " ".join(p for p in (address, get["city"], get["postcode"]) if p)
    words = name_key.split(" ") if name_key else []
    family, given = (words[0] if words else None), (words[-1] if len(words) > 1 else None)
    if not get["full_name"] and get["family_name"] and get["given_name"]:  # parts as given
        family, given = fold(get["family_name"]) or None, fold(get["given_name"]) or None
    return {
        "full_name": tidy(name_text) if name_text else None,
        "name_key": name_key,
        "name_sorted": " ".join(sorted(words)) if words else None,
        "family_name": family,
        "given_name": given,
        "birth_date": birth_date,
        "birth_year": birth_year,
        "sex": sex,
        "cccd": cccd,
        "cccd_ok": bool(cccd) and _cccd_ok(cccd, birth_year, sex) if cccd else False,
        "cmnd": cmnd,
        "ident": ident.value if ident else None,
        "ward_code": ward_code,
        "ward_codes": ward_codes or None,
        "address_key": (fold(place) or None) if place and not vietnamese else None,
        "email": get["email"].lower() if get["email"] else None,
        "postcode": _code(get["postcode"]),
        "other_id": _code(get["other_id"]),
        "phone": _phone(get["phone"]),
    }
