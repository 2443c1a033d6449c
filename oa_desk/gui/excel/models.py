"""Item models for the Excel dialogs: thin adapters over lists the services made.

No SQL in ``data()``: the preview already holds every change and problem, and
names for ids come in a lookup made on the worker thread. The change tree
fills its branches as they are opened and scrolled (``fetchMore``), so a
preview of 200,000 rows opens at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from oa_desk.exchange.changeset import ImportPreview, NewRow, Problem, Severity, TableChanges
from oa_desk.exchange.labels import enum_label
from oa_desk.exchange.normalize import cell_text
from oa_desk.exchange.sheets import column_letter
from oa_desk.exchange.spec import ColType, Column
from oa_desk.gui.excel.texts import Templates, number, problem_templates, reason, severity_name
from oa_desk.gui.icons import icon

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
Role = Qt.ItemDataRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

translate = QCoreApplication.translate

# How many cells a value shows before it is cut (the tooltip has it whole).
MAX_SHOWN = 200


def _cut(text: str) -> str:
    text = text.replace("\r\n", " ").replace("\n", " ")
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


def _bold() -> QFont:
    font = QFont(QApplication.font())
    font.setBold(True)
    return font


# ---------------------------------------------------------------------------
# The mapping dialog's sample of the sheet


class SampleModel(QAbstractTableModel):
    """The sheet's first rows as Excel shows them; the header row and mapped columns marked."""

    MAX_ROWS = 60
    MAX_COLUMNS = 80

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[Sequence[Any]] = []
        self._width = 0
        self._count = 0
        self._header_row = 0  # 1-based; 0 when none
        self._mapped: dict[int, str] = {}

    def set_sheet(
        self, rows: Sequence[Sequence[Any]], header_row: int, mapped: Mapping[int, str]
    ) -> None:
        """Show ``rows`` (the sheet) with ``header_row`` (1-based) and column -> field label."""
        self.beginResetModel()
        self._rows = rows
        self._header_row = header_row
        self._count = min(len(rows), max(header_row + 25, 30), self.MAX_ROWS)
        self._width = min(max((len(r) for r in rows[: self._count]), default=0), self.MAX_COLUMNS)
        self._mapped = dict(mapped)
        self.endResetModel()

    def set_mapped(self, mapped: Mapping[int, str]) -> None:
        self._mapped = dict(mapped)
        if self._width:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self._width - 1)
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, self._width - 1))

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else self._width

    def data(self, index: AnyIndex, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        is_header = row + 1 == self._header_row
        if role in (Role.DisplayRole, Role.ToolTipRole):
            cells = self._rows[row]
            value = cells[col] if col < len(cells) else ""
            text = cell_text(value)
            return _cut(text) if role == Role.DisplayRole else (text or None)
        if role == Role.FontRole and is_header:
            return _bold()
        if role == Role.BackgroundRole and is_header:
            return QApplication.palette().brush(QPalette.ColorRole.AlternateBase)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Role.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                letter = column_letter(section)
                field = self._mapped.get(section)
                return f"{letter}\n{field}" if field else letter
            if section + 1 == self._header_row:
                return translate("Excel", "{row} (headers)").format(row=section + 1)
            return str(section + 1)
        if role == Role.FontRole and orientation == Qt.Orientation.Horizontal:
            return _bold() if section in self._mapped else None
        if role == Role.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            field = self._mapped.get(section)
            if field:
                return translate("Excel", "Column {letter} feeds {field}").format(
                    letter=column_letter(section), field=field
                )
        return None


# ---------------------------------------------------------------------------
# The preview dialog


class CountsModel(QAbstractTableModel):
    """Additions, changes and deletions per sheet of the preview."""

    class Col(IntEnum):
        SHEET = 0
        ADD = 1
        CHANGE = 2
        DELETE = 3
        MISSING = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int, int, int, int]] = []

    def set_preview(self, preview: ImportPreview) -> None:
        self.beginResetModel()
        self._rows = [
            (
                t.title,
                len(t.inserts),
                len(t.updates),
                len(t.deletes),
                0 if t.delete_missing else len(t.missing),
            )
            for t in preview.tables.values()
        ]
        if preview.plan_fields:
            self._rows.append((translate("Excel", "Plan"), 0, 1, 0, 0))
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.Col)

    def data(self, index: AnyIndex, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Role.DisplayRole:
            value = row[col]
            return value if isinstance(value, str) else number(value)
        if role == Role.TextAlignmentRole and col != self.Col.SHEET:
            return RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Role.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return None
        return {
            self.Col.SHEET: translate("Excel", "Sheet"),
            self.Col.ADD: translate("Excel", "To add"),
            self.Col.CHANGE: translate("Excel", "To change"),
            self.Col.DELETE: translate("Excel", "To delete"),
            self.Col.MISSING: translate("Excel", "Not in the file (kept)"),
        }[self.Col(section)]


class ProblemsModel(QAbstractTableModel):
    """Every problem of the preview: severity (icon and word), sheet, row, column, value, reason.

    The reason is said in the user's language from the problem's code and
    parameters; ``retranslate`` says it again after a language change.
    """

    class Col(IntEnum):
        SEVERITY = 0
        SHEET = 1
        ROW = 2
        COLUMN = 3
        HEADER = 4
        VALUE = 5
        REASON = 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._problems: Sequence[Problem] = []
        self._templates: Templates = {}

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.beginResetModel()
        self._problems = problems
        self._templates = problem_templates()
        self.endResetModel()

    def retranslate(self) -> None:
        """Say the reasons again in the language now in use."""
        self.set_problems(self._problems)

    def problem(self, row: int) -> Problem:
        return self._problems[row]

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.Col)

    def text(self, problem: Problem, col: int) -> str:
        if col == self.Col.SEVERITY:
            return severity_name(problem.severity)
        if col == self.Col.SHEET:
            return problem.sheet
        if col == self.Col.ROW:
            return str(problem.row) if problem.row else ""
        if col == self.Col.COLUMN:
            return problem.column or ""
        if col == self.Col.HEADER:
            return problem.header or ""
        if col == self.Col.VALUE:
            return problem.value
        return reason(problem, self._templates)

    def data(self, index: AnyIndex, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem = self._problems[index.row()]
        col = index.column()
        if role == Role.DisplayRole:
            return _cut(self.text(problem, col))
        if role == Role.ToolTipRole and col in (self.Col.VALUE, self.Col.REASON):
            return self.text(problem, col) or None
        if role == Role.DecorationRole and col == self.Col.SEVERITY:
            return icon("warning-circle" if problem.severity is Severity.ERROR else "warning")
        if role == Role.TextAlignmentRole and col == self.Col.ROW:
            return RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Role.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return None
        return {
            self.Col.SEVERITY: translate("Excel", "Severity"),
            self.Col.SHEET: translate("Excel", "Sheet"),
            self.Col.ROW: translate("Excel", "Row"),
            self.Col.COLUMN: translate("Excel", "Column"),
            self.Col.HEADER: translate("Excel", "Header"),
            self.Col.VALUE: translate("Excel", "Value"),
            self.Col.REASON: translate("Excel", "Reason"),
        }[self.Col(section)]


class ChangesModel(QAbstractItemModel):
    """The preview as a tree: sheet › row added, changed or removed › field old → new.

    Index ids: a sheet is 0; a row of sheet g is g + 1; a field of row r of
    sheet g is ``FIELD_BASE + g * FIELD_STRIDE + r``. Rows of a sheet are
    fetched ``BATCH`` at a time as the view asks for them.
    """

    class Col(IntEnum):
        WHAT = 0
        WHERE = 1
        BEFORE = 2
        AFTER = 3

    BATCH = 500
    FIELD_BASE = 1 << 40
    FIELD_STRIDE = 1 << 24

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[TableChanges] = []
        self._plan_fields: list[tuple[str, Any, Any]] = []
        self._loaded: list[int] = []
        self._labels: Mapping[str, Mapping[int, str]] = {}
        self._new_labels: dict[int, str] = {}

    # -- content -------------------------------------------------------------

    def set_preview(
        self, preview: ImportPreview, labels: Mapping[str, Mapping[int, str]] | None = None
    ) -> None:
        self.beginResetModel()
        self._groups = list(preview.tables.values())
        self._plan_fields = [(k, old, new) for k, (old, new) in preview.plan_fields.items()]
        self._labels = labels or {}
        self._new_labels = {
            id(ins.token): ins.label for t in self._groups for ins in t.inserts if ins.label
        }
        self._loaded = [min(self._total(g), self.BATCH) for g in range(self._group_count())]
        self.endResetModel()

    def _group_count(self) -> int:
        return len(self._groups) + (1 if self._plan_fields else 0)

    def _is_plan(self, group: int) -> bool:
        return group == len(self._groups)

    def _total(self, group: int) -> int:
        if self._is_plan(group):
            return len(self._plan_fields)
        t = self._groups[group]
        return len(t.inserts) + len(t.updates) + len(t.missing)

    def _entry(self, group: int, row: int) -> tuple[str, Any]:
        """("insert" | "update" | "delete" | "kept" | "plan", the item) of a sheet's row."""
        if self._is_plan(group):
            return "plan", self._plan_fields[row]
        t = self._groups[group]
        if row < len(t.inserts):
            return "insert", t.inserts[row]
        row -= len(t.inserts)
        if row < len(t.updates):
            return "update", t.updates[row]
        row -= len(t.updates)
        ident, label = t.missing[row]
        deleting = t.delete_missing or ident in t.forced_deletes
        return ("delete" if deleting else "kept"), (ident, label)

    def _fields(self, group: int, row: int) -> list[tuple[str, Any, Any]]:
        kind, item = self._entry(group, row)
        if kind != "update":
            return []
        return [(k, old, new) for k, (old, new) in item.fields.items()]

    # -- showing values ---------------------------------------------------------

    def _column(self, group: int, key: str) -> Column | None:
        if self._is_plan(group):
            return None
        return self._groups[group].columns.get(key)

    def field_name(self, group: int, key: str) -> str:
        col = self._column(group, key)
        return col.header if col is not None else key

    def shown(self, group: int, key: str, value: Any) -> str:
        if value is None or value == "":
            return translate("Excel", "(blank)")
        if isinstance(value, NewRow):
            label = self._new_labels.get(id(value))
            if label:
                return translate("Excel", "{label} (new)").format(label=label)
            return translate("Excel", "(new)")
        if isinstance(value, bool):
            return translate("Excel", "Yes") if value else translate("Excel", "No")
        if isinstance(value, frozenset | tuple | list | set):
            return ", ".join(sorted(self.shown(group, key, v) for v in value))
        col = self._column(group, key)
        if (
            col is not None
            and col.kind is ColType.REF
            and isinstance(value, int)
            and (col.ref or "") in self._labels
        ):
            label = self._labels[col.ref or ""].get(value)
            return f"{label} (#{value})" if label else f"#{value}"
        if col is not None and col.enum is not None and isinstance(value, str):
            # A code as its label in the user's language (DESIGN: codes never show).
            return enum_label(col.enum, str(value), QLocale().name())
        if isinstance(value, dt.datetime | dt.date):
            return cell_text(value)
        return _cut(cell_text(value))

    # -- QAbstractItemModel -----------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        pid = int(parent.internalId())
        if pid == 0:  # a sheet: its rows
            return self.createIndex(row, column, parent.row() + 1)
        if pid < self.FIELD_BASE:  # a row: its fields
            group = pid - 1
            return self.createIndex(
                row, column, self.FIELD_BASE + group * self.FIELD_STRIDE + parent.row()
            )
        return QModelIndex()

    def parent(self, index: AnyIndex = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        iid = int(index.internalId())
        if iid == 0:
            return QModelIndex()
        if iid < self.FIELD_BASE:
            return self.createIndex(iid - 1, 0, 0)
        group, row = divmod(iid - self.FIELD_BASE, self.FIELD_STRIDE)
        return self.createIndex(row, 0, group + 1)

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        if not parent.isValid():
            return self._group_count()
        if parent.column() != 0:
            return 0
        iid = int(parent.internalId())
        if iid == 0:
            return self._loaded[parent.row()]
        if iid < self.FIELD_BASE:
            return len(self._fields(iid - 1, parent.row()))
        return 0

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return len(self.Col)

    def hasChildren(self, parent: AnyIndex = ROOT) -> bool:
        if not parent.isValid():
            return self._group_count() > 0
        if parent.column() != 0:
            return False
        iid = int(parent.internalId())
        if iid == 0:
            return self._total(parent.row()) > 0
        if iid < self.FIELD_BASE:
            return bool(self._fields(iid - 1, parent.row()))
        return False

    def canFetchMore(self, parent: AnyIndex) -> bool:
        if not parent.isValid() or parent.column() != 0 or int(parent.internalId()) != 0:
            return False
        group = parent.row()
        return self._loaded[group] < self._total(group)

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        group = parent.row()
        first = self._loaded[group]
        last = min(first + self.BATCH, self._total(group)) - 1
        self.beginInsertRows(parent, first, last)
        self._loaded[group] = last + 1
        self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        iid = int(index.internalId())
        col = index.column()
        if iid == 0:
            return self._group_data(index.row(), col, role)
        if iid < self.FIELD_BASE:
            return self._row_data(iid - 1, index.row(), col, role)
        group, row = divmod(iid - self.FIELD_BASE, self.FIELD_STRIDE)
        key, old, new = self._fields(group, row)[index.row()]
        if role in (Role.DisplayRole, Role.ToolTipRole):
            return {
                self.Col.WHAT: self.field_name(group, key),
                self.Col.WHERE: "",
                self.Col.BEFORE: self.shown(group, key, old),
                self.Col.AFTER: self.shown(group, key, new),
            }[self.Col(col)]
        return None

    def _group_data(self, group: int, col: int, role: int) -> Any:
        if role == Role.DisplayRole and col == self.Col.WHAT:
            if self._is_plan(group):
                return translate("Excel", "Plan")
            return self._groups[group].title
        if role == Role.DisplayRole and col == self.Col.WHERE:
            return number(self._total(group))
        if role == Role.FontRole and col == self.Col.WHAT:
            return _bold()
        return None

    def _row_data(self, group: int, row: int, col: int, role: int) -> Any:
        kind, item = self._entry(group, row)
        if role == Role.DecorationRole and col == self.Col.WHAT:
            return icon(
                {
                    "insert": "file-plus",
                    "update": "arrows-out-line-horizontal",
                    "delete": "x",
                    "kept": "info",
                    "plan": "arrows-out-line-horizontal",
                }[kind]
            )
        if role not in (Role.DisplayRole, Role.ToolTipRole):
            return None
        if kind == "plan":
            key, old, new = item
            return {
                self.Col.WHAT: translate("Excel", "Change: {label}").format(label=key),
                self.Col.WHERE: "",
                self.Col.BEFORE: self.shown(group, key, old),
                self.Col.AFTER: self.shown(group, key, new),
            }[self.Col(col)]
        if col == self.Col.WHAT:
            if kind == "insert":
                return translate("Excel", "Add: {label}").format(label=item.label)
            if kind == "update":
                return translate("Excel", "Change: {label}").format(label=item.label)
            if kind == "delete":
                return translate("Excel", "Delete: {label}").format(label=item[1])
            return translate("Excel", "Not in the file, kept: {label}").format(label=item[1])
        if col == self.Col.WHERE:
            if kind in ("delete", "kept"):
                return f"#{item[0]}"
            if item.row:
                return translate("Excel", "row {row}").format(row=item.row)
            return ""
        if col == self.Col.BEFORE and kind == "update" and len(item.fields) == 1:
            ((key, (old, _new)),) = item.fields.items()
            return f"{self.field_name(group, key)}: {self.shown(group, key, old)}"
        if col == self.Col.AFTER and kind == "update" and len(item.fields) == 1:
            ((key, (_old, new)),) = item.fields.items()
            return f"{self.field_name(group, key)}: {self.shown(group, key, new)}"
        return ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Role.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return {
            self.Col.WHAT: translate("Excel", "Change"),
            self.Col.WHERE: translate("Excel", "Where"),
            self.Col.BEFORE: translate("Excel", "Before"),
            self.Col.AFTER: translate("Excel", "After"),
        }[self.Col(section)]
