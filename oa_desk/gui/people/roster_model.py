"""The roster's item model: a window cache over the people a store query selects.

The model knows how many people the query selects (counted first) and holds
pages of :class:`~oa_desk.store.roster.RosterRow` tuples that a loader reads
in the query's order. The texts of the loaded pages are kept in Qt's own item
store (a ``QStandardItemModel`` with one row per person, empty until its page
is read), so painting never calls back into Python: a repaint of 50,000 rows
costs what Qt's own table costs. The view asks for the rows it is about to show
(:meth:`RosterModel.ensure_rows`, on every scroll and resize), which reads the
missing pages before the paint; the oldest pages are dropped past
:data:`MAX_PAGES`. Sorting is the query's ``ORDER BY`` (``sort()`` asks for it
through ``sort_requested``); there is no proxy model and no SQL in here.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from enum import IntEnum

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from oa_desk.domain.enums import AudienceTier
from oa_desk.gui.people import texts
from oa_desk.store.roster import RosterRow, RosterSort

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 200
MAX_PAGES = 60  # 12,000 rows kept; the oldest pages are dropped first

# Asked for on every painted cell: computed once.
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

Loader = Callable[[int, int], Sequence[RosterRow]]


class RosterCol(IntEnum):
    EMPLOYEE_NO = 0
    NAME = 1
    DEPARTMENT = 2
    TITLE = 3
    EMAIL = 4
    TIER = 5
    ACTIVE = 6


_COLUMNS = len(RosterCol)

SORT_OF_COLUMN = {
    RosterCol.EMPLOYEE_NO: RosterSort.EMPLOYEE_NO,
    RosterCol.NAME: RosterSort.NAME,
    RosterCol.DEPARTMENT: RosterSort.DEPARTMENT,
    RosterCol.TITLE: RosterSort.TITLE,
    RosterCol.EMAIL: RosterSort.EMAIL,
    RosterCol.TIER: RosterSort.TIER,
    RosterCol.ACTIVE: RosterSort.ACTIVE,
}


class RosterModel(QStandardItemModel):
    """People by window; ``set_source(total, loader)`` after every query change."""

    sort_requested = Signal(object, bool)  # RosterSort, descending

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._total = 0
        self._loader: Loader | None = None
        self._pages: OrderedDict[int, tuple[RosterRow, ...]] = OrderedDict()
        self._wanted: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.load_wanted)
        self._inactive_font = QFont()
        self._inactive_font.setItalic(True)
        self._tiers = {tier: texts.tier_label(tier) for tier in AudienceTier}
        self._yes, self._no = self.tr("yes"), self.tr("no")
        self._inactive_tip = self.tr("Deactivated: kept in the plan with their history")
        self.setColumnCount(_COLUMNS)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Employee no."),
                self.tr("Name"),
                self.tr("Department"),
                self.tr("Title"),
                self.tr("E-mail"),
                self.tr("Tier"),
                self.tr("Active"),
            ]
        )

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

    def row_at(self, row: int) -> RosterRow | None:
        page = self._pages.get(row // PAGE)
        if page is None or row % PAGE >= len(page):
            return None
        return page[row % PAGE]

    def row_of(self, person_id: int) -> int | None:
        for number, page in self._pages.items():
            for i, r in enumerate(page):
                if r.id == person_id:
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
        """Ask for the page of ``row``, read once control returns to the event loop."""
        page = row // PAGE
        if page not in self._pages and page not in self._wanted:
            self._wanted.add(page)
            self._timer.start()

    def load_wanted(self) -> None:
        """Read the pages asked for since the last time."""
        wanted, self._wanted = sorted(self._wanted), set()
        for page in wanted:
            if page not in self._pages and self._loader is not None:
                self._read(page)

    def _read(self, page: int, *, announce: bool = True) -> None:
        assert self._loader is not None
        rows = tuple(self._loader(page * PAGE, PAGE))
        self._pages[page] = rows
        first = page * PAGE
        if not announce:
            self.blockSignals(True)
        for i, r in enumerate(rows):
            cells = (
                r.employee_no,
                r.name,
                r.department,
                r.title,
                r.email,
                self._tiers[r.tier],
                self._yes if r.active else self._no,
            )
            for column, text in enumerate(cells):
                item = QStandardItem(text)
                item.setFlags(_FLAGS)
                if not r.active:
                    item.setFont(self._inactive_font)
                    item.setToolTip(self._inactive_tip)
                item.setData(r.id, ID_ROLE)
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
                SORT_OF_COLUMN[RosterCol(column)], order == Qt.SortOrder.DescendingOrder
            )
