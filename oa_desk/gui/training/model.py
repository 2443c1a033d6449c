"""Thin item models over the row tuples the training service read (no SQL in data())."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from oa_desk.domain.enums import AudienceTier
from oa_desk.domain.training import Cell, cell_health
from oa_desk.gui.training.labels import label, modules_label

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _time(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, dt.datetime) else ""


def _number(value: Any) -> str:
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


class RowsModel(QAbstractTableModel):
    """Rows of tuples, column ``i`` shown by ``columns[i]`` (header, text of a row)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[Any, ...]] = []

    def columns(self) -> Sequence[tuple[str, Callable[[tuple[Any, ...]], str]]]:
        return ()

    def set_rows(self, rows: Sequence[tuple[Any, ...]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns()[index.column()][1](row)
        if role == ID_ROLE:
            return row[0]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns())
        ):
            return self.columns()[section][0]
        return None

    def row_id(self, row: int) -> int | None:
        return int(self.rows[row][0]) if 0 <= row < len(self.rows) else None


class CoursesModel(RowsModel):
    """id, name, tier, format, modules, duration, pass mark, materials, prerequisites (text),
    sessions, prerequisite course ids."""

    def columns(self) -> Sequence[tuple[str, Callable[[tuple[Any, ...]], str]]]:
        return (
            (self.tr("Title"), lambda r: r[1]),
            (self.tr("Tier"), lambda r: label(r[2])),
            (self.tr("Format"), lambda r: label(r[3])),
            (self.tr("OA modules"), lambda r: modules_label(r[4])),
            (self.tr("Hours"), lambda r: _number(r[5])),
            (self.tr("Pass mark"), lambda r: _number(r[6])),
            (self.tr("Prerequisites"), self._prerequisites),
            (self.tr("Sessions"), lambda r: str(r[9])),
        )

    def _prerequisites(self, row: tuple[Any, ...]) -> str:
        names = {r[0]: r[1] for r in self.rows}
        parts = [names.get(c, "?") for c in row[10]]
        return self.tr("; ").join([*parts, row[8]] if row[8] else parts)


class SessionsModel(RowsModel):
    """id, course, starts, ends, location, trainer, capacity, status, seated, waiting, ..."""

    def columns(self) -> Sequence[tuple[str, Callable[[tuple[Any, ...]], str]]]:
        return (
            (self.tr("Course"), lambda r: r[1]),
            (self.tr("Starts"), lambda r: _time(r[2])),
            (self.tr("Ends"), lambda r: _time(r[3])),
            (self.tr("Place or link"), lambda r: r[4]),
            (self.tr("Trainer"), lambda r: r[5] or ""),
            (self.tr("Enrolled"), lambda r: f"{r[8]} / {r[6]}"),
            (self.tr("Waiting"), lambda r: str(r[9]) if r[9] else ""),
            (self.tr("Status"), lambda r: label(r[7])),
        )


# The sign-in list's columns a user types into.
SCORE_COLUMN, RATING_COLUMN = 5, 7


class RosterModel(RowsModel):
    """A session's sign-in list: enrollment id, employee no., name, department,
    attendance, score, passed, rating, waitlisted. Score and rating are typed in
    place; ``commit(row, field, value)`` performs the intent."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.commit: Callable[[int, str, Any], bool] | None = None

    def columns(self) -> Sequence[tuple[str, Callable[[tuple[Any, ...]], str]]]:
        return (
            (self.tr("Employee no."), lambda r: r[1]),
            (self.tr("Name"), lambda r: r[2]),
            (self.tr("Department"), lambda r: r[3] or ""),
            (self.tr("Place"), lambda r: self.tr("Waiting list") if r[8] else self.tr("Seat")),
            (self.tr("Attendance"), lambda r: label(r[4])),
            (self.tr("Score"), lambda r: _number(r[5])),
            (self.tr("Passed"), lambda r: self._yes(r[6])),
            (self.tr("Rating"), lambda r: _number(r[7])),
        )

    def _yes(self, value: Any) -> str:
        if value is None:
            return ""
        return self.tr("Yes") if value else self.tr("No")

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in (SCORE_COLUMN, RATING_COLUMN):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            return self.columns()[index.column()][1](self.rows[index.row()])
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.commit is None:
            return False
        field = {SCORE_COLUMN: "score", RATING_COLUMN: "rating"}.get(index.column())
        if field is None:
            return False
        text = str(value).strip()
        parsed: Any
        try:
            parsed = None if not text else float(text) if field == "score" else int(text)
        except ValueError:
            return False
        return self.commit(index.row(), field, parsed)


HEALTH = {"green": "#2e7d32", "amber": "#f9a825", "red": "#c62828"}


class CoverageModel(RowsModel):
    """Departments (indented by depth) × tiers: passed / trained / required, coloured.

    Rows are (department id or None, name, depth); ``cells`` is the rolled-up matrix."""

    TIERS = (AudienceTier.LEADERSHIP, AudienceTier.KEY_USER, AudienceTier.END_USER)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cell: Callable[[int | None, AudienceTier], Cell] = lambda _d, _t: Cell()

    def columns(self) -> Sequence[tuple[str, Callable[[tuple[Any, ...]], str]]]:
        return (
            (self.tr("Department"), lambda r: "    " * r[2] + r[1]),
            *((label(t), lambda r, t=t: self._text(self.cell(r[0], t))) for t in self.TIERS),
        )

    def _text(self, cell: Cell) -> str:
        if not cell.required:
            return "—"
        share = cell.share() or 0.0
        return self.tr("{passed} passed / {trained} trained / {required} ({share:.0%})").format(
            passed=cell.passed, trained=cell.trained, required=cell.required, share=share
        )

    def tier_of(self, column: int) -> AudienceTier | None:
        return self.TIERS[column - 1] if 1 <= column <= len(self.TIERS) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        tier = self.tier_of(index.column()) if index.isValid() else None
        if tier is not None and 0 <= index.row() < len(self.rows):
            cell = self.cell(self.rows[index.row()][0], tier)
            colour = HEALTH.get(cell_health(cell))
            if role == Qt.ItemDataRole.BackgroundRole and colour:
                back = QColor(colour)
                back.setAlpha(70)
                return QBrush(back)
            if role == Qt.ItemDataRole.ToolTipRole and cell.required:
                return self.tr("{missing} still to pass").format(missing=cell.missing)
        return super().data(index, role)


class PeopleModel(RowsModel):
    """People (id, employee no., name, department, …) as a list shows them."""

    def columns(self) -> Sequence[tuple[str, Callable[[tuple[Any, ...]], str]]]:
        return (
            (self.tr("Employee no."), lambda r: r[1]),
            (self.tr("Name"), lambda r: r[2]),
            (self.tr("Department"), lambda r: r[3] or ""),
        )


class NotPassedModel(RowsModel):
    """id, employee no., name, department, tier, trained, go-live."""

    def columns(self) -> Sequence[tuple[str, Callable[[tuple[Any, ...]], str]]]:
        return (
            (self.tr("Employee no."), lambda r: r[1]),
            (self.tr("Name"), lambda r: r[2]),
            (self.tr("Department"), lambda r: r[3] or ""),
            (self.tr("Tier"), lambda r: label(r[4])),
            (self.tr("Trained"), lambda r: self.tr("Yes") if r[5] else self.tr("No")),
            (self.tr("Go-live"), lambda r: r[6].isoformat() if r[6] else ""),
        )
