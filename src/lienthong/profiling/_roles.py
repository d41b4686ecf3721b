"""The semantic roles a column can have, which identify a person, and the registry flags each sets.

A role is personal when it alone, or with the dataset, points at a person (Decree 13/2023/NĐ-CP
counts names, birth dates, addresses, ID numbers, phone numbers and sex as personal data).
"""

from __future__ import annotations

#: role -> registry column flags it implies (besides ``personal``).
ROLE_FLAGS: dict[str, tuple[str, ...]] = {
    "cccd": ("cccd",),
    "cmnd": ("cmnd",),
    "mst": ("mst",),
    "bhxh": ("insurance_code",),
    "bhyt": ("insurance_code",),
    "national_id": (),
    "phone": (),
    "email": (),
    "full_name": ("full_name",),
    "family_name": (),
    "given_name": (),
    "birth_date": ("birth_date",),
    "date": (),
    "timestamp": ("updated_at",),
    "sex": ("sex",),
    "address": ("address",),
    "street": (),
    "ward": (),
    "district": (),
    "province": (),
    "suburb": (),
    "state": (),
    "postcode": (),
}

ROLES = frozenset(ROLE_FLAGS)
#: The roles of a person's name, whole or in parts.
NAME_ROLES = frozenset({"full_name", "family_name", "given_name"})

#: Roles that identify a person (alone or with little else).
PERSONAL_ROLES = frozenset(
    {
        "cccd",
        "cmnd",
        "mst",
        "bhxh",
        "bhyt",
        "national_id",
        "phone",
        "email",
        "full_name",
        "family_name",
        "given_name",
        "birth_date",
        "sex",
        "address",
        "street",
    }
)

#: Roles that are identifiers: linkage keys, and quality checks their uniqueness.
IDENTIFIER_ROLES = frozenset({"cccd", "cmnd", "mst", "bhxh", "bhyt", "national_id"})
