"""An item model that holds a window cache over the rows a query selects.

Shared by the big tables (the People roster, the ticket list): the model knows
how many rows the query selects (counted first) and holds pages of row records
that a loader reads in the query's order. The texts of the loaded pages are
kept in Qt's own item store (a ``QStandardItemModel`` with one row per record,
empty until its page is read), so painting never calls back into Python. The
view asks for the rows it is about to show (:meth:`WindowedModel.ensure_rows`,
on every scroll and resize), which reads the missing pages before the paint;
the oldest pages are dropped past :data:`MAX_PAGES`. There is no SQL in here.

A subclass says how one record fills its row (:meth:`WindowedModel.fill_row`)
and which id it has (:meth:`WindowedModel.id_of`).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QStandardItemModel

PAGE = 200
MAX_PAGES = 60  # 12,000 rows kept; the oldest pages are dropped first

Loader = Callable[[int, int], Sequence[Any]]


class WindowedModel(QStandardItemModel):
    """Rows by window; ``set_source(total, loader)`` after every query change."""

    def __init__(self, columns: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._total = 0
        self._loader: Loader | None = None
        self._pages: OrderedDict[int, tuple[Any, ...]] = OrderedDict()
        self._wanted: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.load_wanted)
        self.setColumnCount(columns)

    # -- what a subclass says --------------------------------------------------------

    def fill_row(self, row: int, record: Any) -> None:
        """Put ``record``'s items in ``row`` (``setItem`` for each column)."""
        raise NotImplementedError

    def id_of(self, record: Any) -> int:
        return int(record.id)

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

    def record_at(self, row: int) -> Any | None:
        page = self._pages.get(row // PAGE)
        if page is None or row % PAGE >= len(page):
            return None
        return page[row % PAGE]

    def row_of(self, record_id: int) -> int | None:
        for number, page in self._pages.items():
            for i, r in enumerate(page):
                if self.id_of(r) == record_id:
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
            self.fill_row(first + i, r)
        if not announce:
            self.blockSignals(False)
        while len(self._pages) > MAX_PAGES:
            old, dropped = self._pages.popitem(last=False)
            self.blockSignals(True)
            for i in range(len(dropped)):
                for column in range(self._columns):
                    self.takeItem(old * PAGE + i, column)
            self.blockSignals(False)
