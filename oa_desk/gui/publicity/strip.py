"""The calendar strip: what goes out this week and next, one column a day from the
Monday of the status date's week, today marked. Painted by hand (14 columns)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from oa_desk.domain import colours
from oa_desk.domain.enums import CommStatus
from oa_desk.services.publicity import CommRow

DAYS = 14
_HEAD = 34
_LINE = 18


class WeekStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first = dt.date.today()
        self._today = dt.date.today()
        self._items: tuple[CommRow, ...] = ()
        self.setMinimumHeight(_HEAD + 3 * _LINE + 8)

    def sizeHint(self) -> QSize:
        return QSize(900, _HEAD + 4 * _LINE + 10)

    @staticmethod
    def first_day(today: dt.date) -> dt.date:
        return today - dt.timedelta(days=today.weekday())

    def set_items(self, items: Sequence[CommRow], today: dt.date) -> None:
        self._today = today
        self._first = self.first_day(today)
        self._items = tuple(items)
        most = max((sum(1 for i in self._items if i.day == d) for d in self.days()), default=0)
        self.setMinimumHeight(_HEAD + max(3, most) * _LINE + 8)
        self.update()

    def days(self) -> list[dt.date]:
        return [self._first + dt.timedelta(days=n) for n in range(DAYS)]

    def items_on(self, day: dt.date) -> list[CommRow]:
        return [i for i in self._items if i.day == day]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        width = self.width() / DAYS
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        text = self.palette().windowText().color()
        weekdays = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]
        for n, day in enumerate(self.days()):
            x = n * width
            column = QRectF(x, 0, width, self.height())
            if day.weekday() >= 5:
                painter.fillRect(column, QColor("#F3F3F3"))
            if day == self._today:
                painter.fillRect(column, QColor(colours.RAG_LIGHT["amber"]))
            painter.setPen(QPen(QColor("#DDDDDD"), 1))
            painter.drawLine(int(x), 0, int(x), self.height())
            painter.setPen(text)
            painter.setFont(self.font())
            painter.drawText(
                QRectF(x, 2, width, 16),
                int(Qt.AlignmentFlag.AlignCenter),
                f"{weekdays[day.weekday()]} {day.month}/{day.day}",
            )
            painter.setFont(small)
            for k, item in enumerate(self.items_on(day)):
                box = QRectF(x + 2, _HEAD + k * _LINE, width - 4, _LINE - 2)
                sent = item.status in (CommStatus.PUBLISHED, CommStatus.DONE)
                painter.fillRect(box, QColor(colours.RAG_LIGHT["green"] if sent else "#E0EEF8"))
                painter.setPen(text)
                label = painter.fontMetrics().elidedText(
                    item.title, Qt.TextElideMode.ElideRight, int(box.width() - 4)
                )
                painter.drawText(
                    box.adjusted(2, 0, -2, 0), int(Qt.AlignmentFlag.AlignVCenter), label
                )
        painter.setPen(QPen(QColor("#BBBBBB"), 1))
        painter.drawLine(0, _HEAD - 4, self.width(), _HEAD - 4)
        painter.end()
