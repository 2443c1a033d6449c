"""Adoption: the OA system's usage export, one department and day per row."""

from __future__ import annotations

from typing import Any

from oa_desk.domain import checks
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

T, N, D = ColType.TEXT, ColType.INT, ColType.DATE
_DEPT = DEPARTMENT_SYNONYMS

FIELDS: tuple[FieldSpec, ...] = (
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
    _f(
        "weekly_active",
        "周活跃用户",
        "Weekly active users",
        N,
        "周活跃人数",
        "周活跃",
        "近7天活跃",
        "近7日活跃用户",
        "WAU",
        "Weekly active",
    ),
    _f(
        "monthly_active",
        "月活跃用户",
        "Monthly active users",
        N,
        "月活跃人数",
        "月活跃",
        "近30天活跃",
        "近30日活跃用户",
        "MAU",
        "Monthly active",
    ),
    _f(
        "total_approvals",
        "审批总数",
        "All approvals",
        N,
        "全部审批数",
        "审批总量",
        "总审批数",
        "含纸质审批",
        "Total approvals",
    ),
)

# (part, whole) pairs an export must keep in order; the part's cell is blamed.
_ORDER = (
    ("weekly_active", "monthly_active"),
    ("monthly_active", "total_users"),
    ("online_approvals", "total_approvals"),
)


_COUNTS = (
    "total_users",
    "online_approvals",
    "weekly_active",
    "monthly_active",
    "total_approvals",
)


def build(ctx: Context) -> None:
    current = ctx.current("adoption_snapshot")
    key_pos = (current.pos("department_id"), current.pos("day"))
    count_pos = {k: current.pos(k) for k in _COUNTS}
    # The plan's figures of a day the sheet updates: checked with the sheet's, kept
    # where the sheet has no figure (a column not in it, a blank cell).
    stored = {
        (r[key_pos[0]], r[key_pos[1]]): {k: r[p] for k, p in count_pos.items()}
        for r in current.rows.values()
    }
    rows = []
    for excel_row, v in ctx.converted():
        dept = ctx.department(excel_row, "department", v["department"])
        if dept is None:
            continue
        values: dict[str, Any] = {
            "department_id": dept,
            "day": v["day"],
            "active_users": v["active_users"],
        }
        for key in _COUNTS:
            if v.get(key) is not None:
                values[key] = v[key]
        old = stored.get((dept, v["day"]))
        # A new day without a total counts its actives as its users.
        figures = {**(old or {"total_users": values["active_users"]}), **values}
        found = checks.active_within_total(values["active_users"], figures["total_users"])
        if found is not None:
            ctx.problem(
                excel_row,
                "active_users",
                v["active_users"],
                ProblemCode.ACTIVE_OVER_TOTAL,
                found.params,
            )
            continue
        if old is None:
            values.setdefault("total_users", figures["total_users"])
        wrong = next(
            (
                found
                for part, whole in _ORDER
                if (found := checks.within_whole(part, figures.get(part), figures.get(whole)))
                is not None
            ),
            None,
        )
        if wrong is not None:
            ctx.problem(
                excel_row, wrong.field, values[wrong.field], ProblemCode.COUNT_OVER_WHOLE,
                wrong.params,
            )  # fmt: skip
            continue
        rows.append((excel_row, values, (dept, v["day"])))
    ctx.merge("adoption_snapshot", ("department_id", "day"), rows, {"online_approvals": 0})


KIND = ForeignKind(ImportKind.ADOPTION, FIELDS, "adoption_snapshot", ("adoption_snapshot",), build)
