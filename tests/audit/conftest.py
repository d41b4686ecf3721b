"""Fixtures for the audit tests: a log on a throwaway SQLite store with in-memory keys."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lienthong.audit import AuditKeys, AuditLog
from lienthong.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    yield opened
    opened.close()


@pytest.fixture
def keys() -> AuditKeys:
    return AuditKeys.generate()


@pytest.fixture
def log(store: Store, keys: AuditKeys) -> AuditLog:
    return AuditLog(store, keys, checkpoint_every=4)
