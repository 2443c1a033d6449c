"""The time scale: zoom levels, calendar periods, their labels and the two-tier header.

Dates are day ordinals (``date.toordinal()``) throughout. Each zoom level has a
nominal scale in pixels per day and a two-tier header (month over days, month
over ISO weeks, quarter over months, year over quarters); ``zoom_to_fit``
picks any scale in between and :func:`level_for_scale` the finest header whose
labels still fit it.
"""

from __future__ import annotations

import datetime as dt
import math
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint
from PySide6.QtGui import QFontMetrics, QPainter, QPolygon

from oa_desk.gui.timeline.gantt.style import GanttStyle


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
SHADE_MIN_PX_PER_DAY = 3.0  # non-working days are shaded at day and week zoom only


def level_for_scale(px_per_day: float) -> ZoomLevel:
    """The time-scale header that suits a scale: the finest whose labels fit."""
    for level, minimum in _LEVEL_MIN_PX_PER_DAY:
        if px_per_day >= minimum:
            return level
    return ZoomLevel.QUARTERS


# Period kinds: the period and how it is labelled.
DAY, WEEK, MONTH, MONTH_LONG, QUARTER, QUARTER_LONG, YEAR = range(7)
TIERS: dict[ZoomLevel, tuple[int, int]] = {
    ZoomLevel.DAYS: (MONTH_LONG, DAY),
    ZoomLevel.WEEKS: (MONTH_LONG, WEEK),
    ZoomLevel.MONTHS: (QUARTER_LONG, MONTH),
    ZoomLevel.QUARTERS: (YEAR, QUARTER),
}
# Vertical grid lines in the body: weeks at day zoom, else the lower tier.
GRID: dict[ZoomLevel, int] = {
    ZoomLevel.DAYS: WEEK,
    ZoomLevel.WEEKS: WEEK,
    ZoomLevel.MONTHS: MONTH,
    ZoomLevel.QUARTERS: QUARTER,
}


