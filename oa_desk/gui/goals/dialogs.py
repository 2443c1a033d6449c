"""The goal and measurement editors (Designer forms in ui/goals/); each gives back only
what the user changed, for one undoable register edit."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from oa_desk.domain.enums import KpiCategory, KpiDirection
from oa_desk.gui.dates import from_qdate, to_qdate
from oa_desk.gui.forms.ui_goal_dialog import Ui_GoalDialog
from oa_desk.gui.forms.ui_measurement_dialog import Ui_MeasurementDialog
from oa_desk.gui.goals import texts
from oa_desk.gui.widgets.person_picker import Finder
from oa_desk.services.goals import GoalRow, Measurement


def _changed(values: dict[str, Any], before: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v for k, v in values.items() if before[k] != (v.strip() if isinstance(v, str) else v)
    }


class GoalDialog(QDialog):
    def __init__(
        self,
        row: GoalRow | None,
        find: Finder | None,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui = ui = Ui_GoalDialog()
        ui.setupUi(self)
        self._row = row
        ui.ownerEdit.set_finder(find)
        for category, label in texts.category_names().items():
            ui.categoryCombo.addItem(label, category.value)
        for direction, label in texts.direction_names().items():
            ui.directionCombo.addItem(label, direction.value)
        ui.dueEdit.setDate(to_qdate(today))
        for check, widget in (
            (ui.baselineCheck, ui.baselineSpin),
            (ui.targetCheck, ui.targetSpin),
            (ui.dueCheck, ui.dueEdit),
        ):
            check.toggled.connect(widget.setEnabled)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        if row is None:
            self.setWindowTitle(self.tr("New goal"))
            ui.baselineCheck.setChecked(True)
            ui.targetCheck.setChecked(True)
        else:
            self.setWindowTitle(self.tr("Goal: {name}").format(name=row.name))
            ui.nameEdit.setText(row.name)
            ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData(row.category.value))
            ui.directionCombo.setCurrentIndex(ui.directionCombo.findData(row.direction.value))
            ui.unitEdit.setText(row.unit)
            for check, spin, value in (
                (ui.baselineCheck, ui.baselineSpin, row.baseline),
                (ui.targetCheck, ui.targetSpin, row.target),
            ):
                check.setChecked(value is not None)
                spin.setValue(value or 0.0)
            if row.owner_id is not None:
                ui.ownerEdit.set_person(row.owner_id, row.owner)
            ui.dueCheck.setChecked(row.due is not None)
            if row.due is not None:
                ui.dueEdit.setDate(to_qdate(row.due))
            ui.descriptionEdit.setPlainText(row.description)
        for check, widget in (
            (ui.baselineCheck, ui.baselineSpin),
            (ui.targetCheck, ui.targetSpin),
            (ui.dueCheck, ui.dueEdit),
        ):
            widget.setEnabled(check.isChecked())

    def values(self) -> dict[str, Any]:
        ui = self._ui
        owner = ui.ownerEdit.person_id()
        if (
            owner is None
            and self._row is not None
            and ui.ownerEdit.text().strip() == self._row.owner
        ):
            owner = self._row.owner_id
        values: dict[str, Any] = {
            "name": ui.nameEdit.text(),
            "category": KpiCategory(ui.categoryCombo.currentData()),
            "direction": KpiDirection(ui.directionCombo.currentData()),
            "unit": ui.unitEdit.text(),
            "baseline": ui.baselineSpin.value() if ui.baselineCheck.isChecked() else None,
            "target": ui.targetSpin.value() if ui.targetCheck.isChecked() else None,
            "owner_id": owner,
            "due": from_qdate(ui.dueEdit.date()) if ui.dueCheck.isChecked() else None,
            "description": ui.descriptionEdit.toPlainText(),
        }
        return values if self._row is None else _changed(values, self._row.values())


class MeasurementDialog(QDialog):
    def __init__(
        self,
        goal: GoalRow,
        row: Measurement | None,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui = ui = Ui_MeasurementDialog()
        ui.setupUi(self)
        self._goal, self._row = goal, row
        ui.valueSpin.setSuffix(f" {goal.unit}" if goal.unit else "")
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        if row is None:
            self.setWindowTitle(self.tr("Measure {name}").format(name=goal.name))
            ui.dayEdit.setDate(to_qdate(today))
            last = goal.latest()
            ui.valueSpin.setValue(last[1] if last else (goal.baseline or 0.0))
        else:
            self.setWindowTitle(self.tr("Measurement of {name}").format(name=goal.name))
            ui.dayEdit.setDate(to_qdate(row.day))
            ui.valueSpin.setValue(row.value)
            ui.noteEdit.setPlainText(row.note)

    def values(self) -> dict[str, Any]:
        ui = self._ui
        values: dict[str, Any] = {
            "day": from_qdate(ui.dayEdit.date()),
            "value": float(ui.valueSpin.value()),
            "note": ui.noteEdit.toPlainText(),
        }
        if self._row is None:
            return {"goal_id": self._goal.id, **values}
        row = self._row
        return _changed(values, {"day": row.day, "value": row.value, "note": row.note})
