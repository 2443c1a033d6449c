"""The power/interest grid: stakeholders placed by influence (up) and interest (right),
the four strategies labelled, each dot coloured by current engagement.

Dragging a dot to another cell changes both scores as one undoable step when the
mouse is released (``moved``); hovering shows who it is. Painted by hand: the
grid is 5 × 5 cells and at most a few hundred dots.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from oa_desk.domain import colours
from oa_desk.domain.stakeholders import SCORE_RANGE, Quadrant, quadrant
from oa_desk.gui.team import texts
from oa_desk.services.team import StakeholderRow

_LOW, _HIGH = SCORE_RANGE
_CELLS = _HIGH - _LOW + 1
_MARGIN = 44  # room for the axis titles and score numbers
_DOT = 7.0  # radius
_QUADRANT_TINT = {
    Quadrant.MANAGE_CLOSELY: "#FBE3E2",
    Quadrant.KEEP_SATISFIED: "#FDF0D8",
    Quadrant.KEEP_INFORMED: "#E3F0FB",
    Quadrant.MONITOR: "#F2F2F2",
}


class PowerInterestGrid(QWidget):
    """Stakeholders on the grid; drag one to rescore them."""

    moved = Signal(int, int, int)  # stakeholder id, influence, interest

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[StakeholderRow, ...] = ()
        self._centres: dict[int, QPointF] = {}
        self._dragging: int | None = None
        self._labelled: dict[int, float] = {}  # id -> width for its name beside the dot
        self._drag_at = QPointF()
        self.read_only = False
        self.setMouseTracking(True)
        self.setMinimumSize(420, 360)

    def sizeHint(self) -> QSize:
        return QSize(640, 520)

    def set_stakeholders(self, rows: Sequence[StakeholderRow]) -> None:
        self._rows = tuple(rows)
        self._dragging = None
        self._layout()
        self.update()

    # -- geometry ----------------------------------------------------------------------

    def _area(self) -> QRectF:
        return QRectF(_MARGIN, 12, self.width() - _MARGIN - 12, self.height() - 12 - _MARGIN)

    def cell_rect(self, influence: int, interest: int) -> QRectF:
        area = self._area()
        w, h = area.width() / _CELLS, area.height() / _CELLS
        return QRectF(
            area.left() + (interest - _LOW) * w,
            area.top() + (_HIGH - influence) * h,
            w,
            h,
        )

    def scores_at(self, point: QPointF) -> tuple[int, int]:
        """(influence, interest) of the cell under ``point``, clamped to the grid."""
        area = self._area()
        col = math.floor((point.x() - area.left()) / (area.width() / _CELLS))
        row = math.floor((point.y() - area.top()) / (area.height() / _CELLS))
        interest = min(max(_LOW + col, _LOW), _HIGH)
        influence = min(max(_HIGH - row, _LOW), _HIGH)
        return influence, interest

    def dot_centre(self, stakeholder_id: int) -> QPoint:
        """Where a stakeholder's dot is drawn (for tests and the tooltip)."""
        return self._centres[stakeholder_id].toPoint()

    def _layout(self) -> None:
        """Dots of one cell side by side in rows, so none hides another."""
        by_cell: dict[tuple[int, int], list[int]] = {}
        for s in self._rows:
            by_cell.setdefault((s.influence, s.interest), []).append(s.id)
        self._centres = {}
        self._labelled = {}
        for (influence, interest), ids in by_cell.items():
            rect = self.cell_rect(influence, interest)
            line = _DOT * 2 + 4
            if len(ids) * line <= rect.height() - 8:  # one per line, with the name
                for n, sid in enumerate(ids):
                    self._centres[sid] = QPointF(
                        rect.left() + 6 + _DOT, rect.top() + 6 + _DOT + n * line
                    )
                    self._labelled[sid] = rect.width() - 2 * _DOT - 14
                continue
            per_row = max(1, int((rect.width() - 6) // (_DOT * 2 + 4)))
            for n, sid in enumerate(ids):
                r, c = divmod(n, per_row)
                x = rect.left() + 6 + _DOT + c * (_DOT * 2 + 4)
                y = rect.top() + 6 + _DOT + r * (_DOT * 2 + 4)
                self._centres[sid] = QPointF(
                    min(x, rect.right() - _DOT), min(y, rect.bottom() - _DOT)
                )

    def resizeEvent(self, event: object) -> None:
        self._layout()

    def _hit(self, point: QPointF) -> StakeholderRow | None:
        for s in reversed(self._rows):
            centre = self._centres.get(s.id)
            if (
                centre is not None
                and math.dist((centre.x(), centre.y()), (point.x(), point.y())) <= _DOT + 2
            ):
                return s
        return None

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self._area()
        names = texts.quadrant_names()
        mid = (_LOW + _HIGH) // 2  # cells above the middle (4, 5) are "high"
        for q, (inf_lo, inf_hi, int_lo, int_hi) in {
            Quadrant.MANAGE_CLOSELY: (mid + 1, _HIGH, mid + 1, _HIGH),
            Quadrant.KEEP_SATISFIED: (mid + 1, _HIGH, _LOW, mid),
            Quadrant.KEEP_INFORMED: (_LOW, mid, mid + 1, _HIGH),
            Quadrant.MONITOR: (_LOW, mid, _LOW, mid),
        }.items():
            rect = self.cell_rect(inf_hi, int_lo).united(self.cell_rect(inf_lo, int_hi))
            painter.fillRect(rect, QColor(_QUADRANT_TINT[q]))
            painter.setPen(QColor("#777777"))
            font = QFont(self.font())
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(
                rect.adjusted(6, 4, -6, -4),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                names[q],
            )
        painter.setFont(self.font())
        painter.setPen(QPen(QColor("#CCCCCC"), 1))
        for i in range(_CELLS + 1):
            x = area.left() + i * area.width() / _CELLS
            y = area.top() + i * area.height() / _CELLS
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        painter.setPen(self.palette().windowText().color())
        for score in range(_LOW, _HIGH + 1):
            col = self.cell_rect(_LOW, score)
            painter.drawText(
                QRectF(col.left(), area.bottom() + 2, col.width(), 16),
                int(Qt.AlignmentFlag.AlignCenter),
                str(score),
            )
            row = self.cell_rect(score, _LOW)
            painter.drawText(
                QRectF(area.left() - 20, row.top(), 16, row.height()),
                int(Qt.AlignmentFlag.AlignCenter),
                str(score),
            )
        painter.drawText(
            QRectF(area.left(), area.bottom() + 18, area.width(), 20),
            int(Qt.AlignmentFlag.AlignCenter),
            self.tr("Interest →"),
        )
        painter.save()
        painter.translate(14, area.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-area.height() / 2, -10, area.height(), 20),
            int(Qt.AlignmentFlag.AlignCenter),
            self.tr("Influence →"),
        )
        painter.restore()
        for s in self._rows:
            centre = self._centres.get(s.id)
            if centre is None:
                continue
            if s.id == self._dragging:
                centre = self._drag_at
            painter.setPen(QPen(QColor("#333333"), 2 if s.external else 1))
            painter.setBrush(QColor(colours.ENGAGEMENT[s.current_engagement]))
            painter.drawEllipse(centre, _DOT, _DOT)
            width = self._labelled.get(s.id)
            if width and s.id != self._dragging:
                painter.setPen(self.palette().windowText().color())
                name = painter.fontMetrics().elidedText(
                    s.name, Qt.TextElideMode.ElideRight, int(width)
                )
                painter.drawText(
                    QRectF(centre.x() + _DOT + 4, centre.y() - 9, width, 18),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    name,
                )
        painter.end()

    # -- dragging and hovering -------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position())
        if hit is None or self.read_only or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._dragging = hit.id
        self._drag_at = event.position()
        self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging is not None:
            self._drag_at = event.position()
            self.update()
            return
        over = self._hit(event.position()) is not None and not self.read_only
        self.setCursor(Qt.CursorShape.OpenHandCursor if over else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        sid, self._dragging = self._dragging, None
        self.unsetCursor()
        if sid is None:
            super().mouseReleaseEvent(event)
            return
        row = next(s for s in self._rows if s.id == sid)
        influence, interest = self.scores_at(event.position())
        self.update()
        if (influence, interest) != (row.influence, row.interest):
            self.moved.emit(sid, influence, interest)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            hit = self._hit(QPointF(event.pos()))
            if hit is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip(hit), self)
            return True
        return super().event(event)

    def tooltip(self, s: StakeholderRow) -> str:
        lines = [s.name, " · ".join(p for p in (s.position, s.organisation) if p)]
        lines.append(
            self.tr("Influence {influence}, interest {interest}: {quadrant}").format(
                influence=s.influence,
                interest=s.interest,
                quadrant=texts.quadrant_names()[quadrant(s.influence, s.interest)],
            )
        )
        lines.append(
            self.tr("Engagement: {current} → {desired}").format(
                current=texts.engagement_names()[s.current_engagement],
                desired=texts.engagement_names()[s.desired_engagement],
            )
        )
        return "\n".join(line for line in lines if line)
