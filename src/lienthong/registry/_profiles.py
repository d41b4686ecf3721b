"""From a dataset's profile to its column flags: personal by default.

A column is flagged ``personal`` unless the profile is sure it identifies no one. Flags a
person or a manifest wrote are never overwritten, and a column declared non-personal (with
who and why, audited) stays so.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from lienthong.profiling import ColumnProfile, DatasetProfile
from lienthong.registry._model import Dataset


def profile_flags(column: ColumnProfile, *, not_personal: bool = False) -> tuple[str, ...]:
    """The registry flags a profiled column earns: ``personal`` only, for now.

    Role flags (``ROLE_FLAGS``: ``cccd``, ``full_name``…) are not written: linkage reads any role
    flag as "the manifest described this table" and then ignores its own value-based guesses
    (issue 13 will read ``Registry.get_profile`` instead). Roles live in the stored profile.
    """
    return ("personal",) if column.personal and not not_personal else ()


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
