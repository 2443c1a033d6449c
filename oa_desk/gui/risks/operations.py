"""The Risks page's user intents, one small function each (see ``gui.operations``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from oa_desk.gui.document import PlanDocument
from oa_desk.gui.operations import perform
from oa_desk.services import records
from oa_desk.services.records import AddStep, RecordEdit

translate = QCoreApplication.translate


def add_risk(doc: PlanDocument, values: Mapping[str, Any]) -> AddStep | None:
    store = doc.store
    return perform(
        doc,
        translate("RiskOperations", "Add risk {title}").format(title=values.get("title", "")),
        lambda: records.add_step(store, "risk", values),
        lambda step: records.undo_add_step(store, step),
        redo=lambda step: records.redo_add_step(store, step),
    )


def edit_risk(
    doc: PlanDocument,
    risk_id: int,
    title: str,
    values: Mapping[str, Any],
    *,
    read: Mapping[tuple[str, int], int] | None = None,
) -> RecordEdit | None:
    """``read``: the row versions the page read (someone else's change since: refused)."""
    store = doc.store
    return perform(
        doc,
        translate("RiskOperations", "Edit risk {title}").format(title=title),
        lambda: records.update_record(store, "risk", risk_id, values),
        lambda edit: records.revert_record_edit(store, edit.undo),
        read=read,
    )


def delete_risks(
    doc: PlanDocument,
    ids: Sequence[int],
    text: str,
    *,
    read: Mapping[tuple[str, int], int] | None = None,
) -> RecordEdit | None:
    store = doc.store
    return perform(
        doc,
        text,
        lambda: records.delete_records(store, "risk", ids),
        lambda edit: records.revert_record_edit(store, edit.undo),
        read=read,
    )
