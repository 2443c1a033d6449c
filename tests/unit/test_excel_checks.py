"""The shared rules (oa_desk.domain.checks) as imports apply them: sheet, row, column."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from oa_desk.domain import checks
from oa_desk.exchange.foreign import KINDS, ImportKind
from oa_desk.exchange.problems import ProblemCode
from oa_desk.services import excel
from oa_desk.store.planfile import PlanStore
from tests.unit.excel_fixtures import dump_plan, make_plan


@pytest.fixture
def store(tmp_path: Path) -> PlanStore:
    s = make_plan(tmp_path / "plan.oadesk")
    yield s
    s.close()


def _export(store: PlanStore, path: Path) -> Path:
    excel.export_workbook(store, path)
    return path


def _errors(preview: excel.ImportPreview) -> set[tuple[str, str, ProblemCode]]:
    return {(p.sheet, p.cell, p.code) for p in preview.errors}


def _sheet_rows(ws: object) -> dict[str, int]:
    """Department name -> its row in the Departments sheet."""
    return {row[3].value: row[0].row for row in ws.iter_rows(min_row=2)}  # type: ignore[attr-defined]


def test_two_departments_of_one_name_under_one_parent_are_refused_naming_both_rows(
    store: PlanStore, tmp_path: Path
) -> None:
    path = _export(store, tmp_path / "plan.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["部门 Departments"]
    rows = _sheet_rows(ws)
    assert ws.cell(1, 3).value == "上级部门 Parent" and ws.cell(1, 4).value == "名称 Name"
    # A second 财务部 under 总部, typed with a trailing full-width space.
    ws.append([None, None, "总部", "财务部\u3000"])
    new_row = ws.max_row
    wb.save(path)
    before = dump_plan(store)
    preview = excel.preview_workbook_import(store, path)
    (problem,) = [p for p in preview.errors if p.code is ProblemCode.SIBLING_NAME_TAKEN]
    assert (problem.sheet, problem.cell) == ("部门 Departments", f"D{new_row}")
    assert problem.params["row"] == str(rows["财务部"])
    assert "财务部" in problem.reason and str(rows["财务部"]) in problem.reason
    with pytest.raises(ValueError, match="errors"):
        excel.apply_import(store, preview)
    assert dump_plan(store) == before


def test_a_rename_onto_a_department_not_in_the_sheet_is_refused(
    store: PlanStore, tmp_path: Path
) -> None:
    path = _export(store, tmp_path / "plan.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["部门 Departments"]
    rows = _sheet_rows(ws)
    ws.cell(rows["人事部"], 4).value = "财务部"  # renamed to its sibling's name
    ws.delete_rows(rows["财务部"])  # which the sheet no longer lists (kept: not deleted)
    wb.save(path)
    preview = excel.preview_workbook_import(store, path)
    codes = [p.code for p in preview.errors]
    assert ProblemCode.SIBLING_NAME_TAKEN_ELSEWHERE in codes
    # Deleting the missing rows makes the name free again.
    assert not [
        p
        for p in excel.preview_workbook_import(store, path, delete_missing=True).errors
        if p.code.value.startswith("sibling")
    ]


def test_the_same_name_under_different_parents_is_fine(store: PlanStore, tmp_path: Path) -> None:
    path = _export(store, tmp_path / "plan.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["部门 Departments"].append([None, None, "总部/人事部", "会计科"])  # 会计科 is under 财务部
    wb.save(path)
    preview = excel.preview_workbook_import(store, path)
    assert preview.errors == []
    assert [i.values["name"] for i in preview.tables["department"].inserts] == ["会计科"]


def test_a_departments_sheet_naming_one_department_twice_is_refused(
    store: PlanStore, tmp_path: Path
) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["部门路径", "编制人数"])
    ws.append(["总部/信息部", 5])
    ws.append(["总部/财务部", 12])
    ws.append(["总部 / 信息部", 6])
    path = tmp_path / "d.xlsx"
    wb.save(path)
    preview = excel.preview_foreign_import(store, path, "departments")
    (problem,) = preview.errors
    assert (problem.cell, problem.code, problem.params["row"]) == (
        "A4",
        ProblemCode.DUPLICATE_ROW,
        "2",
    )


def test_a_departments_sheet_changing_existing_departments_only_is_applied(
    store: PlanStore, tmp_path: Path
) -> None:
    """A bug: the preview dropped every update when the sheet created no department."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["部门路径", "部门编码", "编制人数"])
    ws.append(["总部/人事部", "HR", 9])
    path = tmp_path / "d.xlsx"
    wb.save(path)
    preview = excel.preview_foreign_import(store, path, "departments")
    assert preview.errors == []
    (update,) = preview.tables["department"].updates
    assert update.fields == {"code": ("", "HR"), "headcount": (0, 9)}
    changes = excel.apply_import(store, preview)
    assert changes.updated["department"] == {update.id}


