"""PostgreSQL: the audit chain and its subject index become range partitions of seq.

``audit_entry`` and ``audit_subject`` grow without bound; partitioned (``lienthong.audit.
_partitions``), retention drops whole partitions instead of deleting rows one by one. A store
made before this revision is converted in place: each table is renamed aside, recreated
``PARTITION BY RANGE (seq)`` with partitions covering every stored seq and one whole empty
partition beyond, refilled in one ``INSERT … SELECT``, and the old table dropped (the store's
one conversion, ``lienthong.store._partitions.convert``, which 0011 uses too) — all in the
upgrade's one transaction, so a failure leaves the store as it was. SQLite stores are unchanged.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

#: The width a converted store's partitions get (a new store's: ``audit._tables.PARTITION_SIZE``).
WIDTH = 1_000_000


def upgrade() -> None:
    from lienthong.audit._tables import guard_partition
    from lienthong.store._partitions import convert
    from lienthong.store.migrations.guards import install_audit_guards

    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table in ("audit_entry", "audit_subject"):
        convert(bind, table, "seq", width=WIDTH, on_create=guard_partition)
    install_audit_guards(bind)


def downgrade() -> None:
    raise NotImplementedError("lienthong does not downgrade a store; restore a backup instead.")
