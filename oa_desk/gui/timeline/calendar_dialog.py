"""The working calendar: working week, country holiday presets, exceptions.

Every change is applied at once as one undoable edit (the plan reschedules),
so the dialog always shows the stored calendar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QTableWidgetItem, QWidget

from oa_desk.domain.calendar import PRESETS
from oa_desk.gui.forms.ui_calendar_dialog import Ui_CalendarDialog
from oa_desk.services import schedule as schedule_service
from oa_desk.services.timeline import CalendarInfo, load_calendar_info

Run = Callable[[str, Callable[[], Any]], bool]


class CalendarDialog(QDialog):
    """Edits ``store``'s calendar through ``run(text, edit)``, the page's undoable runner."""

    def __init__(
        self, store: Any, run: Run, *, read_only: bool = False, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._ui = Ui_CalendarDialog()
        self._ui.setupUi(self)
        self._store = store
        self._run = run
        self._info: CalendarInfo | None = None
        ui = self._ui
        locale = QLocale()
        self._days: list[QCheckBox] = []
        for weekday in range(7):
            box = QCheckBox(locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat))
            box.toggled.connect(lambda _on: self._weekdays_changed())
            ui.weekLayout.addWidget(box)
            self._days.append(box)
        names = self.preset_names()
        for code in PRESETS:
            ui.presetCombo.addItem(names.get(code, PRESETS[code].name), code)
        ui.kindCombo.addItem(self.tr("Holiday (day off)"), False)
        ui.kindCombo.addItem(self.tr("Make-up working day (调休)"), True)
        ui.dayEdit.setDate(QDate.currentDate())
        ui.presetButton.clicked.connect(self._apply_preset)
        ui.addButton.clicked.connect(self._add)
        ui.changeButton.clicked.connect(self._change)
        ui.removeButton.clicked.connect(self._remove)
        ui.exceptionsTable.itemSelectionChanged.connect(self._selected)
        header = ui.exceptionsTable.horizontalHeader()
        header.setStretchLastSection(True)
        ui.exceptionsTable.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("Name")]
        )
        if read_only:
            for widget in (
                ui.weekGroup,
                ui.presetGroup,
                ui.addButton,
                ui.changeButton,
                ui.removeButton,
            ):
                widget.setEnabled(False)
        self.refresh()

    def preset_names(self) -> dict[str, str]:
        return {
            "CN": self.tr("China (mainland), with make-up working days"),
            "US": self.tr("United States"),
            "GB": self.tr("United Kingdom"),
            "DE": self.tr("Germany"),
            "JP": self.tr("Japan"),
            "SG": self.tr("Singapore"),
            "HK": self.tr("Hong Kong"),
        }

    def refresh(self) -> None:
        info = load_calendar_info(self._store)
        self._info = info
        ui = self._ui
        for box, flag in zip(self._days, info.weekdays, strict=True):
            box.blockSignals(True)
            box.setChecked(flag == "1")
            box.blockSignals(False)
        if info.preset:
            ui.presetCombo.setCurrentIndex(max(0, ui.presetCombo.findData(info.preset)))
        table = ui.exceptionsTable
        table.setRowCount(len(info.exceptions))
        holiday, workday = self.tr("Holiday"), self.tr("Working day")
        for row, (day, working, name) in enumerate(info.exceptions):
            items = (
                QTableWidgetItem(day.isoformat()),
                QTableWidgetItem(workday if working else holiday),
                QTableWidgetItem(name),
            )
            items[0].setData(Qt.ItemDataRole.UserRole, day.isoformat())
            for col, item in enumerate(items):
                table.setItem(row, col, item)
        table.resizeColumnToContents(0)
        table.resizeColumnToContents(1)
        ui.exceptionsGroup.setTitle(self.tr("Exceptions (%n)", "", len(info.exceptions)))
        self._selected()

    def _selected_day(self) -> dt.date | None:
        items = self._ui.exceptionsTable.selectedItems()
        if not items:
            return None
        row = items[0].row()
        item = self._ui.exceptionsTable.item(row, 0)
        return dt.date.fromisoformat(str(item.data(Qt.ItemDataRole.UserRole))) if item else None

    def _selected(self) -> None:
        day = self._selected_day()
        ui = self._ui
        ui.changeButton.setEnabled(day is not None)
        ui.removeButton.setEnabled(day is not None)
        if day is None or self._info is None:
            return
        _d, working, name = next(e for e in self._info.exceptions if e[0] == day)
        ui.dayEdit.setDate(QDate(day.year, day.month, day.day))
        ui.kindCombo.setCurrentIndex(1 if working else 0)
        ui.nameEdit.setText(name)

    def _form(self) -> tuple[dt.date, bool, str]:
        q = self._ui.dayEdit.date()
        return (
            dt.date(q.year(), q.month(), q.day()),
            bool(self._ui.kindCombo.currentData()),
            self._ui.nameEdit.text().strip(),
        )

    def _edit(self, text: str, do: Callable[[], Any]) -> None:
        if self._run(text, do):
            self.refresh()

    def _weekdays_changed(self) -> None:
        mask = "".join("1" if box.isChecked() else "0" for box in self._days)
        if "1" not in mask:  # a week without a working day cannot schedule anything
            self.refresh()
            return
        self._edit(
            self.tr("Change the working week"),
            lambda: schedule_service.set_working_weekdays(self._store, mask),
        )

    def _apply_preset(self) -> None:
        code = str(self._ui.presetCombo.currentData())
        self._edit(
            self.tr("Fill in holidays: {country}").format(
                country=self._ui.presetCombo.currentText()
            ),
            lambda: schedule_service.apply_calendar_preset(
                self._store,
                code,
                language="zh_CN" if QLocale().language() == QLocale.Language.Chinese else None,
            ),
        )

    def _add(self) -> None:
        day, working, name = self._form()
        self._edit(
            self.tr("Add calendar exception {day}").format(day=day.isoformat()),
            lambda: schedule_service.add_calendar_exception(self._store, day, working, name),
        )

    def _change(self) -> None:
        old = self._selected_day()
        if old is None:
            return
        day, working, name = self._form()
        self._edit(
            self.tr("Change calendar exception {day}").format(day=old.isoformat()),
            lambda: schedule_service.edit_calendar_exception(
                self._store, old, working=working, name=name, new_day=day
            ),
        )

    def _remove(self) -> None:
        day = self._selected_day()
        if day is None:
            return
        self._edit(
            self.tr("Remove calendar exception {day}").format(day=day.isoformat()),
            lambda: schedule_service.remove_calendar_exception(self._store, day),
        )
