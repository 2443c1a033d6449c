"""One person's attendance across every session, and everyone's exported in bulk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oa_desk.gui.training.labels import label
from oa_desk.gui.training.model import RowsModel
from oa_desk.gui.widgets.person_picker import PersonPicker


def _time(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, dt.datetime) else ""


def _number(value: Any) -> str:
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


class AttendanceModel(RowsModel):
    """Rows of ``store.training.attendance_rows``."""

    def _yes(self, value: Any) -> str:
        if value is None:
            return ""
        return self.tr("Yes") if value else self.tr("No")

    def columns(self) -> Sequence[tuple[str, Callable[[tuple[Any, ...]], str]]]:
        return (
            (self.tr("Course"), lambda r: r[4]),
            (self.tr("Starts"), lambda r: _time(r[5])),
            (self.tr("Place or link"), lambda r: r[6] or ""),
            (self.tr("Attendance"), lambda r: label(r[7])),
            (self.tr("Score"), lambda r: _number(r[8])),
            (self.tr("Passed"), lambda r: self._yes(r[9])),
            (self.tr("Rating"), lambda r: _number(r[10])),
            (self.tr("Place"), lambda r: self.tr("Waiting list") if r[11] else self.tr("Seat")),
        )

    def export_headers(self) -> list[str]:
        return [self.tr("Employee no."), self.tr("Name"), self.tr("Department")] + [
            header for header, _f in self.columns()
        ]

    def export_row(self, row: tuple[Any, ...]) -> list[Any]:
        return [row[1], row[2], row[3] or ""] + [f(row) for _h, f in self.columns()]


class PersonTab(QWidget):
    """Pick a person: their sessions. Export: everyone's, one row per enrollment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Person"), self))
        self.picker = PersonPicker(self)
        bar.addWidget(self.picker, 1)
        self.export_button = QPushButton(self.tr("Export everyone's attendance…"), self)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.title = QLabel(self)
        layout.addWidget(self.title)
        self.model = AttendanceModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setColumnWidth(0, 260)
        self.view.setColumnWidth(1, 130)
        self.view.setColumnWidth(2, 220)
        layout.addWidget(self.view, 1)

    def show_rows(self, name: str, rows: Sequence[tuple[Any, ...]]) -> None:
        self.model.set_rows(rows)
        attended = sum(1 for r in rows if r[7] in ("present", "late"))
        self.title.setText(
            self.tr("{name}: {n} sessions, attended {attended}").format(
                name=name, n=len(rows), attended=attended
            )
        )
