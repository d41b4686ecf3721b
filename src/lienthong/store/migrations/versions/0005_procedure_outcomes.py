"""Once-only procedures: each dossier's eligibility verdicts, and correction requests to the
agency that holds a value a citizen flagged as wrong.

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
    op.add_column("procedure_dossier", sa.Column("eligibility", sa.JSON(), nullable=True))
    op.create_table(
        "procedure_correction",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("dossier", sa.String(length=36), nullable=False),
        sa.Column("procedure", sa.String(length=64), nullable=False),
        sa.Column("agency", sa.String(length=64), nullable=False, comment="holds the value"),
        sa.Column("service", sa.String(length=200), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("subject", sa.String(length=12), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("request_id", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("created_ts", sa.Float(), nullable=False),
        sa.Column("closed_ts", sa.Float(), nullable=True),
        sa.Column("closed_by", sa.String(length=64), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["dossier"], ["procedure_dossier.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_correction_agency_status", "procedure_correction", ["agency", "status"], unique=False
    )


def downgrade() -> None:
    raise NotImplementedError("lienthong does not downgrade a store; restore a backup instead.")
