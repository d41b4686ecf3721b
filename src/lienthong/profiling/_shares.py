"""How much of a column's sample each role detector accepts: the shares roles are decided on.

Each distinct value is tested once and weighs as often as it occurs; a big table's sample is
first read through a uniform slice, so detectors that plainly do not fit never read the rest.
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


def _read(value: str) -> str:
    """A value as the detectors read it, its remark in brackets left out: composed, digits and
    commas of any script in ASCII."""
    value = _REMARK.sub("", value)
    if value.isascii():
        return value
    return ascii_digits(nfc(value)).translate(_SCRIPT_COMMAS)


def shares(values: Sequence[str]) -> dict[str, float]:
    """For each role, the share of ``values`` (non-blank) its detector accepts."""
    filled = [_read(v) for v in values if v.strip()]
    counted = Counter(filled)
    total = len(filled)
    if not total:
        return {role: 0.0 for role in DETECTORS}
    # each distinct value is tested once and weighs as often as it occurs: a column of two
    # values (Nam, Nữ) costs two tests per role, not one per sampled row
    if len(counted) <= _SLICE or total <= 2 * _SLICE:
        return {role: _share(counted, test, total) for role, test in DETECTORS.items()}
    # many values, many of them distinct (a big table's sample): a uniform slice of the rows
    # rules out the detectors that plainly do not fit before the rest is read
    first = random.Random(total).sample(filled, _SLICE)
    out: dict[str, float] = {}
    for role, test in DETECTORS.items():
        estimate = sum(1 for value in first if test(value)) / _SLICE
        out[role] = estimate if estimate < _SLICE_FLOOR else _share(counted, test, total)
    return out


def _share(counted: Counter[str], test: Callable[[str], bool], total: int) -> float:
    return sum(n for value, n in counted.items() if test(value)) / total
