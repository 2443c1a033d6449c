"""Pointer interaction on the Gantt: hover and tooltips, clicks, and dragging bars, ends and links.

:class:`GanttGestures` holds the state of a gesture from press to release and
turns it into one :class:`Gesture` on release (one undo step each); while
dragging only a preview is drawn (:meth:`GanttGestures.paint_overlay`). The
widget forwards its mouse events and emits the signal the gesture names.

* Dragging a task's or milestone's body moves it: the start snaps to days and
  then forward to the next working day of the chart's calendar; a task keeps
  its duration in working days.
* Dragging a task's right end resizes it: the finish snaps back to the
  previous working day, never before the start.
* Dragging from the round link handle right of a bar (or Ctrl+dragging a
  bar's body) onto another bar links the two (FS).
* Summary bars are never dragged (they roll up). A drag held against the left
  or right edge scrolls the chart (a link drag also the rows).
"""

from __future__ import annotations

import datetime as dt
import html
import math
from dataclasses import dataclass
from typing import Final, Literal, Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QScrollBar, QWidget

from oa_desk.domain.calendar import WorkCalendar
from oa_desk.domain.enums import TaskKind
from oa_desk.gui.dates import format_date
from oa_desk.gui.timeline.gantt.renderer import GanttRenderer
from oa_desk.gui.timeline.gantt.rows import ChartRow

MOVE: Final = "move"
RESIZE: Final = "resize"
LINK: Final = "link"
CLICK: Final = "click"
ZONE_BODY, ZONE_RESIZE, ZONE_HANDLE, ZONE_ROW = "body", "resize", "handle", "row"
HANDLE_GAP = 8  # the link handle's centre, right of a bar's end
HANDLE_R = 4
EDGE = 24  # a drag this close to the viewport's edge scrolls it
AUTOSCROLL_MS = 40

GestureKind = Literal["move", "resize", "link", "click"]


@dataclass(frozen=True, slots=True)
class Gesture:
    """What a finished gesture asks for: a click, a move, a resize or a link."""

    kind: GestureKind
    task_id: int
    date: dt.date | None = None  # move: the new start; resize: the new finish
    target: int | None = None  # link: the successor's task id


class GestureHost(Protocol):
    """What the gestures need of the chart widget."""

    @property
    def renderer(self) -> GanttRenderer: ...

    def viewport(self) -> QWidget: ...

    def horizontalScrollBar(self) -> QScrollBar: ...

    def palette(self) -> QPalette: ...

    def font(self) -> QFont: ...

    def display_locale(self) -> QLocale: ...

    def row_at(self, y: float) -> int | None: ...

    def row_y(self, i: int) -> int: ...

    def scroll_vertically(self, pixels: int) -> None: ...

    def scroll_horizontally(self, pixels: int) -> None: ...


@dataclass(slots=True)
class _Drag:
    kind: str
    row: int
    task_id: int
    press_x: int
    press_y: int
    press_hoff: int  # horizontal scroll at the press: deltas are in content coordinates
    start: int
    finish: int
    workdays: int
    active: bool = False
    new_start: int = 0
    new_finish: int = 0
    target: int | None = None
    x: int = 0
    y: int = 0


