"""The Gantt's painting engine: bars, milestones, links, shading and the header.

:class:`GanttRenderer` paints onto any QPainter, with no widget: the
:class:`~oa_desk.gui.timeline.gantt.view.GanttChart` widget and the PNG, PDF
and print exporters (``timeline/export.py``) each own one.

Performance: a paint touches only the visible rows (an index range computed
from the vertical offset) and the visible date range; links are found through
:class:`~oa_desk.gui.timeline.gantt.rows.LinkIndex`, so a paint never scans all
links; pens, brushes and fonts are built once per palette or font change
(:class:`~oa_desk.gui.timeline.gantt.style.GanttStyle`). ``stats`` counts what
the last paint drew.

Colours: by phase, or by health ("status": the one RAG rule of
:mod:`oa_desk.domain.health`, as of ``today``, the plan's status date, on the
plan's working calendar). Colour is never the only signal: late bars (and in
status mode every red one) are hatched, amber ones have a dashed outline, and
critical bars and links (``show_critical``) are drawn thicker in the critical
colour.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPolygon

from oa_desk.domain.calendar import WorkCalendar
from oa_desk.domain.enums import Phase, TaskKind
from oa_desk.domain.health import Health, task_health
from oa_desk.gui.dates import format_date, format_long_date
from oa_desk.gui.timeline.gantt.links import LABEL_GAP, Shapes, paint_links
from oa_desk.gui.timeline.gantt.rows import ChartLink, ChartRow, LinkIndex
from oa_desk.gui.timeline.gantt.scale import (
    GRID,
    NOMINAL_PX_PER_DAY,
    SHADE_MIN_PX_PER_DAY,
    ScaleLabels,
    ZoomLevel,
    paint_header,
    period_next,
    period_start,
)
from oa_desk.gui.timeline.gantt.style import GanttStyle

ColourMode = Literal["phase", "status"]


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


_EDGE = 2  # a fitted label keeps this far from the window's edges
CONTINUED = "◀ "  # before the label of a bar that started on an earlier page


def fit_label(
    text: str, x0: int, x1: int, width: int, metrics: QFontMetrics
) -> tuple[int, str] | None:
    """Where the label of a bar spanning ``x0..x1`` goes in the window ``0..width``
    and what it says, or None where it belongs to another page.

    Whole to the right of the bar, else whole to its left; a bar that started
    before the window is named at its left edge (``◀ name``); else shortened
    with … where there is most room: right, left or over the bar. Never cut by
    the window's edge.
    """
    if x1 <= 0 or x0 >= width:
        return None  # the bar (and its label) is on another page
    advance = metrics.horizontalAdvance
    right = x1 + LABEL_GAP
    if right + advance(text) <= width - _EDGE:
        return right, text
    elide = Qt.TextElideMode.ElideRight
    if x0 < 0:
        shown = metrics.elidedText(CONTINUED + text, elide, width - 2 * _EDGE)
        return (_EDGE, shown) if shown.strip("◀ …") else None
    left = x0 - LABEL_GAP - advance(text)
    if left >= _EDGE:
        return left, text
    room_right = width - _EDGE - right
    room_left = x0 - LABEL_GAP - _EDGE
    room_inside = min(x1, width) - x0 - 2 * _EDGE  # over the bar, on its plate
    room = max(room_right, room_left, room_inside)
    shown = metrics.elidedText(text, elide, room)
    if not shown.strip("…"):
        return None
    if room == room_right:
        return right, shown
    if room == room_left:
        return x0 - LABEL_GAP - advance(shown), shown
    return x0 + _EDGE, shown


class GanttRenderer:
    """Paints the chart (time-scale header, bars, links) onto any QPainter.

    Content coordinates: day ordinal ``o`` starts at x ``(o - origin) *
    px_per_day``; row ``i`` starts at y ``i * row_height`` below the header.
    :meth:`paint` draws the window whose top-left content point is
    ``(x_offset, y_offset)`` into ``0..width, 0..height`` of the painter.
    ``calendar`` shades the non-working days (and the widget snaps drags to it).
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
        self.long_dates = False  # print: the go-live tag says 2026年1月2日 / 2 Jan 2026
        self.colour_mode: ColourMode = "phase"
        self.show_critical = False
        self.show_baseline = False
        self.show_labels = True
        # Print: each page is a window of its own, so a label is kept whole inside it
        # (right of its bar, else left, else "◀ name" for a bar from an earlier page,
        # else shortened with …), and header labels are whole or not drawn.
        self.fit_labels = False
        self.selected: frozenset[int] = frozenset()
        self.calendar = WorkCalendar()
        self.stats = PaintStats()
        self._labels = ScaleLabels(QFontMetrics(font), locale if locale is not None else QLocale())
        self.style = GanttStyle(palette)
        self.set_font(font)
        self._layout_rows()

    # -- configuration ----------------------------------------------------------------

    def set_palette(self, palette: QPalette) -> None:
        """Rebuild the pens and brushes (a palette change: dark mode, print)."""
        self.style = GanttStyle(palette)

    def set_font(self, font: QFont) -> None:
        self.font = QFont(font)
        metrics = QFontMetrics(self.font)
        self._ascent = metrics.ascent()
        self._descent = metrics.descent()
        self._metrics = metrics
        self._labels.set_metrics(metrics)

    @property
    def locale(self) -> QLocale:
        return self._labels.locale

    def set_locale(self, locale: QLocale) -> None:
        self._labels.set_locale(locale)

    def label_texts(self) -> list[str]:
        """Every time-scale label painted since the cache was last cleared, and the go-live tag."""
        texts = self._labels.texts()
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

    def status(self, row: ChartRow) -> Health:
        """The row's health as of ``today`` (the status date) on the calendar.

        The rule is :func:`oa_desk.domain.health.task_health`, the one the
        weekly report uses too; without a ``today`` the real today is the status date.
        """
        today = self.today
        return task_health(
            start=row.start,
            finish=row.finish,
            progress=row.progress,
            kind=row.kind,
            status_date=dt.date.fromordinal(today) if today is not None else dt.date.today(),
            baseline_finish=row.baseline_finish,
            calendar=self.calendar,
        ).health

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
        p.setBrush(self.style.no_brush)
        p.fillRect(0, top, width, body_h, self.style.base)
        if ppd >= SHADE_MIN_PX_PER_DAY:
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
            shapes = self._paint_rows(p, r0, r1, width, ppd, shift, top, y_offset)
            considered, drawn = paint_links(
                p,
                self.style,
                self.link_index,
                self.rows,
                shapes,
                band=(r0, r1, self.row_height, top - y_offset + self._bar_mid, self._ms_half),
                window=(width, height, ppd, shift, top, y_offset),
                show_critical=self.show_critical,
            )
            stats.links_considered, stats.links_drawn = considered, drawn
            self._paint_shapes(p, shapes)
        self._paint_go_live_tag(p, first_o, last_o, ppd, shift, top, width)
        if header:
            span = (first_o, last_o, ppd, shift)
            stats.header = paint_header(
                p,
                self.style,
                self._labels,
                self.level,
                self.header_height,
                width,
                span,
                self.today,
                whole=self.fit_labels,
            )

    def _paint_non_working(
        self, p: QPainter, first_o: int, last_o: int, ppd: float, shift: float, top: int, h: int
    ) -> None:
        working = self.calendar.is_working_ordinal
        shade = self.style.shade
        run = None
        for o in range(first_o, last_o + 2):
            if o <= last_o and not working(o):
                if run is None:
                    run = o
            elif run is not None:
                x0 = math.floor(run * ppd - shift)
                p.fillRect(x0, top, math.floor(o * ppd - shift) - x0, h, shade)
                run = None

    def _paint_grid(
        self, p: QPainter, first_o: int, last_o: int, ppd: float, shift: float, top: int, h: int
    ) -> None:
        kind = GRID[self.level]
        grid = self.style.grid
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
            p.setPen(self.style.today_pen)
            p.drawLine(x, top, x, h)
        if self.go_live is not None and first_o <= self.go_live <= last_o:
            x = math.floor((self.go_live + 0.5) * ppd - shift)
            p.setPen(self.style.go_live_pen)
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
    ) -> Shapes:
        rows = self.rows
        rh = self.row_height
        selected = self.selected
        status_mode = self.colour_mode == "status"
        crit_on = self.show_critical
        base_on = self.show_baseline
        labels_on = self.show_labels
        phase_styles = self.style.phase
        default_style = phase_styles[Phase.PREPARE]
        st = self.style
        rag = st.rag
        hatch = st.hatch
        crit_pen = st.crit_pen
        selection, baseline, summary_brush = st.selection, st.baseline, st.summary
        milestone_style = st.milestone
        status = self.status
        red, amber = Health.RED, Health.AMBER
        bar_top, bar_h, bar_mid = self._bar_top, self._bar_h, self._bar_mid
        base_top, base_h = self._base_top, self._base_h
        sum_top, sum_h, tri = self._sum_top, self._sum_h, self._sum_tri
        ms_half = self._ms_half
        text_dy = (self._ascent - self._descent) // 2
        reach = -400 if labels_on else 0  # a label may show although its bar is off the left
        milestone, summary = TaskKind.MILESTONE, TaskKind.SUMMARY
        shapes = Shapes()
        labels: list[tuple[int, int, str]] = []
        extents: list[tuple[int, int]] = []  # each label's bar, for fit_labels
        drawn = 0
        for i in range(r0, r1 + 1):
            row = rows[i]
            y = top + i * rh - y_offset
            chosen = bool(selected) and row.task_id in selected
            if chosen:
                p.fillRect(0, y, width, rh, selection)
            start = row.start
            if start is None:
                continue
            s = start.toordinal()
            finish = row.finish
            f = finish.toordinal() if finish is not None else s
            kind = row.kind
            if kind == milestone:
                cx = math.floor((s + 0.5) * ppd - shift)
                if cx + ms_half < -400 or cx - ms_half > width:
                    continue
                drawn += 1
                if base_on and row.baseline_start is not None:
                    bx = math.floor((row.baseline_start.toordinal() + 0.5) * ppd - shift)
                    p.fillRect(bx - base_h // 2, y + base_top, base_h, base_h, baseline)
                pen = crit_pen if crit_on and row.critical else None
                if status_mode:  # amber: a hollow, dashed diamond; red: hatched
                    health = status(row)
                    ms_style = rag[health.rag]
                    fill = ms_style.tint if health is amber else ms_style.strong
                    if health is amber and pen is None:
                        pen = ms_style.dashed
                    marked = health is red
                else:
                    fill = milestone_style.strong
                    marked = row.late and row.progress < 100
                cy = y + bar_mid
                poly = QPolygon(
                    [
                        QPoint(cx, cy - ms_half),
                        QPoint(cx + ms_half, cy),
                        QPoint(cx, cy + ms_half),
                        QPoint(cx - ms_half, cy),
                    ]
                )
                shapes.diamonds.append((poly, fill, pen, marked))
                if chosen:
                    shapes.selected_labels.add(len(labels))
                labels.append((cx + ms_half + LABEL_GAP, cy + text_dy, row.name))
                extents.append((cx - ms_half, cx + ms_half))
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
                p.fillRect(bx0, y + base_top, bx1 - bx0, base_h, baseline)
            if kind == summary:
                sy = y + sum_top
                p.fillRect(x0, sy, w, sum_h, summary_brush)
                bottom = sy + sum_h
                shapes.summary.append(
                    QPolygon(
                        [QPoint(x0, bottom), QPoint(x0 + tri, bottom), QPoint(x0, bottom + tri)]
                    )
                )
                shapes.summary.append(
                    QPolygon(
                        [QPoint(x1, bottom), QPoint(x1 - tri, bottom), QPoint(x1, bottom + tri)]
                    )
                )
            else:
                progress = row.progress
                if status_mode:  # amber: a dashed outline; red: hatched
                    health = status(row)
                    style = rag[health.rag]
                    marked = health is red
                    outline = style.dashed if health is amber else style.outline
                else:
                    style = phase_styles.get(row.phase, default_style)
                    marked = row.late and progress < 100
                    outline = style.outline
                bt = y + bar_top
                p.fillRect(x0, bt, w, bar_h, style.tint)
                if progress > 0:
                    pw = w if progress >= 100 else w * progress // 100
                    p.fillRect(x0, bt, pw, bar_h, style.strong)
                if marked:
                    p.fillRect(x0, bt, w, bar_h, hatch)
                p.setPen(crit_pen if crit_on and row.critical else outline)
                p.drawRect(x0, bt, w - 1, bar_h - 1)
            if labels_on:
                if chosen:
                    shapes.selected_labels.add(len(labels))
                labels.append((x1 + LABEL_GAP, y + bar_mid + text_dy, row.name))
                extents.append((x0, x1))
        if self.fit_labels:
            labels = self._fit_labels(labels, extents, width, shapes)
        self.stats.bars_drawn = drawn
        self.stats.labels = shapes.labels = labels
        return shapes

    def _fit_labels(
        self,
        labels: list[tuple[int, int, str]],
        extents: list[tuple[int, int]],
        width: int,
        shapes: Shapes,
    ) -> list[tuple[int, int, str]]:
        """The labels placed whole inside ``0..width`` (a printed page's window)."""
        selected = shapes.selected_labels
        shapes.selected_labels = set()
        out: list[tuple[int, int, str]] = []
        for k, ((_x, y, text), (x0, x1)) in enumerate(zip(labels, extents, strict=True)):
            placed = fit_label(text, x0, x1, width, self._metrics)
            if placed is None:
                continue
            if k in selected:
                shapes.selected_labels.add(len(out))
            out.append((placed[0], y, placed[1]))
        return out

    def _paint_shapes(self, p: QPainter, shapes: Shapes) -> None:
        """Shapes that want antialiasing, in one pass: arrowheads, brackets, diamonds; labels."""
        st = self.style
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(st.no_pen)
        for polys, brush in (
            (shapes.heads, st.link_brush),
            (shapes.crit_heads, st.crit_brush),
            (shapes.summary, st.summary),
        ):
            if polys:
                p.setBrush(brush)
                for poly in polys:
                    p.drawConvexPolygon(poly)
        for poly, brush, pen, hatched in shapes.diamonds:
            p.setPen(pen if pen is not None else st.no_pen)
            p.setBrush(brush)
            p.drawConvexPolygon(poly)
            if hatched:
                p.setPen(st.no_pen)
                p.setBrush(st.hatch)
                p.drawConvexPolygon(poly)
        p.setBrush(st.no_brush)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if shapes.labels:
            # each label on a plate of the background: links that cross it pass behind
            advance = self._metrics.horizontalAdvance
            top, height = self._ascent + 1, self._ascent + self._descent + 2
            for k, (x, y, text) in enumerate(shapes.labels):
                w = advance(text) + 4
                p.fillRect(x - 2, y - top, w, height, st.base)
                if k in shapes.selected_labels:  # the row's highlight goes on under it
                    p.fillRect(x - 2, y - top, w, height, st.selection)
            p.setPen(st.text_pen)
            for x, y, text in shapes.labels:
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
        p.fillRect(tx, top + 2, w, h, self.style.base)
        p.fillRect(tx, top + 2, 3, h, self.style.go_live_brush)
        p.setPen(self.style.go_live_text)
        p.drawRect(tx, top + 2, w - 1, h - 1)
        p.setPen(self.style.text_pen)
        p.drawText(tx + 5, top + 4 + self._ascent, text)

    def go_live_text(self) -> str:
        assert self.go_live is not None
        date = dt.date.fromordinal(self.go_live)
        if self.long_dates:
            chinese = self.locale.language() == QLocale.Language.Chinese
            text = format_long_date(date, chinese)
        else:
            text = format_date(date)
        return QCoreApplication.translate("GanttChart", "Go-live {date}").format(date=text)
