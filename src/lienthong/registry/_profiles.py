"""From a dataset's profile to its column flags: personal by default, roles as flags.

A column's flags come from its profiled role (at or above :data:`THRESHOLD`) plus ``personal``
unless the profile is sure the column identifies no one. Flags a person or a manifest wrote are
never overwritten, and a column declared non-personal (with who and why, audited) stays so.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from lienthong.profiling import ROLE_FLAGS, THRESHOLD, ColumnProfile, DatasetProfile
from lienthong.registry._model import Dataset


def profile_flags(column: ColumnProfile, *, not_personal: bool = False) -> tuple[str, ...]:
    """The registry flags a profiled column earns."""
    flags: list[str] = []
    if column.personal and not not_personal:
        flags.append("personal")
    if column.role is not None and column.confidence >= THRESHOLD:
        flags.extend(ROLE_FLAGS.get(column.role, ()))
    return tuple(dict.fromkeys(flags))


def apply_profile(
    dataset: Dataset,
    profile: DatasetProfile,
    *,
    keep: Collection[str] = (),
    not_personal: Collection[str] = (),
) -> Dataset:
    """``dataset`` with flags from ``profile`` on every column not named in ``keep``."""
    columns = []
    for column in dataset.columns:
        profiled = profile.column(column.name)
        if column.name in keep or profiled is None:
            columns.append(column)
            continue
        flags = profile_flags(profiled, not_personal=column.name in not_personal)
        columns.append(replace(column, flags=flags))
    return replace(dataset, columns=tuple(columns))
