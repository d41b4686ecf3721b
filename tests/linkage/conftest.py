"""A generated city, registered and linked once for the whole linkage test package."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from lienthong.city import CityConfig, generate_city
from lienthong.linkage import run_linkage
from lienthong.registry import Registry
from lienthong.store import Store

#: people in the known-answer city (records ≈ 2.7 × people)
PEOPLE = 2_000


@dataclass
class LinkedCity:
    store: Store
    city: Path
    run: dict[str, object]


def build_city(root: Path, people: int, store_url: str, seed: int = 57) -> tuple[Store, Path]:
    city = root / "city"
    generate_city(CityConfig(people=people, seed=seed, out=city))
    store = Store.open(store_url)
    Registry(store).import_manifest(city / "manifest.json")
    return store, city


@pytest.fixture(scope="session")
def linked_city(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LinkedCity]:
    root = tmp_path_factory.mktemp("linked-city")
    store, city = build_city(root, PEOPLE, f"sqlite:///{root / 'platform.db'}")
    run = run_linkage(store)
    yield LinkedCity(store, city, run)
    store.close()
