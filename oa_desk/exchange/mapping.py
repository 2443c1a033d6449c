"""Column mapping for sheets OA Desk did not make: kinds, fields, header synonyms.

:func:`propose_mapping` finds the header row below any title rows and proposes
a column for each field of the import kind from Chinese and English header
synonyms (工号 / 员工编号 / Employee ID ...). A :class:`ColumnMapping` is plain
data: :meth:`ColumnMapping.to_dict` / :meth:`ColumnMapping.from_dict` round-trip
through JSON, and :func:`layout_signature` names a file layout (its header row)
so the gui can remember the mapping the user confirmed for that layout.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from oa_desk.domain.enums import (
    AudienceTier,
    FeedbackChannel,
    Fit,
    OaModule,
    Phase,
    Priority,
    RequirementStatus,
)
from oa_desk.exchange.convert import normalise_header
from oa_desk.exchange.sheets import RawSheet, column_letter
from oa_desk.exchange.spec import ColType

__all__ = [
    "KIND_FIELDS",
    "ColumnMapping",
    "FieldSpec",
    "ImportKind",
    "find_header_row",
    "layout_signature",
    "propose_mapping",
]


class ImportKind(StrEnum):
    PEOPLE = "people"
    DEPARTMENTS = "departments"
    REQUIREMENTS = "requirements"
    TASKS = "tasks"
    ADOPTION = "adoption"
    FEEDBACK = "feedback"


@dataclass(frozen=True)
class FieldSpec:
    key: str
    zh: str
    en: str
    kind: ColType = ColType.TEXT
    required: bool = False
    synonyms: tuple[str, ...] = ()
    enum: type[StrEnum] | None = None

    @property
    def label(self) -> str:
        return f"{self.zh} {self.en}"


def _f(key: str, zh: str, en: str, kind: ColType, *syn: str, **kw: Any) -> FieldSpec:
    return FieldSpec(key, zh, en, kind, synonyms=(zh, en, *syn), **kw)


T, N, F, D, B, E = (
    ColType.TEXT,
    ColType.INT,
    ColType.FLOAT,
    ColType.DATE,
    ColType.BOOL,
    ColType.ENUM,
)
_DEPT = (
    "部门",
    "所属部门",
    "部门名称",
    "部门路径",
    "组织",
    "组织机构",
    "单位",
    "科室",
    "Department",
    "Dept",
    "Dept.",
    "Org unit",
    "Organization",
    "Organisation",
)
_EMP = (
    "工号",
    "员工编号",
    "员工号",
    "职工号",
    "人员编号",
    "员工工号",
    "工号/编号",
    "Employee ID",
    "Employee No",
    "Employee number",
    "Emp No",
    "Emp ID",
    "Staff ID",
    "Staff No",
    "Job number",
)

KIND_FIELDS: Mapping[ImportKind, tuple[FieldSpec, ...]] = {
    ImportKind.PEOPLE: (
        _f("employee_no", "工号", "Employee no.", T, *_EMP, required=True),
        _f(
            "name",
            "姓名",
            "Name",
            T,
            "员工姓名",
            "名字",
            "人员姓名",
            "Full name",
            "Employee name",
            required=True,
        ),
        _f("department", "部门", "Department", T, *_DEPT),
        _f("title", "职务", "Title", T, "职位", "岗位", "职称", "Position", "Job title", "Post"),
        _f("email", "邮箱", "Email", T, "电子邮件", "电子邮箱", "邮件", "E-mail", "Mail"),
        _f(
            "phone",
            "电话",
            "Phone",
            T,
            "手机",
            "手机号",
            "手机号码",
            "联系电话",
            "联系方式",
            "Mobile",
            "Tel",
            "Telephone",
            "Cell",
        ),
        _f(
            "tier",
            "培训层级",
            "Audience tier",
            E,
            "层级",
            "用户类型",
            "用户层级",
            "Tier",
            "Audience",
            enum=AudienceTier,
        ),
        _f(
            "active",
            "在职",
            "Active",
            B,
            "是否在职",
            "在职状态",
            "状态",
            "员工状态",
            "Status",
            "Employment status",
        ),
    ),
    ImportKind.DEPARTMENTS: (
        _f(
            "path",
            "部门路径",
            "Path",
            T,
            "部门全称",
            "组织路径",
            "全路径",
            "Department path",
            "Full path",
            *_DEPT,
            required=True,
        ),
        _f("parent", "上级部门", "Parent", T, "上级", "上级组织", "父部门", "Parent department"),
        _f("code", "编码", "Code", T, "部门编码", "部门代码", "组织编码", "Dept code"),
        _f("headcount", "人数", "Headcount", N, "编制", "编制人数", "员工人数", "Staff", "Size"),
        # A department's pilot flag and planned go-live are its wave's (schema 0003).
        _f("head", "负责人工号", "Head no.", T, "负责人", "部门负责人", "Head", "Manager"),
    ),
    ImportKind.REQUIREMENTS: (
        _f("department", "部门", "Department", T, "提出部门", "需求部门", *_DEPT),
        _f(
            "pain_point",
            "痛点",
            "Pain point",
            T,
            "问题",
            "需求",
            "需求名称",
            "需求标题",
            "业务痛点",
            "Requirement",
            "Issue",
            "Title",
            required=True,
        ),
        _f(
            "description",
            "描述",
            "Description",
            T,
            "需求描述",
            "详细描述",
            "详细说明",
            "说明",
            "Details",
        ),
        _f("module", "OA模块", "OA module", E, "模块", "功能模块", "Module", enum=OaModule),
        _f("priority", "优先级", "Priority", E, "重要程度", "紧急程度", enum=Priority),
        _f("fit", "匹配度", "Fit", E, "满足方式", "实现方式", "Fit/gap", enum=Fit),
        _f("status", "状态", "Status", E, "需求状态", "处理状态", enum=RequirementStatus),
        _f("raised_by", "提出人工号", "Raised by no.", T, "提出人", "需求人", "Raised by"),
        _f("raised_on", "提出日期", "Raised on", D, "日期", "提出时间", "Date"),
    ),
    ImportKind.TASKS: (
        _f("ref", "标识号", "ID", T, "ID", "序号", "编号", "任务编号", "Task ID", "Unique ID"),
        _f("wbs", "WBS", "WBS", T, "大纲数字", "WBS编码", "Outline number"),
        _f("level", "大纲级别", "Outline level", N, "级别", "层级", "Level"),
        _f(
            "name",
            "任务名称",
            "Task name",
            T,
            "名称",
            "任务",
            "工作内容",
            "Name",
            "Task",
            required=True,
        ),
        _f("start", "开始时间", "Start", D, "开始", "开始日期", "计划开始", "Start date"),
        _f(
            "finish",
            "完成时间",
            "Finish",
            D,
            "完成",
            "结束",
            "结束时间",
            "完成日期",
            "结束日期",
            "计划完成",
            "End",
            "Finish date",
            "End date",
        ),
        _f("duration", "工期", "Duration", T, "工期(天)", "天数", "Days"),
        _f(
            "progress",
            "完成百分比",
            "% complete",
            F,
            "进度",
            "完成率",
            "完成度",
            "Progress",
            "Percent complete",
        ),
        _f("predecessors", "前置任务", "Predecessors", T, "紧前任务", "前置", "依赖"),
        _f(
            "owner",
            "负责人",
            "Owner",
            T,
            "责任人",
            "资源名称",
            "负责人工号",
            "Resource names",
            "Assigned to",
        ),
        _f("phase", "阶段", "Phase", E, enum=Phase),
        _f("milestone", "里程碑", "Milestone", B, "是否里程碑"),
        _f("department", "部门", "Department", T, "责任部门", *_DEPT[1:]),
        _f("notes", "备注", "Notes", T, "说明", "Remarks", "Comments"),
    ),
    ImportKind.ADOPTION: (
        _f("department", "部门", "Department", T, *_DEPT, required=True),
        _f("day", "日期", "Date", D, "统计日期", "统计时间", "时间", "Day", required=True),
        _f(
            "active_users",
            "活跃用户",
            "Active users",
            N,
            "活跃人数",
            "活跃用户数",
            "登录人数",
            "Active",
            required=True,
        ),
        _f(
            "total_users",
            "用户总数",
            "Total users",
            N,
            "总人数",
            "开通人数",
            "账号数",
            "用户数",
            "Users",
            "Total",
        ),
        _f(
            "online_approvals",
            "在线审批数",
            "Online approvals",
            N,
            "在线审批",
            "审批数",
            "流程数",
            "审批量",
            "Approvals",
        ),
    ),
    ImportKind.FEEDBACK: (
        _f("department", "部门", "Department", T, *_DEPT),
        _f("day", "日期", "Date", D, "调查日期", "反馈日期", "时间", required=True),
        _f("channel", "方式", "Channel", E, "渠道", "反馈方式", "调查方式", enum=FeedbackChannel),
        _f(
            "respondents",
            "回复人数",
            "Respondents",
            N,
            "参与人数",
            "答卷数",
            "反馈人数",
            "人数",
            "Responses",
        ),
        _f(
            "satisfaction",
            "满意度",
            "Satisfaction",
            F,
            "平均满意度",
            "满意度评分",
            "评分",
            "Score",
            "Rating",
        ),
        _f("comments", "意见", "Comments", T, "建议", "意见建议", "反馈内容", "备注", "Feedback"),
    ),
}


def layout_signature(headers: Sequence[Any]) -> str:
    """A stable name for a header row: the same layout gives the same signature."""
    names = [normalise_header(h) for h in headers]
    while names and not names[-1]:
        names.pop()
    return hashlib.sha256("\x1f".join(names).encode("utf-8")).hexdigest()[:16]


@dataclass
class ColumnMapping:
    """Which sheet column feeds each field; plain data the gui keeps in settings."""

    kind: ImportKind
    header_row: int  # 1-based, as Excel shows it
    columns: dict[str, int] = field(default_factory=dict)  # field key -> 0-based column
    headers: dict[str, str] = field(default_factory=dict)  # field key -> header text seen
    sheet: str | None = None
    signature: str = ""

    def letter(self, key: str) -> str:
        return column_letter(self.columns[key])

    def missing_required(self) -> list[FieldSpec]:
        return [f for f in KIND_FIELDS[self.kind] if f.required and f.key not in self.columns]

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "header_row": self.header_row,
            "columns": dict(self.columns),
            "headers": dict(self.headers),
            "sheet": self.sheet,
            "signature": self.signature,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ColumnMapping:
        return cls(
            ImportKind(data["kind"]),
            int(data["header_row"]),
            {str(k): int(v) for k, v in dict(data.get("columns", {})).items()},
            {str(k): str(v) for k, v in dict(data.get("headers", {})).items()},
            data.get("sheet"),
            str(data.get("signature", "")),
        )


def _synonyms(kind: ImportKind) -> dict[str, str]:
    table: dict[str, str] = {}
    for spec in KIND_FIELDS[kind]:
        for name in (*spec.synonyms, spec.label):
            table.setdefault(normalise_header(name), spec.key)
    return table


def _score_row(row: Sequence[Any], synonyms: Mapping[str, str]) -> int:
    keys = {synonyms.get(normalise_header(v)) for v in row if isinstance(v, str) and v.strip()}
    keys.discard(None)
    return len(keys)


def find_header_row(sheet: RawSheet, kind: ImportKind, scan: int = 30) -> int | None:
    """0-based index of the row that best matches the kind's header names, if any."""
    synonyms = _synonyms(kind)
    best, best_score = None, 0
    for index, row in enumerate(sheet.rows[:scan]):
        score = _score_row(row, synonyms)
        if score > best_score:
            best, best_score = index, score
    return best


