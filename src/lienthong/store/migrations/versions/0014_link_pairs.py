"""The last linkage run's scored pairs, and each record's identifier group, for the
precision/recall curve of ``link evaluate``.

Revision ID: 0014
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "link_pairs",
        sa.Column("record_l", sa.String(length=401), nullable=False),
        sa.Column("record_r", sa.String(length=401), nullable=False),
        sa.Column("match_weight", sa.Float(), nullable=False),
        sa.Column("match_probability", sa.Float(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["run_id"], ["link_runs.id"]),
        sa.PrimaryKeyConstraint("record_l", "record_r"),
    )
    op.add_column("link_master_index", sa.Column("group_root", sa.String(401), nullable=True))
    op.add_column("link_master_index", sa.Column("group_anchor", sa.String(12), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("lienthong does not downgrade a store; restore a backup instead.")
