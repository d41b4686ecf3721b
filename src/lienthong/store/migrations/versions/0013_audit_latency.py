"""Hourly latency histograms per service (``audit_latency``), filled from the chain stored.

The append keeps the table current from now on (``lienthong.audit._rollup``); the latencies an
older store already holds are bucketed here, in seq order and in bounded batches, in the
upgrade's one transaction (a failure leaves the store as it was).

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from lienthong.audit._rollup import rebuild

    op.create_table(
        "audit_latency",
        sa.Column("hour", sa.String(length=13), nullable=False, comment="UTC hour, YYYY-MM-DDTHH"),
        sa.Column("provider", sa.String(length=128), nullable=False),
        sa.Column("service", sa.String(length=200), nullable=False),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column(
            "bucket",
            sa.SmallInteger(),
            nullable=False,
            comment="index into rollup LATENCY_BOUNDS_MS",
        ),
        sa.Column("count", sa.BigInteger(), nullable=False),
        sa.Column(
            "seq", sa.BigInteger(), nullable=False, comment="last audit seq folded into this row"
        ),
        sa.PrimaryKeyConstraint("hour", "provider", "service", "version", "bucket"),
    )
    op.create_index("ix_audit_latency_seq", "audit_latency", ["seq"])
    rebuild(op.get_bind(), counts=False)


def downgrade() -> None:
    raise NotImplementedError("lienthong does not downgrade a store; restore a backup instead.")
