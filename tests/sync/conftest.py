"""Fixtures for sync tests: a platform store, a source table, a target table, a NATS log."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_helpers import SOURCE_DDL, TARGET_DDL, make_sqlite

from lienthong.audit import AuditKeys, AuditLog
from lienthong.store import Store
from lienthong.sync._nats import NatsChangeLog


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


@pytest.fixture
def nats_log(nats_url: str) -> Iterator[tuple[NatsChangeLog, str]]:
    """A JetStream change log and a fresh dataset name; its stream is deleted afterwards."""
    dataset = f"t{uuid.uuid4().hex[:8]}.cong_dan"
    log = NatsChangeLog(nats_url)
    yield log, dataset
    log.delete_stream(dataset)
    log.close()
