"""The working calendar: working week, country holiday presets, exceptions.

Every change is applied at once as one undoable edit (the plan reschedules),
so the dialog always shows the stored calendar. Each exception day shows where
it came from: a preset, typed here, or an imported holiday list (for a year the
built-in holidays do not know yet, say next year's official 调休 arrangement).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from oa_desk.domain.calendar import PRESETS, DaySource
from oa_desk.exchange.holidays import HolidayFileRefused, HolidayProblem, HolidayProblemCode
from oa_desk.exchange.safety import SpreadsheetRefused
from oa_desk.gui.forms.ui_calendar_dialog import Ui_CalendarDialog
from oa_desk.services import holidays as holiday_service
from oa_desk.services import schedule as schedule_service
from oa_desk.services.holidays import CalendarDays

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
        self._info: CalendarDays | None = None
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
        ui.importButton.clicked.connect(self._choose_import)
        ui.addButton.clicked.connect(self._add)
        ui.changeButton.clicked.connect(self._change)
        ui.removeButton.clicked.connect(self._remove)
        ui.exceptionsTable.itemSelectionChanged.connect(self._selected)
        header = ui.exceptionsTable.horizontalHeader()
        header.setStretchLastSection(True)
        ui.exceptionsTable.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("Name"), self.tr("Source")]
        )
        if read_only:
            for widget in (
                ui.weekGroup,
                ui.presetGroup,
                ui.importButton,
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

    def source_names(self) -> dict[DaySource, str]:
        return {
            DaySource.PRESET: self.tr("Preset"),
            DaySource.USER: self.tr("Typed"),
            DaySource.IMPORT: self.tr("Imported"),
        }

    def refresh(self) -> None:
        info = holiday_service.calendar_days(self._store)
        self._info = info
        ui = self._ui
        for box, flag in zip(self._days, info.weekdays, strict=True):
            box.blockSignals(True)
            box.setChecked(flag == "1")
            box.blockSignals(False)
        if info.preset:
            ui.presetCombo.setCurrentIndex(max(0, ui.presetCombo.findData(info.preset)))
        table = ui.exceptionsTable
        table.setRowCount(len(info.days))
        holiday, workday = self.tr("Holiday"), self.tr("Working day")
        sources = self.source_names()
        for row, entry in enumerate(info.days):
            items = (
                QTableWidgetItem(entry.day.isoformat()),
                QTableWidgetItem(workday if entry.working else holiday),
                QTableWidgetItem(entry.name),
                QTableWidgetItem(sources[entry.source]),
            )
            items[0].setData(Qt.ItemDataRole.UserRole, entry.day.isoformat())
            for col, item in enumerate(items):
                table.setItem(row, col, item)
        table.resizeColumnToContents(0)
        table.resizeColumnToContents(1)
        table.resizeColumnToContents(3)
        ui.exceptionsGroup.setTitle(self.tr("Exceptions (%n)", "", len(info.days)))
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
        entry = next(e for e in self._info.days if e.day == day)
        ui.dayEdit.setDate(QDate(day.year, day.month, day.day))
        ui.kindCombo.setCurrentIndex(1 if entry.working else 0)
        ui.nameEdit.setText(entry.name)

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
                language="zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en_US",
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

    # -- importing a holiday list --------------------------------------------------------

    def _choose_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import Holidays"),
            "",
            self.tr("Holiday lists (*.ics *.xlsx *.csv);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        """Read a holiday list and, once the user agrees, import it as one undoable edit.

        Nothing changes when the file is refused or has problems (they are listed).
        """
        title = self.tr("Import Holidays")
        try:
            found = holiday_service.read_holiday_file(path)
        except Exception as exc:  # refused as a whole: say why, change nothing
            QMessageBox.warning(self, title, self._refusal_text(exc))
            return False
        if found.problems:
            lines = [self._problem_text(p) for p in found.problems[:12]]
            more = len(found.problems) - len(lines)
            if more > 0:
                lines.append(self.tr("… and %n more", "", more))
            QMessageBox.warning(
                self,
                title,
                self.tr(
                    "%n problem(s) in {name}; nothing was imported:", "", len(found.problems)
                ).format(name=found.file_name)
                + "\n\n"
                + "\n".join(lines),
            )
            return False
        working = sum(1 for d in found.days if d.working)
        years = "、".join(str(y) for y in found.years)
        question = self.tr(
            "Import {days} days from {name} ({years}): {off} days off and {working} make-up"
            " working days?\n\nEach listed day replaces what the calendar has on it; the"
            " preset's other days of those years are removed; days you typed stay."
        ).format(
            days=len(found.days),
            name=found.file_name,
            years=years,
            off=len(found.days) - working,
            working=working,
        )
        answer = QMessageBox.question(self, title, question)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        days = found.days
        self._edit(
            self.tr("Import holidays from {name}").format(name=found.file_name),
            lambda: holiday_service.import_holidays(self._store, days),
        )
        return True

    def _refusal_text(self, exc: BaseException) -> str:
        if isinstance(exc, HolidayFileRefused):
            name = str(exc.params.get("name", ""))
            texts = {
                "unreadable": self.tr("{name} cannot be read."),
                "too_large": self.tr("{name} is too large for a holiday list."),
                "unknown_kind": self.tr(
                    "{name} is neither a calendar (.ics) nor a sheet (.xlsx, .csv)."
                ),
                "not_a_calendar": self.tr("{name} is not an iCalendar (.ics) file."),
                "no_date_column": self.tr(
                    "{name} has no date column: give it a header such as 日期 or Date."
                ),
                "no_days": self.tr("{name} lists no days."),
                "too_many_days": self.tr("{name} lists more days than ten years have."),
            }
            return texts.get(exc.code, str(exc)).format(name=name)
        if isinstance(exc, SpreadsheetRefused):
            from oa_desk.gui.excel.texts import refusal

            return refusal(exc)
        return str(exc)

    def _problem_text(self, problem: HolidayProblem) -> str:
        C = HolidayProblemCode
        texts = {
            C.NOT_A_DATE: self.tr("'{value}' is not a date"),
            C.OUT_OF_RANGE: self.tr("{value} is outside the years 1900 to 2200"),
            C.TIMED_EVENT: self.tr("the event '{value}' has a time of day; list all-day events"),
            C.REPEATING_EVENT: self.tr("the event '{value}' repeats; list each date instead"),
            C.EVENT_TOO_LONG: self.tr("an event of {value} days is longer than a month"),
            C.BAD_WORKING: self.tr("'{value}' is neither a working day nor a day off"),
            C.CONFLICT: self.tr("{value} is listed both as a day off and as a working day"),
        }
        reason = texts[problem.code].format(value=problem.value)
        if problem.sheet:
            where = self.tr("{sheet}, cell {cell}").format(
                sheet=problem.sheet, cell=f"{problem.column}{problem.row}"
            )
        else:
            where = self.tr("Line {line}").format(line=problem.row)
        return f"{where}: {reason}"
