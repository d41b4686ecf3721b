"""A platform store at an older revision holding one linkage run and one indexed record, for
the migration tests of the linkage tables (0007 review queue, 0012 pair store)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from lienthong.store import _migrate


def store_with_one_linked_record(folder: Path, revision: str) -> str:
    """The URL of a SQLite store at ``revision`` whose index holds ``a.b/1`` as ``P1``."""
    url = f"sqlite:///{folder / 'platform.db'}"
    engine = create_engine(url)
    now = datetime.now(UTC)
    with engine.begin() as conn:
        command.upgrade(_migrate._config(conn), revision)
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
    return url
