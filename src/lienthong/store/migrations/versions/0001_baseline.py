"""Baseline: the platform store as lienthong 0.1 created it before schema migrations (6dbc00c).

Generated once with Alembic's autogenerate from that commit's tables and frozen here, so a later
change of a table is a new revision, never an edit of this one. The audit log's append-only
triggers are part of the baseline.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from lienthong.store.migrations.guards import install_audit_guards

revision = "0001"
down_revision: str | None = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "audit_checkpoint",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("time", sa.String(length=32), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column(
            "signature", sa.String(length=128), nullable=False, comment="base64 Ed25519 signature"
        ),
        sa.PrimaryKeyConstraint("seq"),
    )
    op.create_table(
        "audit_entry",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("entry", sa.Text(), nullable=False, comment="canonical JSON of the entry"),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("checkpoint_seq", sa.BigInteger(), nullable=False),
        sa.Column("checkpoint_time", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "audit_subject",
        sa.Column(
            "subject_key", sa.String(length=64), nullable=False, comment="HMAC-SHA256 of the CCCD"
        ),
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("subject_key", "seq"),
    )
    op.create_table(
        "exchange_agreements",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.create_table(
        "exchange_clients",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=256), nullable=False),
        sa.Column("agency", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "exchange_purposes",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=512), nullable=False),
        sa.Column("legal_basis", sa.String(length=512), nullable=True),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "link_runs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("datasets", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("model", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "quality_runs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("as_of", sa.String(length=10), nullable=False),
        sa.Column("rule_version", sa.String(length=12), nullable=False),
        sa.Column("rules_path", sa.Text(), nullable=True),
        sa.Column("datasets", sa.Integer(), nullable=False),
        sa.Column("checks", sa.Integer(), nullable=False),
        sa.Column("errors", sa.Integer(), nullable=False),
        sa.Column("elapsed_s", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "registry_agencies",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=True),
        sa.Column("kind", sa.String(length=64), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.func.now(),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "sync_capture",
        sa.Column("dataset", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("table_name", sa.String(length=200), nullable=False),
        sa.Column("key_columns", sa.JSON(), nullable=False),
        sa.Column("log_url", sa.Text(), nullable=False),
        sa.Column("position", sa.Text(), nullable=True),
        sa.Column("snapshot_state", sa.String(length=20), nullable=False),
        sa.Column("snapshot_cursor", sa.Text(), nullable=True),
        sa.Column("snapshot_epoch", sa.String(length=40), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_detail", sa.Text(), nullable=True),
        sa.Column("status_ts", sa.Float(), nullable=True),
        sa.Column("captured", sa.BigInteger(), nullable=False),
        sa.Column("last_commit_ts", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("dataset"),
    )
    op.create_table(
        "sync_change",
        sa.Column(
            "seq",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("change_id", sa.String(length=32), nullable=False),
        sa.Column("dataset", sa.String(length=200), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("record_key", sa.Text(), nullable=False),
        sa.Column("position", sa.Text(), nullable=False),
        sa.Column("commit_ts", sa.Float(), nullable=False),
        sa.Column("logged_ts", sa.Float(), nullable=False),
        sa.Column("before_row", sa.JSON(), nullable=True),
        sa.Column("after_row", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("change_id", name="uq_sync_change_id"),
    )
    op.create_index("ix_sync_change_dataset_seq", "sync_change", ["dataset", "seq"], unique=False)
    op.create_table(
        "sync_dead_letter",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("subscription", sa.String(length=100), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("change_id", sa.String(length=32), nullable=False),
        sa.Column("record_key", sa.Text(), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("ts", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("subscription", "change_id", name="uq_sync_dead_letter"),
    )
    op.create_table(
        "sync_file_row",
        sa.Column("dataset", sa.String(length=200), nullable=False),
        sa.Column("record_key", sa.Text(), nullable=False),
        sa.Column("row_hash", sa.String(length=64), nullable=False),
        sa.Column("row_data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("dataset", "record_key"),
    )
    op.create_table(
        "sync_subscription",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("dataset", sa.String(length=200), nullable=False),
        sa.Column("client", sa.String(length=100), nullable=False),
        sa.Column("client_agency", sa.String(length=100), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("mode", sa.String(length=10), nullable=False),
        sa.Column("target", sa.Text(), nullable=True),
        sa.Column("target_table", sa.String(length=200), nullable=True),
        sa.Column("mapping", sa.JSON(), nullable=True),
        sa.Column("target_key", sa.JSON(), nullable=True),
        sa.Column("on_missing", sa.String(length=10), nullable=False),
        sa.Column("apply_deletes", sa.Boolean(), nullable=False),
        sa.Column("secret", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_ts", sa.Float(), nullable=False),
        sa.Column("position", sa.BigInteger(), nullable=False),
        sa.Column("delivered", sa.BigInteger(), nullable=False),
        sa.Column("last_delivered_ts", sa.Float(), nullable=True),
        sa.Column("last_commit_ts", sa.Float(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("last_error_ts", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "exchange_consents",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("subject", sa.String(length=12), nullable=False),
        sa.Column("consumer", sa.String(length=64), nullable=False),
        sa.Column("provider", sa.String(length=64), nullable=False),
        sa.Column("service", sa.String(length=128), nullable=False),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("purpose", sa.String(length=64), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("valid_from", sa.DateTime(timezone=True), nullable=False),
        sa.Column("valid_until", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("agreement_sha256", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_sha256"],
            ["exchange_agreements.sha256"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_exchange_consents_lookup",
        "exchange_consents",
        ["subject", "consumer", "provider", "service", "purpose"],
        unique=False,
    )
    op.create_table(
        "exchange_credentials",
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("client", sa.String(length=64), nullable=False),
        sa.Column("algorithm", sa.String(length=16), nullable=False),
        sa.Column("public_key_pem", sa.Text(), nullable=False),
        sa.Column("certificate_pem", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["client"],
            ["exchange_clients.code"],
        ),
        sa.PrimaryKeyConstraint("fingerprint"),
    )
    op.create_index(
        "ix_exchange_credentials_client", "exchange_credentials", ["client"], unique=False
    )
    op.create_table(
        "exchange_rights",
        sa.Column("client", sa.String(length=64), nullable=False),
        sa.Column("provider", sa.String(length=64), nullable=False),
        sa.Column("service", sa.String(length=128), nullable=False),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("purpose", sa.String(length=64), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["client"],
            ["exchange_clients.code"],
        ),
        sa.ForeignKeyConstraint(
            ["purpose"],
            ["exchange_purposes.code"],
        ),
        sa.PrimaryKeyConstraint("client", "provider", "service", "version", "purpose"),
    )
    op.create_table(
        "link_master_index",
        sa.Column("source_dataset", sa.String(length=200), nullable=False),
        sa.Column("record_key", sa.String(length=200), nullable=False),
        sa.Column("master_id", sa.String(length=16), nullable=False),
        sa.Column("entity_type", sa.String(length=10), nullable=False),
        sa.Column("evidence", sa.String(length=20), nullable=False),
        sa.Column("match_weight", sa.Float(), nullable=True),
        sa.Column("match_probability", sa.Float(), nullable=True),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("linked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=True),
        sa.Column("name_key", sa.String(length=200), nullable=True),
        sa.Column("name_sorted", sa.String(length=200), nullable=True),
        sa.Column("family_name", sa.String(length=50), nullable=True),
        sa.Column("given_name", sa.String(length=50), nullable=True),
        sa.Column("birth_date", sa.String(length=10), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=True),
        sa.Column("cccd", sa.String(length=12), nullable=True),
        sa.Column("cccd_ok", sa.Integer(), nullable=True),
        sa.Column("cmnd", sa.String(length=12), nullable=True),
        sa.Column("ident", sa.String(length=40), nullable=True),
        sa.Column("mst", sa.String(length=13), nullable=True),
        sa.Column("ward_code", sa.String(length=5), nullable=True),
        sa.Column("ward_codes", sa.String(length=100), nullable=True),
        sa.Column("address_key", sa.String(length=300), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("tf_name_key", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["link_runs.id"],
        ),
        sa.PrimaryKeyConstraint("source_dataset", "record_key"),
    )
    op.create_index(
        "ix_link_birth_ward", "link_master_index", ["birth_date", "ward_code"], unique=False
    )
    op.create_index(op.f("ix_link_master_index_cccd"), "link_master_index", ["cccd"], unique=False)
    op.create_index(op.f("ix_link_master_index_cmnd"), "link_master_index", ["cmnd"], unique=False)
    op.create_index(
        op.f("ix_link_master_index_master_id"), "link_master_index", ["master_id"], unique=False
    )
    op.create_index(
        "ix_link_name_ward", "link_master_index", ["name_key", "ward_code"], unique=False
    )
    op.create_index(
        "ix_link_name_year", "link_master_index", ["name_key", "birth_year"], unique=False
    )
    op.create_index(
        "ix_link_sorted_year", "link_master_index", ["name_sorted", "birth_year"], unique=False
    )
    op.create_table(
        "quality_results",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("dataset", sa.String(length=200), nullable=False),
        sa.Column("agency", sa.String(length=50), nullable=False),
        sa.Column("check_name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("criterion", sa.String(length=10), nullable=True),
        sa.Column("columns", sa.Text(), nullable=False),
        sa.Column("engine", sa.String(length=20), nullable=False),
        sa.Column("rule_version", sa.String(length=12), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("failed", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("observed", sa.Float(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("elapsed_ms", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["run_id"], ["quality_runs.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_quality_results_run_dataset", "quality_results", ["run_id", "dataset"], unique=False
    )
    op.create_table(
        "quality_scores",
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=10), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("criterion", sa.String(length=10), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("checks", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["run_id"], ["quality_runs.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("run_id", "scope", "subject", "criterion"),
    )
    op.create_index(
        "ix_quality_scores_subject",
        "quality_scores",
        ["scope", "subject", "criterion"],
        unique=False,
    )
    op.create_table(
        "registry_sources",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("agency", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.func.now(),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["agency"],
            ["registry_agencies.code"],
        ),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "registry_datasets",
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("table_name", sa.String(length=128), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("key", sa.JSON(), nullable=False),
        sa.Column("owner", sa.Text(), nullable=True),
        sa.Column("update_frequency", sa.String(length=32), nullable=True),
        sa.Column("legal_basis", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["source"],
            ["registry_sources.code"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "registry_columns",
        sa.Column("dataset", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=128), nullable=False),
        sa.Column("nullable", sa.Boolean(), nullable=False),
        sa.Column("flags", sa.JSON(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["dataset"],
            ["registry_datasets.id"],
        ),
        sa.PrimaryKeyConstraint("dataset", "name"),
    )
    op.create_table(
        "registry_services",
        sa.Column("provider", sa.String(length=64), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("dataset", sa.String(length=200), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("personal", sa.Boolean(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.func.now(),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["dataset"],
            ["registry_datasets.id"],
        ),
        sa.ForeignKeyConstraint(
            ["provider"],
            ["registry_agencies.code"],
        ),
        sa.PrimaryKeyConstraint("provider", "code", "version"),
    )
    op.create_table(
        "registry_service_parameters",
        sa.Column("provider", sa.String(length=64), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("subject", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["provider", "code", "version"],
            ["registry_services.provider", "registry_services.code", "registry_services.version"],
        ),
        sa.PrimaryKeyConstraint("provider", "code", "version", "name"),
    )

    install_audit_guards(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("lienthong does not downgrade a store; restore a backup instead.")
