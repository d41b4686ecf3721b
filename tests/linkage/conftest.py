"""A generated city, registered and linked once for the whole linkage test package."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from linked_city import LinkedCity, build_city

from lienthong.linkage import run_linkage

#: people in the known-answer city (records ≈ 2.7 × people)
PEOPLE = 2_000


@pytest.fixture(scope="session")
def linked_city(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LinkedCity]:
    root = tmp_path_factory.mktemp("linked-city")
    store, city = build_city(root, PEOPLE, f"sqlite:///{root / 'platform.db'}")
    run = run_linkage(store)
    yield LinkedCity(store, city, run)
    store.close()
