"""The plan workbook's layout: one table entry per sheet, types read from the schema.

Each :class:`SheetSpec` names a table of the schema and the columns it
shows, with their bilingual headers. Types, lengths, nullability, defaults,
enums, references and unique keys come from the schema (as plain data in
:mod:`oa_desk.exchange.schema`, generated from the models), so adding an
entity (say ``baseline``) is one entry in :data:`SHEETS`. Reference columns
show a readable key where the target has one: a person's employee number, a
department's path (总部/财务部/会计科), a ticket's number; other references
show the target's ID.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from oa_desk.domain import checks
from oa_desk.exchange.problems import ProblemCode
from oa_desk.exchange.sheet_spec import ColType, Column, RowProblem, SheetSpec
from oa_desk.exchange.sheet_spec import active_within_total as _active_within_total
from oa_desk.exchange.sheet_spec import constraint_dated as _constraint_dated
from oa_desk.exchange.sheet_spec import dates_order as _dates_order
from oa_desk.exchange.sheet_spec import different as _different
from oa_desk.exchange.sheet_spec import milestone_zero as _milestone_zero
from oa_desk.exchange.sheet_spec import not_own as _not_own
from oa_desk.exchange.sheet_spec import person_name as _person_name
from oa_desk.exchange.sheet_spec import score as _score
from oa_desk.exchange.sheet_spec import sheet as _sheet
from oa_desk.exchange.sheet_spec import strictly_after as _strictly_after

__all__ = [
    "FORMAT_VERSION",
    "REF_KEYS",
    "SHEETS",
    "ColType",
    "Column",
    "RowProblem",
    "SheetSpec",
    "sheet_by_table",
]

# Written to the About sheet; bump when a column changes meaning.
FORMAT_VERSION = 1


# How a reference to each table is written: the unique readable key, or "id".
REF_KEYS: Mapping[str, str] = {
    "person": "employee_no",
    "department": "path",
    "ticket": "number",
}


_PCT = _score(*checks.PROGRESS_RANGE)
_NONNEG: dict[str, Any] = {"low": 0}
_DAYS = _score(0, checks.DURATION_MAX)
_LAG = _score(-checks.LAG_LIMIT, checks.LAG_LIMIT)

# ---------------------------------------------------------------------------
# The sheets, in workbook order. Adding an entity is one entry here.

SHEETS: tuple[SheetSpec, ...] = (
    _sheet(
        "task",
        "任务",
        "Tasks",
        [
            ("id", "", ""),
            ("wbs", "WBS", "WBS", {"kind": ColType.DERIVED, "width": 10}),
            ("outline_level", "大纲级别", "Outline level", {"kind": ColType.OUTLINE}),
            ("name", "名称", "Name", {"width": 40}),
            ("phase", "阶段", "Phase"),
            ("kind", "类型", "Kind"),
            ("start", "开始", "Start"),
            ("finish", "完成", "Finish"),
            ("duration", "工期(工作日)", "Duration (days)", _DAYS),
            ("progress", "进度%", "Progress %", _PCT),
            ("predecessors", "前置任务", "Predecessors", {"kind": ColType.PREDECESSORS}),
            ("owner_id", "负责人工号", "Owner no."),
            _person_name("owner_id"),
            ("department_id", "部门", "Department"),
            ("wave_id", "批次", "Wave"),
            ("deliverable", "交付物", "Deliverable"),
            ("acceptance", "验收标准/KPI", "Acceptance / KPI"),
            ("constraint_type", "限制类型", "Constraint"),
            ("constraint_date", "限制日期", "Constraint date"),
            ("notes", "备注", "Notes"),
        ],
        checks=(
            _dates_order("start", "finish", ProblemCode.FINISH_BEFORE_START),
            _milestone_zero,
            _constraint_dated,
        ),
        tree=True,
    ),
    _sheet(
        "dependency",
        "依赖",
        "Dependencies",
        [
            ("id", "", ""),
            ("predecessor_id", "前置任务", "Predecessor"),
            ("successor_id", "后续任务", "Successor"),
            ("type", "类型", "Type"),
            ("lag", "延隔(工作日)", "Lag (days)", _LAG),
        ],
        checks=(_different("predecessor_id", "successor_id"),),
    ),
    _sheet(
        "department",
        "部门",
        "Departments",
        [
            ("id", "", ""),
            ("path", "路径", "Path", {"kind": ColType.DERIVED, "width": 30}),
            ("parent_id", "上级部门", "Parent"),
            ("name", "名称", "Name"),
            ("code", "编码", "Code"),
            ("head_id", "负责人工号", "Head no."),
            _person_name("head_id"),
            ("headcount", "人数", "Headcount", _NONNEG),
            ("wave_id", "批次", "Wave"),
            ("readiness", "准备状态", "Readiness"),
            ("actual_go_live", "实际上线", "Actual go-live"),
        ],
        checks=(_not_own("parent_id"),),
        tree=True,
    ),
    _sheet(
        "wave",
        "批次",
        "Waves",
        [
            ("id", "", ""),
            ("name", "名称", "Name"),
            ("seq", "顺序", "Order"),
            ("is_pilot", "试点", "Pilot"),
            ("planned_start", "计划开始", "Planned start"),
            ("planned_go_live", "计划上线", "Planned go-live"),
            ("actual_go_live", "实际上线", "Actual go-live"),
            ("gate_criteria", "准入标准", "Gate criteria"),
            ("gate_decision", "上线决策", "Gate decision"),
            ("gate_date", "决策日期", "Gate date"),
            ("gate_notes", "决策说明", "Gate notes"),
        ],
        checks=(
            _dates_order("planned_start", "planned_go_live", ProblemCode.GO_LIVE_BEFORE_START),
        ),
    ),
    _sheet(
        "person",
        "人员",
        "People",
        [
            ("id", "", ""),
            ("employee_no", "工号", "Employee no."),
            ("name", "姓名", "Name"),
            ("department_id", "部门", "Department"),
            ("title", "职务", "Title"),
            ("email", "邮箱", "Email"),
            ("phone", "电话", "Phone"),
            ("tier", "培训层级", "Audience tier"),
            ("active", "在职", "Active"),
        ],
    ),
    _sheet(
        "team_member",
        "项目团队",
        "Team",
        [
            ("id", "", ""),
            ("person_id", "工号", "Employee no."),
            _person_name("person_id"),
            ("role", "角色", "Role"),
            ("responsibilities", "职责", "Responsibilities"),
            ("allocation", "投入%", "Allocation %", _PCT),
        ],
    ),
    _sheet(
        "stakeholder",
        "干系人",
        "Stakeholders",
        [
            ("id", "", ""),
            ("person_id", "工号", "Employee no."),
            ("name", "姓名", "Name"),
            ("organisation", "单位", "Organisation"),
            ("influence", "影响力", "Influence", _score()),
            ("interest", "关注度", "Interest", _score()),
            ("current_engagement", "当前参与度", "Current engagement"),
            ("desired_engagement", "期望参与度", "Desired engagement"),
            ("adkar_awareness", "ADKAR认知", "ADKAR awareness", _score()),
            ("adkar_desire", "ADKAR意愿", "ADKAR desire", _score()),
            ("adkar_knowledge", "ADKAR知识", "ADKAR knowledge", _score()),
            ("adkar_ability", "ADKAR能力", "ADKAR ability", _score()),
            ("adkar_reinforcement", "ADKAR巩固", "ADKAR reinforcement", _score()),
            ("strategy", "策略", "Strategy"),
            ("cadence", "沟通频率", "Cadence"),
            ("last_contact", "最近联系", "Last contact"),
            ("position", "职务", "Position"),
            ("project_role", "项目角色", "Project role"),
            ("expectations", "需求与期望", "Requirements and expectations"),
            ("external", "外部", "External"),
            ("notes", "备注", "Notes"),
        ],
    ),
    _sheet(
        "goal",
        "目标",
        "Goals",
        [
            ("id", "", ""),
            ("name", "名称", "Name"),
            ("category", "类别", "Category"),
            ("unit", "单位", "Unit"),
            ("direction", "方向", "Direction"),
            ("baseline", "基线值", "Baseline"),
            ("target", "目标值", "Target"),
            ("owner_id", "负责人工号", "Owner no."),
            ("due", "截止日期", "Due"),
            ("description", "说明", "Description"),
        ],
    ),
    _sheet(
        "kpi_measurement",
        "指标测量",
        "KPI measurements",
        [
            ("id", "", ""),
            ("goal_id", "目标", "Goal"),
            ("day", "日期", "Date"),
            ("value", "实际值", "Value"),
            ("note", "备注", "Note"),
        ],
    ),
    _sheet(
        "requirement",
        "需求",
        "Requirements",
        [
            ("id", "", ""),
            ("department_id", "部门", "Department"),
            ("pain_point", "痛点", "Pain point"),
            ("description", "描述", "Description"),
            ("module", "OA模块", "OA module"),
            ("priority", "优先级", "Priority"),
            ("fit", "匹配度", "Fit"),
            ("status", "状态", "Status"),
            ("raised_by_id", "提出人工号", "Raised by no."),
            ("raised_on", "提出日期", "Raised on"),
            ("decision", "决定", "Decision"),
            ("task_ids", "关联任务", "Linked tasks", {"kind": ColType.LINKS, "ref": "task"}),
        ],
        link_table={"task_ids": ("requirement_task", "requirement_id", "task_id")},
    ),
    _sheet(
        "raci_entry",
        "RACI",
        "RACI",
        [
            ("id", "", ""),
            ("task_id", "任务", "Task"),
            ("stakeholder_id", "干系人", "Stakeholder"),
            ("role", "角色", "Role"),
        ],
    ),
    _sheet(
        "risk",
        "风险",
        "Risks",
        [
            ("id", "", ""),
            ("title", "标题", "Title"),
            ("description", "描述", "Description"),
            ("category", "类别", "Category"),
            ("probability", "可能性", "Probability", _score()),
            ("impact", "影响", "Impact", _score()),
            ("owner_id", "负责人工号", "Owner no."),
            ("trigger", "触发条件", "Trigger"),
            ("mitigation", "缓解措施", "Mitigation"),
            ("contingency", "应急预案", "Contingency plan"),
            ("status", "状态", "Status"),
            ("review_date", "复核日期", "Review date"),
            ("task_id", "关联任务", "Linked task"),
            ("raised_on", "提出日期", "Raised on"),
        ],
    ),
    _sheet(
        "communication",
        "宣传计划",
        "Communications",
        [
            ("id", "", ""),
            ("title", "标题", "Title"),
            ("channel", "渠道", "Channel"),
            ("audience", "受众", "Audience"),
            ("message", "内容", "Message"),
            ("milestone_id", "里程碑", "Milestone"),
            ("offset_days", "距里程碑天数", "Days from milestone"),
            ("planned_date", "计划日期", "Planned date"),
            ("actual_date", "实际日期", "Actual date"),
            ("owner_id", "负责人工号", "Owner no."),
            ("status", "状态", "Status"),
            ("reach", "覆盖人数", "Reach", _NONNEG),
        ],
    ),
    _sheet(
        "course",
        "课程",
        "Courses",
        [
            ("id", "", ""),
            ("name", "名称", "Name"),
            ("tier", "培训层级", "Audience tier"),
            ("format", "形式", "Format"),
            ("duration_hours", "时长(小时)", "Duration (hours)", {"low": 0.01}),
            ("pass_mark", "及格分", "Pass mark", _PCT),
            ("description", "说明", "Description"),
            ("modules", "涉及模块", "OA modules"),
            ("materials_url", "资料链接", "Materials link"),
            ("prerequisites", "先修课程", "Prerequisites"),
        ],
    ),
    _sheet(
        "training_session",
        "培训场次",
        "Sessions",
        [
            ("id", "", ""),
            ("course_id", "课程", "Course"),
            ("starts_at", "开始时间", "Starts"),
            ("ends_at", "结束时间", "Ends"),
            ("location", "地点/链接", "Location / link"),
            ("trainer_id", "讲师工号", "Trainer no."),
            ("capacity", "容量", "Capacity", {"low": 1}),
            ("wave_id", "批次", "Wave"),
            ("status", "状态", "Status"),
        ],
        checks=(_strictly_after("starts_at", "ends_at"),),
    ),
    _sheet(
        "enrollment",
        "报名签到",
        "Enrollments",
        [
            ("id", "", ""),
            ("session_id", "场次", "Session"),
            ("person_id", "工号", "Employee no."),
            _person_name("person_id"),
            ("invited_on", "邀请日期", "Invited on"),
            ("attendance", "出勤", "Attendance"),
            ("score", "成绩", "Score", _PCT),
            ("passed", "通过", "Passed"),
            ("rating", "评价", "Rating", _score()),
            ("waitlisted", "候补", "Waiting list"),
        ],
    ),
    _sheet(
        "ticket",
        "工单",
        "Tickets",
        [
            ("id", "", ""),
            ("number", "工单号", "Number"),
            ("title", "标题", "Title"),
            ("description", "描述", "Description"),
            ("type", "类型", "Type"),
            ("channel", "渠道", "Channel"),
            ("priority", "优先级", "Priority"),
            ("status", "状态", "Status"),
            ("department_id", "部门", "Department"),
            ("wave_id", "批次", "Wave"),
            ("reporter_id", "报告人工号", "Reporter no."),
            ("reporter_name", "报告人（花名册外）", "Reporter (not on the roster)"),
            ("assignee_id", "处理人工号", "Assignee no."),
            ("module", "OA模块", "OA module"),
            ("created_at", "创建时间", "Created"),
            ("first_response_at", "首次响应", "First response"),
            ("resolved_at", "解决时间", "Resolved"),
            ("closed_at", "关闭时间", "Closed"),
            ("response_due", "响应时限", "Response due"),
            ("resolve_due", "解决时限", "Resolve due"),
            ("resolution", "解决方案", "Resolution"),
        ],
    ),
    _sheet(
        "ticket_event",
        "工单记录",
        "Ticket events",
        [
            ("id", "", ""),
            ("ticket_id", "工单号", "Ticket"),
            ("at", "时间", "At"),
            ("kind", "类型", "Kind"),
            ("actor_id", "操作人工号", "Actor no."),
            ("old_value", "原值", "Old value"),
            ("new_value", "新值", "New value"),
            ("comment", "说明", "Comment"),
        ],
    ),
    _sheet(
        "kb_tag",
        "知识库标签",
        "KB tags",
        [
            ("id", "", ""),
            ("name", "名称", "Name"),
        ],
    ),
    _sheet(
        "kb_article",
        "知识库",
        "Knowledge base",
        [
            ("id", "", ""),
            ("question", "问题", "Question"),
            ("answer", "解答", "Answer"),
            ("module", "OA模块", "OA module"),
            ("tags", "标签", "Tags", {"kind": ColType.LINKS, "ref": "kb_tag"}),
            ("created_on", "创建日期", "Created on"),
            ("updated_on", "更新日期", "Updated on"),
            ("views", "浏览次数", "Views", _NONNEG),
            (
                "ticket_numbers",
                "关联工单",
                "Linked tickets",
                {"kind": ColType.LINKS, "ref": "ticket"},
            ),
        ],
        link_table={
            "ticket_numbers": ("kb_article_ticket", "article_id", "ticket_id"),
            "tags": ("kb_article_tag", "article_id", "tag_id"),
        },
    ),
    _sheet(
        "feedback_round",
        "反馈",
        "Feedback",
        [
            ("id", "", ""),
            ("department_id", "部门", "Department"),
            ("day", "日期", "Date"),
            ("channel", "方式", "Channel"),
            ("respondents", "回复人数", "Respondents", _NONNEG),
            ("satisfaction", "满意度(1-5)", "Satisfaction (1-5)", _score()),
            ("comments", "意见", "Comments"),
        ],
    ),
    _sheet(
        "adoption_snapshot",
        "使用情况",
        "Adoption",
        [
            ("id", "", ""),
            ("department_id", "部门", "Department"),
            ("day", "日期", "Date"),
            ("active_users", "活跃用户", "Active users", _NONNEG),
            ("total_users", "用户总数", "Total users", _NONNEG),
            ("online_approvals", "在线审批数", "Online approvals", _NONNEG),
            ("weekly_active", "周活跃用户", "Weekly active users", _NONNEG),
            ("monthly_active", "月活跃用户", "Monthly active users", _NONNEG),
            ("total_approvals", "审批总数", "All approvals", _NONNEG),
        ],
        checks=(_active_within_total,),
    ),
    _sheet(
        "calendar",
        "日历",
        "Calendars",
        [
            ("id", "", ""),
            ("name", "名称", "Name"),
            ("working_weekdays", "工作日(周一至周日)", "Working weekdays (Mon-Sun)"),
            ("preset", "节假日预设", "Holiday preset"),
        ],
    ),
    _sheet(
        "calendar_exception",
        "日历例外",
        "Calendar exceptions",
        [
            ("id", "", ""),
            ("calendar_id", "日历", "Calendar"),
            ("day", "日期", "Date"),
            ("working", "上班", "Working day"),
            ("name", "名称", "Name"),
            ("source", "来源", "Source"),
        ],
    ),
)

# The About sheet's editable plan fields: (column of the plan table, zh, en).
PLAN_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("name", "计划名称", "Plan name"),
    ("organisation", "单位", "Organisation"),
    ("oa_product", "OA产品", "OA product"),
    ("vendor", "厂商", "Vendor"),
    ("start_date", "开始日期", "Start"),
    ("target_go_live", "目标上线日期", "Target go-live"),
    ("description", "说明", "Description"),
)

_BY_TABLE = {s.table: s for s in SHEETS}


def sheet_by_table(table: str) -> SheetSpec:
    return _BY_TABLE[table]


def _check_specs() -> None:
    titles = [s.title for s in SHEETS]
    assert len(set(titles)) == len(titles), "sheet titles must differ"
    for spec in SHEETS:
        headers = [c.header for c in spec.columns]
        assert len(set(headers)) == len(headers), f"{spec.table}: duplicate headers"


_check_specs()

# Used by readers and diffs: the Python type a column's value has once parsed.
PY_TYPES: Mapping[ColType, tuple[type, ...]] = {
    ColType.ID: (int,),
    ColType.TEXT: (str,),
    ColType.INT: (int,),
    ColType.FLOAT: (float,),
    ColType.DATE: (dt.date,),
    ColType.DATETIME: (dt.datetime,),
    ColType.BOOL: (bool,),
    ColType.ENUM: (str,),
    ColType.REF: (int,),
}
