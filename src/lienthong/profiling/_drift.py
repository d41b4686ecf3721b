"""A column's profile against its profile before: what moved beyond the thresholds.

Re-profiling (``lienthong registry profile``) keeps the profile before it; this compares the
two column by column, so a file whose holder changed what a column means (a date column now
free text, a name column half empty, an id column now repeating) is told before anyone reads
it wrongly. The thresholds are absolute differences between the two profiles' shares, wide
enough that a re-drawn sample of an unchanged table does not cross them (docs/quality-rules.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from lienthong.profiling._model import ColumnProfile, DatasetProfile

#: Empty share (NULL or blank) moving by this much (10 points) is drift.
EMPTY_SHIFT = 0.10
#: Distinct share (distinct / non-empty values) moving by this much is drift.
DISTINCT_SHIFT = 0.20
#: The former most common value shape losing this much of its share is drift.
SHAPE_SHIFT = 0.20


@dataclass(frozen=True)
class ColumnDrift:
    """One column compared: the changes found (none: stable), in words."""

    column: str
    changes: tuple[str, ...]


def empty_share(column: ColumnProfile) -> float:
    return (column.nulls + column.blanks) / column.rows if column.rows else 0.0


def distinct_share(column: ColumnProfile) -> float:
    """Distinct values per non-empty value, at most 1 (the profile's count is approximate)."""
    filled = column.rows - column.nulls - column.blanks
    return min(column.distinct / filled, 1.0) if filled > 0 else 0.0


def _column_changes(old: ColumnProfile, new: ColumnProfile) -> list[str]:
    changes: list[str] = []
    before, after = empty_share(old), empty_share(new)
    if abs(after - before) >= EMPTY_SHIFT:
        changes.append(f"empty {before:.0%} -> {after:.0%}")
    before, after = distinct_share(old), distinct_share(new)
    if old.rows - old.nulls - old.blanks > 0 and abs(after - before) >= DISTINCT_SHIFT:
        changes.append(f"distinct share {before:.0%} -> {after:.0%}")
    if old.shapes:
        shape, share = old.shapes[0]
        now = dict(new.shapes).get(shape, 0.0)
        if share - now >= SHAPE_SHIFT:
            top = new.shapes[0][0] if new.shapes else "none"
            changes.append(f"shape {shape!r} {share:.0%} -> {now:.0%} (now mostly {top!r})")
    if old.meant_type != new.meant_type:
        changes.append(f"type {old.meant_type} -> {new.meant_type}")
    if old.role != new.role:
        changes.append(f"role {old.role or '?'} -> {new.role or '?'}")
    return changes


def profile_drift(old: DatasetProfile, new: DatasetProfile) -> list[ColumnDrift]:
    """Every column of either profile, with its changes from ``old`` to ``new``."""
    found: list[ColumnDrift] = []
    for column in new.columns:
        before = old.column(column.name)
        if before is None:
            found.append(ColumnDrift(column.name, ("column added",)))
        else:
            found.append(ColumnDrift(column.name, tuple(_column_changes(before, column))))
    found += [
        ColumnDrift(c.name, ("column removed",)) for c in old.columns if new.column(c.name) is None
    ]
    return found
