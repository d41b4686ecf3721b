"""A list of one party (beneficiaries, household heads): the record's name under the party's
header when no column of the record's own name stands beside it."""

from __future__ import annotations

from collections.abc import Sequence

from lienthong.profiling._hints import names_a_persons_name, names_a_relative
from lienthong.profiling._infer import Inference, a_category, sure_in
from lienthong.profiling._roles import NAME_ROLES
from lienthong.profiling._shares import shares

#: Share of a column's values that must be whole names.
_PART_SHARE = 0.8


def a_partys_list(
    names: Sequence[str], out: list[Inference], values: Sequence[Sequence[str]]
) -> None:
    """A list of one party (beneficiaries, household heads: ``Beneficiary Name``, ``Nome
    Completo do Responsável``) names no other person: with no column of the record's own name,
    the first column of mostly distinct whole names under the party's header is the record's
    (``Họ tên chủ hộ`` before ``Người nhận thay``, the proxy's, read as names from the values
    alone)."""
    if any(
        sure_in(inference, NAME_ROLES) and _named_own(names[index])
        for index, inference in enumerate(out)
    ):
        return
    for index, inference in enumerate(out):
        name, filled = names[index], [value for value in values[index] if value.strip()]
        if inference.role not in (None, *NAME_ROLES) or not names_a_relative(name):
            continue
        if a_category(len(set(filled)), len(filled)):
            continue  # a handful of names row after row: a brand's, a category's, no party's
        share = shares(values[index])["any_full_name"] if values[index] else 0.0
        if names_a_persons_name(name) and share >= _PART_SHARE:
            evidence = (
                *inference.evidence,
                f"{share:.0%} of values are whole names, under a party's header with no other"
                " column of names: a list of that party, the record's name",
            )
            out[index] = Inference("full_name", round(0.5 + 0.4 * share, 3), evidence, True)
            return


def _named_own(name: str) -> bool:
    """Whether the header may name the record's own name: any but a party's that names no
    name (``Người nhận thay``, the proxy, whose values alone read as names)."""
    return not names_a_relative(name) or names_a_persons_name(name)