def period_start(kind: int, ordinal: int) -> int:
    """The first day of the period of ``kind`` that holds ``ordinal``."""
    if kind == DAY:
        return ordinal
    if kind == WEEK:
        return ordinal - (ordinal - 1) % 7  # ISO weeks start on Monday
    d = dt.date.fromordinal(ordinal)
    if kind in (MONTH, MONTH_LONG):
        return dt.date(d.year, d.month, 1).toordinal()
    if kind in (QUARTER, QUARTER_LONG):
        return dt.date(d.year, 3 * ((d.month - 1) // 3) + 1, 1).toordinal()
    return dt.date(d.year, 1, 1).toordinal()


def period_next(kind: int, start: int) -> int:
    """The first day of the period after the one starting on ``start``."""
    if kind == DAY:
        return start + 1
    if kind == WEEK:
        return start + 7
    d = dt.date.fromordinal(start)
    if kind == YEAR:
        return dt.date(d.year + 1, 1, 1).toordinal()
    months = 1 if kind in (MONTH, MONTH_LONG) else 3
    month = d.month - 1 + months
    return dt.date(d.year + month // 12, month % 12 + 1, 1).toordinal()


class ScaleLabels:
    """Period labels in a locale and their widths in a font, cached per period.

    The cache is cleared when the font or the locale changes.
    """

    def __init__(self, metrics: QFontMetrics, locale: QLocale) -> None:
        self.metrics = metrics
        self.locale = locale
        self._cache: dict[tuple[int, int], tuple[str, int]] = {}

    def set_metrics(self, metrics: QFontMetrics) -> None:
        self.metrics = metrics
        self._cache.clear()

    def set_locale(self, locale: QLocale) -> None:
        self.locale = locale
        self._cache.clear()

    def clear(self) -> None:
        self._cache.clear()

    def texts(self) -> list[str]:
        """Every label made since the cache was last cleared."""
        return [text for text, _w in self._cache.values()]

    def label(self, kind: int, ordinal: int) -> tuple[str, int]:
        """The label of the period of ``kind`` starting on ``ordinal``, and its width."""
        key = (kind, ordinal)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        d = dt.date.fromordinal(ordinal)
        quarter = (d.month - 1) // 3 + 1
        translate = QCoreApplication.translate
        if kind == DAY:
            text = str(d.day)
        elif kind == WEEK:
            text = translate("GanttChart", "W{week}").format(week=d.isocalendar().week)
        elif kind == MONTH:
            text = self.locale.standaloneMonthName(d.month, QLocale.FormatType.ShortFormat)
        elif kind == MONTH_LONG:
            # A QDate format: the translation may reorder it (zh_CN: yyyy年M月).
            fmt = translate("GanttChart", "MMMM yyyy")
            text = self.locale.toString(QDate(d.year, d.month, 1), fmt)
        elif kind == QUARTER:
            text = translate("GanttChart", "Q{quarter}").format(quarter=quarter)
        elif kind == QUARTER_LONG:
            text = translate("GanttChart", "Q{quarter} {year}").format(quarter=quarter, year=d.year)
        else:
            text = translate("GanttChart", "{year}").format(year=d.year)
        result = (text, self.metrics.horizontalAdvance(text))
        self._cache[key] = result
        return result


def paint_header(
    p: QPainter,
    style: GanttStyle,
    labels: ScaleLabels,
    level: ZoomLevel,
    height: int,
    width: int,
    span: tuple[int, int, float, float],
    today: int | None,
    *,
    whole: bool = False,
) -> list[tuple[int, str]]:
    """The two-tier header across ``0..width``; returns the labels drawn (x, text).

    ``whole`` (print): a label that would be cut by an edge is not drawn; on screen
    the upper tier's label slides out of view as its period scrolls away.

    ``span`` is the painted window: first and last day ordinal, pixels per day
    and the x shift (day ``o`` starts at ``o * px_per_day - shift``).
    """
    first_o, last_o, ppd, shift = span
    h1 = height // 2
    p.fillRect(0, 0, width, height, style.header_brush)
    upper, lower = TIERS[level]
    fit = width if whole else None
    drawn = _paint_tier(p, style, labels, upper, 0, h1, span, sticky=True, fit=fit)
    drawn += _paint_tier(p, style, labels, lower, h1, height - h1, span, sticky=False, fit=fit)
    p.setPen(style.header_line_pen)
    p.drawLine(0, h1, width, h1)
    p.drawLine(0, height - 1, width, height - 1)
    if today is not None and first_o <= today <= last_o:
        x = math.floor((today + 0.5) * ppd - shift)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(style.no_pen)
        p.setBrush(style.today_brush)
        p.drawConvexPolygon(
            QPolygon([QPoint(x - 4, height - 6), QPoint(x + 4, height - 6), QPoint(x, height)])
        )
        p.setBrush(style.no_brush)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    return drawn


def _paint_tier(
    p: QPainter,
    style: GanttStyle,
    labels: ScaleLabels,
    kind: int,
    y: int,
    h: int,
    span: tuple[int, int, float, float],
    *,
    sticky: bool,
    fit: int | None = None,
) -> list[tuple[int, str]]:
    """One tier's lines and labels; with ``fit`` (the width), only whole labels."""
    first_o, last_o, ppd, shift = span
    metrics = labels.metrics
    baseline = y + (h + metrics.ascent() - metrics.descent()) // 2
    o = period_start(kind, first_o)
    lines: list[int] = []
    texts: list[tuple[int, str]] = []
    guard = 0
    while o <= last_o and guard < 4000:
        nxt = period_next(kind, o)
        x0 = math.floor(o * ppd - shift)
        x1 = math.floor(nxt * ppd - shift)
        lines.append(x0)
        text, tw = labels.label(kind, o)
        lo, hi = (max(x0, 0), min(x1, fit)) if fit is not None else (x0, x1)
        if sticky:
            tx = max(x0, 0) + 4
            if tx + tw > hi - 2:
                tx = hi - 2 - tw
            if tx >= lo + 2:
                texts.append((tx, text))
        elif tw + 4 <= x1 - x0:
            tx = (x0 + x1 - tw) // 2
            if lo <= tx and tx + tw <= hi:
                texts.append((tx, text))
        o = nxt
        guard += 1
    p.setPen(style.header_line_pen)
    for x in lines:
        p.drawLine(x, y, x, y + h)
    p.setPen(style.header_text_pen)
    for tx, text in texts:
        p.drawText(tx, baseline, text)
    return texts
