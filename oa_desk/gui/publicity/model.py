"""A thin item model over the publicity plan's rows. Nothing here reads the plan."""

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
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from oa_desk.domain import colours
from oa_desk.domain.enums import CommStatus
from oa_desk.gui.dates import format_date
from oa_desk.gui.publicity import texts
from oa_desk.services.publicity import CommRow

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
Role = Qt.ItemDataRole
ID_ROLE = Role.UserRole + 1
SORT_ROLE = Role.UserRole + 2


class CommCol(IntEnum):
    DATE = 0
    TITLE = 1
    CHANNEL = 2
    AUDIENCE = 3
    MILESTONE = 4
    STATUS = 5
    OWNER = 6
    REACH = 7


class CommunicationsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[CommRow, ...] = ()
        self._today = dt.date.today()

    def set_rows(self, rows: Sequence[CommRow], today: dt.date) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self._today = today
        self.endResetModel()

    def row_at(self, row: int) -> CommRow:
        return self._rows[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(CommCol)

    def _value(self, r: CommRow, col: CommCol, sort: bool) -> Any:
        if col == CommCol.DATE:
            if sort:
                return r.day.toordinal() if r.day else 10**7
            return format_date(r.day)
        if col == CommCol.CHANNEL:
            return texts.channel_names()[r.channel]
        if col == CommCol.STATUS:
            return list(CommStatus).index(r.status) if sort else texts.status_names()[r.status]
        if col == CommCol.MILESTONE and r.milestone and r.offset_days is not None and not sort:
            # it follows the milestone: say by how much
            if r.offset_days == 0:
                return translate("Publicity", "{milestone} (on the day)").format(
                    milestone=r.milestone
                )
            return translate("Publicity", "{milestone} ({days:+d} d)").format(
                milestone=r.milestone, days=r.offset_days
            )
        if col == CommCol.REACH:
            if sort:
                return -1 if r.reach is None else r.reach
            return "" if r.reach is None else f"{r.reach:,}"
        return {
            CommCol.TITLE: r.title,
            CommCol.AUDIENCE: r.audience,
            CommCol.MILESTONE: r.milestone,
            CommCol.OWNER: r.owner,
        }[col]

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = CommCol(index.column())
        if role == ID_ROLE:
            return r.id
        if role in (Role.DisplayRole, SORT_ROLE):
            return self._value(r, col, role == SORT_ROLE)
        late = r.late(self._today)
        if role == Role.ForegroundRole:
            if late and col in (CommCol.DATE, CommCol.STATUS):
                return QBrush(QColor(colours.RAG["red"]))
            if r.status is CommStatus.CANCELLED:
                return QBrush(QColor("#8A8A8A"))
        if role == Role.ToolTipRole:
            if late and col in (CommCol.DATE, CommCol.STATUS):
                return translate("Publicity", "Planned for a day already past and not sent yet")
            if col == CommCol.TITLE and r.message:
                return r.message
        if role == Role.TextAlignmentRole and col == CommCol.REACH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Role.DisplayRole:
            return None
        return {
            CommCol.DATE: translate("Publicity", "Date"),
            CommCol.TITLE: translate("Publicity", "Item"),
            CommCol.CHANNEL: translate("Publicity", "Channel"),
            CommCol.AUDIENCE: translate("Publicity", "Audience"),
            CommCol.MILESTONE: translate("Publicity", "Milestone"),
            CommCol.STATUS: translate("Publicity", "Status"),
            CommCol.OWNER: translate("Publicity", "Owner"),
            CommCol.REACH: translate("Publicity", "Reach"),
        }[CommCol(section)]
