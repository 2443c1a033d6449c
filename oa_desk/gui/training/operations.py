"""The Training page's user intents, one small function each (see ``gui.operations``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from oa_desk.domain.enums import Attendance
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.operations import perform
from oa_desk.gui.training.messages import explain_with
from oa_desk.services import records
from oa_desk.services import training as service
from oa_desk.services import training_signin as signin_service
from oa_desk.services.records import RecordEdit
from oa_desk.services.training import CourseEdit, EnrolmentEdit, RulePreview
from oa_desk.services.training_signin import SigninEdit, SigninPreview

# (table, id) -> the row version a view read; None: nothing to check.
Versions = Mapping[tuple[str, int], int] | None

translate = QCoreApplication.translate


def save_course(
    doc: PlanDocument,
    course_id: int | None,
    values: Mapping[str, Any],
    prerequisites: Sequence[int] | None = None,
) -> CourseEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("TrainingOperations", "Add course")
        if course_id is None
        else translate("TrainingOperations", "Edit course"),
        lambda: service.save_course(store, course_id, values, prerequisites),
        lambda r: service.revert_course(store, r),
        explain=explain_with(doc),
    )


def delete_course(doc: PlanDocument, course_id: int) -> RecordEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("TrainingOperations", "Delete course"),
        lambda: records.delete_records(store, "course", [course_id]),
        lambda r: records.revert_record_edit(store, r.undo),
        explain=explain_with(doc),
    )


def save_session(
    doc: PlanDocument, session_id: int | None, values: Mapping[str, Any]
) -> RecordEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("TrainingOperations", "Add session")
        if session_id is None
        else translate("TrainingOperations", "Edit session"),
        lambda: service.save_session(store, session_id, values),
        lambda r: records.revert_record_edit(store, r.undo),
        explain=explain_with(doc),
    )


def delete_session(doc: PlanDocument, session_id: int) -> RecordEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("TrainingOperations", "Delete session"),
        lambda: records.delete_records(store, "training_session", [session_id]),
        lambda r: records.revert_record_edit(store, r.undo),
        explain=explain_with(doc),
    )


def enrol_person(doc: PlanDocument, session_id: int, person_id: int) -> EnrolmentEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("TrainingOperations", "Enrol a person"),
        lambda: service.enrol_person(store, session_id, person_id),
        lambda r: service.revert(store, r.undo),
        explain=explain_with(doc),
    )


def enrol_by_rule(doc: PlanDocument, session_id: int, preview: RulePreview) -> EnrolmentEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("TrainingOperations", "Enrol by rule"),
        lambda: service.enrol_by_rule(store, session_id, preview),
        lambda r: service.revert(store, r.undo),
        explain=explain_with(doc),
    )


def withdraw(doc: PlanDocument, enrollment_id: int) -> RecordEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("TrainingOperations", "Withdraw from session"),
        lambda: records.delete_records(store, "enrollment", [enrollment_id]),
        lambda r: records.revert_record_edit(store, r.undo),
        explain=explain_with(doc),
    )


def set_attendance(
    doc: PlanDocument, enrollment_id: int, value: Attendance, *, read: Versions = None
) -> RecordEdit | None:
    """``read``: the versions the roster read (another trainer's change since: refused)."""
    store = doc.store
    return perform(
        doc,
        translate("TrainingOperations", "Record attendance"),
        lambda: service.set_result(store, enrollment_id, {"attendance": value}),
        lambda r: records.revert_record_edit(store, r.undo),
        explain=explain_with(doc),
        read=read,
    )


def set_result(
    doc: PlanDocument, enrollment_id: int, field: str, value: Any, *, read: Versions = None
) -> RecordEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("TrainingOperations", "Record score")
        if field == "score"
        else translate("TrainingOperations", "Record rating"),
        lambda: service.set_result(store, enrollment_id, {field: value}),
        lambda r: records.revert_record_edit(store, r.undo),
        explain=explain_with(doc),
        read=read,
    )


def import_signin(doc: PlanDocument, preview: SigninPreview) -> SigninEdit | None:
    store = doc.store
    return perform(
        doc,
        translate("TrainingOperations", "Import sign-in sheet"),
        lambda: signin_service.apply_signin(store, preview),
        lambda r: signin_service.revert_signin(store, r.undo),
        explain=explain_with(doc),
    )
