"""PostgreSQL: tables that grow without bound kept as range partitions of a rising key.

One implementation for every capability whose history grows for ever (the audit chain and
its subject index by ``seq``, the quality history by run id): the key only rises, so a range
of it is a span of time, and a query naming the key (``WHERE run_id = …``, ``seq <= …``) is
pruned to the partitions that can hold it without being rewritten.

- A partition is ``<table>_p<first key>`` holding ``[low, high)``.
- There is always a whole empty partition ahead of the newest key: after each commit that
  enters the last partition, the writer calls :func:`make_room` (``IF NOT EXISTS``, so several
  writers may try at once), so an insert never finds no partition for its row. There is no
  DEFAULT partition on purpose: a row landing there would make creating the range partition
  that should hold it fail, and retention could not drop it with its neighbours.
- Retention drops the partitions whose keys all lie at or below a cut (:func:`drop_through`),
  which costs nothing per row, and the caller deletes the rows of the one it covers in part.
- :func:`convert` turns a plain table into a partitioned one in place (a migration, or a new
  store's empty table), keeping its rows, indexes, sequences and foreign keys in and out.

SQLite stores are never partitioned; nothing here is called for them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlalchemy import Connection

#: What a caller adds to each new partition (the audit's append-only guard), or nothing.
OnCreate = Callable[[Connection, str], None]

_BOUND = re.compile(r"FROM \('?(-?\d+)'?\) TO \('?(-?\d+)'?\)")


def partition_name(table: str, low: int) -> str:
    return f"{table}_p{int(low)}"


def partitions(conn: Connection, table: str) -> list[tuple[str, int, int]]:
    """``(name, first key, end key exclusive)`` of ``table``'s partitions, in key order."""
    rows = conn.exec_driver_sql(
        "SELECT c.relname, pg_get_expr(c.relpartbound, c.oid) FROM pg_inherits i "
        "JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent "
        "WHERE p.relname = %(table)s AND p.relkind = 'p'",
        {"table": table},
    ).all()
    found = []
    for name, bound in rows:
        match = _BOUND.search(str(bound))
        if match is not None:
            found.append((str(name), int(match.group(1)), int(match.group(2))))
    return sorted(found, key=lambda part: part[1])


def is_partitioned(conn: Connection, table: str) -> bool:
    return bool(
        conn.exec_driver_sql(
            "SELECT 1 FROM pg_class WHERE relname = %(table)s AND relkind = 'p'",
            {"table": table},
        ).first()
    )


def create_partition(
    conn: Connection, table: str, low: int, high: int, on_create: OnCreate | None = None
) -> str:
    """One partition ``[low, high)`` of ``table`` (if it is not there yet); its name."""
    name = partition_name(table, low)
    conn.exec_driver_sql(
        f"CREATE TABLE IF NOT EXISTS {name} PARTITION OF {table} "
        f"FOR VALUES FROM ({int(low)}) TO ({int(high)})"
    )
    if on_create is not None:
        on_create(conn, name)
    return name


def make_room(
    conn: Connection,
    table: str,
    head: int,
    *,
    width: int,
    on_create: OnCreate | None = None,
) -> int:
    """Create partitions until a whole one lies beyond ``head``; the key at which the next
    call is due (when the head enters the last partition). An existing table keeps the width
    its last partition has; ``width`` is for a table with none."""
    parts = partitions(conn, table)
    size = parts[-1][2] - parts[-1][1] if parts else width
    top = parts[-1][2] if parts else 1
    while top <= head + size:
        create_partition(conn, table, top, top + size, on_create)
        top += size
    return top - size


def drop_through(conn: Connection, table: str, through: int) -> list[str]:
    """Drop every partition of ``table`` whose keys all lie at or below ``through``; their
    names (rows above ``through`` are never touched). A partition is dropped directly (one
    statement); one that foreign keys point at is detached first, which PostgreSQL requires
    and which checks that no row still refers to it (drop the referring rows first)."""
    referenced = bool(_foreign_keys(conn, "confrelid", table))
    dropped = []
    for name, _low, high in partitions(conn, table):
        if high - 1 <= through:
            if referenced:
                conn.exec_driver_sql(f"ALTER TABLE {table} DETACH PARTITION {name}")
            conn.exec_driver_sql(f"DROP TABLE {name}")
            dropped.append(name)
    return dropped


