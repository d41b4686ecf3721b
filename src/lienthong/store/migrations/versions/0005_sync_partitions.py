"""Cursors of the workers sharing one subscription's delivery (``--partition K/N``).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_partition",
        sa.Column("subscription", sa.String(length=100), nullable=False),
        sa.Column("partitions", sa.Integer(), nullable=False),
        sa.Column("partition", sa.Integer(), nullable=False),
        sa.Column("position", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("subscription", "partitions", "partition"),
    )


def downgrade() -> None:
    op.drop_table("sync_partition")
