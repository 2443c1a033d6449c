"""The project team as an org chart: the sponsor on top, then the steering committee,
the PMO, the leads (business, IT, HR and the vendor) and the key users.

Painted by hand: each level is a row of boxes (wrapped when wider than the
view), joined to the level above by a bus line. Sits in a scroll area.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from oa_desk.domain.enums import TeamRole
from oa_desk.gui.team import texts
from oa_desk.services.team import MemberRow

LEVELS: tuple[tuple[TeamRole, ...], ...] = (
    (TeamRole.SPONSOR,),
    (TeamRole.STEERING,),
    (TeamRole.PMO,),
    (TeamRole.BUSINESS_LEAD, TeamRole.IT, TeamRole.HR, TeamRole.VENDOR),
    (TeamRole.KEY_USER,),
)
_BOX_W, _BOX_H, _GAP_X, _GAP_Y, _BUS = 132, 46, 10, 10, 18
_FILL = {
    TeamRole.SPONSOR: "#E8DDF3",
    TeamRole.STEERING: "#DDE7F6",
    TeamRole.PMO: "#D9EFE3",
    TeamRole.BUSINESS_LEAD: "#FCEBC7",
    TeamRole.IT: "#E0EEF8",
    TeamRole.HR: "#F7E0E8",
    TeamRole.VENDOR: "#EDEDED",
    TeamRole.KEY_USER: "#FFF6D6",
}


class OrgChart(QWidget):
    """The team's members in boxes, level by level."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._members: tuple[MemberRow, ...] = ()
        self._boxes: list[tuple[QRectF, MemberRow]] = []
        self._levels: list[QRectF] = []  # each level's bounding box
        self.setMinimumWidth(_BOX_W + 2 * _GAP_X)

    def set_members(self, members: Sequence[MemberRow]) -> None:
        self._members = tuple(members)
        self._layout()
        self.update()

    def boxes(self) -> list[tuple[QRectF, MemberRow]]:
        return list(self._boxes)

    def sizeHint(self) -> QSize:
        return QSize(720, max(200, self.minimumHeight()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout()

    def _layout(self) -> None:
        per_line = max(1, (self.width() - _GAP_X) // (_BOX_W + _GAP_X))
        y = float(_GAP_Y)
        self._boxes, self._levels = [], []
        for roles in LEVELS:
            members = [m for m in self._members if m.role in roles]
            members.sort(key=lambda m: (roles.index(m.role), m.id))
            if not members:
                continue
            y += _BUS
            top = y
            for start in range(0, len(members), per_line):
                line = members[start : start + per_line]
                width = len(line) * (_BOX_W + _GAP_X) - _GAP_X
                x = max(_GAP_X, (self.width() - width) / 2)
                for m in line:
                    self._boxes.append((QRectF(x, y, _BOX_W, _BOX_H), m))
                    x += _BOX_W + _GAP_X
                y += _BOX_H + _GAP_Y
            left = min(r.left() for r, m in self._boxes if m in members)
            right = max(r.right() for r, m in self._boxes if m in members)
            self._levels.append(QRectF(left, top, right - left, y - _GAP_Y - top))
        self.setMinimumHeight(int(y + _GAP_Y))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = QPen(QColor("#9E9E9E"), 1.2)
        roles = texts.role_names()
        if not self._boxes:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(
                self.rect(),
                int(Qt.AlignmentFlag.AlignCenter),
                self.tr("No one is on the project team yet: add members on the left."),
            )
            painter.end()
            return
        # The bus of each level, joined to the level above it.
        painter.setPen(line)
        for n, level in enumerate(self._levels):
            bus_y = level.top() - _BUS / 2
            firsts = [
                r for r, _m in self._boxes if level.contains(r.center()) and r.top() == level.top()
            ]
            xs = [r.center().x() for r in firsts]
            if n == 0:  # the top level hangs from nothing
                continue
            painter.drawLine(QPointF(min(xs), bus_y), QPointF(max(xs), bus_y))
            for x in xs:
                painter.drawLine(QPointF(x, bus_y), QPointF(x, level.top()))
            above = self._levels[n - 1]
            centre = above.center().x()
            painter.drawLine(QPointF(centre, above.bottom()), QPointF(centre, bus_y))
            painter.drawLine(QPointF(min(centre, *xs), bus_y), QPointF(max(centre, *xs), bus_y))
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        metrics_w = _BOX_W - 12
        for rect, m in self._boxes:
            painter.setPen(QPen(QColor("#7A7A7A"), 1))
            painter.setBrush(QColor(_FILL[m.role]))
            painter.drawRoundedRect(rect, 5, 5)
            painter.setPen(QColor("#202020"))
            painter.setFont(bold)
            name = painter.fontMetrics().elidedText(m.name, Qt.TextElideMode.ElideRight, metrics_w)
            painter.drawText(
                rect.adjusted(6, 4, -6, -rect.height() / 2),
                int(Qt.AlignmentFlag.AlignCenter),
                name,
            )
            painter.setFont(small)
            detail = " · ".join(p for p in (roles[m.role], m.department) if p)
            detail = painter.fontMetrics().elidedText(
                detail, Qt.TextElideMode.ElideRight, metrics_w
            )
            painter.drawText(
                rect.adjusted(6, rect.height() / 2, -6, -4),
                int(Qt.AlignmentFlag.AlignCenter),
                detail,
            )
        painter.end()
