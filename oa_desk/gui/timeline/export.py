"""Export the Gantt chart: a PNG, a multi-page PDF, or print with a preview.

All three use the chart's own painting engine (:class:`GanttRenderer`) beside
the table's left columns, on a light, print-friendly palette whatever the
screen's colour scheme.

What the caller passes (plain values, no database):

* :class:`ExportJob`: the rows and links (as for the chart), the left columns
  (:class:`ExportTable`: header labels and one list of cell strings per row,
  for example ID, WBS, name, start and finish; ``indent_column`` is indented by
  the row's outline level), the plan name for the page header line, and
  :class:`ChartSettings` (zoom or scale, colour mode, critical path, baselines,
  today, go-live, the working calendar, an optional date range).
  ``ChartSettings.from_chart(chart)`` copies a live chart's settings.
* :class:`PageSetup` for PDF and print: page size ("A4", "A3", "Letter"),
  orientation, margins, and optionally how many pages wide the date range
  should be fitted to.

Functions: :func:`render_image` / :func:`export_png` (one image: title, table
and the whole chart), :func:`export_pdf` (pages: the rows split vertically,
the date range split horizontally, "down then across"; the left columns and
the time-scale header repeated on every page; a header line with the plan name
and "Page i of n"), :func:`paint_pages` (the page renderer, onto any
``QPagedPaintDevice``: a ``QPdfWriter`` or a ``QPrinter``),
:class:`PrintPreview` (a ``QPrintPreviewDialog`` wired to it),
:func:`page_count` and :func:`ensure_gui_application` (for the command line:
``oa-desk export PLAN FILE.pdf`` runs without a window).

Fonts: text uses the application font with a fallback list of CJK families
(Microsoft YaHei, PingFang SC, Noto Sans CJK SC, Source Han Sans SC,
WenQuanYi), so Chinese names render; the PDF embeds subsets of the fonts used.
Export fonts turn off the OpenType 'locl' and 'liga' features, whose glyphs
have no code point of their own and so cannot be copied out of a PDF. And Qt
writes each embedded font's ToUnicode map (how text is copied or searched
out of the PDF) with the *lowest* code point that shares a glyph: 户 comes out
as 戶, 目 as the radical ⽬, – as ‒. :func:`export_pdf` repairs those entries
in place (same byte length, so offsets stay valid) with the characters that
were actually drawn; see :func:`repair_pdf_text_map`.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRect, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QRawFont,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from oa_desk.domain.calendar import WorkCalendar
from oa_desk.exchange.target import check_output
from oa_desk.gui import collector
from oa_desk.gui.dates import format_long_date
from oa_desk.gui.fonts import install_fonts, with_cjk_fallbacks
from oa_desk.gui.timeline.gantt import (
    LABEL_GAP,
    NOMINAL_PX_PER_DAY,
    ChartLink,
    ChartRow,
    ColourMode,
    GanttRenderer,
    ZoomLevel,
    date_extent,
    level_for_scale,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from oa_desk.gui.timeline.gantt import GanttChart

# Layout in logical units of 1/96 inch (a screen pixel at 100 %).
UNITS_PER_INCH = 96
_FONT_PX = 11
_ROW_HEIGHT = 18
_HEADER_HEIGHT = 34
_TITLE_HEIGHT = 26
_CELL_PAD = 5
_INDENT = 12
_DATE_PAD_DAYS = 3
_MAX_TABLE_SHARE = 0.45  # the left columns take at most this share of the page width
_MIN_NAME_W = 160  # but the name column keeps this much (about 13 Chinese characters)
_SAMPLE_ROWS = 3000  # column widths are measured on at most this many rows
# Raster painting beyond this many pixels per side is unreliable, and the file huge.
MAX_IMAGE_SIDE = 32_000
MAX_IMAGE_PIXELS = 250_000_000

PAGE_SIZES: dict[str, QPageSize.PageSizeId] = {
    "A4": QPageSize.PageSizeId.A4,
    "A3": QPageSize.PageSizeId.A3,
    "Letter": QPageSize.PageSizeId.Letter,
}


@dataclass(frozen=True, slots=True)
class ExportTable:
    """The left columns: header labels and one list of cell texts per row."""

    headers: Sequence[str]
    cells: Sequence[Sequence[str]]
    indent_column: int | None = None  # indented by the row's outline level (the name)


@dataclass(frozen=True, slots=True)
class ChartSettings:
    zoom: ZoomLevel = ZoomLevel.WEEKS
    px_per_day: float | None = None  # None: the zoom level's own scale
    colour_mode: ColourMode = "phase"
    show_critical: bool = False
    show_baseline: bool = False
    show_labels: bool = True
    today: dt.date | None = None
    go_live: dt.date | None = None
    calendar: WorkCalendar = field(default_factory=WorkCalendar)  # shades non-working days
    date_from: dt.date | None = None  # None: from the first scheduled day
    date_to: dt.date | None = None  # None: to the last scheduled day

    @classmethod
    def from_chart(cls, chart: GanttChart, **changes: object) -> ChartSettings:
        """The settings a live chart shows now (zoom, colours, today, calendar…)."""
        settings = cls(
            zoom=chart.zoom(),
            colour_mode=chart.colour_mode(),
            show_critical=chart.show_critical(),
            show_baseline=chart.show_baseline(),
            show_labels=chart.show_labels(),
            today=chart.today(),
            go_live=chart.go_live(),
            calendar=chart.calendar(),
        )
        return replace(settings, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class PageSetup:
    size: str = "A4"  # "A4", "A3" or "Letter"
    landscape: bool = True
    margin_mm: float = 10.0
    fit_width_pages: int | None = None  # scale the date range to this many pages wide

    def page_layout(self) -> QPageLayout:
        if self.size not in PAGE_SIZES:
            raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}, not {self.size!r}")
        m = self.margin_mm
        return QPageLayout(
            QPageSize(PAGE_SIZES[self.size]),
            QPageLayout.Orientation.Landscape
            if self.landscape
            else QPageLayout.Orientation.Portrait,
            QMarginsF(m, m, m, m),
            QPageLayout.Unit.Millimeter,
        )


@dataclass(frozen=True, slots=True)
class ExportJob:
    rows: Sequence[ChartRow]
    links: Sequence[ChartLink]
    table: ExportTable
    title: str = ""  # the plan name, in the header line of every page
    settings: ChartSettings = field(default_factory=ChartSettings)
    note: str = ""  # after the title: what the pages leave out ("Levels 1–2 only")


# -- the application, fonts and colours ----------------------------------------------


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one for headless export (command line).

    On Linux and other X11/Wayland systems it uses the offscreen platform (no
    display needed; fonts come from fontconfig). Windows and macOS keep their
    native platform, which needs no visible window and knows the system fonts.
    """
    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise RuntimeError("export needs a QGuiApplication, not a bare QCoreApplication")
        return existing
    argv = ["oa-desk"]
    native = sys.platform in ("win32", "darwin")
    if not native and "QT_QPA_PLATFORM" not in os.environ:
        argv += ["-platform", "offscreen"]
    app = QGuiApplication(argv)
    install_fonts(app)
    collector.install(app)
    return app


