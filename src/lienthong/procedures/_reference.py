"""Reference tables shipped as data, and the form fields a procedure derives from them.

Some values of a form are neither held about the citizen nor typed by them: the school zone of
first-grade enrolment follows from the child's ward of residence by the education department's
zoning table. That table is data (``procedures/reference/<table>.csv``: ``#`` comment lines,
then a header row whose first column is the key), so a city changes its zones by editing a
file, never code. A field declares ``lookup: {table, key, column}``; its value is recomputed
from the dossier's other values when prefill ends and again at submission (a ward typed by hand
derives too), and it is shown locked, with the table it came from.

Ward keys (``wards: true``) follow the 2025 reorganisation (:mod:`lienthong.geo`): a current
ward code is used as it is; an old (pre-2025) ward code is converted to the current ward(s) it
became. A split old ward whose candidates fall in different rows is left unknown with the
candidates named: the officer decides, the citizen is never refused for it.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType

from lienthong.errors import ConfigError, NotFoundError

REFERENCE = Path(__file__).parent / "reference"


@dataclass(frozen=True)
class Derived:
    value: str | None
    why: str | None  # why the value is unknown (None when found)
    note: str  # where it came from, for the form


@cache
def table(name: str, folder: Path = REFERENCE) -> MappingProxyType[str, Mapping[str, str]]:
    """The rows of reference table ``name`` by key (its first column), read once."""
    path = folder / f"{name}.csv"
    if not path.is_file():
        raise ConfigError(f"No reference table {name!r} ({path.name} in {folder}).")
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    reader = csv.DictReader(lines)
    key = (reader.fieldnames or [""])[0]
    rows = {row[key].strip(): MappingProxyType(dict(row)) for row in reader if row.get(key)}
    return MappingProxyType(rows)


def columns(name: str) -> tuple[str, ...]:
    """The columns of reference table ``name`` (for validating a procedure file)."""
    rows = table(name)
    first = next(iter(rows.values()), None)
    return tuple(first) if first is not None else ()


def _ward_keys(code: str) -> tuple[list[str], str]:
    """The current ward code(s) for ``code`` and how they were found."""
    from lienthong.geo import current_ward, new_wards_for_old, old_ward

    try:
        current_ward(code)
        return [code], ""
    except NotFoundError:
        pass
    try:
        old = old_ward(code)
    except NotFoundError:
        return [], ""
    found = [c.ward.code for c in new_wards_for_old(code)]
    names = ", ".join(c.ward.name for c in new_wards_for_old(code))
    return found, f"{old.name}, {old.district} (before 2025) → {names}"


def lookup(name: str, key: str | None, column: str, *, wards: bool = False) -> Derived:
    """``column`` of the row of table ``name`` keyed by ``key`` (an old ward converted first)."""
    source = f"reference table {name}"
    if key is None or not key.strip():
        return Derived(None, "the key is not known", source)
    rows = table(name)
    keys, how = _ward_keys(key.strip()) if wards else ([key.strip()], "")
    values = sorted({rows[k][column] for k in keys if k in rows})
    note = f"{source}; {how}" if how else source
    if len(values) == 1:
        return Derived(values[0], None, note)
    if not values:
        return Derived(None, f"{key!r} is not in {source}", note)
    return Derived(None, "a split ward: several rows (" + ", ".join(values) + ")", note)
