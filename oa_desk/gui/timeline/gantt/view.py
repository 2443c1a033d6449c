"""The Gantt chart widget: a custom-painted, virtualised timeline beside the WBS tree.

Contract with the Timeline page
-------------------------------

Data goes in as plain frozen values (:class:`~oa_desk.gui.timeline.gantt.rows.ChartRow`
per row *currently visible in the tree table*, in display order, and
:class:`~oa_desk.gui.timeline.gantt.rows.ChartLink` per dependency), never as ORM
objects. :class:`GanttChart` (a ``QAbstractScrollArea``):

* ``set_rows(rows)``, ``set_links(links)``, ``set_data(rows, links)`` (both at
  once, one index rebuild) and ``update_rows(rows)`` (replace rows by
  ``task_id`` in place, O(changed): the cheap path after a drag or an edit that
  changed dates only, not the row order).
* Vertical scrolling belongs to the tree. Connect the tree's vertical scrollbar
  ``valueChanged`` to :meth:`GanttChart.set_vertical_offset` (pixels: the tree
  must use ``ScrollPerPixel``) and hand the same scrollbar to
  :meth:`GanttChart.set_vertical_scrollbar`: wheel events and Up/Down/PgUp/PgDn
  over the chart then move *that* scrollbar (which moves both views). Without
  one the chart scrolls its own offset (handy standalone). The chart has no
  vertical scrollbar of its own; its horizontal scrollbar is always shown, so
  give the tree an always-on horizontal scrollbar too and both viewports have
  the same height. ``set_header_height(px)`` matches the tree's header height.
* ``set_calendar(calendar: WorkCalendar)``: the plan's working calendar
  (:class:`oa_desk.domain.calendar.WorkCalendar`; Monday to Friday until one
  is set). It shades the non-working days, snaps drags and counts working days
  for tooltips and health. ``set_today`` (the status date), ``set_go_live``.
* ``set_colour_mode("phase" | "status")``. Status is the RAG health of
  :mod:`oa_desk.domain.health`, the rule the weekly report uses too (see
  ``renderer.py`` for the signals beside colour).
* ``set_show_critical``, ``set_show_baseline`` (thin grey bar under the
  current one), ``set_show_labels`` (task names right of the bars; milestones
  are always labelled), ``set_selected(ids)`` (highlight the tree's selection).
* ``set_zoom(ZoomLevel | "days" | "weeks" | "months" | "quarters")``,
  ``zoom_in()``, ``zoom_out()``, ``zoom_to_fit()``, ``scroll_to_date(date)``,
  ``scroll_to_task(task_id)``. A zoom keeps the date under the cursor, else the
  selected bar, else the bars of the rows in view where they are (``place.py``).
  ``x_of(date)`` and ``date_at(x)`` map between dates and *viewport* x
  (the viewport's left edge is 0; the day ``d`` covers
  ``x_of(d) <= x < x_of(d + 1 day)``).

Signals, each gesture one signal on mouse *release* (``drag.py`` says how
they snap): ``move_requested(task_id, new_start: date)``,
``resize_requested(task_id, new_finish: date)``, ``link_requested(pred_id,
succ_id)`` (FS), ``task_clicked(task_id, modifiers)`` (a click anywhere in a
row), ``activated(task_id)`` (a double-click) and ``zoom_changed(level: str)``.

Keys: arrows scroll, PgUp/PgDn page vertically, Home/End go to the chart's
start/end, +/- (and Ctrl+wheel) zoom, Shift+wheel scrolls horizontally, Esc
cancels a drag. The painting is :class:`~oa_desk.gui.timeline.gantt.renderer.GanttRenderer`'s
(``chart.renderer``; its ``stats`` count what the last paint drew).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from typing import cast

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QApplication,
    QScrollBar,
    QToolTip,
    QWidget,
)

from oa_desk.domain.calendar import WorkCalendar
from oa_desk.gui.timeline.gantt import place
from oa_desk.gui.timeline.gantt.drag import (
    CLICK,
    MOVE,
    RESIZE,
    ZONE_ROW,
    GanttGestures,
    tooltip_html,
)
from oa_desk.gui.timeline.gantt.renderer import ColourMode, GanttRenderer
from oa_desk.gui.timeline.gantt.rows import ChartLink, ChartRow, date_extent
from oa_desk.gui.timeline.gantt.scale import (
    MAX_PX_PER_DAY,
    MIN_PX_PER_DAY,
    NOMINAL_PX_PER_DAY,
    ZOOM_ORDER,
    ZoomLevel,
    level_for_scale,
)


class GanttChart(QAbstractScrollArea):
    """The Gantt chart widget. See the module docstring for the full contract."""

    move_requested = Signal(int, object)  # task id, new start (datetime.date)
    resize_requested = Signal(int, object)  # task id, new finish (datetime.date)
    link_requested = Signal(int, int)  # predecessor id, successor id (FS)
    activated = Signal(int)  # task id (double-click)
    task_clicked = Signal(int, object)  # task id, Qt.KeyboardModifier
    zoom_changed = Signal(str)  # ZoomLevel value
    context_requested = Signal(object, object)  # task id under the cursor or None, QPoint

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._r = GanttRenderer(self.palette(), self.font(), self.display_locale())
        self._voff = 0
        self._vbar: QScrollBar | None = None
        self._data_lo: int | None = None
        self._data_hi: int | None = None
        self._last = self._r.origin + 60
        self._gestures = GanttGestures(self, self)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        viewport = self.viewport()
        viewport.setMouseTracking(True)
        viewport.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.horizontalScrollBar().valueChanged.connect(self._on_scrolled)
        self._update_range()

    # -- data ---------------------------------------------------------------------------

    @property
    def renderer(self) -> GanttRenderer:
        return self._r

    def rows(self) -> Sequence[ChartRow]:
        return self._r.rows

    def links(self) -> Sequence[ChartLink]:
        return self._r.links

    def set_rows(self, rows: Sequence[ChartRow]) -> None:
        self.set_data(rows, self._r.links)

    def set_links(self, links: Sequence[ChartLink]) -> None:
        self._r.set_data(self._r.rows, list(links))
        self.viewport().update()

    def set_data(self, rows: Sequence[ChartRow], links: Sequence[ChartLink]) -> None:
        """Rows and links at once: one index rebuild."""
        left = self._left_position()
        rows = list(rows)
        self._r.set_data(rows, list(links))
        self._data_lo, self._data_hi = date_extent(rows)
        self._gestures.cancel()
        self._gestures.clear_hover()
        self._update_range(keep_left=left)
        self.viewport().update()

    def update_rows(self, rows: Iterable[ChartRow]) -> None:
        """Replace rows by task id without changing their order (e.g. new dates)."""
        left = self._left_position()
        done = self._r.replace_rows(rows)
        lo, hi = date_extent(done)
        if lo is not None and hi is not None:
            self._data_lo = lo if self._data_lo is None else min(lo, self._data_lo)
            self._data_hi = hi if self._data_hi is None else max(hi, self._data_hi)
            self._update_range(keep_left=left)
        self.viewport().update()

    def set_selected(self, ids: Iterable[int]) -> None:
        self._r.selected = frozenset(ids)
        self.viewport().update()

    # -- appearance ---------------------------------------------------------------------

    def set_row_height(self, px: int) -> None:
        self._r.set_row_height(px)
        self.viewport().update()

    def row_height(self) -> int:
        return self._r.row_height

    def set_header_height(self, px: int) -> None:
        self._r.header_height = max(16, int(px))
        self.viewport().update()

    def header_height(self) -> int:
        return self._r.header_height

    def set_calendar(self, calendar: WorkCalendar) -> None:
        """The plan's working calendar: shades non-working days, snaps drags, judges health."""
        self._r.calendar = calendar
        self.viewport().update()

    def calendar(self) -> WorkCalendar:
        return self._r.calendar

    def set_today(self, date: dt.date | None) -> None:
        self._r.today = date.toordinal() if date is not None else None
        self._update_range(keep_left=self._left_position())
        self.viewport().update()

    def today(self) -> dt.date | None:
        return dt.date.fromordinal(self._r.today) if self._r.today is not None else None

    def set_go_live(self, date: dt.date | None) -> None:
        self._r.go_live = date.toordinal() if date is not None else None
        self._update_range(keep_left=self._left_position())
        self.viewport().update()

    def go_live(self) -> dt.date | None:
        return dt.date.fromordinal(self._r.go_live) if self._r.go_live is not None else None

    def set_colour_mode(self, mode: str) -> None:
        if mode not in ("phase", "status"):
            raise ValueError(f"colour mode must be 'phase' or 'status', not {mode!r}")
        self._r.colour_mode = cast(ColourMode, mode)
        self.viewport().update()

    def colour_mode(self) -> ColourMode:
        return self._r.colour_mode

    def set_show_critical(self, on: bool) -> None:
        self._r.show_critical = bool(on)
        self.viewport().update()

    def show_critical(self) -> bool:
        return self._r.show_critical

    def set_show_baseline(self, on: bool) -> None:
        self._r.set_show_baseline(bool(on))
        self.viewport().update()

    def show_baseline(self) -> bool:
        return self._r.show_baseline

    def set_show_labels(self, on: bool) -> None:
        self._r.show_labels = bool(on)
        self.viewport().update()

    def show_labels(self) -> bool:
        return self._r.show_labels

    # -- scrolling and zoom -------------------------------------------------------------

    def set_vertical_offset(self, y: int) -> None:
        """The content y at the top of the rows area (the tree's vertical scroll value)."""
        y = max(0, int(y))
        if y != self._voff:
            self._voff = y
            self._gestures.clear_hover()
            self.viewport().update()

    def vertical_offset(self) -> int:
        return self._voff

    def set_vertical_scrollbar(self, bar: QScrollBar | None) -> None:
        """Wheel and Up/Down/PgUp/PgDn over the chart move this (the tree's) scrollbar."""
        self._vbar = bar

    def zoom(self) -> ZoomLevel:
        return self._r.level

    def px_per_day(self) -> float:
        return self._r.px_per_day

    def set_zoom(self, level: ZoomLevel | str, anchor_x: float | None = None) -> None:
        """Zoom to a level, keeping ``anchor_x`` (else the selection, else the bars of the
        rows in view; see ``place.py``) where it is."""
        zl = ZoomLevel(level)
        self._set_scale(NOMINAL_PX_PER_DAY[zl], zl, anchor_x)

    def zoom_in(self, anchor_x: float | None = None) -> None:
        ppd = self._r.px_per_day
        for level in ZOOM_ORDER[::-1]:
            if NOMINAL_PX_PER_DAY[level] > ppd * 1.01:
                self._set_scale(NOMINAL_PX_PER_DAY[level], level, anchor_x)
                return

    def zoom_out(self, anchor_x: float | None = None) -> None:
        ppd = self._r.px_per_day
        for level in ZOOM_ORDER:
            if NOMINAL_PX_PER_DAY[level] < ppd / 1.01:
                self._set_scale(NOMINAL_PX_PER_DAY[level], level, anchor_x)
                return

    def zoom_to_fit(self) -> None:
        """Scale so that every scheduled row (and baseline) fits the viewport's width."""
        lo, hi = self._data_lo, self._data_hi
        if lo is None or hi is None:
            lo = hi = self._r.today if self._r.today is not None else dt.date.today().toordinal()
        margin = 16
        width = max(50, self.viewport().width() - 2 * margin)
        ppd = min(MAX_PX_PER_DAY, max(MIN_PX_PER_DAY, width / (hi - lo + 1)))
        level = level_for_scale(ppd)
        self._set_scale(ppd, level, None)
        bar = self.horizontalScrollBar()
        bar.setValue(math.floor((lo - self._r.origin) * ppd) - margin)

    def rows_in_view(self) -> range:
        """The indexes of the rows at least partly on the screen."""
        body = self.viewport().height() - self._r.header_height
        return place.row_span(self._r, self._voff, body)

    def scroll_to_task(self, task_id: int) -> bool:
        """Bring a task's bar into view (whole when it fits); False if it has none."""
        bar = self.horizontalScrollBar()
        target = place.scroll_to_bar(self._r, bar.value(), self.viewport().width(), task_id)
        if target is None:
            return False
        bar.setValue(round(target))
        return True

    def scroll_to_date(self, date: dt.date) -> None:
        """Scroll so that ``date`` is near the left edge."""
        o = date.toordinal()
        if o < self._r.origin or o > self._last:
            self._update_range(include=o)
        self.horizontalScrollBar().setValue(
            math.floor((o - self._r.origin) * self._r.px_per_day) - 40
        )

    def x_of(self, date: dt.date) -> int:
        """Viewport x of the start of ``date``."""
        r = self._r
        return math.floor(
            (date.toordinal() - r.origin) * r.px_per_day - self.horizontalScrollBar().value()
        )

    def date_at(self, x: float) -> dt.date:
        """The date under viewport x: the day whose pixels ``x_of(d) <= x < x_of(d + 1)``
        hold ``x`` (below one pixel a day, the last day that starts in that pixel)."""
        r = self._r
        pixel = math.floor(x)
        hoff = self.horizontalScrollBar().value()
        return dt.date.fromordinal(r.origin + math.ceil((pixel + 1 + hoff) / r.px_per_day) - 1)

    def row_at(self, y: float) -> int | None:
        """The row index under viewport y, or None (header, below the last row)."""
        r = self._r
        if y < r.header_height:
            return None
        i = int((y - r.header_height + self._voff) // r.row_height)
        return i if 0 <= i < len(r.rows) else None

    def row_y(self, i: int) -> int:
        """Viewport y of the top of row ``i``."""
        return self._r.header_height + i * self._r.row_height - self._voff

    def bar_rect_x(self, task_id: int) -> tuple[int, int] | None:
        """Viewport x of a task's bar ends (for tests and the lead's "scroll to task")."""
        i = self._r.row_of.get(task_id)
        if i is None:
            return None
        return self._r.bar_extent(self._r.rows[i], self.horizontalScrollBar().value())

    def _left_position(self) -> float:
        """The (fractional) day ordinal at the viewport's left edge."""
        return self._r.origin + self.horizontalScrollBar().value() / self._r.px_per_day

    def _set_scale(self, ppd: float, level: ZoomLevel, anchor_x: float | None) -> None:
        r = self._r
        bar = self.horizontalScrollBar()
        width = self.viewport().width()
        rows = self.rows_in_view()
        if anchor_x is None:
            anchor_x = place.zoom_anchor(r, bar.value(), width, rows, r.selected)
        if anchor_x is None:
            anchor_x = width / 2
        anchor = r.origin + (bar.value() + anchor_x) / r.px_per_day
        changed = level != r.level
        r.px_per_day = ppd
        r.level = level
        self._update_range(include=math.floor(anchor))
        bar.setValue(round((anchor - r.origin) * ppd - anchor_x))
        # never an empty stretch of time beside rows whose bars are elsewhere
        bar.setValue(round(place.scroll_to_show(r, bar.value(), width, rows)))
        self.viewport().update()
        if changed:
            self.zoom_changed.emit(level.value)

    def _update_range(self, keep_left: float | None = None, include: int | None = None) -> None:
        r = self._r
        ppd = r.px_per_day
        points = [
            o for o in (self._data_lo, self._data_hi, r.today, r.go_live, include) if o is not None
        ]
        if not points:
            points = [dt.date.today().toordinal()]
        width = max(1, self.viewport().width())
        # room to scroll past either end: half a screen, at least a week and 160 px
        pad = max(7, math.ceil(160 / ppd), math.ceil(width / ppd / 2))
        first = min(points) - pad
        last = max(points) + pad
        if keep_left is not None:
            # never pull the range out from under the current view
            first = min(first, math.floor(keep_left))
            last = max(last, math.floor(keep_left) + 1)
        last = max(last, first + math.ceil(width / ppd))
        r.origin = first
        self._last = last
        content = math.ceil((last - first + 1) * ppd)
        bar = self.horizontalScrollBar()
        bar.blockSignals(True)
        bar.setRange(0, max(0, content - width))
        bar.setPageStep(width)
        bar.setSingleStep(max(10, math.ceil(ppd)))
        if keep_left is not None:
            bar.setValue(round((keep_left - first) * ppd))
        bar.blockSignals(False)

    def _on_scrolled(self, _value: int) -> None:
        self._gestures.clear_hover()
        self.viewport().update()

    def scroll_horizontally(self, pixels: int) -> None:
        """Scroll the time axis; past either end the range grows (a drag goes on)."""
        bar = self.horizontalScrollBar()
        target = bar.value() + pixels
        if not bar.minimum() <= target <= bar.maximum():
            left = self._left_position()
            edge = (
                left
                + (pixels + (self.viewport().width() if pixels > 0 else 0)) / self._r.px_per_day
            )
            self._update_range(keep_left=left, include=math.floor(edge))
        bar.setValue(bar.value() + pixels)

    def scroll_vertically(self, pixels: int) -> None:
        """Scroll the rows: through the tree's scrollbar when one is set."""
        if self._vbar is not None:
            self._vbar.setValue(self._vbar.value() + pixels)
            return
        body = self.viewport().height() - self._r.header_height
        limit = max(0, len(self._r.rows) * self._r.row_height - body)
        self.set_vertical_offset(min(limit, max(0, self._voff + pixels)))

    # -- events -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        viewport = self.viewport()
        p = QPainter(viewport)
        try:
            self._r.paint(
                p,
                viewport.width(),
                viewport.height(),
                self.horizontalScrollBar().value(),
                self._voff,
            )
            self._gestures.paint_overlay(p)
        finally:
            p.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        left = self._left_position()
        super().resizeEvent(event)
        self._update_range(keep_left=left)

    def display_locale(self) -> QLocale:
        """The locale set on the chart, else the app's language (QLocale's default).

        A widget's own locale() keeps the default it was created with, so after a
        language switch month names would otherwise stay in the old language.
        """
        if self.testAttribute(Qt.WidgetAttribute.WA_SetLocale):
            return self.locale()
        return QLocale()

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.PaletteChange:
            self._r.set_palette(self.palette())
        elif kind == QEvent.Type.FontChange:
            self._r.set_font(self.font())
        elif kind in (QEvent.Type.LocaleChange, QEvent.Type.LanguageChange):
            self._r.set_locale(self.display_locale())
        super().changeEvent(event)
        self.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        k = Qt.Key
        bar = self.horizontalScrollBar()
        step = QAbstractSlider.SliderAction
        if key == k.Key_Escape and self._gestures.pressed():
            self._gestures.cancel()
        elif event.matches(QKeySequence.StandardKey.ZoomIn) or key in (k.Key_Plus, k.Key_Equal):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or key == k.Key_Minus:
            self.zoom_out()
        elif key == k.Key_Left:
            bar.triggerAction(step.SliderSingleStepSub)
        elif key == k.Key_Right:
            bar.triggerAction(step.SliderSingleStepAdd)
        elif key == k.Key_Home:
            bar.triggerAction(step.SliderToMinimum)
        elif key == k.Key_End:
            bar.triggerAction(step.SliderToMaximum)
        elif key in (k.Key_Up, k.Key_Down):
            pixels = self._vbar.singleStep() if self._vbar is not None else self._r.row_height
            self.scroll_vertically(-pixels if key == k.Key_Up else pixels)
        elif key in (k.Key_PageUp, k.Key_PageDown):
            page = self.viewport().height() - self._r.header_height - self._r.row_height
            self.scroll_vertically(-page if key == k.Key_PageUp else page)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        mods = event.modifiers()
        angle = event.angleDelta()
        pixel = event.pixelDelta()
        if mods & Qt.KeyboardModifier.ControlModifier:
            if angle.y() > 0:
                self.zoom_in(event.position().x())
            elif angle.y() < 0:
                self.zoom_out(event.position().x())
            event.accept()
            return
        lines = QApplication.wheelScrollLines()
        if pixel.isNull():
            dx = -angle.x() * lines * self.horizontalScrollBar().singleStep() // 120
            vstep = self._vbar.singleStep() if self._vbar is not None else self._r.row_height
            dy = -angle.y() * lines * vstep // 120
        else:
            dx, dy = -pixel.x(), -pixel.y()
        if mods & Qt.KeyboardModifier.ShiftModifier and dx == 0:
            dx, dy = dy, 0
        if dx:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + dx)
        if dy:
            self.scroll_vertically(dy)
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event = cast(QHelpEvent, event)
            hit = self._gestures.hit(help_event.pos().x(), help_event.pos().y())
            if hit is not None and hit[1] != ZONE_ROW:
                QToolTip.showText(
                    help_event.globalPos(), self.tooltip_text(hit[0]), self.viewport()
                )
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if event.type() == QEvent.Type.Leave and self._gestures.clear_hover():
            self.viewport().update()
        return super().viewportEvent(event)

    def tooltip_text(self, i: int) -> str:
        """Name, dates, duration in working days and progress of row ``i``."""
        return tooltip_html(self._r.rows[i], self._r.calendar, self.display_locale())

    # -- mouse: see drag.py ---------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position().toPoint()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if self._gestures.press(pos.x(), pos.y(), ctrl=ctrl):
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._gestures.move(pos.x(), pos.y()):
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        left = event.button() == Qt.MouseButton.LeftButton
        ours, gesture = self._gestures.release(pos.x(), pos.y(), left=left)
        if not ours:
            super().mouseReleaseEvent(event)
            return
        event.accept()
        if gesture is None:
            return
        if gesture.kind == CLICK:
            self.task_clicked.emit(gesture.task_id, event.modifiers())
        elif gesture.kind == MOVE:
            self.move_requested.emit(gesture.task_id, gesture.date)
        elif gesture.kind == RESIZE:
            self.resize_requested.emit(gesture.task_id, gesture.date)
        elif gesture.target is not None:
            self.link_requested.emit(gesture.task_id, gesture.target)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """A right-click: the row under it (None below the rows) and where, for a menu."""
        i = self.row_at(event.pos().y())  # the viewport's event: viewport coordinates
        task_id = self._r.rows[i].task_id if i is not None else None
        self.context_requested.emit(task_id, event.globalPos())
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        self._gestures.forget()
        pos = event.position().toPoint()
        i = self.row_at(pos.y())
        if i is not None:
            self.activated.emit(self._r.rows[i].task_id)
        event.accept()

    def cancel_drag(self) -> None:
        """Drop a drag in progress without a signal (as Esc does)."""
        self._gestures.cancel()

    def is_dragging(self) -> bool:
        return self._gestures.is_dragging()

    def cursor_shape(self) -> Qt.CursorShape | None:
        return self._gestures.cursor_shape()
