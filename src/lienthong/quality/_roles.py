"""From a profile's column roles to the flags the check kinds read (a pure decision).

A dataset a manifest described (any column carrying a role flag such as ``cccd`` or
``full_name``) keeps exactly its manifest flags: the city's checks do not move when profiling
improves. A dataset nobody described (``registry add-source`` on a stranger's file, whose
columns carry ``personal`` at most) takes its flags from the roles profiling gave each column
with confidence at or above :data:`lienthong.profiling.THRESHOLD`; the kinds' ``defaults``
then derive the đúng/đủ/sạch/sống checks from those flags, as they do from a manifest's.

Roles the manifest vocabulary has (``cccd``, ``mst``, ``full_name``, ``birth_date``,
``sex``, ``address``, ``timestamp`` as ``updated_at``) map onto it, so a stranger's CCCD
column gets the very checks the city's do; roles only strangers bring (``phone``, ``email``,
``given_name``, ``national_id``, ``postcode``…) keep their own name as the flag.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

#: role -> the quality flags it sets
ROLE_TO_FLAGS: dict[str, frozenset[str]] = {
    "cccd": frozenset({"cccd"}),
    "cmnd": frozenset({"cmnd"}),
    "mst": frozenset({"mst"}),
    "bhxh": frozenset({"bhxh"}),
    "bhyt": frozenset({"bhyt"}),
    "national_id": frozenset({"national_id"}),
    "phone": frozenset({"phone"}),
    "email": frozenset({"email"}),
    "full_name": frozenset({"full_name"}),
    "family_name": frozenset({"family_name"}),
    "given_name": frozenset({"given_name"}),
    "birth_date": frozenset({"birth_date"}),
    "date": frozenset({"date"}),
    "timestamp": frozenset({"updated_at"}),
    "sex": frozenset({"sex"}),
    "address": frozenset({"address"}),
    "street": frozenset({"street"}),
    "ward": frozenset({"ward"}),
    "district": frozenset({"district"}),
    "province": frozenset({"province"}),
    "suburb": frozenset({"suburb"}),
    "state": frozenset({"state"}),
    "postcode": frozenset({"postcode"}),
}

#: registry flags that say nothing about what a column holds
_NEUTRAL_FLAGS = frozenset({"personal", "key"})

#: identifier flags in the order the record's own identity number is looked for
IDENTIFIER_FLAGS = ("cccd", "mst", "cmnd", "national_id", "bhxh", "bhyt")

#: a date column written as Excel day numbers: checks read its days as the profile did
DAY_NUMBERS = "excel_day_numbers"
#: a birth date column of bare years (``1948``): checks read a year as its 1st of January
BIRTH_YEARS = "birth_years"
#: a date column written month first (``03/25/1985``): checks read it month first too
MONTH_FIRST = "month_first_dates"
#: a date column written with month names (``13 Oct 1978``): checks read the names too
MONTH_NAMES = "month_name_dates"
#: an address or phone column whose values are not Vietnamese (a Polish address, a Mexican
#: phone number): the checks that assume Vietnamese values skip it
FOREIGN = "foreign_values"

#: flags whose columns are a person's name
NAME_FLAGS = ("full_name", "family_name", "given_name")


@dataclass(frozen=True)
class RoleColumn:
    """What the decision needs of a profiled column (``ColumnProfile`` fits)."""

    name: str
    role: str | None
    confidence: float
    #: how the profile read the values, as the flags that make the checks read them alike:
    #: :data:`DAY_NUMBERS`, :data:`BIRTH_YEARS`, :data:`MONTH_FIRST`, :data:`MONTH_NAMES`,
    #: :data:`FOREIGN`
    readings: frozenset[str] = frozenset()


def described(columns: Mapping[str, frozenset[str]]) -> bool:
    """True when some column carries a role flag: a manifest (or a person) described it."""
    return any(flags - _NEUTRAL_FLAGS for flags in columns.values())


def flags_from_roles(
    columns: Mapping[str, frozenset[str]],
    profiled: list[RoleColumn] | None,
    *,
    threshold: float,
) -> tuple[dict[str, frozenset[str]], bool]:
    """The flags the checks should read, and whether they came from roles.

    ``columns`` are the registry's flags; ``profiled`` the profile's columns (``None``: the
    dataset was never profiled). Described datasets and unprofiled ones are returned as they
    are. Otherwise every column keeps its neutral flags and gains its role's flags when the
    role is known and at least ``threshold`` sure; a column the profile does not know (added
    to the table since) gains nothing.
    """
    flags = {name: frozenset(f) for name, f in columns.items()}
    if profiled is None or described(flags):
        return flags, False
    for column in profiled:
        if column.name not in flags or column.role is None or column.confidence < threshold:
            continue
        flags[column.name] = flags[column.name] | ROLE_TO_FLAGS.get(column.role, frozenset())
        # its dates are read as the profile read them (iso_of); foreign values skip the
        # checks of Vietnamese units and phone formats
        flags[column.name] = flags[column.name] | column.readings
    return flags, True
