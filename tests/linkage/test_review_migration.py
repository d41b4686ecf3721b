"""Migration 0007 adds the review queue to a store that already holds a linkage run."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from lienthong.linkage import index_mapping
from lienthong.linkage._review import review_queue
from lienthong.store import Store, _migrate


def test_a_store_at_0004_with_an_index_upgrades_keeping_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'platform.db'}"
    engine = create_engine(url)
    now = datetime.now(UTC)
    with engine.begin() as conn:
        command.upgrade(_migrate._config(conn), "0004")
        conn.execute(
            text(
                "INSERT INTO link_runs (id, started_at, finished_at, datasets, summary) "
                "VALUES (1, :t, :t, '[\"a.b\"]', '{}')"
            ),
            {"t": now},
        )
        conn.execute(
            text(
                "INSERT INTO link_master_index (source_dataset, record_key, master_id, "
                "entity_type, evidence, run_id, linked_at) "
                "VALUES ('a.b', '1', 'P1', 'person', 'singleton', 1, :t)"
            ),
            {"t": now},
        )
    engine.dispose()
    store = Store.open(url, upgrade=True)
    assert _migrate.state(store.engine).current
    assert index_mapping(store) == {"a.b/1": "P1"}
    assert review_queue(store) == []
    with store.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO link_review (record_l, record_r, run_id, decision) "
                "VALUES ('a.b/1', 'a.b/2', 1, 'pending')"
            )
        )
    assert [p["record_r"] for p in review_queue(store)] == ["a.b/2"]
    store.close()
