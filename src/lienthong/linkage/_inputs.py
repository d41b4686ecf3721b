"""What the linker reads: datasets described by the *role* each column plays.

A role says what a column means to linkage (``full_name``, ``birth_date``, ``cccd``…). Roles
come from the registry's column flags, which also switch the Vietnamese normalisers on (name
order, old→new addresses, CCCD structure). A dataset without flags, such as a CSV of people a
user just registered, gets its roles from its column names and the same pipeline, with generic
normalisation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from lienthong.normalize import fold

#: Registry column flags that are linkage roles (the flag and the role share a name).
FLAG_ROLES = (
    "full_name",
    "birth_date",
    "birth_year",
    "sex",
    "cccd",
    "cmnd",
    "cccd_or_cmnd",
    "mst",
    "address",
    "address_old",
    "ward_code",
)

#: Folded column names → role, for datasets that carry no flags (plain CSV files of people).
NAME_ROLES: dict[str, str] = {
    "name": "full_name",
    "full name": "full_name",
    "fullname": "full_name",
    "ho ten": "full_name",
    "ho va ten": "full_name",
    "hoten": "full_name",
    "first name": "given_name",
    "firstname": "given_name",
    "forename": "given_name",
    "given name": "given_name",
    "surname": "family_name",
    "last name": "family_name",
    "lastname": "family_name",
    "family name": "family_name",
    "dob": "birth_date",
    "date of birth": "birth_date",
    "birth date": "birth_date",
    "birthdate": "birth_date",
    "ngay sinh": "birth_date",
    "year of birth": "birth_year",
    "birth year": "birth_year",
    "nam sinh": "birth_year",
    "sex": "sex",
    "gender": "sex",
    "gioi tinh": "sex",
    "address": "address",
    "dia chi": "address",
    "city": "city",
    "postcode": "postcode",
    "zip": "postcode",
    "email": "email",
    "e mail": "email",
    "national id": "id_number",
    "id number": "id_number",
    "cccd": "cccd",
    "so cccd": "cccd",
}


@dataclass(frozen=True)
class LinkInput:
    """One dataset to link: where to read it in DuckDB, its key, and its columns' roles.

    ``vietnamese`` turns on name-order repair, address conversion to today's wards and CCCD
    structure checks; it is true when the roles came from registry flags. ``raw`` is the
    benchmark baseline (plain Splink): names only lower-cased, dates in ISO or dd/mm/yyyy,
    addresses compared as text, identifiers by length.
    """

    dataset: str
    from_sql: str
    key: tuple[str, ...]
    roles: Mapping[str, str]
    vietnamese: bool = True
    #: benchmark baseline: no normalisation beyond lower case and the usual date formats
    raw: bool = False
    entity_type: str = "person"
    extra: Mapping[str, str] = field(default_factory=dict)
    #: roles guessed from names and values (no registry flags): addresses compared as text too
    guessed: bool = False
    #: column → how the linker uses it, and column → why it does not (reported to the user)
    used: Mapping[str, str] = field(default_factory=dict)
    ignored: Mapping[str, str] = field(default_factory=dict)

    @property
    def is_person(self) -> bool:
        return self.entity_type == "person"


def roles_from_flags(columns: Iterable[tuple[str, Sequence[str]]]) -> dict[str, str]:
    """role → the first column flagged with it."""
    roles: dict[str, str] = {}
    for name, flags in columns:
        for flag in flags:
            if flag in FLAG_ROLES and flag not in roles:
                roles[flag] = name
    return roles


def roles_from_names(columns: Iterable[str]) -> dict[str, str]:
    """role → column, guessed from common column names (any language we know, any case)."""
    roles: dict[str, str] = {}
    for name in columns:
        role = NAME_ROLES.get(fold(name.replace("_", " ")))
        if role and role not in roles:
            roles[role] = name
    return roles


def quote(name: str) -> str:
    """A DuckDB identifier, quoted (sector columns have spaces and Vietnamese letters)."""
    return '"' + name.replace('"', '""') + '"'
