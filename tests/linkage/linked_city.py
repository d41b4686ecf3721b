"""The linked synthetic city the linkage tests share (a module, not conftest, so that test
files import it by a name no other test folder uses)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lienthong.city import CityConfig, generate_city
from lienthong.registry import Registry
from lienthong.store import Store


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
