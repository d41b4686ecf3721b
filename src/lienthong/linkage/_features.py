"""One record's comparison keys, computed in Python (the resolver's path).

The keys come from :data:`lienthong.linkage._featurespec.FEATURES`, the description the bulk
SQL path (:mod:`lienthong.linkage._prepare`) is generated from too; only the address → ward
lookup and the address text are written here (the batch parses each distinct address once).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lienthong.linkage._featurespec import python_features
from lienthong.linkage._roles import place_columns
from lienthong.normalize import convert_address, fold

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


def record_features(values: Mapping[str, Any], *, vietnamese: bool = True) -> dict[str, Any]:
    """Comparison keys of one record given by role (``full_name``, ``birth_date``, ``cccd``…).

    A role counts when it is a key of ``values`` (as a column counts in a batch), even if None.
    """
    found = python_features(values, vietnamese=vietnamese)
    ward_code = _text(values.get("ward_code"))
    ward_codes = [ward_code] if ward_code else []
    # the address column counts, as in a batch: the first of them the record has
    role = "address" if "address" in values else "address_old"
    address = _text(values.get(role))
    if vietnamese and "ward_code" not in values and address:
        codes = sorted(convert_address(address).codes)
        ward_codes = codes
        ward_code = codes[0] if len(codes) == 1 else None
    parts = (values.get(r) for r in ("street_number", role, *place_columns(values)))
    place = " ".join(t for t in map(_text, parts) if t)
    return found | {
        "ward_code": ward_code,
        "ward_codes": ward_codes or None,
        "address_key": (fold(place) or None) if place and not vietnamese else None,
    }
