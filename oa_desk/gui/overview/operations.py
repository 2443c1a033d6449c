"""The Overview's user intents, one small function each (see ``gui.operations``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from oa_desk.gui.document import PlanDocument
from oa_desk.gui.operations import perform
from oa_desk.services import plan as plan_service
from oa_desk.services.plan import PlanEdit


def edit_plan_field(doc: PlanDocument, field: str, label: str, value: Any) -> PlanEdit | None:
    """Change one of the plan's own fields (name, organisation, dates…); None if refused."""
    store = doc.store
    return perform(
        doc,
        QCoreApplication.translate("OverviewOperations", "Edit {field}").format(field=label),
        lambda: plan_service.edit_plan(store, {field: value}),
        lambda edit: plan_service.revert_plan_edit(store, edit),
    )
