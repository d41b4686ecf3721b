"""The master index on PostgreSQL (integration) and the demo step end to end."""

from __future__ import annotations

from pathlib import Path

import pytest
from linked_city import build_city

from lienthong.demo import linkage_step as demo_step
from lienthong.linkage import Resolver, index_counts, person_records


@pytest.mark.integration
def test_master_index_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    store, city = build_city(tmp_path, 300, pg_url, seed=11)
    try:
        summary = demo_step(store, city)
        assert summary["coverage"] == 1.0
        people = summary["people"]
        assert isinstance(people, dict) and people["precision"] >= 0.99
        assert index_counts(store)["records"] == summary["records_linked"]
        entry = person_records(store, "population.cong_dan/" + _first_cccd(city))[0]
        # resolving and saving a record upserts it (run twice: no duplicate key error)
        resolver = Resolver(store)
        for _ in range(2):
            found = resolver.resolve(
                {"full_name": entry.full_name, "cccd": _first_cccd(city)},
                dataset="health_insurance.TheBHYT",
                record_key="NEW-1",
                save=True,
            )
            assert found.master_id == entry.master_id
        assert any(e.record_key == "NEW-1" for e in person_records(store, entry.master_id))
    finally:
        store.close()


def _first_cccd(city: Path) -> str:
    import csv

    with (city / "truth" / "people.csv").open(encoding="utf-8") as handle:
        return next(csv.DictReader(handle))["cccd"]
