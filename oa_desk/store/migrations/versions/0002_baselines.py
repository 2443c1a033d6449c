"""named baselines

Several named baselines may be kept: ``baseline`` names one, ``baseline_task``
holds each task's start and finish in it. Deleting a baseline or a task
deletes its rows here.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "baseline",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_baseline")),
        sa.UniqueConstraint("name", name=op.f("uq_baseline_name")),
    )
    op.create_table(
        "baseline_task",
        sa.Column("baseline_id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("finish", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "start IS NULL OR finish IS NULL OR start <= finish",
            name=op.f("ck_baseline_task_dates_order"),
        ),
        sa.ForeignKeyConstraint(
            ["baseline_id"],
            ["baseline.id"],
            name=op.f("fk_baseline_task_baseline_id_baseline"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["task.id"],
            name=op.f("fk_baseline_task_task_id_task"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("baseline_id", "task_id", name=op.f("pk_baseline_task")),
    )
    with op.batch_alter_table("baseline_task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_baseline_task_task_id"), ["task_id"], unique=False)
