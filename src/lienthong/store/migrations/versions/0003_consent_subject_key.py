"""Consents keyed by the keyed hash of the CCCD: no plain CCCD left in the platform store.

Each existing row's ``subject`` (a CCCD) becomes ``subject_key`` = HMAC-SHA256 under the audit
subject key, exactly as the audit's subject index keys it, so a citizen's consents and access log
share one key. The key comes from the caller (``lienthong store upgrade`` loads the platform's
audit keys); a store with consent rows is not converted without it.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from alembic import context, op

from lienthong.errors import ConfigError

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

INDEX = "ix_exchange_consents_lookup"


def upgrade() -> None:
    subject_hash: Callable[[str], str] | None = context.config.attributes.get("subject_hash")
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, subject FROM exchange_consents")).all()
    if rows and subject_hash is None:
        raise ConfigError(
            "The consents in this store name citizens by CCCD; converting them needs the"
            " platform's audit subject key.",
            hint="Run `lienthong store upgrade` with LIENTHONG_HOME set to the platform's home.",
        )
    op.drop_index(INDEX, table_name="exchange_consents")
    with op.batch_alter_table("exchange_consents") as batch:
        batch.add_column(
            sa.Column(
                "subject_key",
                sa.String(length=64),
                nullable=True,
                comment="HMAC-SHA256 of the CCCD",
            )
        )
    if rows and subject_hash is not None:
        bind.execute(
            sa.text("UPDATE exchange_consents SET subject_key = :key WHERE id = :id"),
            [{"key": subject_hash(str(subject)), "id": id_} for id_, subject in rows],
        )
    with op.batch_alter_table("exchange_consents") as batch:
        batch.alter_column("subject_key", existing_type=sa.String(length=64), nullable=False)
        batch.drop_column("subject")
    op.create_index(
        INDEX,
        "exchange_consents",
        ["subject_key", "consumer", "provider", "service", "purpose"],
        unique=False,
    )


def downgrade() -> None:
    raise NotImplementedError("lienthong does not downgrade a store; restore a backup instead.")
