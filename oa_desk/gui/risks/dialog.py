"""The risk editor (Designer form ui/risks/risk_dialog.ui): every field of a risk; gives
back only what the user changed, for one undoable register edit."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QCheckBox, QDateEdit, QDialog, QWidget

from oa_desk.domain.enums import RiskCategory, RiskStatus
from oa_desk.domain.risks import level, score
from oa_desk.gui.dates import from_qdate, to_qdate
from oa_desk.gui.forms.ui_risk_dialog import Ui_RiskDialog
from oa_desk.gui.risks import texts
from oa_desk.gui.widgets.person_picker import Finder
from oa_desk.services.risks import RiskRow, TaskChoice


def _day(edit: QDateEdit, check: QCheckBox) -> dt.date | None:
    if not check.isChecked():
        return None
    return from_qdate(edit.date())


class RiskDialog(QDialog):
    """A new risk (``row`` None) or an existing one."""

    def __init__(
        self,
        row: RiskRow | None,
        tasks: tuple[TaskChoice, ...],
        find: Finder | None,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui = ui = Ui_RiskDialog()
        ui.setupUi(self)
        self._row = row
        ui.ownerEdit.set_finder(find)
        for category, label in texts.category_names().items():
            ui.categoryCombo.addItem(label, category.value)
        for status, label in texts.status_names().items():
            ui.statusCombo.addItem(label, status.value)
        ui.taskCombo.addItem(self.tr("(none)"), None)
        for task in tasks:
            ui.taskCombo.addItem(("◆ " if task.milestone else "") + task.label, task.id)
        for check, edit in ((ui.raisedCheck, ui.raisedEdit), (ui.reviewCheck, ui.reviewEdit)):
            edit.setDate(to_qdate(today))
            check.toggled.connect(edit.setEnabled)
        ui.probabilitySpin.valueChanged.connect(self._show_score)
        ui.impactSpin.valueChanged.connect(self._show_score)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        if row is None:
            self.setWindowTitle(self.tr("New risk"))
            ui.categoryCombo.setCurrentIndex(0)
            ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(RiskStatus.OPEN.value))
            ui.probabilitySpin.setValue(3)
            ui.impactSpin.setValue(3)
            ui.raisedCheck.setChecked(True)
            ui.reviewCheck.setChecked(True)
            ui.reviewEdit.setDate(to_qdate(today + dt.timedelta(days=14)))
        else:
            self.setWindowTitle(self.tr("Risk: {title}").format(title=row.title))
            self._show(row)
        ui.raisedEdit.setEnabled(ui.raisedCheck.isChecked())
        ui.reviewEdit.setEnabled(ui.reviewCheck.isChecked())
        self._show_score()

    def _show(self, row: RiskRow) -> None:
        ui = self._ui
        ui.titleEdit.setText(row.title)
        ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData(row.category.value))
        ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(row.status.value))
        ui.probabilitySpin.setValue(row.probability)
        ui.impactSpin.setValue(row.impact)
        if row.owner_id is not None:
            ui.ownerEdit.set_person(row.owner_id, row.owner)
        found = ui.taskCombo.findData(row.task_id) if row.task_id is not None else 0
        ui.taskCombo.setCurrentIndex(max(found, 0))
        for check, edit, day in (
            (ui.raisedCheck, ui.raisedEdit, row.raised_on),
            (ui.reviewCheck, ui.reviewEdit, row.review_date),
        ):
            check.setChecked(day is not None)
            if day is not None:
                edit.setDate(to_qdate(day))
        ui.descriptionEdit.setPlainText(row.description)
        ui.triggerEdit.setPlainText(row.trigger)
        ui.mitigationEdit.setPlainText(row.mitigation)
        ui.contingencyEdit.setPlainText(row.contingency)

    def _show_score(self) -> None:
        p, i = self._ui.probabilitySpin.value(), self._ui.impactSpin.value()
        self._ui.scoreValue.setText(
            self.tr("{score} — {level}").format(
                score=score(p, i), level=texts.level_names()[level(p, i)]
            )
        )

    def values(self) -> dict[str, Any]:
        """The form as register values; for an edit, only what changed."""
        ui = self._ui
        owner = ui.ownerEdit.person_id()
        if (
            owner is None
            and self._row is not None
            and ui.ownerEdit.text().strip() == self._row.owner
        ):
            owner = self._row.owner_id
        values: dict[str, Any] = {
            "title": ui.titleEdit.text(),
            "category": RiskCategory(ui.categoryCombo.currentData()),
            "status": RiskStatus(ui.statusCombo.currentData()),
            "probability": ui.probabilitySpin.value(),
            "impact": ui.impactSpin.value(),
            "owner_id": owner,
            "task_id": ui.taskCombo.currentData(),
            "raised_on": _day(ui.raisedEdit, ui.raisedCheck),
            "review_date": _day(ui.reviewEdit, ui.reviewCheck),
            "description": ui.descriptionEdit.toPlainText(),
            "trigger": ui.triggerEdit.toPlainText(),
            "mitigation": ui.mitigationEdit.toPlainText(),
            "contingency": ui.contingencyEdit.toPlainText(),
        }
        if self._row is None:
            return values
        before = self._row.values()
        return {
            k: v for k, v in values.items() if before[k] != (v.strip() if isinstance(v, str) else v)
        }
