"""training: a course's OA modules, materials and prerequisites; a session's status;
an enrollment's place on the waiting list

``course.modules`` (the OA modules covered, comma-separated codes),
``course.materials_url`` and ``course.prerequisites`` (free text naming the
courses to take first) are text, empty by default. ``training_session.status``
(planned, held, cancelled) is ``held`` for every session already over that has
attendance recorded, else ``planned``. ``enrollment.waitlisted`` is false for
every existing enrollment.

The text and boolean columns are added in place; the session's status comes
with its CHECK constraint, by copying the table.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 10:30:00
"""

from __future__ import annotations

import warnings

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

STATUSES = ("planned", "held", "cancelled")


def upgrade() -> None:
    with op.batch_alter_table("course", recreate="never") as batch:
        for name, length in (("modules", 300), ("materials_url", 500), ("prerequisites", 500)):
            batch.add_column(sa.Column(name, sa.String(length), nullable=False, server_default=""))
    with op.batch_alter_table("enrollment", recreate="never") as batch:
        batch.add_column(sa.Column("waitlisted", sa.Boolean(), nullable=False, server_default="0"))
    if op.get_bind().dialect.name == "postgresql":
        # The server alters a table in place (copying it would drop the key that the
        # enrollments' foreign key depends on): the column, then its named CHECK.
        op.add_column(
            "training_session",
            sa.Column(
                "status",
                sa.String(max(len(v) for v in STATUSES)),
                nullable=False,
                server_default="planned",
            ),
        )
        op.create_check_constraint(
            op.f("ck_training_session_sessionstatus"),
            "training_session",
            "status IN (" + ", ".join(f"'{v}'" for v in STATUSES) + ")",
        )
    else:
        _copy_session_table()
    op.execute(
        "UPDATE training_session SET status = 'held' WHERE ends_at < CURRENT_TIMESTAMP"
        " AND EXISTS (SELECT 1 FROM enrollment e WHERE e.session_id = training_session.id"
        " AND e.attendance IS NOT NULL)"
    )


def _copy_session_table() -> None:
    # Its CHECK constraint is a table constraint, as create_all makes it: the table is
    # copied (batch mode). Reflecting it reaches the department table, whose expression
    # index SQLAlchemy cannot reflect (and batch mode does not need).
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection", sa.exc.SAWarning)
        with op.batch_alter_table("training_session", recreate="always") as batch:
            batch.add_column(
                sa.Column(
                    "status",
                    sa.Enum(
                        *STATUSES,
                        name="sessionstatus",
                        native_enum=False,
                        create_constraint=True,
                        length=max(len(v) for v in STATUSES),
                    ),
                    nullable=False,
                    server_default="planned",
                )
            )
