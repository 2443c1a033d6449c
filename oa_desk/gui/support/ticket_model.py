"""The ticket list's item model: a window cache over the tickets a query selects.

The People roster's pattern, shared through
:class:`~oa_desk.gui.widgets.windowed_model.WindowedModel`: the model knows how
many tickets the query selects and holds pages of
:class:`~oa_desk.services.support_board.ListRow` read by a loader in the
query's order; the loaded pages' texts live in Qt's own item store, so painting
never calls back into Python. Sorting is the query's (``sort()`` asks for it
through ``sort_requested``): SQL for stored columns, the SLA figures ordered by
the service; there is no proxy model and no SQL in here.

A breached ticket is shown by words and an icon in the SLA column and in bold
on every column, a ticket past 80 % of a target by its words and a warning icon:
never by colour alone.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QStandardItem

from oa_desk.domain.support import SlaLevel
from oa_desk.gui.support import texts
from oa_desk.gui.widgets.windowed_model import PAGE, WindowedModel
from oa_desk.services.support_board import ListRow, active_state

__all__ = [
    "COLUMN_OF_SORT",
    "ID_ROLE",
    "LEVEL_ROLE",
    "PAGE",
    "SORT_OF_COLUMN",
    "STATUS_ROLE",
    "TicketCol",
    "TicketModel",
    "hours_text",
]

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 3

_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class TicketCol(IntEnum):
    NUMBER = 0
    TITLE = 1
    STATUS = 2
    PRIORITY = 3
    TYPE = 4
    DEPARTMENT = 5
    ASSIGNEE = 6
    CREATED = 7
    RESPONSE_DUE = 8
    RESOLVE_DUE = 9
    REMAINING = 10
    SLA = 11


_COLUMNS = len(TicketCol)

SORT_OF_COLUMN = {
    TicketCol.NUMBER: "number",
    TicketCol.TITLE: "title",
    TicketCol.STATUS: "status",
    TicketCol.PRIORITY: "priority",
    TicketCol.TYPE: "type",
    TicketCol.DEPARTMENT: "department",
    TicketCol.ASSIGNEE: "assignee",
    TicketCol.CREATED: "created_at",
    TicketCol.RESPONSE_DUE: "response_due",
    TicketCol.RESOLVE_DUE: "resolve_due",
    TicketCol.REMAINING: "remaining",
    TicketCol.SLA: "sla",
}
COLUMN_OF_SORT = {v: k for k, v in SORT_OF_COLUMN.items()}


def hours_text(locale: QLocale, seconds: int) -> str:
    """Working time as hours with one decimal ("-2.5 h" once breached)."""
    number = locale.toString(seconds / 3600, "f", 1)
    return QCoreApplication.translate("TicketModel", "{hours} h").format(hours=number)


class TicketModel(WindowedModel):
    """Tickets by window; ``set_source(total, loader)`` after every query change."""

    sort_requested = Signal(str, bool)  # sort key, descending

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_COLUMNS, parent)
        self._locale = QLocale()
        self._bold = QFont()
        self._bold.setBold(True)
        self._breach_brush = QBrush(QColor(220, 53, 69, 40))  # with words and an icon
        self._icons: dict[SlaLevel, QIcon] = {}
        self.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Title"),
                self.tr("Status"),
                self.tr("Priority"),
                self.tr("Type"),
                self.tr("Department"),
                self.tr("Assignee"),
                self.tr("Created"),
                self.tr("Response due"),
                self.tr("Resolve due"),
                self.tr("Remaining"),
                self.tr("SLA"),
            ]
        )

    def _icon(self, level: SlaLevel) -> QIcon:
        if level not in self._icons:
            from oa_desk.gui.icons import icon

            name = {SlaLevel.BREACHED: "warning-circle", SlaLevel.WARNING: "warning"}.get(level)
            self._icons[level] = icon(name) if name else QIcon()
        return self._icons[level]

    def row_at(self, row: int) -> ListRow | None:
        record = self.record_at(row)
        return record if isinstance(record, ListRow) else None

    def id_of(self, record: ListRow) -> int:
        return record.row.id

    def _moment(self, moment: dt.datetime) -> str:
        return texts.moment_text(moment)

    def _cells(self, r: ListRow) -> tuple[list[str], SlaLevel | None]:
        t = r.row
        cells = [
            t.number,
            t.title,
            texts.status_label(t.status),
            t.priority.value,
            texts.type_label(t.type),
            t.department,
            t.assignee,
            self._moment(t.created_at),
            "",
            "",
            "",
            "",
        ]
        level: SlaLevel | None = None
        if r.sla is not None:
            level, remaining = active_state(r.sla)
            cells[TicketCol.RESPONSE_DUE] = self._moment(r.sla.response.due)
            cells[TicketCol.RESOLVE_DUE] = self._moment(r.sla.resolution.due)
            if not r.sla.resolution.done:
                cells[TicketCol.REMAINING] = hours_text(self._locale, remaining)
            cells[TicketCol.SLA] = texts.level_label(level)
        return cells, level

    def fill_row(self, row: int, record: ListRow) -> None:
        cells, level = self._cells(record)
        breached = level is SlaLevel.BREACHED
        for column, text in enumerate(cells):
            item = QStandardItem(text)
            item.setFlags(_FLAGS)
            item.setData(record.row.id, ID_ROLE)
            if column == TicketCol.STATUS:
                item.setData(record.row.status.value, STATUS_ROLE)
            if column == TicketCol.SLA and level is not None:
                item.setData(level.value, LEVEL_ROLE)
                item.setIcon(self._icon(level))
            if breached:
                item.setFont(self._bold)
                item.setBackground(self._breach_brush)
            self.setItem(row, column, item)

    # -- Qt -------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < _COLUMNS:
            self.sort_requested.emit(
                SORT_OF_COLUMN[TicketCol(column)], order == Qt.SortOrder.DescendingOrder
            )
