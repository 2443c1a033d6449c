"""The Goals page's user intents, one small function each (see ``gui.operations``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from oa_desk.gui.document import PlanDocument
from oa_desk.gui.operations import perform
from oa_desk.services import goals, records
from oa_desk.services.records import AddStep, RecordEdit

translate = QCoreApplication.translate


def add_goal(doc: PlanDocument, values: Mapping[str, Any]) -> AddStep | None:
    store = doc.store
    return perform(
        doc,
        translate("GoalOperations", "Add goal {name}").format(name=values.get("name", "")),
        lambda: records.add_step(store, "goal", values),
        lambda step: records.undo_add_step(store, step),
        redo=lambda step: records.redo_add_step(store, step),
    )


def edit_goal(
    doc: PlanDocument, goal_id: int, name: str, values: Mapping[str, Any]
) -> RecordEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("GoalOperations", "Edit goal {name}").format(name=name),
        lambda: records.update_record(store, "goal", goal_id, values),
        lambda edit: records.revert_record_edit(store, edit.undo),
        read=doc.versions_read("goal", [goal_id]),  # another user's change since: refused
    )


def delete_rows(doc: PlanDocument, table: str, ids: Sequence[int], text: str) -> RecordEdit | None:
    """Delete goals (with their measurements) or measurements."""
    store = doc.store
    return perform(
        doc,
        text,
        lambda: records.delete_records(store, table, ids),
        lambda edit: records.revert_record_edit(store, edit.undo),
        read=doc.versions_read(table, ids),
    )


def add_measurement(doc: PlanDocument, name: str, values: Mapping[str, Any]) -> AddStep | None:
    store = doc.store
    return perform(
        doc,
        translate("GoalOperations", "Measure {name}").format(name=name),
        lambda: goals.add_measurement(store, values),
        lambda step: records.undo_add_step(store, step),
        redo=lambda step: records.redo_add_step(store, step),
    )


def edit_measurement(
    doc: PlanDocument, measurement_id: int, name: str, values: Mapping[str, Any]
) -> RecordEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("GoalOperations", "Edit a measurement of {name}").format(name=name),
        lambda: goals.edit_measurement(store, measurement_id, values),
        lambda edit: records.revert_record_edit(store, edit.undo),
    )
