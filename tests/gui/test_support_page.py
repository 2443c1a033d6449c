"""The Support page: the windowed ticket list with SLA columns, the hotline's keyboard-only
entry, status changes in the ticket's dialog (only allowed ones offered), bulk edits as one
undo step, refusals explained, saved filters, and both languages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from oa_desk.domain.enums import TicketPriority, TicketStatus, TicketType
from oa_desk.domain.support import SlaLevel, SlaState, TicketSla
from oa_desk.gui.main_window import MainWindow
from oa_desk.gui.support import operations
from oa_desk.gui.support.hotline import HotlineDialog
from oa_desk.gui.support.page import SupportPage
from oa_desk.gui.support.ticket_dialog import TicketDialog
from oa_desk.gui.support.ticket_model import ID_ROLE, LEVEL_ROLE, PAGE, TicketCol, TicketModel
from oa_desk.services.demo import generate_demo
from oa_desk.services.support_board import ListRow
from oa_desk.store import models as m
from oa_desk.store.tickets import TicketRow
from tests.gui.conftest import MessageBoxes

NOW = dt.datetime(2026, 12, 3, 2, 0, tzinfo=dt.UTC)


def _list_rows(n: int) -> list[ListRow]:
    created = dt.datetime(2026, 12, 1, 1, 0, tzinfo=dt.UTC)
    out = []
    for i in range(1, n + 1):
        level = SlaLevel.BREACHED if i % 5 == 0 else SlaLevel.OK
        state = SlaState(
            created, 3600 * (2 if level is SlaLevel.BREACHED else 0), 3600, False, level
        )
        out.append(
            ListRow(
                TicketRow(i, f"T-{i:05d}", f"问题{i}", TicketStatus.NEW, TicketPriority.P2,
                          TicketType.QUESTION, "财务部", "王婧", created),
                TicketSla(state, state),
            )
        )  # fmt: skip
    return out


def test_the_ticket_model_loads_windows_and_marks_breaches_in_words(
    qtmodeltester: Any,
) -> None:
    everything = _list_rows(PAGE * 2 + 9)
    reads: list[tuple[int, int]] = []

    def load(offset: int, limit: int) -> list[ListRow]:
        reads.append((offset, limit))
        return everything[offset : offset + limit]

    model = TicketModel()
    model.set_source(len(everything), load)
    assert model.rowCount() == len(everything) and reads == [(0, PAGE)]
    breached = model.index(4, TicketCol.SLA)
    assert model.data(breached) == "Breached"  # words, not only a colour
    assert model.data(breached, LEVEL_ROLE) == SlaLevel.BREACHED.value
    assert model.data(breached, Qt.ItemDataRole.DecorationRole) is not None  # and an icon
    assert model.data(model.index(4, TicketCol.TITLE), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(3, TicketCol.SLA)) == "On time"
    assert model.data(model.index(4, TicketCol.REMAINING)) == "-1.0 h"
    model.ensure_rows(PAGE * 2, PAGE * 2 + 3)
    assert reads[-1] == (PAGE * 2, PAGE)
    assert model.data(model.index(PAGE * 2 + 1, 0), ID_ROLE) == PAGE * 2 + 2
    qtmodeltester.check(model)
    sorts: list[tuple[str, bool]] = []
    model.sort_requested.connect(lambda s, d: sorts.append((s, d)))
    model.sort(TicketCol.REMAINING, Qt.SortOrder.AscendingOrder)
    model.sort(TicketCol.ASSIGNEE, Qt.SortOrder.DescendingOrder)
    assert sorts == [("remaining", False), ("assignee", True)]


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("support") / "demo.oadesk"
    generate_demo(path, scale=1)
    return path


@pytest.fixture
def page(
    window: MainWindow, demo_master: Path, tmp_path: Path, qtbot: Any, monkeypatch: Any
) -> SupportPage:
    monkeypatch.setattr(operations, "now", lambda: NOW)
    path = tmp_path / "支持.oadesk"
    path.write_bytes(demo_master.read_bytes())
    assert window.open_path(path)
    window.show_page("support")
    support = window.page("support")
    assert isinstance(support, SupportPage)
    qtbot.waitUntil(lambda: support.tickets.model.total() > 0)
    return support


def _total_tickets(window: MainWindow) -> int:
    doc = window.doc
    assert doc is not None
    with doc.store.read() as s:
        return len(s.execute(select(m.Ticket.id)).all())


def test_the_hotline_form_is_keyboard_only_and_undone(
    page: SupportPage, window: MainWindow, qtbot: Any
) -> None:
    tab = page.tickets
    before = tab.model.total()
    dialog = tab.hotline_dialog()
    assert isinstance(dialog, HotlineDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert dialog.focusWidget() in (ui.reporterEdit, None)
    ui.reporterEdit.setFocus()
    doc = window.doc
    assert doc is not None
    with doc.store.read() as s:
        someone = s.execute(select(m.Person.name, m.Person.employee_no).limit(1)).one()
    qtbot.keyClicks(ui.reporterEdit, someone.employee_no)
    ui.reporterEdit.search_now()
    assert ui.reporterEdit.hits(), "found by employee number"
    ui.reporterEdit.pick(0)
    assert ui.reporterEdit.text() == ui.reporterEdit.hits()[0].name
    qtbot.keyClick(ui.reporterEdit, Qt.Key.Key_Tab)
    ui.titleEdit.insert(
        "审批单打不开"
    )  # QTest types ASCII only: the text as an input method gives it
    qtbot.keyClick(ui.titleEdit, Qt.Key.Key_Return)  # Enter saves
    assert not dialog.isVisible()
    assert tab.model.total() == before + 1
    assert doc.undo_stack.undoText() == "New ticket 审批单打不开"
    doc.undo_stack.undo()
    assert tab.model.total() == before


def test_the_hotline_keeps_a_free_text_caller_and_esc_cancels(
    page: SupportPage, window: MainWindow, qtbot: Any
) -> None:
    tab = page.tickets
    dialog = tab.hotline_dialog()
    assert isinstance(dialog, HotlineDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.reporterEdit.insert("外包 小李")
    dialog.ui.titleEdit.insert("打印机")
    assert dialog.values()["reporter_name"] == "外包 小李"
    qtbot.keyClick(dialog.ui.titleEdit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.doc is not None and not window.doc.undo_stack.canUndo()


def test_an_empty_title_is_refused_with_a_message_and_the_form_stays(
    page: SupportPage, window: MainWindow, qtbot: Any, message_boxes: MessageBoxes
) -> None:
    total = _total_tickets(window)
    dialog = page.tickets.hotline_dialog()
    assert isinstance(dialog, HotlineDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.ui.titleEdit, Qt.Key.Key_Return)
    assert "needs a title" in message_boxes.shown[-1][1]
    assert dialog.isVisible()  # what was typed is still there
    assert _total_tickets(window) == total


def _select(tab: Any, rows: list[int]) -> list[int]:
    sel = tab.view.selectionModel()
    sel.clearSelection()
    for row in rows:
        sel.select(tab.model.index(row, 0), sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
    return tab.selected_ids()


def test_bulk_edits_are_one_undo_step_each(page: SupportPage, window: MainWindow) -> None:
    tab = page.tickets
    tab.show_state(tab.state.__class__(status=TicketStatus.IN_PROGRESS.value))
    assert tab.model.total() >= 3
    ids = _select(tab, [0, 1, 2])
    assert len(ids) == 3
    doc = window.doc
    assert doc is not None
    tab.bulk_priority(TicketPriority.P1)
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Set 3 tickets to priority P1"
    with doc.store.read() as s:
        assert set(s.execute(select(m.Ticket.priority).where(m.Ticket.id.in_(ids))).scalars()) == {
            "P1"
        }
    tab.bulk_assign(tab._choices.team[0][0], tab._choices.team[0][1])
    tab.bulk_status(TicketStatus.WAITING)
    assert doc.undo_stack.count() == 3
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    with doc.store.read() as s:
        statuses = set(s.execute(select(m.Ticket.status).where(m.Ticket.id.in_(ids))).scalars())
    assert statuses == {TicketStatus.IN_PROGRESS}


def test_the_status_menu_offers_only_allowed_transitions(page: SupportPage) -> None:
    tab = page.tickets
    tab.show_state(tab.state.__class__(status=TicketStatus.CLOSED.value))
    if tab.model.total() == 0:
        pytest.skip("the demo has no closed ticket")
    _select(tab, [0])
    tab._fill_status_menu()
    assert [a.text() for a in tab.status_menu.actions()] == ["In progress"]  # reopen only


def test_the_ticket_dialog_changes_status_comments_and_shows_history(
    page: SupportPage, window: MainWindow, qtbot: Any, message_boxes: MessageBoxes
) -> None:
    tab = page.tickets
    doc = window.doc
    assert doc is not None
    tid = operations.create(doc, {"title": "无法上传附件"}, None)
    assert tid is not None
    ticket_id = tid.ticket_ids[0]
    dialog = tab.ticket_dialog(ticket_id)
    assert isinstance(dialog, TicketDialog)
    qtbot.addWidget(dialog)
    offered = [dialog.ui.statusCombo.itemText(i) for i in range(dialog.ui.statusCombo.count())]
    assert offered == ["New", "Triaged", "In progress", "Resolved"]  # never "Closed" from new
    dialog.ui.commentEdit.setText("已远程协助")
    dialog.ui.commentButton.click()
    assert doc.undo_stack.undoText() == f"Comment on {dialog.card.number}"
    history = [
        dialog.ui.historyTree.topLevelItem(i).text(2)
        for i in range(dialog.ui.historyTree.topLevelItemCount())
    ]
    assert history[0].startswith("Created") and history[-1] == "Comment: 已远程协助"
    dialog.ui.statusCombo.setCurrentIndex(dialog.ui.statusCombo.findData(TicketStatus.RESOLVED))
    dialog.ui.resolutionEdit.setPlainText("清除缓存后正常")
    dialog.accept()
    assert doc.undo_stack.undoText() == f"Edit {dialog.card.number}"
    with doc.store.read() as s:
        t = s.get_one(m.Ticket, ticket_id)
        assert (t.status, t.resolution) == (TicketStatus.RESOLVED, "清除缓存后正常")
        assert t.resolved_at is not None
    doc.undo_stack.undo()
    with doc.store.read() as s:
        assert s.get_one(m.Ticket, ticket_id).status == TicketStatus.NEW


def test_a_resolution_time_before_creation_is_refused(
    page: SupportPage, window: MainWindow, qtbot: Any, message_boxes: MessageBoxes
) -> None:
    doc = window.doc
    assert doc is not None
    made = operations.create(doc, {"title": "报表导出乱码"}, None)
    assert made is not None
    count = doc.undo_stack.count()
    dialog = page.tickets.ticket_dialog(made.ticket_ids[0])
    assert isinstance(dialog, TicketDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.statusCombo.setCurrentIndex(dialog.ui.statusCombo.findData(TicketStatus.RESOLVED))
    early = dialog.ui.resolvedEdit.dateTime().addDays(-30)
    dialog.ui.resolvedEdit.setDateTime(early)
    dialog.accept()
    assert "cannot be resolved before it was created" in message_boxes.shown[-1][1]
    assert dialog.isVisible() and doc.undo_stack.count() == count


def test_turning_a_ticket_into_a_task_links_it_and_undoes(
    page: SupportPage, window: MainWindow, qtbot: Any
) -> None:
    doc = window.doc
    assert doc is not None
    made = operations.create(doc, {"title": "流程需要调整"}, None)
    assert made is not None
    dialog = page.tickets.ticket_dialog(made.ticket_ids[0])
    assert isinstance(dialog, TicketDialog)
    qtbot.addWidget(dialog)
    dialog.ui.toTaskButton.click()
    assert not dialog.ui.toTaskButton.isEnabled()
    assert "流程需要调整" in dialog.ui.linksValue.text()
    assert doc.undo_stack.undoText() == f"Turn {dialog.card.number} into a task"
    doc.undo_stack.undo()
    with doc.store.read() as s:
        assert s.get_one(m.Ticket, made.ticket_ids[0]).task_id is None


def test_filters_sorts_and_saved_filters(page: SupportPage, window: MainWindow) -> None:
    tab = page.tickets
    everything = tab.model.total()
    tab.breached.setCurrentIndex(tab.breached.findData(True))
    breached = tab.model.total()
    assert breached < everything
    assert all(
        tab.model.data(tab.model.index(r, TicketCol.SLA)) == "Breached" for r in range(breached)
    )
    tab.save_filter("超时")
    tab.breached.setCurrentIndex(0)
    assert tab.model.total() == everything
    tab._saved_chosen(tab.saved.findData("超时"))
    assert tab.model.total() == breached
    settings = window.settings
    assert "超时" in settings.support_filters
    tab.show_state(tab.state.__class__())
    tab.sort_by("priority", False)
    first = tab.model.data(tab.model.index(0, TicketCol.PRIORITY))
    assert first == "P1"
    tab.sort_by("remaining", False)
    assert tab.sort == "remaining"


def test_a_calendar_change_reaches_the_list(page: SupportPage) -> None:
    from oa_desk.domain.changes import ChangeKind, Changes

    tab = page.tickets
    resets: list[bool] = []
    assert tab._board is not None
    original = tab._board.reset
    tab._board.reset = lambda: (resets.append(True), original())[1]  # type: ignore[method-assign]
    page.on_changed(Changes.update(ChangeKind.CALENDAR, [1]))
    assert resets == [True]


def test_the_page_follows_the_language(page: SupportPage, window: MainWindow, qtbot: Any) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QLabel

    class Charts(QLabel):
        def __init__(self) -> None:
            super().__init__()
            self.docs: list[object] = []

        def set_document(self, doc: object) -> None:
            self.docs.append(doc)

    charts = Charts()
    index = page.add_tab(charts, lambda: QCoreApplication.translate("SupportPage", "Tickets"))
    page.tabs.setCurrentIndex(index)
    assert charts.docs == [window.doc]  # an added tab gets the plan when shown
    page.tabs.setCurrentIndex(0)
    window.translations.apply("zh_CN")
    qtbot.waitUntil(lambda: page.tabs.tabText(index) == "工单")  # its title asked again
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "工单")
    model = page.tickets.model
    qtbot.waitUntil(lambda: model.total() > 0)
    assert model.horizontalHeaderItem(TicketCol.NUMBER).text() == "编号"
    assert page.tickets.new_button.text().startswith("新建热线工单")
    window.translations.apply("en")
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "Tickets")


def test_the_hotline_form_has_a_place_for_article_suggestions(
    page: SupportPage, qtbot: Any
) -> None:
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QWidget

    class Suggestions(QWidget):
        article_chosen = Signal(int)

        def __init__(self) -> None:
            super().__init__()
            self.texts: list[str] = []

        def set_text(self, text: str) -> None:
            self.texts.append(text)

    dialog = page.tickets.hotline_dialog()
    assert isinstance(dialog, HotlineDialog)
    qtbot.addWidget(dialog)
    suggestions = Suggestions()
    dialog.add_suggestions(suggestions)
    dialog.ui.titleEdit.insert("报销")
    assert suggestions.texts[-1] == "报销"
    suggestions.article_chosen.emit(7)
    assert dialog.article_id == 7


def test_the_hotline_suggests_articles_and_links_the_one_given(
    page: SupportPage, window: MainWindow, qtbot: Any
) -> None:
    """The form searches the knowledge base as the question is typed; the article the
    caller was given is linked to the new ticket, and the undo takes both back."""
    from oa_desk.gui.widgets.article_suggest import ArticleSuggestions

    doc = window.doc
    assert doc is not None
    with doc.store.read() as s:
        article_id, question = s.execute(
            select(m.KbArticle.id, m.KbArticle.question).order_by(m.KbArticle.id).limit(1)
        ).one()
    dialog = page.tickets.hotline_dialog()
    assert isinstance(dialog, HotlineDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    suggestions = dialog.findChild(ArticleSuggestions)
    assert suggestions is not None
    dialog.ui.titleEdit.insert(question[:6])
    suggestions.search_now()  # what the pause after typing does
    assert article_id in suggestions.ids()
    suggestions.article_chosen.emit(article_id)
    qtbot.keyClick(dialog.ui.titleEdit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    links = select(m.KbArticleTicket.ticket_id).where(m.KbArticleTicket.article_id == article_id)
    with doc.store.read() as s:
        newest = s.execute(select(m.Ticket.id).order_by(m.Ticket.id.desc()).limit(1)).scalar_one()
        assert newest in s.execute(links).scalars().all()
    doc.undo_stack.undo()
    with doc.store.read() as s:
        assert newest not in s.execute(links).scalars().all()
        assert s.get(m.Ticket, newest) is None


def test_the_support_page_has_its_charts(page: SupportPage, qtbot: Any) -> None:
    from oa_desk.gui.widgets.support_charts import SupportCharts

    index = page.tabs.indexOf(page.charts)
    assert isinstance(page.charts, SupportCharts) and index == 1
    assert page.tabs.tabText(index) == "Charts"
    page.tabs.setCurrentIndex(index)
    qtbot.waitUntil(lambda: not page.charts._stale, timeout=5000)


def test_the_ticket_count_is_grouped_like_every_other_figure(
    page: SupportPage, monkeypatch: Any
) -> None:
    """A large plan's count reads "21,000 tickets", not "21000 tickets"."""
    tab = page.tickets
    monkeypatch.setattr(tab.model, "total", lambda: 21_000)
    tab.reload()
    assert tab.count.text() == "21,000 tickets"


def test_a_language_change_keeps_the_ticket_filters_and_sort(
    page: SupportPage, window: MainWindow, qtbot: Any
) -> None:
    tab = page.tickets
    tab.breached.setCurrentIndex(tab.breached.findData(True))
    tab.sort_by("priority", False)
    breached = tab.model.total()
    window.translations.apply("zh_CN")
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "工单")
    rebuilt = page.tickets
    assert rebuilt is not tab
    assert rebuilt.breached.currentData() is True
    assert rebuilt.breached.currentText() != tab.breached.currentText()  # in the new words
    assert (rebuilt.sort, rebuilt.descending) == ("priority", False)
    qtbot.waitUntil(lambda: rebuilt.model.total() == breached)
    assert rebuilt.model.data(rebuilt.model.index(0, TicketCol.PRIORITY)) == "P1"
    window.translations.apply("zh_CN")  # the same language again: nothing is made again
    qtbot.wait(50)
    assert page.tickets is rebuilt
    window.translations.apply("en")
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "Tickets")
    assert page.tickets.breached.currentData() is True
