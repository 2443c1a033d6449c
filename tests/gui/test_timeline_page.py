"""The Timeline page driven as a user would: type, drag, link, indent — and undo each."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QSpinBox
from sqlalchemy import select

from oa_desk.domain.enums import ConstraintType, DependencyType, TaskKind
from oa_desk.gui.main_window import MainWindow
from oa_desk.gui.timeline.gantt import ZoomLevel
from oa_desk.gui.timeline.model import Col
from oa_desk.gui.timeline.operations import schedule_edit
from oa_desk.gui.timeline.page import TimelinePage
from oa_desk.services.demo import generate_demo
from oa_desk.store import models as m
from oa_desk.store.planfile import create_plan
from tests.pdf_text import pdf_text


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("timeline") / "demo.oadesk"
    generate_demo(path, seed=11, today=dt.date(2026, 6, 8))
    return path


@pytest.fixture
def page(window: MainWindow, demo_master: Path, tmp_path: Path, qtbot: Any) -> TimelinePage:
    path = tmp_path / "示例.oadesk"
    path.write_bytes(demo_master.read_bytes())
    assert window.open_path(path)
    window.show_page("timeline")
    qtbot.waitUntil(lambda: bool(window.page("timeline").model.timeline.rows))
    return window.page("timeline")


def _task(page: TimelinePage, task_id: int) -> Any:
    """The stored row, as plain values (sessions for reading end in a rollback)."""
    assert page.store is not None
    with page.store.read() as s:
        return s.execute(select(m.Task.__table__).where(m.Task.id == task_id)).one()


def _leaf_with_bar(page: TimelinePage, *, after: int = 0) -> int:
    """A visible, scheduled, ordinary task with no predecessors pinning it."""
    rows = page._visible
    for i, row in enumerate(rows):
        if (
            i >= after
            and row.kind == TaskKind.TASK
            and not row.has_children
            and row.start is not None
            and page.chart.bar_rect_x(row.id) is not None
        ):
            return row.id
    raise AssertionError("no draggable task in view")


def _bar_point(page: TimelinePage, task_id: int, dx: int = 0) -> QPoint:
    chart = page.chart
    i = chart.renderer.row_of[task_id]
    x0, x1 = chart.bar_rect_x(task_id) or (0, 0)
    y = chart.row_y(i) + chart.renderer.bar_top + chart.renderer.bar_height // 2
    return QPoint((x0 + x1) // 2 + dx, y)


def test_model_passes_qt_model_tester(page: TimelinePage, qtmodeltester: Any) -> None:
    qtmodeltester.check(page.model, force_py=True)


def test_rows_follow_the_wbs(page: TimelinePage) -> None:
    rows = page.model.timeline.rows
    assert rows[0].wbs == "1"
    assert page.model.rowCount() == sum(1 for r in rows if r.parent_id is None)
    assert len(page._visible) == len(rows)  # a plan this size opens fully expanded
    assert page.chart.rows()[0].task_id == rows[0].id


def test_type_a_duration_then_undo(page: TimelinePage, window: MainWindow, qtbot: Any) -> None:
    task_id = _leaf_with_bar(page)
    before = _task(page, task_id)
    index = page.model.index_of(task_id, Col.DURATION)
    page.tree.scrollTo(index)
    page.tree.setCurrentIndex(index)
    page.tree.edit(index)
    editor = page.tree.findChild(QSpinBox)
    assert isinstance(editor, QSpinBox)
    editor.selectAll()
    new = before.duration + 3
    qtbot.keyClicks(editor, str(new))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits on Return through a queued call
    qtbot.waitUntil(lambda: _task(page, task_id).duration == new)
    after = _task(page, task_id)
    assert after.duration == new
    assert after.finish is not None and before.finish is not None and after.finish > before.finish
    assert page.model.row_of(task_id).duration == new  # type: ignore[union-attr]
    window.act_undo.trigger()
    undone = _task(page, task_id)
    assert (undone.duration, undone.finish) == (before.duration, before.finish)
    assert page.model.row_of(task_id).duration == before.duration  # type: ignore[union-attr]


def test_drag_a_bar_then_undo(page: TimelinePage, window: MainWindow, qtbot: Any) -> None:
    page.chart.set_zoom(ZoomLevel.DAYS)
    task_id = _leaf_with_bar(page)
    page.chart.scroll_to_date(_task(page, task_id).start)  # type: ignore[arg-type]
    before = _task(page, task_id)
    start = _bar_point(page, task_id)
    end = QPoint(start.x() + int(page.chart.px_per_day() * 10), start.y())
    vp = page.chart.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    qtbot.mouseMove(vp, QPoint((start.x() + end.x()) // 2, start.y()))
    qtbot.mouseMove(vp, end)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    moved = _task(page, task_id)
    assert moved.constraint_type == ConstraintType.SNET
    assert moved.start is not None and before.start is not None and moved.start > before.start
    assert moved.duration == before.duration
    assert window.doc is not None and window.doc.undo_stack.count() == 1  # one gesture, one step
    window.act_undo.trigger()
    undone = _task(page, task_id)
    assert (undone.start, undone.constraint_type) == (before.start, before.constraint_type)


def test_link_by_dragging_then_undo(page: TimelinePage, window: MainWindow, qtbot: Any) -> None:
    page.chart.set_zoom(ZoomLevel.MONTHS)
    assert page.store is not None
    with page.store.read() as s:
        linked = {
            tuple(r)
            for r in s.execute(select(m.Dependency.predecessor_id, m.Dependency.successor_id))
        }
    candidates = [
        r.id
        for r in page._visible
        if r.kind == TaskKind.TASK and not r.has_children and page.chart.bar_rect_x(r.id)
    ]
    pair = next(
        (a, b)
        for a in candidates
        for b in candidates
        if a != b
        and (a, b) not in linked
        and (b, a) not in linked
        and page.model.row_of(a).parent_id == page.model.row_of(b).parent_id  # type: ignore[union-attr]
        and page.model.row_of(a).finish < page.model.row_of(b).start  # type: ignore[union-attr, operator]
    )
    a, b = pair
    start, end = _bar_point(page, a), _bar_point(page, b)
    vp = page.chart.viewport()
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, ctrl, start)
    qtbot.mouseMove(vp, QPoint(start.x(), (start.y() + end.y()) // 2))
    qtbot.mouseMove(vp, end)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, ctrl, end)
    with page.store.read() as s:
        link = s.execute(
            select(m.Dependency.type).where(
                m.Dependency.predecessor_id == a, m.Dependency.successor_id == b
            )
        ).scalar()
    assert link == DependencyType.FS
    assert str(a) in (page.model.row_of(b).predecessors or "")  # type: ignore[union-attr]
    window.act_undo.trigger()
    with page.store.read() as s:
        assert (
            s.execute(
                select(m.Dependency.id).where(
                    m.Dependency.predecessor_id == a, m.Dependency.successor_id == b
                )
            ).first()
            is None
        )


def _runner(window: MainWindow) -> Any:
    """How the page runs the calendar dialog's edits: one undoable intent each."""
    return lambda text, do: schedule_edit(window.doc, text, do) is not None


