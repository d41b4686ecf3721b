"""Once-only procedures: the dossier table; the audit guards on stores made before them.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from lienthong.store.migrations.guards import install_audit_guards

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "procedure_dossier",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("procedure", sa.String(length=64), nullable=False),
        sa.Column("agency", sa.String(length=64), nullable=False, comment="the deciding agency"),
        sa.Column("subject", sa.String(length=12), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("created_ts", sa.Float(), nullable=False),
        sa.Column("submitted_ts", sa.Float(), nullable=True),
        sa.Column("decided_ts", sa.Float(), nullable=True),
        sa.Column("decided_by", sa.String(length=64), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("components", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_dossier_agency_status", "procedure_dossier", ["agency", "status"], unique=False
    )
    op.create_index("ix_dossier_subject", "procedure_dossier", ["subject"], unique=False)
    install_audit_guards(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("lienthong does not downgrade a store; restore a backup instead.")
