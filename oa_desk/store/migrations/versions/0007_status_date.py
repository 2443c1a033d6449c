"""the plan's status date

``plan.status_date`` (nullable): the day the PM reports "as of". Late,
overdue, the health colours, the Overview's next milestones, the progress
chart and the weekly report are computed from it; NULL (every plan before
this revision, and a new plan) means today, whichever day the plan is opened.

The column is added in place (``ALTER TABLE ... ADD COLUMN``, SQLite and
PostgreSQL alike): no table copy, every row keeps its data.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-20 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plan", recreate="never") as batch_op:
        batch_op.add_column(sa.Column("status_date", sa.Date(), nullable=True))
