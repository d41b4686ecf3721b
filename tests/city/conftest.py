"""One generated city shared by the realism tests (generating it takes about a second)."""

from __future__ import annotations

import pytest
from city_helpers import City

from lienthong.city import CityConfig, generate_city

PEOPLE = 6_000


@pytest.fixture(scope="session")
def city(tmp_path_factory: pytest.TempPathFactory) -> City:
    out = tmp_path_factory.mktemp("city") / "hcmc"
    return City(generate_city(CityConfig(people=PEOPLE, seed=57, out=out)))
