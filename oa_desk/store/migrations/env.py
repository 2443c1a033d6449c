"""Alembic environment: runs on the connection the plan-file code hands over."""

from __future__ import annotations

from alembic import context

from oa_desk.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable through the alembic CLI
    raise RuntimeError("OA Desk migrations run from oa_desk.store.migrations.upgrade()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    transaction_per_migration=False,
)
context.run_migrations()
if connection.dialect.name == "postgresql":
    # What 0008 did to the tables of its day, for every table any later revision
    # adds: deferrable foreign keys and ids kept ahead of explicit inserts.
    from oa_desk.store.migrations.server import finish_server_schema

    finish_server_schema(connection)
