"""The Sessions tab: sessions (of one course or all) and the chosen session's sign-in list.

The sign-in list is typed into by keyboard: P, L, E and A record present, late,
excused and absent for the current person and move down; Enter moves down;
score and rating are typed in their cells. Every entry is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oa_desk.domain.enums import Attendance
from oa_desk.gui.training.model import RosterModel, SessionsModel

if TYPE_CHECKING:
    pass

KEYS = {
    Qt.Key.Key_P: Attendance.PRESENT,
    Qt.Key.Key_L: Attendance.LATE,
    Qt.Key.Key_E: Attendance.EXCUSED,
    Qt.Key.Key_A: Attendance.ABSENT,
}


def _table(parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    return view


class RosterView(QTableView):
    """The sign-in list: P/L/E/A record attendance and move down, Enter moves down."""

    attendance = Signal(int, object)  # row, Attendance

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        row = self.currentIndex().row()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in KEYS and mods in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.ShiftModifier,
        ):
            if row >= 0:
                self.attendance.emit(row, KEYS[key])
                self.move_down(row)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            self.move_down(row)
            return
        super().keyPressEvent(event)

    def move_down(self, row: int) -> None:
        model = self.model()
        if model is None or row + 1 >= model.rowCount():
            return
        column = max(0, self.currentIndex().column())
        self.setCurrentIndex(model.index(row + 1, column))


class SessionsTab(QWidget):
    """Sessions above, the chosen one's sign-in list below; buttons call the page back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.course_filter = QComboBox(self)
        bar.addWidget(QLabel(self.tr("Course"), self))
        bar.addWidget(self.course_filter, 1)
        self.add_button = QPushButton(self.tr("New session…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.calendar_button = QPushButton(self.tr("Export calendar…"), self)
        self.trainers_button = QPushButton(self.tr("Calendars per trainer…"), self)
        for b in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.calendar_button,
            self.trainers_button,
        ):
            bar.addWidget(b)
        layout.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.sessions = SessionsModel(self)
        self.session_view = _table(split)
        self.session_view.setModel(self.sessions)
        for column, width in enumerate((260, 130, 130, 220, 100, 80, 60)):
            self.session_view.setColumnWidth(column, width)
        lower = QWidget(split)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        roster_bar = QHBoxLayout()
        self.roster_title = QLabel(lower)
        roster_bar.addWidget(self.roster_title, 1)
        self.enrol_button = QPushButton(self.tr("Enrol a person…"), lower)
        self.rule_button = QPushButton(self.tr("Enrol by rule…"), lower)
        self.withdraw_button = QPushButton(self.tr("Withdraw"), lower)
        self.signin_button = QPushButton(self.tr("Import sign-in sheet…"), lower)
        for b in (self.enrol_button, self.rule_button, self.withdraw_button, self.signin_button):
            roster_bar.addWidget(b)
        lower_layout.addLayout(roster_bar)
        hint = QLabel(
            self.tr(
                "Keys: P present, L late, E excused, A absent (then the next person); "
                "Enter moves down; type a score or a rating 1–5 in its cell."
            ),
            lower,
        )
        hint.setWordWrap(True)
        lower_layout.addWidget(hint)
        self.roster = RosterModel(self)
        self.roster_view = RosterView(lower)
        self.roster_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roster_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.roster_view.verticalHeader().hide()
        self.roster_view.horizontalHeader().setStretchLastSection(True)
        self.roster_view.setAlternatingRowColors(True)
        self.roster_view.setModel(self.roster)
        for column, width in enumerate((100, 100, 200, 90, 90, 70, 60)):
            self.roster_view.setColumnWidth(column, width)
        lower_layout.addWidget(self.roster_view, 1)
        split.addWidget(self.session_view)
        split.addWidget(lower)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)

    def current_session(self) -> int | None:
        index = self.session_view.currentIndex()
        return self.sessions.row_id(index.row()) if index.isValid() else None

    def current_session_row(self) -> tuple[Any, ...] | None:
        index = self.session_view.currentIndex()
        return self.sessions.rows[index.row()] if index.isValid() else None

    def select_session(self, session_id: int | None) -> None:
        for row, values in enumerate(self.sessions.rows):
            if values[0] == session_id:
                self.session_view.setCurrentIndex(self.sessions.index(row, 0))
                self.session_view.scrollTo(self.sessions.index(row, 0))
                return

    def current_enrollment(self) -> int | None:
        index = self.roster_view.currentIndex()
        return self.roster.row_id(index.row()) if index.isValid() else None

    def set_roster(self, rows: list[tuple[Any, ...]], title: str) -> None:
        """Show a sign-in list, keeping the current row and column."""
        current = self.roster_view.currentIndex()
        row, column = current.row(), current.column()
        self.roster.set_rows(rows)
        self.roster_title.setText(title)
        if rows and row >= 0:
            self.roster_view.setCurrentIndex(
                self.roster.index(min(row, len(rows) - 1), max(0, column))
            )

    def connect_buttons(self, actions: dict[str, Callable[[], Any]]) -> None:
        for name, button in (
            ("add", self.add_button),
            ("edit", self.edit_button),
            ("delete", self.delete_button),
            ("enrol", self.enrol_button),
            ("rule", self.rule_button),
            ("withdraw", self.withdraw_button),
            ("signin", self.signin_button),
            ("calendar", self.calendar_button),
            ("trainers", self.trainers_button),
        ):
            button.clicked.connect(lambda _c=False, a=actions[name]: a())
