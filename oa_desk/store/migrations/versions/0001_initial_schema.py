"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27 02:59:39.037634
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _weekdays_mask() -> str:
    """The working-week CHECK: SQLite files got GLOB (0003 replaces it); PostgreSQL has
    no GLOB, so a plan created there by the migrations gets 0003's portable form at once."""
    if op.get_bind().dialect.name == "sqlite":
        return "length(working_weekdays) = 7 AND working_weekdays NOT GLOB '*[^01]*'"
    return (
        "length(working_weekdays) = 7 AND replace(replace(working_weekdays, '0', ''), '1', '') = ''"
    )


def upgrade() -> None:
    op.create_table(
        "calendar",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("working_weekdays", sa.String(length=7), nullable=False),
        sa.Column("preset", sa.String(length=10), nullable=True),
        sa.CheckConstraint(_weekdays_mask(), name=op.f("ck_calendar_weekdays_mask")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar")),
    )
    op.create_table(
        "course",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "tier",
            sa.Enum(
                "leadership",
                "key_user",
                "end_user",
                name="audiencetier",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "format",
            sa.Enum(
                "lecture",
                "small_class",
                "video",
                "manual",
                "faq",
                "hands_on",
                name="courseformat",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("duration_hours", sa.Float(), nullable=False),
        sa.Column("pass_mark", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.CheckConstraint("duration_hours > 0", name=op.f("ck_course_duration_positive")),
        sa.CheckConstraint(
            "pass_mark IS NULL OR pass_mark BETWEEN 0 AND 100", name=op.f("ck_course_pass_range")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course")),
    )
    op.create_table(
        "kb_article",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("question", sa.String(length=300), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column(
            "module",
            sa.Enum(
                "workflow",
                "documents",
                "meetings",
                "notices",
                "attendance",
                "contracts",
                "assets",
                "finance",
                "portal",
                "mobile",
                "other",
                name="oamodule",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("tags", sa.String(length=300), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=True),
        sa.Column("updated_on", sa.Date(), nullable=True),
        sa.Column("views", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kb_article")),
    )
    op.create_table(
        "wave",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("is_pilot", sa.Boolean(), nullable=False),
        sa.Column("planned_start", sa.Date(), nullable=True),
        sa.Column("planned_go_live", sa.Date(), nullable=True),
        sa.Column("actual_go_live", sa.Date(), nullable=True),
        sa.Column("gate_criteria", sa.Text(), nullable=False),
        sa.Column(
            "gate_decision",
            sa.Enum(
                "pending",
                "go",
                "conditional",
                "no_go",
                name="gatedecision",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("gate_date", sa.Date(), nullable=True),
        sa.Column("gate_notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wave")),
    )
    op.create_table(
        "calendar_exception",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("calendar_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("working", sa.Boolean(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["calendar_id"],
            ["calendar.id"],
            name=op.f("fk_calendar_exception_calendar_id_calendar"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_exception")),
        sa.UniqueConstraint(
            "calendar_id", "day", name=op.f("uq_calendar_exception_calendar_id_day")
        ),
    )
    op.create_table(
        "department",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("code", sa.String(length=50), nullable=False),
        sa.Column("head_id", sa.Integer(), nullable=True),
        sa.Column("headcount", sa.Integer(), nullable=False),
        sa.Column("wave_id", sa.Integer(), nullable=True),
        sa.Column("is_pilot", sa.Boolean(), nullable=False),
        sa.Column(
            "readiness",
            sa.Enum(
                "not_started",
                "preparing",
                "ready",
                "live",
                "stable",
                name="readiness",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("planned_go_live", sa.Date(), nullable=True),
        sa.Column("actual_go_live", sa.Date(), nullable=True),
        sa.CheckConstraint("headcount >= 0", name=op.f("ck_department_headcount_positive")),
        sa.CheckConstraint(
            "parent_id IS NULL OR parent_id <> id", name=op.f("ck_department_not_own_parent")
        ),
        sa.ForeignKeyConstraint(
            ["head_id"],
            ["person.id"],
            name=op.f("fk_department_head_id_person"),
            ondelete="SET NULL",
            use_alter=True,
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["department.id"],
            name=op.f("fk_department_parent_id_department"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["wave_id"], ["wave.id"], name=op.f("fk_department_wave_id_wave"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_department")),
    )
    with op.batch_alter_table("department", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_department_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_department_wave_id"), ["wave_id"], unique=False)

    op.create_table(
        "plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("oa_product", sa.String(length=200), nullable=False),
        sa.Column("vendor", sa.String(length=200), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("target_go_live", sa.Date(), nullable=True),
        sa.Column("calendar_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_plan_single_row")),
        sa.CheckConstraint(
            "start_date IS NULL OR target_go_live IS NULL OR start_date <= target_go_live",
            name=op.f("ck_plan_dates_order"),
        ),
        sa.ForeignKeyConstraint(
            ["calendar_id"],
            ["calendar.id"],
            name=op.f("fk_plan_calendar_id_calendar"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan")),
    )
    op.create_table(
        "adoption_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("active_users", sa.Integer(), nullable=False),
        sa.Column("total_users", sa.Integer(), nullable=False),
        sa.Column("online_approvals", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "active_users <= total_users", name=op.f("ck_adoption_snapshot_active_within_total")
        ),
        sa.CheckConstraint(
            "active_users >= 0 AND total_users >= 0 AND online_approvals >= 0",
            name=op.f("ck_adoption_snapshot_counts_positive"),
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_adoption_snapshot_department_id_department"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_adoption_snapshot")),
        sa.UniqueConstraint(
            "department_id", "day", name=op.f("uq_adoption_snapshot_department_id_day")
        ),
    )
    with op.batch_alter_table("adoption_snapshot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_adoption_snapshot_day"), ["day"], unique=False)

    op.create_table(
        "feedback_round",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "questionnaire",
                "forum",
                "interview",
                "workshop",
                name="feedbackchannel",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("respondents", sa.Integer(), nullable=False),
        sa.Column("satisfaction", sa.Float(), nullable=True),
        sa.Column("comments", sa.Text(), nullable=False),
        sa.CheckConstraint("respondents >= 0", name=op.f("ck_feedback_round_respondents_positive")),
        sa.CheckConstraint(
            "satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5",
            name=op.f("ck_feedback_round_satisfaction_range"),
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_feedback_round_department_id_department"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_round")),
    )
    with op.batch_alter_table("feedback_round", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_feedback_round_department_id"), ["department_id"], unique=False
        )

    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_no", sa.String(length=50), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column(
            "tier",
            sa.Enum(
                "leadership",
                "key_user",
                "end_user",
                name="audiencetier",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_person_department_id_department"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("employee_no", name=op.f("uq_person_employee_no")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_department_id"), ["department_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_person_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_tier"), ["tier"], unique=False)

    op.create_table(
        "goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "efficiency",
                "adoption",
                "paperless",
                "satisfaction",
                "quality",
                "cost",
                name="kpicategory",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("unit", sa.String(length=30), nullable=False),
        sa.Column(
            "direction",
            sa.Enum(
                "increase",
                "decrease",
                name="kpidirection",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("baseline", sa.Float(), nullable=True),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["person.id"], name=op.f("fk_goal_owner_id_person"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal")),
    )
    op.create_table(
        "requirement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("pain_point", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "module",
            sa.Enum(
                "workflow",
                "documents",
                "meetings",
                "notices",
                "attendance",
                "contracts",
                "assets",
                "finance",
                "portal",
                "mobile",
                "other",
                name="oamodule",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "priority",
            sa.Enum(
                "must",
                "should",
                "could",
                "wont",
                name="priority",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "fit",
            sa.Enum(
                "standard",
                "configuration",
                "customisation",
                "gap",
                name="fit",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "new",
                "analysing",
                "accepted",
                "in_progress",
                "done",
                "deferred",
                "rejected",
                name="requirementstatus",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("raised_by_id", sa.Integer(), nullable=True),
        sa.Column("raised_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_requirement_department_id_department"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["raised_by_id"],
            ["person.id"],
            name=op.f("fk_requirement_raised_by_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_requirement")),
    )
    with op.batch_alter_table("requirement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_requirement_department_id"), ["department_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_requirement_status"), ["status"], unique=False)

    op.create_table(
        "stakeholder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("influence", sa.Integer(), nullable=False),
        sa.Column("interest", sa.Integer(), nullable=False),
        sa.Column(
            "current_engagement",
            sa.Enum(
                "unaware",
                "resistant",
                "neutral",
                "supportive",
                "leading",
                name="current_engagement",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "desired_engagement",
            sa.Enum(
                "unaware",
                "resistant",
                "neutral",
                "supportive",
                "leading",
                name="desired_engagement",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("adkar_awareness", sa.Integer(), nullable=True),
        sa.Column("adkar_desire", sa.Integer(), nullable=True),
        sa.Column("adkar_knowledge", sa.Integer(), nullable=True),
        sa.Column("adkar_ability", sa.Integer(), nullable=True),
        sa.Column("adkar_reinforcement", sa.Integer(), nullable=True),
        sa.Column("strategy", sa.Text(), nullable=False),
        sa.Column(
            "cadence",
            sa.Enum(
                "weekly",
                "biweekly",
                "monthly",
                "quarterly",
                "as_needed",
                name="cadence",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("last_contact", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "adkar_ability IS NULL OR (adkar_ability BETWEEN 1 AND 5)",
            name=op.f("ck_stakeholder_adkar_ability_range"),
        ),
        sa.CheckConstraint(
            "adkar_awareness IS NULL OR (adkar_awareness BETWEEN 1 AND 5)",
            name=op.f("ck_stakeholder_adkar_awareness_range"),
        ),
        sa.CheckConstraint(
            "adkar_desire IS NULL OR (adkar_desire BETWEEN 1 AND 5)",
            name=op.f("ck_stakeholder_adkar_desire_range"),
        ),
        sa.CheckConstraint(
            "adkar_knowledge IS NULL OR (adkar_knowledge BETWEEN 1 AND 5)",
            name=op.f("ck_stakeholder_adkar_knowledge_range"),
        ),
        sa.CheckConstraint(
            "adkar_reinforcement IS NULL OR (adkar_reinforcement BETWEEN 1 AND 5)",
            name=op.f("ck_stakeholder_adkar_reinforcement_range"),
        ),
        sa.CheckConstraint(
            "influence IS NULL OR (influence BETWEEN 1 AND 5)",
            name=op.f("ck_stakeholder_influence_range"),
        ),
        sa.CheckConstraint(
            "interest IS NULL OR (interest BETWEEN 1 AND 5)",
            name=op.f("ck_stakeholder_interest_range"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_stakeholder_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stakeholder")),
    )
    with op.batch_alter_table("stakeholder", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stakeholder_person_id"), ["person_id"], unique=False)

    op.create_table(
        "task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column(
            "phase",
            sa.Enum(
                "prepare",
                "implement",
                "optimise",
                name="phase",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "kind",
            sa.Enum(
                "task",
                "summary",
                "milestone",
                name="taskkind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("finish", sa.Date(), nullable=True),
        sa.Column("duration", sa.Integer(), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("wave_id", sa.Integer(), nullable=True),
        sa.Column("deliverable", sa.Text(), nullable=False),
        sa.Column("acceptance", sa.Text(), nullable=False),
        sa.Column(
            "constraint_type",
            sa.Enum(
                "asap",
                "snet",
                "fnlt",
                "mso",
                name="constrainttype",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("constraint_date", sa.Date(), nullable=True),
        sa.Column("baseline_start", sa.Date(), nullable=True),
        sa.Column("baseline_finish", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "constraint_type = 'asap' OR constraint_date IS NOT NULL",
            name=op.f("ck_task_constraint_dated"),
        ),
        sa.CheckConstraint(
            "kind <> 'milestone' OR duration = 0", name=op.f("ck_task_milestone_zero")
        ),
        sa.CheckConstraint("duration >= 0", name=op.f("ck_task_duration_positive")),
        sa.CheckConstraint(
            "parent_id IS NULL OR parent_id <> id", name=op.f("ck_task_not_own_parent")
        ),
        sa.CheckConstraint("progress BETWEEN 0 AND 100", name=op.f("ck_task_progress_range")),
        sa.CheckConstraint(
            "start IS NULL OR finish IS NULL OR start <= finish", name=op.f("ck_task_dates_order")
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_task_department_id_department"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["person.id"], name=op.f("fk_task_owner_id_person"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["task.id"], name=op.f("fk_task_parent_id_task"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["wave_id"], ["wave.id"], name=op.f("fk_task_wave_id_wave"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task")),
    )
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_department_id"), ["department_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index("ix_task_parent_seq", ["parent_id", "seq"], unique=False)
        batch_op.create_index("ix_task_start", ["start"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_wave_id"), ["wave_id"], unique=False)

    op.create_table(
        "team_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "sponsor",
                "steering",
                "pmo",
                "it",
                "business_lead",
                "hr",
                "key_user",
                "vendor",
                name="teamrole",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("responsibilities", sa.Text(), nullable=False),
        sa.Column("allocation", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "allocation BETWEEN 0 AND 100", name=op.f("ck_team_member_allocation_range")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_team_member_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_member")),
        sa.UniqueConstraint("person_id", "role", name=op.f("uq_team_member_person_id_role")),
    )
    with op.batch_alter_table("team_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_team_member_person_id"), ["person_id"], unique=False)

    op.create_table(
        "ticket",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "type",
            sa.Enum(
                "question",
                "incident",
                "bug",
                "access",
                "data",
                "change_request",
                "suggestion",
                name="tickettype",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "channel",
            sa.Enum(
                "hotline",
                "email",
                "on_site",
                "im",
                "survey",
                name="ticketchannel",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "priority",
            sa.Enum(
                "P1",
                "P2",
                "P3",
                "P4",
                name="ticketpriority",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "new",
                "assigned",
                "in_progress",
                "waiting",
                "resolved",
                "closed",
                name="ticketstatus",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("wave_id", sa.Integer(), nullable=True),
        sa.Column("reporter_id", sa.Integer(), nullable=True),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column(
            "module",
            sa.Enum(
                "workflow",
                "documents",
                "meetings",
                "notices",
                "attendance",
                "contracts",
                "assets",
                "finance",
                "portal",
                "mobile",
                "other",
                name="oamodule",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("first_response_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("response_due", sa.DateTime(), nullable=True),
        sa.Column("resolve_due", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assignee_id"],
            ["person.id"],
            name=op.f("fk_ticket_assignee_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_ticket_department_id_department"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["reporter_id"],
            ["person.id"],
            name=op.f("fk_ticket_reporter_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["wave_id"], ["wave.id"], name=op.f("fk_ticket_wave_id_wave"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket")),
        sa.UniqueConstraint("number", name=op.f("uq_ticket_number")),
    )
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ticket_assignee_id"), ["assignee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_ticket_created_at"), ["created_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_ticket_department_id"), ["department_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_ticket_status"), ["status"], unique=False)

    op.create_table(
        "training_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("trainer_id", sa.Integer(), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("wave_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("capacity > 0", name=op.f("ck_training_session_capacity_positive")),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_training_session_times_order")),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["course.id"],
            name=op.f("fk_training_session_course_id_course"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["trainer_id"],
            ["person.id"],
            name=op.f("fk_training_session_trainer_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["wave_id"],
            ["wave.id"],
            name=op.f("fk_training_session_wave_id_wave"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_session")),
    )
    with op.batch_alter_table("training_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_session_course_id"), ["course_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_training_session_starts_at"), ["starts_at"], unique=False
        )

    op.create_table(
        "communication",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "email",
                "bulletin",
                "intranet",
                "wechat",
                "wecom",
                "dingtalk",
                "meeting",
                "poster",
                "video",
                name="channel",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("audience", sa.String(length=200), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("milestone_id", sa.Integer(), nullable=True),
        sa.Column("planned_date", sa.Date(), nullable=True),
        sa.Column("actual_date", sa.Date(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "prepared",
                "published",
                "done",
                "cancelled",
                name="commstatus",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("reach", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "reach IS NULL OR reach >= 0", name=op.f("ck_communication_reach_positive")
        ),
        sa.ForeignKeyConstraint(
            ["milestone_id"],
            ["task.id"],
            name=op.f("fk_communication_milestone_id_task"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["person.id"],
            name=op.f("fk_communication_owner_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_communication")),
    )
    with op.batch_alter_table("communication", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_communication_milestone_id"), ["milestone_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_communication_planned_date"), ["planned_date"], unique=False
        )

    op.create_table(
        "dependency",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("predecessor_id", sa.Integer(), nullable=False),
        sa.Column("successor_id", sa.Integer(), nullable=False),
        sa.Column(
            "type",
            sa.Enum(
                "FS",
                "SS",
                "FF",
                "SF",
                name="dependencytype",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("lag", sa.Integer(), nullable=False),
        sa.CheckConstraint("predecessor_id <> successor_id", name=op.f("ck_dependency_not_self")),
        sa.ForeignKeyConstraint(
            ["predecessor_id"],
            ["task.id"],
            name=op.f("fk_dependency_predecessor_id_task"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["successor_id"],
            ["task.id"],
            name=op.f("fk_dependency_successor_id_task"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dependency")),
        sa.UniqueConstraint(
            "predecessor_id", "successor_id", name=op.f("uq_dependency_predecessor_id_successor_id")
        ),
    )
    with op.batch_alter_table("dependency", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dependency_successor_id"), ["successor_id"], unique=False
        )

    op.create_table(
        "enrollment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("invited_on", sa.Date(), nullable=True),
        sa.Column(
            "attendance",
            sa.Enum(
                "present",
                "late",
                "excused",
                "absent",
                name="attendance",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("passed", sa.Boolean(), nullable=True),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "rating IS NULL OR (rating BETWEEN 1 AND 5)", name=op.f("ck_enrollment_rating_range")
        ),
        sa.CheckConstraint(
            "score IS NULL OR score BETWEEN 0 AND 100", name=op.f("ck_enrollment_score_range")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_enrollment_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["training_session.id"],
            name=op.f("fk_enrollment_session_id_training_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrollment")),
        sa.UniqueConstraint(
            "session_id", "person_id", name=op.f("uq_enrollment_session_id_person_id")
        ),
    )
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enrollment_person_id"), ["person_id"], unique=False)

    op.create_table(
        "kb_article_ticket",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["kb_article.id"],
            name=op.f("fk_kb_article_ticket_article_id_kb_article"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["ticket.id"],
            name=op.f("fk_kb_article_ticket_ticket_id_ticket"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "ticket_id", name=op.f("pk_kb_article_ticket")),
    )
    with op.batch_alter_table("kb_article_ticket", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_kb_article_ticket_ticket_id"), ["ticket_id"], unique=False
        )

    op.create_table(
        "kpi_measurement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["goal.id"],
            name=op.f("fk_kpi_measurement_goal_id_goal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_measurement")),
        sa.UniqueConstraint("goal_id", "day", name=op.f("uq_kpi_measurement_goal_id_day")),
    )
    op.create_table(
        "raci_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("stakeholder_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum("R", "A", "C", "I", name="racirole", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
            name=op.f("fk_raci_entry_stakeholder_id_stakeholder"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["task.id"], name=op.f("fk_raci_entry_task_id_task"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_raci_entry")),
        sa.UniqueConstraint(
            "task_id", "stakeholder_id", name=op.f("uq_raci_entry_task_id_stakeholder_id")
        ),
    )
    with op.batch_alter_table("raci_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_raci_entry_stakeholder_id"), ["stakeholder_id"], unique=False
        )
        batch_op.create_index(
            "uq_raci_entry_one_accountable",
            ["task_id"],
            unique=True,
            sqlite_where=sa.text("role = 'A'"),
            postgresql_where=sa.text("role = 'A'"),
        )

    op.create_table(
        "requirement_task",
        sa.Column("requirement_id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["requirement_id"],
            ["requirement.id"],
            name=op.f("fk_requirement_task_requirement_id_requirement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["task.id"],
            name=op.f("fk_requirement_task_task_id_task"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("requirement_id", "task_id", name=op.f("pk_requirement_task")),
    )
    with op.batch_alter_table("requirement_task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_requirement_task_task_id"), ["task_id"], unique=False)

    op.create_table(
        "risk",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "resistance",
                "technical",
                "data_migration",
                "integration",
                "resources",
                "schedule",
                "vendor",
                "security",
                "other",
                name="riskcategory",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("probability", sa.Integer(), nullable=False),
        sa.Column("impact", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("trigger", sa.Text(), nullable=False),
        sa.Column("mitigation", sa.Text(), nullable=False),
        sa.Column("contingency", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "monitoring",
                "mitigated",
                "occurred",
                "closed",
                name="riskstatus",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("raised_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "impact IS NULL OR (impact BETWEEN 1 AND 5)", name=op.f("ck_risk_impact_range")
        ),
        sa.CheckConstraint(
            "probability IS NULL OR (probability BETWEEN 1 AND 5)",
            name=op.f("ck_risk_probability_range"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["person.id"], name=op.f("fk_risk_owner_id_person"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["task.id"], name=op.f("fk_risk_task_id_task"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk")),
    )
    with op.batch_alter_table("risk", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_risk_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_risk_task_id"), ["task_id"], unique=False)

    op.create_table(
        "ticket_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "created",
                "assigned",
                "status",
                "priority",
                "comment",
                name="ticketeventkind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("old_value", sa.String(length=100), nullable=False),
        sa.Column("new_value", sa.String(length=100), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["person.id"],
            name=op.f("fk_ticket_event_actor_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["ticket.id"],
            name=op.f("fk_ticket_event_ticket_id_ticket"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_event")),
    )
    with op.batch_alter_table("ticket_event", schema=None) as batch_op:
        batch_op.create_index("ix_ticket_event_ticket_at", ["ticket_id", "at"], unique=False)
