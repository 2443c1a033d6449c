"""File › Excel on real plans: mapping, preview, import with undo, cancel, refusals, exports."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QPushButton

from oa_desk.domain.changes import ChangeKind
from oa_desk.exchange.changeset import ImportPreview
from oa_desk.exchange.mapping import ImportKind
from oa_desk.gui.excel.actions import ExcelActions, OpenedFile, find
from oa_desk.gui.excel.mapping_dialog import MappingDialog
from oa_desk.gui.excel.models import ChangesModel
from oa_desk.gui.excel.preview_dialog import PreviewDialog
from oa_desk.gui.jobs import ProgressDialog
from oa_desk.gui.main_window import MainWindow
from oa_desk.services import excel
from oa_desk.store.planfile import create_plan, open_plan
from tests.gui.conftest import MessageBoxes
from tests.unit.excel_fixtures import dump_plan, make_plan

HEADERS = ["序号", "员工编号", "姓 名", "所属部门", "岗位", "手机号码", "入职日期", "状态"]


def _roster(path: Path, rows: list[list[Any]], *, title: bool = True) -> Path:
    """A roster as HR sends it: a merged title row, a note, a blank row, then headers."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "花名册"
    if title:
        ws["A1"] = "2026年3月 员工花名册"
        ws.merge_cells("A1:H1")
        ws["A2"] = "制表：人事部"
        ws.append([])
    ws.append(HEADERS)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _people(n: int, start: int = 1000) -> list[list[Any]]:
    return [
        [
            i,
            f"{start + i:05d}",
            f"员工{i}",
            "总部/市场部",
            "专员",
            f"1390000{i:04d}",
            "2021/7/1",
            "在职",
        ]
        for i in range(n)
    ]


