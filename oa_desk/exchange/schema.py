"""The plan schema's tables and columns as plain data, for the workbook layout.

Generated from oa_desk.store.models by ``python -m oa_desk.store.describe``:
do not edit. tests/unit/test_exchange_schema.py fails when it is out of date.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import NamedTuple

from oa_desk.domain import enums

__all__ = ["TABLES", "SchemaColumn", "SchemaTable"]


class SchemaColumn(NamedTuple):
    name: str
    kind: str  # int, text, float, date, datetime, bool, enum
    nullable: bool
    default: str | int | float | bool | None = None
    length: int | None = None
    enum: type[StrEnum] | None = None
    ref: str | None = None  # the table a foreign key refers to


class SchemaTable(NamedTuple):
    name: str
    columns: tuple[SchemaColumn, ...]
    unique: tuple[tuple[str, ...], ...] = ()

    def column(self, name: str) -> SchemaColumn:
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(f"{self.name}.{name}")


TABLES: Mapping[str, SchemaTable] = MappingProxyType(
    {
        "activity": SchemaTable(
            "activity",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("at", "datetime", False),
                SchemaColumn("user_name", "text", False, default="", length=100),
                SchemaColumn("intent", "text", False, default="", length=300),
                SchemaColumn("tables", "text", False, default="", length=500),
                SchemaColumn("row_version", "int", False, default=1),
            ),
        ),
        "baseline": SchemaTable(
            "baseline",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("name", "text", False, length=100),
                SchemaColumn("created_at", "datetime", False),
                SchemaColumn("row_version", "int", False, default=1),
            ),
            unique=(("name",),),
        ),
        "calendar": SchemaTable(
            "calendar",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("name", "text", False, length=100),
                SchemaColumn("working_weekdays", "text", False, default="1111100", length=7),
                SchemaColumn("preset", "text", True, length=10),
                SchemaColumn("row_version", "int", False, default=1),
            ),
        ),
        "course": SchemaTable(
            "course",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("name", "text", False, length=200),
                SchemaColumn("tier", "enum", False, enum=enums.AudienceTier),
                SchemaColumn("format", "enum", False, enum=enums.CourseFormat),
                SchemaColumn("duration_hours", "float", False, default=2.0),
                SchemaColumn("pass_mark", "int", True),
                SchemaColumn("description", "text", False, default=""),
                SchemaColumn("modules", "text", False, default="", length=300),
                SchemaColumn("materials_url", "text", False, default="", length=500),
                SchemaColumn("prerequisites", "text", False, default="", length=500),
                SchemaColumn("row_version", "int", False, default=1),
            ),
        ),
        "kb_article": SchemaTable(
            "kb_article",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("question", "text", False, length=300),
                SchemaColumn("answer", "text", False, default=""),
                SchemaColumn("module", "enum", False, default="other", enum=enums.OaModule),
                SchemaColumn("created_on", "date", True),
                SchemaColumn("updated_on", "date", True),
                SchemaColumn("views", "int", False, default=0),
                SchemaColumn("row_version", "int", False, default=1),
            ),
        ),
        "kb_tag": SchemaTable(
            "kb_tag",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("name", "text", False, length=50),
                SchemaColumn("row_version", "int", False, default=1),
            ),
            unique=(("name",),),
        ),
        "wave": SchemaTable(
            "wave",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("name", "text", False, length=100),
                SchemaColumn("seq", "int", False, default=0),
                SchemaColumn("is_pilot", "bool", False, default=False),
                SchemaColumn("planned_start", "date", True),
                SchemaColumn("planned_go_live", "date", True),
                SchemaColumn("actual_go_live", "date", True),
                SchemaColumn("gate_criteria", "text", False, default=""),
                SchemaColumn(
                    "gate_decision", "enum", False, default="pending", enum=enums.GateDecision
                ),
                SchemaColumn("gate_date", "date", True),
                SchemaColumn("gate_notes", "text", False, default=""),
                SchemaColumn("row_version", "int", False, default=1),
            ),
        ),
        "activity_item": SchemaTable(
            "activity_item",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("activity_id", "int", False, ref="activity"),
                SchemaColumn("table_name", "text", False, length=40),
                SchemaColumn("row_id", "int", False),
                SchemaColumn("row_version", "int", False, default=1),
            ),
        ),
        "calendar_exception": SchemaTable(
            "calendar_exception",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("calendar_id", "int", False, ref="calendar"),
                SchemaColumn("day", "date", False),
                SchemaColumn("working", "bool", False, default=False),
                SchemaColumn("name", "text", False, default="", length=100),
                SchemaColumn("source", "enum", False, default="user", enum=enums.DaySource),
                SchemaColumn("row_version", "int", False, default=1),
            ),
            unique=(("calendar_id", "day"),),
        ),
        "course_prerequisite": SchemaTable(
            "course_prerequisite",
            (
                SchemaColumn("course_id", "int", False, ref="course"),
                SchemaColumn("prerequisite_id", "int", False, ref="course"),
                SchemaColumn("row_version", "int", False, default=1),
            ),
        ),
        "department": SchemaTable(
            "department",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("parent_id", "int", True, ref="department"),
                SchemaColumn("seq", "int", False, default=0),
                SchemaColumn("name", "text", False, length=100),
                SchemaColumn("code", "text", False, default="", length=50),
                SchemaColumn("head_id", "int", True, ref="person"),
                SchemaColumn("headcount", "int", False, default=0),
                SchemaColumn("wave_id", "int", True, ref="wave"),
                SchemaColumn(
                    "readiness", "enum", False, default="not_started", enum=enums.Readiness
                ),
                SchemaColumn("actual_go_live", "date", True),
                SchemaColumn("row_version", "int", False, default=1),
            ),
        ),
        "kb_article_tag": SchemaTable(
            "kb_article_tag",
            (
                SchemaColumn("article_id", "int", False, ref="kb_article"),
                SchemaColumn("tag_id", "int", False, ref="kb_tag"),
                SchemaColumn("row_version", "int", False, default=1),
            ),
        ),
        "plan": SchemaTable(
            "plan",
            (
                SchemaColumn("id", "int", False, default=1),
                SchemaColumn("name", "text", False, length=200),
                SchemaColumn("organisation", "text", False, default="", length=200),
                SchemaColumn("oa_product", "text", False, default="", length=200),
                SchemaColumn("vendor", "text", False, default="", length=200),
                SchemaColumn("start_date", "date", True),
                SchemaColumn("target_go_live", "date", True),
                SchemaColumn("calendar_id", "int", True, ref="calendar"),
                SchemaColumn("description", "text", False, default=""),
                SchemaColumn("created_at", "datetime", False),
                SchemaColumn("status_date", "date", True),
                SchemaColumn("row_version", "int", False, default=1),
                SchemaColumn("ticket_counter", "int", False, default=0),
            ),
        ),
        "wave_gate": SchemaTable(
            "wave_gate",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("wave_id", "int", False, ref="wave"),
                SchemaColumn("trained_go", "int", False, default=90),
                SchemaColumn("trained_nogo", "int", False, default=70),
                SchemaColumn("key_users_go", "int", False, default=1),
                SchemaColumn("tickets_go", "int", False, default=0),
                SchemaColumn("tickets_nogo", "int", False, default=3),
                SchemaColumn("items_go", "int", False, default=100),
                SchemaColumn("items_nogo", "int", False, default=50),
                SchemaColumn("row_version", "int", False, default=1),
            ),
            unique=(("wave_id",),),
        ),
        "adoption_snapshot": SchemaTable(
            "adoption_snapshot",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("department_id", "int", False, ref="department"),
                SchemaColumn("day", "date", False),
                SchemaColumn("active_users", "int", False, default=0),
                SchemaColumn("total_users", "int", False, default=0),
                SchemaColumn("online_approvals", "int", False, default=0),
                SchemaColumn("row_version", "int", False, default=1),
                SchemaColumn("weekly_active", "int", True),
                SchemaColumn("monthly_active", "int", True),
                SchemaColumn("total_approvals", "int", True),
            ),
            unique=(("department_id", "day"),),
        ),
        "feedback_round": SchemaTable(
            "feedback_round",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("department_id", "int", True, ref="department"),
                SchemaColumn("day", "date", False),
                SchemaColumn(
                    "channel", "enum", False, default="questionnaire", enum=enums.FeedbackChannel
                ),
                SchemaColumn("respondents", "int", False, default=0),
                SchemaColumn("satisfaction", "float", True),
                SchemaColumn("comments", "text", False, default=""),
                SchemaColumn("row_version", "int", False, default=1),
            ),
        ),
        "gate_review": SchemaTable(
            "gate_review",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("department_id", "int", False, ref="department"),
                SchemaColumn("decision", "enum", False, default="pending", enum=enums.GateDecision),
                SchemaColumn("decided_on", "date", True),
                SchemaColumn("decided_by", "text", False, default="", length=100),
                SchemaColumn("notes", "text", False, default=""),
                SchemaColumn("row_version", "int", False, default=1),
            ),
            unique=(("department_id",),),
        ),
        "person": SchemaTable(
            "person",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("employee_no", "text", False, length=50),
                SchemaColumn("name", "text", False, length=100),
                SchemaColumn("department_id", "int", True, ref="department"),
                SchemaColumn("title", "text", False, default="", length=100),
                SchemaColumn("email", "text", False, default="", length=200),
                SchemaColumn("phone", "text", False, default="", length=50),
                SchemaColumn("tier", "enum", False, default="end_user", enum=enums.AudienceTier),
                SchemaColumn("active", "bool", False, default=True),
                SchemaColumn("name_pinyin", "text", False, default="", length=100),
                SchemaColumn("name_initials", "text", False, default="", length=30),
                SchemaColumn("row_version", "int", False, default=1),
            ),
            unique=(("employee_no",),),
        ),
        "goal": SchemaTable(
            "goal",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("name", "text", False, length=200),
                SchemaColumn("category", "enum", False, enum=enums.KpiCategory),
                SchemaColumn("unit", "text", False, default="", length=30),
                SchemaColumn(
                    "direction", "enum", False, default="increase", enum=enums.KpiDirection
                ),
                SchemaColumn("baseline", "float", True),
                SchemaColumn("target", "float", True),
                SchemaColumn("owner_id", "int", True, ref="person"),
                SchemaColumn("due", "date", True),
                SchemaColumn("description", "text", False, default=""),
                SchemaColumn("row_version", "int", False, default=1),
            ),
        ),
        "readiness_item": SchemaTable(
            "readiness_item",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("department_id", "int", False, ref="department"),
                SchemaColumn("kind", "enum", False, enum=enums.ReadinessKind),
                SchemaColumn("title", "text", False, default="", length=200),
                SchemaColumn("done", "bool", False, default=False),
                SchemaColumn("done_by_id", "int", True, ref="person"),
                SchemaColumn("done_at", "datetime", True),
                SchemaColumn("row_version", "int", False, default=1),
            ),
        ),
        "requirement": SchemaTable(
            "requirement",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("department_id", "int", True, ref="department"),
                SchemaColumn("pain_point", "text", False, length=300),
                SchemaColumn("description", "text", False, default=""),
                SchemaColumn("module", "enum", False, default="workflow", enum=enums.OaModule),
                SchemaColumn("priority", "enum", False, default="should", enum=enums.Priority),
                SchemaColumn("fit", "enum", False, default="standard", enum=enums.Fit),
                SchemaColumn("status", "enum", False, default="new", enum=enums.RequirementStatus),
                SchemaColumn("raised_by_id", "int", True, ref="person"),
                SchemaColumn("raised_on", "date", True),
                SchemaColumn("row_version", "int", False, default=1),
                SchemaColumn("decision", "text", False, default=""),
            ),
        ),
        "stakeholder": SchemaTable(
            "stakeholder",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("person_id", "int", True, ref="person"),
                SchemaColumn("name", "text", False, length=100),
                SchemaColumn("organisation", "text", False, default="", length=200),
                SchemaColumn("influence", "int", False, default=3),
                SchemaColumn("interest", "int", False, default=3),
                SchemaColumn(
                    "current_engagement", "enum", False, default="neutral", enum=enums.Engagement
                ),
                SchemaColumn(
                    "desired_engagement", "enum", False, default="supportive", enum=enums.Engagement
                ),
                SchemaColumn("adkar_awareness", "int", True),
                SchemaColumn("adkar_desire", "int", True),
                SchemaColumn("adkar_knowledge", "int", True),
                SchemaColumn("adkar_ability", "int", True),
                SchemaColumn("adkar_reinforcement", "int", True),
                SchemaColumn("strategy", "text", False, default=""),
                SchemaColumn("cadence", "enum", False, default="monthly", enum=enums.Cadence),
                SchemaColumn("last_contact", "date", True),
                SchemaColumn("position", "text", False, default="", length=100),
                SchemaColumn("project_role", "text", False, default="", length=100),
                SchemaColumn("expectations", "text", False, default=""),
                SchemaColumn("external", "bool", False, default=False),
                SchemaColumn("notes", "text", False, default=""),
                SchemaColumn("row_version", "int", False, default=1),
            ),
        ),
        "task": SchemaTable(
            "task",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("parent_id", "int", True, ref="task"),
                SchemaColumn("seq", "int", False, default=0),
                SchemaColumn("name", "text", False, length=300),
                SchemaColumn("phase", "enum", False, default="prepare", enum=enums.Phase),
                SchemaColumn("kind", "enum", False, default="task", enum=enums.TaskKind),
                SchemaColumn("start", "date", True),
                SchemaColumn("finish", "date", True),
                SchemaColumn("duration", "int", False, default=1),
                SchemaColumn("progress", "int", False, default=0),
                SchemaColumn("owner_id", "int", True, ref="person"),
                SchemaColumn("department_id", "int", True, ref="department"),
                SchemaColumn("wave_id", "int", True, ref="wave"),
                SchemaColumn("deliverable", "text", False, default=""),
                SchemaColumn("acceptance", "text", False, default=""),
                SchemaColumn(
                    "constraint_type", "enum", False, default="asap", enum=enums.ConstraintType
                ),
                SchemaColumn("constraint_date", "date", True),
                SchemaColumn("notes", "text", False, default=""),
                SchemaColumn("row_version", "int", False, default=1),
            ),
        ),
        "team_member": SchemaTable(
            "team_member",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("person_id", "int", False, ref="person"),
                SchemaColumn("role", "enum", False, enum=enums.TeamRole),
                SchemaColumn("responsibilities", "text", False, default=""),
                SchemaColumn("allocation", "int", False, default=100),
                SchemaColumn("row_version", "int", False, default=1),
            ),
            unique=(("person_id", "role"),),
        ),
        "training_session": SchemaTable(
            "training_session",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("course_id", "int", False, ref="course"),
                SchemaColumn("starts_at", "datetime", False),
                SchemaColumn("ends_at", "datetime", False),
                SchemaColumn("location", "text", False, default="", length=200),
                SchemaColumn("trainer_id", "int", True, ref="person"),
                SchemaColumn("capacity", "int", False, default=30),
                SchemaColumn("wave_id", "int", True, ref="wave"),
                SchemaColumn("status", "enum", False, default="planned", enum=enums.SessionStatus),
                SchemaColumn("row_version", "int", False, default=1),
            ),
        ),
        "baseline_task": SchemaTable(
            "baseline_task",
            (
                SchemaColumn("baseline_id", "int", False, ref="baseline"),
                SchemaColumn("task_id", "int", False, ref="task"),
                SchemaColumn("start", "date", True),
                SchemaColumn("finish", "date", True),
                SchemaColumn("row_version", "int", False, default=1),
            ),
        ),
        "communication": SchemaTable(
            "communication",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("title", "text", False, length=300),
                SchemaColumn("channel", "enum", False, enum=enums.Channel),
                SchemaColumn("audience", "text", False, default="", length=200),
                SchemaColumn("message", "text", False, default=""),
                SchemaColumn("milestone_id", "int", True, ref="task"),
                SchemaColumn("planned_date", "date", True),
                SchemaColumn("actual_date", "date", True),
                SchemaColumn("owner_id", "int", True, ref="person"),
                SchemaColumn("status", "enum", False, default="planned", enum=enums.CommStatus),
                SchemaColumn("reach", "int", True),
                SchemaColumn("row_version", "int", False, default=1),
                SchemaColumn("offset_days", "int", True),
            ),
        ),
        "dependency": SchemaTable(
            "dependency",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("predecessor_id", "int", False, ref="task"),
                SchemaColumn("successor_id", "int", False, ref="task"),
                SchemaColumn("type", "enum", False, default="FS", enum=enums.DependencyType),
                SchemaColumn("lag", "int", False, default=0),
                SchemaColumn("row_version", "int", False, default=1),
            ),
            unique=(("predecessor_id", "successor_id"),),
        ),
        "enrollment": SchemaTable(
            "enrollment",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("session_id", "int", False, ref="training_session"),
                SchemaColumn("person_id", "int", False, ref="person"),
                SchemaColumn("invited_on", "date", True),
                SchemaColumn("attendance", "enum", True, enum=enums.Attendance),
                SchemaColumn("score", "float", True),
                SchemaColumn("passed", "bool", True),
                SchemaColumn("rating", "int", True),
                SchemaColumn("waitlisted", "bool", False, default=False),
                SchemaColumn("row_version", "int", False, default=1),
            ),
            unique=(("session_id", "person_id"),),
        ),
        "kpi_measurement": SchemaTable(
            "kpi_measurement",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("goal_id", "int", False, ref="goal"),
                SchemaColumn("day", "date", False),
                SchemaColumn("value", "float", False),
                SchemaColumn("note", "text", False, default=""),
                SchemaColumn("row_version", "int", False, default=1),
            ),
            unique=(("goal_id", "day"),),
        ),
        "raci_entry": SchemaTable(
            "raci_entry",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("task_id", "int", False, ref="task"),
                SchemaColumn("stakeholder_id", "int", False, ref="stakeholder"),
                SchemaColumn("role", "enum", False, enum=enums.RaciRole),
                SchemaColumn("row_version", "int", False, default=1),
            ),
            unique=(("task_id", "stakeholder_id"),),
        ),
        "requirement_task": SchemaTable(
            "requirement_task",
            (
                SchemaColumn("requirement_id", "int", False, ref="requirement"),
                SchemaColumn("task_id", "int", False, ref="task"),
                SchemaColumn("row_version", "int", False, default=1),
            ),
        ),
        "risk": SchemaTable(
            "risk",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("title", "text", False, length=300),
                SchemaColumn("description", "text", False, default=""),
                SchemaColumn("category", "enum", False, enum=enums.RiskCategory),
                SchemaColumn("probability", "int", False, default=3),
                SchemaColumn("impact", "int", False, default=3),
                SchemaColumn("owner_id", "int", True, ref="person"),
                SchemaColumn("trigger", "text", False, default=""),
                SchemaColumn("mitigation", "text", False, default=""),
                SchemaColumn("contingency", "text", False, default=""),
                SchemaColumn("status", "enum", False, default="open", enum=enums.RiskStatus),
                SchemaColumn("review_date", "date", True),
                SchemaColumn("task_id", "int", True, ref="task"),
                SchemaColumn("raised_on", "date", True),
                SchemaColumn("row_version", "int", False, default=1),
            ),
        ),
        "ticket": SchemaTable(
            "ticket",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("number", "text", False, length=30),
                SchemaColumn("title", "text", False, length=300),
                SchemaColumn("description", "text", False, default=""),
                SchemaColumn("type", "enum", False, default="question", enum=enums.TicketType),
                SchemaColumn("channel", "enum", False, enum=enums.TicketChannel),
                SchemaColumn("priority", "enum", False, default="P3", enum=enums.TicketPriority),
                SchemaColumn("status", "enum", False, default="new", enum=enums.TicketStatus),
                SchemaColumn("department_id", "int", True, ref="department"),
                SchemaColumn("wave_id", "int", True, ref="wave"),
                SchemaColumn("reporter_id", "int", True, ref="person"),
                SchemaColumn("assignee_id", "int", True, ref="person"),
                SchemaColumn("module", "enum", True, enum=enums.OaModule),
                SchemaColumn("created_at", "datetime", False),
                SchemaColumn("first_response_at", "datetime", True),
                SchemaColumn("resolved_at", "datetime", True),
                SchemaColumn("closed_at", "datetime", True),
                SchemaColumn("response_due", "datetime", True),
                SchemaColumn("resolve_due", "datetime", True),
                SchemaColumn("row_version", "int", False, default=1),
                SchemaColumn("reporter_name", "text", False, default="", length=200),
                SchemaColumn("resolution", "text", False, default=""),
                SchemaColumn("task_id", "int", True, ref="task"),
                SchemaColumn("risk_id", "int", True, ref="risk"),
            ),
            unique=(("number",),),
        ),
        "kb_article_ticket": SchemaTable(
            "kb_article_ticket",
            (
                SchemaColumn("article_id", "int", False, ref="kb_article"),
                SchemaColumn("ticket_id", "int", False, ref="ticket"),
                SchemaColumn("row_version", "int", False, default=1),
            ),
        ),
        "ticket_event": SchemaTable(
            "ticket_event",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("ticket_id", "int", False, ref="ticket"),
                SchemaColumn("at", "datetime", False),
                SchemaColumn("kind", "enum", False, enum=enums.TicketEventKind),
                SchemaColumn("actor_id", "int", True, ref="person"),
                SchemaColumn("old_value", "text", False, default="", length=100),
                SchemaColumn("new_value", "text", False, default="", length=100),
                SchemaColumn("comment", "text", False, default=""),
                SchemaColumn("row_version", "int", False, default=1),
            ),
        ),
        "training_need": SchemaTable(
            "training_need",
            (
                SchemaColumn("id", "int", False),
                SchemaColumn("department_id", "int", True, ref="department"),
                SchemaColumn("person_id", "int", True, ref="person"),
                SchemaColumn("tier", "enum", True, enum=enums.AudienceTier),
                SchemaColumn("course_id", "int", True, ref="course"),
                SchemaColumn("ticket_id", "int", True, ref="ticket"),
                SchemaColumn("reason", "text", False, default=""),
                SchemaColumn(
                    "status", "enum", False, default="open", enum=enums.TrainingNeedStatus
                ),
                SchemaColumn("created_at", "datetime", False),
                SchemaColumn("row_version", "int", False, default=1),
            ),
        ),
    }
)
