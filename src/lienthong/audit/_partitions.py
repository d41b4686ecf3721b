"""PostgreSQL: the chain and its subject index as range partitions of ``seq``.

``audit_entry`` and ``audit_subject`` grow without bound, so on PostgreSQL they are declared
``PARTITION BY RANGE (seq)`` (seq grows with time, so a range of seq is a span of time), in
partitions of ``_tables.PARTITION_SIZE`` entries named ``<table>_p<first seq>``. Each partition
carries the append-only guard itself, because a statement aimed at a partition does not fire
its parent's triggers.

There is always a whole empty partition ahead of the head: every appending process, after a
commit that enters the last partition, creates the next one (``IF NOT EXISTS``; several may
try at once), so an append never finds no partition for its row. Retention
(:mod:`lienthong.audit._retention`) drops the partitions an archive covers entirely, which
costs nothing per row, and deletes only the rows of the one it covers in part.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection

from lienthong.audit import _tables
from lienthong.audit._tables import audit_entry, audit_subject, create_partition

#: The tables partitioned by seq.
PARTITIONED = (audit_entry.name, audit_subject.name)

_BOUND = re.compile(r"FROM \('?(-?\d+)'?\) TO \('?(-?\d+)'?\)")


def partitions(conn: Connection, table: str) -> list[tuple[str, int, int]]:
    """``(name, first seq, end seq exclusive)`` of ``table``'s partitions, in seq order."""
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


def is_partitioned(conn: Connection) -> bool:
    return bool(
        conn.exec_driver_sql(
            "SELECT 1 FROM pg_class WHERE relname = %(table)s AND relkind = 'p'",
            {"table": audit_entry.name},
        ).first()
    )


def ensure_room(conn: Connection, head_seq: int, *, width: int | None = None) -> int:
    """Create partitions until a whole one lies beyond ``head_seq``, for both tables; the seq
    at which the next call is due (when the head enters the last partition)."""
    return min(table_room(conn, table, head_seq, width=width) for table in PARTITIONED)


def table_room(conn: Connection, table: str, head_seq: int, *, width: int | None = None) -> int:
    parts = partitions(conn, table)
    size = width or (parts[-1][2] - parts[-1][1] if parts else _tables.PARTITION_SIZE)
    top = parts[-1][2] if parts else 1
    while top <= head_seq + size:
        create_partition(conn, table, top, top + size)
        top += size
    return top - size


def drop_covered(conn: Connection, through: int) -> int:
    """Drop every partition whose seqs all lie at or below ``through``; how many entries'
    partitions went (the caller deletes what is left up to ``through``)."""
    dropped = 0
    for table in PARTITIONED:
        for name, _low, high in partitions(conn, table):
            if high - 1 <= through:
                conn.exec_driver_sql(f"ALTER TABLE {table} DETACH PARTITION {name}")
                conn.exec_driver_sql(f"DROP TABLE {name}")
                dropped += table == audit_entry.name
    return dropped
