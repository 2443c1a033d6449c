"""The People feature's user intents, one small function each (see ``gui.operations``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from oa_desk.domain.enums import GateDecision, ReadinessKind
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.operations import perform
from oa_desk.gui.people import texts
from oa_desk.services import departments as dep_service
from oa_desk.services import gates as gate_service
from oa_desk.services import people as people_service
from oa_desk.services import schedule
from oa_desk.services.departments import MergeEdit
from oa_desk.services.records import RecordEdit

translate = QCoreApplication.translate


class Explained(Exception):
    """A refusal already put in the user's words (the window shows ``str()``)."""


def _explain(doc: PlanDocument) -> Any:
    def explain(exc: BaseException) -> None:
        doc.failed.emit(Explained(texts.explain(exc)))

    return explain


def add_person(doc: PlanDocument, values: Mapping[str, Any]) -> RecordEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("PeopleOperations", "Add {name}").format(name=values.get("name", "")),
        lambda: people_service.add_person(store, values),
        lambda r: people_service.revert(store, r.undo),
        explain=_explain(doc),
    )


def edit_person(
    doc: PlanDocument, person_id: int, name: str, values: Mapping[str, Any]
) -> RecordEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("PeopleOperations", "Edit {name}").format(name=name),
        lambda: people_service.edit_person(store, person_id, values),
        lambda r: people_service.revert(store, r.undo),
        explain=_explain(doc),
    )


def set_active(doc: PlanDocument, ids: Sequence[int], active: bool, who: str) -> RecordEdit | None:
    """Deactivate (or reactivate) people; ``who`` names them in Edit › Undo."""
    store = doc.store
    text = (
        translate("PeopleOperations", "Reactivate {who}")
        if active
        else translate("PeopleOperations", "Deactivate {who}")
    ).format(who=who)
    return perform(
        doc,
        text,
        lambda: people_service.set_active(store, ids, active),
        lambda r: people_service.revert(store, r.undo),
        explain=_explain(doc),
    )


def add_department(doc: PlanDocument, name: str, parent_id: int | None) -> RecordEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("PeopleOperations", "Add department {name}").format(name=name),
        lambda: dep_service.add_department(store, name, parent_id),
        lambda r: dep_service.revert(store, r.undo),
        explain=_explain(doc),
    )


def edit_department(
    doc: PlanDocument, department_id: int, label: str, values: Mapping[str, Any]
) -> RecordEdit | None:
    """Rename, or change its head, headcount, wave, readiness ("Move 财务部 to Wave 1")."""
    store = doc.store
    return perform(
        doc,
        label,
        lambda: dep_service.edit_department(store, department_id, values),
        lambda r: dep_service.revert(store, r.undo),
        explain=_explain(doc),
    )


def move_department(
    doc: PlanDocument, department_id: int, name: str, parent_id: int | None
) -> RecordEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("PeopleOperations", "Move department {name}").format(name=name),
        lambda: dep_service.move_department(store, department_id, parent_id),
        lambda r: dep_service.revert(store, r.undo),
        explain=_explain(doc),
    )


def delete_department(doc: PlanDocument, department_id: int, name: str) -> RecordEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("PeopleOperations", "Delete department {name}").format(name=name),
        lambda: dep_service.delete_department(store, department_id),
        lambda r: dep_service.revert(store, r.undo),
        explain=_explain(doc),
    )


def merge_department(
    doc: PlanDocument, source_id: int, source: str, target_id: int, target: str
) -> MergeEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("PeopleOperations", "Merge {source} into {target}").format(
            source=source, target=target
        ),
        lambda: dep_service.merge_department(store, source_id, target_id),
        lambda r: dep_service.revert_merge(store, r.undo),
        explain=_explain(doc),
    )


def record_decision(
    doc: PlanDocument,
    department_id: int,
    name: str,
    decision: GateDecision,
    day: dt.date | None,
    by: str,
    notes: str = "",
) -> RecordEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("PeopleOperations", "Record the gate decision of {name}").format(name=name),
        lambda: gate_service.record_decision(store, department_id, decision, day, by, notes),
        lambda r: gate_service.revert(store, r.undo),
        explain=_explain(doc),
    )


def add_item(
    doc: PlanDocument, department_id: int, kind: ReadinessKind, title: str
) -> RecordEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("PeopleOperations", "Add a readiness item"),
        lambda: gate_service.add_item(store, department_id, kind, title),
        lambda r: gate_service.revert(store, r.undo),
        explain=_explain(doc),
    )


def set_item_done(doc: PlanDocument, item_id: int, done: bool) -> RecordEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("PeopleOperations", "Tick a readiness item")
        if done
        else translate("PeopleOperations", "Untick a readiness item"),
        lambda: gate_service.set_item_done(store, item_id, done, None),
        lambda r: gate_service.revert(store, r.undo),
        explain=_explain(doc),
    )


def set_thresholds(
    doc: PlanDocument, wave_id: int, wave: str, values: Mapping[str, int]
) -> RecordEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("PeopleOperations", "Change the gate thresholds of {wave}").format(wave=wave),
        lambda: gate_service.set_thresholds(store, wave_id, values),
        lambda r: gate_service.revert(store, r.undo),
        explain=_explain(doc),
    )


def move_go_live(
    doc: PlanDocument, department_id: int, name: str, day: dt.date
) -> schedule.EditResult | None:
    """Move a department's go-live: its milestone on the Timeline moves with it."""
    store = doc.store
    return perform(
        doc,
        translate("PeopleOperations", "Move the go-live of {name}").format(name=name),
        lambda: dep_service.move_go_live(store, department_id, day),
        lambda r: schedule.revert(store, r.undo),
        explain=_explain(doc),
    )