def _small_plan(window: MainWindow, tmp_path: Path, qtbot: Any) -> TimelinePage:
    path = tmp_path / "small.oadesk"
    create_plan(path, name="小计划", start=dt.date(2026, 3, 2), go_live=dt.date(2026, 6, 1))
    assert window.open_path(path)
    window.show_page("timeline")
    page = window.page("timeline")
    assert page.body.currentWidget() is page.empty  # the empty state says what to do
    page.insert_task()
    page.select_ids([page.model.timeline.rows[0].id], current=page.model.timeline.rows[0].id)
    page.insert_task()
    return page


def test_insert_indent_outdent_delete_with_undo(
    window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    page = _small_plan(window, tmp_path, qtbot)
    first, second = (r.id for r in page.model.timeline.rows)
    assert page.body.currentWidget() is page.splitter
    page.select_ids([second], current=second)
    page.acts.indent.trigger()
    assert _task(page, second).parent_id == first
    assert _task(page, first).kind == TaskKind.SUMMARY
    assert page.model.row_of(second).wbs == "1.1"  # type: ignore[union-attr]
    window.act_undo.trigger()
    assert _task(page, second).parent_id is None
    assert _task(page, first).kind == TaskKind.TASK
    window.act_redo.trigger()
    assert _task(page, second).parent_id == first
    page.select_ids([second], current=second)
    page.acts.outdent.trigger()
    assert _task(page, second).parent_id is None
    page.select_ids([first], current=first)
    page.acts.delete.trigger()
    assert len(page.model.timeline.rows) == 1
    window.act_undo.trigger()
    assert {r.id for r in page.model.timeline.rows} == {first, second}
    # undo everything back to the empty plan, then redo the first insert: same id again
    while window.act_undo.isEnabled():
        window.act_undo.trigger()
    assert page.body.currentWidget() is page.empty
    window.act_redo.trigger()
    assert [r.id for r in page.model.timeline.rows] == [first]


def test_predecessor_loop_is_refused_with_a_message(
    window: MainWindow, tmp_path: Path, qtbot: Any, message_boxes: Any
) -> None:
    page = _small_plan(window, tmp_path, qtbot)
    first, second = (r.id for r in page.model.timeline.rows)
    page.model.setData(page.model.index_of(second, Col.PREDECESSORS), str(first))
    assert str(first) in page.model.row_of(second).predecessors  # type: ignore[union-attr]
    page.model.setData(page.model.index_of(first, Col.PREDECESSORS), str(second))
    assert message_boxes.shown and "loop" in message_boxes.shown[-1][1].lower()
    assert page.model.row_of(first).predecessors == ""  # type: ignore[union-attr]


def test_filters_keep_ancestors_and_count(page: TimelinePage) -> None:
    from oa_desk.gui.timeline.operations import set_status_date

    total = len(page._visible)
    page.filter_bar.late.setChecked(True)
    assert page._visible == []  # the demo is on track as of its status date
    doc = page.document()
    assert doc is not None
    later = page.status_date() + dt.timedelta(days=30)
    assert set_status_date(doc, later) is not None  # late is computed as of the status date
    shown = page._visible
    assert 0 < len(shown) < total
    late = [r for r in shown if r.finish and r.finish < later and r.progress < 100]
    assert late, "a month on, the demo has late tasks"
    ids = {r.id for r in shown}
    for row in shown:  # every parent of a shown row is shown too
        assert row.parent_id is None or row.parent_id in ids
    page.filter_bar.late.setChecked(False)
    assert len(page._visible) == total


def test_critical_path_toggle_marks_rows(page: TimelinePage) -> None:
    page.acts.critical.trigger()
    assert any(r.critical for r in page.model.timeline.rows)
    assert page.chart.show_critical()


def test_calendar_dialog_adds_and_undoes_an_exception(
    window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    from PySide6.QtCore import QDate

    from oa_desk.gui.timeline.calendar_dialog import CalendarDialog
    from oa_desk.services.timeline import load_calendar_info

    page = _small_plan(window, tmp_path, qtbot)
    store = page.store
    dialog = CalendarDialog(store, _runner(window), parent=page)
    qtbot.addWidget(dialog)
    ui = dialog._ui
    ui.dayEdit.setDate(QDate(2026, 3, 3))
    ui.kindCombo.setCurrentIndex(0)
    ui.nameEdit.setText("项目停工日")
    first = page.model.timeline.rows[0].id
    before = _task(page, first)
    ui.addButton.click()
    assert load_calendar_info(store).exceptions == ((dt.date(2026, 3, 3), False, "项目停工日"),)
    assert ui.exceptionsTable.rowCount() == 1
    assert _task(page, first).finish != before.finish or before.start != dt.date(2026, 3, 3)
    window.act_undo.trigger()
    assert load_calendar_info(store).exceptions == ()
    dialog._days[5].setChecked(True)  # Saturday becomes a working day
    assert load_calendar_info(store).weekdays == "1111110"
    dialog.refresh()


def test_chinese_preset_fills_holidays_and_make_up_days(
    window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    from oa_desk.gui.timeline.calendar_dialog import CalendarDialog
    from oa_desk.services.timeline import load_calendar_info

    page = _small_plan(window, tmp_path, qtbot)
    dialog = CalendarDialog(page.store, _runner(window), parent=page)
    qtbot.addWidget(dialog)
    dialog._ui.presetCombo.setCurrentIndex(dialog._ui.presetCombo.findData("CN"))
    dialog._ui.presetButton.click()
    days = {d: working for d, working, _ in load_calendar_info(page.store).exceptions}
    assert days[dt.date(2026, 10, 1)] is False  # National Day
    assert any(working for working in days.values())  # 调休: a weekend made a working day
    assert dialog._ui.exceptionsTable.rowCount() == len(days)


def _choose_baseline(page: TimelinePage, name: str) -> None:
    combo = page.acts.baseline_combo
    index = next(i for i in range(combo.count()) if name in combo.itemText(i))
    combo.activated.emit(index)


def test_choosing_a_baseline_draws_it_and_fills_variance(
    page: TimelinePage, window: MainWindow
) -> None:
    """Which baseline is drawn is a view setting: choosing one reads it, edits nothing."""
    from oa_desk.services import baselines

    assert page.store is not None and window.doc is not None
    saved = baselines.save_baseline(page.store, "第二版基线").new_ids[0]
    page.reload()
    assert page.model.timeline.baseline_id == saved  # the newest is shown by default
    history = window.doc.undo_stack.count()
    _choose_baseline(page, "立项基线")  # the demo's approved plan: some tasks slipped since
    assert window.doc.undo_stack.count() == history
    assert page.model.timeline.baseline_id != saved
    assert page.acts.baseline.isChecked() and page.chart.show_baseline()
    rows = [r for r in page.model.timeline.rows if r.finish and not r.has_children]
    assert any(r.finish_variance for r in rows)
    _choose_baseline(page, "第二版基线")
    assert page.model.timeline.baseline_id == saved
    rows = [r for r in page.model.timeline.rows if r.finish and not r.has_children]
    assert all(page.model.row_of(r.id) == r for r in rows)  # the model's two views agree
    bad = [
        (r.id, r.finish, r.baseline_finish, r.finish_variance)
        for r in rows
        if r.finish_variance != 0
    ]
    assert not bad, bad[:5]  # just saved: no variance yet
    task_id = _leaf_with_bar(page)
    index_v = page.model.index_of(task_id, Col.VARIANCE)
    assert page.model.data(index_v) == "0 d"  # a unit on every number of days
    _choose_baseline(page, "Show no baseline")
    assert page.model.timeline.baseline_id is None and not page.acts.baseline.isChecked()
    assert window.doc.undo_stack.count() == history


def test_ms_project_import_is_one_undo_step_and_keeps_the_history(
    window: MainWindow,
    demo_master: Path,
    tmp_path: Path,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from oa_desk.services.mspdi import export_mspdi
    from oa_desk.store.planfile import open_plan

    xml = tmp_path / "项目.xml"
    with open_plan(demo_master, read_only=True) as demo:
        exported = export_mspdi(demo, xml).tasks
    page = _small_plan(window, tmp_path, qtbot)
    doc = window.doc
    assert doc is not None
    mine = [r.name for r in page.model.timeline.rows]
    history = doc.undo_stack.count()
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(xml), ""))

    def yes(_parent: Any, _title: str, text: str, *a: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    page.import_mspdi()
    assert asked and "calendar" in asked[0]
    qtbot.waitUntil(lambda: len(page.model.timeline.rows) == exported)
    notes = page.files.notes_box  # the owners this small plan lacks: said, not silent
    assert notes is not None and notes.isVisible()
    assert "is not in the plan" in notes.detailedText()
    notes.close()
    assert doc.undo_stack.count() == history + 1  # the earlier edits can still be undone
    assert doc.undo_stack.undoText() == "Import 项目.xml"
    doc.undo_stack.undo()
    qtbot.waitUntil(lambda: [r.name for r in page.model.timeline.rows] == mine)
    doc.undo_stack.redo()
    qtbot.waitUntil(lambda: len(page.model.timeline.rows) == exported)
    doc.undo_stack.undo()
    doc.undo_stack.undo()  # and on past the import, into the user's own edits
    qtbot.waitUntil(lambda: len(page.model.timeline.rows) == len(mine) - 1)


def test_an_imported_plan_is_in_view_whatever_its_dates(
    window: MainWindow, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An MS Project file of 2003 left the chart where it was, on today: empty.
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    xml = tmp_path / "old.xml"
    xml.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Project xmlns="http://schemas.microsoft.com/project"><Name>old</Name>'
        "<StartDate>2003-03-03T08:00:00</StartDate><Tasks>"
        "<Task><UID>0</UID><Name>old</Name><OutlineLevel>0</OutlineLevel></Task>"
        "<Task><UID>1</UID><Name>A</Name><OutlineLevel>1</OutlineLevel>"
        "<Start>2003-03-03T08:00:00</Start><Finish>2003-03-14T17:00:00</Finish>"
        "<Duration>PT80H0M0S</Duration></Task></Tasks></Project>",
        encoding="utf-8",
    )
    page = _small_plan(window, tmp_path, qtbot)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(xml), ""))
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: yes)
    page.import_mspdi()
    qtbot.waitUntil(lambda: [r.name for r in page.model.timeline.rows] == ["A"])
    chart = page.chart
    shown = (chart.date_at(0), chart.date_at(chart.viewport().width() - 1))
    assert shown[0] <= dt.date(2003, 3, 3) and dt.date(2003, 3, 14) <= shown[1], shown


