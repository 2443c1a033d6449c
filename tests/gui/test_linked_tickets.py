"""The tickets a risk or a task came from, shown where the risk and the task are: the
risk register's Tickets column, "Linked tickets…" in the Risks and Timeline context
menus (Support's shared action), and a ticket opened from the list over the page the
user is on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from oa_desk.gui.main_window import MainWindow
from oa_desk.gui.risks.model import ID_ROLE, RiskCol
from oa_desk.gui.risks.page import RisksPage
from oa_desk.gui.support import operations
from oa_desk.gui.support.links import LinkedTicketsDialog, TicketLinks
from oa_desk.gui.support.ticket_dialog import TicketDialog
from oa_desk.gui.timeline.page import TimelinePage
from oa_desk.services import support
from oa_desk.services.demo import generate_demo

NOW = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.oadesk"
    generate_demo(path, scale=1)
    return path


def _new_ticket(window: MainWindow, title: str) -> tuple[int, str]:
    doc = window.doc
    assert doc is not None
    edit = support.create_ticket(doc.store, {"title": title}, actor_id=None, now=NOW)
    ticket_id = edit.ticket_ids[0]
    number = next(n for i, n, _t in _numbers(window) if i == ticket_id)
    return ticket_id, number


def _numbers(window: MainWindow) -> list[tuple[int, str, str]]:
    from sqlalchemy import select

    from oa_desk.store import models as m

    assert window.doc is not None
    with window.doc.store.read() as session:
        rows = session.execute(select(m.Ticket.id, m.Ticket.number, m.Ticket.title)).all()
    return [(int(i), str(n), str(t)) for i, n, t in rows]


def _links(window: MainWindow) -> TicketLinks:
    links = window.findChild(TicketLinks)
    assert isinstance(links, TicketLinks)
    return links


def _risk_row(page: RisksPage, risk_id: int) -> int:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 0).data(ID_ROLE) == risk_id:
            return row
    raise AssertionError(f"risk {risk_id} is not shown")


def test_a_risk_shows_its_tickets_and_opens_one_where_the_user_is(
    window: MainWindow, plan: Path, qtbot: Any
) -> None:
    assert window.open_path(plan)
    doc = window.doc
    assert doc is not None
    ticket_id, number = _new_ticket(window, "审批流卡在财务节点")
    window.show_page("risks")
    page = window.page("risks")
    assert isinstance(page, RisksPage)
    edit = operations.to_risk(doc, ticket_id, number, None)
    assert edit is not None
    risk_id = next(r.id for r in page.risks().risks if r.title.endswith("审批流卡在财务节点"))  # type: ignore[union-attr]
    row = _risk_row(page, risk_id)
    cell = page.proxy.index(row, RiskCol.TICKETS)
    assert cell.data() == "1"  # the register counts it, refreshed by the Changes
    assert page.model.headerData(RiskCol.TICKETS, Qt.Orientation.Horizontal) == "Tickets"

    page._double_clicked(cell)  # the count opens the list, not the risk's dialog
    dialog = _links(window).last_dialog
    assert isinstance(dialog, LinkedTicketsDialog)
    assert dialog.list.count() == 1 and number in dialog.list.item(0).text()
    dialog.open_item(dialog.list.item(0))
    opened = _links(window).last_dialog
    assert isinstance(opened, TicketDialog) and opened.card.number == number
    assert opened.card.risk_id == risk_id
    assert window.sidebar.currentItem().text() == "Risks"  # the user stays on Risks
    opened.reject()

    doc.undo_stack.undo()  # the risk and its link go: the register shows no such row
    assert all(r.id != risk_id for r in page.risks().risks)  # type: ignore[union-attr]


def test_the_timeline_menu_lists_a_tasks_tickets(window: MainWindow, plan: Path) -> None:
    assert window.open_path(plan)
    doc = window.doc
    assert doc is not None
    ticket_id, number = _new_ticket(window, "移动端打不开附件")
    assert operations.to_task(doc, ticket_id, number, None) is not None
    window.show_page("timeline")
    page = window.page("timeline")
    assert isinstance(page, TimelinePage)
    task_id = _task_of(window, ticket_id)
    menu = page._with_history(QMenu(page), task_id)
    names = [a.objectName() for a in menu.actions()]
    assert "linkedTicketsAction" in names and "itemHistoryAction" in names
    action = next(a for a in menu.actions() if a.objectName() == "linkedTicketsAction")
    assert action.text() == "Linked Tickets…"
    action.trigger()
    dialog = _links(window).last_dialog
    assert isinstance(dialog, LinkedTicketsDialog)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        f"{number}  移动端打不开附件"
    ]
    dialog.reject()


def _task_of(window: MainWindow, ticket_id: int) -> int:
    from sqlalchemy import select

    from oa_desk.store import models as m

    assert window.doc is not None
    with window.doc.store.read() as session:
        task_id = session.execute(
            select(m.Ticket.task_id).where(m.Ticket.id == ticket_id)
        ).scalar_one()
    assert task_id is not None
    return int(task_id)


def test_a_task_without_tickets_says_so(window: MainWindow, plan: Path) -> None:
    assert window.open_path(plan)
    action = window.shared_action("support.linked_tickets")
    assert action is not None
    action.setData(("task", 999_999, "task X"))
    action.trigger()
    dialog = _links(window).last_dialog
    assert isinstance(dialog, LinkedTicketsDialog)
    assert dialog.list.count() == 0 and not dialog.open_button.isEnabled()
    dialog.reject()
