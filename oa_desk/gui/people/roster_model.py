"""The roster's item model: a window cache over the people a store query selects.

The window cache is :class:`~oa_desk.gui.widgets.windowed_model.WindowedModel`'s.
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

from collections.abc import Callable, Sequence
from enum import IntEnum

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem

from oa_desk.domain.enums import AudienceTier
from oa_desk.gui.people import texts
from oa_desk.gui.widgets.windowed_model import MAX_PAGES, PAGE, WindowedModel
from oa_desk.store.roster import RosterRow, RosterSort

ID_ROLE = Qt.ItemDataRole.UserRole + 1

# Asked for on every painted cell: computed once.
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

Loader = Callable[[int, int], Sequence[RosterRow]]
__all__ = ["ID_ROLE", "MAX_PAGES", "PAGE", "SORT_OF_COLUMN", "Loader", "RosterCol", "RosterModel"]


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


class RosterModel(WindowedModel):
    """People by window; ``set_source(total, loader)`` after every query change."""

    sort_requested = Signal(object, bool)  # RosterSort, descending

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_COLUMNS, parent)
        self._inactive_font = QFont()
        self._inactive_font.setItalic(True)
        self._tiers = {tier: texts.tier_label(tier) for tier in AudienceTier}
        self._yes, self._no = self.tr("yes"), self.tr("no")
        self._inactive_tip = self.tr("Deactivated: kept in the plan with their history")
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

    def row_at(self, row: int) -> RosterRow | None:
        record = self.record_at(row)
        return record if isinstance(record, RosterRow) else None

    def fill_row(self, row: int, record: RosterRow) -> None:
        r = record
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
            self.setItem(row, column, item)

    # -- Qt -------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < _COLUMNS:
            self.sort_requested.emit(
                SORT_OF_COLUMN[RosterCol(column)], order == Qt.SortOrder.DescendingOrder
            )
