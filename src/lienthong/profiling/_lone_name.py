"""A lone name column the header reads as the given name, or as the family name under a header
that may also mean the whole name (French ``Nom``): the whole name, when the table has no other
part of it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from lienthong.profiling._hints import name_hints, names_a_part
from lienthong.profiling._infer import THRESHOLD, Inference

#: Share of a column's values that must hold two words or more.
_SEVERAL_WORDS = 0.9
_OTHER_PARTS = frozenset({"family_name", "full_name"})
_GIVEN_OR_WHOLE = frozenset({"given_name", "full_name"})


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


def lone_family_name(
    names: Sequence[str], out: list[Inference], values: Sequence[Sequence[str]]
) -> None:
    """The one column read as the family name under a header that may name the whole name too
    (``Nom du prestataire``, the claimant's name: French ``Nom`` is either) becomes the whole
    name when no other column is a given or a whole name or is headed a given name, and nearly
    every value has two words or more (``Ulysse Thériault``): a family name is mostly one."""
    family = [i for i, inference in enumerate(out) if _sure_as(inference, "family_name")]
    if len(family) != 1:
        return
    (index,) = family
    if "full_name" not in name_hints(names[index]) or names_a_part(names[index]):
        return
    for other, inference in enumerate(out):
        if other != index and (
            inference.role in _GIVEN_OR_WHOLE or "given_name" in name_hints(names[other])
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
            "the header may name the whole name, no other column holds a given or a whole name,"
            " and nearly every value has two words or more: the whole name",
        ),
    )


def _sure_as(inference: Inference, role: str) -> bool:
    return inference.role == role and inference.confidence >= THRESHOLD
