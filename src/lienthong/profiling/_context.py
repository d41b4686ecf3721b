"""What a table's other columns say of a column's role.

Each column's role is read from its own name and values first (:mod:`._infer`); a few
questions only the whole table answers. A header is ambiguous across languages: French ``Nom``
is the family name, Catalan ``Nom`` the given name; Persian ``نام`` is the (given) name beside
``نام خانوادگی``, the family name. When two columns claim the family name, or a "name" column
of one-word values sits beside a family-name column, the column the header names less surely
is the given name, if its values are given names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from lienthong.profiling._hints import name_hints
from lienthong.profiling._infer import THRESHOLD, Inference
from lienthong.profiling._shares import shares

_NAME_ROLES = frozenset({"full_name", "family_name", "given_name"})
#: Share of a column's values that must read as given names before it is given that role.
_GIVEN_SHARE = 0.8


def in_context(
    names: Sequence[str], found: Sequence[Inference], values: Sequence[Sequence[str]]
) -> list[Inference]:
    """``found`` (one inference per column of ``names``), with the roles the table settles."""
    out = list(found)
    family = [i for i, inference in enumerate(out) if _sure(inference, "family_name")]
    if not family or any(_sure(inference, "given_name") for inference in out):
        # no family name to set a given name beside, or the given name is there already (a
        # second one-word name column is a middle name: Swahili "Jina la Kati")
        return out
    plain = [i for i in family if _name_roles(names[i]) == ("family_name",)]
    for index, inference in enumerate(out):
        if index in plain:
            continue
        hinted = _name_roles(names[index])
        # "Nom" (family or full name) beside "Cognoms": the other family name column
        rival = index in family and len(hinted) > 1 and bool(plain)
        # "نام" (a name) of one-word values beside "نام خانوادگی", left without a role
        unnamed = inference.role is None and hinted[:1] == ("full_name",)
        if rival or unnamed:
            out[index] = _given(inference, values[index], names[family[0]]) or inference
    return out


def _sure(inference: Inference, role: str) -> bool:
    return inference.role == role and inference.confidence >= THRESHOLD


def _name_roles(name: str) -> tuple[str, ...]:
    return tuple(role for role in name_hints(name) if role in _NAME_ROLES)


def _given(inference: Inference, values: Sequence[str], family: str) -> Inference | None:
    """The column as a given name, when its values read as given names (one to three words,
    no family name of the Vietnamese list first), else ``None``."""
    share = shares(values)["given_names"] if values else 0.0
    if share < _GIVEN_SHARE:
        return None
    evidence = (
        *inference.evidence,
        f"the table's family name is {family!r}: this column, {share:.0%} of whose values read"
        " as given names, is the given name",
    )
    return replace(
        inference, role="given_name", confidence=round(0.5 + 0.4 * share, 3), evidence=evidence
    )
