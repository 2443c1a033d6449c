"""The Timeline a PM uses every day: it keeps its place, context menus, Find and Go to ID,
copy and paste (within a plan, between plans, from Excel), columns, the status date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication, QInputDialog

from oa_desk.gui.main_window import MainWindow
from oa_desk.gui.timeline.clipboard import MIME
from oa_desk.gui.timeline.gantt import ZoomLevel
from oa_desk.gui.timeline.model import Col
from oa_desk.gui.timeline.page import TimelinePage
from oa_desk.services.demo import generate_demo
from oa_desk.store.planfile import create_plan

TODAY = dt.date(2026, 6, 8)


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("daily") / "demo.oadesk"
    generate_demo(path, seed=11, today=TODAY)
    return path


@pytest.fixture(autouse=True)
def clean_clipboard() -> Any:
    """Nothing of a test stays on the clipboard (the app leaves text only when it quits,
    which a test's application never does)."""
    yield
    QApplication.clipboard().clear()


@pytest.fixture
def page(window: MainWindow, demo_master: Path, tmp_path: Path, qtbot: Any) -> TimelinePage:
    path = tmp_path / "示例.oadesk"
    path.write_bytes(demo_master.read_bytes())
    assert window.open_path(path)
    window.show_page("timeline")
    qtbot.waitUntil(lambda: bool(window.page("timeline").model.timeline.rows))
    built = window.page("timeline")
    assert isinstance(built, TimelinePage)
    return built


def _leaf(page: TimelinePage, k: int = 0) -> int:
    leaves = [r.id for r in page._visible if not r.has_children and r.start is not None]
    return leaves[k]


def _bars_in_view(page: TimelinePage) -> list[int]:
    chart = page.chart
    width = chart.viewport().width()
    shown = []
    for i in chart.rows_in_view():
        ext = chart.bar_rect_x(chart.rows()[i].task_id)
        if ext is not None and ext[1] > 0 and ext[0] < width:
            shown.append(i)
    return shown


def test_a_zoom_keeps_the_rows_bars_in_view(page: TimelinePage) -> None:
    """Fit, then Days: the chart used to show an empty month beside rows 1–29."""
    page.zoom_to_fit()
    page.acts.zoom_combo.setCurrentIndex(page.acts.zoom_combo.findData(ZoomLevel.DAYS.value))
    assert page.chart.zoom() == ZoomLevel.DAYS
    assert _bars_in_view(page), "some bar of the rows in view is on the screen"
    page.zoom_out()
    assert _bars_in_view(page)


def test_a_zoom_keeps_the_selected_bar_where_it_is(page: TimelinePage) -> None:
    task_id = _leaf(page, 3)
    page.select_ids([task_id], current=task_id)
    page.chart.set_zoom(ZoomLevel.WEEKS)
    before = page.chart.bar_rect_x(task_id)
    page.zoom_in()
    after = page.chart.bar_rect_x(task_id)
    assert before is not None and after is not None
    assert abs(after[0] - before[0]) <= 2  # its start stays put on the screen


def test_selecting_a_task_brings_its_bar_into_view(page: TimelinePage) -> None:
    chart = page.chart
    width = chart.viewport().width()
    late = max((r for r in page._visible if r.start), key=lambda r: r.start or TODAY)
    chart.set_zoom(ZoomLevel.DAYS)
    chart.scroll_to_date(page.model.timeline.rows[0].start or TODAY)
    assert page.acts.follow.isChecked()  # on by default, as in MS Project
    page.select_ids([late.id], current=late.id)
    x0, _x1 = chart.bar_rect_x(late.id) or (-1, -1)
    assert 0 <= x0 < width
    page.acts.follow.setChecked(False)
    chart.scroll_to_date(page.model.timeline.rows[0].start or TODAY)
    page.select_ids([late.id], current=late.id)
    assert (chart.bar_rect_x(late.id) or (0, 0))[0] >= width  # left alone
    page.acts.go_to_task.trigger()  # Scroll to Task
    assert 0 <= (chart.bar_rect_x(late.id) or (-1, -1))[0] < width


def test_the_context_menu_offers_the_everyday_actions(page: TimelinePage) -> None:
    task_id = _leaf(page, 1)
    page.select_ids([task_id], current=task_id)
    menu = page.acts.context_menu(page)
    shown = [a for a in menu.actions() if not a.isSeparator()]
    acts = page.acts
    for action in (acts.insert, acts.delete, acts.indent, acts.outdent, acts.link,
                   acts.unlink, acts.info, acts.copy, acts.paste, acts.go_to_task):  # fmt: skip
        assert action in shown
    assert acts.copy.isEnabled() and acts.delete.isEnabled()
    # a right-click on the chart selects the row under it first
    other = _leaf(page, 2)
    page.chart.context_requested.emit(other, page.chart.mapToGlobal(page.chart.rect().center()))
    assert page.selected_ids() == [other]


def test_find_walks_name_wbs_owner_and_notes(page: TimelinePage) -> None:
    rows = page.model.timeline.rows
    target = next(r for r in rows if r.owner)
    page.find_tasks()
    bar = page.nav.find_bar
    assert bar.isVisible()
    bar.edit.setText(target.owner.split(" · ")[0])
    page.find_next()
    assert page.current_id() is not None
    first = page.current_id()
    matches = [r.id for r in rows if target.owner.split(" · ")[0] in r.owner]
    assert first in matches
    if len(matches) > 1:
        page.find_next()
        assert page.current_id() != first
        page.find_previous()
        assert page.current_id() == first
    bar.edit.setText(rows[5].wbs)
    page.find_next()
    assert page.current_id() == rows[5].id
    bar.edit.setText("没有这样的任务")
    page.find_next()
    assert bar.count.text() == "No match"


def test_find_reads_the_notes_and_opens_collapsed_parents(page: TimelinePage) -> None:
    from oa_desk.gui.timeline.operations import update_task

    doc = page.document()
    assert doc is not None
    child = next(r for r in page.model.timeline.rows if r.parent_id is not None)
    assert update_task(doc, child, {"fields": {"notes": "需要法务部会签"}}) is not None
    parent = child.parent_id
    assert parent is not None
    page.tree.collapse(page.model.index_of(parent))
    assert child.id not in {r.id for r in page._visible}
    page.find_tasks()
    page.nav.find_bar.edit.setText("法务部会签")
    page.find_next()
    assert page.selected_ids() == [child.id]
    assert child.id in {r.id for r in page._visible}  # its parent was opened


def test_go_to_id(page: TimelinePage, monkeypatch: pytest.MonkeyPatch) -> None:
    target = page.model.timeline.rows[-1].id
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (target, True))
    page.go_to_id()
    assert page.selected_ids() == [target]


