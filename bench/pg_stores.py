"""Two throwaway PostgreSQL platform stores for the partitioning benchmarks: one created as
today (its growing tables partitioned) and one "plain", upgraded only to the revision before
the tables were partitioned, so the same work can be timed on both in one run.

Used by bench/audit_retention.py (audit chain, plain at 0009) and bench/partitions.py (quality
history, plain at 0010).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from alembic import command
from sqlalchemy import create_engine, text

from lienthong.store import _migrate


@contextmanager
def part_and_plain(pg_admin: str, prefix: str, plain_revision: str) -> Iterator[dict[str, str]]:
    """``{"part": url, "plain": url}``; both databases are dropped on the way out.

    The plain store gets the tables later revisions add (what ``create_all`` finds missing),
    its partitioned ones left as ``plain_revision`` made them, and is stamped at head so the
    code of today runs on it."""
    admin = create_engine(f"{pg_admin}/postgres", isolation_level="AUTOCOMMIT")
    names = {kind: f"{prefix}_{kind}_{uuid.uuid4().hex[:8]}" for kind in ("part", "plain")}
    try:
        with admin.connect() as conn:
            for name in names.values():
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        urls = {kind: f"{pg_admin}/{name}" for kind, name in names.items()}
        engine = create_engine(urls["plain"])
        with engine.begin() as conn:
            command.upgrade(_migrate._config(conn), plain_revision)
            _migrate.target_metadata().create_all(conn)
            command.stamp(_migrate._config(conn), "head")
        engine.dispose()
        yield urls
    finally:
        with admin.connect() as conn:
            for name in names.values():
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
