"""The ticket list's item model: a window cache over the tickets a query selects.

The People roster's pattern (``gui/people/roster_model.py``): the model knows how
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
from collections import OrderedDict
from collections.abc import Callable, Sequence
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QStandardItem, QStandardItemModel

from oa_desk.domain.support import SlaLevel
from oa_desk.gui.support import texts
from oa_desk.services.support_board import ListRow, active_state

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 3
PAGE = 200
MAX_PAGES = 60

_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

Loader = Callable[[int, int], Sequence[ListRow]]


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


class TicketModel(QStandardItemModel):
    """Tickets by window; ``set_source(total, loader)`` after every query change."""

    sort_requested = Signal(str, bool)  # sort key, descending

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._total = 0
        self._loader: Loader | None = None
        self._pages: OrderedDict[int, tuple[ListRow, ...]] = OrderedDict()
        self._wanted: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.load_wanted)
        self._locale = QLocale()
        self._bold = QFont()
        self._bold.setBold(True)
        self._breach_brush = QBrush(QColor(220, 53, 69, 40))  # with words and an icon
        self._icons: dict[SlaLevel, QIcon] = {}
        self.setColumnCount(_COLUMNS)
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

    # -- the source -----------------------------------------------------------------

    def set_source(self, total: int, loader: Loader | None) -> None:
        self.beginResetModel()
        self.blockSignals(True)
        self.setRowCount(0)
        self._total = max(0, total)
        self.setRowCount(self._total)
        self.blockSignals(False)
        self._loader = loader
        self._pages.clear()
        self._wanted.clear()
        if loader is not None and total:
            self._read(0, announce=False)  # the first screen paints at once
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def loaded_pages(self) -> list[int]:
        return sorted(self._pages)

    def row_at(self, row: int) -> ListRow | None:
        page = self._pages.get(row // PAGE)
        if page is None or row % PAGE >= len(page):
            return None
        return page[row % PAGE]

    def row_of(self, ticket_id: int) -> int | None:
        for number, page in self._pages.items():
            for i, r in enumerate(page):
                if r.row.id == ticket_id:
                    return number * PAGE + i
        return None

    def ensure_rows(self, first: int, last: int) -> None:
        """Read now the pages of rows ``first``..``last`` not read yet (before a paint)."""
        if self._loader is None or self._total == 0:
            return
        first, last = max(0, first), min(self._total - 1, max(first, last))
        for page in range(first // PAGE, last // PAGE + 1):
            if page not in self._pages:
                self._read(page)
            else:
                self._pages.move_to_end(page)

    def want(self, row: int) -> None:
        page = row // PAGE
        if page not in self._pages and page not in self._wanted:
            self._wanted.add(page)
            self._timer.start()

    def load_wanted(self) -> None:
        wanted, self._wanted = sorted(self._wanted), set()
        for page in wanted:
            if page not in self._pages and self._loader is not None:
                self._read(page)

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

    def _read(self, page: int, *, announce: bool = True) -> None:
        assert self._loader is not None
        rows = tuple(self._loader(page * PAGE, PAGE))
        self._pages[page] = rows
        first = page * PAGE
        if not announce:
            self.blockSignals(True)
        for i, r in enumerate(rows):
            cells, level = self._cells(r)
            breached = level is SlaLevel.BREACHED
            for column, text in enumerate(cells):
                item = QStandardItem(text)
                item.setFlags(_FLAGS)
                item.setData(r.row.id, ID_ROLE)
                if column == TicketCol.STATUS:
                    item.setData(r.row.status.value, STATUS_ROLE)
                if column == TicketCol.SLA and level is not None:
                    item.setData(level.value, LEVEL_ROLE)
                    item.setIcon(self._icon(level))
                if breached:
                    item.setFont(self._bold)
                    item.setBackground(self._breach_brush)
                self.setItem(first + i, column, item)
        if not announce:
            self.blockSignals(False)
        while len(self._pages) > MAX_PAGES:
            old, dropped = self._pages.popitem(last=False)
            self.blockSignals(True)
            for i in range(len(dropped)):
                for column in range(_COLUMNS):
                    self.takeItem(old * PAGE + i, column)
            self.blockSignals(False)

    # -- Qt -------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < _COLUMNS:
            self.sort_requested.emit(
                SORT_OF_COLUMN[TicketCol(column)], order == Qt.SortOrder.DescendingOrder
            )
