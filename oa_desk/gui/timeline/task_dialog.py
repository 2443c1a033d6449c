"""The task editor: every field of a task, applied as one undoable edit."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem, QWidget

from oa_desk.domain.enums import ConstraintType, Phase, TaskKind
from oa_desk.domain.links import PredecessorSyntaxError, parse_predecessors
from oa_desk.gui.forms.ui_task_dialog import Ui_TaskDialog
from oa_desk.gui.timeline.model import phase_names
from oa_desk.gui.widgets.person_picker import Finder
from oa_desk.services.timeline import Choices, TaskDetails, TimelineRow

translate = QCoreApplication.translate


def constraint_names() -> dict[ConstraintType, str]:
    return {
        ConstraintType.ASAP: translate("TaskDialog", "As soon as possible"),
        ConstraintType.SNET: translate("TaskDialog", "Start no earlier than"),
        ConstraintType.FNLT: translate("TaskDialog", "Finish no later than"),
        ConstraintType.MSO: translate("TaskDialog", "Must start on"),
    }


def raci_names() -> dict[str, str]:
    return {
        "R": translate("TaskDialog", "R — responsible"),
        "A": translate("TaskDialog", "A — accountable"),
        "C": translate("TaskDialog", "C — consulted"),
        "I": translate("TaskDialog", "I — informed"),
    }


class TaskDialog(QDialog):
    """Shows a task; ``changes()`` gives what the user changed, for tasks.update_task."""

    def __init__(
        self,
        row: TimelineRow,
        details: TaskDetails,
        choices: Choices,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
        find: Finder | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui = Ui_TaskDialog()
        self._ui.setupUi(self)
        self._row = row
        self._details = details
        ui = self._ui
        self.setWindowTitle(self.tr("Task {wbs} {name}").format(wbs=row.wbs, name=row.name))
        ui.nameEdit.setText(row.name)
        for phase, label in phase_names().items():
            ui.phaseCombo.addItem(label, phase.value)
        ui.phaseCombo.setCurrentIndex(ui.phaseCombo.findData(row.phase.value))
        ui.milestoneCheck.setChecked(row.kind == TaskKind.MILESTONE)
        ui.durationSpin.setValue(row.duration)
        ui.progressSpin.setValue(row.progress)
        summary = row.has_children
        for widget in (ui.milestoneCheck, ui.durationSpin, ui.progressSpin):
            widget.setEnabled(not summary and not read_only)
        if summary:
            ui.durationSpin.setToolTip(self.tr("A summary's duration comes from its tasks."))
        if row.start and row.finish:
            ui.datesValue.setText(
                self.tr("{start} to {finish}").format(
                    start=row.start.isoformat(), finish=row.finish.isoformat()
                )
            )
        else:
            ui.datesValue.setText(self.tr("not scheduled yet"))
        for ctype, label in constraint_names().items():
            ui.constraintCombo.addItem(label, ctype.value)
        ui.constraintCombo.setCurrentIndex(ui.constraintCombo.findData(row.constraint_type.value))
        day = row.constraint_date or row.start or dt.date.today()
        ui.constraintDate.setDate(QDate(day.year, day.month, day.day))
        ui.constraintCombo.currentIndexChanged.connect(self._constraint_changed)
        self._constraint_changed()
        # The owner is picked from the roster by name, pinyin, initials or employee number.
        ui.ownerEdit.set_finder(find)
        if row.owner_id is not None:
            ui.ownerEdit.set_person(row.owner_id, row.owner.split(" · ")[0])
        for combo, items, current in (
            (ui.departmentCombo, choices.departments, row.department_id),
            (ui.waveCombo, choices.waves, row.wave_id),
        ):
            combo.addItem("—", None)
            for item_id, label in items:
                combo.addItem(label, item_id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        ui.predecessorsEdit.setText(row.predecessors)
        ui.deliverableEdit.setPlainText(details.deliverable)
        ui.acceptanceEdit.setPlainText(details.acceptance)
        ui.notesEdit.setPlainText(details.notes)
        roles = raci_names()
        for name, role in details.raci:
            ui.raciTree.addTopLevelItem(QTreeWidgetItem([name, roles.get(role, role)]))
        if not details.raci:
            ui.raciTree.addTopLevelItem(QTreeWidgetItem([self.tr("No RACI entries yet"), ""]))
        ui.raciTree.resizeColumnToContents(0)
        if read_only:
            for child in self.findChildren(QWidget):
                if hasattr(child, "setReadOnly"):
                    child.setReadOnly(True)
            for combo in (ui.phaseCombo, ui.constraintCombo, ui.departmentCombo, ui.waveCombo):
                combo.setEnabled(False)
            ui.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        ui.buttonBox.accepted.connect(self._accept)

    def _constraint_changed(self) -> None:
        ctype = ConstraintType(self._ui.constraintCombo.currentData())
        self._ui.constraintDate.setEnabled(ctype != ConstraintType.ASAP)

    def _problem(self) -> str:
        ui = self._ui
        if not ui.nameEdit.text().strip():
            return self.tr("A task needs a name.")
        owner = ui.ownerEdit.text().strip()
        if owner and ui.ownerEdit.person_id() is None:
            return self.tr("Choose the owner from the list (name · employee number).")
        try:
            parse_predecessors(ui.predecessorsEdit.text())
        except PredecessorSyntaxError as exc:
            return self.tr("Predecessor {n} ({item}) is not like 12FS+2d or 15SS.").format(
                n=exc.position, item=exc.item
            )
        return ""

    def _accept(self) -> None:
        problem = self._problem()
        self._ui.problemLabel.setText(problem)
        if not problem:
            self.accept()

    def changes(self) -> dict[str, Any]:
        """Keyword arguments for services.tasks.update_task: only what changed."""
        ui, row, details = self._ui, self._row, self._details
        fields: dict[str, Any] = {}
        owner_text = ui.ownerEdit.text().strip()
        owner_id = ui.ownerEdit.person_id() if owner_text else None
        values = {
            "name": ui.nameEdit.text().strip(),
            "phase": Phase(ui.phaseCombo.currentData()),
            "owner_id": owner_id,
            "department_id": ui.departmentCombo.currentData(),
            "wave_id": ui.waveCombo.currentData(),
        }
        current = {
            "name": row.name,
            "phase": row.phase,
            "owner_id": row.owner_id,
            "department_id": row.department_id,
            "wave_id": row.wave_id,
        }
        for key, value in values.items():
            if value != current[key]:
                fields[key] = value
        for key, edit, old in (
            ("deliverable", ui.deliverableEdit, details.deliverable),
            ("acceptance", ui.acceptanceEdit, details.acceptance),
            ("notes", ui.notesEdit, details.notes),
        ):
            if edit.toPlainText() != old:
                fields[key] = edit.toPlainText()
        out: dict[str, Any] = {}
        if fields:
            out["fields"] = fields
        if not row.has_children:
            milestone = ui.milestoneCheck.isChecked()
            duration = 0 if milestone else max(1, ui.durationSpin.value())
            if duration != row.duration or milestone != (row.kind == TaskKind.MILESTONE):
                out["duration"] = duration
            if ui.progressSpin.value() != row.progress:
                out["progress"] = ui.progressSpin.value()
        ctype = ConstraintType(ui.constraintCombo.currentData())
        qd = ui.constraintDate.date()
        cdate = None if ctype == ConstraintType.ASAP else dt.date(qd.year(), qd.month(), qd.day())
        if (ctype, cdate) != (row.constraint_type, row.constraint_date):
            out["constraint"] = (ctype, cdate)
        if ui.predecessorsEdit.text().strip() != row.predecessors:
            out["predecessors"] = ui.predecessorsEdit.text()
        return out
