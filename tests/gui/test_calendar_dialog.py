"""The calendar dialog: where each day came from, and importing a holiday list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from oa_desk.gui.timeline.calendar_dialog import CalendarDialog
from oa_desk.services import holidays as holiday_service
from oa_desk.services import schedule
from oa_desk.store.planfile import PlanStore, create_plan, open_plan

D = dt.date

ICS = """BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
DTSTART;VALUE=DATE:20270101
SUMMARY:元旦
END:VEVENT
BEGIN:VEVENT
DTSTART;VALUE=DATE:20270213
SUMMARY:春节调休上班
END:VEVENT
END:VCALENDAR
"""


class Runner:
    """The page's undoable runner, reduced to what the dialog needs: run and remember."""

    def __init__(self) -> None:
        self.done: list[tuple[str, Any]] = []

    def __call__(self, text: str, do: Callable[[], Any]) -> bool:
        self.done.append((text, do()))
        return True


@pytest.fixture
def store(tmp_path: Path) -> Iterator[PlanStore]:
    path = tmp_path / "cal.oadesk"
    create_plan(path, name="日历", start=D(2026, 3, 2), go_live=D(2027, 6, 30))
    with open_plan(path, snapshot=False) as s:
        yield s


def _column(dialog: CalendarDialog, col: int) -> list[str]:
    table = dialog._ui.exceptionsTable
    return [table.item(r, col).text() for r in range(table.rowCount())]  # type: ignore[union-attr]


def test_each_day_shows_its_source(store: PlanStore, qtbot: Any) -> None:
    runner = Runner()
    dialog = CalendarDialog(store, runner)
    qtbot.addWidget(dialog)
    ui = dialog._ui
    ui.presetCombo.setCurrentIndex(ui.presetCombo.findData("CN"))
    ui.presetButton.click()
    assert set(_column(dialog, 3)) == {"Preset"}
    ui.dayEdit.setDate(D(2026, 3, 3))
    ui.nameEdit.setText("公司年会")
    ui.addButton.click()
    rows = dict(zip(_column(dialog, 0), _column(dialog, 3), strict=True))
    assert rows["2026-03-03"] == "Typed" and rows["2026-10-01"] == "Preset"


def test_importing_a_holiday_list_is_one_undoable_edit(
    store: PlanStore, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "2027.ics"
    path.write_text(ICS, encoding="utf-8")
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *args: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "question", question)
    runner = Runner()
    dialog = CalendarDialog(store, runner)
    qtbot.addWidget(dialog)
    dialog._ui.importButton.click()
    assert asked and "2 days" in asked[0] and "2027" in asked[0]
    ((text, result),) = runner.done
    assert text == "Import holidays from 2027.ics"
    assert dict(zip(_column(dialog, 0), _column(dialog, 3), strict=True)) == {
        "2027-01-01": "Imported",
        "2027-02-13": "Imported",
    }
    schedule.revert(store, result.undo)  # what the page's undo runs
    assert holiday_service.calendar_days(store).days == ()


def test_a_list_with_problems_changes_nothing_and_says_where(
    store: PlanStore, qtbot: Any, tmp_path: Path, message_boxes: Any
) -> None:
    path = tmp_path / "meetings.ics"
    path.write_text(ICS.replace("DTSTART;VALUE=DATE:20270213", "DTSTART:20270213T090000"))
    runner = Runner()
    dialog = CalendarDialog(store, runner)
    qtbot.addWidget(dialog)
    assert not dialog.import_file(path)
    assert runner.done == []
    kind, text = message_boxes.shown[-1]
    assert kind == "warning" and "in meetings.ics; nothing was imported" in text
    assert "Line 8" in text and "time of day" in text
    assert not dialog.import_file(tmp_path / "missing.csv")
    assert "missing.csv cannot be read" in message_boxes.shown[-1][1]
    assert holiday_service.calendar_days(store).days == ()
