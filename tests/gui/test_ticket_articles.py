"""A ticket's knowledge-base articles: shown in the ticket's dialog, linked and unlinked
there (each one undo step), and a knowledge-base article's linked ticket opening the
ticket's dialog over the Knowledge base page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from oa_desk.gui.knowledge.page import KnowledgePage
from oa_desk.gui.main_window import MainWindow
from oa_desk.gui.support.article_picker import ArticlePicker
from oa_desk.gui.support.links import TicketLinks
from oa_desk.gui.support.page import SupportPage
from oa_desk.gui.support.ticket_dialog import TicketDialog
from oa_desk.services import knowledge as kb
from oa_desk.services import support
from oa_desk.services.demo import generate_demo

NOW = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def opened(window: MainWindow, tmp_path: Path) -> MainWindow:
    path = tmp_path / "plan.oadesk"
    generate_demo(path, scale=1)
    assert window.open_path(path)
    return window


def _ticket(window: MainWindow) -> tuple[int, str]:
    assert window.doc is not None
    edit = support.create_ticket(
        window.doc.store, {"title": "报销单无法提交"}, actor_id=None, now=NOW
    )
    ticket_id = edit.ticket_ids[0]
    from sqlalchemy import select

    from oa_desk.store import models as m

    with window.doc.store.read() as session:
        number = session.execute(
            select(m.Ticket.number).where(m.Ticket.id == ticket_id)
        ).scalar_one()
    return ticket_id, str(number)


def _dialog(window: MainWindow, ticket_id: int) -> TicketDialog:
    window.show_page("support")
    page = window.page("support")
    assert isinstance(page, SupportPage) and window.doc is not None
    dialog = page.open_ticket(window.doc, ticket_id)
    assert isinstance(dialog, TicketDialog)
    return dialog


def _shown(dialog: TicketDialog) -> list[str]:
    view = dialog.ui.articlesList
    return [view.item(i).text() for i in range(view.count())]


def test_link_and_unlink_an_article_in_the_ticket_dialog_with_undo(
    opened: MainWindow, monkeypatch: Any
) -> None:
    doc = opened.doc
    assert doc is not None
    ticket_id, _number = _ticket(opened)
    article = kb.list_articles(doc.store)[0]
    dialog = _dialog(opened, ticket_id)
    assert _shown(dialog) == ["No article linked yet"]
    assert dialog.ui.linkArticleButton.isEnabled()
    assert not dialog.ui.unlinkArticleButton.isEnabled()
    page = opened.page("support")
    assert isinstance(page, SupportPage)
    monkeypatch.setattr(page.tickets, "pick_article", lambda _doc, _parent: article.id)

    dialog.ui.linkArticleButton.click()
    assert _shown(dialog) == [article.question]
    assert kb.articles_of_ticket(doc.store, ticket_id) == [(article.id, article.question)]
    assert doc.undo_stack.undoText().startswith("Link an article to")
    doc.undo_stack.undo()
    assert kb.articles_of_ticket(doc.store, ticket_id) == []
    doc.undo_stack.redo()
    assert kb.articles_of_ticket(doc.store, ticket_id) == [(article.id, article.question)]

    dialog.reject()
    dialog = _dialog(opened, ticket_id)  # a dialog opened again reads the link
    assert _shown(dialog) == [article.question]
    assert dialog.ui.unlinkArticleButton.isEnabled()
    dialog.ui.unlinkArticleButton.click()
    assert kb.articles_of_ticket(doc.store, ticket_id) == []
    assert _shown(dialog) == ["No article linked yet"]
    doc.undo_stack.undo()
    assert kb.articles_of_ticket(doc.store, ticket_id) == [(article.id, article.question)]
    dialog.reject()


def test_the_picker_finds_an_article_by_its_words(opened: MainWindow, qtbot: Any) -> None:
    doc = opened.doc
    assert doc is not None
    article = kb.list_articles(doc.store)[0]
    picker = ArticlePicker(doc, "")
    qtbot.addWidget(picker)
    picker.search.setText(article.question)
    picker.search.returnPressed.emit()  # Enter takes the best match
    assert picker.chosen is not None
    assert article.id in [h.id for h in kb.find_articles(doc.store, article.question)]


def test_an_articles_linked_ticket_opens_the_ticket(opened: MainWindow) -> None:
    doc = opened.doc
    assert doc is not None
    ticket_id, number = _ticket(opened)
    article = kb.list_articles(doc.store)[0]
    kb.link_tickets(doc.store, article.id, [ticket_id])
    opened.show_page("knowledge")
    page = opened.page("knowledge")
    assert isinstance(page, KnowledgePage)
    page.articles.reload(select_id=article.id)
    assert page.articles.current_id() == article.id
    items = page.articles.tickets
    item = next(items.item(i) for i in range(items.count()) if number in items.item(i).text())
    items.itemActivated.emit(item)
    links = opened.findChild(TicketLinks)
    assert links is not None
    shown = links.last_dialog
    assert isinstance(shown, TicketDialog) and shown.card.number == number
    assert _shown(shown) == [article.question]
    assert opened.sidebar.currentItem().text() == "Knowledge base"
    shown.reject()
