"""An address column beside its units in columns of their own: the street line.

A register that keeps the district, the ward (a Mongolian khoroo, a Moroccan city, a
Guatemalan municipality) in columns of their own writes in its address column what lies below
them: the street, the house, the flat (``14-р хороолол, 15-р байр, 15 тоот``, ``Hay Mohammadi,
Rue 5, N° 18``). Such a column names several parts with commas and reads as a full address on
its own; only the table tells it names none of the units its neighbours hold. A full address
repeats them (``48/7 Nguyễn Văn Cừ, P. An Khánh, Q. Ninh Kiều`` beside ``Phường``, ``Quận``)
and stays an address.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from lienthong.profiling._infer import THRESHOLD, Inference
from lienthong.profiling._text import fold

_UNITS = frozenset({"ward", "district", "province", "suburb", "state"})
#: Share of an address column's values that may name a unit of the columns beside it and the
#: column still be read as lines below the units (a unit's name may be a street's too).
_NAMING_SHARE = 0.1
#: Unit columns, at least, that leave the address column less: two levels (a district and its
#: wards; Mongolia's district and khoroo, read as two suburbs).
_LEVELS = 2
#: Unit values shorter than this are numbers and letters, no names (``7``, ``B``).
_SHORTEST_NAME = 3


def units_apart(
    names: Sequence[str], out: list[Inference], values: Sequence[Sequence[str]]
) -> None:
    """A sure address column beside sure unit columns whose values it (nearly) never names:
    the street line."""
    units = [i for i, found in enumerate(out) if found.role in _UNITS and _sure(found)]
    if len(units) < _LEVELS:
        return  # one unit apart (a province of origin, a city) leaves the address whole
    named = {
        fold(value)
        for index in units
        for value in values[index]
        if len(fold(value)) >= _SHORTEST_NAME
    }
    if not named:
        return
    pattern = re.compile(
        r"(?<!\w)(?:"
        + "|".join(re.escape(n) for n in sorted(named, key=len, reverse=True))
        + r")(?!\w)"
    )
    for index, found in enumerate(out):
        if found.role != "address" or not _sure(found):
            continue
        filled = [fold(value) for value in values[index] if value.strip()]
        if not filled:
            continue
        naming = sum(pattern.search(value) is not None for value in filled)
        if naming > _NAMING_SHARE * len(filled):
            continue
        evidence = (
            *found.evidence,
            f"the units are in columns of their own ({', '.join(names[i] for i in units)}) and"
            " the values name none of them: the street line below them",
        )
        out[index] = replace(found, role="street", evidence=evidence)


def _sure(found: Inference) -> bool:
    return found.confidence >= THRESHOLD
