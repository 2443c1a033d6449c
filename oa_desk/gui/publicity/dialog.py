"""The publicity item editor (Designer form ui/publicity/communication_dialog.ui).

Tying an item to a milestone puts its planned date at the milestone's finish plus the
days given (negative: before it); the date can still be typed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QCheckBox, QDateEdit, QDialog, QWidget

from oa_desk.domain.enums import Channel, CommStatus
from oa_desk.gui.dates import from_qdate, to_qdate
from oa_desk.gui.forms.ui_communication_dialog import Ui_CommunicationDialog
from oa_desk.gui.publicity import texts
from oa_desk.gui.widgets.person_picker import Finder
from oa_desk.services.publicity import CommRow, Milestone


def _day(edit: QDateEdit, check: QCheckBox) -> dt.date | None:
    if not check.isChecked():
        return None
    return from_qdate(edit.date())


class CommunicationDialog(QDialog):
    def __init__(
        self,
        row: CommRow | None,
        milestones: tuple[Milestone, ...],
        find: Finder | None,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui = ui = Ui_CommunicationDialog()
        ui.setupUi(self)
        self._row = row
        self._finish = {m.id: m.finish for m in milestones}
        ui.ownerEdit.set_finder(find)
        for channel, label in texts.channel_names().items():
            ui.channelCombo.addItem(label, channel.value)
        for status, label in texts.status_names().items():
            ui.statusCombo.addItem(label, status.value)
        ui.milestoneCombo.addItem(self.tr("(none)"), None)
        for m in milestones:
            ui.milestoneCombo.addItem(m.label, m.id)
        ui.audienceEdit.setPlaceholderText(
            self.tr("Everyone, leadership, key users, a department or a wave")
        )
        for check, edit in ((ui.plannedCheck, ui.plannedEdit), (ui.actualCheck, ui.actualEdit)):
            edit.setDate(to_qdate(today))
            check.toggled.connect(edit.setEnabled)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        if row is None:
            self.setWindowTitle(self.tr("New publicity item"))
            ui.plannedCheck.setChecked(True)
        else:
            self.setWindowTitle(self.tr("Publicity: {title}").format(title=row.title))
            ui.titleEdit.setText(row.title)
            ui.channelCombo.setCurrentIndex(ui.channelCombo.findData(row.channel.value))
            ui.audienceEdit.setText(row.audience)
            ui.messageEdit.setPlainText(row.message)
            found = ui.milestoneCombo.findData(row.milestone_id) if row.milestone_id else 0
            ui.milestoneCombo.setCurrentIndex(max(0, found))
            finish = self._finish.get(row.milestone_id) if row.milestone_id else None
            if finish is not None and row.planned_date is not None:
                ui.offsetSpin.setValue((row.planned_date - finish).days)
            for check, edit, day in (
                (ui.plannedCheck, ui.plannedEdit, row.planned_date),
                (ui.actualCheck, ui.actualEdit, row.actual_date),
            ):
                check.setChecked(day is not None)
                if day is not None:
                    edit.setDate(to_qdate(day))
            ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(row.status.value))
            if row.owner_id is not None:
                ui.ownerEdit.set_person(row.owner_id, row.owner)
            ui.reachSpin.setValue(row.reach or 0)
        ui.plannedEdit.setEnabled(ui.plannedCheck.isChecked())
        ui.actualEdit.setEnabled(ui.actualCheck.isChecked())
        ui.milestoneCombo.currentIndexChanged.connect(lambda _i: self._follow_milestone())
        ui.offsetSpin.valueChanged.connect(lambda _v: self._follow_milestone())
        ui.statusCombo.currentIndexChanged.connect(lambda _i: self._sent_needs_a_date(today))
        self._follow_enabled()

    def _follow_enabled(self) -> None:
        self._ui.offsetSpin.setEnabled(self._ui.milestoneCombo.currentData() is not None)

    def _follow_milestone(self) -> None:
        """The planned date follows the chosen milestone, offset by the days given."""
        self._follow_enabled()
        finish = self._finish.get(self._ui.milestoneCombo.currentData())
        if finish is None:
            return
        day = finish + dt.timedelta(days=self._ui.offsetSpin.value())
        self._ui.plannedCheck.setChecked(True)
        self._ui.plannedEdit.setDate(to_qdate(day))

    def _sent_needs_a_date(self, today: dt.date) -> None:
        status = CommStatus(self._ui.statusCombo.currentData())
        if (
            status in (CommStatus.PUBLISHED, CommStatus.DONE)
            and not self._ui.actualCheck.isChecked()
        ):
            self._ui.actualCheck.setChecked(True)
            self._ui.actualEdit.setDate(to_qdate(today))

    def values(self) -> dict[str, Any]:
        ui = self._ui
        owner = ui.ownerEdit.person_id()
        if (
            owner is None
            and self._row is not None
            and ui.ownerEdit.text().strip() == self._row.owner
        ):
            owner = self._row.owner_id
        reach = ui.reachSpin.value()
        values: dict[str, Any] = {
            "title": ui.titleEdit.text(),
            "channel": Channel(ui.channelCombo.currentData()),
            "audience": ui.audienceEdit.text(),
            "message": ui.messageEdit.toPlainText(),
            "milestone_id": ui.milestoneCombo.currentData(),
            "planned_date": _day(ui.plannedEdit, ui.plannedCheck),
            "actual_date": _day(ui.actualEdit, ui.actualCheck),
            "owner_id": owner,
            "status": CommStatus(ui.statusCombo.currentData()),
            "reach": reach
            if reach or (self._row is not None and self._row.reach is not None)
            else None,
        }
        if self._row is None:
            return values
        before = self._row.values()
        return {
            k: v for k, v in values.items() if before[k] != (v.strip() if isinstance(v, str) else v)
        }
