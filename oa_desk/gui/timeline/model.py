"""The work breakdown as a Qt tree model: a thin adapter over TimelineRow tuples.

No SQL here: rows come from ``services.timeline`` and edits leave as the
``edit_requested`` signal, which the Timeline page turns into an undoable
service call. Filtering happens in the model (matching tasks plus their
ancestors, so the hierarchy stays readable), never in a proxy over
tens of thousands of rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from oa_desk.domain.colours import CRITICAL
from oa_desk.domain.enums import Phase, TaskKind
from oa_desk.gui.dates import format_date, format_span
from oa_desk.services.timeline import TimelineData, TimelineRow

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class Col(IntEnum):
    ID = 0
    WBS = 1
    NAME = 2
    PHASE = 3
    START = 4
    FINISH = 5
    DURATION = 6
    PROGRESS = 7
    PREDECESSORS = 8
    OWNER = 9
    DEPARTMENT = 10
    WAVE = 11
    VARIANCE = 12


# Above this many changed rows, update_rows announces a layout change, not rows.
BULK_UPDATE = 64

TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
# The value an editor starts from (dates as QDate, numbers as int).
EDIT_ROLE = Qt.ItemDataRole.EditRole

EDITABLE = {
    Col.NAME,
    Col.PHASE,
    Col.START,
    Col.FINISH,
    Col.DURATION,
    Col.PROGRESS,
    Col.PREDECESSORS,
    Col.OWNER,
    Col.DEPARTMENT,
    Col.WAVE,
}


translate = QCoreApplication.translate


def column_titles() -> dict[Col, str]:
    return {
        Col.ID: translate("TimelineModel", "ID"),
        Col.WBS: translate("TimelineModel", "WBS"),
        Col.NAME: translate("TimelineModel", "Task"),
        Col.PHASE: translate("TimelineModel", "Phase"),
        Col.START: translate("TimelineModel", "Start"),
        Col.FINISH: translate("TimelineModel", "Finish"),
        Col.DURATION: translate("TimelineModel", "Duration"),
        Col.PROGRESS: translate("TimelineModel", "Progress"),
        Col.PREDECESSORS: translate("TimelineModel", "Predecessors"),
        Col.OWNER: translate("TimelineModel", "Owner"),
        Col.DEPARTMENT: translate("TimelineModel", "Department"),
        Col.WAVE: translate("TimelineModel", "Wave"),
        Col.VARIANCE: translate("TimelineModel", "Variance"),
    }


def phase_names() -> dict[Phase, str]:
    return {
        Phase.PREPARE: translate("TimelineModel", "Prepare"),
        Phase.IMPLEMENT: translate("TimelineModel", "Implement"),
        Phase.OPTIMISE: translate("TimelineModel", "Optimise"),
    }


def _qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


class TimelineModel(QAbstractItemModel):
    """Tree of tasks; ``visible_rows()`` lists what the tree shows, for the chart."""

    edit_requested = Signal(int, int, object)  # task id, Col, new value

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._data = TimelineData((), (), None, None, {})
        self._rows: dict[int, TimelineRow] = {}
        self._children: dict[int | None, list[int]] = {None: []}
        self._pos: dict[int, int] = {}
        self._filter: Callable[[TimelineRow], bool] | None = None
        self._titles = column_titles()
        self._phases = phase_names()
        self._bold = QFont()
        self._bold.setBold(True)
        self._read_only = False

    # -- loading ------------------------------------------------------------------

    def set_timeline(self, data: TimelineData) -> None:
        self.beginResetModel()
        self._data = data
        self._rows = {row.id: row for row in data.rows}
        self._rebuild()
        self.endResetModel()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    def update_rows(self, rows: Iterable[TimelineRow]) -> bool:
        """Replace rows in place when the outline is unchanged; False if it changed."""
        changed = list(rows)
        for row in changed:
            old = self._rows.get(row.id)
            if old is None or old.parent_id != row.parent_id:
                return False
        rows = list(self._data.rows)
        for row in changed:
            position = self._data.index.get(row.id)
            if position is not None:
                rows[position] = row
        self._data = replace(self._data, rows=tuple(rows))  # timeline.rows stays current
        for row in changed:
            self._rows[row.id] = row
        if len(changed) > BULK_UPDATE:
            # A tree view locates each dataChanged's rows by a linear search of its
            # items, so hundreds of them on a 20,000-row tree cost seconds; one
            # layout change (nothing moved) makes it repaint what it shows instead.
            self.layoutAboutToBeChanged.emit()
            self.layoutChanged.emit()
            return True
        runs: dict[int | None, list[int]] = {}
        for row in changed:
            if row.id in self._pos:  # else filtered out
                parent = row.parent_id if row.parent_id in self._rows else None
                runs.setdefault(parent, []).append(self._pos[row.id])
        last = len(Col) - 1
        for parent, positions in runs.items():
            siblings = self._children.get(parent, [])
            positions.sort()
            start = prev = positions[0]
            for pos in [*positions[1:], None]:
                if pos is not None and pos == prev + 1:
                    prev = pos
                    continue
                self.dataChanged.emit(
                    self.createIndex(start, 0, siblings[start]),
                    self.createIndex(prev, last, siblings[prev]),
                )
                if pos is not None:
                    start = prev = pos
        return True

    def set_filter(self, predicate: Callable[[TimelineRow], bool] | None) -> None:
        self.beginResetModel()
        self._filter = predicate
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        rows = [self._rows[r.id] for r in self._data.rows if r.id in self._rows]
        keep: set[int] | None = None
        if self._filter is not None:
            keep = set()
            for row in rows:
                if self._filter(row):
                    task: int | None = row.id
                    while task is not None and task not in keep:
                        keep.add(task)
                        task = self._rows[task].parent_id if task in self._rows else None
        children: dict[int | None, list[int]] = {None: []}
        pos: dict[int, int] = {}
        for row in rows:
            if keep is not None and row.id not in keep:
                continue
            parent = row.parent_id if row.parent_id in self._rows else None
            siblings = children.setdefault(parent, [])
            pos[row.id] = len(siblings)
            siblings.append(row.id)
        self._children = children
        self._pos = pos

    # -- access ---------------------------------------------------------------------

    @property
    def timeline(self) -> TimelineData:
        return self._data

    def row_of(self, task_id: int) -> TimelineRow | None:
        return self._rows.get(task_id)

    def index_of(self, task_id: int, column: int = 0) -> QModelIndex:
        if task_id not in self._pos:
            return QModelIndex()
        return self.createIndex(self._pos[task_id], column, task_id)

    def task_id(self, index: AnyIndex) -> int | None:
        return int(index.internalId()) if index.isValid() else None

    def children_of(self, task_id: int | None) -> Sequence[int]:
        return self._children.get(task_id, ())

    def visible_rows(self, collapsed: set[int]) -> list[TimelineRow]:
        """Rows in display order, skipping the descendants of collapsed tasks."""
        out: list[TimelineRow] = []
        stack = list(reversed(self._children.get(None, [])))
        while stack:
            task_id = stack.pop()
            out.append(self._rows[task_id])
            if task_id not in collapsed:
                stack.extend(reversed(self._children.get(task_id, [])))
        return out

    # -- QAbstractItemModel ---------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = _ROOT) -> QModelIndex:
        key = int(parent.internalId()) if parent.isValid() else None
        siblings = self._children.get(key)
        if siblings is None or not (0 <= row < len(siblings)) or not (0 <= column < len(Col)):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: AnyIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        row = self._rows.get(int(index.internalId()))
        if row is None or row.parent_id is None or row.parent_id not in self._pos:
            return QModelIndex()
        return self.createIndex(self._pos[row.parent_id], 0, row.parent_id)

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        if parent.isValid():
            if parent.column() != 0:
                return 0
            return len(self._children.get(int(parent.internalId()), ()))
        return len(self._children.get(None, ()))

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return len(Col)

    def hasChildren(self, parent: AnyIndex = _ROOT) -> bool:
        return self.rowCount(parent) > 0

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Col):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._titles[Col(section)]
            if role == Qt.ItemDataRole.ToolTipRole and section == Col.PREDECESSORS:
                return translate(
                    "TimelineModel", "Task IDs with link type and lag, e.g. 12FS+2d, 15SS"
                )
            if role == Qt.ItemDataRole.ToolTipRole and section == Col.VARIANCE:
                return translate(
                    "TimelineModel",
                    "Finish against the baseline shown, in working days (+ later, − earlier)",
                )
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self._rows.get(int(index.internalId()))
        if row is None or self._read_only:
            return base
        col = Col(index.column())
        if col not in EDITABLE:
            return base
        if row.has_children and col in (Col.START, Col.FINISH, Col.DURATION, Col.PROGRESS):
            return base  # summaries roll these up from their children
        if row.kind == TaskKind.MILESTONE and col in (Col.FINISH, Col.DURATION):
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows.get(int(index.internalId()))
        if row is None:
            return None
        col = Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == EDIT_ROLE:
            return self._edit_value(row, col)
        if role == TASK_ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.FontRole and row.has_children:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            Col.ID,
            Col.DURATION,
            Col.PROGRESS,
            Col.VARIANCE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and col in (Col.START, Col.FINISH)
            and row.critical
        ):
            return QBrush(QColor(CRITICAL))
        if role == Qt.ItemDataRole.ToolTipRole and col == Col.NAME:
            return self._tooltip(row)
        return None

    def text(self, row: TimelineRow, col: Col) -> Any:
        """What a cell of ``row`` shows (also what Copy writes for Excel)."""
        return self._display(row, col)

    def _display(self, row: TimelineRow, col: Col) -> Any:
        if col == Col.ID:
            return str(row.id)
        if col == Col.WBS:
            return row.wbs
        if col == Col.NAME:
            return row.name
        if col == Col.PHASE:
            return self._phases[row.phase]
        if col == Col.START:
            return format_date(row.start)
        if col == Col.FINISH:
            return format_date(row.finish)
        if col == Col.DURATION:
            if row.kind == TaskKind.MILESTONE:
                return translate("TimelineModel", "milestone")
            days = row.duration  # lupdate takes a plain name as the count, not an attribute
            return self.tr("%n d", "", days)  # lupdate marks plurals only of tr()
        if col == Col.PROGRESS:
            return f"{row.progress}%"
        if col == Col.PREDECESSORS:
            return row.predecessors
        if col == Col.OWNER:
            return row.owner
        if col == Col.DEPARTMENT:
            return row.department
        if col == Col.WAVE:
            return row.wave
        variance = row.finish_variance
        if variance is None:
            return ""
        days = abs(variance)
        sign = "+" if variance > 0 else "−" if variance < 0 else ""
        return sign + self.tr("%n d", "", days)  # "+2 d", "−1 d"; zh_CN "+2 天"

    def _edit_value(self, row: TimelineRow, col: Col) -> Any:
        if col in (Col.START, Col.FINISH):
            return _qdate(row.start if col == Col.START else row.finish)
        if col == Col.DURATION:
            return row.duration
        if col == Col.PROGRESS:
            return row.progress
        if col == Col.PHASE:
            return row.phase.value
        if col == Col.OWNER:
            return row.owner_id
        if col == Col.DEPARTMENT:
            return row.department_id
        if col == Col.WAVE:
            return row.wave_id
        return self._display(row, col)

    def _tooltip(self, row: TimelineRow) -> str:
        parts = [f"<b>{row.wbs} {row.name}</b>"]
        if row.start and row.finish:
            parts.append(format_span(row.start, row.finish))
        if row.total_float is not None:
            float_days = row.total_float
            parts.append(self.tr("Total float: %n working day(s)", "", float_days))
        if row.critical:
            parts.append(translate("TimelineModel", "On the critical path"))
        if row.baseline_start and row.baseline_finish:
            parts.append(
                translate("TimelineModel", "Baseline: {start} – {finish}").format(
                    start=format_date(row.baseline_start), finish=format_date(row.baseline_finish)
                )
            )
        return "<br>".join(parts)

    def setData(self, index: AnyIndex, value: Any, role: int = EDIT_ROLE) -> bool:
        if role != EDIT_ROLE or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        task_id = int(index.internalId())
        col = Col(index.column())
        if isinstance(value, QDate):
            value = dt.date(value.year(), value.month(), value.day()) if value.isValid() else None
        self.edit_requested.emit(task_id, int(col), value)
        return True

    def retranslate(self) -> None:
        self._titles = column_titles()
        self._phases = phase_names()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Col) - 1)
        if self._children.get(None):
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(Col) - 1))
