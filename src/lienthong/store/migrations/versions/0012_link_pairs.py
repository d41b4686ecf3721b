"""The last linkage run's scored pairs, and each record's identifier group, for the
precision/recall curve of ``link evaluate``.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # each step only when missing: a store whose version stamp was set back (tests fake an
    # older store that way) already holds the later tables
    inspector = sa.inspect(op.get_bind())
    if not inspector.has_table("link_pairs"):
        _create_pairs()
    present = {c["name"] for c in inspector.get_columns("link_master_index")}
    for name, length in (("group_root", 401), ("group_anchor", 12)):
        if name not in present:
            op.add_column("link_master_index", sa.Column(name, sa.String(length), nullable=True))


def _create_pairs() -> None:
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


def downgrade() -> None:
    raise NotImplementedError("lienthong does not downgrade a store; restore a backup instead.")
