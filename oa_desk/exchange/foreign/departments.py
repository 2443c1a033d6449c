"""Departments: an organisation chart, one department path (总部/财务部) per row.

Paths the plan lacks are created with every missing level; existing ones get the
mapped fields that differ. The same department twice in the sheet (the same
path, written alike) is refused, naming both rows.
"""

from __future__ import annotations

from typing import Any

from oa_desk.domain import checks
from oa_desk.exchange.changeset import NewRow, Update
from oa_desk.exchange.foreign.base import (
    DEPARTMENT_SYNONYMS,
    Context,
    FieldSpec,
    ForeignKind,
    ImportKind,
)
from oa_desk.exchange.foreign.base import field as _f
from oa_desk.exchange.problems import ProblemCode
from oa_desk.exchange.spec import ColType, sheet_by_table

__all__ = ["KIND"]

T, N, D, B = ColType.TEXT, ColType.INT, ColType.DATE, ColType.BOOL
_DEPT = DEPARTMENT_SYNONYMS

FIELDS: tuple[FieldSpec, ...] = (
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
    _f("head", "负责人工号", "Head no.", T, "负责人", "部门负责人", "Head", "Manager"),
    # A department's pilot flag and planned go-live are its wave's (schema 0003).
)

_FIELDS = ("code", "headcount")


def build(ctx: Context) -> None:
    current = ctx.current("department")
    pos = {k: current.pos(k) for k in (*_FIELDS, "head_id")}
    title = sheet_by_table("department").title
    seen: dict[tuple[str, ...], int] = {}
    for excel_row, v in ctx.converted():
        path = ctx.departments.normalise(v["path"])
        if v.get("parent"):
            path = f"{ctx.departments.normalise(v['parent'])}/{path}"
        folded = tuple(checks.sibling_key(p) for p in path.split("/"))
        if folded in seen:
            ctx.problem(
                excel_row,
                "path",
                path,
                ProblemCode.DUPLICATE_ROW,
                {"row": seen[folded], "table": title},
            )
            continue
        seen[folded] = excel_row
        ref = ctx.department(excel_row, "path", path)
        if ref is None:
            continue
        values: dict[str, Any] = {k: v[k] for k in _FIELDS if v.get(k) is not None}
        if v.get("head"):
            head = ctx.person(excel_row, "head", v["head"])
            if head is not None:
                values["head_id"] = head
        if isinstance(ref, NewRow):
            insert = ctx.departments.insert_for(ref)
            if insert is not None:
                insert.values.update(values)
                insert.row = excel_row
            continue
        old = current.rows[ref]
        fields = {k: (old[pos[k]], n) for k, n in values.items() if old[pos[k]] != n}
        if fields:
            ctx.departments.changes.updates.append(Update(ref, excel_row, fields, path))


KIND = ForeignKind(ImportKind.DEPARTMENTS, FIELDS, "department", ("department",), build)
