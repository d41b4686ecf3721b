"""What the checks read from a dataset's stored profiles: distinct shares, code columns, drift.

Pure functions of the profile (and the one before it); ``registered_datasets`` puts their
answers on :class:`~lienthong.quality._model.DatasetInfo`.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from lienthong.normalize import fold
from lienthong.profiling import (
    IDENTIFIER_ROLES,
    ColumnProfile,
    DatasetProfile,
    distinct_share,
    profile_drift,
    reads_other_calendar,
)
from lienthong.quality._dialect import FIRST_YEAR
from lienthong.quality._vn import CITY_NAME

#: the most common shape's share for a column to count as holding codes of one form
ONE_SHAPE = 0.9
#: fewer distinct values than this prove nothing about a column holding ids
MIN_CODES = 20
_CODE_SHAPE = re.compile(r"[9A\-_/.]+")
#: the city's name as addresses write it, folded (``Thành phố Hồ Chí Minh``, ``TP HCM``)
_CITY = fold(CITY_NAME).removeprefix("thanh pho ")
#: a value on at least this share of a column's filled rows (and on two rows at least) is one
#: of the column's common values; a stray typo sits on far fewer
COMMON_SHARE = 0.05


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


def common_values(column: ColumnProfile) -> tuple[str, ...]:
    """The values (trimmed) each on at least :data:`COMMON_SHARE` of the column's filled rows
    and on two rows at least: the words a column of few values is written in, in any language
    (``Karl``/``Kona``, ``مرد``/``زن``), read from the column itself rather than from a list."""
    filled = column.rows - column.nulls - column.blanks
    floor = max(2.0, COMMON_SHARE * filled)
    found = (value.strip() for value, count in column.top_values if count >= floor)
    return tuple(dict.fromkeys(value for value in found if value))


def script_digits(column: ColumnProfile) -> str | None:
    """The ten digits of the script the column writes its numbers in (``၀၁၂…၉``), when that
    is not ASCII: the checks read 0-9 only, so a Burmese date would fail every row."""
    seen = [column.min or "", column.max or "", *(value for value, _ in column.top_values)]
    for char in "".join(seen):
        value = unicodedata.decimal(char, None)
        if value is not None and not char.isascii():
            zero = ord(char) - value
            return "".join(chr(zero + n) for n in range(10))
    return None


def other_calendar(column: ColumnProfile) -> bool:
    """Whether the column's greatest value holds a four-digit year before :data:`FIRST_YEAR`
    (in any script's digits), or its profile read birth dates of another calendar (Bikram
    Sambat's 2042, the Buddhist era's 2528): its dates are not Gregorian, or not dates at all."""
    if reads_other_calendar(column.evidence):
        return True
    runs = [run for run in re.findall(r"\d+", column.max or "") if len(run) == 4]
    return bool(runs) and int(runs[0]) < FIRST_YEAR


def outside_city(column: ColumnProfile) -> bool:
    """Whether most of the column's common values (its top values) do not name the city:
    addresses of another province (a highland village's ``…, tỉnh Hà Giang``), which the
    city's list of current wards cannot judge."""
    values = [value for value, _ in column.top_values if value.strip()]
    named = sum(_CITY in fold(value) or "hcm" in fold(value).split() for value in values)
    return bool(values) and named < len(values) / 2


def _integer(text: str | None) -> int | None:
    try:
        return int(str(text).strip())
    except ValueError:
        return None


def profile_facts(
    profile: DatasetProfile | None, previous: DatasetProfile | None
) -> dict[str, Any]:
    """``distinct_share``, ``code_columns``, ``shapes``, ``common_values``, ``digits`` and
    ``drift`` for a DatasetInfo."""
    if profile is None:
        return {}
    drift = None
    if previous is not None:
        drift = tuple((d.column, d.changes) for d in profile_drift(previous, profile))
    return {
        "distinct_share": {c.name: distinct_share(c) for c in profile.columns},
        "code_columns": tuple(c.name for c in profile.columns if code_like(c)),
        "shapes": {c.name: c.shapes[0][0] for c in profile.columns if c.shapes},
        "common_values": {c.name: common_values(c) for c in profile.columns},
        "digits": {c.name: d for c in profile.columns if (d := script_digits(c))},
        "other_calendar": tuple(c.name for c in profile.columns if other_calendar(c)),
        "outside_city": tuple(c.name for c in profile.columns if outside_city(c)),
        "drift": drift,
    }
