"""Foreign rosters as people send them: the sheet and header found wherever they are,
rows left out without losing what good rows need, footers skipped, numbers matched."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from oa_desk.exchange.changeset import ImportPreview, Insert, NewRow, Severity
from oa_desk.exchange.problems import ProblemCode
from oa_desk.services import excel
from oa_desk.store.planfile import PlanStore
from tests.unit.excel_fixtures import make_plan


@pytest.fixture
def store(tmp_path: Path) -> Iterator[PlanStore]:
    s = make_plan(tmp_path / "plan.oadesk")
    yield s
    s.close()


def test_a_header_on_row_1_of_the_second_sheet_is_found(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active.append(["本表由人力资源部维护"])
    ws = wb.create_sheet("花名册")
    ws.append(["工号", "姓名"])
    ws.append(["99001", "甲"])
    path = tmp_path / "r.xlsx"
    wb.save(path)
    mapping = excel.propose_foreign_mapping(excel.read_foreign(path), "people")
    assert (mapping.sheet, mapping.header_row) == ("花名册", 1)
    assert set(mapping.columns) == {"employee_no", "name"}


def _sheet(path: Path, *rows: list[object], title: str = "花名册") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_a_left_out_row_keeps_the_new_departments_good_rows_name(
    store: PlanStore, tmp_path: Path
) -> None:
    path = _sheet(
        tmp_path / "r.xlsx",
        ["工号", "姓名", "部门"],
        ["20001", "甲", "总部/财务部"],
        ["20001", "甲重复", "新设部/一组"],  # a duplicate, the first to name 新设部/一组
        ["20003", "丙", "新设部/一组"],
        ["20004", "丁", "新设部/二组"],
    )
    sheets = excel.read_foreign(path)
    mapping = dataclasses.replace(
        excel.propose_foreign_mapping(sheets, "people"), skip_invalid=True
    )
    preview = excel.preview_foreign_import(store, path, "people", mapping, sheets=sheets)
    assert preview.ok
    depts = preview.tables["department"].inserts
    assert [(i.label, i.row) for i in depts] == [
        ("新设部", 4),
        ("新设部/一组", 4),
        ("新设部/二组", 5),
    ]
    assert depts[1].values["parent_id"] is depts[0].token
    assert [p.row for p in preview.problems if p.severity is Severity.LEFT_OUT] == [3]
    excel.apply_import(store, preview)
    with store.read() as s:
        found = s.execute(
            text(
                "SELECT p.employee_no, p.name, d.name, up.name FROM person p "
                "JOIN department d ON d.id = p.department_id "
                "JOIN department up ON up.id = d.parent_id WHERE employee_no LIKE '2000_' "
                "ORDER BY employee_no"
            )
        ).all()
    assert [tuple(r) for r in found] == [
        ("20001", "甲", "财务部", "总部"),
        ("20003", "丙", "一组", "新设部"),
        ("20004", "丁", "二组", "新设部"),
    ]


def test_a_left_out_departments_row_keeps_only_the_level_its_children_need(
    store: PlanStore, tmp_path: Path
) -> None:
    path = _sheet(
        tmp_path / "d.xlsx",
        ["部门路径", "部门编码", "负责人工号"],
        ["总部/新部", "NEW", "nobody"],  # an unknown head: left out
        ["总部/新部/一组", "NEW-1", ""],
    )
    sheets = excel.read_foreign(path)
    mapping = dataclasses.replace(
        excel.propose_foreign_mapping(sheets, "departments"), skip_invalid=True
    )
    preview = excel.preview_foreign_import(store, path, "departments", mapping, sheets=sheets)
    assert preview.ok
    new, child = preview.tables["department"].inserts
    assert (new.label, new.row, new.values.get("code")) == ("总部/新部", 3, None)
    assert child.values["code"] == "NEW-1" and child.values["parent_id"] is new.token


def test_a_row_needing_a_left_out_row_that_cannot_stand_alone_is_left_out_too() -> None:
    preview = ImportPreview(Path("t.xlsx"), "tasks")
    tasks = preview.table("task", "任务 Tasks", {})
    parent = Insert(2, {"name": "上线准备"}, NewRow("task"), "上线准备")
    child = Insert(3, {"name": "演练", "parent_id": parent.token}, NewRow("task"), "演练")
    tasks.inserts[:] = [parent, child, Insert(4, {"name": "其他"}, NewRow("task"), "其他")]
    preview.error("任务", 2, "B", "工期", "x", ProblemCode.NOT_A_NUMBER, {"value": "x"})
    assert preview.leave_out_invalid_rows() == [2, 3]
    assert [i.label for i in tasks.inserts] == ["其他"]
    need = next(p for p in preview.problems if p.code is ProblemCode.NEEDS_ROW_LEFT_OUT)
    assert (need.sheet, need.row, need.severity, need.params) == (
        "任务",
        3,
        Severity.LEFT_OUT,
        {"row": "2"},
    )


def test_sheets_with_the_same_headers_left_out_are_named(store: PlanStore, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "填表说明"
    wb.active.append(["请按模板填写"])
    for i, name in enumerate(["财务部", "人力资源部", "信息技术部"]):
        ws = wb.create_sheet(name)
        ws.append(["工号", "姓名", "部门"])
        ws.append([f"9800{i}", f"员工{i}", f"总部/{name}"])
    wb.create_sheet("部门清单").append(["部门", "负责人"])
    path = tmp_path / "r.xlsx"
    wb.save(path)
    preview = excel.preview_foreign_import(store, path, "people")
    (note,) = [n for n in preview.notes if n.code is ProblemCode.NOTE_SAME_SHEETS_LEFT_OUT]
    assert note.params == {"sheet": "财务部", "sheets": "人力资源部, 信息技术部"}
    sheets = excel.read_foreign(path)
    mapping = excel.propose_foreign_mapping(sheets, "people", sheet="信息技术部")
    preview = excel.preview_foreign_import(store, path, "people", mapping, sheets=sheets)
    assert [i.values["name"] for i in preview.tables["person"].inserts] == ["员工2"]
    (note,) = [n for n in preview.notes if n.code is ProblemCode.NOTE_SAME_SHEETS_LEFT_OUT]
    assert note.params == {"sheet": "信息技术部", "sheets": "财务部, 人力资源部"}
