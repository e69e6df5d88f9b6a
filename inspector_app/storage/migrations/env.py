"""Alembic environment: migrations always run on a connection handed in by storage.migrate."""

from __future__ import annotations

from alembic import context

from inspector_app.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through inspector_app.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