def test_copy_puts_tasks_and_excel_text_on_the_clipboard_and_paste_is_one_step(
    window: MainWindow, page: TimelinePage
) -> None:
    doc = window.doc
    assert doc is not None
    parent = next(r for r in page.model.timeline.rows if r.has_children and r.level == 1)
    page.select_ids([parent.id], current=parent.id)
    page.copy_selected()
    data = QApplication.clipboard().mimeData()
    assert data.hasFormat(MIME)
    lines = data.text().splitlines()
    assert "Task" in lines[0].split("\t") and parent.name in lines[1]
    total = len(page.model.timeline.rows)
    copied = 1 + sum(1 for r in page.model.timeline.rows if _under(page, r.id, parent.id))
    steps = doc.undo_stack.count()
    page.paste()
    assert len(page.model.timeline.rows) == total + copied
    assert doc.undo_stack.count() == steps + 1
    pasted = page.selected_ids()
    assert len(pasted) == 1 and page.model.row_of(pasted[0]).name == parent.name  # type: ignore[union-attr]
    doc.undo_stack.undo()
    assert len(page.model.timeline.rows) == total
    doc.undo_stack.redo()
    assert pasted[0] in page.model.timeline.index  # the same ids again
    page.select_ids([pasted[0]], current=pasted[0])
    page.duplicate_selected()
    assert len(page.model.timeline.rows) == total + 2 * copied


def _under(page: TimelinePage, task_id: int, ancestor: int) -> bool:
    parent = page.model.timeline.row(task_id).parent_id
    while parent is not None:
        if parent == ancestor:
            return True
        parent = page.model.timeline.row(parent).parent_id
    return False


def test_rows_copied_from_excel_paste_as_new_tasks(page: TimelinePage) -> None:
    data = QMimeData()
    data.setText("任务名称\t工期\t开始\n系统切换演练\t3 天\t2026-07-06\n切换完成\t0\t\n")
    QApplication.clipboard().setMimeData(data)
    anchor = _leaf(page)
    page.select_ids([anchor], current=anchor)
    page.paste()
    names = {r.name: r for r in page.model.timeline.rows}
    assert names["系统切换演练"].duration == 3 and names["系统切换演练"].start == dt.date(
        2026, 7, 6
    )
    assert names["切换完成"].kind.value == "milestone"


