"""The audit tables' append-only triggers, installed by migrations (idempotently).

A store made before the triggers existed gets them on upgrade; installing them twice is
harmless (SQLite ``IF NOT EXISTS``; PostgreSQL drops and recreates its own trigger).
"""

from __future__ import annotations

from sqlalchemy import Connection

AUDIT_TABLES = ("audit_entry", "audit_subject", "audit_checkpoint")
_MESSAGE = "the audit log is append-only"


def install_audit_guards(connection: Connection) -> None:
    dialect = connection.dialect.name
    if dialect == "sqlite":
        for table in AUDIT_TABLES:
            for verb in ("UPDATE", "DELETE"):
                connection.exec_driver_sql(
                    f"CREATE TRIGGER IF NOT EXISTS {table}_no_{verb.lower()} BEFORE {verb} ON"
                    f" {table} BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END"
                )
    elif dialect == "postgresql":
        connection.exec_driver_sql(
            "CREATE OR REPLACE FUNCTION lienthong_audit_append_only() RETURNS trigger "
            f"LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '{_MESSAGE}'; END $$"
        )
        for table in AUDIT_TABLES:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
            connection.exec_driver_sql(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON"
                f" {table} FOR EACH STATEMENT EXECUTE FUNCTION lienthong_audit_append_only()"
            )
