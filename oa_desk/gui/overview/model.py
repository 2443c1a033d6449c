"""Thin item models over the Overview's rows: the next milestones and the waves.

Each model holds plain rows from the service (``Milestone``, ``WaveSummary``)
and formats them in ``data()``; nothing here reads the plan.
"""

from __future__ import annotations

import datetime as dt
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

from oa_desk.domain.enums import GateDecision
from oa_desk.gui.dates import format_date
from oa_desk.gui.icons import icon
from oa_desk.services.plan import Milestone, WaveSummary

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
# The id of the row's milestone or wave, for the page's actions.
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def iso(day: dt.date | None) -> str:
    return format_date(day)


class MilestoneCol(IntEnum):
    NAME = 0
    DATE = 1
    DUE = 2


class MilestonesModel(QAbstractTableModel):
    """The next open milestones, with when they are due as of the status date."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Milestone, ...] = ()
        self._status_date = dt.date.today()

    def set_rows(self, rows: Sequence[Milestone], status_date: dt.date) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self._status_date = status_date
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(MilestoneCol)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            {
                MilestoneCol.NAME: translate("OverviewModel", "Milestone"),
                MilestoneCol.DATE: translate("OverviewModel", "Date"),
                MilestoneCol.DUE: translate("OverviewModel", "In"),
            }.get(MilestoneCol(section))
            if 0 <= section < len(MilestoneCol)
            else None
        )

    def due_text(self, ms: Milestone) -> str:
        if ms.day is None:
            return ""
        delta = (ms.day - self._status_date).days
        if delta < 0:
            return self.tr("%n day(s) overdue", "", -delta)
        if delta == 0:
            return translate("OverviewModel", "today")
        return self.tr("%n day(s)", "", delta)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        ms = self._rows[index.row()]
        col = MilestoneCol(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if col == MilestoneCol.NAME:
                return ms.name
            if col == MilestoneCol.DATE:
                return iso(ms.day) or translate("OverviewModel", "not scheduled")
            return self.due_text(ms)
        if role == ID_ROLE:
            return ms.id
        if role == Qt.ItemDataRole.DecorationRole and col == MilestoneCol.NAME:
            return icon("flag")
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and col == MilestoneCol.DUE
            and ms.day is not None
            and ms.day < self._status_date
        ):
            from PySide6.QtGui import QColor

            from oa_desk.domain.colours import RAG

            return QColor(RAG["red"])  # the words "overdue" say it too
        return None


class WaveCol(IntEnum):
    NAME = 0
    DEPARTMENTS = 1
    PLANNED = 2
    ACTUAL = 3
    GATE = 4


def gate_names() -> dict[GateDecision, str]:
    return {
        GateDecision.PENDING: translate("OverviewModel", "pending"),
        GateDecision.GO: translate("OverviewModel", "go"),
        GateDecision.GO_WITH_CONDITIONS: translate("OverviewModel", "go with conditions"),
        GateDecision.NO_GO: translate("OverviewModel", "no-go"),
    }


class WavesModel(QAbstractTableModel):
    """The pilot and the department waves, with their go-live dates and gate decision."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[WaveSummary, ...] = ()

    def set_rows(self, rows: Sequence[WaveSummary]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(WaveCol)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            WaveCol.NAME: translate("OverviewModel", "Wave"),
            WaveCol.DEPARTMENTS: translate("OverviewModel", "Departments"),
            WaveCol.PLANNED: translate("OverviewModel", "Planned go-live"),
            WaveCol.ACTUAL: translate("OverviewModel", "Go-live"),
            WaveCol.GATE: translate("OverviewModel", "Go/no-go gate"),
        }
        return titles.get(WaveCol(section)) if 0 <= section < len(WaveCol) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        wave = self._rows[index.row()]
        col = WaveCol(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if col == WaveCol.NAME:
                return wave.name
            if col == WaveCol.DEPARTMENTS:
                return QLocale().toString(wave.departments)
            if col == WaveCol.PLANNED:
                return iso(wave.planned_go_live)
            if col == WaveCol.ACTUAL:
                return iso(wave.actual_go_live) or translate("OverviewModel", "not yet")
            return gate_names()[wave.gate_decision]
        if role == ID_ROLE:
            return wave.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col == WaveCol.DEPARTMENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if wave.is_pilot and col == WaveCol.NAME:
            if role == Qt.ItemDataRole.DecorationRole:
                return icon("flag")
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("OverviewModel", "The pilot: departments that go live first")
        return None
