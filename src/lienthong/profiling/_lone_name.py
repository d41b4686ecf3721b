"""A lone name column the header reads as the given name: the whole name, when the table has no
other part of it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from lienthong.profiling._hints import name_hints, names_a_part
from lienthong.profiling._infer import THRESHOLD, Inference

#: Share of a column's values that must hold two words or more.
_SEVERAL_WORDS = 0.9
_OTHER_PARTS = frozenset({"family_name", "full_name"})


def lone_given_name(
    names: Sequence[str], out: list[Inference], values: Sequence[Sequence[str]]
) -> None:
    """The one column read as the given name (``الاسم``, a name that is the first one beside a
    family name) becomes the whole name when its header names no part without doubt (not
    ``First name``), no other column is a family or a whole name or is headed a family name,
    and nearly every value has two words or more (a Saudi register's ``تشاندريكا فرناندو``)."""
    given = [
        i
        for i, inference in enumerate(out)
        if inference.role == "given_name" and inference.confidence >= THRESHOLD
    ]
    if len(given) != 1 or names_a_part(names[given[0]]):
        return
    (index,) = given
    for other, inference in enumerate(out):
        if other != index and (
            # a family name by its header may be left unsure (``اسم العائلة`` of one word)
            inference.role in _OTHER_PARTS or "family_name" in name_hints(names[other])
        ):
            return
    filled = [value for value in values[index] if value.strip()]
    if not filled or sum(len(v.split()) >= 2 for v in filled) < _SEVERAL_WORDS * len(filled):
        return
    out[index] = replace(
        out[index],
        role="full_name",
        evidence=(
            *out[index].evidence,
            "no other column holds a family or a whole name, and nearly every value has two"
            " words or more: the whole name",
        ),
    )
