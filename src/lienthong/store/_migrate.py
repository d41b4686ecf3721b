"""Schema versions of the platform store, kept by Alembic.

Every schema change is a revision under ``lienthong/store/migrations/versions``. A fresh store
is created at the newest revision (the tables from every package, then stamped); a store at
an older revision, or made before migrations existed, is refused by :meth:`Store.open` with a
sentence saying to run ``lienthong store upgrade``, which applies the missing revisions in one
transaction per revision (SQLite and PostgreSQL).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, MetaData, inspect, text

from lienthong.errors import ConfigError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
#: Where Alembic records the store's revision (its default name).
VERSION_TABLE = "alembic_version"
#: A store is "ours" when any of these exist (a source database may share a PostgreSQL database).
OWN_TABLES = ("audit_entry", "registry_agencies", "exchange_consents", "sync_subscription")


def target_metadata() -> MetaData:
    """The shared metadata with every capability's tables declared on it (imported here by
    name: each ``_tables`` module imports only the store, see ``tests/test_layering.py``)."""
    import lienthong.audit._tables
    import lienthong.exchange._tables
    import lienthong.linkage._tables
    import lienthong.procedures._tables
    import lienthong.quality._tables
    import lienthong.registry._tables
    import lienthong.sync._tables  # noqa: F401 — each declares its tables on the metadata
    from lienthong.store._store import metadata

    return metadata


#: Partitions of a partitioned table (``audit_entry_p1000001``, ``quality_runs_p101``): the
#: database's, not models.
_PARTITION = re.compile(
    r"^(audit_entry|audit_subject|quality_runs|quality_results|quality_scores)_p\d+$"
)


#: PostgreSQL's clones of a foreign key that points at a partitioned table, one per referenced
#: partition (``quality_results_run_id_fkey1`` → ``quality_runs_p1``): the database's too.
_PARTITION_FK = re.compile(r"^quality_(results|scores)_run_id_fkey\d+$")


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """For Alembic's comparisons: a table partition is part of its parent, not a table."""
    if name is None:
        return True
    if type_ == "table":
        return not _PARTITION.match(name)
    return not (type_ == "foreign_key_constraint" and _PARTITION_FK.match(name))


def _config(connection: Connection, subject_hash: Callable[[str], str] | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    #: Data migrations that key rows by a citizen's CCCD use the audit's keyed hash (0003).
    config.attributes["subject_hash"] = subject_hash
    return config


_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*[\"']([^\"']+)[\"']", re.M)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(?:[\"']([^\"']+)[\"']|None)", re.M)


def head() -> str:
    """The newest revision, read from the migration files' ``revision`` / ``down_revision``
    lines. Alembic itself takes a fifth of a second to import: every command opens the store,
    and only an upgrade needs Alembic (``tests/store`` checks this against Alembic's head)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        found = _REVISION.search(text)
        if found is None:
            continue
        revisions.add(found.group(1))
        down = _DOWN.search(text)
        if down is not None and down.group(1):
            parents.add(down.group(1))
    heads = revisions - parents
    if len(heads) != 1:
        raise ConfigError(f"The store's migrations have {len(heads)} heads: {sorted(heads)}.")
    return heads.pop()


@dataclass(frozen=True)
class SchemaState:
    """Where a store stands: ``revision`` None with ``own_tables`` means made before migrations."""

    revision: str | None
    own_tables: bool
    head: str

    @property
    def fresh(self) -> bool:
        return not self.own_tables

    @property
    def current(self) -> bool:
        return self.revision == self.head


def state(engine: Engine) -> SchemaState:
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        revision = None
        if VERSION_TABLE in tables:  # what Alembic's MigrationContext would read, without it
            revision = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
    return SchemaState(revision, bool(tables & set(OWN_TABLES)), head())


def create_fresh(engine: Engine) -> None:
    """A new store: every table at once (faster than replaying revisions), stamped at head."""
    from alembic import command

    target_metadata().create_all(engine)
    with engine.begin() as conn:
        command.stamp(_config(conn), "head")


def upgrade(
    engine: Engine, subject_hash: Callable[[str], str] | None = None
) -> tuple[str | None, str]:
    """Apply the missing revisions; return (from, to). A store made before migrations is taken
    to be at the baseline (0001) first. ``subject_hash`` (the audit's keyed hash of a CCCD) is
    needed to convert a store whose consents still name citizens by CCCD."""
    from alembic import command

    before = state(engine)
    with engine.begin() as conn:
        if before.fresh:
            target_metadata().create_all(conn)
            command.stamp(_config(conn), "head")
            return None, before.head
        if before.revision is None:
            command.stamp(_config(conn), "0001")
        command.upgrade(_config(conn, subject_hash), "head")
    return before.revision, before.head
