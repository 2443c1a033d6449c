"""The Team page's user intents, one small function each (see ``gui.operations``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from oa_desk.domain.enums import RaciRole
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.operations import perform
from oa_desk.services import records, team
from oa_desk.services.records import RecordEdit
from oa_desk.services.team import AddStep, RaciEdit

translate = QCoreApplication.translate


def add_stakeholder(doc: PlanDocument, values: Mapping[str, Any]) -> AddStep | None:
    store = doc.store
    return perform(
        doc,
        translate("TeamOperations", "Add stakeholder {name}").format(name=values.get("name", "")),
        lambda: team.add(store, "stakeholder", values),
        lambda step: team.undo_add(store, step),
        redo=lambda step: team.redo_add(store, step),
    )


def edit_stakeholder(
    doc: PlanDocument, stakeholder_id: int, name: str, values: Mapping[str, Any]
) -> RecordEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("TeamOperations", "Edit stakeholder {name}").format(name=name),
        lambda: records.update_record(store, "stakeholder", stakeholder_id, values),
        lambda edit: records.revert_record_edit(store, edit.undo),
    )


def delete_rows(doc: PlanDocument, table: str, ids: Sequence[int], text: str) -> RecordEdit | None:
    """Delete stakeholders (with their RACI cells) or team members."""
    store = doc.store
    return perform(
        doc,
        text,
        lambda: records.delete_records(store, table, ids),
        lambda edit: records.revert_record_edit(store, edit.undo),
    )


def move_on_grid(
    doc: PlanDocument, stakeholder_id: int, name: str, influence: int, interest: int
) -> RecordEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("TeamOperations", "Move {name} on the grid").format(name=name),
        lambda: team.move_on_grid(store, stakeholder_id, influence, interest),
        lambda edit: records.revert_record_edit(store, edit.undo),
    )


def set_raci(
    doc: PlanDocument, task_id: int, stakeholder_id: int, role: RaciRole | None, where: str
) -> RaciEdit | None:
    store = doc.store
    text = (
        translate("TeamOperations", "Clear RACI of {where}").format(where=where)
        if role is None
        else translate("TeamOperations", "Set RACI {role} for {where}").format(
            role=role.value, where=where
        )
    )
    return perform(
        doc,
        text,
        lambda: team.set_raci(store, task_id, stakeholder_id, role),
        lambda edit: team.revert_raci(store, edit),
    )


def add_member(doc: PlanDocument, values: Mapping[str, Any], name: str) -> AddStep | None:
    store = doc.store
    return perform(
        doc,
        translate("TeamOperations", "Add {name} to the team").format(name=name),
        lambda: team.add_member(store, values),
        lambda step: team.undo_add(store, step),
        redo=lambda step: team.redo_add(store, step),
    )


def edit_member(
    doc: PlanDocument, member_id: int, name: str, values: Mapping[str, Any]
) -> RecordEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("TeamOperations", "Edit team member {name}").format(name=name),
        lambda: team.edit_member(store, member_id, values),
        lambda edit: records.revert_record_edit(store, edit.undo),
    )
