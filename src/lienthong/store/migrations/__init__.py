"""The platform store's schema migrations (Alembic). See :mod:`lienthong.store._migrate`."""

from lienthong.store.migrations.guards import AUDIT_TABLES, install_audit_guards

__all__ = ["AUDIT_TABLES", "install_audit_guards"]
