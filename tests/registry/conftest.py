"""Registry fixtures: the mini city on disk and a platform store on SQLite or PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from mini_city import build_city

from lienthong.registry import Registry
from lienthong.store import Store


@pytest.fixture
def city_manifest(tmp_path: Path) -> Path:
    return build_city(tmp_path / "city")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.integration)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The platform store on SQLite (default) and on PostgreSQL: the same registry code."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'platform.db'}"
    else:
        url = request.getfixturevalue("pg_url")
    opened = Store.open(url)
    yield opened
    opened.close()


@pytest.fixture
def registry(store: Store) -> Registry:
    return Registry(store, timeout_s=5)
