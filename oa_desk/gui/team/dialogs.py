"""The stakeholder and team-member editors (Designer forms in ui/team/).

Each shows a row and gives back only what the user changed (``values()``),
for one undoable register edit; the service checks the values.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from oa_desk.domain.enums import Cadence, Engagement, TeamRole
from oa_desk.domain.stakeholders import adkar_barrier
from oa_desk.gui.dates import from_qdate, to_qdate
from oa_desk.gui.forms.ui_member_dialog import Ui_MemberDialog
from oa_desk.gui.forms.ui_stakeholder_dialog import Ui_StakeholderDialog
from oa_desk.gui.team import texts
from oa_desk.gui.widgets.person_picker import Finder
from oa_desk.services.team import MemberRow, StakeholderRow

_ADKAR_FIELDS = (
    "adkar_awareness",
    "adkar_desire",
    "adkar_knowledge",
    "adkar_ability",
    "adkar_reinforcement",
)


class StakeholderDialog(QDialog):
    """A new stakeholder (``row`` None) or an existing one."""

    def __init__(
        self,
        row: StakeholderRow | None,
        find: Finder | None,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui = ui = Ui_StakeholderDialog()
        ui.setupUi(self)
        self._row = row
        ui.personEdit.set_finder(find)
        ui.personEdit.setPlaceholderText(self.tr("Pick from the roster (not needed for externals)"))
        for level, label in texts.engagement_names().items():
            ui.currentCombo.addItem(label, level.value)
            ui.desiredCombo.addItem(label, level.value)
        for cadence, label in texts.cadence_names().items():
            ui.cadenceCombo.addItem(label, cadence.value)
        self._spins = (
            ui.awarenessSpin,
            ui.desireSpin,
            ui.knowledgeSpin,
            ui.abilitySpin,
            ui.reinforcementSpin,
        )
        ui.lastContactEdit.setDate(to_qdate(today))
        ui.lastContactCheck.toggled.connect(ui.lastContactEdit.setEnabled)
        ui.personEdit.person_chosen.connect(self._person_chosen)
        for spin in self._spins:
            spin.valueChanged.connect(self._show_barrier)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        if row is None:
            self.setWindowTitle(self.tr("New stakeholder"))
            ui.currentCombo.setCurrentIndex(ui.currentCombo.findData(Engagement.NEUTRAL.value))
            ui.desiredCombo.setCurrentIndex(ui.desiredCombo.findData(Engagement.SUPPORTIVE.value))
            ui.cadenceCombo.setCurrentIndex(ui.cadenceCombo.findData(Cadence.MONTHLY.value))
            ui.influenceSpin.setValue(3)
            ui.interestSpin.setValue(3)
            ui.lastContactCheck.setChecked(False)
        else:
            self.setWindowTitle(self.tr("Stakeholder {name}").format(name=row.name))
            self._show(row)
        ui.lastContactEdit.setEnabled(ui.lastContactCheck.isChecked())
        self._show_barrier()

    def _show(self, row: StakeholderRow) -> None:
        ui = self._ui
        ui.nameEdit.setText(row.name)
        if row.person_id is not None:
            ui.personEdit.set_person(row.person_id, row.name)
        ui.externalCheck.setChecked(row.external)
        ui.organisationEdit.setText(row.organisation)
        ui.positionEdit.setText(row.position)
        ui.projectRoleEdit.setText(row.project_role)
        ui.expectationsEdit.setPlainText(row.expectations)
        ui.influenceSpin.setValue(row.influence)
        ui.interestSpin.setValue(row.interest)
        ui.currentCombo.setCurrentIndex(ui.currentCombo.findData(row.current_engagement.value))
        ui.desiredCombo.setCurrentIndex(ui.desiredCombo.findData(row.desired_engagement.value))
        for spin, score in zip(self._spins, row.adkar, strict=True):
            spin.setValue(score or 0)
        ui.strategyEdit.setPlainText(row.strategy)
        ui.cadenceCombo.setCurrentIndex(ui.cadenceCombo.findData(row.cadence.value))
        ui.lastContactCheck.setChecked(row.last_contact is not None)
        if row.last_contact is not None:
            day = row.last_contact
            ui.lastContactEdit.setDate(to_qdate(day))
        ui.notesEdit.setPlainText(row.notes)

    def _person_chosen(self, _person_id: int) -> None:
        if not self._ui.nameEdit.text().strip():
            self._ui.nameEdit.setText(self._ui.personEdit.text())
        self._ui.externalCheck.setChecked(False)

    def _show_barrier(self) -> None:
        scores = [spin.value() or None for spin in self._spins]
        barrier = adkar_barrier(scores)
        self._ui.barrierValue.setText(
            self.tr("none: no stage scored 3 or lower")
            if barrier is None
            else self.tr("{stage}: change stalls here").format(stage=texts.adkar_names()[barrier])
        )

    def values(self) -> dict[str, Any]:
        """What the form holds, as register values; for an edit, only what changed."""
        ui = self._ui
        values: dict[str, Any] = {
            "name": ui.nameEdit.text(),
            "person_id": ui.personEdit.person_id(),
            "external": ui.externalCheck.isChecked(),
            "organisation": ui.organisationEdit.text(),
            "position": ui.positionEdit.text(),
            "project_role": ui.projectRoleEdit.text(),
            "expectations": ui.expectationsEdit.toPlainText(),
            "influence": ui.influenceSpin.value(),
            "interest": ui.interestSpin.value(),
            "current_engagement": Engagement(ui.currentCombo.currentData()),
            "desired_engagement": Engagement(ui.desiredCombo.currentData()),
            "strategy": ui.strategyEdit.toPlainText(),
            "cadence": Cadence(ui.cadenceCombo.currentData()),
            "last_contact": from_qdate(ui.lastContactEdit.date())
            if ui.lastContactCheck.isChecked()
            else None,
            "notes": ui.notesEdit.toPlainText(),
        }
        for name, spin in zip(_ADKAR_FIELDS, self._spins, strict=True):
            values[name] = spin.value() or None
        if self._row is None:
            return values
        row = self._row
        before: dict[str, Any] = {
            "name": row.name,
            "person_id": row.person_id,
            "external": row.external,
            "organisation": row.organisation,
            "position": row.position,
            "project_role": row.project_role,
            "expectations": row.expectations,
            "influence": row.influence,
            "interest": row.interest,
            "current_engagement": row.current_engagement,
            "desired_engagement": row.desired_engagement,
            "strategy": row.strategy,
            "cadence": row.cadence,
            "last_contact": row.last_contact,
            "notes": row.notes,
            **dict(zip(_ADKAR_FIELDS, row.adkar, strict=True)),
        }
        if values["person_id"] is None and row.person_id is not None and values["name"] == row.name:
            values["person_id"] = row.person_id  # the picker shows the name; keep the link
        return {
            k: v for k, v in values.items() if before[k] != (v.strip() if isinstance(v, str) else v)
        }


class MemberDialog(QDialog):
    """A new team member (``row`` None) or an existing one's role and responsibilities."""

    def __init__(
        self, row: MemberRow | None, find: Finder | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ui = ui = Ui_MemberDialog()
        ui.setupUi(self)
        self._row = row
        ui.personEdit.set_finder(find)
        for role, label in texts.role_names().items():
            ui.roleCombo.addItem(label, role.value)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        if row is None:
            self.setWindowTitle(self.tr("New team member"))
            ui.allocationSpin.setValue(100)
            ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(TeamRole.KEY_USER.value))
        else:
            self.setWindowTitle(self.tr("Team member {name}").format(name=row.name))
            ui.personEdit.set_person(row.person_id, row.name)
            ui.personEdit.setEnabled(False)  # a member is a person: change the role, not who
            ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(row.role.value))
            ui.allocationSpin.setValue(row.allocation)
            ui.responsibilitiesEdit.setPlainText(row.responsibilities)

    def person_name(self) -> str:
        return self._ui.personEdit.text().strip()

    def person_missing(self) -> bool:
        return self._row is None and self._ui.personEdit.person_id() is None

    def accept(self) -> None:
        if self.person_missing():  # a member is someone of the roster: say so, stay open
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr(
                    "Pick the person from the list below the field: a team member is someone "
                    "of the roster. (People outside it belong in the stakeholder register.)"
                ),
            )
            self._ui.personEdit.setFocus()
            return
        super().accept()

    def values(self) -> dict[str, Any]:
        ui = self._ui
        values: dict[str, Any] = {
            "role": TeamRole(ui.roleCombo.currentData()),
            "allocation": ui.allocationSpin.value(),
            "responsibilities": ui.responsibilitiesEdit.toPlainText(),
        }
        if self._row is None:
            return {"person_id": ui.personEdit.person_id(), **values}
        row = self._row
        before = {
            "role": row.role,
            "allocation": row.allocation,
            "responsibilities": row.responsibilities,
        }
        return {
            k: v for k, v in values.items() if before[k] != (v.strip() if isinstance(v, str) else v)
        }
