"""A handful of people, row after row: the table's only name column is its people's names.

Read alone, a column of a dozen whole names repeated row after row looks like a category's
(the kind of aid, in Arabic words a name detector accepts) or the staff's who served the
records, and :mod:`._infer` gives it no role. The whole table tells them apart: staff and
categories stand beside the records' own names, while a register whose one name column, under a
header that names a person's name, repeats a few people (a clinic's repeated visits, a training
course's attendance, a small group's payments) names the records' own people.
"""

from __future__ import annotations

from collections.abc import Sequence

from lienthong.profiling._hints import name_hints, names_a_part, names_a_relative
from lienthong.profiling._infer import Inference, a_category, sure_in
from lienthong.profiling._roles import NAME_ROLES
from lienthong.profiling._shares import shares

#: Share of the filled values that must read as whole names of any language.
_WHOLE_NAMES = 0.85
#: Filled values a column needs before a handful of names repeated means anything.
_FEWEST_VALUES = 20


def a_handful_of_people(
    names: Sequence[str], out: list[Inference], values: Sequence[Sequence[str]]
) -> None:
    """Give the whole name to the one column of a handful of names, when no other column of the
    table holds or is headed a name of the record's person, its header names the whole name
    (not a part, not a relative's) and nearly every value reads as a whole name."""
    if any(sure_in(inference, NAME_ROLES) for inference in out):
        return
    headed = [i for i, name in enumerate(names) if set(name_hints(name)) & NAME_ROLES]
    if len(headed) != 1:
        return
    (index,) = headed
    name, inference = names[index], out[index]
    if (
        inference.role is not None
        or "full_name" not in name_hints(name)
        or names_a_part(name)
        or names_a_relative(name)
    ):
        return
    filled = [value.strip() for value in values[index] if value.strip()]
    distinct = len(set(filled))
    if len(filled) < _FEWEST_VALUES or distinct < 2 or not a_category(distinct, len(filled)):
        return
    whole = shares(filled).get("any_full_name", 0.0)
    if whole < _WHOLE_NAMES:
        return
    evidence = (
        *inference.evidence,
        f"yet it is the table's only name column, and {whole:.0%} of its values are whole names:"
        f" {distinct} people, row after row (repeated visits, a small group), the records' own",
    )
    out[index] = Inference("full_name", round(0.5 + 0.4 * whole, 3), evidence, True)
