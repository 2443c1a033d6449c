"""the stakeholder register's PMBOK fields: position, project role, expectations, external, notes

A stakeholder row had the scores (influence, interest, engagement, ADKAR), the
strategy and the contact cadence; the register a PM keeps also holds the
person's position, their role in the rollout, their requirements and
expectations, whether they are inside the organisation or outside it (a
vendor, a consultant) and free notes. The columns are added in place with
empty defaults (``ALTER TABLE ... ADD COLUMN``, SQLite and PostgreSQL alike):
every stakeholder keeps its data; an external party is one with no person of
the roster and an organisation, which this revision marks as external.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("stakeholder", recreate="never") as batch:
        batch.add_column(sa.Column("position", sa.String(100), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("project_role", sa.String(100), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("expectations", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("external", sa.Boolean(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("notes", sa.Text(), nullable=False, server_default=""))
    op.execute(
        "UPDATE stakeholder SET external = "
        + ("true" if op.get_bind().dialect.name == "postgresql" else "1")
        + " WHERE person_id IS NULL AND organisation <> ''"
    )


def downgrade() -> None:
    with op.batch_alter_table("stakeholder", recreate="never") as batch:
        for column in ("notes", "external", "expectations", "project_role", "position"):
            batch.drop_column(column)
