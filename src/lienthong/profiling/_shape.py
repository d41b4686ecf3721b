"""A value's shape: its letters as ``A``, its digits as ``9``, runs counted (``079203001234`` ->
``9{12}``). The profile reports a column's shapes, and a column of ids is one kind of id when
most share one (:func:`lienthong.profiling._foreign.ids_agree`)."""

from __future__ import annotations

import re
import string


def shape(text: str) -> str:
    """``"079203001234"`` -> ``"9{12}"``; letters ``A``, digits ``9``, others kept."""
    head = text[:40]
    if head.isascii():  # most values: one table lookup a character instead of two tests
        symbols = head.translate(_ASCII_SHAPE)
    else:
        symbols = "".join("9" if ch.isdigit() else "A" if ch.isalpha() else ch for ch in head)
    return "".join(
        run[0] if len(run[0]) == 1 else f"{run[1]}{{{len(run[0])}}}"
        for run in _RUN.finditer(symbols)
    )


_ASCII_SHAPE = str.maketrans(
    {**{chr(c): "9" for c in range(48, 58)}, **{ch: "A" for ch in string.ascii_letters}}
)
_RUN = re.compile(r"(.)\1*", re.DOTALL)
