"""Registry fixtures: the mini city on disk and a platform store on SQLite or PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from mini_city import build_city

from lienthong.registry import Registry
from lienthong.store import Store


@pytest.fixture(scope="session")
def city_manifest(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini city, built once: registry tests only read its files."""
    return build_city(tmp_path_factory.mktemp("city"))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    yield opened
    opened.close()


@pytest.fixture
def registry(store: Store) -> Registry:
    return Registry(store, timeout_s=5)
