"""Import problems are codes with parameters; English comes from one table."""

from __future__ import annotations

import string
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from oa_desk.exchange.changeset import ImportPreview, Note, Problem, Severity
from oa_desk.exchange.normalize import CellError, parse_bool, parse_date, parse_int
from oa_desk.exchange.problems import ENGLISH, ProblemCode, english, param_names, param_text
from oa_desk.exchange.spec import SHEETS, RowProblem
from oa_desk.services import excel
from oa_desk.store.planfile import PlanStore
from tests.unit.excel_fixtures import make_plan


@pytest.fixture
def store(tmp_path: Path) -> Any:
    s = make_plan(tmp_path / "plan.oadesk")
    yield s
    s.close()


# -- the table --------------------------------------------------------------------------


def test_every_code_has_an_english_template() -> None:
    assert set(ENGLISH) == set(ProblemCode)
    for code in ProblemCode:
        assert ENGLISH[code].strip(), code


@pytest.mark.parametrize("code", list(ProblemCode), ids=lambda c: c.value)
def test_every_template_formats_with_its_declared_params(code: ProblemCode) -> None:
    template = ENGLISH[code]
    fields = [
        (name, spec, conv) for _t, name, spec, conv in string.Formatter().parse(template) if name
    ]
    # Named, plain placeholders only: a translation must be able to repeat them as they are.
    for name, spec, conv in fields:
        assert name.isidentifier(), (code, name)
        assert not spec and conv is None, (code, name)
    params = {name: f"<{name}>" for name in param_names(code)}
    text = english(code, params)
    for name in param_names(code):
        assert f"<{name}>" in text
    assert "{" not in text and "}" not in text, text
    problem = Problem("Sheet", 2, "B", "Header", "v", code, params)
    assert problem.reason == text
    assert text in str(problem)


def test_param_text_is_language_neutral() -> None:
    import datetime as dt

    assert param_text(12) == "12"
    assert param_text(0.5) == "0.5"
    assert param_text(100.0) == "100"
    assert param_text(True) == "TRUE"
    assert param_text(dt.date(2026, 3, 5)) == "2026-03-05"
    assert param_text(dt.datetime(2026, 3, 5, 9, 30)) == "2026-03-05 09:30:00"


# -- no problem without a code ----------------------------------------------------------


def test_a_problem_cannot_be_made_without_a_code() -> None:
    with pytest.raises(TypeError):
        Problem("Sheet", 2, "B", "Header", "v")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="ProblemCode"):
        Problem("Sheet", 2, "B", "Header", "v", "a plan needs a name")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="expected"):
        Problem("Sheet", 2, "B", "Header", "v", ProblemCode.DUPLICATE_ID, {"id": "3"})
    with pytest.raises(ValueError, match="expected"):
        Problem("Sheet", 2, "B", "Header", "v", ProblemCode.VALUE_REQUIRED, {"x": "1"})
    with pytest.raises(TypeError, match="not str"):
        Problem("Sheet", 2, "B", "", "v", ProblemCode.PREDECESSOR_NO_TASK, {"id": 3})  # type: ignore[dict-item]
    with pytest.raises(TypeError, match="ProblemCode"):
        Note("No About sheet.")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="ProblemCode"):
        CellError("is not a number")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="expected"):
        CellError(ProblemCode.NOT_A_NUMBER)


def test_problem_params_cannot_be_changed_afterwards() -> None:
    params = {"id": "3", "row": "4"}
    problem = Problem("S", 5, "A", "ID", "3", ProblemCode.DUPLICATE_ID, params)
    params["id"] = "9"
    assert problem.reason == "ID 3 is also on row 4"
    with pytest.raises(TypeError):
        problem.params["id"] = "9"  # type: ignore[index]


def test_the_preview_turns_params_into_text() -> None:
    preview = ImportPreview(Path("x.xlsx"), "people")
    preview.error("S", 3, "A", "ID", 7, ProblemCode.DUPLICATE_ID, {"id": 7, "row": 2})
    preview.note(ProblemCode.NOTE_SHEET_NOT_IN_FILE, {"sheet": "任务 Tasks"})
    (problem,) = preview.problems
    assert problem.params == {"id": "7", "row": "2"} and problem.value == "7"
    assert problem.severity is Severity.ERROR
    assert str(preview.notes[0]) == "任务 Tasks: not in the file, left unchanged."


# -- converters and rules say why in codes ----------------------------------------------


@pytest.mark.parametrize(
    ("call", "code", "params"),
    [
        (lambda: parse_date("下周一"), ProblemCode.NOT_A_DATE, {"value": "下周一"}),
        (lambda: parse_date("2026-13-45"), ProblemCode.NOT_A_REAL_DATE, {"value": "2026-13-45"}),
        (lambda: parse_date(True), ProblemCode.NOT_A_DATE, {"value": "TRUE"}),
        (
            lambda: parse_date("2026年3月5日 星期三"),  # 5 March 2026 is a Thursday: a typo
            ProblemCode.WEEKDAY_MISMATCH,
            {
                "value": "2026年3月5日 星期三",
                "date": "2026-03-05",
                "actual": "星期四",
                "weekday": "星期三",
            },
        ),
        (
            lambda: parse_date("Wed 2026-03-05"),
            ProblemCode.WEEKDAY_MISMATCH,
            {
                "value": "Wed 2026-03-05",
                "date": "2026-03-05",
                "actual": "Thursday",
                "weekday": "Wednesday",
            },
        ),
        (
            lambda: parse_date("2026-02-30 周一"),
            ProblemCode.NOT_A_REAL_DATE,
            {"value": "2026-02-30 周一"},
        ),
        (lambda: parse_int("12.5"), ProblemCode.NOT_A_WHOLE_NUMBER, {"value": "12.5"}),
        (lambda: parse_bool("休假"), ProblemCode.NOT_YES_OR_NO, {"value": "休假"}),
    ],
)
def test_cell_errors_carry_code_and_params(call: Any, code: ProblemCode, params: Any) -> None:
    with pytest.raises(CellError) as info:
        call()
    assert info.value.code is code
    assert info.value.params == params
    assert str(info.value) == english(code, params)


