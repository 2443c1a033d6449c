"""Thin item models over the rows the knowledge services read (no SQL here)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from oa_desk.gui.knowledge.labels import channel_label, module_label
from oa_desk.services.feedback import RoundRow, comment_lines
from oa_desk.services.knowledge import ArticleRow

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class ArticleCol(IntEnum):
    QUESTION = 0
    MODULE = 1
    TICKETS = 2
    UPDATED = 3


class _RowsModel(QAbstractTableModel):
    """A table over a list of row records; a subclass names its headers and cells."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = self.headers()
        return names[section] if 0 <= section < len(names) else None


class ArticlesModel(_RowsModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Question"), self.tr("Module"), self.tr("Tickets"), self.tr("Updated"))

    def row_at(self, row: int) -> ArticleRow:
        return self._rows[row]  # type: ignore[no-any-return]

    def row_of(self, article_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == article_id), None)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == ArticleCol.QUESTION:
                return row.question
            if col == ArticleCol.MODULE:
                return module_label(row.module)
            if col == ArticleCol.TICKETS:
                return row.tickets
            if col == ArticleCol.UPDATED:
                return row.updated_on.isoformat() if row.updated_on else ""
        if role == Qt.ItemDataRole.ToolTipRole and col == ArticleCol.QUESTION:
            return row.question
        if role == Qt.ItemDataRole.TextAlignmentRole and col == ArticleCol.TICKETS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RoundCol(IntEnum):
    DEPARTMENT = 0
    DAY = 1
    CHANNEL = 2
    RESPONDENTS = 3
    SATISFACTION = 4
    COMMENTS = 5


class RoundsModel(_RowsModel):
    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Department"),
            self.tr("Date"),
            self.tr("Channel"),
            self.tr("Respondents"),
            self.tr("Satisfaction"),
            self.tr("Comments"),
        )

    def row_at(self, row: int) -> RoundRow:
        return self._rows[row]  # type: ignore[no-any-return]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == RoundCol.DEPARTMENT:
                return row.department or self.tr("(whole organisation)")
            if col == RoundCol.DAY:
                return row.day.isoformat()
            if col == RoundCol.CHANNEL:
                return channel_label(row.channel)
            if col == RoundCol.RESPONDENTS:
                return row.respondents
            if col == RoundCol.SATISFACTION:
                return "" if row.satisfaction is None else f"{row.satisfaction:.2f}"
            if col == RoundCol.COMMENTS:
                lines = comment_lines(row.comments)
                return self.tr("%n comment(s)", "", len(lines)) if lines else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            RoundCol.RESPONDENTS,
            RoundCol.SATISFACTION,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
