"""The main window on real plans: open, edit with undo, refuse damage, switch language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from oa_desk.gui.main_window import MainWindow
from oa_desk.services.demo import generate_demo
from oa_desk.store import models as m
from oa_desk.store.planfile import create_plan, open_plan
from tests.gui.conftest import MessageBoxes


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.oadesk"
    generate_demo(path, seed=3, today=dt.date(2026, 6, 8))
    return path


@pytest.fixture
def demo(demo_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "示例.oadesk"
    path.write_bytes(demo_master.read_bytes())
    return path


def _stored_name(path: Path) -> str:
    with open_plan(path, read_only=True) as store, store.read() as s:
        return s.get_one(m.Plan, 1).name


def test_window_opens_on_demo_plan_and_shows_its_name(window: MainWindow, demo: Path) -> None:
    assert window.open_path(demo)
    name = _stored_name(demo)
    ui = window.page("overview").form
    assert ui.titleLabel.text() == name
    assert ui.nameEdit.text() == name
    assert name in window.windowTitle()
    assert int(ui.departmentsValue.text().replace(",", "")) >= 10
    assert int(ui.peopleValue.text().replace(",", "")) >= 500
    assert str(demo) in window.path_label.text()
    assert not window.read_only_badge.isVisible()


def test_editing_plan_name_is_undoable(window: MainWindow, demo: Path, qtbot: Any) -> None:
    window.open_path(demo)
    original = _stored_name(demo)
    edit = window.page("overview").form.nameEdit
    edit.setFocus()
    edit.selectAll()
    edit.insert("华东区 OA 推广")  # what an input method commits; QTest types ASCII only
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.doc is not None
    window.doc.store.wait_ready()
    with window.doc.store.read() as s:
        assert s.get_one(m.Plan, 1).name == "华东区 OA 推广"
    assert window.page("overview").form.titleLabel.text() == "华东区 OA 推广"
    assert "华东区 OA 推广" in window.windowTitle()
    assert window.act_undo.isEnabled()
    window.act_undo.trigger()
    with window.doc.store.read() as s:
        assert s.get_one(m.Plan, 1).name == original
    assert edit.text() == original
    assert window.page("overview").form.titleLabel.text() == original
    window.act_redo.trigger()
    with window.doc.store.read() as s:
        assert s.get_one(m.Plan, 1).name == "华东区 OA 推广"


def test_empty_name_is_refused_and_nothing_changes(
    window: MainWindow, demo: Path, qtbot: Any, message_boxes: MessageBoxes
) -> None:
    window.open_path(demo)
    original = _stored_name(demo)
    edit = window.page("overview").form.nameEdit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert message_boxes.shown and "empty" in message_boxes.shown[-1][1]
    assert _stored_name(demo) == original
    assert edit.text() == original
    assert window.doc is not None and window.doc.undo_stack.count() == 0


def test_go_live_date_edit_is_undoable(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "p.oadesk"
    create_plan(path, name="日期", go_live=dt.date(2027, 3, 1))
    window.open_path(path)
    date_edit = window.page("overview").form.goLiveEdit
    date_edit.setDate(date_edit.date().addDays(14))
    date_edit.editingFinished.emit()
    assert window.doc is not None
    with window.doc.store.read() as s:
        assert s.get_one(m.Plan, 1).target_go_live == dt.date(2027, 3, 15)
    window.doc.undo_stack.undo()
    with window.doc.store.read() as s:
        assert s.get_one(m.Plan, 1).target_go_live == dt.date(2027, 3, 1)


def test_damaged_file_shows_error_and_keeps_previous_plan(
    window: MainWindow, demo: Path, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    assert window.open_path(demo)
    damaged = tmp_path / "坏文件.oadesk"
    data = bytearray(demo.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 8192] = b"\x00\xff" * 4096
    damaged.write_bytes(bytes(data))
    before = damaged.read_bytes()
    assert not window.open_path(damaged)
    assert message_boxes.shown, "no error was shown"
    kind, text = message_boxes.shown[-1]
    assert kind == "warning" and str(damaged) in text
    assert window.doc is not None and window.doc.store.path == demo
    assert window.page("overview").form.titleLabel.text() == _stored_name(demo)
    assert damaged.read_bytes() == before


def test_text_file_is_refused_with_a_message(
    window: MainWindow, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    path = tmp_path / "readme.oadesk"
    path.write_text("hello", encoding="utf-8")
    assert not window.open_path(path)
    assert "not an OA Desk plan" in message_boxes.shown[-1][1]
    assert window.doc is None


def test_language_switch_retranslates_the_window(
    window: MainWindow, demo: Path, qtbot: Any
) -> None:
    window.open_path(demo)
    assert window.menu_file.title() == "&File"
    assert window.sidebar.item(0).text() == "Overview"
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.menu_file.title() == "文件(&F)")  # LanguageChange is posted
    assert window.sidebar.item(0).text() == "概览"
    assert window.act_undo.text().startswith("撤销")
    assert window.page("overview").form.detailsGroup.title() == "计划信息"
    edit = window.page("overview").form.nameEdit
    edit.setText("新名称")
    edit.editingFinished.emit()
    # One word for undo: "撤销 编辑 计划名称", never Qt's own "撤消".
    assert window.act_undo.text().startswith("撤销") and "撤消" not in window.act_undo.text()
    assert "计划名称" in window.act_undo.text()
    window.act_undo.trigger()
    assert window.act_redo.text().startswith("重做")
    assert window.settings.language == "zh_CN"
    window.set_language("en")
    qtbot.waitUntil(lambda: window.menu_file.title() == "&File")
    assert window.page("overview").form.detailsGroup.title() == "Plan details"


def test_read_only_open_shows_badge_and_blocks_edits(window: MainWindow, demo: Path) -> None:
    assert window.open_path(demo, read_only=True)
    assert window.read_only_badge.isVisible()
    assert window.page("overview").form.nameEdit.isReadOnly()
    assert "[read-only]" in window.windowTitle()


def test_locked_plan_offers_read_only(
    window: MainWindow, demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    holder = open_plan(demo)
    try:
        shown: list[str] = []

        def fake_exec(box: QMessageBox) -> int:
            shown.append(box.text())
            read_only = next(b for b in box.buttons() if "Read-Only" in b.text())
            read_only.click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", fake_exec)
        assert window.open_path(demo)
        assert shown and "is open by" in shown[0]
        assert window.doc is not None and window.doc.read_only
    finally:
        holder.close()


def test_started_without_a_file_reopens_the_last_plan(window: MainWindow, demo: Path) -> None:
    from oa_desk.gui.app import build_window, open_initial
    from oa_desk.gui.settings import Settings

    window.open_path(demo)
    window.close()
    second = build_window(Settings())
    try:
        open_initial(second, None, read_only=False)
        assert second.doc is not None and second.doc.store.path == demo
    finally:
        second.close()


def test_first_run_shows_the_welcome_page(window: MainWindow) -> None:
    assert window.doc is None
    assert window.outer.currentWidget() is window.welcome


def test_english_plurals_read_naturally(window: MainWindow, tmp_path: Path) -> None:
    from oa_desk.gui.overview.model import MilestoneCol
    from oa_desk.services.plan import Milestone, Overview

    page = window.page("overview")
    overview = Overview(
        name="p", organisation="", oa_product="", vendor="", description="",
        start_date=None, target_go_live=None, departments=0, people=0, tasks=0,
        open_tickets=0, milestones_done=1,
        next_milestones=(
            Milestone(1, "a", dt.date.today() - dt.timedelta(days=1), 0),
            Milestone(2, "b", dt.date.today() + dt.timedelta(days=3), 0),
        ),
    )  # fmt: skip
    page._show_milestones(overview)
    model = page.milestones
    assert model.data(model.index(0, MilestoneCol.DUE)) == "1 day overdue"
    assert model.data(model.index(1, MilestoneCol.DUE)) == "3 days"
    assert page.form.milestonesSummary.text() == "1 milestone reached so far."


def test_opening_the_open_plan_again_keeps_it_as_it_is(
    window: MainWindow, demo: Path, message_boxes: MessageBoxes
) -> None:
    assert window.open_path(demo)
    doc = window.doc
    assert window.open_path(demo)  # e.g. from Open Recent
    assert window.doc is doc and doc is not None and not doc.read_only
    assert message_boxes.shown == []  # not "open by you (process …)"
    assert doc.store.lock is not None and doc.store.lock.is_mine()


def test_a_large_plan_whose_check_failed_before_it_was_shown_keeps_the_open_plan(
    window: MainWindow,
    demo: Path,
    tmp_path: Path,
    message_boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The race behind a flaky test: the background check can end before the
    # window shows the plan; the open plan was closed and the damaged one shown.
    from oa_desk.store import planfile
    from oa_desk.store.planfile import open_plan

    assert window.open_path(demo)
    previous = window.doc
    damaged = tmp_path / "坏的大文件.oadesk"
    data = bytearray(demo.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 8192] = b"\x00\xff" * 4096
    damaged.write_bytes(bytes(data))
    monkeypatch.setattr(planfile, "BACKGROUND_CHECK_BYTES", 0)
    store = open_plan(damaged)
    with pytest.raises(planfile.PlanFileError):
        store.wait_ready(30)
    window.set_store(store)
    assert window.doc is previous and previous is not None
    assert str(damaged) in message_boxes.shown[-1][1]
    with previous.store.write() as s:  # still open, still writable
        s.get_one(m.Plan, 1).description = "还能写"


def test_damaged_large_plan_brings_the_previous_plan_back(
    window: MainWindow,
    demo: Path,
    tmp_path: Path,
    message_boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
) -> None:
    from oa_desk.store import planfile

    assert window.open_path(demo)
    previous = window.doc
    assert previous is not None
    previous.store.wait_ready()
    damaged = tmp_path / "坏的大文件.oadesk"
    data = bytearray(demo.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 8192] = b"\x00\xff" * 4096
    damaged.write_bytes(bytes(data))
    monkeypatch.setattr(planfile, "BACKGROUND_CHECK_BYTES", 0)  # every file counts as large
    window.open_path(damaged)  # shown at once; the check runs beside the user
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=20_000)
    assert str(damaged) in message_boxes.shown[-1][1]
    assert window.doc is previous and window.doc.store.path == demo
    assert window.page("overview").form.titleLabel.text() == _stored_name(demo)
    assert window.undo_group.activeStack() is previous.undo_stack
    with previous.store.write() as s:  # still open, still writable
        s.get_one(m.Plan, 1).description = "还能写"


def test_new_plan_cannot_replace_the_open_plan(
    window: MainWindow, demo: Path, message_boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    from oa_desk.gui.dialogs import NewPlanDialog

    assert window.open_path(demo)
    name = _stored_name(demo)
    monkeypatch.setattr(NewPlanDialog, "exec", lambda self: NewPlanDialog.DialogCode.Accepted)
    monkeypatch.setattr(window.lifecycle, "_ask_save_path", lambda *a: demo)  # "replace?" said yes
    window.new_plan()
    assert message_boxes.shown and str(demo) in message_boxes.shown[-1][1]
    assert window.doc is not None and window.doc.store.path == demo
    assert _stored_name(demo) == name