def test_row_rules_return_codes() -> None:
    import datetime as dt

    tasks = next(s for s in SHEETS if s.table == "task")
    row = {"start": dt.date(2026, 3, 9), "finish": dt.date(2026, 3, 2)}
    found = [p for check in tasks.checks if (p := check(row))]
    assert found == [RowProblem("finish", ProblemCode.FINISH_BEFORE_START)]


def _roster(path: Path, rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "花名册"
    ws.append(["员工编号", "姓名", "所属部门", "状态"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_a_bad_roster_reports_codes(store: PlanStore, tmp_path: Path) -> None:
    path = _roster(
        tmp_path / "r.xlsx",
        [["", "无工号", "总部", "在职"], ["00500", "某人", "总部", "休假"]],
    )
    preview = excel.preview_foreign_import(store, path, "people")
    found = [(p.cell, p.code, dict(p.params)) for p in preview.errors]
    assert found == [
        ("A2", ProblemCode.VALUE_REQUIRED, {}),
        ("D3", ProblemCode.NOT_YES_OR_NO, {"value": "休假"}),
    ]
    assert preview.errors[0].reason == "a value is required"
    lines = excel.preview_lines(preview)
    assert any("花名册!D3" in line and "'休假' is not yes or no" in line for line in lines)


def test_a_plan_workbook_reports_codes_and_notes(store: PlanStore, tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    excel.export_workbook(store, path)
    wb = openpyxl.load_workbook(path)
    for name in wb.sheetnames:
        if name not in ("人员 People", "关于 About"):
            del wb[name]
    people = wb["人员 People"]
    people["A3"] = 999  # no such row in the plan
    people["D4"] = "总部/不存在"
    wb.save(path)
    preview = excel.preview_workbook_import(store, path)
    found = {p.cell: (p.code, dict(p.params)) for p in preview.errors}
    assert found["A3"] == (ProblemCode.ID_NOT_IN_PLAN, {"id": "999"})
    assert found["D4"] == (ProblemCode.NO_DEPARTMENT_WITH_PATH, {"key": "总部/不存在"})
    codes = {n.code for n in preview.notes}
    assert codes == {ProblemCode.NOTE_SHEET_NOT_IN_FILE}
    assert {n.params["sheet"] for n in preview.notes} >= {"任务 Tasks", "部门 Departments"}


def test_error_workbook_uses_the_given_reason_formatter(store: PlanStore, tmp_path: Path) -> None:
    path = _roster(tmp_path / "r.xlsx", [["00500", "某人", "总部", "休假"]])
    preview = excel.preview_foreign_import(store, path, "people")
    english_book = tmp_path / "en.xlsx"
    excel.write_error_workbook(preview, english_book)
    rows = list(openpyxl.load_workbook(english_book).active.iter_rows(values_only=True))
    assert (
        rows[1][0] == "error"
        and rows[1][6] == "'休假' is not yes or no (use TRUE/FALSE, 是/否, Y/N)"
    )
    other = tmp_path / "other.xlsx"
    excel.write_error_workbook(
        preview,
        other,
        reason=lambda p: f"[{p.code.value}] {p.params.get('value', '')}",
        severity=lambda s: s.value.upper(),
    )
    rows = list(openpyxl.load_workbook(other).active.iter_rows(values_only=True))
    assert rows[1][0] == "ERROR" and rows[1][6] == "[not_yes_or_no] 休假"


def test_the_preview_text_lists_a_few_problems_of_each_kind_and_counts_the_rest() -> None:
    preview = ImportPreview(Path("plan.xlsx"), "workbook")
    for row in range(2, 502):  # 500 rows naming a person the plan lacks
        preview.error("任务 Tasks", row, "L", "负责人工号", "342", ProblemCode.VALUE_REQUIRED)
    preview.error("人员 People", 3, "B", "工号", "", ProblemCode.DUPLICATE_ID, {"id": 7, "row": 2})
    lines = excel.preview_lines(preview, detail=3)
    problems = [line for line in lines if line.startswith("error:")]
    assert len(problems) == 4  # three of the first kind, the one of the other
    assert "  … and 497 more errors of the same kind as 任务 Tasks!L2" in lines


def test_the_preview_text_shows_codes_as_labels_and_references_by_name() -> None:
    from oa_desk.exchange.changeset import Update
    from oa_desk.exchange.spec import sheet_by_table

    spec = sheet_by_table("task")
    preview = ImportPreview(Path("plan.xlsx"), "workbook")
    table = preview.table("task", spec.title, {c.key: c for c in spec.columns})
    table.updates = [Update(3, 4, {"phase": ("prepare", "implement"), "owner_id": (2, None)})]
    lines = excel.preview_lines(preview, labels={"person": {2: "000104 黄春新"}})
    assert (
        "  ~ #3 : 阶段 Phase: Prepare → Implement; 负责人工号 Owner no.: 000104 黄春新 (#2) → "
        "(blank)" in lines
    )
