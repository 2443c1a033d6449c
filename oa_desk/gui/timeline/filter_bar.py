"""The Timeline's filter bar: phase, department, wave, owner, critical, late, look-ahead.

It only builds the predicate; the page applies it to the model and the chart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from oa_desk.domain.enums import Phase
from oa_desk.gui.timeline.model import phase_names
from oa_desk.services.timeline import Choices, TimelineRow

LOOK_AHEAD_DAYS = {"all": 0, "2w": 14, "4w": 28}


class FilterBar(QWidget):
    """Emits ``changed`` whenever what should be shown changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = Choices((), (), ())
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 0, 6, 0)
        self.label = QLabel()
        self.phase = QComboBox()
        self.department = QComboBox()
        self.wave = QComboBox()
        self.owner = QLineEdit()
        self.owner.setClearButtonEnabled(True)
        self.critical = QCheckBox()
        self.late = QCheckBox()
        self.ahead = QComboBox()
        for key in LOOK_AHEAD_DAYS:
            self.ahead.addItem("", key)
        row.addWidget(self.label)
        for w in (
            self.phase,
            self.department,
            self.wave,
            self.owner,
            self.critical,
            self.late,
            self.ahead,
        ):
            row.addWidget(w)
        row.addStretch(1)
        self.count = QLabel()
        row.addWidget(self.count)
        for combo in (self.phase, self.department, self.wave, self.ahead):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.owner.textChanged.connect(lambda _t: self.changed.emit())
        self.critical.toggled.connect(lambda _c: self.changed.emit())
        self.late.toggled.connect(lambda _c: self.changed.emit())
        self.retranslate()

    def set_choices(self, choices: Choices) -> None:
        self._choices = choices
        self._fill_choices()

    def active(self) -> bool:
        return bool(
            self.phase.currentData()
            or self.department.currentData()
            or self.wave.currentData()
            or self.owner.text().strip()
            or self.critical.isChecked()
            or self.late.isChecked()
            or self.ahead.currentData() != "all"
        )

    def predicate(self, today: dt.date) -> Callable[[TimelineRow], bool] | None:
        """What to keep (None: everything); ``today`` anchors late and the look-ahead."""
        if not self.active():
            return None
        phase = self.phase.currentData()
        department = self.department.currentData()
        wave = self.wave.currentData()
        owner = self.owner.text().strip().lower()
        critical = self.critical.isChecked()
        late = self.late.isChecked()
        days = LOOK_AHEAD_DAYS.get(str(self.ahead.currentData()), 0)
        horizon = today + dt.timedelta(days=days)

        def keep(row: TimelineRow) -> bool:
            if phase and row.phase != Phase(phase):
                return False
            if department and row.department_id != department:
                return False
            if wave and row.wave_id != wave:
                return False
            if owner and owner not in row.owner.lower():
                return False
            if critical and not row.critical:
                return False
            if late and not (row.finish and row.finish < today and row.progress < 100):
                return False
            in_window = bool(
                row.start and row.finish and row.start <= horizon and row.finish >= today
            )
            return in_window or not days

        return keep

    def retranslate(self) -> None:
        self.label.setText(self.tr("Show:"))
        self.owner.setPlaceholderText(self.tr("Owner"))
        self.critical.setText(self.tr("Critical only"))
        self.late.setText(self.tr("Late only"))
        ahead = {
            "all": self.tr("All dates"),
            "2w": self.tr("Next 2 weeks"),
            "4w": self.tr("Next 4 weeks"),
        }
        for i in range(self.ahead.count()):
            self.ahead.setItemText(i, ahead[str(self.ahead.itemData(i))])
        self._fill_choices()

    def _fill_choices(self) -> None:
        def refill(combo: QComboBox, everything: str, items: Iterable[tuple[Any, str]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value, label in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

        refill(
            self.phase,
            self.tr("All phases"),
            ((p.value, label) for p, label in phase_names().items()),
        )
        refill(self.department, self.tr("All departments"), self._choices.departments)
        refill(self.wave, self.tr("All waves"), self._choices.waves)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