def test_text_longer_than_its_column_is_refused(store: PlanStore, tmp_path: Path) -> None:
    path = _export(store, tmp_path / "plan.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["人员 People"]["C2"] = "张" * 101  # person.name holds 100 characters
    wb.save(path)
    preview = excel.preview_workbook_import(store, path)
    assert ("人员 People", "C2", ProblemCode.TEXT_TOO_LONG) in _errors(preview)
    roster = tmp_path / "roster.csv"
    roster.write_text(f"工号,姓名\nX1,{'李' * 101}\nX2,王二\n", encoding="utf-8")
    preview = excel.preview_foreign_import(store, roster, "people")
    assert [(p.cell, p.code) for p in preview.errors] == [("B2", ProblemCode.TEXT_TOO_LONG)]
    assert preview.errors[0].params == {"length": "100"}


def test_a_blank_name_is_refused(store: PlanStore, tmp_path: Path) -> None:
    path = _export(store, tmp_path / "plan.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["任务 Tasks"]["D2"] = "  "
    wb.save(path)
    preview = excel.preview_workbook_import(store, path)
    assert ("任务 Tasks", "D2", ProblemCode.VALUE_REQUIRED) in _errors(preview)


def test_lags_and_durations_keep_their_bounds(store: PlanStore, tmp_path: Path) -> None:
    path = _export(store, tmp_path / "plan.xlsx")
    wb = openpyxl.load_workbook(path)
    tasks = wb["任务 Tasks"]
    assert tasks["I1"].value == "工期(工作日) Duration (days)"
    tasks["I3"] = checks.DURATION_MAX + 1
    tasks["K4"] = f"2FS+{checks.LAG_LIMIT + 1}d"
    wb["依赖 Dependencies"]["E2"] = -checks.LAG_LIMIT - 1
    wb.save(path)
    preview = excel.preview_workbook_import(store, path)
    found = _errors(preview)
    assert ("任务 Tasks", "I3", ProblemCode.ABOVE_MAXIMUM) in found
    assert ("任务 Tasks", "K4", ProblemCode.ABOVE_MAXIMUM) in found
    assert ("依赖 Dependencies", "E2", ProblemCode.BELOW_MINIMUM) in found


def test_a_task_list_breaking_the_task_rules_is_refused(store: PlanStore, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["标识号", "任务名称", "开始时间", "完成时间", "完成百分比", "前置任务"])
    ws.append([1, "上线准备", "2026-05-15", "2026-05-04", 50, ""])
    ws.append([2, "数据迁移", "2026-05-04", "2026-05-08", 150, ""])
    ws.append([3, "切换演练", "2026-05-11", "2026-05-12", 0, "3"])
    path = tmp_path / "t.xlsx"
    wb.save(path)
    preview = excel.preview_foreign_import(store, path, "tasks")
    assert {(p.cell, p.code) for p in preview.errors} == {
        ("D2", ProblemCode.FINISH_BEFORE_START),
        ("E3", ProblemCode.ABOVE_MAXIMUM),
        ("F4", ProblemCode.DEPENDS_ON_ITSELF),
    }


def test_every_import_kind_is_registered_once() -> None:
    assert set(KINDS) == set(ImportKind)
    for kind, spec in KINDS.items():
        assert spec.kind is kind
        keys = [f.key for f in spec.fields]
        assert len(keys) == len(set(keys)), kind
        assert any(f.required for f in spec.fields), kind
