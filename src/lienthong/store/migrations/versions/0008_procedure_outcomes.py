"""Once-only procedures: each dossier's eligibility verdicts and reuse counts (filled in for the
dossiers already stored), and correction requests to the agency that holds a value a citizen
flagged as wrong.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("procedure_dossier", sa.Column("eligibility", sa.JSON(), nullable=True))
    for name in ("reused_fields", "flagged_fields", "papers_avoided"):
        op.add_column("procedure_dossier", sa.Column(name, sa.Integer(), nullable=True))
    op.add_column("procedure_dossier", sa.Column("decision_s", sa.Float(), nullable=True))
    op.create_index(
        "ix_dossier_procedure_status", "procedure_dossier", ["procedure", "status"], unique=False
    )
    op.create_index(
        "ix_dossier_decision", "procedure_dossier", ["procedure", "decision_s"], unique=False
    )
    op.create_table(
        "procedure_rollup",
        sa.Column("procedure", sa.String(length=64), nullable=False),
        sa.Column("agency", sa.String(length=64), nullable=False),
        sa.Column("dossiers", sa.Integer(), nullable=False),
        sa.Column("reusing", sa.Integer(), nullable=False),
        sa.Column("prefilled", sa.Integer(), nullable=False),
        sa.Column("flagged", sa.Integer(), nullable=False),
        sa.Column("papers", sa.Integer(), nullable=False),
        sa.Column("decided", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("procedure"),
    )
    _count_existing()
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
        sa.Column("dataset", sa.String(length=200), nullable=True),
        sa.Column("since_seq", sa.BigInteger(), nullable=True),
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


def _count_existing() -> None:
    """Reused and flagged fields of the dossiers already submitted (papers avoided stay unknown:
    the procedure files are not part of the store)."""
    import json

    bind = op.get_bind()
    dossiers = sa.table(
        "procedure_dossier",
        sa.column("id", sa.String()),
        sa.column("status", sa.String()),
        sa.column("components", sa.JSON()),
        sa.column("reused_fields", sa.Integer()),
        sa.column("flagged_fields", sa.Integer()),
        sa.column("decision_s", sa.Float()),
        sa.column("procedure", sa.String()),
        sa.column("agency", sa.String()),
        sa.column("submitted_ts", sa.Float()),
        sa.column("decided_ts", sa.Float()),
    )
    d = dossiers.c
    rows = bind.execute(
        sa.select(d.id, d.components, d.submitted_ts, d.decided_ts).where(d.status != "draft")
    ).all()
    for dossier_id, components, submitted_ts, decided_ts in rows:
        found = json.loads(components) if isinstance(components, str) else components or []
        bind.execute(
            sa.update(dossiers)
            .where(d.id == dossier_id)
            .values(
                reused_fields=sum(1 for c in found if c.get("reused")),
                flagged_fields=sum(1 for c in found if c.get("flagged_wrong")),
                decision_s=None if decided_ts is None else decided_ts - (submitted_ts or 0),
            )
        )
    rollup = sa.table(
        "procedure_rollup",
        *(sa.column(n) for n in ("procedure", "agency", "dossiers", "reusing", "prefilled")),
        *(sa.column(n) for n in ("flagged", "papers", "decided")),
    )
    totals = bind.execute(
        sa.select(
            d.procedure,
            sa.func.min(d.agency),
            sa.func.count(),
            sa.func.sum(sa.case((d.reused_fields > 0, 1), else_=0)),
            sa.func.coalesce(sa.func.sum(d.reused_fields), 0),
            sa.func.coalesce(sa.func.sum(d.flagged_fields), 0),
            sa.func.count(d.decided_ts),
        )
        .where(d.status != "draft")
        .group_by(d.procedure)
    ).all()
    for code, agency, count, reusing, prefilled, flagged, decided in totals:
        bind.execute(
            sa.insert(rollup).values(
                procedure=code,
                agency=agency,
                dossiers=count,
                reusing=reusing or 0,
                prefilled=prefilled,
                flagged=flagged,
                papers=0,
                decided=decided,
            )
        )


def downgrade() -> None:
    raise NotImplementedError("lienthong does not downgrade a store; restore a backup instead.")
