"""Import problems in the user's language: the preview, its notes and the error workbook."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt

from oa_desk.exchange.changeset import ImportPreview, Note, Problem
from oa_desk.exchange.problems import ENGLISH, ProblemCode, param_names
from oa_desk.gui.excel import texts
from oa_desk.gui.excel.actions import ExcelActions, find
from oa_desk.gui.excel.preview_dialog import PreviewDialog
from oa_desk.gui.main_window import MainWindow
from oa_desk.services import excel
from tests.unit.excel_fixtures import make_plan


def _language(window: MainWindow, qtbot: Any, language: str) -> None:
    window.set_language(language)
    title = "文件(&F)" if language == "zh_CN" else "&File"
    qtbot.waitUntil(lambda: window.menu_file.title() == title)  # LanguageChange is posted


@pytest.fixture
def acts(window: MainWindow, tmp_path: Path) -> Iterator[ExcelActions]:
    path = tmp_path / "计划.oadesk"
    make_plan(path).close()
    assert window.open_path(path)
    assert window.doc is not None
    window.doc.store.wait_ready()
    found = find(window)
    assert found is not None
    yield found


def _sheet(path: Path, title: str, headers: list[str], rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _preview(acts: ExcelActions, path: Path, kind: str) -> ImportPreview:
    opened = acts.open_file(path)
    assert opened is not None
    mapping = excel.propose_foreign_mapping(opened.sheets, kind)
    preview = acts.preview_foreign(opened, mapping)
    assert preview is not None
    return preview


def _reasons(dialog: PreviewDialog) -> dict[str, str]:
    """Cell ("A2") -> the reason the problems table shows for it."""
    model = dialog.problems
    col = model.Col
    out = {}
    for row in range(model.rowCount()):
        cell = model.index(row, col.COLUMN).data() + model.index(row, col.ROW).data()
        out[cell] = model.index(row, col.REASON).data()
    return out


def test_the_gui_table_has_every_code_in_the_same_english(window: MainWindow, qtbot: Any) -> None:
    _language(window, qtbot, "en")
    templates = texts.problem_templates()
    assert set(templates) == set(ProblemCode)
    for code, text in templates.items():
        assert text == ENGLISH[code], code  # the same sentence as the command line's


def test_the_chinese_table_keeps_every_parameter(window: MainWindow, qtbot: Any) -> None:
    _language(window, qtbot, "zh_CN")
    templates = texts.problem_templates()
    for code, text in templates.items():
        assert text != ENGLISH[code], f"{code} is not translated"
        assert set(re.findall(r"\{(\w+)\}", text)) == param_names(code), code
        params = {name: f"<{name}>" for name in param_names(code)}
        shown = texts.say(code, params, templates)
        assert all(f"<{name}>" in shown for name in params) and "{" not in shown


def test_not_one_of_lists_labels_in_the_window_language(window: MainWindow, qtbot: Any) -> None:
    params = {"value": "Boss", "choices": "leadership, key_user, end_user"}
    _language(window, qtbot, "zh_CN")
    assert (
        texts.say(ProblemCode.NOT_ONE_OF, params)
        == "“Boss”不在可选值中：领导层, 关键用户, 普通用户"
    )
    _language(window, qtbot, "en")
    shown = texts.say(ProblemCode.NOT_ONE_OF, params)
    assert shown == "'Boss' is not one of: Leadership, Key user, End user"


def test_preview_shows_chinese_reasons(
    window: MainWindow, acts: ExcelActions, qtbot: Any, tmp_path: Path
) -> None:
    _language(window, qtbot, "zh_CN")
    roster = _sheet(
        tmp_path / "花名册.xlsx",
        "花名册",
        ["员工编号", "姓名", "所属部门", "状态"],
        [["", "无工号", "总部", "在职"], ["00500", "某人", "总部", "休假"]],
    )
    dialog = acts.preview_dialog(_preview(acts, roster, "people"))
    reasons = _reasons(dialog)
    assert reasons == {
        "A2": "此项必填",
        "D3": "“休假”不是“是”或“否”（可填 TRUE/FALSE、是/否、Y/N）",
    }
    model = dialog.problems
    assert model.index(0, model.Col.SEVERITY).data() == "错误"
    assert model.index(1, model.Col.REASON).data(Qt.ItemDataRole.ToolTipRole) == reasons["D3"]
    assert "错误" in dialog._ui.statusLabel.text()
    adoption = _sheet(
        tmp_path / "活跃度.xlsx",
        "OA活跃度",  # not a sheet name of the plan workbook
        ["部门", "日期", "活跃用户"],
        [["总部", "下周一", 12], ["总部", "2026-02-30", 12]],
    )
    dialog = acts.preview_dialog(_preview(acts, adoption, "adoption"))
    assert _reasons(dialog) == {
        "B2": "“下周一”不是日期（可写作 2026-03-05、2026/3/5、2026.3.5 或 2026年3月5日）",
        "B3": "“2026-02-30”不是存在的日期",
    }


def test_reasons_and_notes_follow_a_language_switch(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    _language(window, qtbot, "en")
    preview = ImportPreview(tmp_path / "plan.xlsx", texts.WORKBOOK)
    preview.problems.append(
        Problem("人员 People", 3, "A", "编号 ID", "999", ProblemCode.ID_NOT_IN_PLAN, {"id": "999"})
    )
    preview.notes.append(Note(ProblemCode.NOTE_SHEET_NOT_IN_FILE, {"sheet": "任务 Tasks"}))
    dialog = PreviewDialog(preview, parent=window)
    qtbot.addWidget(dialog)
    reason = dialog.problems.index(0, dialog.problems.Col.REASON)
    assert reason.data() == "no row with ID 999 in the plan; clear the ID to add it as new"
    assert dialog._ui.notesText.toPlainText() == "任务 Tasks: not in the file, left unchanged."
    _language(window, qtbot, "zh_CN")
    qtbot.waitUntil(
        lambda: reason.data() == "计划中没有 ID 为 999 的行；如要作为新行添加，请清空 ID"
    )
    assert dialog._ui.notesText.toPlainText() == "任务 Tasks：文件中没有此工作表，保持不变。"


def test_error_workbook_from_the_gui_is_in_the_users_language(
    window: MainWindow, acts: ExcelActions, qtbot: Any, tmp_path: Path
) -> None:
    _language(window, qtbot, "zh_CN")
    roster = _sheet(
        tmp_path / "r.xlsx", "花名册", ["员工编号", "姓名", "状态"], [["00500", "某人", "休假"]]
    )
    preview = _preview(acts, roster, "people")
    target = tmp_path / "问题.xlsx"
    assert acts.export_problems(preview, target)
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert rows[1][0] == "错误"
    assert rows[1][6] == "“休假”不是“是”或“否”（可填 TRUE/FALSE、是/否、Y/N）"
