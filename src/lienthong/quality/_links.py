"""What only the values tell of a stranger's columns: exact distinct shares, and columns
holding another dataset's ids, found by value overlap (a stranger's ``ma_ho``).

Nobody told the platform that a file's household column names rows of another registered
file, but the values say so: when nearly every value of a code-like column is found among the
values of another dataset's key-like column, the column references that dataset, and a
``referential`` check (share of values found nowhere there) is added for it.

Bounded and computed in SQL (DuckDB): each code-like column contributes at most
:data:`SAMPLE` of its distinct values (an even spread: the smallest hashes), each key-like
column at most :data:`KEY_VALUES`, all as 64-bit hashes in one table; one join counts, for
every (column, key column) pair, how many sampled values the key holds.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import replace

import duckdb

from lienthong.errors import LienthongError
from lienthong.quality._model import DatasetInfo
from lienthong.quality._placement import ConnectorFactory, DuckDBPlace
from lienthong.quality._roles import IDENTIFIER_FLAGS

#: distinct values sampled from a referencing column
SAMPLE = 2000
#: distinct values read from a key column at most
KEY_VALUES = 1_000_000
#: share of a column's sampled values the key must hold for a link
CONTAINED = 0.95
#: a column needs this many distinct values to be judged (a handful of codes proves nothing)
MIN_VALUES = 20
#: a column is key-like when its distinct values are at least this share of its non-empty ones
KEY_LIKE = 0.95


def _values(place: DuckDBPlace, dataset: DatasetInfo, column: str, limit: int) -> str:
    d = place.dialect
    text = f"TRIM(CAST({d.column(column, 't')} AS VARCHAR))"
    return (
        f"SELECT DISTINCT hash({text}) AS h FROM {place.relation_of(dataset.id)} t "
        f"WHERE {text} <> '' ORDER BY h LIMIT {limit}"
    )


def _exact_shares(place: DuckDBPlace, dataset: DatasetInfo, columns: list[str]) -> dict[str, float]:
    """Distinct / non-empty values of ``columns``, counted exactly in one scan.

    The profile's count is an estimate (HyperLogLog) that is off by a fifth on a few hundred
    rows: too rough to tell an identifier with two repeats from one repeating by design.
    """
    d = place.dialect
    parts = []
    for i, column in enumerate(columns):
        value = f"NULLIF(TRIM(CAST({d.column(column, 't')} AS VARCHAR)), '')"
        parts.append(f"COUNT(DISTINCT {value}) AS d{i}, COUNT({value}) AS n{i}")
    row = place.query(f"SELECT {', '.join(parts)} FROM {place.relation_of(dataset.id)} t")[0]
    return {
        c: (int(row[f"d{i}"]) / int(row[f"n{i}"]) if row[f"n{i}"] else 0.0)
        for i, c in enumerate(columns)
    }


def column_facts(
    datasets: Mapping[str, DatasetInfo],
    connector_for: ConnectorFactory,
    *,
    only: Collection[str] | None = None,
    links: bool = True,
) -> dict[str, DatasetInfo]:
    """``datasets`` with exact distinct shares and ``links``, for role-checked datasets.

    Only datasets whose checks come from roles are read (a manifest says what its keys and
    references are): their code-like and identifier columns' distinct shares are made exact
    (:func:`_exact_shares`), then their code-like columns are looked up among key columns of
    the same shape in other datasets (:func:`_links`). A dataset that cannot be read keeps its
    estimates and links nothing (its checks report it).

    ``only`` limits the exact counts to those datasets and ``links=False`` skips the overlap:
    listing one check's failing rows needs no more than what that check reads.
    """
    roled = [d for d in datasets.values() if d.from_roles and (only is None or d.id in only)]
    if not roled:
        return dict(datasets)
    out = dict(datasets)
    place = DuckDBPlace(datasets, connector_for, materialize=False, threads=1)
    try:
        for dataset in roled:
            ids = [c for c, f in dataset.columns.items() if f & set(IDENTIFIER_FLAGS)]
            wanted = list(dict.fromkeys([*dataset.code_columns, *ids]))
            if not wanted:
                continue
            try:
                exact = _exact_shares(place, dataset, wanted)
            except (LienthongError, duckdb.Error):
                continue
            out[dataset.id] = replace(dataset, distinct_share={**dataset.distinct_share, **exact})
        return _links(out, place) if links else out
    finally:
        place.close()


def _links(datasets: dict[str, DatasetInfo], place: DuckDBPlace) -> dict[str, DatasetInfo]:
    """Key columns: registered single-column keys, and code-like columns of role-checked
    datasets (which have no registered key) whose exact distinct share is key-like. Only
    columns and keys sharing a dominant shape are read."""
    keys = {(d.id, d.key[0]) for d in datasets.values() if len(d.key) == 1} | {
        (d.id, c)
        for d in datasets.values()
        if d.from_roles
        for c in d.code_columns
        if d.distinct_share.get(c, 0.0) >= KEY_LIKE
    }
    wanted = [(d.id, c) for d in datasets.values() if d.from_roles for c in d.code_columns]
    key_shapes = {datasets[d].shapes.get(c) for d, c in keys} - {None}
    wanted = [(d, c) for d, c in wanted if datasets[d].shapes.get(c) in key_shapes]
    shapes = {datasets[d].shapes.get(c) for d, c in wanted}
    keys = {(d, c) for d, c in keys if datasets[d].shapes.get(c) in shapes}
    if not wanted or not keys:
        return datasets
    cur = place.cursor
    cur.execute("CREATE TABLE _cand (ds VARCHAR, col VARCHAR, h UBIGINT)")
    cur.execute("CREATE TABLE _keys (ds VARCHAR, col VARCHAR, h UBIGINT)")
    for table, columns, limit in (("_cand", wanted, SAMPLE), ("_keys", sorted(keys), KEY_VALUES)):
        for dataset_id, column in columns:
            try:
                sql = _values(place, datasets[dataset_id], column, limit)
                cur.execute(
                    f"INSERT INTO {table} SELECT ?, ?, h FROM ({sql})", [dataset_id, column]
                )
            except (LienthongError, duckdb.Error):
                continue
    rows = cur.execute(
        "SELECT c.ds, c.col, k.ds, k.col, COUNT(*) AS hits, ANY_VALUE(n.n) AS n "
        "FROM _cand c JOIN _keys k ON c.h = k.h AND c.ds <> k.ds "
        "JOIN (SELECT ds, col, COUNT(*) AS n FROM _cand GROUP BY ds, col) n "
        "ON n.ds = c.ds AND n.col = c.col "
        "GROUP BY c.ds, c.col, k.ds, k.col ORDER BY hits DESC, k.ds, k.col"
    ).fetchall()
    found: dict[tuple[str, str], tuple[str, float]] = {}
    for ds, col, target, key, hits, n in rows:
        share = hits / n
        if n >= MIN_VALUES and share >= CONTAINED and (ds, col) not in found:
            found[(ds, col)] = (f"{target}.{key}", round(share, 4))
    out = dict(datasets)
    for (ds, col), (target, share) in found.items():
        out[ds] = replace(out[ds], links=(*out[ds].links, (col, target, share)))
    return out
