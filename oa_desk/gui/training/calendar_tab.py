"""The Calendar tab: a week or a month of sessions on a grid, clashes marked.

A cell is a day: its sessions, one line each ("09:00–11:00 课程 · 地点"), with a
warning sign and a tinted background when one clashes (the same trainer or
room twice at once, more people seated than places); the tooltip says which.
Colour is never the only signal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oa_desk.domain.training import Clash
from oa_desk.services.training import CalendarEntry

Index = QModelIndex | QPersistentModelIndex
WEEK, MONTH = "week", "month"


def first_day(mode: str, day: dt.date) -> dt.date:
    """The Monday the grid starts on: of ``day``'s week, or of its month's first week."""
    if mode == MONTH:
        day = day.replace(day=1)
    return day - dt.timedelta(days=day.weekday())


class CalendarModel(QAbstractTableModel):
    """Weeks × weekdays; each cell the day's sessions."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.start = first_day(WEEK, dt.date.today())
        self.weeks = 1
        self.month = self.start.month
        self.by_day: dict[dt.date, list[CalendarEntry]] = {}

    def set_entries(
        self, start: dt.date, weeks: int, month: int | None, entries: Sequence[CalendarEntry]
    ) -> None:
        self.beginResetModel()
        self.start, self.weeks, self.month = start, weeks, month or 0
        self.by_day = {}
        for e in entries:
            self.by_day.setdefault(e.starts.date(), []).append(e)
        self.endResetModel()

    def day(self, index: Index) -> dt.date:
        return self.start + dt.timedelta(days=index.row() * 7 + index.column())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.weeks

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def _clash_text(self, clash: Clash) -> str:
        return {
            Clash.TRAINER: self.tr("the trainer has another session at the same time"),
            Clash.ROOM: self.tr("the room is booked twice"),
            Clash.FULL: self.tr("more people seated than places"),
        }[clash]

    def _line(self, e: CalendarEntry) -> str:
        mark = "⚠ " if e.clashes else ""
        where = f" · {e.location}" if e.location else ""
        return f"{mark}{e.starts:%H:%M}–{e.ends:%H:%M} {e.course}{where}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day = self.day(index)
        entries = self.by_day.get(day, [])
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join([f"{day.day}", *(self._line(e) for e in entries)])
        if role == Qt.ItemDataRole.ToolTipRole and entries:
            lines = []
            for e in entries:
                lines.append(self._line(e) + (f" ({e.trainer})" if e.trainer else ""))
                lines += [f"    {self._clash_text(c)}" for c in sorted(e.clashes)]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole:
            if any(e.clashes for e in entries):
                colour = QColor("#c62828")
                colour.setAlpha(50)
                return QBrush(colour)
            if self.month and day.month != self.month:
                colour = QColor("#808080")
                colour.setAlpha(30)
                return QBrush(colour)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            names = (
                self.tr("Mon"),
                self.tr("Tue"),
                self.tr("Wed"),
                self.tr("Thu"),
                self.tr("Fri"),
                self.tr("Sat"),
                self.tr("Sun"),
            )
            return names[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.weeks:
            return (self.start + dt.timedelta(days=7 * section)).strftime("%m-%d")
        return None

    def clashing(self) -> list[CalendarEntry]:
        return [e for entries in self.by_day.values() for e in entries if e.clashes]


class CalendarTab(QWidget):
    """Week or month, previous and next, today; ``read(start, end)`` gives the entries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.read: Callable[[dt.datetime, dt.datetime], list[CalendarEntry]] | None = None
        self.mode = MONTH
        self.anchor = dt.date.today()
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.week_button = QPushButton(self.tr("Week"), self)
        self.month_button = QPushButton(self.tr("Month"), self)
        group = QButtonGroup(self)
        for b in (self.week_button, self.month_button):
            b.setCheckable(True)
            group.addButton(b)
        self.month_button.setChecked(True)
        previous = QPushButton("◀", self)
        previous.setToolTip(self.tr("Previous"))
        today = QPushButton(self.tr("Today"), self)
        following = QPushButton("▶", self)
        following.setToolTip(self.tr("Next"))
        self.title = QLabel(self)
        self.summary = QLabel(self)
        for w in (self.week_button, self.month_button, previous, today, following, self.title):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        layout.addLayout(bar)
        self.model = CalendarModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 1)
        self.week_button.clicked.connect(lambda: self.set_mode(WEEK))
        self.month_button.clicked.connect(lambda: self.set_mode(MONTH))
        previous.clicked.connect(lambda: self.step(-1))
        following.clicked.connect(lambda: self.step(1))
        today.clicked.connect(lambda: self.go_to(dt.date.today()))

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        (self.week_button if mode == WEEK else self.month_button).setChecked(True)
        self.refresh()

    def go_to(self, day: dt.date) -> None:
        self.anchor = day
        self.refresh()

    def step(self, direction: int) -> None:
        if self.mode == WEEK:
            self.anchor += dt.timedelta(days=7 * direction)
        else:
            month = self.anchor.month - 1 + direction
            self.anchor = dt.date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.refresh()

    def refresh(self) -> None:
        start = first_day(self.mode, self.anchor)
        if self.mode == WEEK:
            weeks, month = 1, None
        else:
            month = self.anchor.month
            last = (self.anchor.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            weeks = ((last - start).days + 6) // 7
        end = start + dt.timedelta(days=7 * weeks)
        entries = (
            self.read(dt.datetime.combine(start, dt.time()), dt.datetime.combine(end, dt.time()))
            if self.read is not None
            else []
        )
        self.model.set_entries(start, weeks, month, entries)
        if self.mode == WEEK:
            self.title.setText(f"{start:%Y-%m-%d} – {end - dt.timedelta(days=1):%Y-%m-%d}")
        else:
            self.title.setText(f"{self.anchor:%Y-%m}")
        n = len(self.model.clashing())
        self.summary.setText(
            self.tr("{n} sessions, {clashing} with a clash").format(n=len(entries), clashing=n)
        )
