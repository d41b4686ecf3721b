"""A platform home with one leader account and an empty audit log."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from dashboard_helpers import PASSWORD

from lienthong.audit import AuditLog
from lienthong.config import Settings
from lienthong.dashboard import Accounts
from lienthong.store import Store


@pytest.fixture
def platform(tmp_path: Path) -> Iterator[tuple[Settings, Store, AuditLog]]:
    settings = Settings(home=tmp_path, dev_mode=False)
    store = Store.open(settings.resolved_store_url)
    audit = AuditLog.open(store, tmp_path)
    Accounts(tmp_path).add("lanh-dao", PASSWORD, "leader")
    yield settings, store, audit
    store.close()


@pytest.fixture(scope="session")
def city_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A platform home holding a small generated city: registered (profiled) and measured once.

    Tests that add to it use their own months or datasets, so they do not depend on each other.
    """
    from datetime import date

    from lienthong.city import CityConfig, generate_city
    from lienthong.quality import run_quality
    from lienthong.registry import Registry

    home = tmp_path_factory.mktemp("city-home")
    generate_city(CityConfig(people=200, seed=7, out=home / "city", as_of=date(2026, 1, 1)))
    settings = Settings(home=home, dev_mode=False)
    store = Store.open(settings.resolved_store_url)
    Registry(store).import_manifest(home / "city" / "manifest.json")
    run_quality(store)
    Accounts(home).add("lanh-dao", PASSWORD, "leader")
    Accounts(home).add("bhxh", PASSWORD, "agency", "BHXH-HCM")
    store.close()
    return home
