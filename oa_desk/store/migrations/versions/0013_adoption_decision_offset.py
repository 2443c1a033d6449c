"""adoption stickiness and paperless figures; a requirement's decision; a communication's
offset from its milestone

``adoption_snapshot`` gains ``weekly_active`` and ``monthly_active`` (users active in
the 7 and 30 days up to the day, for stickiness) and ``total_approvals`` (every
approval of the day, online or on paper, for the paperless rate), all empty for the
snapshots already imported (an OA export without them leaves them empty too).
``requirement.decision`` (what was decided about it: configure, build, defer...) is
empty text. ``communication.offset_days`` (days from the linked milestone, negative
before it) is empty: a communication's planned date stays as it was until an offset
is set. Every column is added in place (``ALTER TABLE ... ADD COLUMN``, SQLite and
PostgreSQL alike); nothing is copied and every row keeps its data.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 17:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

ADOPTION_COLUMNS = ("weekly_active", "monthly_active", "total_approvals")


def upgrade() -> None:
    with op.batch_alter_table("adoption_snapshot", recreate="never") as batch:
        for name in ADOPTION_COLUMNS:
            batch.add_column(sa.Column(name, sa.Integer(), nullable=True))
    with op.batch_alter_table("requirement", recreate="never") as batch:
        batch.add_column(sa.Column("decision", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("communication", recreate="never") as batch:
        batch.add_column(sa.Column("offset_days", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("communication", recreate="never") as batch:
        batch.drop_column("offset_days")
    with op.batch_alter_table("requirement", recreate="never") as batch:
        batch.drop_column("decision")
    with op.batch_alter_table("adoption_snapshot", recreate="never") as batch:
        for name in reversed(ADOPTION_COLUMNS):
            batch.drop_column(name)
