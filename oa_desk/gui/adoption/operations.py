"""The Adoption page's user intents: a follow-up of a department below target (a
retraining need, a risk or a communication), one undo step each."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from oa_desk.gui.document import PlanDocument
from oa_desk.gui.operations import perform
from oa_desk.services import adoption, records
from oa_desk.services.adoption import ScoreRow
from oa_desk.services.records import AddStep

translate = QCoreApplication.translate


def _texts(kind: str, row: ScoreRow, measures: str) -> tuple[str, str]:
    """(the undo step's text, the new row's title or reason)."""
    name = row.department
    if kind == "training_need":
        return (
            translate("AdoptionOperations", "Retraining need for {department}").format(
                department=name
            ),
            translate(
                "AdoptionOperations", "{department}: below target on {measures}; retrain"
            ).format(department=name, measures=measures),
        )
    if kind == "risk":
        return (
            translate("AdoptionOperations", "Adoption risk for {department}").format(
                department=name
            ),
            translate("AdoptionOperations", "Low adoption in {department} ({measures})").format(
                department=name, measures=measures
            ),
        )
    return (
        translate("AdoptionOperations", "Communication to {department}").format(department=name),
        translate(
            "AdoptionOperations", "Using OA in {department}: tips and help ({measures})"
        ).format(department=name, measures=measures),
    )


def follow_up(
    doc: PlanDocument, kind: str, row: ScoreRow, measures: str, status_date: dt.date
) -> AddStep | None:
    """Add the follow-up ``kind`` (``adoption.FOLLOW_UPS``) for ``row``'s department."""
    store = doc.store
    step_text, text = _texts(kind, row, measures)
    table, values = adoption.follow_up_values(kind, row, text, status_date)
    return perform(
        doc,
        step_text,
        lambda: adoption.add_follow_up(store, table, values),
        lambda step: records.undo_add_step(store, step),
        redo=lambda step: records.redo_add_step(store, step),
    )
