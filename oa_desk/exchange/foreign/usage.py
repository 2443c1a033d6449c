"""OA usage per person: the OA system's login export (one person and day per row, as
e-cology, Seeyon, Landray, DingTalk or WeCom admin consoles give it), counted into
adoption figures per department and day.

A person is active on a day with at least one login. Per department and day: the
active people, the accounts (the department's active people on the roster, or more
if the export lists more), the workflows started, the people active in the 7 and 30
days up to the day (stickiness, counted over the export's own days) and, where the
export has paper approvals, every approval (online plus paper: the paperless rate).
The figures merge into ``adoption_snapshot`` like the department export's."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from oa_desk.exchange.changeset import Severity
from oa_desk.exchange.foreign.base import (
    EMPLOYEE_SYNONYMS,
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

FIELDS: tuple[FieldSpec, ...] = (
    _f(
        "employee",
        "工号",
        "Employee no.",
        T,
        *EMPLOYEE_SYNONYMS,
        "账号",
        "登录账号",
        "登录名",
        "用户名",
        "人员",
        "姓名",
        "Account",
        "Login",
        "User",
        required=True,
    ),
    _f("day", "日期", "Date", D, "统计日期", "登录日期", "访问日期", "时间", "Day", required=True),
    _f(
        "logins",
        "登录次数",
        "Logins",
        N,
        "登录数",
        "访问次数",
        "登录",
        "Sessions",
        "Visits",
        required=True,
    ),
    _f(
        "workflows",
        "发起流程数",
        "Workflows started",
        N,
        "发起流程",
        "流程数",
        "发起数",
        "在线审批数",
        "Workflows",
        "Approvals",
    ),
    _f(
        "paper", "纸质审批数", "Paper approvals", N, "线下审批数", "纸质单据数", "纸质审批", "Paper"
    ),
)
WEEK, MONTH = 7, 30


def _actives(days: dict[dt.date, set[int]], day: dt.date, span: int) -> int:
    seen: set[int] = set()
    for k in range(span):
        seen |= days.get(day - dt.timedelta(days=k), set())
    return len(seen)


def build(ctx: Context) -> None:
    people = ctx.current("person")
    dept_of = people.column("department_id")
    on_roster = people.column("active")
    roster: dict[int, int] = defaultdict(int)
    for person, home in dept_of.items():
        if home is not None and on_roster.get(person):
            roster[home] += 1
    active: dict[int, dict[dt.date, set[int]]] = defaultdict(lambda: defaultdict(set))
    listed: dict[int, set[int]] = defaultdict(set)
    workflows: dict[tuple[int, dt.date], int] = defaultdict(int)
    paper: dict[tuple[int, dt.date], int] = {}
    first_row: dict[tuple[int, dt.date], int] = {}
    for excel_row, v in ctx.converted():
        pid = ctx.person(excel_row, "employee", v["employee"])
        if pid is None:
            continue
        dept = dept_of.get(pid)
        if dept is None:
            ctx.problem(
                excel_row,
                "employee",
                v["employee"],
                ProblemCode.PERSON_WITHOUT_DEPARTMENT,
                {"key": str(v["employee"])},
                Severity.WARNING,
            )
            continue
        key = (dept, v["day"])
        first_row.setdefault(key, excel_row)
        listed[dept].add(pid)
        by_day = active[dept]
        by_day.setdefault(v["day"], set())
        if (v["logins"] or 0) > 0:
            by_day[v["day"]].add(pid)
        workflows[key] += v.get("workflows") or 0
        if v.get("paper") is not None:
            paper[key] = paper.get(key, 0) + v["paper"]
    rows = []
    for (dept, day), excel_row in sorted(first_row.items(), key=lambda kv: kv[1]):
        days = active[dept]
        accounts = max(roster.get(dept, 0), len(listed[dept]))
        values: dict[str, Any] = {
            "department_id": dept,
            "day": day,
            "active_users": len(days[day]),
            "total_users": accounts,
            "online_approvals": workflows[(dept, day)],
            "weekly_active": _actives(days, day, WEEK),
            "monthly_active": _actives(days, day, MONTH),
        }
        if (dept, day) in paper:
            values["total_approvals"] = workflows[(dept, day)] + paper[(dept, day)]
        rows.append((excel_row, values, (dept, day)))
    ctx.merge("adoption_snapshot", ("department_id", "day"), rows, {"online_approvals": 0})


KIND = ForeignKind(ImportKind.USAGE, FIELDS, "adoption_snapshot", ("adoption_snapshot",), build)
