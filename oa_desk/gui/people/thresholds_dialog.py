"""A wave's go/no-go thresholds: each criterion's GO condition and NO-GO trigger.

The form is the Designer file ui/people/thresholds_dialog.ui.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtWidgets import QDialog, QSpinBox, QWidget

from oa_desk.domain.gates import Thresholds
from oa_desk.gui.forms.ui_thresholds_dialog import Ui_ThresholdsDialog


class ThresholdsDialog(QDialog):
    """Edits one wave's thresholds; ``values()`` are the ones changed."""

    def __init__(self, wave: str, current: Thresholds, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thresholdsDialog")
        self._ui = ui = Ui_ThresholdsDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Gate thresholds of {wave}").format(wave=wave))
        self._current = current
        by_field = {
            "trained_go": ui.trainedGoSpin,
            "trained_nogo": ui.trainedNogoSpin,
            "key_users_go": ui.keyUsersGoSpin,
            "tickets_go": ui.ticketsGoSpin,
            "tickets_nogo": ui.ticketsNogoSpin,
            "items_go": ui.itemsGoSpin,
            "items_nogo": ui.itemsNogoSpin,
        }
        self.spins: dict[str, QSpinBox] = {}
        for f in fields(Thresholds):  # a new threshold without a spin box fails here, loudly
            spin = by_field[f.name]
            spin.setValue(int(getattr(current, f.name)))
            self.spins[f.name] = spin
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)

    def values(self) -> dict[str, int]:
        return {
            name: spin.value()
            for name, spin in self.spins.items()
            if spin.value() != getattr(self._current, name)
        }