def test_pasting_unreadable_rows_says_why_and_changes_nothing(
    window: MainWindow, page: TimelinePage, message_boxes: Any
) -> None:
    data = QMimeData()
    data.setText("调研\t十天\n")
    QApplication.clipboard().setMimeData(data)
    total = len(page.model.timeline.rows)
    page.paste()
    assert len(page.model.timeline.rows) == total
    assert message_boxes.shown and "十天" in message_boxes.shown[-1][1]


def test_tasks_paste_into_another_plan(
    window: MainWindow, page: TimelinePage, tmp_path: Path
) -> None:
    task_id = _leaf(page, 4)
    name = page.model.row_of(task_id).name  # type: ignore[union-attr]
    page.select_ids([task_id], current=task_id)
    page.copy_selected()
    other = tmp_path / "另一个计划.oadesk"
    create_plan(other, name="另一个计划", start=dt.date(2026, 3, 2))
    assert window.open_path(other)
    second = window.page("timeline")
    assert isinstance(second, TimelinePage)
    second.paste()
    assert [r.name for r in second.model.timeline.rows] == [name]


def test_columns_are_chosen_ordered_and_remembered(window: MainWindow, page: TimelinePage) -> None:
    layout = page.column_layout
    header = page.tree.header()
    from PySide6.QtGui import QFontMetrics

    date = QFontMetrics(header.font()).horizontalAdvance("2026-12-30")
    assert header.sectionSize(Col.START) > date and header.sectionSize(Col.FINISH) > date
    order = [Col.NAME, Col.ID, Col.START, Col.FINISH, *[c for c in Col if c not in (
        Col.NAME, Col.ID, Col.START, Col.FINISH)]]  # fmt: skip
    layout.set_shown(order, set(order) - {Col.WBS, Col.WAVE})
    assert layout.shown()[:4] == [Col.NAME, Col.ID, Col.START, Col.FINISH]
    assert Col.WBS not in layout.shown() and header.isSectionHidden(Col.WAVE)
    from PySide6.QtWidgets import QTreeView

    from oa_desk.gui.timeline.columns import ColumnLayout

    tree = QTreeView()
    tree.setModel(page.model)
    again = ColumnLayout(tree.header(), window.settings)
    assert again.shown() == layout.shown()  # another window, the same columns
    layout.reset()
    assert layout.shown() == list(Col)


def test_units_on_numbers(page: TimelinePage) -> None:
    row = next(r for r in page.model.timeline.rows if r.kind.value == "task" and r.duration > 1)
    assert page.model.text(row, Col.DURATION) == f"{row.duration} d"
    assert page.model.text(row._replace(finish_variance=2), Col.VARIANCE) == "+2 d"
    assert page.model.text(row._replace(finish_variance=-1), Col.VARIANCE) == "−1 d"


def test_the_status_date_on_the_toolbar_is_an_undoable_plan_edit(
    window: MainWindow, page: TimelinePage
) -> None:
    from oa_desk.gui.dialogs import optional_date, set_optional_date

    doc = window.doc
    assert doc is not None
    assert page.status_date() == optional_date(page.acts.status_edit)  # the demo's, stored
    later = page.status_date() + dt.timedelta(days=21)
    set_optional_date(page.acts.status_edit, later)
    page.acts.status_edit.editingFinished.emit()
    assert page.status_date() == later
    assert page.chart.today() == later  # the chart's day line and health are as of it
    overview = window.page("overview")
    window.show_page("overview")
    assert overview.form.statusDateEdit.date().toPython() == later  # type: ignore[attr-defined]
    doc.undo_stack.undo()
    window.show_page("timeline")
    assert page.status_date() != later


def test_at_quit_the_copied_rows_stay_as_text(page: TimelinePage) -> None:
    from oa_desk.gui.timeline.clipboard import _keep_text_only

    task_id = _leaf(page)
    page.select_ids([task_id], current=task_id)
    page.copy_selected()
    text = QApplication.clipboard().text()
    _keep_text_only()
    data = QApplication.clipboard().mimeData()
    assert not data.hasFormat(MIME) and data.text() == text


def test_the_empty_timeline_offers_the_excel_import(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "空.oadesk"
    create_plan(path, name="空计划")
    assert window.open_path(path)
    window.show_page("timeline")
    page = window.page("timeline")
    assert isinstance(page, TimelinePage)
    assert page.body.currentWidget() is page.empty
    assert page.empty_excel.isVisible() and page.empty_excel.isEnabled()
    triggered: list[bool] = []
    action = window.shared_action("excel.import")
    assert action is not None
    action.triggered.disconnect()
    action.triggered.connect(lambda _c=False: triggered.append(True))
    page.empty_excel.click()
    assert triggered == [True]
