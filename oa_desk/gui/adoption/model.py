"""A thin item model over the scorecard's rows (departments ranked, then the waves and
the total). Nothing here reads the plan."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from oa_desk.domain.adoption import Figures
from oa_desk.gui.dates import format_date
from oa_desk.gui.icons import icon
from oa_desk.services.adoption import Scorecard, ScoreRow

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
Role = Qt.ItemDataRole
ROW_ROLE = Role.UserRole + 1  # the ScoreRow of a department line (None on a wave line)


class ScoreCol(IntEnum):
    RANK = 0
    DEPARTMENT = 1
    WAVE = 2
    GO_LIVE = 3
    ACCOUNTS = 4
    ACTIVE = 5
    STICKINESS = 6
    ONLINE = 7
    PAPERLESS = 8
    BELOW = 9


def headers() -> list[str]:
    return [
        translate("AdoptionModel", "Rank"),
        translate("AdoptionModel", "Department"),
        translate("AdoptionModel", "Wave"),
        translate("AdoptionModel", "Go-live"),
        translate("AdoptionModel", "Accounts"),
        translate("AdoptionModel", "Active-user rate"),
        translate("AdoptionModel", "Stickiness (WAU/MAU)"),
        translate("AdoptionModel", "Workflows online"),
        translate("AdoptionModel", "Paperless rate"),
        translate("AdoptionModel", "Below target"),
    ]


def measure_labels() -> dict[str, str]:
    return {
        "active_rate": translate("AdoptionModel", "active-user rate"),
        "stickiness": translate("AdoptionModel", "stickiness"),
        "paperless_rate": translate("AdoptionModel", "paperless rate"),
        "total": translate("AdoptionModel", "Whole organisation"),
    }


def join(labels: Sequence[str]) -> str:
    return translate("AdoptionModel", ", ").join(labels)


def percent(value: float | None) -> str:
    if value is None:
        return "—"
    return QLocale().toString(value * 100, "f", 1) + " %"


class ScorecardModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # (rank, department, wave, go-live, figures, below, the department's row or None)
        self._lines: list[tuple[Any, ...]] = []

    def set_card(self, card: Scorecard | None) -> None:
        self.beginResetModel()
        self._lines = []
        if card is not None:
            for r in card.rows:
                self._lines.append((r.rank, r.department, r.wave, r.go_live, r.figures, r.below, r))
            for name, f in card.waves:
                self._lines.append((None, name, "", None, f, f.below(card.targets), None))
            total = measure_labels()["total"]
            self._lines.append((None, total, "", None, card.total, (), None))
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(ScoreCol)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole:
            return headers()[section]
        return None

    def row_at(self, row: int) -> ScoreRow | None:
        return self._lines[row][6] if 0 <= row < len(self._lines) else None

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rank, name, wave, go_live, f, below, row = self._lines[index.row()]
        col = ScoreCol(index.column())
        if role == ROW_ROLE:
            return row
        if role == Role.DisplayRole:
            return self._text(col, rank, name, wave, go_live, f, below)
        if role == Role.FontRole and row is None:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Role.DecorationRole and col == ScoreCol.BELOW and below:
            return icon("warning")
        if role == Role.TextAlignmentRole and col not in (
            ScoreCol.DEPARTMENT,
            ScoreCol.WAVE,
            ScoreCol.BELOW,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(
        self, col: ScoreCol, rank: Any, name: str, wave: str, go_live: Any, f: Figures,
        below: Sequence[str],
    ) -> str:  # fmt: skip
        locale = QLocale()
        if col == ScoreCol.RANK:
            return "" if not rank else locale.toString(rank)
        if col == ScoreCol.DEPARTMENT:
            return name
        if col == ScoreCol.WAVE:
            return wave
        if col == ScoreCol.GO_LIVE:
            return format_date(go_live) if go_live else ""
        if col == ScoreCol.ACCOUNTS:
            return locale.toString(f.accounts)
        if col == ScoreCol.ACTIVE:
            return percent(f.active_rate)
        if col == ScoreCol.STICKINESS:
            return percent(f.stickiness)
        if col == ScoreCol.ONLINE:
            return locale.toString(f.online)
        if col == ScoreCol.PAPERLESS:
            return percent(f.paperless_rate)
        labels = measure_labels()
        return join([labels[b] for b in below]) if below else ""
