"""Alembic's environment for the platform store: run on the connection the caller hands over."""

from __future__ import annotations

from alembic import context

from lienthong.store._migrate import include_name, target_metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=target_metadata(),
    render_as_batch=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
