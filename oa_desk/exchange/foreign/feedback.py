"""Feedback: survey results (满意度调查), one department, day and channel per row."""

from __future__ import annotations

from typing import Any

from oa_desk.domain import checks
from oa_desk.domain.enums import FeedbackChannel
from oa_desk.exchange.foreign.base import (
    DEPARTMENT_SYNONYMS,
    Context,
    FieldSpec,
    ForeignKind,
    ImportKind,
)
from oa_desk.exchange.foreign.base import field as _f
from oa_desk.exchange.problems import ProblemCode
from oa_desk.exchange.spec import ColType

__all__ = ["KIND"]

T, N, F, D, E = ColType.TEXT, ColType.INT, ColType.FLOAT, ColType.DATE, ColType.ENUM
_DEPT = DEPARTMENT_SYNONYMS
# A satisfaction score is an average on the 1-5 scale of the questionnaire.
SATISFACTION = (1, 5)

FIELDS: tuple[FieldSpec, ...] = (
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
)


def build(ctx: Context) -> None:
    rows = []
    for excel_row, v in ctx.converted():
        satisfaction = v.get("satisfaction")
        if checks.within("satisfaction", satisfaction, *SATISFACTION) is not None:
            ctx.problem(excel_row, "satisfaction", satisfaction, ProblemCode.SATISFACTION_RANGE)
            continue
        dept = (
            ctx.department(excel_row, "department", v["department"])
            if v.get("department")
            else None
        )
        values: dict[str, Any] = {
            "department_id": dept,
            "day": v["day"],
            "channel": v.get("channel") or "questionnaire",
        }
        for key in ("respondents", "satisfaction", "comments"):
            if v.get(key) not in (None, ""):
                values[key] = v[key]
        rows.append((excel_row, values, (dept, v["day"], values["channel"])))
    ctx.merge(
        "feedback_round",
        ("department_id", "day", "channel"),
        rows,
        {"respondents": 0, "comments": ""},
    )


KIND = ForeignKind(ImportKind.FEEDBACK, FIELDS, "feedback_round", ("feedback_round",), build)
