"""Thin item models over the goals and a goal's measurements, and the trend sparkline
delegate. Nothing here reads the plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from oa_desk.domain.kpis import KpiState
from oa_desk.gui.dates import format_date
from oa_desk.gui.goals import texts
from oa_desk.gui.goals.texts import STATE_COLOUR
from oa_desk.services.goals import GoalRow, Measurement

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
Role = Qt.ItemDataRole
ID_ROLE = Role.UserRole + 1
SORT_ROLE = Role.UserRole + 2
TREND_ROLE = Role.UserRole + 3  # (values by day, target or None) for the sparkline

_LINE = "#4C78A8"


class GoalCol(IntEnum):
    NAME = 0
    CATEGORY = 1
    BASELINE = 2
    LATEST = 3
    TARGET = 4
    PROGRESS = 5
    TREND = 6
    STATE = 7
    DUE = 8
    OWNER = 9


class GoalsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[GoalRow, ...] = ()
        self._today = dt.date.today()

    def set_rows(self, rows: Sequence[GoalRow], today: dt.date) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self._today = today
        self.endResetModel()

    def row_at(self, row: int) -> GoalRow:
        return self._rows[row]

    def row_of(self, goal_id: int) -> int | None:
        return next((i for i, g in enumerate(self._rows) if g.id == goal_id), None)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(GoalCol)

    def _value(self, g: GoalRow, col: GoalCol, sort: bool) -> Any:
        last = g.latest()
        share = g.progress()
        if col == GoalCol.BASELINE:
            return g.baseline if sort else texts.number(g.baseline, g.unit)
        if col == GoalCol.TARGET:
            return g.target if sort else texts.number(g.target, g.unit)
        if col == GoalCol.LATEST:
            if sort:
                return last[1] if last else None
            return texts.number(last[1], g.unit) if last else ""
        if col == GoalCol.PROGRESS:
            if sort:
                return -1e9 if share is None else share
            return "" if share is None else f"{round(share * 100)} %"
        if col == GoalCol.TREND:
            return len(g.measurements) if sort else None
        if col == GoalCol.STATE:
            st = g.state(self._today)
            return list(KpiState).index(st) if sort else texts.state_names()[st]
        if col == GoalCol.DUE:
            if sort:
                return g.due.toordinal() if g.due else 10**7
            return format_date(g.due)
        return {
            GoalCol.NAME: g.name,
            GoalCol.CATEGORY: texts.category_names()[g.category],
            GoalCol.OWNER: g.owner,
        }[col]

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        g = self._rows[index.row()]
        col = GoalCol(index.column())
        if role == ID_ROLE:
            return g.id
        if role in (Role.DisplayRole, SORT_ROLE):
            return self._value(g, col, role == SORT_ROLE)
        if role == TREND_ROLE and col == GoalCol.TREND:
            return ([m.value for m in g.measurements], g.target)
        if role == Role.BackgroundRole and col == GoalCol.STATE:
            return QBrush(QColor(STATE_COLOUR[g.state(self._today)]))
        if role == Role.ToolTipRole:
            if col == GoalCol.NAME and g.description:
                return g.description
            if col == GoalCol.TREND and g.measurements:
                return "\n".join(
                    f"{format_date(m.day)}  {texts.number(m.value, g.unit)}" for m in g.measurements
                )
            if col == GoalCol.NAME:
                return texts.direction_names()[g.direction]
        if role == Role.TextAlignmentRole and col in (
            GoalCol.BASELINE,
            GoalCol.LATEST,
            GoalCol.TARGET,
            GoalCol.PROGRESS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Role.DisplayRole:
            return None
        return {
            GoalCol.NAME: translate("Goals", "Goal / KPI"),
            GoalCol.CATEGORY: translate("Goals", "Category"),
            GoalCol.BASELINE: translate("Goals", "Baseline"),
            GoalCol.LATEST: translate("Goals", "Latest"),
            GoalCol.TARGET: translate("Goals", "Target"),
            GoalCol.PROGRESS: translate("Goals", "Progress"),
            GoalCol.TREND: translate("Goals", "Trend"),
            GoalCol.STATE: translate("Goals", "State"),
            GoalCol.DUE: translate("Goals", "Due"),
            GoalCol.OWNER: translate("Goals", "Owner"),
        }[GoalCol(section)]


class SparklineDelegate(QStyledItemDelegate):
    """Paints a goal's measurements as a small line, with its target dashed."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        trend = index.data(TREND_ROLE)
        if not trend:
            return
        values: list[float] = list(trend[0])
        target: float | None = trend[1]
        if not values:
            return
        rect = option.rect.adjusted(6, 5, -6, -5)
        every = [*values, target] if target is not None else values
        low, high = min(every), max(every)
        span = (high - low) or 1.0

        def y(v: float) -> float:
            return float(rect.bottom() - (v - low) / span * rect.height())

        step = rect.width() / max(1, len(values) - 1)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if target is not None:
            painter.setPen(QPen(QColor("#9E9E9E"), 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(rect.left(), y(target)), QPointF(rect.right(), y(target)))
        painter.setPen(QPen(QColor(_LINE), 1.6))
        corners = [QPointF(rect.left() + i * step, y(v)) for i, v in enumerate(values)]
        painter.drawPolyline(QPolygonF(corners))
        painter.setBrush(QColor(_LINE))
        painter.drawEllipse(corners[-1], 2.5, 2.5)
        painter.restore()


class MeasurementCol(IntEnum):
    DAY = 0
    VALUE = 1
    NOTE = 2


class MeasurementsModel(QAbstractTableModel):
    """One goal's measurements, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Measurement, ...] = ()
        self._unit = ""

    def set_goal(self, goal: GoalRow | None) -> None:
        self.beginResetModel()
        self._rows = tuple(reversed(goal.measurements)) if goal else ()
        self._unit = goal.unit if goal else ""
        self.endResetModel()

    def row_at(self, row: int) -> Measurement:
        return self._rows[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(MeasurementCol)

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self._rows[index.row()]
        col = MeasurementCol(index.column())
        if role == ID_ROLE:
            return m.id
        if role == Role.DisplayRole:
            return {
                MeasurementCol.DAY: format_date(m.day),
                MeasurementCol.VALUE: texts.number(m.value, self._unit),
                MeasurementCol.NOTE: m.note.replace("\n", " "),
            }[col]
        if role == Role.TextAlignmentRole and col == MeasurementCol.VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Role.DisplayRole:
            return None
        return {
            MeasurementCol.DAY: translate("Goals", "Date"),
            MeasurementCol.VALUE: translate("Goals", "Value"),
            MeasurementCol.NOTE: translate("Goals", "Note"),
        }[MeasurementCol(section)]
