"""The Knowledge base's user intents, one small function each (see ``gui.operations``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from oa_desk.exchange.feedback_results import Results
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.knowledge.labels import explain
from oa_desk.gui.operations import perform
from oa_desk.services import feedback, records, support
from oa_desk.services import knowledge as kb
from oa_desk.services.records import AddStep, RecordEdit
from oa_desk.services.support import TicketEdit

translate = QCoreApplication.translate


def _explain(doc: PlanDocument) -> Any:
    return lambda exc: doc.failed.emit(explain(exc))


def save_article(
    doc: PlanDocument,
    article_id: int | None,
    values: Mapping[str, Any],
    tags: Sequence[str] | None,
    today: dt.date,
) -> kb.ArticleEdit | None:
    store = doc.store
    title = str(values.get("question", "")) or translate("KnowledgeOperations", "article")
    text = (
        translate("KnowledgeOperations", "Add article {title}")
        if article_id is None
        else translate("KnowledgeOperations", "Edit article {title}")
    ).format(title=title)
    return perform(
        doc,
        text,
        lambda: kb.save_article(store, article_id, values, tags=tags, today=today),
        lambda edit: kb.revert_article_edit(store, edit.undo),
        redo=lambda edit: kb.save_article(
            store,
            article_id,
            values,
            tags=tags,
            today=today,
            new_id=edit.article_id if article_id is None else None,
        ),
        explain=_explain(doc),
    )


def article_from_ticket(
    doc: PlanDocument, ticket_id: int, number: str, today: dt.date
) -> kb.ArticleEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("KnowledgeOperations", "Create article from ticket {number}").format(
            number=number
        ),
        lambda: kb.article_from_ticket(store, ticket_id, today=today),
        lambda edit: kb.revert_article_edit(store, edit.undo),
        redo=lambda edit: kb.article_from_ticket(
            store, ticket_id, today=today, new_id=edit.article_id
        ),
        explain=_explain(doc),
    )


def delete_articles(doc: PlanDocument, ids: Sequence[int], text: str) -> RecordEdit | None:
    store = doc.store
    return perform(
        doc,
        text,
        lambda: kb.delete_articles(store, ids),
        lambda edit: records.revert_record_edit(store, edit.undo),
        explain=_explain(doc),
    )


def link_ticket(
    doc: PlanDocument, article_id: int, ticket_id: int, number: str
) -> kb.ArticleEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("KnowledgeOperations", "Link ticket {number}").format(number=number),
        lambda: kb.link_tickets(store, article_id, [ticket_id]),
        lambda edit: kb.revert_article_edit(store, edit.undo),
        explain=_explain(doc),
    )


def unlink_ticket(
    doc: PlanDocument, article_id: int, ticket_id: int, number: str
) -> kb.ArticleEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("KnowledgeOperations", "Unlink ticket {number}").format(number=number),
        lambda: kb.unlink_tickets(store, article_id, [ticket_id]),
        lambda edit: kb.revert_article_edit(store, edit.undo),
        explain=_explain(doc),
    )


def add_round(doc: PlanDocument, values: Mapping[str, Any]) -> AddStep | None:
    store = doc.store
    return perform(
        doc,
        translate("KnowledgeOperations", "Add feedback round {day}").format(
            day=values.get("day", "")
        ),
        lambda: records.add_step(store, "feedback_round", values),
        lambda step: records.undo_add_step(store, step),
        redo=lambda step: records.redo_add_step(store, step),
        explain=_explain(doc),
    )


def import_round(
    doc: PlanDocument, results: Results, values: Mapping[str, Any], name: str
) -> AddStep | None:
    """A round from a results file (``values``: its department, day, channel)."""
    store = doc.store
    return perform(
        doc,
        translate("KnowledgeOperations", "Import feedback results {name}").format(name=name),
        lambda: feedback.import_round(
            store,
            results,
            department_id=values.get("department_id"),
            day=values["day"],
            channel=values["channel"],
        ),
        lambda step: records.undo_add_step(store, step),
        redo=lambda step: records.redo_add_step(store, step),
        explain=_explain(doc),
    )


def edit_round(doc: PlanDocument, round_id: int, values: Mapping[str, Any]) -> RecordEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("KnowledgeOperations", "Edit feedback round"),
        lambda: records.update_record(store, "feedback_round", round_id, values),
        lambda edit: records.revert_record_edit(store, edit.undo),
        explain=_explain(doc),
    )


def delete_rounds(doc: PlanDocument, ids: Sequence[int], text: str) -> RecordEdit | None:
    store = doc.store
    return perform(
        doc,
        text,
        lambda: feedback.delete_rounds(store, ids),
        lambda edit: records.revert_record_edit(store, edit.undo),
        explain=_explain(doc),
    )


def suggestion_ticket(
    doc: PlanDocument, round_id: int, text: str, note: str, now: dt.datetime
) -> TicketEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("KnowledgeOperations", "Turn suggestion into ticket"),
        lambda: feedback.suggestion_ticket(
            store, round_id, text, actor_id=None, now=now, note=note
        ),
        lambda edit: support.revert_ticket_edit(store, edit.undo),
        explain=_explain(doc),
    )
