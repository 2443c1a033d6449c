"""the shown baseline is a view setting

Which baseline the Timeline draws under the bars is chosen per window, not
stored on every task: ``task.baseline_start`` and ``task.baseline_finish``
(a copy of one baseline's ``baseline_task`` rows) go. Nothing is carried: the
named baselines keep every date.

The columns are dropped in place (``ALTER TABLE ... DROP COLUMN``, SQLite
3.35 and PostgreSQL alike): no table copy, so the task table keeps its
constraints exactly and nothing that references it is touched.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-10 10:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("task", recreate="never") as batch_op:
        batch_op.drop_column("baseline_start")
        batch_op.drop_column("baseline_finish")
