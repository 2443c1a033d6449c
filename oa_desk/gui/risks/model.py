"""A thin item model over the risk register's rows, and the filter the heat map and the
"show closed" switch drive. Nothing here reads the plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
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

from oa_desk.domain import colours
from oa_desk.domain.enums import RiskStatus
from oa_desk.domain.risks import is_live, level, review_overdue
from oa_desk.gui.dates import format_date
from oa_desk.gui.risks import texts
from oa_desk.services.risks import RiskRow

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
Role = Qt.ItemDataRole
ID_ROLE = Role.UserRole + 1
SORT_ROLE = Role.UserRole + 2


class RiskCol(IntEnum):
    SCORE = 0
    TITLE = 1
    CATEGORY = 2
    PROBABILITY = 3
    IMPACT = 4
    LEVEL = 5
    STATUS = 6
    TICKETS = 7  # the support tickets turned into the risk (a count)
    OWNER = 8
    REVIEW = 9
    TASK = 10
    MITIGATION = 11


class RisksModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[RiskRow, ...] = ()
        self._today = dt.date.today()

    def set_rows(self, rows: Sequence[RiskRow], today: dt.date) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self._today = today
        self.endResetModel()

    def row_at(self, row: int) -> RiskRow:
        return self._rows[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(RiskCol)

    def _value(self, r: RiskRow, col: RiskCol, sort: bool) -> Any:
        if col == RiskCol.SCORE:
            return r.score
        if col == RiskCol.PROBABILITY:
            return r.probability
        if col == RiskCol.IMPACT:
            return r.impact
        if col == RiskCol.LEVEL:
            return r.score if sort else texts.level_names()[level(r.probability, r.impact)]
        if col == RiskCol.CATEGORY:
            return texts.category_names()[r.category]
        if col == RiskCol.STATUS:
            return list(RiskStatus).index(r.status) if sort else texts.status_names()[r.status]
        if col == RiskCol.TICKETS:
            return r.tickets if sort else (str(r.tickets) if r.tickets else "")
        if col == RiskCol.REVIEW:
            if sort:
                return r.review_date.toordinal() if r.review_date else 10**7
            return format_date(r.review_date)
        return {
            RiskCol.TITLE: r.title,
            RiskCol.OWNER: r.owner,
            RiskCol.TASK: r.task,
            RiskCol.MITIGATION: r.mitigation.replace("\n", " "),
        }[col]

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = RiskCol(index.column())
        if role == ID_ROLE:
            return r.id
        if role in (Role.DisplayRole, SORT_ROLE):
            return self._value(r, col, role == SORT_ROLE)
        overdue = review_overdue(r.review_date, r.status, self._today)
        if role == Role.BackgroundRole and col in (RiskCol.SCORE, RiskCol.LEVEL):
            return QBrush(QColor(colours.RISK_LEVEL[level(r.probability, r.impact).value]))
        if role == Role.ForegroundRole:
            if col == RiskCol.REVIEW and overdue:
                return QBrush(QColor(colours.RAG["red"]))
            if not is_live(r.status):
                return QBrush(QColor("#8A8A8A"))
        if role == Role.FontRole and col == RiskCol.REVIEW and overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Role.ToolTipRole:
            if col == RiskCol.REVIEW and overdue:
                return translate("Risks", "The review is overdue")
            if col == RiskCol.TITLE and r.description:
                return r.description
            if col == RiskCol.MITIGATION and r.mitigation:
                return r.mitigation
            if col == RiskCol.TICKETS and r.tickets:
                return translate("Risks", "Support tickets turned into this risk: {n}").format(
                    n=r.tickets
                )
        if role == Role.TextAlignmentRole and col in (
            RiskCol.SCORE,
            RiskCol.PROBABILITY,
            RiskCol.IMPACT,
            RiskCol.TICKETS,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Role.DisplayRole:
            return None
        return {
            RiskCol.SCORE: translate("Risks", "Score"),
            RiskCol.TITLE: translate("Risks", "Risk"),
            RiskCol.CATEGORY: translate("Risks", "Category"),
            RiskCol.PROBABILITY: translate("Risks", "Probability"),
            RiskCol.IMPACT: translate("Risks", "Impact"),
            RiskCol.LEVEL: translate("Risks", "Level"),
            RiskCol.STATUS: translate("Risks", "Status"),
            RiskCol.OWNER: translate("Risks", "Owner"),
            RiskCol.REVIEW: translate("Risks", "Review date"),
            RiskCol.TASK: translate("Risks", "Task or milestone"),
            RiskCol.TICKETS: translate("Risks", "Tickets"),
            RiskCol.MITIGATION: translate("Risks", "Mitigation"),
        }[RiskCol(section)]


class RiskFilter(QSortFilterProxyModel):
    """Shows the live risks (or all), of one heat-map cell (or every cell)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._cell: tuple[int, int] | None = None
        self._show_closed = False

    def set_cell(self, cell: tuple[int, int] | None) -> None:
        self.beginFilterChange()  # Qt 6.10+: invalidateFilter() is deprecated
        self._cell = cell
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_closed(self, show: bool) -> None:
        self.beginFilterChange()
        self._show_closed = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RisksModel)
        r = model.row_at(source_row)
        if not self._show_closed and not is_live(r.status):
            return False
        return self._cell is None or (r.probability, r.impact) == self._cell