@pytest.fixture
def plan(window: MainWindow, tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "计划.oadesk"
    make_plan(path).close()
    assert window.open_path(path)
    assert window.doc is not None
    window.doc.store.wait_ready()
    yield path


@pytest.fixture
def acts(window: MainWindow) -> ExcelActions:
    found = find(window)
    assert found is not None
    return found


def _dump(window: MainWindow) -> dict[str, list[tuple[Any, ...]]]:
    assert window.doc is not None
    return dump_plan(window.doc.store)


def _accept_dialogs(monkeypatch: pytest.MonkeyPatch, seen: list[QDialog]) -> None:
    """Mapping and preview dialogs accept at once (after the test looked at them)."""

    def accept(self: QDialog) -> int:
        seen.append(self)
        self.accept()
        return int(self.result())

    monkeypatch.setattr(MappingDialog, "exec", accept)
    monkeypatch.setattr(PreviewDialog, "exec", accept)


# -- the menu ---------------------------------------------------------------------------


def test_excel_menu_is_under_file_and_follows_the_plan(
    window: MainWindow, acts: ExcelActions, tmp_path: Path
) -> None:
    assert acts.menu.menuAction() in window.menu_file.actions()
    assert [a.text() for a in acts.menu.actions() if not a.isSeparator()] == [
        "&Import from Excel/CSV…",
        "&Export Plan Workbook…",
        "Weekly &Report…",
        "Blank &Template…",
    ]
    assert not acts.act_import.isEnabled()
    assert not acts.act_export.isEnabled()
    assert acts.act_template.isEnabled()  # a template needs no plan
    path = tmp_path / "p.oadesk"
    make_plan(path).close()
    assert window.open_path(path, read_only=True)
    assert not acts.act_import.isEnabled()  # nothing can be written to a read-only plan
    assert acts.act_export.isEnabled() and acts.act_report.isEnabled()
    assert window.open_path(path)
    assert acts.act_import.isEnabled()


def test_opening_the_main_window_loads_no_spreadsheet_library(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from oa_desk.gui.app import build_window, make_app\n"
        "app = make_app()\n"
        "w = build_window()\n"
        "w.show()\n"
        "app.processEvents()\n"
        "heavy = ('openpyxl', 'python_calamine', 'numpy', 'matplotlib')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n"
    )
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        OA_DESK_SETTINGS_FILE=str(tmp_path / "s.ini"),
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "[]"


# -- the mapping dialog -----------------------------------------------------------------


def test_mapping_dialog_proposes_columns_for_a_chinese_roster_with_a_title_row(
    plan: Path, acts: ExcelActions, tmp_path: Path, qtmodeltester: Any
) -> None:
    path = _roster(tmp_path / "花名册.xlsx", _people(3))
    opened = acts.open_file(path)
    assert opened is not None and not opened.plan_workbook
    dialog = acts.mapping_dialog(opened, ImportKind.PEOPLE)
    mapping = dialog.mapping()
    assert mapping.header_row == 4  # below the merged title, the note and a blank row
    assert {k: mapping.letter(k) for k in mapping.columns} == {
        "employee_no": "B",
        "name": "C",
        "department": "D",
        "title": "E",
        "phone": "F",
        "active": "H",
    }
    assert dialog._ui.headerSpin.value() == 4
    assert "4" in dialog._ui.detectedLabel.text()
    combo = dialog._combos["employee_no"]
    assert combo.currentText() == "B — 员工编号"
    assert dialog._combos["email"].currentData() == -1
    assert dialog._next.isEnabled() and dialog.problem() == ""
    sample = dialog._sample
    qtmodeltester.check(sample)
    assert sample.headerData(3, Qt.Orientation.Vertical) == "4 (headers)"
    assert sample.headerData(1, Qt.Orientation.Horizontal) == "B\n工号 Employee no."
    assert sample.data(sample.index(4, 2)) == "员工0"


def test_a_missing_required_field_blocks_next(
    plan: Path, acts: ExcelActions, tmp_path: Path
) -> None:
    opened = acts.open_file(_roster(tmp_path / "r.xlsx", _people(2)))
    assert opened is not None
    dialog = acts.mapping_dialog(opened, ImportKind.PEOPLE)
    dialog.set_column("name", -1)
    assert not dialog._next.isEnabled()
    assert "姓名 Name" in dialog._ui.problemLabel.text()
    assert not dialog._ui.problemLabel.isHidden()
    dialog.accept()  # Enter on a disabled Next must not get through either
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.set_column("name", 2)
    assert dialog._next.isEnabled() and dialog._ui.problemLabel.isHidden()


def test_the_mapping_dialog_can_leave_invalid_rows_out(
    plan: Path, acts: ExcelActions, tmp_path: Path
) -> None:
    opened = acts.open_file(_roster(tmp_path / "r.xlsx", _people(2)))
    assert opened is not None
    dialog = acts.mapping_dialog(opened, ImportKind.PEOPLE)
    assert dialog.mapping().skip_invalid is False
    assert not dialog._skip.isHidden() and dialog._skip.text()
    dialog._skip.click()
    assert dialog.mapping().skip_invalid is True
    assert dialog._mapping.skip_invalid is False  # the remembered layout does not keep it


def test_choosing_another_header_row_maps_from_that_row(
    plan: Path, acts: ExcelActions, tmp_path: Path
) -> None:
    opened = acts.open_file(_roster(tmp_path / "r.xlsx", _people(2)))
    assert opened is not None
    dialog = acts.mapping_dialog(opened, ImportKind.PEOPLE)
    dialog._ui.headerSpin.setValue(2)  # "制表：人事部" names no field
    assert dialog.mapping().header_row == 2 and not dialog.mapping().columns
    assert not dialog._next.isEnabled()
    dialog._ui.headerSpin.setValue(4)
    assert dialog.mapping().letter("employee_no") == "B" and dialog._next.isEnabled()


def test_a_confirmed_mapping_is_remembered_for_the_layout(
    window: MainWindow, plan: Path, acts: ExcelActions, tmp_path: Path
) -> None:
    opened = acts.open_file(_roster(tmp_path / "一月.xlsx", _people(2)))
    assert opened is not None
    dialog = acts.mapping_dialog(opened, ImportKind.PEOPLE)
    assert not dialog.restored() and dialog._ui.restoredLabel.isHidden()
    dialog.set_column("title", -1)  # the user does not want titles
    dialog.set_column("email", 6)  # and (oddly) puts column G in the email field
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert window.settings.excel_import_kind == "people"
    # Next month's file: same headers, other rows.
    again = acts.open_file(_roster(tmp_path / "二月.xlsx", _people(5, start=2000)))
    assert again is not None
    second = acts.mapping_dialog(again)  # the kind comes back too
    assert second.kind() is ImportKind.PEOPLE
    assert second.restored() and not second._ui.restoredLabel.isHidden()
    assert "title" not in second.mapping().columns
    assert second.mapping().letter("email") == "G"
    assert second._combos["title"].currentData() == -1


# -- the preview dialog -------------------------------------------------------------------


def _preview(acts: ExcelActions, opened: OpenedFile) -> ImportPreview:
    mapping = excel.propose_foreign_mapping(opened.sheets, "people")
    preview = acts.preview_foreign(opened, mapping)
    assert preview is not None
    return preview


def test_preview_dialog_lists_additions_changes_and_errors(
    plan: Path, acts: ExcelActions, tmp_path: Path, qtmodeltester: Any
) -> None:
    rows = [
        [1, "00123", "张三", "总部/财务部/会计科", "会计主管", "13800000000", "", "在职"],
        [2, "00300", "新人", "总部/法务部", "专员", "", "", "在职"],
        [3, "00301", "错误", "总部", "", "", "", "休假"],
    ]
    opened = acts.open_file(_roster(tmp_path / "r.xlsx", rows))
    assert opened is not None
    preview = _preview(acts, opened)
    dialog = acts.preview_dialog(preview)
    for model in (dialog.counts, dialog.changes, dialog.problems):
        qtmodeltester.check(model)
    counts = {
        dialog.counts.data(dialog.counts.index(r, 0)): [
            dialog.counts.data(dialog.counts.index(r, c)) for c in range(1, 5)
        ]
        for r in range(dialog.counts.rowCount())
    }
    assert counts["人员 People"] == ["1", "1", "0", "0"]
    assert counts["部门 Departments"] == ["1", "0", "0", "0"]  # 法务部 is created
    tree = dialog.changes
    people = next(
        tree.index(g, 0) for g in range(tree.rowCount()) if tree.index(g, 0).data() == "人员 People"
    )
    texts = [tree.index(r, 0, people).data() for r in range(tree.rowCount(people))]
    assert texts == ["Add: 00300 新人", "Change: 00123 张三"]
    change = tree.index(1, 0, people)
    assert tree.rowCount(change) == 1
    field = [tree.index(0, c, change).data() for c in range(4)]
    assert field == ["职务 Title", "", "会计", "会计主管"]
    assert tree.index(1, 2, people).data() == "职务 Title: 会计"  # one field: shown inline
    problems = dialog.problems
    assert problems.rowCount() == 1
    row = [problems.index(0, c).data() for c in range(problems.columnCount())]
    assert row[:6] == ["Error", "花名册", "7", "H", "状态", "休假"]
    assert "yes or no" in row[6]
    assert not problems.index(0, 0).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert not dialog._import.isEnabled()
    assert "error" in dialog._ui.statusLabel.text()
    assert dialog._ui.exportErrorsButton.isEnabled()
    assert dialog._ui.tabs.currentIndex() == 1  # the problems are shown first
    assert dialog._ui.deleteMissingCheck.isHidden()  # only for plan workbooks


def test_change_tree_fetches_large_sheets_in_batches(qtmodeltester: Any) -> None:
    from oa_desk.exchange.changeset import Insert, NewRow
    from oa_desk.exchange.spec import sheet_by_table

    spec = sheet_by_table("person")
    preview = ImportPreview(Path("big.xlsx"), "people")
    table = preview.table("person", spec.title, {c.key: c for c in spec.columns})
    table.inserts = [
        Insert(i + 2, {"employee_no": f"{i:05d}"}, NewRow("person"), f"{i:05d}")
        for i in range(1200)
    ]
    model = ChangesModel()
    model.set_preview(preview)
    group = model.index(0, 0)
    assert model.rowCount(group) == ChangesModel.BATCH
    assert model.canFetchMore(group)
    model.fetchMore(group)
    assert model.rowCount(group) == 2 * ChangesModel.BATCH
    model.fetchMore(group)
    assert model.rowCount(group) == 1200 and not model.canFetchMore(group)
    assert model.index(1199, 0, group).data() == "Add: 01199"
    assert model.index(0, 0, group).parent() == group
    qtmodeltester.check(model)


@pytest.mark.parametrize(
    ("language", "before", "after"), [("zh_CN", "准备", "实施"), ("en", "Prepare", "Implement")]
)
def test_a_changed_code_shows_as_its_label_in_the_users_language(
    language: str, before: str, after: str
) -> None:
    from PySide6.QtCore import QLocale

    from oa_desk.exchange.changeset import Update
    from oa_desk.exchange.spec import sheet_by_table

    spec = sheet_by_table("task")
    preview = ImportPreview(Path("plan.xlsx"), "workbook")
    table = preview.table("task", spec.title, {c.key: c for c in spec.columns})
    table.updates = [Update(3, 4, {"phase": ("prepare", "implement")}, "需求调研")]
    model = ChangesModel()
    model.set_preview(preview)
    default = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        field = model.index(0, 0, model.index(0, 0, model.index(0, 0)))
        row = [
            model.index(field.row(), col, field.parent()).data()
            for col in (ChangesModel.Col.BEFORE, ChangesModel.Col.AFTER)
        ]
    finally:
        QLocale.setDefault(default)
    assert row == [before, after]


# -- importing ------------------------------------------------------------------------------


def test_import_writes_the_plan_and_undo_takes_it_back(
    window: MainWindow,
    plan: Path,
    acts: ExcelActions,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _roster(tmp_path / "花名册.xlsx", _people(3))
    before = _dump(window)
    seen: list[QDialog] = []
    _accept_dialogs(monkeypatch, seen)
    changed: list[Any] = []
    assert window.doc is not None
    window.doc.changed.connect(changed.append)
    assert acts.import_path(path)
    assert [type(d) for d in seen] == [MappingDialog, PreviewDialog]
    after = _dump(window)
    names = {r[2] for r in after["person"]}
    assert {"员工0", "员工1", "员工2"} <= names
    assert len(after["person"]) == len(before["person"]) + 3
    assert changed and changed[-1].touches(ChangeKind.PERSON)  # views were told
    assert window.statusBar().currentMessage().startswith("3 people imported from 花名册.xlsx")
    assert window.act_undo.isEnabled()
    assert "Import 花名册.xlsx" in window.act_undo.text()
    window.act_undo.trigger()
    assert _dump(window) == before
    window.act_redo.trigger()
    assert _dump(window) == after
    window.act_undo.trigger()
    assert _dump(window) == before
    from oa_desk.store.snapshots import list_snapshots

    reasons = {s.reason for s in list_snapshots(plan)}
    assert "before-import" in reasons  # also reachable from File › Restore from Snapshot


def test_a_plan_workbook_goes_straight_to_the_preview_and_can_delete_missing_rows(
    window: MainWindow,
    plan: Path,
    acts: ExcelActions,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: MessageBoxes,
) -> None:
    exported = tmp_path / "plan.xlsx"
    assert acts.export_workbook(exported)
    wb = openpyxl.load_workbook(exported)
    risks = wb["风险 Risks"]
    risks.delete_rows(risks.max_row)  # a risk that is gone
    wb["人员 People"]["C2"] = "张三丰"
    wb.save(exported)
    before = _dump(window)
    shown: list[PreviewDialog] = []

    def look(self: PreviewDialog) -> int:
        shown.append(self)
        assert not self._ui.deleteMissingCheck.isHidden()
        assert self.preview.deleted == 0 and self.preview.missing == 1
        self._ui.deleteMissingCheck.setChecked(True)  # re-previews on a worker thread
        assert self.preview.deleted == 1
        self.accept()
        return int(self.result())

    monkeypatch.setattr(PreviewDialog, "exec", look)
    monkeypatch.setattr(
        MappingDialog, "exec", lambda self: pytest.fail("a plan workbook needs no mapping")
    )
    assert acts.import_path(exported)
    assert shown and not message_boxes.shown
    after = _dump(window)
    assert len(after["risk"]) == len(before["risk"]) - 1
    assert "张三丰" in {r[2] for r in after["person"]}


def test_a_plan_workbook_seeds_a_new_empty_plan_and_undo_empties_it(
    window: MainWindow,
    plan: Path,
    acts: ExcelActions,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: MessageBoxes,
) -> None:
    exported = tmp_path / "plan.xlsx"
    assert acts.export_workbook(exported)
    source = _dump(window)
    empty = tmp_path / "新计划.oadesk"
    create_plan(empty, name="新计划", start=dt.date(2026, 1, 5))
    assert window.open_path(empty)
    assert window.doc is not None
    window.doc.store.wait_ready()
    before = _dump(window)
    seen: list[QDialog] = []
    _accept_dialogs(monkeypatch, seen)
    assert acts.import_path(exported)
    assert [type(d) for d in seen] == [PreviewDialog] and not message_boxes.shown
    after = _dump(window)
    for table in ("task", "person", "department", "risk", "ticket"):
        assert len(after[table]) == len(source[table]) > 0, table
    assert {r[2] for r in after["person"]} == {r[2] for r in source["person"]}
    window.act_undo.trigger()
    assert _dump(window) == before


def test_cancelling_the_import_leaves_the_plan_unchanged(
    window: MainWindow,
    plan: Path,
    acts: ExcelActions,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
) -> None:
    import oa_desk.services.excel as service

    opened = acts.open_file(_roster(tmp_path / "r.xlsx", _people(2000)))
    assert opened is not None
    preview = _preview(acts, opened)
    before = _dump(window)
    written = threading.Event()
    go_on = threading.Event()
    real = service.apply_preview

    def write_then_wait(conn: Any, p: ImportPreview, job: Any) -> Any:
        changes = real(conn, p, job)  # every row is in the open transaction now
        written.set()
        go_on.wait(10)  # while the user presses Cancel
        return changes

    monkeypatch.setattr(service, "apply_preview", write_then_wait)

    def press_cancel(dialog: ProgressDialog, job: Any) -> None:
        assert written.wait(10)
        button = dialog.findChild(QPushButton)
        assert button is not None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert job.cancelled
        go_on.set()

    acts.on_progress_dialog = press_cancel
    assert not acts.apply(preview)
    acts.on_progress_dialog = None
    assert _dump(window) == before
    assert window.statusBar().currentMessage() == "Cancelled: nothing was changed."
    assert window.doc is not None and not window.doc.undo_stack.canUndo()
    assert acts.act_import.isEnabled()  # the next job may start


def test_cancelling_a_read_stops_the_import_and_the_window_cannot_close_meanwhile(
    window: MainWindow, plan: Path, acts: ExcelActions, tmp_path: Path, qtbot: Any
) -> None:
    path = _roster(tmp_path / "r.xlsx", _people(50))
    before = _dump(window)
    closed: list[bool] = []

    def cancel_at_once(dialog: ProgressDialog, job: Any) -> None:
        closed.append(window.close())  # refused while the plan is in use by the job
        button = dialog.findChild(QPushButton)
        assert button is not None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    acts.on_progress_dialog = cancel_at_once
    assert not acts.import_path(path)  # even if the read had finished: the user said stop
    acts.on_progress_dialog = None
    assert closed == [False] and window.isVisible() and window.doc is not None
    assert window.statusBar().currentMessage() == "Cancelled: nothing was changed."
    assert _dump(window) == before


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("locked.xlsx", b"ole:EncryptedPackage", "protected by a password"),
        ("old.xls", b"ole:Workbook", "Excel 97-2003"),
        ("page.xlsx", b"<html><body><table></table></body></html>", "web page"),
        ("photo.xlsx", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "not a spreadsheet"),
        ("empty.csv", b"", "is empty"),
        ("bomb.xlsx", b"zip-bomb", "Real workbooks never"),
    ],
)
def test_a_refused_file_is_explained_and_changes_nothing(
    window: MainWindow,
    plan: Path,
    acts: ExcelActions,
    tmp_path: Path,
    message_boxes: MessageBoxes,
    name: str,
    content: bytes,
    expected: str,
) -> None:
    import zipfile

    path = tmp_path / name
    if content.startswith(b"ole:"):
        stream = content[4:].decode()
        body = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024
        path.write_bytes(body + stream.encode("utf-16-le") + b"\x00" * 4096)
    elif content == b"zip-bomb":
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
            z.writestr("[Content_Types].xml", "<Types/>")
            z.writestr("xl/workbook.xml", "<workbook/>")
            z.writestr("xl/worksheets/sheet1.xml", b" " * (64 * 1024 * 1024))
    else:
        path.write_bytes(content)
    before = _dump(window)
    assert not acts.import_path(path)
    assert _dump(window) == before
    (kind, text) = message_boxes.shown[-1]
    assert kind == "warning"
    assert name in text and expected in text


