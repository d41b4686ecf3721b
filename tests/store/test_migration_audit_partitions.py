"""0010: an older PostgreSQL store's audit chain becomes range partitions, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from lienthong.audit import AuditEvent, AuditLog, EventType, Outcome
from lienthong.audit._partitions import partitions
from lienthong.store import Store, _migrate

pytestmark = pytest.mark.integration


def _event(i: int) -> AuditEvent:
    return AuditEvent(
        event=EventType.SERVICE_CALL,
        outcome=Outcome.ALLOWED,
        client="BHXH-HCM",
        subjects=("079090000001",),
        status=200,
        data={"i": i},
    )


def test_an_older_postgres_store_is_partitioned_with_its_chain_intact(
    pg_url: str, tmp_path: Path
) -> None:
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        command.upgrade(_migrate._config(conn), "0009")
    log = AuditLog.open(Store(engine), tmp_path, checkpoint_every=10)
    log.append_many([_event(i) for i in range(25)])
    before = [r.hash for r in log.records()]
    log.close()
    with engine.connect() as conn:
        kinds = conn.execute(
            text("SELECT relkind FROM pg_class WHERE relname IN ('audit_entry','audit_subject')")
        ).scalars()
        assert set(kinds) == {"r"}  # plain tables before 0010
    engine.dispose()

    store = Store.open(pg_url, upgrade=True)
    try:
        with store.connect() as conn:
            for table in ("audit_entry", "audit_subject"):
                assert [p[1:] for p in partitions(conn, table)] == [
                    (1, 1_000_001),
                    (1_000_001, 2_000_001),
                ]
            subjects = conn.execute(text("SELECT count(*) FROM audit_subject")).scalar_one()
        assert subjects == 25
        log = AuditLog.open(store, tmp_path, checkpoint_every=10)
        assert [r.hash for r in log.records()] == before
        log.append(_event(25))
        assert log.verify().ok
        for table in ("audit_entry", "audit_entry_p1", "audit_subject_p1"):
            with pytest.raises(DBAPIError, match="append-only"), store.begin() as conn:
                conn.execute(text(f"DELETE FROM {table}"))
        assert _migrate.state(store.engine).current
        log.close()
    finally:
        store.close()
