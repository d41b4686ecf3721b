"""How much of a column's sample each role detector accepts: the shares roles are decided on.

Each distinct value is tested once and weighs as often as it occurs; a big table's sample is
first read through a uniform slice, so detectors that plainly do not fit never read the rest.
Detectors of words never read a value with a digit, nor those of places an ASCII value with no
letter (an id, a date, a phone): they could not accept it (see :data:`_WORDS_ONLY`).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable, Sequence

from lienthong.profiling._foreign import ascii_digits
from lienthong.profiling._text import nfc
from lienthong.profiling._values import DETECTORS

#: Values every detector reads first when a sample has many distinct values; a detector that
#: fits under :data:`_SLICE_FLOOR` of them is not run on the rest. The lowest share any decision
#: reads is 0.5 (a full address), 5.6 standard errors above the floor at this slice size
#: (odds under 1 in 10 million of a miss), so the roles decided are those of the full test; only
#: shares far below any threshold are estimates (evidence such as "only 3 % fit" may then read a
#: few points off).
_SLICE = 128
_SLICE_FLOOR = 0.25


#: Commas of other scripts, read as the comma the address and name detectors split on: Arabic
#: ``،``, Chinese and Japanese ``、`` and full-width ``，``, Myanmar ``၊``, Ethiopic ``፣``,
#: Armenian ``՝``.
_SCRIPT_COMMAS = str.maketrans(dict.fromkeys("\u060c\u3001\uff0c\u104a\u1363\u055d", ","))


#: A remark in brackets after a value (``Nguyễn Văn An (1985)``, ``山田 正雄（やまだ まさお）``,
#: ``Hasan Çelik (Baba adı: Mustafa)``): a clerk's addition to the value, not a part of it.
_REMARK = re.compile(r"(?<=\S)\s*[(（][^()（）]{1,40}[)）]\s*$")


#: Detectors that accept letters only: every one reads its value through ``[^\W\d_]`` (words
#: of letters of any script) or looks it up among lexicon words that hold no digit, so a value
#: holding a digit (after :func:`_read`, every digit is ASCII) is none of theirs. Skipping those
#: values changes no share; tests/profiling/test_shares.py holds each detector to it.
_WORDS_ONLY = frozenset(
    {"full_name", "family_name", "given_name", "given_names", "any_full_name", "any_surname"}
    | {"sex", "any_sex", "state"}
)
#: Detectors of places: each needs a letter (a street word, a unit's prefix, a word beside the
#: house number, a Chinese, Japanese, Korean or Thai unit), so an ASCII value with no letter is
#: none of theirs.
_LETTERED = frozenset(
    {"address", "full_address", "street", "any_street", "address_line", "place_list"}
    | {"ward", "district", "province", "suburb"}
)
_DIGIT = re.compile(r"\d")
_ASCII_LETTER = re.compile(r"[A-Za-z]")


def could_fit(role: str, value: str) -> bool:
    """False when the detector of ``role`` cannot accept ``value`` (as :func:`_read` gives it)
    whatever it holds: a word detector and a digit, a place detector and no letter at all."""
    if role in _WORDS_ONLY:
        return _DIGIT.search(value) is None
    if role in _LETTERED:
        return not value.isascii() or _ASCII_LETTER.search(value) is not None
    return True


def _read(value: str) -> str:
    """A value as the detectors read it, its remark in brackets left out: composed, digits and
    commas of any script in ASCII."""
    value = _REMARK.sub("", value)
    if value.isascii():
        return value
    return ascii_digits(nfc(value)).translate(_SCRIPT_COMMAS)


def every_share(values: Sequence[str]) -> dict[str, float]:
    """For each role, the share every detector gives on every distinct value read, with no value
    skipped and no slice first: what :func:`shares` must equal wherever a decision reads it (the
    reference of tests/profiling/test_shares.py and bench/role_shares.py)."""
    counted = Counter(_read(v) for v in values if v.strip())
    total = sum(counted.values())
    if not total:
        return {role: 0.0 for role in DETECTORS}
    return {
        role: sum(n for value, n in counted.items() if test(value)) / total
        for role, test in DETECTORS.items()
    }


def shares(values: Sequence[str]) -> dict[str, float]:
    """For each role, the share of ``values`` (non-blank) its detector accepts."""
    filled = [_read(v) for v in values if v.strip()]
    counted = Counter(filled)
    total = len(filled)
    if not total:
        return {role: 0.0 for role in DETECTORS}
    # each distinct value is tested once and weighs as often as it occurs: a column of two
    # values (Nam, Nữ) costs two tests per role, not one per sampled row
    pools = _pools(list(counted.items()))
    if len(counted) <= _SLICE or total <= 2 * _SLICE:
        return {role: _share(pools(role), test, total) for role, test in DETECTORS.items()}
    # many values, many of them distinct (a big table's sample): a uniform slice of the rows
    # rules out the detectors that plainly do not fit before the rest is read
    firsts = _pools([(value, 1) for value in random.Random(total).sample(filled, _SLICE)])
    out: dict[str, float] = {}
    for role, test in DETECTORS.items():
        estimate = _share(firsts(role), test, _SLICE)
        out[role] = estimate if estimate < _SLICE_FLOOR else _share(pools(role), test, total)
    return out


_Pool = list[tuple[str, int]]


def _pools(items: _Pool) -> Callable[[str], _Pool]:
    """The values (and their counts) each role's detector is run on: all of them, but for the
    detectors that could not accept some (:func:`could_fit`)."""
    worded = [(value, n) for value, n in items if could_fit("full_name", value)]
    lettered = [(value, n) for value, n in items if could_fit("address", value)]
    return lambda role: worded if role in _WORDS_ONLY else lettered if role in _LETTERED else items


def _share(pool: _Pool, test: Callable[[str], bool], total: int) -> float:
    return sum(n for value, n in pool if test(value)) / total
