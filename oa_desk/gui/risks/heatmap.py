"""The 5 × 5 risk heat map: probability up, impact across, each cell tinted by its band
and showing how many live risks sit in it. Clicking a cell asks the page to show only
its risks (``cell_clicked``); clicking it again shows all."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from oa_desk.domain import colours
from oa_desk.domain.risks import level

_N = 5
_MARGIN = 40


class RiskHeatMap(QWidget):
    cell_clicked = Signal(int, int)  # probability, impact (0, 0: show all again)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: Mapping[tuple[int, int], int] = {}
        self._selected: tuple[int, int] | None = None
        self.setMinimumSize(300, 300)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def set_counts(self, counts: Mapping[tuple[int, int], int]) -> None:
        self._counts = dict(counts)
        self.update()

    def selected(self) -> tuple[int, int] | None:
        return self._selected

    def set_selected(self, cell: tuple[int, int] | None) -> None:
        self._selected = cell
        self.update()

    def _area(self) -> QRectF:
        side = min(self.width() - _MARGIN - 8, self.height() - _MARGIN - 8)
        return QRectF(_MARGIN, 8, side, side)

    def cell_rect(self, probability: int, impact: int) -> QRectF:
        area = self._area()
        w = area.width() / _N
        return QRectF(area.left() + (impact - 1) * w, area.top() + (_N - probability) * w, w, w)

    def cell_at(self, point: QPointF) -> tuple[int, int] | None:
        for p in range(1, _N + 1):
            for i in range(1, _N + 1):
                if self.cell_rect(p, i).contains(point):
                    return p, i
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        text = self.palette().windowText().color()
        for p in range(1, _N + 1):
            for i in range(1, _N + 1):
                rect = self.cell_rect(p, i)
                painter.fillRect(rect, QColor(colours.RISK_LEVEL[level(p, i).value]))
                painter.setPen(QPen(QColor("#FFFFFF"), 2))
                painter.drawRect(rect)
                count = self._counts.get((p, i), 0)
                if count:
                    painter.setFont(big)
                    painter.setPen(QColor("#202020"))
                    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(count))
        if self._selected is not None:
            painter.setPen(QPen(QColor("#1F4E8C"), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.cell_rect(*self._selected).adjusted(2, 2, -2, -2))
        painter.setFont(self.font())
        painter.setPen(text)
        area = self._area()
        for n in range(1, _N + 1):
            col = self.cell_rect(1, n)
            painter.drawText(
                QRectF(col.left(), area.bottom() + 2, col.width(), 16),
                int(Qt.AlignmentFlag.AlignCenter),
                str(n),
            )
            row = self.cell_rect(n, 1)
            painter.drawText(
                QRectF(area.left() - 18, row.top(), 14, row.height()),
                int(Qt.AlignmentFlag.AlignCenter),
                str(n),
            )
        painter.drawText(
            QRectF(area.left(), area.bottom() + 18, area.width(), 18),
            int(Qt.AlignmentFlag.AlignCenter),
            self.tr("Impact →"),
        )
        painter.save()
        painter.translate(12, area.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-area.height() / 2, -9, area.height(), 18),
            int(Qt.AlignmentFlag.AlignCenter),
            self.tr("Probability →"),
        )
        painter.restore()
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        if cell is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if cell == self._selected:
            self.set_selected(None)
            self.cell_clicked.emit(0, 0)
        else:
            self.set_selected(cell)
            self.cell_clicked.emit(*cell)
