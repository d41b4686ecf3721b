"""The fast paths agree with the bulk paths they stand in for.

* One record's keys computed in Python (resolver) = the keys the DuckDB SQL computed (bulk run).
* The Python Fellegi–Sunter scorer = Splink's own scoring of the same pairs.
"""

from __future__ import annotations

import sqlite3

import pytest
from linked_city import LinkedCity
from sqlalchemy import select

from lienthong.linkage import latest_model, record_features
from lienthong.linkage._datasets import to_input
from lienthong.linkage._fastscore import FastScorer
from lienthong.linkage._scoring import Scorer
from lienthong.linkage._tables import link_master_index
from lienthong.registry import Registry

COMPARED = ("name_key", "name_sorted", "birth_year", "sex", "cccd", "cmnd", "ward_code")


def _index_rows(linked_city: LinkedCity, dataset: str) -> dict[str, dict[str, object]]:
    t = link_master_index
    with linked_city.store.connect() as conn:
        rows = conn.execute(select(t).where(t.c.source_dataset == dataset)).all()
    return {r.record_key: dict(r._mapping) for r in rows}


@pytest.mark.parametrize(
    ("dataset", "database"),
    [
        ("health_insurance.TheBHYT", "health_insurance.db"),
        ("social_welfare.doi_tuong_bao_tro", "social_welfare.db"),
    ],
)
def test_python_features_equal_sql_features(
    linked_city: LinkedCity, dataset: str, database: str
) -> None:
    spec = to_input(Registry(linked_city.store).get_dataset(dataset), "")
    indexed = _index_rows(linked_city, dataset)
    con = sqlite3.connect(linked_city.city / database)
    con.row_factory = sqlite3.Row
    table = dataset.split(".", 1)[1]
    rows = con.execute(f'SELECT * FROM "{table}" LIMIT 300').fetchall()
    assert rows
    for row in rows:
        values = {role: row[column] for role, column in spec.roles.items()}
        python = record_features(values)
        sql = indexed[str(row[spec.key[0]])]
        for column in COMPARED:
            assert python[column] == sql[column], (column, dict(row))
        assert (python["birth_date"].isoformat() if python["birth_date"] else None) == sql[
            "birth_date"
        ]
        assert " ".join(python["ward_codes"] or []) == sql["ward_codes"], dict(row)


def test_fast_scorer_matches_splink(linked_city: LinkedCity) -> None:
    found = latest_model(linked_city.store)
    assert found is not None
    model = found[1]
    t = link_master_index
    with linked_city.store.connect() as conn:
        rows = [
            dict(r._mapping)
            for r in conn.execute(
                select(t).where(t.c.entity_type == "person").order_by(t.c.master_id).limit(120)
            )
        ]
    for row in rows:
        row["unique_id"] = f"{row['source_dataset']}/{row['record_key']}"
    slow, fast = Scorer(model), FastScorer(model)
    for left in rows[:12]:
        scored = {s["unique_id_r"]: s["match_weight"] for s in slow.score(left, rows)}
        for right in rows:
            assert fast.weight(left, right) == pytest.approx(scored[right["unique_id"]], abs=1e-6)
