"""The Requirements page's user intents, one small function each (see ``gui.operations``).

Adding or editing a requirement together with its linked tasks is one undo step: the
two service calls are pushed inside one undo macro."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from oa_desk.gui.document import PlanDocument
from oa_desk.gui.operations import perform
from oa_desk.services import records, requirements
from oa_desk.services.records import RecordEdit

translate = QCoreApplication.translate


def add_requirement(
    doc: PlanDocument, values: Mapping[str, Any], task_ids: Sequence[int]
) -> int | None:
    store = doc.store
    text = translate("RequirementOperations", "Add requirement {name}").format(
        name=values.get("pain_point", "")
    )
    doc.undo_stack.beginMacro(text)
    try:
        step = perform(
            doc,
            text,
            lambda: records.add_step(store, "requirement", values),
            lambda s: records.undo_add_step(store, s),
            redo=lambda s: records.redo_add_step(store, s),
        )
        if step is not None and task_ids:
            new_id = step.new_id
            perform(
                doc,
                text,
                lambda: requirements.set_linked_tasks(store, new_id, task_ids),
                lambda edit: requirements.revert_links(store, edit),
            )
    finally:
        doc.undo_stack.endMacro()
    return step.new_id if step is not None else None


def edit_requirement(
    doc: PlanDocument,
    requirement_id: int,
    name: str,
    values: Mapping[str, Any],
    task_ids: Sequence[int] | None,
) -> None:
    """Change fields and/or the linked tasks (None: leave the links as they are)."""
    store = doc.store
    text = translate("RequirementOperations", "Edit requirement {name}").format(name=name)
    doc.undo_stack.beginMacro(text)
    try:
        ok = True
        if values:
            ok = (
                perform(
                    doc,
                    text,
                    lambda: records.update_record(store, "requirement", requirement_id, values),
                    lambda edit: records.revert_record_edit(store, edit.undo),
                    read=doc.versions_read("requirement", [requirement_id]),
                )
                is not None
            )
        if ok and task_ids is not None:
            perform(
                doc,
                text,
                lambda: requirements.set_linked_tasks(store, requirement_id, task_ids),
                lambda edit: requirements.revert_links(store, edit),
            )
    finally:
        doc.undo_stack.endMacro()


def delete_requirements(doc: PlanDocument, ids: Sequence[int], text: str) -> RecordEdit | None:
    store = doc.store
    return perform(
        doc,
        text,
        lambda: records.delete_records(store, "requirement", ids),
        lambda edit: records.revert_record_edit(store, edit.undo),
        read=doc.versions_read("requirement", ids),
    )
