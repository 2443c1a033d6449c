"""the go/no-go gates: readiness checklist items, wave thresholds, decisions

Three new tables, nothing else changes:

* ``readiness_item``: a department's checklist before go-live (data migration
  checked on a sample, rollback plan written, operating rules published, or
  its own), done or not, by whom and when; deleted with its department;
* ``wave_gate``: a wave's gate thresholds (GO condition and NO-GO trigger of
  each criterion, see ``domain/gates.py``); a wave without a row uses the
  defaults;
* ``gate_review``: the decision taken on a department's gate (go, go with
  conditions, no-go), the day and who took it.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 10:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from oa_desk.store.types import UtcDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# The values as of this revision (an enumeration may grow later; this stays).
KINDS = ("data_migration_sample", "rollback_plan", "operating_rules", "custom")
DECISIONS = ("pending", "go", "conditional", "no_go")


def _enum(name: str, values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(
        *values,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(v) for v in values),
    )


def upgrade() -> None:
    op.create_table(
        "readiness_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("kind", _enum("readinesskind", KINDS), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_by_id", sa.Integer(), nullable=True),
        sa.Column("done_at", UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_readiness_item_department_id_department"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["done_by_id"],
            ["person.id"],
            name=op.f("fk_readiness_item_done_by_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_readiness_item")),
    )
    op.create_index("ix_readiness_item_department_id", "readiness_item", ["department_id"])
    op.create_table(
        "wave_gate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("wave_id", sa.Integer(), nullable=False),
        *(
            sa.Column(name, sa.Integer(), nullable=False)
            for name in (
                "trained_go",
                "trained_nogo",
                "key_users_go",
                "tickets_go",
                "tickets_nogo",
                "items_go",
                "items_nogo",
            )
        ),
        sa.CheckConstraint(
            "trained_go BETWEEN 0 AND 100", name=op.f("ck_wave_gate_trained_go_range")
        ),
        sa.CheckConstraint(
            "trained_nogo BETWEEN 0 AND 100", name=op.f("ck_wave_gate_trained_nogo_range")
        ),
        sa.CheckConstraint("items_go BETWEEN 0 AND 100", name=op.f("ck_wave_gate_items_go_range")),
        sa.CheckConstraint(
            "items_nogo BETWEEN 0 AND 100", name=op.f("ck_wave_gate_items_nogo_range")
        ),
        sa.CheckConstraint("key_users_go >= 1", name=op.f("ck_wave_gate_key_users_go_positive")),
        sa.CheckConstraint(
            "tickets_go >= 0 AND tickets_nogo >= 1", name=op.f("ck_wave_gate_tickets_positive")
        ),
        sa.UniqueConstraint("wave_id", name=op.f("uq_wave_gate_wave_id")),
        sa.ForeignKeyConstraint(
            ["wave_id"], ["wave.id"], name=op.f("fk_wave_gate_wave_id_wave"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wave_gate")),
    )
    op.create_table(
        "gate_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("decision", _enum("gate_review_decision", DECISIONS), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decided_by", sa.String(100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.UniqueConstraint("department_id", name=op.f("uq_gate_review_department_id")),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_gate_review_department_id_department"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gate_review")),
    )


def downgrade() -> None:
    op.drop_table("gate_review")
    op.drop_table("wave_gate")
    op.drop_index("ix_readiness_item_department_id", table_name="readiness_item")
    op.drop_table("readiness_item")
