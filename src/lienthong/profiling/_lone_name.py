"""A lone name column the header reads as the given name, or as the family name under a header
that may also mean the whole name (French ``Nom``): the whole name, when the table has no other
part of it; and a lone column of whole names many of which the Vietnamese statistics do not
know (the Dao's, the H'Mông's, the Hà Nhì's: ``Bàn Thị Phấy``, ``Pờ Mé Khừ``) under a header
naming no one else or the owner (``Chủ cơ sở``): the record's name, when no other column holds
one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from lienthong.profiling._hints import name_hints, names_a_part, names_a_relative
from lienthong.profiling._infer import Inference, a_category, sure_in
from lienthong.profiling._roles import NAME_ROLES
from lienthong.profiling._shares import shares
from lienthong.profiling._text import fold

#: Share of a column's values that must hold two words or more.
_SEVERAL_WORDS = 0.9
_OTHER_PARTS = frozenset({"family_name", "full_name"})
_GIVEN_OR_WHOLE = frozenset({"given_name", "full_name"})
#: Shares of a lone column's values that must be Vietnamese whole names, and names of any
#: people of two words or more, before it is the record's name.
_VIETNAMESE_SHARE, _ANY_NAMES_SHARE = 0.6, 0.9


def lone_given_name(
    names: Sequence[str], out: list[Inference], values: Sequence[Sequence[str]]
) -> None:
    """The one column read as the given name (``الاسم``, a name that is the first one beside a
    family name) becomes the whole name when its header names no part without doubt (not
    ``First name``), no other column is a family or a whole name or is headed a family name (a
    family name by its header may be left unsure, ``اسم العائلة`` of one word), and nearly every
    value has two words or more (a Saudi register's ``تشاندريكا فرناندو``)."""
    _lone_part(
        names,
        out,
        values,
        ("given_name", _OTHER_PARTS, "family_name"),
        lambda header: True,
        "no other column holds a family or a whole name, and nearly every value has two words"
        " or more: the whole name",
    )


def lone_family_name(
    names: Sequence[str], out: list[Inference], values: Sequence[Sequence[str]]
) -> None:
    """The one column read as the family name under a header that may name the whole name too
    (``Nom du prestataire``, the claimant's name: French ``Nom`` is either) becomes the whole
    name when no other column is a given or a whole name or is headed a given name, and nearly
    every value has two words or more (``Ulysse Thériault``): a family name is mostly one."""
    _lone_part(
        names,
        out,
        values,
        ("family_name", _GIVEN_OR_WHOLE, "given_name"),
        lambda header: "full_name" in name_hints(header),
        "the header may name the whole name, no other column holds a given or a whole name,"
        " and nearly every value has two words or more: the whole name",
    )


def _lone_part(
    names: Sequence[str],
    out: list[Inference],
    values: Sequence[Sequence[str]],
    roles: tuple[str, frozenset[str], str],
    header_allows: Callable[[str], bool],
    why: str,
) -> None:
    """Make the one sure ``part`` column the whole name, when ``header_allows`` its header, it
    names no part without doubt, no other column has one of the ``others`` roles or is headed
    the ``rival`` part, and nearly every value has two words or more."""
    part, others, rival = roles
    found = [i for i, inference in enumerate(out) if sure_in(inference, frozenset({part}))]
    if len(found) != 1:
        return
    (index,) = found
    if names_a_part(names[index]) or not header_allows(names[index]):
        return
    for other, inference in enumerate(out):
        if other != index and (inference.role in others or rival in name_hints(names[other])):
            return
    filled = [value for value in values[index] if value.strip()]
    if not filled or sum(len(v.split()) >= 2 for v in filled) < _SEVERAL_WORDS * len(filled):
        return
    out[index] = replace(out[index], role="full_name", evidence=(*out[index].evidence, why))


def lone_vietnamese_names(
    names: Sequence[str], out: list[Inference], values: Sequence[Sequence[str]]
) -> None:
    """The one column of mostly distinct whole names, most of them Vietnamese ones (the rest of
    peoples whose family names the statistics do not know: ``Bàn Thị Phấy``), under a header
    naming no one else or the owner (``Chủ cơ sở``), is the record's name when no column holds
    one: read alone, as a Kinh name column is."""
    if any(sure_in(inference, NAME_ROLES) for inference in out):
        return
    found = []
    for index, inference in enumerate(out):
        filled = [value for value in values[index] if value.strip()]
        if inference.role is not None or not filled:
            continue
        if a_category(len(set(filled)), len(filled)):
            continue
        fits = shares(filled)
        if fits["full_name"] >= _VIETNAMESE_SHARE and fits["any_full_name"] >= _ANY_NAMES_SHARE:
            found.append((index, fits))
    # under a header naming no one else, or the owner (``Chủ cơ sở``, of the establishment the
    # register lists), never the officer's who took the file (``Cán bộ tiếp nhận``)
    own = [(i, fits) for i, fits in found if not names_a_relative(names[i]) or _owner(names[i])]
    if len(own) != 1:
        return
    ((index, fits),) = own
    why = (
        f"{fits['full_name']:.0%} of values are Vietnamese whole names and"
        f" {fits['any_full_name']:.0%} names of two words or more, in the table's only column of"
        " names: the record's name"
    )
    confidence = round(0.5 + 0.4 * fits["any_full_name"], 3)
    out[index] = Inference("full_name", confidence, (*out[index].evidence, why), True)


def _owner(header: str) -> bool:
    """Whether the header names the owner of what the register lists (``Chủ cơ sở``, ``Chủ
    tàu``): the record's person, though a place's word follows."""
    words = header.split()
    return bool(words) and fold(words[0]) == "chu"
