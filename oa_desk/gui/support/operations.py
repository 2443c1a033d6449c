"""The Support page's user intents, one small function each (see ``gui.operations``).

Each is one undo step, however many tickets it touches; a refusal is explained in
the user's words (:func:`oa_desk.gui.support.texts.explain`) and changes nothing.
``actor_id`` is who the desk user said they are (recorded in every event).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from oa_desk.domain.enums import TicketPriority, TicketStatus
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.operations import perform
from oa_desk.gui.support import texts
from oa_desk.services import knowledge, support, support_desk
from oa_desk.services.knowledge import ArticleEdit
from oa_desk.services.support import TicketEdit

translate = QCoreApplication.translate


class _Plurals(QObject):
    """Texts with a count: lupdate marks plurals only of ``self.tr(text, "", n)``."""

    def assign(self, n: int) -> str:
        return self.tr("Assign %n ticket(s) to {who}", "", n)

    def status(self, n: int) -> str:
        return self.tr("Set %n ticket(s) to {status}", "", n)

    def priority(self, n: int) -> str:
        return self.tr("Set %n ticket(s) to priority {priority}", "", n)


class Explained(Exception):
    """A refusal already put in the user's words (the window shows ``str()``)."""


def now() -> dt.datetime:
    """The moment an intent happens (tests replace it)."""
    return dt.datetime.now(dt.UTC)


def _explain(doc: PlanDocument) -> Callable[[BaseException], None]:
    def explain(exc: BaseException) -> None:
        words = texts.explain(exc)
        doc.failed.emit(Explained(words) if words is not None else exc)

    return explain


def _undo(doc: PlanDocument) -> Callable[[TicketEdit], Any]:
    store = doc.store
    return lambda r: support.revert_ticket_edit(store, r.undo)


def create(doc: PlanDocument, values: Mapping[str, Any], actor_id: int | None) -> TicketEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("SupportOperations", "New ticket {title}").format(title=values.get("title", "")),
        lambda: support.create_ticket(store, values, actor_id=actor_id, now=now()),
        _undo(doc),
        explain=_explain(doc),
    )


def _bulk(
    doc: PlanDocument, text: str, ids: Sequence[int], actor_id: int | None, **what: Any
) -> TicketEdit | None:
    store = doc.store
    chosen = list(ids)
    return perform(
        doc,
        text,
        lambda: support.bulk_edit(store, chosen, actor_id=actor_id, now=now(), **what),
        _undo(doc),
        explain=_explain(doc),
    )


def assign(
    doc: PlanDocument, ids: Sequence[int], person_id: int | None, who: str, actor_id: int | None
) -> TicketEdit | None:
    text = _Plurals().assign(len(ids)).format(who=who)
    return _bulk(doc, text, ids, actor_id, assignee_id=person_id)


def set_status(
    doc: PlanDocument, ids: Sequence[int], status: TicketStatus, actor_id: int | None
) -> TicketEdit | None:
    text = _Plurals().status(len(ids)).format(status=texts.status_label(status))
    return _bulk(doc, text, ids, actor_id, status=status)


def set_priority(
    doc: PlanDocument, ids: Sequence[int], priority: TicketPriority | str, actor_id: int | None
) -> TicketEdit | None:
    value = str(getattr(priority, "value", priority))
    text = _Plurals().priority(len(ids)).format(priority=value)
    return _bulk(doc, text, ids, actor_id, priority=value)


def comment(
    doc: PlanDocument, ticket_id: int, number: str, text: str, actor_id: int | None
) -> TicketEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("SupportOperations", "Comment on {number}").format(number=number),
        lambda: support.add_comment(store, ticket_id, text, actor_id=actor_id, now=now()),
        _undo(doc),
        explain=_explain(doc),
    )


def edit(
    doc: PlanDocument,
    ticket_id: int,
    number: str,
    values: Mapping[str, Any],
    actor_id: int | None,
) -> TicketEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("SupportOperations", "Edit {number}").format(number=number),
        lambda: support_desk.edit_ticket(store, ticket_id, values, actor_id=actor_id, now=now()),
        _undo(doc),
        explain=_explain(doc),
    )


def to_task(
    doc: PlanDocument, ticket_id: int, number: str, actor_id: int | None
) -> TicketEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("SupportOperations", "Turn {number} into a task").format(number=number),
        lambda: support_desk.ticket_to_task(store, ticket_id, actor_id=actor_id, now=now()),
        _undo(doc),
        explain=_explain(doc),
    )


def to_risk(
    doc: PlanDocument, ticket_id: int, number: str, actor_id: int | None
) -> TicketEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("SupportOperations", "Turn {number} into a risk").format(number=number),
        lambda: support_desk.ticket_to_risk(store, ticket_id, actor_id=actor_id, now=now()),
        _undo(doc),
        explain=_explain(doc),
    )


def to_training_need(
    doc: PlanDocument, ticket_id: int, number: str, actor_id: int | None
) -> TicketEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("SupportOperations", "Turn {number} into a training need").format(number=number),
        lambda: support_desk.ticket_to_training_need(
            store, ticket_id, actor_id=actor_id, now=now()
        ),
        _undo(doc),
        explain=_explain(doc),
    )


def link_article(
    doc: PlanDocument, ticket_id: int, number: str, article_id: int
) -> ArticleEdit | None:
    """Link a knowledge-base article to the ticket (the article's side of the link)."""
    store = doc.store
    return perform(
        doc,
        translate("SupportOperations", "Link an article to {number}").format(number=number),
        lambda: knowledge.link_tickets(store, article_id, [ticket_id]),
        lambda edit: knowledge.revert_article_edit(store, edit.undo),
        explain=_explain(doc),
    )


def unlink_article(
    doc: PlanDocument, ticket_id: int, number: str, article_id: int
) -> ArticleEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("SupportOperations", "Unlink an article from {number}").format(number=number),
        lambda: knowledge.unlink_tickets(store, article_id, [ticket_id]),
        lambda edit: knowledge.revert_article_edit(store, edit.undo),
        explain=_explain(doc),
    )