def test_month_names_follow_a_language_switch(
    page: TimelinePage, window: MainWindow, qtbot: Any
) -> None:
    from PySide6.QtCore import QLocale

    chart = page.chart
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.menu_file.title() == "文件(&F)")
    qtbot.waitUntil(
        lambda: chart.renderer.locale.language() == QLocale.Language.Chinese, timeout=2000
    )
    window.set_language("en")
    qtbot.waitUntil(lambda: window.menu_file.title() == "&File")
    qtbot.waitUntil(
        lambda: chart.renderer.locale.language() == QLocale.Language.English, timeout=2000
    )


def test_toolbar_combos_grow_with_their_text(page: TimelinePage) -> None:
    """Their texts change after they are first shown (a language switch): sized once,
    "Months" and "Colour by phase" were cut to "Mont" and "Colour by p"."""
    for combo in (page.acts.zoom_combo, page.acts.colour_combo):
        assert combo.isVisible()
        before = combo.sizeHint().width()
        combo.setItemText(combo.currentIndex(), combo.currentText() + " — a longer label")
        assert combo.sizeHint().width() > before


def test_pdf_export_runs_as_a_job_and_says_where_it_went(
    window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    from oa_desk.gui.timeline.pdf_dialog import PdfChoice

    page = _small_plan(window, tmp_path, qtbot)
    target = tmp_path / "时间线.pdf"
    page.files.pick_save_file = lambda *_a: str(target)
    page.files.pick_pdf_setup = lambda _depth: PdfChoice("A4", landscape=True)
    said: list[str] = []
    assert window.doc is not None
    window.doc.status.connect(said.append)
    page.export_pdf()
    assert target.read_bytes()[:5] == b"%PDF-"
    assert said and str(target) in said[-1] and "page" in said[-1]
    text = pdf_text(target)
    assert "小计划" in text  # painted on the worker thread, Chinese included


def test_pdf_export_prints_the_outline_levels_chosen(
    window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    """Review: no way to print only the upper outline levels of a large plan."""
    from oa_desk.gui.timeline.pdf_dialog import PdfChoice, PdfExportDialog

    page = _small_plan(window, tmp_path, qtbot)
    _first, second = (r.id for r in page.model.timeline.rows)
    page.select_ids([second], current=second)
    page.acts.indent.trigger()  # two levels now
    depths: list[int] = []
    target = tmp_path / "levels.pdf"
    page.files.pick_save_file = lambda *_a: str(target)

    def pick(depth: int) -> PdfChoice:
        depths.append(depth)
        return PdfChoice("A4", landscape=False, levels=1)

    page.files.pick_pdf_setup = pick
    page.export_pdf()
    assert depths == [2]
    text = pdf_text(target)
    assert "Level 1 only" in text
    assert re.search(r"\b1\.1\b", text) is None  # the task of level 2 (WBS 1.1) left out

    dialog = PdfExportDialog(3)
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox, "levelsCombo")
    assert combo is not None and combo.count() == 3  # all, level 1, levels 1–2
    assert dialog.choice() == PdfChoice("A4", True, None)
    combo.setCurrentIndex(2)
    paper = dialog.findChild(QComboBox, "paperCombo")
    assert paper is not None
    paper.setCurrentIndex(3)
    assert dialog.choice() == PdfChoice("A3", False, 2)
    assert not PdfExportDialog(1).findChild(QComboBox, "levelsCombo").isEnabled()
