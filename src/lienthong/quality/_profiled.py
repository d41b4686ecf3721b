"""What the checks read from a dataset's stored profiles: distinct shares, code columns, drift.

Pure functions of the profile (and the one before it); ``registered_datasets`` puts their
answers on :class:`~lienthong.quality._model.DatasetInfo`.
"""

from __future__ import annotations

import re
from typing import Any

from lienthong.profiling import (
    IDENTIFIER_ROLES,
    ColumnProfile,
    DatasetProfile,
    distinct_share,
    profile_drift,
)

#: the most common shape's share for a column to count as holding codes of one form
ONE_SHAPE = 0.9
#: fewer distinct values than this prove nothing about a column holding ids
MIN_CODES = 20
_CODE_SHAPE = re.compile(r"[9A\-_/.]+")


def code_like(column: ColumnProfile) -> bool:
    """True when the column holds codes: one shape of digits (and letters, -, _, /, .),
    an identifier's role or none, no date, enough distinct values, and not a row counter
    (consecutive integers: every file's ``STT`` would otherwise "reference" every other)."""
    if column.role is not None and column.role not in IDENTIFIER_ROLES:
        return False
    if "DATE" in column.meant_type.upper() or "TIME" in column.meant_type.upper():
        return False
    if not column.shapes or column.shapes[0][1] < ONE_SHAPE:
        return False
    bare = re.sub(r"\{[0-9]+\}", "", column.shapes[0][0])
    if not _CODE_SHAPE.fullmatch(bare) or "9" not in bare:
        return False
    filled = column.rows - column.nulls - column.blanks
    if min(column.distinct, filled) < MIN_CODES:
        return False
    if set(bare) == {"9"}:
        low, high = _integer(column.min), _integer(column.max)
        if low is not None and high is not None and high - low + 1 <= 1.1 * filled:
            return False
    return True


def _integer(text: str | None) -> int | None:
    try:
        return int(str(text).strip())
    except ValueError:
        return None


def profile_facts(
    profile: DatasetProfile | None, previous: DatasetProfile | None
) -> dict[str, Any]:
    """``distinct_share``, ``code_columns``, ``shapes`` and ``drift`` for a DatasetInfo."""
    if profile is None:
        return {}
    drift = None
    if previous is not None:
        drift = tuple((d.column, d.changes) for d in profile_drift(previous, profile))
    return {
        "distinct_share": {c.name: distinct_share(c) for c in profile.columns},
        "code_columns": tuple(c.name for c in profile.columns if code_like(c)),
        "shapes": {c.name: c.shapes[0][0] for c in profile.columns if c.shapes},
        "drift": drift,
    }
