"""Fixtures for the quality tests: the hand-made tables of quality_fixtures.py, and small
generated cities registered in a throwaway platform store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from quality_fixtures import AS_OF, POPULATION, EngineFactory, cards_info, write_sqlite

from lienthong.quality import EngineOptions, QualityEngine
from lienthong.quality._service import RegistryConnectors
from lienthong.registry import Registry
from lienthong.sources import open_connector_url
from lienthong.store import Store


@pytest.fixture
def fixture_db(tmp_path: Path) -> Path:
    path = tmp_path / "fixture.db"
    write_sqlite(path)
    return path


@pytest.fixture
def engine_for(fixture_db: Path) -> Iterator[EngineFactory]:
    """Build an engine over the hand-made SQLite pair (both tables in one file)."""
    engines: list[QualityEngine] = []
    connector = open_connector_url(str(fixture_db))

    def build(**options: object) -> QualityEngine:
        datasets = {POPULATION.id: POPULATION, cards_info().id: cards_info()}
        opts = EngineOptions(as_of=AS_OF, **options)  # type: ignore[arg-type]
        engine = QualityEngine(
            datasets, lambda _d: connector, reference=POPULATION.id, options=opts
        )
        engines.append(engine)
        return engine

    yield build
    for engine in engines:
        engine.close()
    connector.close()


@pytest.fixture
def city_store(tmp_path: Path) -> Callable[[Path], tuple[Store, RegistryConnectors]]:
    stores: list[Store] = []

    def build(city: Path) -> tuple[Store, RegistryConnectors]:
        store = Store.open(f"sqlite:///{tmp_path / f'platform{len(stores)}.db'}")
        stores.append(store)
        Registry(store).import_manifest(city / "manifest.json")
        return store, RegistryConnectors(store)

    return build
