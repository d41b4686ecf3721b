"""Schema migrations: an older store is refused with what to run, upgraded without losing
anything (the audit still verifies and becomes append-only), and the models never drift from
the migrations (SQLite and PostgreSQL)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DBAPIError

from lienthong.audit import AuditEvent, AuditLog, EventType, Outcome
from lienthong.audit._rollup import audit_rollup
from lienthong.errors import ConfigError
from lienthong.exchange import ConsentRegistry, ServiceRef
from lienthong.registry import Registry
from lienthong.store import Store, _migrate


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.integration)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'platform.db'}"
    found: str = request.getfixturevalue("pg_url")
    return found


def _old_store(url: str, home: Path) -> int:
    """A store as the release before migrations left it: the baseline schema, data in it, no
    version table and (as the oldest stores) no append-only triggers. Returns audit entries."""
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(_migrate._config(conn), "0001")
    old = Store(engine)
    Registry(old).add_agency("CA-HCM", "Công an Thành phố Hồ Chí Minh")
    _old_consent(engine)
    with engine.begin() as conn:  # the append of today writes rollups; 0009 brings the table
        audit_rollup.create(conn)
    log = AuditLog.open(old, home)
    for i in range(30):
        log.append(
            AuditEvent(
                event=EventType.SERVICE_CALL,
                outcome=Outcome.ALLOWED,
                client="BHXH-HCM",
                subjects=("079090000001",),
                status=200,
                data={"i": i},
            )
        )
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
        conn.execute(text("DROP TABLE audit_rollup"))
        if engine.dialect.name == "sqlite":
            for table in ("audit_entry", "audit_subject", "audit_checkpoint"):
                for verb in ("update", "delete"):
                    conn.execute(text(f"DROP TRIGGER {table}_no_{verb}"))
        else:
            for table in ("audit_entry", "audit_subject", "audit_checkpoint"):
                conn.execute(text(f"DROP TRIGGER {table}_append_only ON {table}"))
    entries = len(list(log.records()))
    engine.dispose()
    return entries


CITIZEN = "079090000001"


def _old_consent(engine: Engine) -> None:
    """A consent as releases before 0003 stored it: the citizen's plain CCCD in ``subject``."""
    now = datetime.now(UTC)
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO exchange_agreements (sha256, text) VALUES (:sha, 'Tôi đồng ý.')"),
            {"sha": "a" * 64},
        )
        conn.execute(
            text(
                "INSERT INTO exchange_consents (id, subject, consumer, provider, service,"
                " version, purpose, fields, valid_from, valid_until, status, agreement_sha256,"
                " created_at, updated_at) VALUES ('c-1', :cccd, 'BHXH-HCM', 'CA-HCM',"
                " 'cong-dan', 'v1', 'BHYT', '[\"ho_ten\"]', :start, :end, 'ACTIVE', :sha,"
                " :start, :start)"
            ),
            {"cccd": CITIZEN, "start": now, "end": now + timedelta(days=30), "sha": "a" * 64},
        )


def test_an_older_store_is_refused_then_upgraded_with_nothing_lost(
    url: str, tmp_path: Path
) -> None:
    entries = _old_store(url, tmp_path)
    with pytest.raises(ConfigError, match="older schema") as refused:
        Store.open(url)
    assert "lienthong store upgrade" in (refused.value.hint or "")
    upgraded = subprocess.run(
        [str(Path(sys.executable).parent / "lienthong"), "store", "upgrade", "--json"],
        env={**os.environ, "LIENTHONG_STORE_URL": url, "LIENTHONG_HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert upgraded.returncode == 0, upgraded.stderr
    assert _migrate.head() in upgraded.stdout
    store = Store.open(url)
    assert Registry(store).get_agency("CA-HCM").name == "Công an Thành phố Hồ Chí Minh"
    log = AuditLog.open(store, tmp_path)
    assert len(list(log.records())) == entries and log.verify().ok
    with pytest.raises(DBAPIError), store.begin() as conn:  # append-only again
        conn.execute(text("UPDATE audit_entry SET entry = 'x' WHERE seq = 1"))
    with store.connect() as conn:  # the newer tables arrived
        assert conn.execute(text("SELECT count(*) FROM procedure_dossier")).scalar_one() == 0
        rolled = conn.execute(text("SELECT sum(count) FROM audit_rollup")).scalar_one()
        assert rolled == entries  # 0009 folded the chain already stored
        consent_rows = conn.execute(text("SELECT * FROM exchange_consents")).all()
    # The consent survived, keyed as the audit keys the citizen: no plain CCCD left in it, and
    # the gateway's look-up (which hashes the CCCD it is given) still finds it.
    assert len(consent_rows) == 1 and CITIZEN not in repr(consent_rows)
    consents = ConsentRegistry(store, log.keys.subject_hash)
    [found] = consents.for_call(CITIZEN, "BHXH-HCM", ServiceRef("CA-HCM", "cong-dan", "v1"), "BHYT")
    assert found.id == "c-1" and found.subject_key == log.keys.subject_hash(CITIZEN)
    assert [c.id for c in consents.all(subject=CITIZEN)] == ["c-1"]
    store.close()


def test_consents_are_not_converted_without_the_audit_subject_key(url: str, tmp_path: Path) -> None:
    _old_store(url, tmp_path)
    with pytest.raises(ConfigError, match="audit subject key"):
        Store.open(url, upgrade=True)
    engine = create_engine(url)
    with engine.connect() as conn:  # nothing half-done: the plain row is still there, unkeyed
        subjects = conn.execute(text("SELECT subject FROM exchange_consents")).scalars().all()
    engine.dispose()
    assert subjects == [CITIZEN]


def test_replaying_every_revision_gives_the_models_schema(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(_migrate._config(conn), "head")
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": _migrate.include_name})
        drift = compare_metadata(context, _migrate.target_metadata())
    engine.dispose()
    assert drift == [], "a model changed without a migration: add one under store/migrations"
    store = Store.open(url)  # a replayed store is current: accepted as it is
    assert _migrate.state(store.engine).current
    store.close()


def test_a_new_store_is_created_at_the_newest_revision(url: str) -> None:
    store = Store.open(url)
    found = _migrate.state(store.engine)
    store.close()
    assert found.current and found.revision == _migrate.head()


def test_the_head_read_without_alembic_is_alembics_head() -> None:
    """``Store.open`` reads the newest revision from the files (importing Alembic costs a fifth
    of a second on every command); it must be the head Alembic itself finds."""
    from alembic.script import ScriptDirectory

    from lienthong.store._migrate import MIGRATIONS, head

    assert head() == ScriptDirectory(str(MIGRATIONS)).get_current_head()
