"""Hourly rollups of the audit log (``audit_rollup``), filled from the chain already stored.

The append keeps the table current from now on (``lienthong.audit._rollup``); the entries an
older store already holds are folded in here, in seq order and in bounded batches.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from lienthong.audit._rollup import rebuild

    op.create_table(
        "audit_rollup",
        sa.Column("hour", sa.String(length=13), nullable=False, comment="UTC hour, YYYY-MM-DDTHH"),
        sa.Column("event", sa.String(length=40), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column(
            "client_agency",
            sa.String(length=128),
            nullable=False,
            comment="or the client, '' if none",
        ),
        sa.Column("provider", sa.String(length=128), nullable=False),
        sa.Column("service", sa.String(length=200), nullable=False),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column(
            "reason",
            sa.String(length=40),
            nullable=False,
            comment="refusal reason code, '' if none",
        ),
        sa.Column("count", sa.BigInteger(), nullable=False),
        sa.Column("first_time", sa.String(length=32), nullable=False),
        sa.Column("last_time", sa.String(length=32), nullable=False),
        sa.Column(
            "seq", sa.BigInteger(), nullable=False, comment="last audit seq folded into this row"
        ),
        sa.PrimaryKeyConstraint(
            "hour", "event", "outcome", "client_agency", "provider", "service", "version", "reason"
        ),
    )
    op.create_index("ix_audit_rollup_seq", "audit_rollup", ["seq"])
    rebuild(op.get_bind(), latency=False)


def downgrade() -> None:
    raise NotImplementedError("lienthong does not downgrade a store; restore a backup instead.")
