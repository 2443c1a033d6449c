"""Writing the demo: every table's rows through the store's bulk writer, in one go.

Rows are tuples in :data:`COLUMNS` order, in the form the plan file stores
them (``store.bulk``); tables are written parents first (:data:`ORDER`).
"""

from __future__ import annotations

import datetime as dt

from oa_desk.domain.calendar import DaySource
from oa_desk.services.demo import data_company, data_org
from oa_desk.services.demo.state import BEIJING, Demo
from oa_desk.store.bulk import BulkWriter
from oa_desk.store.types import stored_utc

COLUMNS: dict[str, tuple[str, ...]] = {
    "wave": (
        "id",
        "name",
        "seq",
        "is_pilot",
        "planned_start",
        "planned_go_live",
        "actual_go_live",
        "gate_criteria",
        "gate_decision",
        "gate_date",
        "gate_notes",
    ),
    "department": (
        "id",
        "parent_id",
        "seq",
        "name",
        "code",
        "head_id",
        "headcount",
        "wave_id",
        "readiness",
        "actual_go_live",
    ),
    "person": (
        "id",
        "employee_no",
        "name",
        "department_id",
        "title",
        "email",
        "phone",
        "tier",
        "active",
    ),
    "team_member": ("id", "person_id", "role", "responsibilities", "allocation"),
    "stakeholder": (
        "id",
        "person_id",
        "name",
        "organisation",
        "influence",
        "interest",
        "current_engagement",
        "desired_engagement",
        "adkar_awareness",
        "adkar_desire",
        "adkar_knowledge",
        "adkar_ability",
        "adkar_reinforcement",
        "strategy",
        "cadence",
        "last_contact",
        "position",
        "project_role",
        "expectations",
        "external",
        "notes",
    ),
    "goal": (
        "id",
        "name",
        "category",
        "unit",
        "direction",
        "baseline",
        "target",
        "owner_id",
        "due",
        "description",
    ),
    "kpi_measurement": ("id", "goal_id", "day", "value", "note"),
    "task": (
        "id",
        "parent_id",
        "seq",
        "name",
        "phase",
        "kind",
        "start",
        "finish",
        "duration",
        "progress",
        "owner_id",
        "department_id",
        "wave_id",
        "deliverable",
        "acceptance",
        "constraint_type",
        "constraint_date",
        "notes",
    ),
    "dependency": ("id", "predecessor_id", "successor_id", "type", "lag"),
    "raci_entry": ("id", "task_id", "stakeholder_id", "role"),
    "requirement": (
        "id",
        "department_id",
        "pain_point",
        "description",
        "module",
        "priority",
        "fit",
        "status",
        "raised_by_id",
        "raised_on",
    ),
    "requirement_task": ("requirement_id", "task_id"),
    "risk": (
        "id",
        "title",
        "description",
        "category",
        "probability",
        "impact",
        "owner_id",
        "trigger",
        "mitigation",
        "contingency",
        "status",
        "review_date",
        "task_id",
        "raised_on",
    ),
    "communication": (
        "id",
        "title",
        "channel",
        "audience",
        "message",
        "milestone_id",
        "planned_date",
        "actual_date",
        "owner_id",
        "status",
        "reach",
    ),
    "course": ("id", "name", "tier", "format", "duration_hours", "pass_mark", "description"),
    "course_prerequisite": ("course_id", "prerequisite_id"),
    "training_session": (
        "id",
        "course_id",
        "starts_at",
        "ends_at",
        "location",
        "trainer_id",
        "capacity",
        "wave_id",
        "status",
    ),
    "enrollment": (
        "id",
        "session_id",
        "person_id",
        "invited_on",
        "attendance",
        "score",
        "passed",
        "rating",
    ),
    "ticket": (
        "id",
        "number",
        "title",
        "description",
        "type",
        "channel",
        "priority",
        "status",
        "department_id",
        "wave_id",
        "reporter_id",
        "assignee_id",
        "module",
        "created_at",
        "first_response_at",
        "resolved_at",
        "closed_at",
        "response_due",
        "resolve_due",
    ),
    "ticket_event": (
        "id",
        "ticket_id",
        "at",
        "kind",
        "actor_id",
        "old_value",
        "new_value",
        "comment",
    ),
    "kb_article": (
        "id",
        "question",
        "answer",
        "module",
        "created_on",
        "updated_on",
        "views",
    ),
    "kb_article_ticket": ("article_id", "ticket_id"),
    "training_need": (
        "id",
        "department_id",
        "person_id",
        "tier",
        "course_id",
        "ticket_id",
        "reason",
        "status",
        "created_at",
    ),
    "kb_tag": ("id", "name"),
    "kb_article_tag": ("article_id", "tag_id"),
    "feedback_round": (
        "id",
        "department_id",
        "day",
        "channel",
        "respondents",
        "satisfaction",
        "comments",
    ),
    "adoption_snapshot": (
        "id",
        "department_id",
        "day",
        "active_users",
        "total_users",
        "online_approvals",
        "weekly_active",
        "monthly_active",
        "total_approvals",
    ),
    "readiness_item": (
        "id",
        "department_id",
        "kind",
        "title",
        "done",
        "done_by_id",
        "done_at",
    ),
    "wave_gate": (
        "id",
        "wave_id",
        "trained_go",
        "trained_nogo",
        "key_users_go",
        "tickets_go",
        "tickets_nogo",
        "items_go",
        "items_nogo",
    ),
    "gate_review": ("id", "department_id", "decision", "decided_on", "decided_by", "notes"),
}

