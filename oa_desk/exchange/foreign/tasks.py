"""Tasks: a task list or an MS Project table saved as Excel, its tree from outline levels.

Rows are matched to the plan's tasks by their path of names (上线准备/数据迁移);
predecessors name rows of the sheet by its ID column and become links.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from oa_desk.domain import checks
from oa_desk.domain.enums import Phase
from oa_desk.exchange.changeset import Insert, NewRow, Update, same_value
from oa_desk.exchange.current import CurrentTable
from oa_desk.exchange.foreign.base import (
    DEPARTMENT_SYNONYMS,
    Context,
    FieldSpec,
    ForeignKind,
    ImportKind,
)
from oa_desk.exchange.foreign.base import field as _f
from oa_desk.exchange.normalize import CellError, cell_text, clean_code, parse_predecessors
from oa_desk.exchange.problems import ProblemCode
from oa_desk.exchange.spec import ColType, sheet_by_table

__all__ = ["KIND"]

T, N, F, D, B, E = (
    ColType.TEXT,
    ColType.INT,
    ColType.FLOAT,
    ColType.DATE,
    ColType.BOOL,
    ColType.ENUM,
)
_DEPT = DEPARTMENT_SYNONYMS

FIELDS: tuple[FieldSpec, ...] = (
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
)

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:d|days?|天|个?工作日|工作天)?\s*$", re.I)
# A row's (Excel row, the task it is, its predecessor text).
_Link = tuple[int, int | NewRow, str]


def _paths(tasks: CurrentTable) -> dict[str, int | NewRow]:
    """Each task's path of names from the top (上线准备/数据迁移) -> its id."""
    names = tasks.column("name")
    parents = tasks.column("parent_id")
    paths: dict[int, str] = {}
    for ident in names:
        chain: list[str] = []
        node: int | None = ident
        while node is not None and node in names and len(chain) < 100:
            chain.append(names[node])
            node = parents.get(node)
        paths[ident] = "/".join(reversed(chain))
    return {p: i for i, p in paths.items()}


def _values(
    ctx: Context, excel_row: int, v: dict[str, Any], fraction: bool
) -> dict[str, Any] | None:
    """The task's columns from a row (without its parent), or None when one is unreadable."""
    values: dict[str, Any] = {"name": v["name"]}
    for key in ("start", "finish", "phase", "notes"):
        if v.get(key) not in (None, ""):
            values[key] = v[key]
    if v.get("progress") is not None:
        values["progress"] = round(v["progress"] * 100 if fraction else v["progress"])
    if v.get("duration") not in (None, ""):
        match = _DURATION.match(cell_text(v["duration"]))
        if match is None:
            ctx.problem(excel_row, "duration", v["duration"], ProblemCode.DURATION_UNREADABLE)
            return None
        values["duration"] = round(float(match.group(1)))
    if v.get("milestone"):
        values["kind"] = "milestone"
        values["duration"] = 0
    if v.get("owner"):
        values["owner_id"] = ctx.person(excel_row, "owner", v["owner"])
    if v.get("department"):
        values["department_id"] = ctx.department(excel_row, "department", v["department"])
    return values


def _broken_rules(ctx: Context, excel_row: int, row: dict[str, Any]) -> bool:
    """Report every rule of oa_desk.domain.checks the task breaks; True if any."""
    found = checks.task_findings(row)
    for finding in found:
        ctx.problem(
            excel_row,
            finding.field,
            row.get(finding.field),
            ProblemCode(finding.code.value),
            finding.params,
        )
    return bool(found)


def build(ctx: Context) -> None:
    converted = ctx.converted()
    current = ctx.current("task")
    by_path = _paths(current)
    next_seq: dict[Any, int] = defaultdict(int)
    parent_pos, seq_pos = current.pos("parent_id"), current.pos("seq")
    for row in current.rows.values():
        parent = row[parent_pos]
        next_seq[parent] = max(next_seq[parent], (row[seq_pos] or 0) + 1)
    spec = sheet_by_table("task")
    changes = ctx.changes("task")
    fraction = all((v.get("progress") or 0) <= 1 for _r, v in converted)
    stack: list[tuple[int, int | NewRow, str]] = []
    refs: dict[str, int | NewRow] = {}
    links: list[_Link] = []
    for excel_row, v in converted:
        level = v.get("level") or (len(str(v["wbs"]).split(".")) if v.get("wbs") else 1)
        while stack and stack[-1][0] >= level:
            stack.pop()
        parent = stack[-1][1] if stack else None
        path = f"{stack[-1][2]}/{v['name']}" if stack else v["name"]
        values = _values(ctx, excel_row, v, fraction)
        if values is None:
            continue
        found = by_path.get(path)
        before = current.values(found) if isinstance(found, int) else {"kind": "task"}
        if _broken_rules(ctx, excel_row, before | values):
            continue
        values["parent_id"] = parent
        if isinstance(found, int):
            ref: int | NewRow = found
            fields = {}
            for k, new in values.items():
                kind = spec.column(k).kind if k != "parent_id" else ColType.INT
                if not same_value(before[k], new, kind):
                    fields[k] = (before[k], new)
            if fields:
                changes.updates.append(Update(found, excel_row, fields, path))
        else:
            ref = NewRow("task")
            values["seq"] = next_seq[parent]
            next_seq[parent] += 1
            values.setdefault("kind", "task")
            changes.inserts.append(Insert(excel_row, values, ref, path))
            by_path[path] = ref
        stack.append((level, ref, path))
        if v.get("ref"):
            refs[clean_code(v["ref"])] = ref
        if v.get("predecessors"):
            links.append((excel_row, ref, cell_text(v["predecessors"])))
    _links(ctx, links, refs)


def _links(ctx: Context, links: list[_Link], refs: dict[str, int | NewRow]) -> None:
    """Predecessors name rows by the sheet's ID column: links to add (the plan's stay)."""
    if not links:
        return
    deps = ctx.current("dependency")
    pred_pos, succ_pos = deps.pos("predecessor_id"), deps.pos("successor_id")
    existing = {(r[pred_pos], r[succ_pos]) for r in deps.rows.values()}
    changes = ctx.changes("dependency")
    for excel_row, succ, text in links:
        try:
            items = parse_predecessors(text)
        except CellError as exc:
            ctx.cell_problem(excel_row, "predecessors", text, exc)
            continue
        for item in items:
            pred = refs.get(str(item.task_id))
            if pred is None:
                ctx.problem(
                    excel_row,
                    "predecessors",
                    text,
                    ProblemCode.PREDECESSOR_NOT_IN_SHEET,
                    {"id": item.task_id},
                )
                continue
            bad = checks.self_link(pred, succ, "predecessors") or checks.lag(item.lag)
            if bad is not None:
                code = ProblemCode(bad.code.value)
                ctx.problem(excel_row, "predecessors", text, code, bad.params or None)
                continue
            if (pred, succ) in existing:
                continue
            changes.inserts.append(
                Insert(
                    excel_row,
                    {
                        "predecessor_id": pred,
                        "successor_id": succ,
                        "type": item.type.value,
                        "lag": item.lag,
                    },
                    NewRow("dependency"),
                    f"{item.task_id} → row {excel_row}",
                )
            )


KIND = ForeignKind(ImportKind.TASKS, FIELDS, "task", ("task", "dependency"), build)
