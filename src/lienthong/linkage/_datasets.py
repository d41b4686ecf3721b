"""Registered datasets → linkage inputs, read inside DuckDB through their connectors.

Which datasets hold people is read from the registry: a dataset with a ``full_name`` column is
about people; one keyed by an ``mst`` column without a name is about businesses. A dataset
registered without flags (a plain CSV) gets its roles from its column names.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager

import duckdb

from lienthong.errors import InputError
from lienthong.linkage._inputs import LinkInput, quote, roles_from_flags
from lienthong.linkage._roles import guess_roles, hinted_role, with_profile
from lienthong.profiling import THRESHOLD, DatasetProfile, reads_month_first
from lienthong.registry import Dataset, Registry
from lienthong.sources import duckdb_connect, open_connector
from lienthong.store import Store


def entity_type(dataset: Dataset, profile: DatasetProfile | None = None) -> str | None:
    """``person``, ``business`` or ``None`` when the dataset is about neither.

    A dataset keyed by its tax code is about businesses (its representative's name does not
    make it a list of people); one with a name or a citizen ID column is about people, by its
    flags, its profile's roles or its column names.
    """
    flagged = roles_from_flags((c.name, c.flags) for c in dataset.columns)
    if "mst" in flagged and flagged["mst"] in dataset.key:
        return "business"
    if {"full_name", "cccd", "cccd_or_cmnd", "cmnd"} & set(flagged):
        return "person"
    # Registration flags every unsure column ``personal`` (issue 18): that flag names no role,
    # so a file whose profile found no name or id column is still read by its column names.
    hinted = {hinted_role(c.name) for c in dataset.columns}
    hinted |= {role for role, _ in profiled_roles(profile).values()}
    if {"full_name", "family_name", "given_name"} & hinted:
        return "person"
    return None


def profiled_roles(profile: DatasetProfile | None) -> dict[str, tuple[str, float]]:
    """column -> (role, confidence) of the profile's roles at or above the threshold."""
    if profile is None:
        return {}
    return {
        c.name: (c.role, c.confidence)
        for c in profile.columns
        if c.role is not None and c.confidence >= THRESHOLD
    }


def _month_first(profile: DatasetProfile | None, column: str | None) -> bool:
    found = [c for c in profile.columns if c.name == column] if profile and column else []
    return bool(found) and reads_month_first(found[0].evidence)


def _read_day_first(from_sql: str, column: str) -> str:
    """``from_sql`` with a month-first date column (``03/25/1985``) written day first, the
    order the linker's dates are read in (as the profile and the quality checks read it)."""
    col = quote(column)
    swapped = (
        f"regexp_replace(trim(CAST({col} AS VARCHAR)), "
        "'^([0-9]{1,2})([/.-])([0-9]{1,2})([/.-])', '\\3\\2\\1\\4')"
    )
    return f"(SELECT * REPLACE ({swapped} AS {col}) FROM {from_sql})"


def linkable_datasets(registry: Registry) -> list[Dataset]:
    """Every registered dataset about people or businesses."""
    return [
        d
        for d in registry.list_datasets()
        if entity_type(d, registry.get_profile(d.id)) is not None
    ]


def to_input(
    dataset: Dataset,
    from_sql: str,
    *,
    raw: bool = False,
    con: duckdb.DuckDBPyConnection | None = None,
    profile: DatasetProfile | None = None,
) -> LinkInput:
    """The :class:`LinkInput` of a registered dataset.

    Without registry flags the roles are guessed from the column names and (given ``con``)
    a sample of the values, and the profile's sure roles fill what the guess left; the input
    then says which columns it uses and which it ignores.
    """
    kind = entity_type(dataset, profile)
    if kind is None:
        raise InputError(
            f"The dataset {dataset.id} has no column the linker can use.",
            hint="Flag its name column `full_name` (and birth date, CCCD…) in the registry.",
        )
    flagged = roles_from_flags((c.name, c.flags) for c in dataset.columns)
    key = dataset.key or tuple(c.name for c in dataset.columns[:1])
    if {"full_name", "cccd", "cccd_or_cmnd", "cmnd"} & set(flagged):
        used = {column: role for role, column in flagged.items()}
        return LinkInput(dataset.id, from_sql, key, flagged, True, raw=raw, entity_type=kind,
                         used=used)  # fmt: skip
    con = con or duckdb_connect()
    guess = guess_roles(con, from_sql, [c.name for c in dataset.columns])
    guess = with_profile(guess, profiled_roles(profile), con, from_sql)
    born = guess.roles.get("birth_date")
    if born is not None and _month_first(profile, born):
        from_sql = _read_day_first(from_sql, born)
        guess.used[born] += ", read month first as the profile did"
    return LinkInput(
        dataset.id,
        from_sql,
        key,
        guess.roles,
        guess.vietnamese,
        raw=raw,
        entity_type=kind,
        guessed=True,
        used=guess.used,
        ignored={c: r for c, r in guess.ignored.items() if c not in key},
    )


@contextmanager
def registry_inputs(
    store: Store,
    con: duckdb.DuckDBPyConnection,
    dataset_ids: Sequence[str] = (),
    *,
    raw: bool = False,
) -> Iterator[list[LinkInput]]:
    """Inputs for ``dataset_ids`` (default: all linkable), scanners attached to ``con``.

    ``raw`` gives the benchmark baseline's inputs (no normalisation, see :class:`LinkInput`).
    """
    registry = Registry(store)
    if dataset_ids:
        datasets = [registry.get_dataset(d) for d in dataset_ids]
    else:
        datasets = linkable_datasets(registry)
    if not datasets:
        raise InputError(
            "The registry has no dataset about people or businesses to link.",
            hint="Register sources first, e.g. `lienthong registry import city/manifest.json`.",
        )
    with ExitStack() as stack:
        inputs = []
        for dataset in datasets:
            connector = stack.enter_context(open_connector(registry.get_source(dataset.source)))
            scan = connector.duckdb_scan(con, dataset.table)
            profile = registry.get_profile(dataset.id)
            inputs.append(to_input(dataset, scan, raw=raw, con=con, profile=profile))
        yield inputs