def propose_mapping(sheet: RawSheet, kind: ImportKind) -> ColumnMapping:
    """Header row and a column for each field whose header matches a synonym.

    Exact matches win; then a header that contains a synonym ("员工工号(必填)").
    Each column feeds at most one field.
    """
    header_index = find_header_row(sheet, kind)
    if header_index is None:
        return ColumnMapping(kind, 1, sheet=sheet.name, signature="")
    header = sheet.rows[header_index]
    synonyms = _synonyms(kind)
    columns: dict[str, int] = {}
    used: set[int] = set()
    for index, text in enumerate(header):
        key = synonyms.get(normalise_header(text)) if isinstance(text, str) else None
        if key and key not in columns:
            columns[key] = index
            used.add(index)
    for spec in KIND_FIELDS[kind]:
        if spec.key in columns:
            continue
        names = sorted({normalise_header(s) for s in spec.synonyms}, key=len, reverse=True)
        for index, text in enumerate(header):
            if index in used or not isinstance(text, str):
                continue
            norm = normalise_header(text)
            if any(len(n) >= 2 and n in norm for n in names):
                columns[spec.key] = index
                used.add(index)
                break
    headers = {k: str(header[i]) for k, i in columns.items()}
    return ColumnMapping(
        kind, header_index + 1, columns, headers, sheet.name, layout_signature(header)
    )


def reuse_mapping(sheet: RawSheet, saved: ColumnMapping) -> ColumnMapping:
    """A remembered mapping applied to ``sheet``: columns are found again by header text."""
    proposed = propose_mapping(sheet, saved.kind)
    row = saved.header_row - 1
    if row >= len(sheet.rows):
        return proposed
    header = sheet.rows[row]
    by_text = {normalise_header(v): i for i, v in enumerate(header) if v not in ("", None)}
    columns: dict[str, int] = {}
    for key, text in saved.headers.items():
        index = by_text.get(normalise_header(text))
        if index is None and key in saved.columns and saved.columns[key] < len(header):
            index = saved.columns[key]
        if index is not None:
            columns[key] = index
    headers = {k: str(header[i]) for k, i in columns.items()}
    return ColumnMapping(
        saved.kind, saved.header_row, columns, headers, sheet.name, layout_signature(header)
    )
