"""The platform store's schema migrations (Alembic). See :mod:`lienthong.store._migrate`."""
