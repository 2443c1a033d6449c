"""training: a course's OA modules, materials and prerequisites; a session's status;
an enrollment's place on the waiting list

``course.modules`` (the OA modules covered, comma-separated codes),
``course.materials_url`` and ``course.prerequisites`` (free text naming the
courses to take first) are text, empty by default. ``training_session.status``
(planned, held, cancelled) is ``held`` for every session already over that has
attendance recorded, else ``planned``. ``enrollment.waitlisted`` is false for
every existing enrollment.

The text and boolean columns are added in place; the session's status comes
with its CHECK constraint, in place too.

Revision ID: 0011
Revises: 0007
Create Date: 2026-12-03 10:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0007"
branch_labels = None
depends_on = None

STATUSES = ("planned", "held", "cancelled")


def upgrade() -> None:
    with op.batch_alter_table("course", recreate="never") as batch:
        for name, length in (("modules", 300), ("materials_url", 500), ("prerequisites", 500)):
            batch.add_column(
                sa.Column(name, sa.String(length), nullable=False, server_default="")
            )
    with op.batch_alter_table("enrollment", recreate="never") as batch:
        batch.add_column(
            sa.Column("waitlisted", sa.Boolean(), nullable=False, server_default="0")
        )
    # In place, with its CHECK (both SQLite and PostgreSQL accept a column constraint
    # in ADD COLUMN): batch mode would have to reflect the tables it refers to.
    values = ", ".join(f"'{v}'" for v in STATUSES)
    op.execute(
        "ALTER TABLE training_session ADD COLUMN status VARCHAR(9) DEFAULT 'planned' NOT NULL"
        f" CONSTRAINT ck_training_session_sessionstatus CHECK (status IN ({values}))"
    )
    op.execute(
        "UPDATE training_session SET status = 'held' WHERE ends_at < CURRENT_TIMESTAMP"
        " AND EXISTS (SELECT 1 FROM enrollment e WHERE e.session_id = training_session.id"
        " AND e.attendance IS NOT NULL)"
    )
