"""The requirement editor (Designer form ui/requirements/requirement_dialog.ui): the
requirement's fields, and on a second tab the tasks that deliver it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from oa_desk.domain.enums import Fit, OaModule, Priority, RequirementStatus
from oa_desk.gui.dates import from_qdate, to_qdate
from oa_desk.gui.forms.ui_requirement_dialog import Ui_RequirementDialog
from oa_desk.gui.requirements import texts
from oa_desk.gui.widgets.person_picker import Finder
from oa_desk.services.requirements import RequirementData, RequirementRow


class RequirementDialog(QDialog):
    def __init__(
        self,
        row: RequirementRow | None,
        data: RequirementData,
        find: Finder | None,
        today: dt.date,
        parent: QWidget | None = None,
        *,
        department_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui = ui = Ui_RequirementDialog()
        ui.setupUi(self)
        self._row = row
        ui.raisedByEdit.set_finder(find)
        ui.departmentCombo.addItem(self.tr("(whole organisation)"), None)
        for dept in data.departments:
            ui.departmentCombo.addItem(dept.label, dept.id)
        for combo, names in (
            (ui.moduleCombo, texts.module_names()),
            (ui.priorityCombo, texts.priority_names()),
            (ui.fitCombo, texts.fit_names()),
            (ui.statusCombo, texts.status_names()),
        ):
            for value, label in names.items():
                combo.addItem(label, value.value)
        ui.taskFilterEdit.setPlaceholderText(self.tr("Filter the tasks by WBS or name"))
        ui.taskFilterEdit.setClearButtonEnabled(True)
        ui.taskFilterEdit.textChanged.connect(self._filter)
        linked = set(row.task_ids) if row else set()
        for task in data.tasks:
            item = QListWidgetItem(task.label)
            item.setData(Qt.ItemDataRole.UserRole, task.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if task.id in linked else Qt.CheckState.Unchecked
            )
            ui.tasksList.addItem(item)
        ui.raisedOnEdit.setDate(to_qdate(today))
        ui.raisedOnCheck.toggled.connect(ui.raisedOnEdit.setEnabled)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        if row is None:
            self.setWindowTitle(self.tr("New requirement"))
            ui.departmentCombo.setCurrentIndex(max(0, ui.departmentCombo.findData(department_id)))
            ui.priorityCombo.setCurrentIndex(ui.priorityCombo.findData(Priority.SHOULD.value))
            ui.raisedOnCheck.setChecked(True)
        else:
            self.setWindowTitle(self.tr("Requirement: {name}").format(name=row.pain_point))
            found = ui.departmentCombo.findData(row.department_id)
            ui.departmentCombo.setCurrentIndex(max(0, found) if row.department_id else 0)
            ui.painPointEdit.setText(row.pain_point)
            ui.descriptionEdit.setPlainText(row.description)
            ui.moduleCombo.setCurrentIndex(ui.moduleCombo.findData(row.module.value))
            ui.priorityCombo.setCurrentIndex(ui.priorityCombo.findData(row.priority.value))
            ui.fitCombo.setCurrentIndex(ui.fitCombo.findData(row.fit.value))
            ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(row.status.value))
            if row.raised_by_id is not None:
                ui.raisedByEdit.set_person(row.raised_by_id, row.raised_by)
            ui.raisedOnCheck.setChecked(row.raised_on is not None)
            if row.raised_on is not None:
                ui.raisedOnEdit.setDate(to_qdate(row.raised_on))
            ui.decisionEdit.setPlainText(row.decision)
        ui.raisedOnEdit.setEnabled(ui.raisedOnCheck.isChecked())

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self._ui.tasksList.count()):
            item = self._ui.tasksList.item(i)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def task_ids(self) -> tuple[int, ...]:
        """The ticked tasks."""
        out = []
        for i in range(self._ui.tasksList.count()):
            item = self._ui.tasksList.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(sorted(out))

    def set_checked(self, task_id: int, checked: bool) -> None:
        for i in range(self._ui.tasksList.count()):
            item = self._ui.tasksList.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == task_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def values(self) -> dict[str, Any]:
        ui = self._ui
        who = ui.raisedByEdit.person_id()
        if (
            who is None
            and self._row is not None
            and ui.raisedByEdit.text().strip() == self._row.raised_by
        ):
            who = self._row.raised_by_id
        values: dict[str, Any] = {
            "department_id": ui.departmentCombo.currentData(),
            "pain_point": ui.painPointEdit.text(),
            "description": ui.descriptionEdit.toPlainText(),
            "module": OaModule(ui.moduleCombo.currentData()),
            "priority": Priority(ui.priorityCombo.currentData()),
            "fit": Fit(ui.fitCombo.currentData()),
            "status": RequirementStatus(ui.statusCombo.currentData()),
            "raised_by_id": who,
            "raised_on": from_qdate(ui.raisedOnEdit.date())
            if ui.raisedOnCheck.isChecked()
            else None,
            "decision": ui.decisionEdit.toPlainText(),
        }
        if self._row is None:
            return values
        before = self._row.values()
        return {
            k: v for k, v in values.items() if before[k] != (v.strip() if isinstance(v, str) else v)
        }
