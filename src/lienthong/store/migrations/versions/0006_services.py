"""Data services an agency publishes itself (`registry add-service`) and their retirement.

Adds the descriptive columns of a published service (English title, descriptions, legal basis,
purposes, the data subject's column, who published it) and the retirement table (sunset date
and successor of a version on its way out).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for column in (
        sa.Column("title_en", sa.Text(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("description_en", sa.Text(), nullable=True),
        sa.Column("legal_basis", sa.Text(), nullable=True),
        sa.Column("purposes", sa.JSON(), nullable=True),
        sa.Column("subject_column", sa.String(length=128), nullable=True),
        sa.Column("published_by", sa.String(length=128), nullable=True),
    ):
        op.add_column("registry_services", column)
    op.create_table(
        "registry_service_retirements",
        sa.Column("provider", sa.String(length=64), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("sunset", sa.DateTime(timezone=True), nullable=False),
        sa.Column("replaced_by", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.String(length=128), nullable=False),
        sa.Column(
            "retired_at",
            sa.DateTime(timezone=True),
            server_default=sa.func.now(),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["provider", "code", "version"],
            [
                "registry_services.provider",
                "registry_services.code",
                "registry_services.version",
            ],
        ),
        sa.PrimaryKeyConstraint("provider", "code", "version"),
    )


def downgrade() -> None:
    raise NotImplementedError("lienthong does not downgrade a store; restore a backup instead.")
