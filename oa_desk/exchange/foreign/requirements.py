"""Requirements: a requirement survey (需求调研表), matched by department and pain point."""

from __future__ import annotations

from typing import Any

from oa_desk.domain.enums import Fit, OaModule, Priority, RequirementStatus
from oa_desk.exchange.foreign.base import (
    DEPARTMENT_SYNONYMS,
    Context,
    FieldSpec,
    ForeignKind,
    ImportKind,
)
from oa_desk.exchange.foreign.base import field as _f
from oa_desk.exchange.spec import ColType

__all__ = ["KIND"]

T, D, E = ColType.TEXT, ColType.DATE, ColType.ENUM
_DEPT = DEPARTMENT_SYNONYMS

FIELDS: tuple[FieldSpec, ...] = (
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
    _f("decision", "决策", "Decision", T, "决定", "处理意见", "处理结果", "评审结论", "结论"),
)

_OPTIONAL = ("description", "module", "priority", "fit", "status", "raised_on", "decision")


def build(ctx: Context) -> None:
    rows = []
    for excel_row, v in ctx.converted():
        values: dict[str, Any] = {"pain_point": v["pain_point"]}
        for key in _OPTIONAL:
            if v.get(key) not in (None, ""):
                values[key] = v[key]
        values["department_id"] = (
            ctx.department(excel_row, "department", v["department"])
            if v.get("department")
            else None
        )
        if v.get("raised_by"):
            values["raised_by_id"] = ctx.person(excel_row, "raised_by", v["raised_by"])
        rows.append((excel_row, values, (values["department_id"], values["pain_point"])))
    ctx.merge(
        "requirement",
        ("department_id", "pain_point"),
        rows,
        {
            "description": "",
            "module": "workflow",
            "priority": "should",
            "fit": "standard",
            "status": "new",
            "decision": "",
        },
    )


KIND = ForeignKind(ImportKind.REQUIREMENTS, FIELDS, "requirement", ("requirement",), build)