def test_refusals_are_translated(
    window: MainWindow,
    plan: Path,
    acts: ExcelActions,
    tmp_path: Path,
    message_boxes: MessageBoxes,
    qtbot: Any,
) -> None:
    path = tmp_path / "旧表.xls"
    body = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024
    path.write_bytes(body + "Workbook".encode("utf-16-le") + b"\x00" * 4096)
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: acts.menu.title() == "E&xcel 表格")
    assert acts.act_import.text() == "从 Excel/CSV 导入(&I)…"
    assert not acts.import_path(path)
    text = message_boxes.shown[-1][1]
    assert "旧表.xls" in text and "97-2003" in text and "另存为" in text


# -- exports ------------------------------------------------------------------------------------


def test_export_report_and_template_write_files_and_offer_to_open_them(
    window: MainWindow, plan: Path, acts: ExcelActions, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "plan.xlsx"
    assert acts.export_workbook(target)
    assert target.exists()
    assert acts.notice is not None and acts.notice.path == target
    assert "plan.xlsx" in acts.notice.label.text()
    assert "rows" in acts.notice.label.text()
    assert acts.notice.open_button.isVisibleTo(window)
    report = tmp_path / "report.xlsx"
    assert acts.weekly_report(report)
    assert "摘要" in " ".join(openpyxl.load_workbook(report, read_only=True).sheetnames) or (
        len(openpyxl.load_workbook(report, read_only=True).sheetnames) > 1
    )
    template = tmp_path / "template.xlsx"
    assert acts.blank_template(template, ["person", "department"])
    assert openpyxl.load_workbook(template).sheetnames == ["人员 People", "部门 Departments"]
    assert acts.notice is not None and acts.notice.path == template
    window.show_status("something else")
    assert acts.notice is None  # a newer message replaces the notice


def test_export_suggests_a_name_with_the_plan_and_date(
    window: MainWindow, plan: Path, acts: ExcelActions, tmp_path: Path
) -> None:
    import datetime as dt

    asked: list[Path] = []

    def pick(_title: str, suggestion: Path, _filter: str) -> Path | None:
        asked.append(suggestion)
        return None  # the user cancels the file dialog

    acts.pick_save_file = pick
    assert not acts.export_workbook()
    assert asked[0].name == f"集团OA推广 =rollout {dt.date.today()}.xlsx"
    assert not acts.weekly_report()
    assert "weekly report" in asked[1].name and asked[1].suffix == ".xlsx"


def test_export_problems_writes_the_error_workbook(
    plan: Path, acts: ExcelActions, tmp_path: Path
) -> None:
    rows = [[1, "00400", "某人", "总部", "", "", "", "休假"]]
    opened = acts.open_file(_roster(tmp_path / "r.xlsx", rows))
    assert opened is not None
    preview = _preview(acts, opened)
    dialog = acts.preview_dialog(preview)
    target = tmp_path / "problems.xlsx"
    acts.pick_save_file = lambda _t, _s, _f: target
    dialog._ui.exportErrorsButton.click()
    book = openpyxl.load_workbook(target)
    values = list(book.active.iter_rows(values_only=True))
    assert values[0][0] == "级别 Severity" and values[1][5] == "休假"


def test_reading_a_plan_read_only_refuses_import(
    window: MainWindow, acts: ExcelActions, tmp_path: Path
) -> None:
    path = tmp_path / "p.oadesk"
    make_plan(path).close()
    window.open_path(path, read_only=True)
    assert not acts.import_path(_roster(tmp_path / "r.xlsx", _people(1)))
    with open_plan(path, read_only=True) as store:
        assert not any(r[2] == "员工0" for r in dump_plan(store)["person"])


def test_index_of_a_field_has_the_row_as_parent(plan: Path) -> None:
    # A guard for the id encoding of the change tree's third level.
    from oa_desk.exchange.changeset import Update
    from oa_desk.exchange.spec import sheet_by_table

    spec = sheet_by_table("person")
    preview = ImportPreview(Path("x.xlsx"), "people")
    table = preview.table("person", spec.title, {c.key: c for c in spec.columns})
    table.updates = [Update(7, 3, {"title": ("a", "b"), "email": ("", "x@y")}, "E7")]
    model = ChangesModel()
    model.set_preview(preview)
    row = model.index(0, 0, model.index(0, 0))
    field = model.index(1, 3, row)
    assert field.parent() == row
    assert field.data() == "x@y"
    assert model.index(0, 2, row).data() == "a"
    assert model.parent(QModelIndex()) == QModelIndex()