def convert(
    conn: Connection,
    table: str,
    key: str,
    *,
    width: int,
    on_create: OnCreate | None = None,
) -> None:
    """Make the plain ``table`` ``PARTITION BY RANGE (key)`` in place, rows and all.

    It is renamed aside, recreated with the same columns, defaults and comments, given
    partitions covering every stored key and one whole empty one beyond, refilled in one
    ``INSERT … SELECT``; then its indexes, the sequences its columns draw from, and the foreign
    keys from and to it are put back on the new table and the old one is dropped. The primary
    key gains ``key`` when it lacks it (PostgreSQL requires the partition key in every unique
    constraint of a partitioned table); uniqueness of the old key still holds, since that key
    is drawn from a sequence. Run inside the caller's transaction: a failure leaves the table
    as it was. Already partitioned: nothing to do."""
    if is_partitioned(conn, table):
        return
    old = f"{table}_unpartitioned"
    primary = _primary_key(conn, table)
    indexes = _indexes(conn, table)
    outgoing = _foreign_keys(conn, "conrelid", table)
    incoming = _foreign_keys(conn, "confrelid", table)
    for owner, name, _definition in incoming:
        conn.exec_driver_sql(f"ALTER TABLE {owner} DROP CONSTRAINT {name}")
    conn.exec_driver_sql(f"ALTER TABLE {table} RENAME TO {old}")
    for _owner, name, _definition in outgoing:
        conn.exec_driver_sql(f"ALTER TABLE {old} DROP CONSTRAINT {name}")
    conn.exec_driver_sql(f"ALTER TABLE {old} DROP CONSTRAINT IF EXISTS {table}_pkey")
    conn.exec_driver_sql(
        f"CREATE TABLE {table} (LIKE {old} INCLUDING DEFAULTS INCLUDING COMMENTS "
        f"INCLUDING STORAGE INCLUDING CONSTRAINTS) PARTITION BY RANGE ({key})"
    )
    columns = [*primary, key] if key not in primary else primary
    conn.exec_driver_sql(
        f"ALTER TABLE {table} ADD CONSTRAINT {table}_pkey PRIMARY KEY ({', '.join(columns)})"
    )
    top = int(conn.exec_driver_sql(f"SELECT coalesce(max({key}), 0) FROM {old}").scalar_one())
    make_room(conn, table, top, width=width, on_create=on_create)
    conn.exec_driver_sql(f"INSERT INTO {table} SELECT * FROM {old}")
    for sequence, column in _owned_sequences(conn, old):
        conn.exec_driver_sql(f"ALTER SEQUENCE {sequence} OWNED BY {table}.{column}")
    conn.exec_driver_sql(f"DROP TABLE {old}")
    for definition in indexes:
        conn.exec_driver_sql(definition)
    for owner, name, definition in outgoing + incoming:
        conn.exec_driver_sql(f"ALTER TABLE {owner} ADD CONSTRAINT {name} {definition}")


def _primary_key(conn: Connection, table: str) -> list[str]:
    return [
        str(name)
        for (name,) in conn.exec_driver_sql(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
            "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = %(t)s::regclass AND i.indisprimary "
            "ORDER BY array_position(i.indkey, a.attnum)",
            {"t": table},
        )
    ]


def _indexes(conn: Connection, table: str) -> list[str]:
    """``CREATE INDEX`` statements of ``table``'s indexes other than its primary key."""
    return [
        str(definition)
        for (definition,) in conn.exec_driver_sql(
            "SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i "
            "WHERE i.indrelid = %(t)s::regclass AND NOT i.indisprimary ORDER BY i.indexrelid",
            {"t": table},
        )
    ]


def _foreign_keys(conn: Connection, side: str, table: str) -> list[tuple[str, str, str]]:
    """``(owning table, name, definition)`` of the foreign keys declared on ``table``
    (``side='conrelid'``) or pointing at it (``'confrelid'``)."""
    return [
        (str(owner), str(name), str(definition))
        for owner, name, definition in conn.exec_driver_sql(
            "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) "
            f"FROM pg_constraint c WHERE c.contype = 'f' AND c.{side} = %(t)s::regclass "
            "AND c.conparentid = 0 ORDER BY c.conname",
            {"t": table},
        )
    ]


def _owned_sequences(conn: Connection, table: str) -> list[tuple[str, str]]:
    """``(sequence, column)`` for the serial columns of ``table`` (they die with it otherwise)."""
    return [
        (str(sequence), str(column))
        for sequence, column in conn.exec_driver_sql(
            "SELECT s.relname, a.attname FROM pg_depend d "
            "JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S' "
            "JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid "
            "WHERE d.refobjid = %(t)s::regclass AND d.deptype = 'a'",
            {"t": table},
        )
    ]
