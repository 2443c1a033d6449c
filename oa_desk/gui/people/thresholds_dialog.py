"""A wave's go/no-go thresholds: each criterion's GO condition and NO-GO trigger."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from oa_desk.domain.gates import Thresholds


class ThresholdsDialog(QDialog):
    """Edits one wave's thresholds; ``values()`` are the ones changed."""

    def __init__(self, wave: str, current: Thresholds, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thresholdsDialog")
        self.setWindowTitle(self.tr("Gate thresholds of {wave}").format(wave=wave))
        self._current = current
        labels = {
            "trained_go": self.tr("GO: trained at their tier at least (%)"),
            "trained_nogo": self.tr("NO-GO: trained below (%)"),
            "key_users_go": self.tr("GO: key users named at least"),
            "tickets_go": self.tr("GO: open P1/P2 tickets at most"),
            "tickets_nogo": self.tr("NO-GO: open P1/P2 tickets from"),
            "items_go": self.tr("GO: readiness items done at least (%)"),
            "items_nogo": self.tr("NO-GO: readiness items done below (%)"),
        }
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout()
        for f in fields(Thresholds):
            spin = QSpinBox()
            spin.setRange(0, 100 if "trained" in f.name or "items" in f.name else 9999)
            spin.setValue(int(getattr(current, f.name)))
            self.spins[f.name] = spin
            form.addRow(labels[f.name], spin)
        note = QLabel(
            self.tr("Between a GO condition and its NO-GO trigger the criterion is amber (watch).")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def values(self) -> dict[str, int]:
        return {
            name: spin.value()
            for name, spin in self.spins.items()
            if spin.value() != getattr(self._current, name)
        }
