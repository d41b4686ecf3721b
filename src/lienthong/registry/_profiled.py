"""Profiling a source at registration, and the registry's profile verbs (re-profile, declare).

Kept out of the facade so :mod:`lienthong.registry._registry` stays about registration.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from lienthong.errors import InputError
from lienthong.registry import _repo as repo
from lienthong.registry._model import Dataset, DatasetSpec, Source
from lienthong.registry._profiles import apply_profile, profile_flags
from lienthong.sources import Connector

if TYPE_CHECKING:  # profiling loads DuckDB: only profiling needs it
    from lienthong.profiling import DatasetProfile

#: Sources whose column names come from a first row of the data, which may not be a header.
_FILE_KINDS = frozenset({"csv", "excel"})


def profiled_source(
    connector: Connector, source: Source, specs: Sequence[DatasetSpec] | None
) -> tuple[Source, list[DatasetProfile]]:
    """``source`` with flags from each dataset's profile, and the profiles.

    A dataset whose spec (a manifest, a caller) describes its columns keeps exactly the flags
    it gave, so the city's registrations behave as before; every other dataset gets its flags
    from the data (personal by default).
    """
    described = {spec.table for spec in specs or () if spec.columns}
    from lienthong.profiling import header_values, profile_dataset

    datasets = []
    profiles = []
    for dataset in source.datasets:
        profile = profile_dataset(connector, dataset.table, dataset=dataset.id)
        values = header_values(profile) if connector.kind in _FILE_KINDS else []
        if values:
            shown = ", ".join(repr(v) for v in values[:3])
            raise InputError(
                f"The first row of {dataset.table} in {source.display_url} holds values ({shown}),"
                " not column names: the file seems to have no header row.",
                hint="Add a header row naming the columns, then register the file again.",
            )
        profiles.append(profile)
        if dataset.table in described:
            datasets.append(dataset)
        else:
            datasets.append(apply_profile(dataset, profile))
    return replace(source, datasets=tuple(datasets)), profiles


def reprofile_flags(conn: Connection, dataset: Dataset, profile: DatasetProfile) -> None:
    """Update the flags of the columns whose flags are still what the last profile gave.

    A column whose flags differ from what profiling earned was set by a person or a manifest:
    re-profiling never overwrites it. A column declared non-personal stays non-personal.
    """
    old = repo.load_profile(conn, dataset.id)
    declared = repo.not_personal(conn, dataset.id)
    if old is None:
        return
    for column in dataset.columns:
        before, after = old.column(column.name), profile.column(column.name)
        if before is None or after is None:
            continue
        quiet = column.name in declared
        if tuple(column.flags) == profile_flags(before, not_personal=quiet):
            repo.set_column_flags(
                conn, dataset.id, column.name, profile_flags(after, not_personal=quiet)
            )
