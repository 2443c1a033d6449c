"""The roster's item model: a window cache over the people a store query selects.

The model knows how many people the query selects (counted first) and holds
pages of :class:`~oa_desk.store.roster.RosterRow` tuples that a loader reads
in the query's order. ``data()`` never reads the plan: a row whose page is not
loaded shows nothing yet and asks for its page, which is read once control
returns to the event loop (the rows being painted, a page at a time) and then
repainted. Sorting is the query's ``ORDER BY`` (``sort()`` asks for it through
``sort_requested``); there is no proxy model.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont

from oa_desk.domain.enums import AudienceTier
from oa_desk.gui.people import texts
from oa_desk.store.roster import RosterRow, RosterSort

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 200
MAX_PAGES = 60  # 12,000 rows kept; the oldest pages are dropped first

_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        ID_ROLE,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
    }
)

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


class RosterModel(QAbstractTableModel):
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
        self._text_cache: dict[int, tuple[str, ...]] = {}
        self._tiers = {tier: texts.tier_label(tier) for tier in AudienceTier}
        self._yes, self._no = self.tr("yes"), self.tr("no")
        self._inactive_tip = self.tr("Deactivated: kept in the plan with their history")

    # -- the source -----------------------------------------------------------------

    def set_source(self, total: int, loader: Loader | None) -> None:
        self.beginResetModel()
        self._total = max(0, total)
        self._loader = loader
        self._pages.clear()
        self._wanted.clear()
        self._text_cache.clear()
        if loader is not None and total:
            self._pages[0] = tuple(loader(0, PAGE))  # the first screen paints at once
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

    def _want(self, page: int) -> None:
        if page not in self._wanted:
            self._wanted.add(page)
            self._timer.start()

    def load_wanted(self) -> None:
        """Read the pages asked for since the last time, and repaint their rows."""
        wanted, self._wanted = sorted(self._wanted), set()
        if self._loader is None:
            return
        for page in wanted:
            if page in self._pages:
                continue
            self._pages[page] = tuple(self._loader(page * PAGE, PAGE))
            while len(self._pages) > MAX_PAGES:
                _number, dropped = self._pages.popitem(last=False)
                for gone in dropped:
                    self._text_cache.pop(gone.id, None)
            first = page * PAGE
            last = min(self._total, first + PAGE) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(RosterCol) - 1))

    # -- Qt -------------------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else _COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (
            {
                RosterCol.EMPLOYEE_NO: self.tr("Employee no."),
                RosterCol.NAME: self.tr("Name"),
                RosterCol.DEPARTMENT: self.tr("Department"),
                RosterCol.TITLE: self.tr("Title"),
                RosterCol.EMAIL: self.tr("E-mail"),
                RosterCol.TIER: self.tr("Tier"),
                RosterCol.ACTIVE: self.tr("Active"),
            }.get(RosterCol(section))
            if 0 <= section < len(RosterCol)
            else None
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks for a dozen roles per cell on every paint: answer the ones the
        # roster has from prepared texts, and the rest at once.
        if role not in _ROLES or not index.isValid():
            return None
        row = index.row()
        page = self._pages.get(row // PAGE)
        if page is None or row % PAGE >= len(page):
            if role == Qt.ItemDataRole.DisplayRole and 0 <= row < self._total:
                self._want(row // PAGE)
            return None
        r = page[row % PAGE]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(r)[index.column()]
        if role == ID_ROLE:
            return r.id
        if r.active:
            return None
        if role == Qt.ItemDataRole.FontRole:
            return self._inactive_font
        return self._inactive_tip

    def _texts(self, r: RosterRow) -> tuple[str, ...]:
        texts_ = self._text_cache.get(r.id)
        if texts_ is None:
            texts_ = (
                r.employee_no,
                r.name,
                r.department,
                r.title,
                r.email,
                self._tiers[r.tier],
                self._yes if r.active else self._no,
            )
            self._text_cache[r.id] = texts_
        return texts_

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(RosterCol):
            self.sort_requested.emit(
                SORT_OF_COLUMN[RosterCol(column)], order == Qt.SortOrder.DescendingOrder
            )
