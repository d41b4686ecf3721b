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
