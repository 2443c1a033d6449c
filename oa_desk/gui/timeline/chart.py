"""The Gantt chart: a custom-painted, virtualised timeline beside the WBS tree.

Contract with the Timeline view (the lead's side)
-------------------------------------------------

Data goes in as plain frozen values, never as ORM objects:

* :class:`ChartRow` per row *currently visible in the tree table* (expanded and
  filtered), in display order, all rows the same height: row ``i`` occupies
  content ``y = i * row_height .. (i + 1) * row_height``. ``start is None``
  means unscheduled (nothing is drawn). ``finish`` is the inclusive last
  working day; a milestone has ``start == finish``.
* :class:`ChartLink` per dependency. Links whose ends are not both among the
  rows (collapsed or filtered away) are not drawn.

:class:`GanttChart` (a ``QAbstractScrollArea``):

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
* ``set_calendar(weekend, holidays, working_days)`` (fast, ordinal based) or
  ``set_non_working(fn)`` (any predicate, memoised per day) for the shaded
  non-working days and for snapping drags. ``set_today``, ``set_go_live``.
* ``set_colour_mode("phase" | "status")``. Status is RAG: **red** = late (the
  row's ``late`` flag), **amber** = at risk: not done and either progress lags
  the elapsed share of the task's duration by more than 20 points, or a
  critical task whose start date has passed with no progress yet; **green** =
  done or on track (including not yet due). Colour is never the only signal:
  late bars are hatched, at-risk bars have a dashed outline, critical bars and
  links (with ``set_show_critical(True)``) are drawn thicker in the critical
  colour.
* ``set_show_critical``, ``set_show_baseline`` (thin grey bar under the
  current one), ``set_show_labels`` (task names right of the bars; milestones
  are always labelled), ``set_selected(ids)`` (highlight the tree's selection).
* ``set_zoom(ZoomLevel | "days" | "weeks" | "months" | "quarters")``,
  ``zoom_in()``, ``zoom_out()``, ``zoom_to_fit()``, ``scroll_to_date(date)``.
  ``x_of(date)`` and ``date_at(x)`` map between dates and *viewport* x
  (the viewport's left edge is 0; the day ``d`` covers
  ``x_of(d) <= x < x_of(d + 1 day)``).

Signals (each drag gesture is one signal, emitted on mouse *release*; while
dragging only a preview is drawn; Esc cancels):

* ``move_requested(task_id: int, new_start: datetime.date)``: a task or
  milestone bar body dragged. The start snaps to days and then forward to the
  next working day.
* ``resize_requested(task_id: int, new_finish: datetime.date)``: a task's right
  end dragged; the finish snaps back to the previous working day, never before
  the start.
* ``link_requested(pred_id: int, succ_id: int)``: dragged from the round link
  handle right of a bar, or Ctrl+dragged from a bar body, onto another bar (FS).
* ``task_clicked(task_id: int, modifiers: Qt.KeyboardModifier)``: a click (no
  drag) anywhere in a row, on release.
* ``activated(task_id: int)``: double-click in a row.
* ``zoom_changed(level: str)``.

Summary bars are never dragged (they roll up). A drag held against the left or
right edge scrolls the chart (a link drag also the rows, through the tree's
scrollbar). Keys: arrows scroll, PgUp/PgDn
page vertically, Home/End go to the chart's start/end, +/- (and Ctrl+wheel)
zoom, Shift+wheel scrolls horizontally, Esc cancels a drag.

Performance: a paint touches only the visible rows (an index range computed
from the vertical offset) and the visible date range; links are found through
:class:`LinkIndex` (rows in blocks, one level per power-of-two span), so a paint
never scans all links; pens, brushes and fonts are built once per palette/font
change. :class:`GanttRenderer` does the painting for the widget and for the
PNG/PDF/print exporters (``export.py``); ``renderer.stats`` counts what the
last paint drew.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal, cast

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygon,
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

from oa_desk.domain import colours
from oa_desk.domain.enums import DependencyType, Phase, TaskKind

# -- the data the lead passes in ------------------------------------------------


@dataclass(frozen=True, slots=True)
class ChartRow:
    task_id: int
    name: str
    kind: TaskKind  # task / summary / milestone
    phase: Phase
    start: dt.date | None  # None = unscheduled: draw nothing
    finish: dt.date | None  # inclusive last working day; milestone: start == finish
    progress: int  # 0..100
    level: int  # outline level, 0 = top
    critical: bool = False
    late: bool = False  # finish before today and not done
    baseline_start: dt.date | None = None
    baseline_finish: dt.date | None = None


@dataclass(frozen=True, slots=True)
class ChartLink:
    pred: int
    succ: int
    type: DependencyType
    critical: bool = False


ColourMode = Literal["phase", "status"]


class ZoomLevel(StrEnum):
    DAYS = "days"  # month over days
    WEEKS = "weeks"  # month over ISO week numbers
    MONTHS = "months"  # quarter over months
    QUARTERS = "quarters"  # year over quarters


ZOOM_ORDER: tuple[ZoomLevel, ...] = (
    ZoomLevel.DAYS,
    ZoomLevel.WEEKS,
    ZoomLevel.MONTHS,
    ZoomLevel.QUARTERS,
)
# Pixels per day at each level (zoom_to_fit picks any scale in between).
NOMINAL_PX_PER_DAY: dict[ZoomLevel, float] = {
    ZoomLevel.DAYS: 24.0,
    ZoomLevel.WEEKS: 6.0,
    ZoomLevel.MONTHS: 2.5,
    ZoomLevel.QUARTERS: 0.8,
}
# The smallest scale at which a level's lower-tier labels still fit.
_LEVEL_MIN_PX_PER_DAY: tuple[tuple[ZoomLevel, float], ...] = (
    (ZoomLevel.DAYS, 17.0),
    (ZoomLevel.WEEKS, 4.5),
    (ZoomLevel.MONTHS, 1.3),
)
MIN_PX_PER_DAY = 0.05
MAX_PX_PER_DAY = 80.0
_SHADE_MIN_PX_PER_DAY = 3.0  # non-working days are shaded at day and week zoom only


def level_for_scale(px_per_day: float) -> ZoomLevel:
    """The time-scale header that suits a scale: the finest whose labels fit."""
    for level, minimum in _LEVEL_MIN_PX_PER_DAY:
        if px_per_day >= minimum:
            return level
    return ZoomLevel.QUARTERS


# -- working days -----------------------------------------------------------------


class NonWorking:
    """Which days are non-working, by date ordinal: weekend weekdays, holidays and
    make-up working days (China's 调休), or any predicate (memoised per day).

    Used to shade non-working days and to snap drags; the scheduler applies the
    real calendar afterwards.
    """

    __slots__ = ("_cache", "_holidays", "_predicate", "_weekend", "_working")

    _GUARD = 3660  # never walk more than ten years looking for a working day

    def __init__(
        self,
        weekend: Iterable[int] = (5, 6),
        holidays: Iterable[dt.date] = (),
        working_days: Iterable[dt.date] = (),
        predicate: Callable[[dt.date], bool] | None = None,
    ) -> None:
        self._weekend = frozenset(weekend)  # Monday = 0 … Sunday = 6
        self._holidays = frozenset(d.toordinal() for d in holidays)
        self._working = frozenset(d.toordinal() for d in working_days)
        self._predicate = predicate
        self._cache: dict[int, bool] = {}

    def __call__(self, ordinal: int) -> bool:
        """True when the day with this ordinal is not a working day."""
        if self._predicate is not None:
            hit = self._cache.get(ordinal)
            if hit is None:
                hit = self._cache[ordinal] = bool(self._predicate(dt.date.fromordinal(ordinal)))
            return hit
        if ordinal in self._holidays:
            return True
        return (ordinal - 1) % 7 in self._weekend and ordinal not in self._working

    def next_working(self, ordinal: int) -> int:
        """``ordinal`` if it is a working day, else the next working day."""
        o = ordinal
        while self(o) and o - ordinal < self._GUARD:
            o += 1
        return o if o - ordinal < self._GUARD else ordinal

    def prev_working(self, ordinal: int) -> int:
        o = ordinal
        while self(o) and ordinal - o < self._GUARD:
            o -= 1
        return o if ordinal - o < self._GUARD else ordinal

    def count_working(self, first: int, last: int) -> int:
        """Working days in ``first..last`` inclusive."""
        return sum(1 for o in range(first, last + 1) if not self(o))

    def add_working(self, ordinal: int, days: int) -> int:
        """The working day ``days`` working days after ``ordinal``."""
        o = ordinal
        steps = 0
        while days > 0 and steps < self._GUARD:
            o += 1
            steps += 1
            if not self(o):
                days -= 1
        return o


# -- the link index ---------------------------------------------------------------

_LinkEntry = tuple[int, int, int, int, int, bool]  # lo, hi, pred row, succ row, type, critical
_TYPE_CODE: dict[str, int] = {"FS": 0, "SS": 1, "FF": 2, "SF": 3}


class LinkIndex:
    """Finds the links whose vertical extent meets a range of rows without a scan.

    A link spans rows ``lo..hi``. It is filed at the smallest level ``k`` at
    which ``lo`` and ``hi`` fall in the same or adjacent blocks of
    ``2**(SHIFT + k)`` rows, under ``lo``'s block. A query for rows ``r0..r1``
    visits, per level, the blocks from one before ``r0``'s to ``r1``'s, so it
    costs O(levels + links near the window), whatever the total.
    """

    SHIFT = 4  # 16-row blocks at level 0

    def __init__(self, links: Iterable[ChartLink], row_of: dict[int, int]) -> None:
        self.levels: list[dict[int, list[_LinkEntry]]] = []
        self.count = 0
        levels = self.levels
        shift0 = self.SHIFT
        codes = _TYPE_CODE  # a StrEnum hashes like its value: no str() needed
        get_row = row_of.get
        count = 0
        for link in links:
            a = get_row(link.pred)
            b = get_row(link.succ)
            if a is None or b is None or a == b:
                continue
            lo, hi = (a, b) if a < b else (b, a)
            shift = shift0
            span = hi - lo
            if span > 1 << shift0:
                shift += span.bit_length() - shift0 - 1
            while (hi >> shift) - (lo >> shift) > 1:
                shift += 1
            k = shift - shift0
            while len(levels) <= k:
                levels.append({})
            entry = (lo, hi, a, b, codes.get(link.type, 0), link.critical)
            level = levels[k]
            block = lo >> shift
            bucket = level.get(block)
            if bucket is None:
                level[block] = [entry]
            else:
                bucket.append(entry)
            count += 1
        self.count = count

    def query(self, r0: int, r1: int) -> Iterator[_LinkEntry]:
        """Links whose rows ``lo..hi`` meet ``r0..r1`` (each once)."""
        shift = self.SHIFT
        for level in self.levels:
            if level:
                for block in range((r0 >> shift) - 1, (r1 >> shift) + 1):
                    bucket = level.get(block)
                    if bucket is not None:
                        for entry in bucket:
                            if entry[0] <= r1 and entry[1] >= r0:
                                yield entry
            shift += 1


# -- the time scale ---------------------------------------------------------------

# Tier kinds: the period and how it is labelled.
_DAY, _WEEK, _MONTH, _MONTH_LONG, _QUARTER, _QUARTER_LONG, _YEAR = range(7)
_TIERS: dict[ZoomLevel, tuple[int, int]] = {
    ZoomLevel.DAYS: (_MONTH_LONG, _DAY),
    ZoomLevel.WEEKS: (_MONTH_LONG, _WEEK),
    ZoomLevel.MONTHS: (_QUARTER_LONG, _MONTH),
    ZoomLevel.QUARTERS: (_YEAR, _QUARTER),
}
# Vertical grid lines in the body: weeks at day zoom, else the lower tier.
_GRID: dict[ZoomLevel, int] = {
    ZoomLevel.DAYS: _WEEK,
    ZoomLevel.WEEKS: _WEEK,
    ZoomLevel.MONTHS: _MONTH,
    ZoomLevel.QUARTERS: _QUARTER,
}


def period_start(kind: int, ordinal: int) -> int:
    if kind == _DAY:
        return ordinal
    if kind == _WEEK:
        return ordinal - (ordinal - 1) % 7  # ISO weeks start on Monday
    d = dt.date.fromordinal(ordinal)
    if kind in (_MONTH, _MONTH_LONG):
        return dt.date(d.year, d.month, 1).toordinal()
    if kind in (_QUARTER, _QUARTER_LONG):
        return dt.date(d.year, 3 * ((d.month - 1) // 3) + 1, 1).toordinal()
    return dt.date(d.year, 1, 1).toordinal()


def period_next(kind: int, start: int) -> int:
    if kind == _DAY:
        return start + 1
    if kind == _WEEK:
        return start + 7
    d = dt.date.fromordinal(start)
    if kind == _YEAR:
        return dt.date(d.year + 1, 1, 1).toordinal()
    months = 1 if kind in (_MONTH, _MONTH_LONG) else 3
    month = d.month - 1 + months
    return dt.date(d.year + month // 12, month % 12 + 1, 1).toordinal()


# -- painting ---------------------------------------------------------------------


@dataclass(slots=True)
class PaintStats:
    """What the last paint drew (for tests and benchmarks)."""

    paints: int = 0
    rows_visited: int = 0  # rows in the visible index range
    bars_drawn: int = 0  # rows whose bar or milestone was drawn
    links_considered: int = 0  # links the index returned for the visible rows
    links_drawn: int = 0
    labels: list[tuple[int, int, str]] = field(default_factory=list)  # x, y, text of row labels
    header: list[tuple[int, str]] = field(default_factory=list)  # x, text of time-scale labels


def _colour(hex_colour: str, alpha: int = 255) -> QColor:
    c = QColor(hex_colour)
    c.setAlpha(alpha)
    return c


def _mix(fg: QColor, bg: QColor, alpha: int) -> QColor:
    """``fg`` at ``alpha`` over ``bg``, as an opaque colour."""
    a = alpha / 255
    return QColor(
        round(fg.red() * a + bg.red() * (1 - a)),
        round(fg.green() * a + bg.green() * (1 - a)),
        round(fg.blue() * a + bg.blue() * (1 - a)),
    )


def to_qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _with_alpha(c: QColor, alpha: int) -> QColor:
    out = QColor(c)
    out.setAlpha(alpha)
    return out


@dataclass(slots=True)
class _Style:
    """One colour pair (strong, tint) with its pens and brushes, built once."""

    strong: QBrush
    tint: QBrush
    outline: QPen
    dashed: QPen

    @classmethod
    def of(cls, hex_colour: str) -> _Style:
        strong = _colour(hex_colour)
        outline = QPen(strong, 1)
        outline.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        dashed = QPen(strong, 1, Qt.PenStyle.DashLine)
        return cls(QBrush(strong), QBrush(_colour(hex_colour, 80)), outline, dashed)


class GanttRenderer:
    """Paints the chart (time-scale header, bars, links) onto any QPainter.

    No widget: the :class:`GanttChart` widget and the exporters each own one.
    Content coordinates: day ordinal ``o`` starts at x ``(o - origin) *
    px_per_day``; row ``i`` starts at y ``i * row_height`` below the header.
    :meth:`paint` draws the window whose top-left content point is
    ``(x_offset, y_offset)`` into ``0..width, 0..height`` of the painter.
    """

    def __init__(self, palette: QPalette, font: QFont, locale: QLocale | None = None) -> None:
        self.rows: Sequence[ChartRow] = ()
        self.row_of: dict[int, int] = {}
        self.links: Sequence[ChartLink] = ()
        self.link_index = LinkIndex((), {})
        self.row_height = 24
        self.header_height = 40
        self.px_per_day = NOMINAL_PX_PER_DAY[ZoomLevel.WEEKS]
        self.level = ZoomLevel.WEEKS
        today = dt.date.today().toordinal()
        self.origin = today - 30
        self.today: int | None = today
        self.go_live: int | None = None
        self.colour_mode: ColourMode = "phase"
        self.show_critical = False
        self.show_baseline = False
        self.show_labels = True
        self.selected: frozenset[int] = frozenset()
        self.non_working = NonWorking()
        self.stats = PaintStats()
        self.locale = locale if locale is not None else QLocale()
        self._labels: dict[tuple[int, int], tuple[str, int]] = {}
        self.set_palette(palette)
        self.set_font(font)
        self._layout_rows()

    # -- configuration ----------------------------------------------------------------

    def set_palette(self, palette: QPalette) -> None:
        # Thin lines and tall areas are pre-blended with the background into opaque
        # colours: the raster engine blends translucent fills span by span, which costs
        # ~50 µs per full-height 1-px line against ~2 µs opaque.
        role = QPalette.ColorRole
        text = palette.color(role.Text)
        base = palette.color(role.Base)
        mid = palette.color(role.Mid)
        button = palette.color(role.Button)
        self._base = QBrush(base)
        self._text_pen = QPen(text, 1)
        self._header_brush = QBrush(button)
        self._header_text_pen = QPen(palette.color(role.ButtonText), 1)
        self._header_line_pen = QPen(_mix(mid, button, 200), 1)
        self._grid = QBrush(_mix(mid, base, 90))
        self._shade = QBrush(_mix(mid, base, 48))
        self._selection = QBrush(_with_alpha(palette.color(role.Highlight), 70))
        self._summary = QBrush(text)
        self._hatch = QBrush(_with_alpha(text, 170), Qt.BrushStyle.BDiagPattern)
        self._link_brush = QBrush(_mix(text, base, 150))
        self._crit_brush = QBrush(_colour(colours.CRITICAL))
        self._crit_pen = QPen(_colour(colours.CRITICAL), 2)
        self._crit_pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        self._baseline = QBrush(_colour(colours.BASELINE))
        self._today_pen = QPen(_colour(colours.TODAY), 1, Qt.PenStyle.DashLine)
        self._today_brush = QBrush(_colour(colours.TODAY))
        self._go_live_pen = QPen(_colour(colours.GO_LIVE), 2, Qt.PenStyle.DashDotLine)
        self._go_live_text = QPen(_colour(colours.GO_LIVE), 1)
        self._go_live_brush = QBrush(_colour(colours.GO_LIVE))
        self._phase = {phase: _Style.of(hex_) for phase, hex_ in colours.PHASE.items()}
        self._rag = {name: _Style.of(hex_) for name, hex_ in colours.RAG.items()}
        self._milestone = _Style.of(colours.MILESTONE)
        self._no_pen = QPen(Qt.PenStyle.NoPen)
        self._no_brush = QBrush(Qt.BrushStyle.NoBrush)

    def set_font(self, font: QFont) -> None:
        self.font = QFont(font)
        metrics = QFontMetrics(self.font)
        self._ascent = metrics.ascent()
        self._descent = metrics.descent()
        self._metrics = metrics
        self._labels.clear()

    def set_locale(self, locale: QLocale) -> None:
        self.locale = locale
        self._labels.clear()

    def label_texts(self) -> list[str]:
        """Every time-scale label painted since the cache was last cleared, and the go-live tag."""
        texts = [text for text, _w in self._labels.values()]
        if self.go_live is not None:
            texts.append(self.go_live_text())
        return texts

    def clear_label_cache(self) -> None:
        self._labels.clear()

    def set_row_height(self, px: int) -> None:
        self.row_height = max(8, int(px))
        self._layout_rows()

    def set_show_baseline(self, on: bool) -> None:
        self.show_baseline = on
        self._layout_rows()

    def _layout_rows(self) -> None:
        rh = self.row_height
        if self.show_baseline:
            self._bar_top = round(rh * 0.16)
            self._bar_h = max(4, round(rh * 0.46))
            self._base_top = self._bar_top + self._bar_h + 2
            self._base_h = max(3, round(rh * 0.16))
        else:
            self._bar_top = round(rh * 0.25)
            self._bar_h = max(4, round(rh * 0.5))
            self._base_top = self._bar_top + self._bar_h + 1
            self._base_h = 0
        self._bar_mid = self._bar_top + self._bar_h // 2
        self._sum_h = max(3, round(self._bar_h * 0.45))
        self._sum_top = self._bar_mid - self._sum_h
        self._sum_tri = max(3, round(self._bar_h * 0.5))
        self._ms_half = max(4, round(self._bar_h * 0.6))

    def set_data(self, rows: Sequence[ChartRow], links: Sequence[ChartLink]) -> None:
        self.rows = rows
        self.row_of = {row.task_id: i for i, row in enumerate(rows)}
        self.links = links
        self.link_index = LinkIndex(links, self.row_of)

    def replace_rows(self, changed: Iterable[ChartRow]) -> list[ChartRow]:
        """Swap rows by task id in place (same order); returns the rows replaced."""
        rows = self.rows
        if not isinstance(rows, list):
            rows = self.rows = list(rows)
        done = []
        for row in changed:
            i = self.row_of.get(row.task_id)
            if i is not None:
                rows[i] = row
                done.append(row)
        return done

    # -- geometry -----------------------------------------------------------------------

    def bar_extent(self, row: ChartRow, x_offset: float) -> tuple[int, int] | None:
        """A row's bar (or milestone diamond) left and right x in the painted window."""
        start = row.start
        if start is None:
            return None
        ppd = self.px_per_day
        shift = self.origin * ppd + x_offset
        s = start.toordinal()
        if row.kind == TaskKind.MILESTONE:
            cx = math.floor((s + 0.5) * ppd - shift)
            return cx - self._ms_half, cx + self._ms_half
        finish = row.finish
        f = finish.toordinal() if finish is not None else s
        x0 = math.floor(s * ppd - shift)
        x1 = math.floor((f + 1) * ppd - shift)
        return x0, max(x1, x0 + 2)

    @property
    def bar_top(self) -> int:
        return self._bar_top

    @property
    def bar_height(self) -> int:
        return self._bar_h

    def status(self, row: ChartRow) -> str:
        """RAG name: red = late; amber = at risk (see the module docstring); else green."""
        if row.progress >= 100:
            return "green"
        if row.late:
            return "red"
        today = self.today
        if today is None or row.start is None:
            return "green"
        s = row.start.toordinal()
        if s > today:
            return "green"
        f = row.finish.toordinal() if row.finish is not None else s
        expected = 100.0 * (today - s) / max(1, f - s + 1)
        if row.progress + 20 < min(100.0, expected):
            return "amber"
        if row.critical and row.progress == 0:
            return "amber"
        return "green"

    # -- painting -----------------------------------------------------------------------

    def paint(
        self,
        p: QPainter,
        width: int,
        height: int,
        x_offset: float,
        y_offset: int,
        *,
        header: bool = True,
    ) -> None:
        stats = self.stats
        stats.paints += 1
        top = self.header_height if header else 0
        body_h = height - top
        ppd = self.px_per_day
        shift = self.origin * ppd + x_offset
        first_o = math.floor(shift / ppd)
        last_o = math.floor((shift + width) / ppd)
        rh = self.row_height
        n = len(self.rows)
        r0 = max(0, y_offset // rh)
        r1 = min(n - 1, (y_offset + body_h - 1) // rh)

        p.setFont(self.font)
        p.setBrush(self._no_brush)
        p.fillRect(0, top, width, body_h, self._base)
        if ppd >= _SHADE_MIN_PX_PER_DAY:
            self._paint_non_working(p, first_o, last_o, ppd, shift, top, body_h)
        self._paint_grid(p, first_o, last_o, ppd, shift, top, height)
        self._paint_day_lines(p, first_o, last_o, ppd, shift, top, height)

        stats.rows_visited = max(0, r1 - r0 + 1)
        stats.bars_drawn = 0
        stats.links_considered = 0
        stats.links_drawn = 0
        stats.labels = []
        stats.header = []
        if r1 >= r0:
            polys = self._paint_rows(p, r0, r1, width, ppd, shift, top, y_offset)
            self._paint_links(p, r0, r1, width, height, ppd, shift, top, y_offset, polys)
            self._paint_polys(p, polys)
        self._paint_go_live_tag(p, first_o, last_o, ppd, shift, top, width)
        if header:
            self._paint_header(p, width, first_o, last_o, ppd, shift)

    def _paint_non_working(
        self, p: QPainter, first_o: int, last_o: int, ppd: float, shift: float, top: int, h: int
    ) -> None:
        off = self.non_working
        shade = self._shade
        run = None
        for o in range(first_o, last_o + 2):
            if o <= last_o and off(o):
                if run is None:
                    run = o
            elif run is not None:
                x0 = math.floor(run * ppd - shift)
                p.fillRect(x0, top, math.floor(o * ppd - shift) - x0, h, shade)
                run = None

    def _paint_grid(
        self, p: QPainter, first_o: int, last_o: int, ppd: float, shift: float, top: int, h: int
    ) -> None:
        kind = _GRID[self.level]
        grid = self._grid
        o = period_start(kind, first_o)
        guard = 0
        while o <= last_o and guard < 2000:
            x = math.floor(o * ppd - shift)
            p.fillRect(x, top, 1, h - top, grid)
            o = period_next(kind, o)
            guard += 1

    def _paint_day_lines(
        self, p: QPainter, first_o: int, last_o: int, ppd: float, shift: float, top: int, h: int
    ) -> None:
        if self.today is not None and first_o <= self.today <= last_o:
            x = math.floor((self.today + 0.5) * ppd - shift)
            p.setPen(self._today_pen)
            p.drawLine(x, top, x, h)
        if self.go_live is not None and first_o <= self.go_live <= last_o:
            x = math.floor((self.go_live + 0.5) * ppd - shift)
            p.setPen(self._go_live_pen)
            p.drawLine(x, top, x, h)

    def _paint_rows(
        self,
        p: QPainter,
        r0: int,
        r1: int,
        width: int,
        ppd: float,
        shift: float,
        top: int,
        y_offset: int,
    ) -> _Polys:
        rows = self.rows
        rh = self.row_height
        selected = self.selected
        status_mode = self.colour_mode == "status"
        crit_on = self.show_critical
        base_on = self.show_baseline
        labels_on = self.show_labels
        phase_styles = self._phase
        default_style = phase_styles[Phase.PREPARE]
        rag = self._rag
        hatch = self._hatch
        crit_pen = self._crit_pen
        bar_top, bar_h, bar_mid = self._bar_top, self._bar_h, self._bar_mid
        base_top, base_h = self._base_top, self._base_h
        sum_top, sum_h, tri = self._sum_top, self._sum_h, self._sum_tri
        ms_half = self._ms_half
        text_dy = (self._ascent - self._descent) // 2
        reach = -400 if labels_on else 0  # a label may show although its bar is off the left
        milestone, summary = TaskKind.MILESTONE, TaskKind.SUMMARY
        polys = _Polys()
        labels: list[tuple[int, int, str]] = []
        drawn = 0
        for i in range(r0, r1 + 1):
            row = rows[i]
            y = top + i * rh - y_offset
            if selected and row.task_id in selected:
                p.fillRect(0, y, width, rh, self._selection)
            start = row.start
            if start is None:
                continue
            s = start.toordinal()
            finish = row.finish
            f = finish.toordinal() if finish is not None else s
            kind = row.kind
            if status_mode:
                style = rag[self.status(row)]
            else:
                style = phase_styles.get(row.phase, default_style)
            if kind == milestone:
                cx = math.floor((s + 0.5) * ppd - shift)
                if cx + ms_half < -400 or cx - ms_half > width:
                    continue
                drawn += 1
                if base_on and row.baseline_start is not None:
                    bx = math.floor((row.baseline_start.toordinal() + 0.5) * ppd - shift)
                    p.fillRect(bx - base_h // 2, y + base_top, base_h, base_h, self._baseline)
                cy = y + bar_mid
                poly = QPolygon(
                    [
                        QPoint(cx, cy - ms_half),
                        QPoint(cx + ms_half, cy),
                        QPoint(cx, cy + ms_half),
                        QPoint(cx - ms_half, cy),
                    ]
                )
                ms_style = style if status_mode else self._milestone
                polys.diamonds.append(
                    (
                        poly,
                        ms_style.strong,
                        crit_pen if crit_on and row.critical else None,
                        row.late and row.progress < 100,
                    )
                )
                labels.append((cx + ms_half + 4, cy + text_dy, row.name))
                continue
            x0 = math.floor(s * ppd - shift)
            x1 = math.floor((f + 1) * ppd - shift)
            if x1 - x0 < 2:
                x1 = x0 + 2
            if x0 > width or x1 < reach:
                continue
            drawn += 1
            w = x1 - x0
            if base_on and row.baseline_start is not None:
                bs = row.baseline_start.toordinal()
                bfd = row.baseline_finish
                bf = bfd.toordinal() if bfd is not None else bs
                bx0 = math.floor(bs * ppd - shift)
                bx1 = max(bx0 + 2, math.floor((bf + 1) * ppd - shift))
                p.fillRect(bx0, y + base_top, bx1 - bx0, base_h, self._baseline)
            if kind == summary:
                st = y + sum_top
                p.fillRect(x0, st, w, sum_h, self._summary)
                bottom = st + sum_h
                polys.summary.append(
                    QPolygon(
                        [QPoint(x0, bottom), QPoint(x0 + tri, bottom), QPoint(x0, bottom + tri)]
                    )
                )
                polys.summary.append(
                    QPolygon(
                        [QPoint(x1, bottom), QPoint(x1 - tri, bottom), QPoint(x1, bottom + tri)]
                    )
                )
            else:
                bt = y + bar_top
                p.fillRect(x0, bt, w, bar_h, style.tint)
                progress = row.progress
                if progress > 0:
                    pw = w if progress >= 100 else w * progress // 100
                    p.fillRect(x0, bt, pw, bar_h, style.strong)
                if row.late and progress < 100:
                    p.fillRect(x0, bt, w, bar_h, hatch)
                if crit_on and row.critical:
                    p.setPen(crit_pen)
                    p.drawRect(x0, bt, w - 1, bar_h - 1)
                else:
                    p.setPen(
                        style.dashed if status_mode and style is rag["amber"] else style.outline
                    )
                    p.drawRect(x0, bt, w - 1, bar_h - 1)
            if labels_on:
                labels.append((x1 + 4, y + bar_mid + text_dy, row.name))
        self.stats.bars_drawn = drawn
        self.stats.labels = polys.labels = labels
        return polys

    def _paint_links(
        self,
        p: QPainter,
        r0: int,
        r1: int,
        width: int,
        height: int,
        ppd: float,
        shift: float,
        top: int,
        y_offset: int,
        polys: _Polys,
    ) -> None:
        index = self.link_index
        if not index.count:
            return
        rows = self.rows
        rh = self.row_height
        mid = top - y_offset + self._bar_mid
        ms_half = self._ms_half
        crit_on = self.show_critical
        milestone = TaskKind.MILESTONE
        stub = 6
        lo_x, hi_x = -8, width + 8
        lo_y, hi_y = top - 8, height + 8
        normal: list[tuple[int, int, int, int]] = []  # opaque rects: segments are axis-aligned
        critical: list[tuple[int, int, int, int]] = []
        considered = drawn = 0
        for _lo, _hi, a, b, code, crit in index.query(r0, r1):
            considered += 1
            ra = rows[a]
            rb = rows[b]
            sa = ra.start
            sb = rb.start
            if sa is None or sb is None:
                continue
            # bar extents of both ends
            oa = sa.toordinal()
            ob = sb.toordinal()
            if ra.kind == milestone:
                c = math.floor((oa + 0.5) * ppd - shift)
                ax0, ax1 = c - ms_half, c + ms_half
            else:
                fa = ra.finish.toordinal() if ra.finish is not None else oa
                ax0 = math.floor(oa * ppd - shift)
                ax1 = max(ax0 + 2, math.floor((fa + 1) * ppd - shift))
            if rb.kind == milestone:
                c = math.floor((ob + 0.5) * ppd - shift)
                bx0, bx1 = c - ms_half, c + ms_half
            else:
                fb = rb.finish.toordinal() if rb.finish is not None else ob
                bx0 = math.floor(ob * ppd - shift)
                bx1 = max(bx0 + 2, math.floor((fb + 1) * ppd - shift))
            # FS 0, SS 1, FF 2, SF 3: exit from the predecessor's finish (+1) or start (-1),
            # enter the successor's start travelling right (+1) or its finish travelling left.
            if code == 0:
                xs, ds, xe, de = ax1, 1, bx0, 1
            elif code == 1:
                xs, ds, xe, de = ax0, -1, bx0, 1
            elif code == 2:
                xs, ds, xe, de = ax1, 1, bx1, -1
            else:
                xs, ds, xe, de = ax0, -1, bx1, -1
            ys = mid + a * rh
            ye = mid + b * rh
            p1 = xs + ds * stub
            pe = xe - de * stub
            if ds == de:
                direct = p1 <= pe if ds == 1 else p1 >= pe
                xv = p1
            else:
                direct = True
                xv = max(p1, pe) if ds == 1 else min(p1, pe)
            pts: tuple[tuple[int, int], ...]
            if direct:
                if max(xs, xv, xe) < lo_x or min(xs, xv, xe) > hi_x:
                    continue
                pts = ((xs, ys), (xv, ys), (xv, ye), (xe, ye))
            else:
                if max(xs, p1, pe, xe) < lo_x or min(xs, p1, pe, xe) > hi_x:
                    continue
                # around: along the boundary between the rows, next to the successor
                yb = top - y_offset + (b * rh if b > a else (b + 1) * rh)
                pts = ((xs, ys), (p1, ys), (p1, yb), (pe, yb), (pe, ye), (xe, ye))
            drawn += 1
            if crit_on and crit:
                target, o, t = critical, 1, 2
            else:
                target, o, t = normal, 0, 1
            px = min(max(pts[0][0], lo_x), hi_x)
            py = min(max(pts[0][1], lo_y), hi_y)
            for qx, qy in pts[1:]:
                qx = min(max(qx, lo_x), hi_x)
                qy = min(max(qy, lo_y), hi_y)
                if qx != px or qy != py:
                    target.append(
                        (min(px, qx) - o, min(py, qy) - o, abs(qx - px) + t, abs(qy - py) + t)
                    )
                px, py = qx, qy
            if lo_y < ye < hi_y and lo_x < xe < hi_x:
                heads = polys.crit_heads if target is critical else polys.heads
                heads.append(
                    QPolygon(
                        [QPoint(xe, ye), QPoint(xe - de * 6, ye - 4), QPoint(xe - de * 6, ye + 4)]
                    )
                )
        brush = self._link_brush
        for x, y, w, h in normal:
            p.fillRect(x, y, w, h, brush)
        brush = self._crit_brush
        for x, y, w, h in critical:
            p.fillRect(x, y, w, h, brush)
        self.stats.links_considered = considered
        self.stats.links_drawn = drawn

    def _paint_polys(self, p: QPainter, polys: _Polys) -> None:
        """Shapes that want antialiasing, in one pass: arrowheads, brackets, diamonds; labels."""
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(self._no_pen)
        if polys.heads:
            p.setBrush(self._link_brush)
            for poly in polys.heads:
                p.drawConvexPolygon(poly)
        if polys.crit_heads:
            p.setBrush(self._crit_brush)
            for poly in polys.crit_heads:
                p.drawConvexPolygon(poly)
        if polys.summary:
            p.setBrush(self._summary)
            for poly in polys.summary:
                p.drawConvexPolygon(poly)
        for poly, brush, pen, late in polys.diamonds:
            p.setPen(pen if pen is not None else self._no_pen)
            p.setBrush(brush)
            p.drawConvexPolygon(poly)
            if late:
                p.setPen(self._no_pen)
                p.setBrush(self._hatch)
                p.drawConvexPolygon(poly)
        p.setBrush(self._no_brush)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if polys.labels:
            p.setPen(self._text_pen)
            for x, y, text in polys.labels:
                p.drawText(x, y, text)

    def _paint_go_live_tag(
        self, p: QPainter, first_o: int, last_o: int, ppd: float, shift: float, top: int, width: int
    ) -> None:
        if self.go_live is None or not first_o <= self.go_live <= last_o:
            return
        x = math.floor((self.go_live + 0.5) * ppd - shift)
        text = self.go_live_text()
        w = self._metrics.horizontalAdvance(text) + 10
        h = self._ascent + self._descent + 4
        tx = x + 3 if x + 3 + w <= width else x - 3 - w
        # the go-live colour marks the tag; the text keeps the palette's contrast
        p.fillRect(tx, top + 2, w, h, self._base)
        p.fillRect(tx, top + 2, 3, h, self._go_live_brush)
        p.setPen(self._go_live_text)
        p.drawRect(tx, top + 2, w - 1, h - 1)
        p.setPen(self._text_pen)
        p.drawText(tx + 5, top + 4 + self._ascent, text)

    def go_live_text(self) -> str:
        assert self.go_live is not None
        date = dt.date.fromordinal(self.go_live)
        return QCoreApplication.translate("GanttChart", "Go-live {date}").format(
            date=self.locale.toString(to_qdate(date), QLocale.FormatType.ShortFormat)
        )

    def _paint_header(
        self, p: QPainter, width: int, first_o: int, last_o: int, ppd: float, shift: float
    ) -> None:
        h = self.header_height
        h1 = h // 2
        p.fillRect(0, 0, width, h, self._header_brush)
        upper, lower = _TIERS[self.level]
        self._paint_tier(p, upper, 0, h1, first_o, last_o, ppd, shift, width, sticky=True)
        self._paint_tier(p, lower, h1, h - h1, first_o, last_o, ppd, shift, width, sticky=False)
        p.setPen(self._header_line_pen)
        p.drawLine(0, h1, width, h1)
        p.drawLine(0, h - 1, width, h - 1)
        if self.today is not None and first_o <= self.today <= last_o:
            x = math.floor((self.today + 0.5) * ppd - shift)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setPen(self._no_pen)
            p.setBrush(self._today_brush)
            p.drawConvexPolygon(
                QPolygon([QPoint(x - 4, h - 6), QPoint(x + 4, h - 6), QPoint(x, h)])
            )
            p.setBrush(self._no_brush)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def _paint_tier(
        self,
        p: QPainter,
        kind: int,
        y: int,
        h: int,
        first_o: int,
        last_o: int,
        ppd: float,
        shift: float,
        width: int,
        *,
        sticky: bool,
    ) -> None:
        baseline = y + (h + self._ascent - self._descent) // 2
        line_pen = self._header_line_pen
        text_pen = self._header_text_pen
        o = period_start(kind, first_o)
        lines: list[int] = []
        texts: list[tuple[int, str]] = []
        guard = 0
        while o <= last_o and guard < 4000:
            nxt = period_next(kind, o)
            x0 = math.floor(o * ppd - shift)
            x1 = math.floor(nxt * ppd - shift)
            lines.append(x0)
            text, tw = self.label(kind, o)
            if sticky:
                tx = max(x0, 0) + 4
                if tx + tw > x1 - 2:
                    tx = x1 - 2 - tw
                if tx >= x0 + 2:
                    texts.append((tx, text))
            elif tw + 4 <= x1 - x0:
                texts.append(((x0 + x1 - tw) // 2, text))
            o = nxt
            guard += 1
        p.setPen(line_pen)
        for x in lines:
            p.drawLine(x, y, x, y + h)
        p.setPen(text_pen)
        for tx, text in texts:
            p.drawText(tx, baseline, text)
        self.stats.header += texts

    def label(self, kind: int, ordinal: int) -> tuple[str, int]:
        """A time-scale label and its width, cached (cleared on font/locale changes)."""
        key = (kind, ordinal)
        hit = self._labels.get(key)
        if hit is not None:
            return hit
        d = dt.date.fromordinal(ordinal)
        quarter = (d.month - 1) // 3 + 1
        translate = QCoreApplication.translate
        if kind == _DAY:
            text = str(d.day)
        elif kind == _WEEK:
            text = translate("GanttChart", "W{week}").format(week=d.isocalendar().week)
        elif kind == _MONTH:
            text = self.locale.standaloneMonthName(d.month, QLocale.FormatType.ShortFormat)
        elif kind == _MONTH_LONG:
            # A QDate format: the translation may reorder it (zh_CN: yyyy年M月).
            fmt = translate("GanttChart", "MMMM yyyy")
            text = self.locale.toString(QDate(d.year, d.month, 1), fmt)
        elif kind == _QUARTER:
            text = translate("GanttChart", "Q{quarter}").format(quarter=quarter)
        elif kind == _QUARTER_LONG:
            text = translate("GanttChart", "Q{quarter} {year}").format(quarter=quarter, year=d.year)
        else:
            text = translate("GanttChart", "{year}").format(year=d.year)
        result = (text, self._metrics.horizontalAdvance(text))
        self._labels[key] = result
        return result


@dataclass(slots=True)
class _Polys:
    heads: list[QPolygon] = field(default_factory=list)
    crit_heads: list[QPolygon] = field(default_factory=list)
    summary: list[QPolygon] = field(default_factory=list)
    diamonds: list[tuple[QPolygon, QBrush, QPen | None, bool]] = field(default_factory=list)
    labels: list[tuple[int, int, str]] = field(default_factory=list)


# -- the widget -------------------------------------------------------------------

_MOVE, _RESIZE, _LINK, _CLICK = "move", "resize", "link", "click"
_ZONE_BODY, _ZONE_RESIZE, _ZONE_HANDLE, _ZONE_ROW = "body", "resize", "handle", "row"
_HANDLE_GAP = 8  # the link handle's centre, right of a bar's end
_HANDLE_R = 4
_EDGE = 24  # a drag this close to the viewport's edge scrolls it
_AUTOSCROLL_MS = 40


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


class GanttChart(QAbstractScrollArea):
    """The Gantt chart widget. See the module docstring for the full contract."""

    move_requested = Signal(int, object)  # task id, new start (datetime.date)
    resize_requested = Signal(int, object)  # task id, new finish (datetime.date)
    link_requested = Signal(int, int)  # predecessor id, successor id (FS)
    activated = Signal(int)  # task id (double-click)
    task_clicked = Signal(int, object)  # task id, Qt.KeyboardModifier
    zoom_changed = Signal(str)  # ZoomLevel value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._r = GanttRenderer(self.palette(), self.font(), self.display_locale())
        self._voff = 0
        self._vbar: QScrollBar | None = None
        self._data_lo: int | None = None
        self._data_hi: int | None = None
        self._last = self._r.origin + 60
        self._drag: _Drag | None = None
        self._hover_row: int | None = None
        self._cursor: Qt.CursorShape | None = None
        self._autoscroll = QTimer(self)
        self._autoscroll.setInterval(_AUTOSCROLL_MS)
        self._autoscroll.timeout.connect(self._auto_scroll)
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
        self._cancel_drag()
        self._hover_row = None
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

    def set_calendar(
        self,
        weekend: Iterable[int] = (5, 6),
        holidays: Iterable[dt.date] = (),
        working_days: Iterable[dt.date] = (),
    ) -> None:
        """Non-working days: weekend weekdays (Monday = 0), holidays, make-up working days."""
        self._r.non_working = NonWorking(weekend, holidays, working_days)
        self.viewport().update()

    def set_non_working(self, fn: Callable[[dt.date], bool]) -> None:
        """Non-working days from any predicate (memoised per day; set_calendar is faster)."""
        self._r.non_working = NonWorking(predicate=fn)
        self.viewport().update()

    def non_working(self) -> NonWorking:
        return self._r.non_working

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
            self._hover_row = None
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

    def set_zoom(self, level: ZoomLevel | str) -> None:
        zl = ZoomLevel(level)
        self._set_scale(NOMINAL_PX_PER_DAY[zl], zl, self.viewport().width() / 2)

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
        if anchor_x is None:
            anchor_x = self.viewport().width() / 2
        anchor = r.origin + (self.horizontalScrollBar().value() + anchor_x) / r.px_per_day
        changed = level != r.level
        r.px_per_day = ppd
        r.level = level
        self._update_range(include=math.floor(anchor))
        self.horizontalScrollBar().setValue(round((anchor - r.origin) * ppd - anchor_x))
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
        pad = max(7, math.ceil(160 / ppd))
        first = min(points) - pad
        last = max(points) + pad
        if keep_left is not None:
            # never pull the range out from under the current view
            first = min(first, math.floor(keep_left))
            last = max(last, math.floor(keep_left) + 1)
        width = max(1, self.viewport().width())
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
        self._hover_row = None
        self.viewport().update()

    def _scroll_vertically(self, pixels: int) -> None:
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
            self._paint_overlay(p)
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
        if key == k.Key_Escape and self._drag is not None:
            self._cancel_drag()
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
            self._scroll_vertically(-pixels if key == k.Key_Up else pixels)
        elif key in (k.Key_PageUp, k.Key_PageDown):
            page = self.viewport().height() - self._r.header_height - self._r.row_height
            self._scroll_vertically(-page if key == k.Key_PageUp else page)
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
            self._scroll_vertically(dy)
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event = cast(QHelpEvent, event)
            hit = self._hit(help_event.pos().x(), help_event.pos().y())
            if hit is not None and hit[1] != _ZONE_ROW:
                QToolTip.showText(
                    help_event.globalPos(), self.tooltip_text(hit[0]), self.viewport()
                )
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if event.type() == QEvent.Type.Leave and self._hover_row is not None:
            self._hover_row = None
            self.viewport().update()
        return super().viewportEvent(event)

    def tooltip_text(self, i: int) -> str:
        """Name, dates, duration in working days and progress of row ``i``."""
        row = self._r.rows[i]
        loc = self.display_locale()
        short = QLocale.FormatType.ShortFormat
        lines = [f"<b>{html.escape(row.name)}</b>"]
        if row.start is not None:
            finish = row.finish or row.start
            if row.kind == TaskKind.MILESTONE:
                lines.append(
                    self.tr("Milestone: {date}").format(
                        date=loc.toString(to_qdate(row.start), short)
                    )
                )
            else:
                days = self._r.non_working.count_working(row.start.toordinal(), finish.toordinal())
                lines.append(
                    self.tr("Start: {date}").format(date=loc.toString(to_qdate(row.start), short))
                )
                lines.append(
                    self.tr("Finish: {date}").format(date=loc.toString(to_qdate(finish), short))
                )
                lines.append(self.tr("Duration: {days} working days").format(days=days))
            lines.append(self.tr("Progress: {percent}%").format(percent=row.progress))
            if row.baseline_start is not None:
                base_finish = row.baseline_finish or row.baseline_start
                lines.append(
                    self.tr("Baseline: {start} – {finish}").format(
                        start=loc.toString(to_qdate(row.baseline_start), short),
                        finish=loc.toString(to_qdate(base_finish), short),
                    )
                )
        else:
            lines.append(self.tr("Not scheduled"))
        if row.critical:
            lines.append(self.tr("On the critical path"))
        if row.late:
            lines.append(self.tr("Late"))
        return "<br>".join(lines)

    # -- mouse --------------------------------------------------------------------------

    def _hit(self, x: int, y: int) -> tuple[int, str] | None:
        i = self.row_at(y)
        if i is None:
            return None
        row = self._r.rows[i]
        ext = self._r.bar_extent(row, self.horizontalScrollBar().value())
        if ext is None:
            return i, _ZONE_ROW
        x0, x1 = ext
        if row.kind != TaskKind.SUMMARY and abs(x - (x1 + _HANDLE_GAP)) <= _HANDLE_R + 1:
            return i, _ZONE_HANDLE
        if row.kind == TaskKind.TASK:
            inner = min(6, max(2, (x1 - x0) // 3))
            if x1 - inner <= x <= x1 + 2:
                return i, _ZONE_RESIZE
        if x0 - 2 <= x <= x1 + 2:
            return i, _ZONE_BODY
        return i, _ZONE_ROW

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position().toPoint()
        hit = self._hit(pos.x(), pos.y())
        self._drag = None
        if hit is None:
            return
        i, zone = hit
        row = self._r.rows[i]
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        kind = _CLICK
        if zone == _ZONE_HANDLE or (zone == _ZONE_BODY and ctrl and row.kind != TaskKind.SUMMARY):
            kind = _LINK
        elif zone == _ZONE_RESIZE:
            kind = _RESIZE
        elif zone == _ZONE_BODY and row.kind != TaskKind.SUMMARY:
            kind = _MOVE
        s = f = workdays = 0
        if row.start is not None:
            s = row.start.toordinal()
            f = (row.finish or row.start).toordinal()
            workdays = (
                0 if row.kind == TaskKind.MILESTONE else self._r.non_working.count_working(s, f)
            )
        hoff = self.horizontalScrollBar().value()
        self._drag = _Drag(kind, i, row.task_id, pos.x(), pos.y(), hoff, s, f, workdays)
        self._drag.new_start, self._drag.new_finish = s, f
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        d = self._drag
        if d is None:
            self._hover(pos.x(), pos.y())
            return
        if not d.active:
            moved = abs(pos.x() - d.press_x) + abs(pos.y() - d.press_y)
            if d.kind == _CLICK or moved < QApplication.startDragDistance():
                return
            d.active = True
            shape = {
                _MOVE: Qt.CursorShape.ClosedHandCursor,
                _RESIZE: Qt.CursorShape.SizeHorCursor,
                _LINK: Qt.CursorShape.CrossCursor,
            }
            self._set_cursor(shape[d.kind])
        self._update_drag(d, pos.x(), pos.y())
        near_edge = self._edge_push(d.x, d.y, d.kind) != (0, 0)
        if near_edge and not self._autoscroll.isActive():
            self._autoscroll.start()
        elif not near_edge:
            self._autoscroll.stop()
        event.accept()

    def _update_drag(self, d: _Drag, x: int, y: int) -> None:
        """The preview for the pointer at viewport (x, y)."""
        d.x, d.y = x, y
        nw = self._r.non_working
        moved = x + self.horizontalScrollBar().value() - (d.press_x + d.press_hoff)
        delta = round(moved / self._r.px_per_day)
        if d.kind == _MOVE:
            start = nw.next_working(d.start + delta)
            d.new_start = start
            if d.workdays > 0:
                d.new_finish = nw.add_working(start, d.workdays - 1)
            else:
                d.new_finish = start + (d.finish - d.start)
        elif d.kind == _RESIZE:
            finish = max(d.start, d.finish + delta)
            d.new_finish = max(d.start, nw.prev_working(finish))
        else:
            hit = self._hit(x, y)
            ok = hit is not None and hit[1] != _ZONE_ROW and hit[0] != d.row
            d.target = hit[0] if hit is not None and ok else None
        self.viewport().update()

    def _edge_push(self, x: int, y: int, kind: str) -> tuple[int, int]:
        """Pixels to scroll per tick while a drag presses against an edge."""
        vp = self.viewport()
        dx = dy = 0
        if x < _EDGE:
            dx = -(4 + (_EDGE - x) // 2)
        elif x > vp.width() - _EDGE:
            dx = 4 + (x - vp.width() + _EDGE) // 2
        if kind == _LINK:  # a link may go to a row scrolled out of view
            top = self._r.header_height
            if y < top + _EDGE:
                dy = -(4 + (top + _EDGE - y) // 2)
            elif y > vp.height() - _EDGE:
                dy = 4 + (y - vp.height() + _EDGE) // 2
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
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + dx)
        if dy:
            self._scroll_vertically(dy)
        self._update_drag(d, d.x, d.y)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        d = self._drag
        self._drag = None
        self._autoscroll.stop()
        if d is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        self.viewport().update()
        pos = event.position().toPoint()
        self._hover(pos.x(), pos.y(), force=True)
        event.accept()
        if not d.active:
            self.task_clicked.emit(d.task_id, event.modifiers())
        elif d.kind == _MOVE and d.new_start != d.start:
            self.move_requested.emit(d.task_id, dt.date.fromordinal(d.new_start))
        elif d.kind == _RESIZE and d.new_finish != d.finish:
            self.resize_requested.emit(d.task_id, dt.date.fromordinal(d.new_finish))
        elif d.kind == _LINK and d.target is not None:
            self.link_requested.emit(d.task_id, self._r.rows[d.target].task_id)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        self._drag = None
        pos = event.position().toPoint()
        i = self.row_at(pos.y())
        if i is not None:
            self.activated.emit(self._r.rows[i].task_id)
        event.accept()

    def _cancel_drag(self) -> None:
        self._autoscroll.stop()
        if self._drag is not None:
            self._drag = None
            self._set_cursor(Qt.CursorShape.ArrowCursor)
            self.viewport().update()

    def cancel_drag(self) -> None:
        """Drop a drag in progress without a signal (as Esc does)."""
        self._cancel_drag()

    def is_dragging(self) -> bool:
        return self._drag is not None and self._drag.active

    def _hover(self, x: int, y: int, *, force: bool = False) -> None:
        hit = self._hit(x, y)
        shape = Qt.CursorShape.ArrowCursor
        hover_row = None
        if hit is not None:
            i, zone = hit
            kind = self._r.rows[i].kind
            if zone != _ZONE_ROW and kind != TaskKind.SUMMARY:
                hover_row = i
            if zone == _ZONE_HANDLE:
                shape = Qt.CursorShape.CrossCursor
            elif zone == _ZONE_RESIZE:
                shape = Qt.CursorShape.SizeHorCursor
            elif zone == _ZONE_BODY and kind != TaskKind.SUMMARY:
                shape = Qt.CursorShape.OpenHandCursor
        self._set_cursor(shape, force=force)
        if hover_row != self._hover_row:
            self._hover_row = hover_row
            self.viewport().update()

    def _set_cursor(self, shape: Qt.CursorShape, *, force: bool = False) -> None:
        if shape != self._cursor or force:
            self._cursor = shape
            self.viewport().setCursor(shape)

    def cursor_shape(self) -> Qt.CursorShape | None:
        return self._cursor

    # -- overlay: hover handle and drag previews --------------------------------------

    def _paint_overlay(self, p: QPainter) -> None:
        r = self._r
        hoff = self.horizontalScrollBar().value()
        pal = self.palette()
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
                    cy = self.row_y(i) + r.bar_top + r.bar_height // 2
                    p.drawEllipse(QPoint(ext[1] + _HANDLE_GAP, cy), _HANDLE_R, _HANDLE_R)
                    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if d is None or not d.active:
            return
        y = self.row_y(d.row) + r.bar_top
        fill = QColor(highlight)
        fill.setAlpha(90)
        pen = QPen(highlight, 1, Qt.PenStyle.DashLine)
        if d.kind in (_MOVE, _RESIZE):
            ppd = r.px_per_day
            x0 = math.floor((d.new_start - r.origin) * ppd - hoff)
            x1 = max(x0 + 2, math.floor((d.new_finish + 1 - r.origin) * ppd - hoff))
            p.fillRect(x0, y, x1 - x0, r.bar_height, fill)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(x0, y, x1 - x0 - 1, r.bar_height - 1)
            loc = self.display_locale()
            short = QLocale.FormatType.ShortFormat
            if d.kind == _MOVE:
                text = self.tr("Start: {date}").format(
                    date=loc.toString(to_qdate(dt.date.fromordinal(d.new_start)), short)
                )
            else:
                text = self.tr("Finish: {date}").format(
                    date=loc.toString(to_qdate(dt.date.fromordinal(d.new_finish)), short)
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
                    ty = self.row_y(d.target) + r.bar_top
                    p.fillRect(text_ext[0], ty, text_ext[1] - text_ext[0], r.bar_height, fill)

    def _paint_tag(self, p: QPainter, x: int, cy: int, text: str) -> None:
        pal = self.palette()
        metrics = QFontMetrics(self.font())
        w = metrics.horizontalAdvance(text) + 8
        h = metrics.height() + 2
        p.fillRect(x, cy - h // 2, w, h, pal.color(QPalette.ColorRole.ToolTipBase))
        p.setPen(QPen(pal.color(QPalette.ColorRole.ToolTipText), 1))
        p.drawRect(x, cy - h // 2, w - 1, h - 1)
        p.drawText(x + 4, cy - h // 2 + 1 + metrics.ascent(), text)


def date_extent(rows: Iterable[ChartRow]) -> tuple[int | None, int | None]:
    """First and last day ordinal over rows' current and baseline dates."""
    lo: dt.date | None = None
    hi: dt.date | None = None
    for row in rows:
        for first, last in ((row.start, row.finish), (row.baseline_start, row.baseline_finish)):
            if first is None:
                continue
            last = last or first
            if lo is None or first < lo:
                lo = first
            if hi is None or last > hi:
                hi = last
    return (
        lo.toordinal() if lo is not None else None,
        hi.toordinal() if hi is not None else None,
    )
