"""Fixtures for sync tests: a platform store, a source table, and a target table."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_helpers import SOURCE_DDL, TARGET_DDL, make_sqlite

from lienthong.audit import AuditKeys, AuditLog
from lienthong.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    yield opened
    opened.close()


@pytest.fixture
def audit(store: Store) -> AuditLog:
    return AuditLog(store, AuditKeys.generate())


@pytest.fixture
def source_db(tmp_path: Path) -> Path:
    return make_sqlite(tmp_path / "population.db", SOURCE_DDL, rows=50)


@pytest.fixture
def target_db(tmp_path: Path) -> Path:
    return make_sqlite(tmp_path / "target.db", TARGET_DDL)
