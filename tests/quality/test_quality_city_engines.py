"""The synthetic city written to PostgreSQL and to MariaDB gives the same counts as the same city
in SQLite files: every default rule and the city rules, pushed down (checks joining two sources
of the same database included). The DuckDB-scanner path is covered by test_quality_dialects."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest

from lienthong.city import CityConfig, generate_city
from lienthong.demo import city_rules_path
from lienthong.quality import CheckSpec, EngineOptions, QualityEngine, _copies, scan
from lienthong.quality._service import RegistryConnectors, registered_datasets
from lienthong.registry import Registry
from lienthong.store import Store

AS_OF = date(2026, 1, 1)
#: sources the generator can write to a database (education and land stay files)
IN_DATABASE = ("population", "health_insurance", "business", "social_welfare")


def _counts(
    tmp: Path, name: str, targets: dict[str, str], *, pushdown: bool = True
) -> tuple[dict[str, tuple[int, int]], set[str]]:
    out = tmp / name
    if not out.exists():
        generate_city(CityConfig(people=200, seed=11, out=out, targets=targets, as_of=AS_OF))
    store = Store.open(f"sqlite:///{tmp / (name + f'-{pushdown}.db')}")
    Registry(store).import_manifest(out / "manifest.json")
    connectors = RegistryConnectors(store)
    try:
        run = scan(
            registered_datasets(store),
            connectors,
            rules=city_rules_path(),
            options=EngineOptions(as_of=AS_OF, pushdown=pushdown),
        )
    finally:
        connectors.close()
        store.close()
    assert not [f"{r.dataset} {r.check}: {r.error}" for r in run.results if r.error]
    counts = {f"{r.dataset} {r.check}": (r.total, r.failed) for r in run.results}
    return counts, {r.engine for r in run.results}


@pytest.mark.integration
@pytest.mark.slow
@pytest.mark.parametrize("server", ["postgresql", "mariadb"])
def test_city_in_a_database_scores_like_the_city_in_files(
    tmp_path: Path, server: str, request: pytest.FixtureRequest
) -> None:
    url = request.getfixturevalue("pg_url" if server == "postgresql" else "mariadb_url")
    files, _ = _counts(tmp_path, "files", {})
    pushed, engines = _counts(tmp_path, server, dict.fromkeys(IN_DATABASE, url))
    assert {"postgresql" if server == "postgresql" else "mysql", "duckdb"} <= engines
    # A file's age is the freshness of a dataset with no last-updated column; a table in a
    # database has no age the platform can read, so only the files' city judges it.
    assert files.pop("population.ho_gia_dinh source_age") == (1, 0)
    assert not [check for check in pushed if check.endswith(" source_age")]
    assert pushed == files


def test_copies_counted_outside_sql_equal_group_by_on_the_city(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``unique`` counted in numpy (as over 200k rows) gives GROUP BY's counts on real tables.

    Over every dataset of the city: its key, each column alone and each pair of neighbouring
    columns, so that there are many repeated values (sexes, dates, wards, Vietnamese names in
    Excel, CSV and SQLite) of every type the sources produce.
    """
    generate_city(CityConfig(people=300, seed=5, out=tmp_path / "city", as_of=AS_OF))
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    Registry(store).import_manifest(tmp_path / "city" / "manifest.json")
    datasets = registered_datasets(store)
    specs = []
    for dataset in datasets.values():
        columns = list(dataset.columns)
        specs += [CheckSpec(dataset.id, "unique", (c,)) for c in columns]
        specs += [CheckSpec(dataset.id, "unique", pair) for pair in pairwise(columns)]

    def counts() -> dict[str, tuple[int, int]]:
        connectors = RegistryConnectors(store)
        engine = QualityEngine(datasets, connectors, options=EngineOptions(as_of=AS_OF))
        try:
            results = engine.run(specs)
        finally:
            engine.close()
            connectors.close()
        assert not [f"{r.dataset} {r.check}: {r.error}" for r in results if r.error]
        return {f"{r.dataset} {r.check}": (r.total, r.failed) for r in results}

    in_sql = counts()
    monkeypatch.setattr(_copies, "INTEGER_MIN_ROWS", 0)
    monkeypatch.setattr(_copies, "HASHED_MIN_ROWS", 0)
    in_numpy = counts()
    store.close()
    assert sum(failed > 0 for _, failed in in_sql.values()) > len(specs) // 3
    assert in_numpy == in_sql