# Tables written after the roster, parents before children.
ORDER = (
    "team_member",
    "stakeholder",
    "goal",
    "kpi_measurement",
    "task",
    "dependency",
    "raci_entry",
    "requirement",
    "requirement_task",
    "risk",
    "communication",
    "course",
    "course_prerequisite",
    "training_session",
    "enrollment",
    "ticket",
    "ticket_event",
    "kb_article",
    "kb_article_ticket",
    "kb_tag",
    "kb_article_tag",
    "training_need",
    "feedback_round",
    "adoption_snapshot",
    "readiness_item",
    "wave_gate",
    "gate_review",
)


def write(demo: Demo, out: BulkWriter) -> dict[str, int]:
    """Write everything through ``out`` (one transaction); rows written per table."""
    rows = demo.rows
    counts: dict[str, int] = {}
    # Holidays of the plan's years and the next one (statutory days only where the
    # State Council has not yet published the make-up days).
    first_year, last_year = demo.anchor.year, demo.wd.days[demo.end].year + 1
    out.update(
        "calendar",
        1,
        {
            "name": "中国大陆工作日历（法定节假日与调休）",
            "working_weekdays": "1111100",
            "preset": "CN",
        },
    )
    counts["calendar"] = 1
    exc = [
        (i, 1, day.isoformat(), 1 if working else 0, name, DaySource.PRESET.value)
        for i, (day, (working, name)) in enumerate(
            sorted((d, v) for d, v in demo.exceptions.items() if first_year <= d.year <= last_year),
            1,
        )
    ]
    counts["calendar_exception"] = out.insert(
        "calendar_exception", ("id", "calendar_id", "day", "working", "name", "source"), exc
    )
    desc = (
        f"{data_company.GROUP_FULL}在集团总部和各分子公司推广{demo.offer.product}。"
        f"按“准备 → 试点 → 分批推广 → 上线支持 → 持续优化”的方法推进："
        f"先在{'、'.join(data_org.HQ_PILOT)}试点，再分 {len(demo.waves) - 1} 批上线。"
        f"移动端通过{demo.im_name}接入。"
        f"本计划为演示数据，状态日期 {demo.status_date.isoformat()}。"
    )
    created = dt.datetime.combine(demo.anchor - dt.timedelta(days=7), dt.time(9, 30), BEIJING)
    out.update(
        "plan",
        1,
        {
            "name": demo.plan_name,
            "organisation": data_company.GROUP_FULL,
            "oa_product": demo.offer.product,
            "vendor": demo.offer.vendor,
            "start_date": demo.anchor.isoformat(),
            # the day the demo's progress, attendance and tickets are as of
            "status_date": demo.status_date.isoformat(),
            "target_go_live": demo.go_live_date.isoformat(),
            "calendar_id": 1,
            "description": desc,
            "created_at": stored_utc(created),
        },
    )
    counts["plan"] = 1
    heads = [(d.head, d.id) for d in demo.depts if d.head is not None]
    departments = [(*r[:5], None, *r[6:]) for r in rows["department"]]
    counts["wave"] = out.insert("wave", COLUMNS["wave"], rows["wave"])
    counts["department"] = out.insert("department", COLUMNS["department"], departments)
    counts["person"] = out.insert("person", COLUMNS["person"], demo.person_rows)
    # department.head_id and person.department_id point at each other: heads last.
    out.update_column("department", "head_id", heads)
    for table in ORDER:
        counts[table] = out.insert(table, COLUMNS[table], rows[table])
    # The baseline approved at the kickoff (the shown baseline is a view setting).
    baselined = stored_utc(dt.datetime.combine(demo.anchor, dt.time(18, 0), BEIJING))
    counts["baseline"] = out.insert(
        "baseline", ("id", "name", "created_at"), [(1, "立项基线", baselined)]
    )
    counts["baseline_task"] = out.insert(
        "baseline_task", ("baseline_id", "task_id", "start", "finish"), rows["baseline_task"]
    )
    return counts
