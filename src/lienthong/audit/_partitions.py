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
costs nothing per row, and deletes only the rows of the one it covers in part. The mechanics
are the store's, shared with the quality history (:mod:`lienthong.store._partitions`); what is
the audit's own is the guard each partition gets.
"""

from __future__ import annotations

from sqlalchemy import Connection

from lienthong.audit import _tables
from lienthong.audit._tables import audit_entry, audit_subject, guard_partition
from lienthong.store import _partitions as shared

#: The tables partitioned by seq.
PARTITIONED = (audit_entry.name, audit_subject.name)

#: ``(name, first seq, end seq exclusive)`` of a table's partitions (the store's one reading).
partitions = shared.partitions


def is_partitioned(conn: Connection) -> bool:
    return shared.is_partitioned(conn, audit_entry.name)


def ensure_room(conn: Connection, head_seq: int) -> int:
    """Create partitions until a whole one lies beyond ``head_seq``, for both tables; the seq
    at which the next call is due (when the head enters the last partition)."""
    return min(
        shared.make_room(
            conn, table, head_seq, width=_tables.PARTITION_SIZE, on_create=guard_partition
        )
        for table in PARTITIONED
    )


def drop_covered(conn: Connection, through: int) -> int:
    """Drop every partition whose seqs all lie at or below ``through``; how many entries'
    partitions went (the caller deletes what is left up to ``through``)."""
    dropped = 0
    for table in PARTITIONED:
        gone = shared.drop_through(conn, table, through)
        dropped += len(gone) if table == audit_entry.name else 0
    return dropped
