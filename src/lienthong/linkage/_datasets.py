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
from lienthong.linkage._inputs import LinkInput, roles_from_flags
from lienthong.linkage._roles import guess_roles, hinted_role
from lienthong.registry import Dataset, Registry
from lienthong.sources import duckdb_connect, open_connector
from lienthong.store import Store


def entity_type(dataset: Dataset) -> str | None:
    """``person``, ``business`` or ``None`` when the dataset is about neither.

    A dataset keyed by its tax code is about businesses (its representative's name does not
    make it a list of people); one with a name or a citizen ID column is about people.
    """
    flagged = roles_from_flags((c.name, c.flags) for c in dataset.columns)
    if "mst" in flagged and flagged["mst"] in dataset.key:
        return "business"
    if {"full_name", "cccd", "cccd_or_cmnd", "cmnd"} & set(flagged):
        return "person"
    # Registration flags every unsure column ``personal`` (issue 18): that flag names no role,
    # so a file whose profile found no name or id column is still read by its column names.
    hinted = {hinted_role(c.name) for c in dataset.columns}
    if {"full_name", "family_name", "given_name"} & hinted:
        return "person"
    return None


def linkable_datasets(registry: Registry) -> list[Dataset]:
    """Every registered dataset about people or businesses."""
    return [d for d in registry.list_datasets() if entity_type(d) is not None]


def to_input(
    dataset: Dataset,
    from_sql: str,
    *,
    raw: bool = False,
    con: duckdb.DuckDBPyConnection | None = None,
) -> LinkInput:
    """The :class:`LinkInput` of a registered dataset.

    Without registry flags the roles are guessed from the column names and (given ``con``)
    a sample of the values; the input then says which columns it uses and which it ignores.
    """
    kind = entity_type(dataset)
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
    guess = guess_roles(con or duckdb_connect(), from_sql, [c.name for c in dataset.columns])
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
            inputs.append(to_input(dataset, scan, raw=raw, con=con))
        yield inputs
