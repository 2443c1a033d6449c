"""The Publicity page's user intents, one small function each (see ``gui.operations``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from oa_desk.gui.document import PlanDocument
from oa_desk.gui.operations import perform
from oa_desk.services import publicity, records
from oa_desk.services.records import AddStep, RecordEdit

translate = QCoreApplication.translate


def add_item(doc: PlanDocument, values: Mapping[str, Any]) -> AddStep | None:
    store = doc.store
    return perform(
        doc,
        translate("PublicityOperations", "Add publicity item {title}").format(
            title=values.get("title", "")
        ),
        lambda: publicity.add_item(store, values),
        lambda step: records.undo_add_step(store, step),
        redo=lambda step: records.redo_add_step(store, step),
    )


def edit_item(
    doc: PlanDocument, item_id: int, title: str, values: Mapping[str, Any]
) -> RecordEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("PublicityOperations", "Edit publicity item {title}").format(title=title),
        lambda: publicity.update_item(store, item_id, values),
        lambda edit: records.revert_record_edit(store, edit.undo),
        read=doc.versions_read("communication", [item_id]),  # another's change: refused
    )


def delete_items(doc: PlanDocument, ids: Sequence[int], text: str) -> RecordEdit | None:
    store = doc.store
    return perform(
        doc,
        text,
        lambda: records.delete_records(store, "communication", ids),
        lambda edit: records.revert_record_edit(store, edit.undo),
        read=doc.versions_read("communication", ids),
    )