def export_font(pixel_size: int = _FONT_PX) -> QFont:
    """The application font at a pixel size (exports scale the painter) with CJK fallbacks."""
    font = with_cjk_fallbacks(QGuiApplication.font())
    font.setPixelSize(pixel_size)
    # A PDF's text map only knows glyphs the font's cmap reaches. Pan-CJK fonts'
    # 'locl' swaps digits after Latin letters for cmap-less forms ("Page 1 of 2"
    # would copy out as "Page of") and 'liga' makes "ff" a ligature (ﬀ).
    for tag in ("locl", "liga"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def print_palette() -> QPalette:
    """Dark text on white paper, whatever the screen's colour scheme."""
    palette = QPalette()
    role = QPalette.ColorRole
    for r, colour in (
        (role.Base, "#ffffff"),
        (role.Window, "#f3f3f3"),
        (role.Button, "#f3f3f3"),
        (role.Text, "#000000"),
        (role.WindowText, "#000000"),
        (role.ButtonText, "#000000"),
        (role.Mid, "#9a9a9a"),
        (role.Highlight, "#308cc6"),
        (role.HighlightedText, "#ffffff"),
    ):
        palette.setColor(r, QColor(colour))
    return palette


# -- layout ------------------------------------------------------------------------


@dataclass(slots=True)
class _Layout:
    renderer: GanttRenderer
    font: QFont
    bold: QFont
    columns: list[int]  # widths of the left columns
    table_w: int
    chart_w: int  # chart width per page (the whole chart for an image)
    total_w: int  # the whole date range's width
    label_w: int  # that and the room the last bars' labels take to its right
    first: int  # the first day ordinal shown
    last: int
    rows_per_page: int
    slices: int  # pages across
    blocks: int  # pages down
    drawn: set[str] = field(default_factory=set)  # every character the export wrote

    @property
    def pages(self) -> int:
        return self.slices * self.blocks


def _measure_columns(job: ExportJob, metrics: QFontMetricsF, bold: QFontMetricsF) -> list[int]:
    """Column widths from the headers and (a sample of) the cells; fractional advances
    are rounded up, or elision would cut texts that fit."""
    table = job.table
    n = len(table.cells)
    step = max(1, n // _SAMPLE_ROWS)
    pad = 2 * _CELL_PAD + 1
    widths = [math.ceil(bold.horizontalAdvance(h)) + pad for h in table.headers]
    for i in range(0, n, step):
        cells = table.cells[i]
        level = job.rows[i].level if i < len(job.rows) else 0
        for c, text in enumerate(cells[: len(widths)]):
            w = math.ceil(metrics.horizontalAdvance(text)) + pad
            if c == table.indent_column:
                w += level * _INDENT
            if w > widths[c]:
                widths[c] = w
    caps = [260 if c == table.indent_column else 150 for c in range(len(widths))]
    return [min(w, cap) for w, cap in zip(widths, caps, strict=True)]


def _layout(job: ExportJob, page_w: int | None, page_h: int | None, page: PageSetup) -> _Layout:
    settings = job.settings
    font = export_font()
    bold = QFont(font)
    bold.setBold(True)
    columns = _measure_columns(job, QFontMetricsF(font), QFontMetricsF(bold))
    table_w = sum(columns)
    if page_w is not None and table_w > page_w * _MAX_TABLE_SHARE:
        # give the excess back from the widest column (usually the name)
        widest = max(range(len(columns)), key=lambda c: columns[c]) if columns else 0
        excess = table_w - int(page_w * _MAX_TABLE_SHARE)
        # a name keeps room for a dozen characters (portrait pages: fewer weeks instead)
        floor = _MIN_NAME_W if widest == job.table.indent_column else 40
        columns[widest] = max(min(floor, columns[widest]), columns[widest] - excess)
        table_w = sum(columns)

    lo, hi = date_extent(job.rows)
    today = dt.date.today().toordinal()
    first = settings.date_from.toordinal() if settings.date_from else (lo or today)
    last = settings.date_to.toordinal() if settings.date_to else (hi or first)
    if last < first:
        raise ValueError("the export's date range ends before it starts")
    first -= _DATE_PAD_DAYS
    last += _DATE_PAD_DAYS
    # Start on a Monday, so the first week column is whole (not cut at the page's edge).
    first -= dt.date.fromordinal(first).weekday()
    days = last - first + 1

    chart_w_page = (page_w - table_w) if page_w is not None else None
    if chart_w_page is not None and chart_w_page < 100:
        raise ValueError("the page is too narrow for the chart beside the columns")
    if page.fit_width_pages and chart_w_page is not None:
        # whole weeks on each page across, so no page starts inside a week
        weeks_per_page = math.ceil(math.ceil(days / 7) / page.fit_width_pages)
        ppd = chart_w_page / (7 * weeks_per_page)
        level = level_for_scale(ppd)
    elif settings.px_per_day is not None:
        ppd = settings.px_per_day
        level = level_for_scale(ppd)
    else:
        level = settings.zoom
        ppd = NOMINAL_PX_PER_DAY[level]
    if lo is None and not (settings.date_from or settings.date_to):
        # nothing scheduled: a page-wide (or 8-week) empty chart, and a note saying so
        days = max(days, math.floor((chart_w_page or 56 * ppd) / ppd))
        last = first + days - 1
    total_w = math.ceil(days * ppd)
    label_w = _label_reach(job, font, first, ppd) if settings.show_labels else 0
    label_w = max(total_w, min(label_w, total_w + (chart_w_page or 600)))

    renderer = GanttRenderer(print_palette(), font)
    renderer.set_data(list(job.rows), list(job.links))
    renderer.set_row_height(_ROW_HEIGHT)
    renderer.header_height = _HEADER_HEIGHT
    renderer.px_per_day = ppd
    renderer.level = level
    renderer.origin = first
    renderer.today = settings.today.toordinal() if settings.today else None
    renderer.go_live = settings.go_live.toordinal() if settings.go_live else None
    renderer.long_dates = True
    renderer.colour_mode = settings.colour_mode
    renderer.show_critical = settings.show_critical
    renderer.set_show_baseline(settings.show_baseline)
    renderer.show_labels = settings.show_labels
    renderer.fit_labels = True  # each page (or the image) keeps its labels whole
    renderer.calendar = settings.calendar

    n = len(job.rows)
    if page_h is not None and chart_w_page is not None:
        rows_per_page = (page_h - _TITLE_HEIGHT - _HEADER_HEIGHT) // _ROW_HEIGHT
        if rows_per_page < 1:
            raise ValueError("the page is too short for a single row")
        # A whole number of weeks per page across: the first week column of the
        # next page starts whole at its left edge (the range starts on a Monday).
        week_w = 7 * ppd
        chart_w = chart_w_page
        if total_w > chart_w_page and week_w <= chart_w_page:
            chart_w = math.floor(math.floor(chart_w_page / week_w) * week_w)
        slices = max(1, math.ceil(total_w / chart_w - 1e-9))
        blocks = max(1, math.ceil(n / rows_per_page))
        # Widow control: spread the rows evenly over the pages down, so the last
        # page never holds a single row when it could hold more.
        rows_per_page = max(1, math.ceil(n / blocks)) if n else rows_per_page
    else:
        rows_per_page = max(1, n)
        chart_w = total_w
        slices = blocks = 1
    return _Layout(
        renderer,
        font,
        bold,
        columns,
        table_w,
        chart_w,
        total_w,
        label_w,
        first,
        last,
        rows_per_page,
        slices,
        blocks,
    )


def _label_reach(job: ExportJob, font: QFont, first: int, ppd: float) -> int:
    """How far right the bars' labels reach, from day ``first`` at x 0."""
    advance = QFontMetricsF(font).horizontalAdvance
    reach = 0.0
    for row in job.rows:
        if row.start is None:
            continue
        end = (row.finish or row.start).toordinal() + 1
        reach = max(reach, (end - first) * ppd + LABEL_GAP + advance(row.name) + 4)
    return math.ceil(reach)


# -- painting one page (or the whole image) ------------------------------------------


def _paint_page(
    p: QPainter,
    job: ExportJob,
    lay: _Layout,
    *,
    slice_: int,
    block: int,
    page_no: int | None,
    page_w: int,
) -> None:
    palette = print_palette()
    text_pen = QPen(palette.color(QPalette.ColorRole.Text), 1)
    line_pen = QPen(QColor("#9a9a9a"), 1)
    header_brush = QBrush(palette.color(QPalette.ColorRole.Button))
    n = len(job.rows)
    r0 = block * lay.rows_per_page
    r1 = min(n, r0 + lay.rows_per_page)
    rows_here = max(0, r1 - r0)
    x_off = slice_ * lay.chart_w
    # the last page across widens for the labels after the last bars (no page more)
    chart_w = max(1, min(lay.chart_w, lay.label_w - x_off))
    body_top = _TITLE_HEIGHT
    height = _HEADER_HEIGHT + rows_here * _ROW_HEIGHT
    bold_metrics = QFontMetrics(lay.bold)
    metrics = QFontMetrics(lay.font)

    # header line: plan name, this page's dates, page i of n
    p.setFont(lay.bold)
    p.setPen(text_pen)
    baseline = (_TITLE_HEIGHT - 6 + bold_metrics.ascent() - bold_metrics.descent()) // 2
    title = bold_metrics.elidedText(job.title, Qt.TextElideMode.ElideRight, page_w // 2)
    p.drawText(0, baseline, title)
    p.setFont(lay.font)
    if job.note:
        lay.drawn.update(job.note)
        p.drawText(bold_metrics.horizontalAdvance(title) + 16, baseline, job.note)
    ppd = lay.renderer.px_per_day
    d0 = dt.date.fromordinal(lay.first + math.floor(x_off / ppd))
    d1 = dt.date.fromordinal(min(lay.last, lay.first + math.floor((x_off + chart_w - 1) / ppd)))
    chinese = lay.renderer.locale.language() == QLocale.Language.Chinese
    span = QCoreApplication.translate("GanttExport", "{start} – {end}").format(
        start=format_long_date(d0, chinese), end=format_long_date(d1, chinese)
    )
    lay.drawn.update(span)
    right = span
    if page_no is not None:
        right = QCoreApplication.translate(
            "GanttExport", "{dates}    Page {page} of {pages}"
        ).format(dates=span, page=page_no, pages=lay.pages)
    lay.drawn.update(right)
    p.drawText(page_w - metrics.horizontalAdvance(right), baseline, right)

    # the left columns
    p.fillRect(0, body_top, lay.table_w, _HEADER_HEIGHT, header_brush)
    p.setFont(lay.bold)
    x = 0
    header_base = body_top + (_HEADER_HEIGHT + bold_metrics.ascent() - bold_metrics.descent()) // 2
    for c, width in enumerate(lay.columns):
        label = job.table.headers[c] if c < len(job.table.headers) else ""
        p.drawText(
            x + _CELL_PAD,
            header_base,
            bold_metrics.elidedText(label, Qt.TextElideMode.ElideRight, width - 2 * _CELL_PAD),
        )
        x += width
    p.setFont(lay.font)
    text_dy = (_ROW_HEIGHT + metrics.ascent() - metrics.descent()) // 2
    indent_col = job.table.indent_column
    for i in range(r0, r1):
        y = body_top + _HEADER_HEIGHT + (i - r0) * _ROW_HEIGHT
        cells = job.table.cells[i] if i < len(job.table.cells) else ()
        level = job.rows[i].level
        x = 0
        for c, width in enumerate(lay.columns):
            text = cells[c] if c < len(cells) else ""
            indent = level * _INDENT if c == indent_col else 0
            room = width - 2 * _CELL_PAD - indent
            if text and room > 4:
                p.drawText(
                    x + _CELL_PAD + indent,
                    y + text_dy,
                    metrics.elidedText(text, Qt.TextElideMode.ElideRight, room),
                )
            x += width
    p.setPen(line_pen)
    bottom = body_top + height
    for i in range(rows_here + 1):
        y = body_top + _HEADER_HEIGHT + i * _ROW_HEIGHT
        p.drawLine(0, y, lay.table_w, y)
    x = 0
    for width in lay.columns:
        p.drawLine(x, body_top, x, bottom)
        x += width
    p.drawLine(lay.table_w, body_top, lay.table_w, bottom)
    p.drawLine(0, body_top, lay.table_w, body_top)

    # the chart, through the same engine as the screen
    p.save()
    p.translate(lay.table_w, body_top)
    p.setClipRect(QRect(0, 0, chart_w, height))
    lay.renderer.paint(p, chart_w, height, x_off, r0 * _ROW_HEIGHT)
    p.restore()
    for _x, _y, text in lay.renderer.stats.labels:  # fitted: "◀ name", "name…"
        lay.drawn.update(text)
    if not any(row.start for row in job.rows):  # an empty plan: say so, not a blank
        empty = QCoreApplication.translate("GanttExport", "No scheduled tasks to show")
        lay.drawn.update(empty)
        p.setPen(text_pen)
        p.drawText(
            lay.table_w + (chart_w - metrics.horizontalAdvance(empty)) // 2,
            body_top + _HEADER_HEIGHT + max(rows_here, 1) * _ROW_HEIGHT + 2 * _ROW_HEIGHT,
            empty,
        )
    p.setPen(line_pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(0, body_top, lay.table_w + chart_w - 1, height - 1)


# -- public functions ---------------------------------------------------------------


def render_image(job: ExportJob, *, scale: float = 1.0) -> QImage:
    """The whole chart (or ``settings``' date range) with the left columns, as an image."""
    lay = _layout(job, None, None, PageSetup())
    width = lay.table_w + lay.label_w
    height = _TITLE_HEIGHT + _HEADER_HEIGHT + len(job.rows) * _ROW_HEIGHT
    w_px, h_px = math.ceil(width * scale), math.ceil(height * scale)
    if max(w_px, h_px) > MAX_IMAGE_SIDE or w_px * h_px > MAX_IMAGE_PIXELS:
        raise ValueError(
            QCoreApplication.translate(
                "GanttExport",
                "The image would be {width} × {height} pixels, too large for a PNG. "
                "Export fewer rows or a shorter date range, zoom out, or export a PDF.",
            ).format(width=w_px, height=h_px)
        )
    image = QImage(w_px, h_px, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    p = QPainter(image)
    try:
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.scale(scale, scale)
        _paint_page(p, job, lay, slice_=0, block=0, page_no=None, page_w=width)
    finally:
        p.end()
    return image


def export_png(job: ExportJob, path: Path | str, *, scale: float = 1.0) -> QSize:
    """Write :func:`render_image` to ``path``; returns the image size."""
    image = render_image(job, scale=scale)
    # PySide6's stubs say bytes for the format; at run time only str is accepted.
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
        raise OSError(f"could not write {path}")
    return image.size()


def _page_units(device: QPagedPaintDevice) -> tuple[float, int, int]:
    """Device pixels per logical unit, and the printable width and height in units."""
    dpi = device.logicalDpiX()
    rect = device.pageLayout().paintRectPixels(dpi)
    scale = dpi / UNITS_PER_INCH
    return scale, math.floor(rect.width() / scale), math.floor(rect.height() / scale)


def page_count(job: ExportJob, page: PageSetup = PageSetup()) -> int:
    """How many pages :func:`export_pdf` would write."""
    layout = page.page_layout()
    rect = layout.paintRect(QPageLayout.Unit.Inch)
    w = math.floor(rect.width() * UNITS_PER_INCH)
    h = math.floor(rect.height() * UNITS_PER_INCH)
    return _layout(job, w, h, page).pages


def paint_pages(device: QPagedPaintDevice, job: ExportJob, page: PageSetup = PageSetup()) -> int:
    """Paint every page onto ``device`` (its page layout already set); returns the page count.

    ``page`` supplies only ``fit_width_pages`` here: the size and orientation
    are the device's (a QPrinter's come from the print dialog).
    """
    return _paint_pages(device, job, page).pages


def _paint_pages(device: QPagedPaintDevice, job: ExportJob, page: PageSetup) -> _Layout:
    scale, w, h = _page_units(device)
    lay = _layout(job, w, h, page)
    p = QPainter()
    if not p.begin(device):
        raise OSError("could not start painting on the output device")
    try:
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        # hatch patterns keep their size under the page scale
        p.setRenderHint(QPainter.RenderHint.NonCosmeticBrushPatterns, True)
        page_no = 0
        for slice_ in range(lay.slices):
            for block in range(lay.blocks):
                if page_no:
                    device.newPage()
                page_no += 1
                p.save()
                p.scale(scale, scale)
                _paint_page(p, job, lay, slice_=slice_, block=block, page_no=page_no, page_w=w)
                p.restore()
    finally:
        p.end()
    return lay


def export_pdf(job: ExportJob, path: Path | str, page: PageSetup = PageSetup()) -> int:
    """Write a multi-page PDF; returns the page count."""
    check_output(path)
    writer = QPdfWriter(str(path))
    writer.setPageLayout(page.page_layout())
    writer.setTitle(job.title)
    writer.setCreator("OA Desk")
    lay = _paint_pages(writer, job, page)
    del writer  # flushes and closes the file
    drawn = set(lay.drawn)
    drawn.update(job.title)
    for text in job.table.headers:
        drawn.update(text)
    for cells in job.table.cells:
        for text in cells:
            drawn.update(text)
    for row in job.rows:
        drawn.update(row.name)
    for text in lay.renderer.label_texts():
        drawn.update(text)
    repair_pdf_text_map(Path(path), drawn, lay.font)
    return lay.pages


_CMAP_OBJECT = re.compile(rb"\n(\d+) 0 obj\n<< /Length (\d+) >>\nstream\n")
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")


def repair_pdf_text_map(path: Path, drawn: set[str], font: QFont) -> int:
    """Point each ToUnicode entry at the character that was drawn; returns how many.

    Qt maps a glyph to the first code point that uses it, so a glyph shared by a
    CJK radical or a traditional variant and the character we drew is copied out
    of the PDF as the wrong one. An entry whose code point was never drawn is
    replaced by the drawn character with the same glyph in one of the export's
    fonts. Only uncompressed maps and 4-digit entries are touched, and only by
    same-length edits, so the file's offsets stay right.
    """
    data = bytearray(path.read_bytes())
    refs = {int(m) for m in re.findall(rb"/ToUnicode (\d+) 0 R", data)}
    streams = []
    for m in _CMAP_OBJECT.finditer(data):
        if int(m.group(1)) in refs:
            streams.append((m.end(), m.end() + int(m.group(2))))
    wrong: set[int] = set()
    for start, end in streams:
        for _src, dst in _cmap_entries(bytes(data[start:end])):
            code = int(dst, 16)
            if chr(code) not in drawn:
                wrong.add(code)
    if not wrong:
        return 0
    fix = _same_glyph(sorted(wrong), drawn, font)
    changed = 0
    for start, end in streams:
        text = bytes(data[start:end])
        patched = _patch_cmap(text, fix)
        if patched != text:
            assert len(patched) == len(text)
            data[start:end] = patched
            changed += sum(1 for a, b in zip(text.split(), patched.split(), strict=True) if a != b)
    if changed:
        path.write_bytes(bytes(data))
    return changed


def _cmap_entries(text: bytes) -> list[tuple[bytes, bytes]]:
    """(source, destination) hex pairs of 4-digit entries in a ToUnicode CMap."""
    out: list[tuple[bytes, bytes]] = []
    section = b""
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.endswith((b"beginbfrange", b"beginbfchar")):
            section = stripped.split()[-1]
            continue
        if stripped.startswith(b"end"):
            section = b""
            continue
        tokens = _HEX.findall(stripped)
        if section == b"beginbfchar" and len(tokens) == 2:
            out.append((tokens[0], tokens[1]))
        elif section == b"beginbfrange" and len(tokens) >= 3:
            lo, hi = int(tokens[0], 16), int(tokens[1], 16)
            if b"[" in stripped or lo == hi:
                out.extend((tokens[0], dst) for dst in tokens[2:])
    return [(src, dst) for src, dst in out if len(dst) == 4]


def _patch_cmap(text: bytes, fix: dict[int, int]) -> bytes:
    lines = text.split(b"\n")
    section = b""
    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped.endswith((b"beginbfrange", b"beginbfchar")):
            section = stripped.split()[-1]
            continue
        if stripped.startswith(b"end"):
            section = b""
            continue
        if not section:
            continue
        tokens = list(_HEX.finditer(line))
        skip = 1 if section == b"beginbfchar" else 2
        if (
            section == b"beginbfrange"
            and len(tokens) == 3
            and tokens[0].group(1) != tokens[1].group(1)
        ):
            continue  # a run of consecutive code points: leave it
        new = bytearray(line)
        for m in tokens[skip:]:
            hex_ = m.group(1)
            if len(hex_) == 4:
                target = fix.get(int(hex_, 16))
                if target is not None and target <= 0xFFFF:
                    new[m.start(1) : m.end(1)] = b"%04X" % target
        lines[i] = bytes(new)
    return b"\n".join(lines)


def _same_glyph(codes: list[int], drawn: set[str], font: QFont) -> dict[int, int]:
    """For each code point, a drawn character with the same glyph in one of the fonts."""
    candidates = sorted(c for c in drawn if 0x80 <= ord(c) <= 0xFFFF)
    if not candidates:
        return {}
    families = [f for f in font.families() if QFontDatabase.hasFamily(f)]
    families += QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)[:3]
    fix: dict[int, int] = {}
    bad = "".join(chr(c) for c in codes)
    for family in dict.fromkeys(families):
        probe = QFont(font)
        probe.setFamilies([family])
        raw = QRawFont.fromFont(probe)
        if not raw.isValid():
            continue
        by_glyph: dict[int, str] = {}
        for char, glyph in zip(
            candidates, raw.glyphIndexesForString("".join(candidates)), strict=True
        ):
            if glyph:
                by_glyph.setdefault(glyph, char)
        for code, glyph in zip(codes, raw.glyphIndexesForString(bad), strict=True):
            match = by_glyph.get(glyph) if glyph else None
            if match is not None:
                fix.setdefault(code, ord(match))
    return fix


class PrintPreview(QPrintPreviewDialog):
    """A print preview of the pages, ready to ``exec()``; printing from it prints them.

    The paper size and orientation start from ``page`` and may be changed in the
    dialog; ``page.fit_width_pages`` still applies.
    """

    def __init__(
        self, job: ExportJob, parent: QWidget | None = None, page: PageSetup = PageSetup()
    ) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page.page_layout())
        printer.setDocName(job.title or "OA Desk")
        super().__init__(printer, parent)
        self._printer = printer  # the dialog does not own it
        self._job = job
        self._page = page
        self.setWindowTitle(QCoreApplication.translate("GanttExport", "Print Timeline"))
        self.paintRequested.connect(self._paint)

    def _paint(self, printer: QPrinter) -> None:
        paint_pages(printer, self._job, self._page)
