"""Audit tables in the platform store.

``audit_entry`` is the chain (append-only; the only columns are what the hash covers, so there
is nothing unhashed to trust). ``audit_subject`` maps a subject's keyed hash to the entries about
them, so a citizen's access log is an index range scan. ``audit_checkpoint`` holds the signed
seals. ``audit_head`` is one row (id 1): the chain's last seq/hash, locked by every append so
that several processes extend one chain in order.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, Column, Connection, Index, Integer, String, Table, Text, event

from lienthong.store import _partitions, metadata

audit_entry = Table(
    "audit_entry",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("entry", Text, nullable=False, comment="canonical JSON of the entry"),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    postgresql_partition_by="RANGE (seq)",  # see lienthong.audit._partitions
)

audit_subject = Table(
    "audit_subject",
    metadata,
    Column("subject_key", String(64), primary_key=True, comment="HMAC-SHA256 of the CCCD"),
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    postgresql_partition_by="RANGE (seq)",
)

audit_checkpoint = Table(
    "audit_checkpoint",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("hash", String(64), nullable=False),
    Column("time", String(32), nullable=False),
    Column("key_id", String(16), nullable=False),
    Column("signature", String(128), nullable=False, comment="base64 Ed25519 signature"),
)

audit_head = Table(
    "audit_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("seq", BigInteger, nullable=False),
    Column("hash", String(64), nullable=False),
    Column("checkpoint_seq", BigInteger, nullable=False),
    Column("checkpoint_time", String(32), nullable=False),
)


#: Hourly counts of the log (``audit/_rollup.py`` keeps them in each append's transaction).
audit_rollup = Table(
    "audit_rollup",
    metadata,
    Column("hour", String(13), primary_key=True, comment="UTC hour, YYYY-MM-DDTHH"),
    Column("event", String(40), primary_key=True),
    Column("outcome", String(16), primary_key=True),
    Column("client_agency", String(128), primary_key=True, comment="or the client, '' if none"),
    Column("provider", String(128), primary_key=True),
    Column("service", String(200), primary_key=True),
    Column("version", String(32), primary_key=True),
    Column("reason", String(40), primary_key=True, comment="refusal reason code, '' if none"),
    Column("count", BigInteger, nullable=False),
    Column("first_time", String(32), nullable=False),
    Column("last_time", String(32), nullable=False),
    Column("seq", BigInteger, nullable=False, comment="last audit seq folded into this row"),
    Index("ix_audit_rollup_seq", "seq"),
)


# Append-only, enforced by the database itself: UPDATE and DELETE (and TRUNCATE) on the chain,
# the index and the checkpoints are refused. This stops mistakes and casual edits; an intruder
# who can drop triggers is what the hash chain and the signed checkpoints are for.
_APPEND_ONLY = "the audit log is append-only"


def _sqlite_guard(table: str) -> list[str]:
    return [
        f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
        f"BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY}'); END"
        for verb in ("UPDATE", "DELETE")
    ]


_PG_FUNCTION = (
    "CREATE OR REPLACE FUNCTION lienthong_audit_append_only() RETURNS trigger "
    f"LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '{_APPEND_ONLY}'; END $$"
)


def _pg_guard(table: str) -> list[str]:
    return [
        _PG_FUNCTION,
        f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON {table} "
        "FOR EACH STATEMENT EXECUTE FUNCTION lienthong_audit_append_only()",
    ]


def append_only_guard(target: Table, connection: Connection, **_: Any) -> None:
    """Make ``target`` append-only (an ``after_create`` listener; also used by the witness)."""
    dialect = connection.dialect.name
    statements = {"sqlite": _sqlite_guard, "postgresql": _pg_guard}.get(dialect)
    for sql in statements(target.name) if statements else ():
        connection.exec_driver_sql(sql)


#: Entries per partition in a new PostgreSQL store (see ``_partitions``; an existing store
#: keeps the width it was created with). It must exceed the largest append batch (the group
#: commit's, hundreds), since room for more is made after each commit.
PARTITION_SIZE = 1_000_000


def guard_partition(conn: Connection, name: str) -> None:
    """Give a new partition its own append-only guard (a statement aimed at a partition does
    not fire its parent's triggers)."""
    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}_append_only ON {name}")
    for sql in _pg_guard(name):
        conn.exec_driver_sql(sql)


def create_partition(conn: Connection, table: str, low: int, high: int) -> None:
    """One partition ``[low, high)`` of ``table`` with its own append-only guard."""
    _partitions.create_partition(conn, table, low, high, guard_partition)


def _first_partitions(target: Table, connection: Connection, **_: Any) -> None:
    """A new PostgreSQL store starts with one whole empty partition per partitioned table."""
    if connection.dialect.name == "postgresql":
        create_partition(connection, target.name, 1, 1 + PARTITION_SIZE)


for _table in (audit_entry, audit_subject, audit_checkpoint):
    event.listen(_table, "after_create", append_only_guard)
for _table in (audit_entry, audit_subject):
    event.listen(_table, "after_create", _first_partitions)


def lifted_guard(dialect: str, table: str) -> tuple[list[str], list[str]]:
    """Statements that lift ``table``'s DELETE guard and put it back, for retention only.

    Both run inside the one transaction that removes an archived prefix (DDL is transactional
    on SQLite and PostgreSQL, and PostgreSQL's ``ALTER TABLE`` holds the table exclusively
    until the commit), so no other writer ever sees the table unguarded."""
    if dialect == "sqlite":
        recreate = [sql for sql in _sqlite_guard(table) if " BEFORE DELETE " in sql]
        return [f"DROP TRIGGER {table}_no_delete"], recreate
    if dialect == "postgresql":
        trigger = f"{table}_append_only"
        return (
            [f"ALTER TABLE {table} DISABLE TRIGGER {trigger}"],
            [f"ALTER TABLE {table} ENABLE TRIGGER {trigger}"],
        )
    return [], []  # other engines: no guard is installed (see append_only_guard)