class GanttGestures:
    """The gesture in progress (if any), the hovered bar and the pointer's shape."""

    def __init__(self, host: GestureHost, parent: QObject) -> None:
        self._host = host
        self._drag: _Drag | None = None
        self._hover_row: int | None = None
        self._cursor: Qt.CursorShape | None = None
        self._autoscroll = QTimer(parent)
        self._autoscroll.setInterval(AUTOSCROLL_MS)
        self._autoscroll.timeout.connect(self._auto_scroll)

    # -- state ------------------------------------------------------------------------

    def is_dragging(self) -> bool:
        return self._drag is not None and self._drag.active

    def pressed(self) -> bool:
        """A button went down on a row and has not come up yet."""
        return self._drag is not None

    def cursor_shape(self) -> Qt.CursorShape | None:
        return self._cursor

    def cancel(self) -> None:
        """Drop a drag in progress without a gesture (as Esc does)."""
        self._autoscroll.stop()
        if self._drag is not None:
            self._drag = None
            self._set_cursor(Qt.CursorShape.ArrowCursor)
            self._host.viewport().update()

    def forget(self) -> None:
        """Drop the press without a gesture or a repaint (a double-click follows)."""
        self._drag = None

    def clear_hover(self) -> bool:
        """Forget the hovered bar (scrolled, new rows, pointer left); True if there was one."""
        had = self._hover_row is not None
        self._hover_row = None
        return had

    # -- hit testing ------------------------------------------------------------------

    def hit(self, x: int, y: int) -> tuple[int, str] | None:
        """The row under viewport (x, y) and the zone of it: body, resize, handle or row."""
        host = self._host
        i = host.row_at(y)
        if i is None:
            return None
        r = host.renderer
        row = r.rows[i]
        ext = r.bar_extent(row, host.horizontalScrollBar().value())
        if ext is None:
            return i, ZONE_ROW
        x0, x1 = ext
        if row.kind != TaskKind.SUMMARY and abs(x - (x1 + HANDLE_GAP)) <= HANDLE_R + 1:
            return i, ZONE_HANDLE
        if row.kind == TaskKind.TASK:
            inner = min(6, max(2, (x1 - x0) // 3))
            if x1 - inner <= x <= x1 + 2:
                return i, ZONE_RESIZE
        if x0 - 2 <= x <= x1 + 2:
            return i, ZONE_BODY
        return i, ZONE_ROW

    # -- the gesture ------------------------------------------------------------------

    def press(self, x: int, y: int, *, ctrl: bool) -> bool:
        """A left-button press; False when it was not on a row."""
        hit = self.hit(x, y)
        self._drag = None
        if hit is None:
            return False
        i, zone = hit
        r = self._host.renderer
        row = r.rows[i]
        kind = CLICK
        if zone == ZONE_HANDLE or (zone == ZONE_BODY and ctrl and row.kind != TaskKind.SUMMARY):
            kind = LINK
        elif zone == ZONE_RESIZE:
            kind = RESIZE
        elif zone == ZONE_BODY and row.kind != TaskKind.SUMMARY:
            kind = MOVE
        s = f = workdays = 0
        if row.start is not None:
            s = row.start.toordinal()
            f = (row.finish or row.start).toordinal()
            if row.kind != TaskKind.MILESTONE:
                workdays = r.calendar.count_working_days_ordinal(s, f)
        hoff = self._host.horizontalScrollBar().value()
        self._drag = _Drag(kind, i, row.task_id, x, y, hoff, s, f, workdays)
        self._drag.new_start, self._drag.new_finish = s, f
        return True

    def move(self, x: int, y: int) -> bool:
        """The pointer moved; True when a drag used it (else the hover was updated)."""
        d = self._drag
        if d is None:
            self.hover(x, y)
            return False
        if not d.active:
            moved = abs(x - d.press_x) + abs(y - d.press_y)
            if d.kind == CLICK or moved < QApplication.startDragDistance():
                return False
            d.active = True
            shape = {
                MOVE: Qt.CursorShape.ClosedHandCursor,
                RESIZE: Qt.CursorShape.SizeHorCursor,
                LINK: Qt.CursorShape.CrossCursor,
            }
            self._set_cursor(shape[d.kind])
        self._update_drag(d, x, y)
        near_edge = self._edge_push(d.x, d.y, d.kind) != (0, 0)
        if near_edge and not self._autoscroll.isActive():
            self._autoscroll.start()
        elif not near_edge:
            self._autoscroll.stop()
        return True

    def release(self, x: int, y: int, *, left: bool) -> tuple[bool, Gesture | None]:
        """A button came up: (whether a press of ours ended, the gesture it makes if any)."""
        d = self._drag
        self._drag = None
        self._autoscroll.stop()
        if d is None or not left:
            return False, None
        self._host.viewport().update()
        self.hover(x, y, force=True)
        if not d.active:
            return True, Gesture(CLICK, d.task_id)
        if d.kind == MOVE and d.new_start != d.start:
            return True, Gesture(MOVE, d.task_id, date=dt.date.fromordinal(d.new_start))
        if d.kind == RESIZE and d.new_finish != d.finish:
            return True, Gesture(RESIZE, d.task_id, date=dt.date.fromordinal(d.new_finish))
        if d.kind == LINK and d.target is not None:
            return True, Gesture(LINK, d.task_id, target=self._host.renderer.rows[d.target].task_id)
        return True, None

    def _update_drag(self, d: _Drag, x: int, y: int) -> None:
        """The preview for the pointer at viewport (x, y)."""
        d.x, d.y = x, y
        host = self._host
        r = host.renderer
        cal = r.calendar
        moved = x + host.horizontalScrollBar().value() - (d.press_x + d.press_hoff)
        delta = round(moved / r.px_per_day)
        if d.kind == MOVE:
            start = cal.next_working_ordinal(d.start + delta)
            d.new_start = start
            if d.workdays > 0:
                d.new_finish = cal.add_working_days_ordinal(start, d.workdays - 1)
            else:
                d.new_finish = start + (d.finish - d.start)
        elif d.kind == RESIZE:
            finish = max(d.start, d.finish + delta)
            d.new_finish = max(d.start, cal.previous_working_ordinal(finish))
        else:
            hit = self.hit(x, y)
            ok = hit is not None and hit[1] != ZONE_ROW and hit[0] != d.row
            d.target = hit[0] if hit is not None and ok else None
        host.viewport().update()

    def _edge_push(self, x: int, y: int, kind: str) -> tuple[int, int]:
        """Pixels to scroll per tick while a drag presses against an edge."""
        vp = self._host.viewport()
        dx = dy = 0
        if x < EDGE:
            dx = -(4 + (EDGE - x) // 2)
        elif x > vp.width() - EDGE:
            dx = 4 + (x - vp.width() + EDGE) // 2
        if kind == LINK:  # a link may go to a row scrolled out of view
            top = self._host.renderer.header_height
            if y < top + EDGE:
                dy = -(4 + (top + EDGE - y) // 2)
            elif y > vp.height() - EDGE:
                dy = 4 + (y - vp.height() + EDGE) // 2
        return dx, dy

    def _auto_scroll(self) -> None:
        d = self._drag
        if d is None or not d.active:
            self._autoscroll.stop()
            return
        dx, dy = self._edge_push(d.x, d.y, d.kind)
        if (dx, dy) == (0, 0):
            self._autoscroll.stop()
            return
        if dx:
            self._host.scroll_horizontally(dx)
        if dy:
            self._host.scroll_vertically(dy)
        self._update_drag(d, d.x, d.y)

    # -- hover ------------------------------------------------------------------------

    def hover(self, x: int, y: int, *, force: bool = False) -> None:
        """The pointer's shape for the zone under it, and the link handle of a hovered bar."""
        hit = self.hit(x, y)
        shape = Qt.CursorShape.ArrowCursor
        hover_row = None
        if hit is not None:
            i, zone = hit
            kind = self._host.renderer.rows[i].kind
            if zone != ZONE_ROW and kind != TaskKind.SUMMARY:
                hover_row = i
            if zone == ZONE_HANDLE:
                shape = Qt.CursorShape.CrossCursor
            elif zone == ZONE_RESIZE:
                shape = Qt.CursorShape.SizeHorCursor
            elif zone == ZONE_BODY and kind != TaskKind.SUMMARY:
                shape = Qt.CursorShape.OpenHandCursor
        self._set_cursor(shape, force=force)
        if hover_row != self._hover_row:
            self._hover_row = hover_row
            self._host.viewport().update()

    def _set_cursor(self, shape: Qt.CursorShape, *, force: bool = False) -> None:
        if shape != self._cursor or force:
            self._cursor = shape
            self._host.viewport().setCursor(shape)

    # -- overlay: hover handle and drag previews --------------------------------------

    def paint_overlay(self, p: QPainter) -> None:
        host = self._host
        r = host.renderer
        hoff = host.horizontalScrollBar().value()
        pal = host.palette()
        highlight = pal.color(QPalette.ColorRole.Highlight)
        d = self._drag
        if (d is None or not d.active) and self._hover_row is not None:
            i = self._hover_row
            if i < len(r.rows):
                ext = r.bar_extent(r.rows[i], hoff)
                if ext is not None:
                    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                    p.setPen(QPen(highlight, 1))
                    p.setBrush(QBrush(pal.color(QPalette.ColorRole.Base)))
                    cy = host.row_y(i) + r.bar_top + r.bar_height // 2
                    p.drawEllipse(QPoint(ext[1] + HANDLE_GAP, cy), HANDLE_R, HANDLE_R)
                    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if d is None or not d.active:
            return
        y = host.row_y(d.row) + r.bar_top
        fill = QColor(highlight)
        fill.setAlpha(90)
        pen = QPen(highlight, 1, Qt.PenStyle.DashLine)
        if d.kind in (MOVE, RESIZE):
            ppd = r.px_per_day
            x0 = math.floor((d.new_start - r.origin) * ppd - hoff)
            x1 = max(x0 + 2, math.floor((d.new_finish + 1 - r.origin) * ppd - hoff))
            p.fillRect(x0, y, x1 - x0, r.bar_height, fill)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(x0, y, x1 - x0 - 1, r.bar_height - 1)
            if d.kind == MOVE:
                text = QCoreApplication.translate("GanttChart", "Start: {date}").format(
                    date=format_date(dt.date.fromordinal(d.new_start))
                )
            else:
                text = QCoreApplication.translate("GanttChart", "Finish: {date}").format(
                    date=format_date(dt.date.fromordinal(d.new_finish))
                )
            self._paint_tag(p, x1 + 6, y + r.bar_height // 2, text)
        else:
            ext = r.bar_extent(r.rows[d.row], hoff)
            if ext is None:
                return
            sy = y + r.bar_height // 2
            p.setPen(QPen(highlight, 2))
            p.drawLine(ext[1], sy, d.x, d.y)
            if d.target is not None:
                text_ext = r.bar_extent(r.rows[d.target], hoff)
                if text_ext is not None:
                    ty = host.row_y(d.target) + r.bar_top
                    p.fillRect(text_ext[0], ty, text_ext[1] - text_ext[0], r.bar_height, fill)

    def _paint_tag(self, p: QPainter, x: int, cy: int, text: str) -> None:
        pal = self._host.palette()
        metrics = QFontMetrics(self._host.font())
        w = metrics.horizontalAdvance(text) + 8
        h = metrics.height() + 2
        p.fillRect(x, cy - h // 2, w, h, pal.color(QPalette.ColorRole.ToolTipBase))
        p.setPen(QPen(pal.color(QPalette.ColorRole.ToolTipText), 1))
        p.drawRect(x, cy - h // 2, w - 1, h - 1)
        p.drawText(x + 4, cy - h // 2 + 1 + metrics.ascent(), text)


# -- the tooltip of a hovered bar ----------------------------------------------------------


def tooltip_html(row: ChartRow, calendar: WorkCalendar, locale: QLocale) -> str:
    """Name, dates, duration in working days and progress of a row (rich text)."""
    day = format_date  # one date format everywhere (oa_desk.gui.dates)

    lines = [f"<b>{html.escape(row.name)}</b>"]
    if row.start is not None:
        finish = row.finish or row.start
        if row.kind == TaskKind.MILESTONE:
            lines.append(
                QCoreApplication.translate("GanttChart", "Milestone: {date}").format(
                    date=day(row.start)
                )
            )
        else:
            days = calendar.count_working_days(row.start, finish)
            lines.append(
                QCoreApplication.translate("GanttChart", "Start: {date}").format(
                    date=day(row.start)
                )
            )
            lines.append(
                QCoreApplication.translate("GanttChart", "Finish: {date}").format(date=day(finish))
            )
            lines.append(
                QCoreApplication.translate("GanttChart", "Duration: {days} working days").format(
                    days=days
                )
            )
        lines.append(
            QCoreApplication.translate("GanttChart", "Progress: {percent}%").format(
                percent=row.progress
            )
        )
        if row.baseline_start is not None:
            base_finish = row.baseline_finish or row.baseline_start
            lines.append(
                QCoreApplication.translate("GanttChart", "Baseline: {start} – {finish}").format(
                    start=day(row.baseline_start), finish=day(base_finish)
                )
            )
    else:
        lines.append(QCoreApplication.translate("GanttChart", "Not scheduled"))
    if row.critical:
        lines.append(QCoreApplication.translate("GanttChart", "On the critical path"))
    if row.late:
        lines.append(QCoreApplication.translate("GanttChart", "Late"))
    return "<br>".join(lines)
