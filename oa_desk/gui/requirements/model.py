"""Thin item models over the requirements register and its summary by department and
fit. Nothing here reads the plan."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from oa_desk.domain.enums import Fit, Priority, RequirementStatus
from oa_desk.gui.dates import format_date
from oa_desk.gui.requirements import texts
from oa_desk.gui.requirements.texts import FIT_COLOUR
from oa_desk.services.requirements import RequirementData, RequirementRow

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
Role = Qt.ItemDataRole
ID_ROLE = Role.UserRole + 1
SORT_ROLE = Role.UserRole + 2


class ReqCol(IntEnum):
    DEPARTMENT = 0
    PAIN_POINT = 1
    MODULE = 2
    PRIORITY = 3
    FIT = 4
    STATUS = 5
    TASKS = 6
    RAISED_BY = 7
    RAISED_ON = 8
    DECISION = 9


class RequirementsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data: RequirementData | None = None
        self._rows: tuple[RequirementRow, ...] = ()

    def set_data(self, data: RequirementData | None) -> None:
        self.beginResetModel()
        self._data = data
        self._rows = data.requirements if data else ()
        self.endResetModel()

    def row_at(self, row: int) -> RequirementRow:
        return self._rows[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(ReqCol)

    def _value(self, r: RequirementRow, col: ReqCol, sort: bool) -> Any:
        if col == ReqCol.PRIORITY:
            return list(Priority).index(r.priority) if sort else texts.priority_names()[r.priority]
        if col == ReqCol.FIT:
            return list(Fit).index(r.fit) if sort else texts.fit_names()[r.fit]
        if col == ReqCol.STATUS:
            if sort:
                return list(RequirementStatus).index(r.status)
            return texts.status_names()[r.status]
        if col == ReqCol.TASKS:
            return len(r.task_ids) if sort else (str(len(r.task_ids)) if r.task_ids else "")
        if col == ReqCol.RAISED_ON:
            if sort:
                return r.raised_on.toordinal() if r.raised_on else 0
            return format_date(r.raised_on)
        return {
            ReqCol.DEPARTMENT: r.department,
            ReqCol.PAIN_POINT: r.pain_point,
            ReqCol.MODULE: texts.module_names()[r.module],
            ReqCol.RAISED_BY: r.raised_by,
            ReqCol.DECISION: r.decision.replace("\n", " "),
        }[col]

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = ReqCol(index.column())
        if role == ID_ROLE:
            return r.id
        if role in (Role.DisplayRole, SORT_ROLE):
            return self._value(r, col, role == SORT_ROLE)
        if role == Role.BackgroundRole and col == ReqCol.FIT:
            return QBrush(QColor(FIT_COLOUR[r.fit]))
        if role == Role.ToolTipRole:
            if col == ReqCol.PAIN_POINT and r.description:
                return r.description
            if col == ReqCol.DECISION and r.decision:
                return r.decision
            if col == ReqCol.TASKS and r.task_ids and self._data is not None:
                return "\n".join(self._data.task_label(t) for t in r.task_ids)
        if role == Role.TextAlignmentRole and col == ReqCol.TASKS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Role.DisplayRole:
            return None
        return {
            ReqCol.DEPARTMENT: translate("Requirements", "Department"),
            ReqCol.PAIN_POINT: translate("Requirements", "Pain point"),
            ReqCol.MODULE: translate("Requirements", "OA module"),
            ReqCol.PRIORITY: translate("Requirements", "Priority"),
            ReqCol.FIT: translate("Requirements", "Fit"),
            ReqCol.STATUS: translate("Requirements", "Status"),
            ReqCol.TASKS: translate("Requirements", "Tasks"),
            ReqCol.RAISED_BY: translate("Requirements", "Raised by"),
            ReqCol.RAISED_ON: translate("Requirements", "Raised on"),
            ReqCol.DECISION: translate("Requirements", "Decision"),
        }[ReqCol(section)]


class DepartmentFilter(QSortFilterProxyModel):
    """Shows one department's requirements (None: all)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._department: str | None = None

    def set_department(self, name: str | None) -> None:
        self.beginFilterChange()
        self._department = name
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RequirementsModel)
        return self._department is None or model.row_at(source_row).department == self._department


class SummaryModel(QAbstractTableModel):
    """Requirements per department (rows) and fit (columns), with totals."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, list[int]]] = []

    def set_data(self, data: RequirementData | None) -> None:
        self.beginResetModel()
        self._rows = []
        if data is not None:
            summary = data.summary()
            for name in sorted(summary, key=lambda n: (n == "", n)):
                counts = summary[name]
                self._rows.append((name, [counts.get(f, 0) for f in Fit]))
            if self._rows:
                totals = [sum(row[1][i] for row in self._rows) for i in range(len(Fit))]
                self._rows.append(("", totals))
        self.endResetModel()

    def department_at(self, row: int) -> str | None:
        """The department of a row; None for the totals row."""
        return None if row == len(self._rows) - 1 else self._rows[row][0]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(Fit) + 2

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name, counts = self._rows[index.row()]
        total_row = index.row() == len(self._rows) - 1
        col = index.column()
        if role == Role.DisplayRole:
            if col == 0:
                if total_row:
                    return translate("Requirements", "Total")
                return name or translate("Requirements", "(no department)")
            if col == len(Fit) + 1:
                return sum(counts)
            return counts[col - 1] or ""
        if role == Role.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Role.BackgroundRole and 0 < col <= len(Fit) and counts[col - 1]:
            return QBrush(QColor(FIT_COLOUR[list(Fit)[col - 1]]))
        if role == Role.FontRole and total_row:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Role.DisplayRole:
            return None
        if section == 0:
            return translate("Requirements", "Department")
        if section == len(Fit) + 1:
            return translate("Requirements", "Total")
        return texts.fit_names()[list(Fit)[section - 1]]
