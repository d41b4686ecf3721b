"""Two national ids in one table, one proven by its check digit or the other named old: the
other is not the person's.

A register may carry the country's personal number beside another that its header also calls
an identity number: Rajasthan's family ``जन आधार संख्या`` beside the Aadhaar, a programme's
member number beside the national id. When the values of exactly some of those columns pass the
check digit of a country's personal number (:func:`~._checked_ids.checked_ids`) and the others'
do not, the proven ones are the person's and the others an identifier of something else. A
number whose header says it is the old one (``N.I.C. (OLD)``, ``NO. K/P LAMA``) beside one that
does not is the one the person no longer carries.
"""

from __future__ import annotations

from collections.abc import Sequence

from lienthong.profiling._checked_ids import checked_ids
from lienthong.profiling._header_words import header_words
from lienthong.profiling._infer import Inference, sure_in

_NATIONAL = frozenset({"national_id"})
#: Header words that call a number the old one (English, Malay, Spanish, Portuguese, French,
#: German, Italian, Indonesian).
_OLD = frozenset({"old", "lama", "antiguo", "anterior", "antigo", "ancien", "alt", "alte"})
_OLD |= {"vecchio", "former", "previous"}


def unproven_beside_proven(out: list[Inference], values: Sequence[Sequence[str]]) -> None:
    """Take the national id from the columns whose numbers pass no check digit, when others
    that also claim it pass one."""
    claims = [i for i, inference in enumerate(out) if sure_in(inference, _NATIONAL)]
    if len(claims) < 2:
        return
    proven = {i: checked_ids([v for v in values[i] if v.strip()]) for i in claims}
    kinds = sorted({kind for kind in proven.values() if kind is not None})
    if not kinds or all(kind is not None for kind in proven.values()):
        return
    for index in (i for i, kind in proven.items() if kind is None):
        evidence = (
            *out[index].evidence,
            f"beside numbers that pass the check digit of a personal number ({kinds[0]}), these"
            " pass none: an identifier of something else, not the person's national id",
        )
        out[index] = Inference(None, 0.0, evidence, True)


def old_beside_new(names: Sequence[str], out: list[Inference]) -> None:
    """Take the national id from a column whose header calls its number the old one, when
    another column claims the national id under a header that does not."""
    claims = [i for i, inference in enumerate(out) if sure_in(inference, _NATIONAL)]
    old = [i for i in claims if _OLD.intersection(header_words(names[i]))]
    if not old or len(old) == len(claims):
        return
    new = next(i for i in claims if i not in old)
    for index in old:
        evidence = (
            *out[index].evidence,
            f"the old number beside {names[new]!r}, the one the person carries now",
        )
        out[index] = Inference(None, 0.0, evidence, True)
