"""The dashboard as a PDF status report: A4 pages, the plan's headline figures then the
dashboard's charts, text kept as text with its TrueType fonts embedded (Chinese too).

Plain data in, a file out: matplotlib's PdfPages (no pyplot, no Qt); the words come
translated in :class:`ReportTexts`, the figures in ``domain.dashboard``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from oa_desk.charts import dashboard
from oa_desk.charts.fonts import use_cjk_fonts
from oa_desk.charts.style import PRINT, ChartStyle

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from oa_desk.domain.dashboard import DashboardFigures

__all__ = ["A4_INCHES", "ReportHeadline", "ReportTexts", "write_pdf"]

A4_INCHES = (8.27, 11.69)
_CHARTS_PER_PAGE = 3
_FOOTER_ROOM = 0.12  # of a chart's height: the band under the charts for the footer


@dataclass(frozen=True)
class ReportHeadline:
    """What the first page says before the charts."""

    name: str
    organisation: str = ""
    oa_product: str = ""
    go_live: dt.date | None = None
    days_to_go_live: int | None = None
    figures: Sequence[tuple[str, str]] = ()  # (caption, value), already formatted
    milestones: Sequence[tuple[str, str]] = ()  # (name, date), the next ones


@dataclass(frozen=True)
class ReportTexts:
    title: str = "Status report"
    as_of: str = "As of {date}"
    go_live: str = "Go-live {date}: {days} days to go"
    since_go_live: str = "Go-live {date}: {days} days ago"
    no_go_live: str = "No go-live date set"
    milestones: str = "Next milestones"
    page: str = "Page {page} of {pages}"
    charts: dashboard.DashboardTexts = field(default_factory=dashboard.DashboardTexts)


def _headline_page(
    head: ReportHeadline, as_of: dt.date, texts: ReportTexts, style: ChartStyle
) -> Figure:
    from matplotlib.figure import Figure

    fig = Figure(figsize=A4_INCHES, facecolor=style.background)
    y = 0.94

    # One weight throughout: the bundled CJK font has no bold (matplotlib would warn).
    def line(text: str, size: float, *, bold: bool = False, x: float = 0.08) -> None:
        nonlocal y
        fig.text(x, y, text, fontsize=size + (1 if bold else 0), color=style.text, va="top")
        y -= size / 72 / A4_INCHES[1] * 1.6

    line(f"{head.name} — {texts.title}", 18)
    sub = " · ".join(p for p in (head.organisation, head.oa_product) if p)
    if sub:
        line(sub, 11)
    line(texts.as_of.format(date=as_of.isoformat()), 11)
    if head.go_live is None or head.days_to_go_live is None:
        line(texts.no_go_live, 12, bold=True)
    elif head.days_to_go_live >= 0:
        line(texts.go_live.format(date=head.go_live, days=head.days_to_go_live), 12, bold=True)
    else:
        line(texts.since_go_live.format(date=head.go_live, days=-head.days_to_go_live), 12,
             bold=True)  # fmt: skip
    y -= 0.01
    for caption, value in head.figures:
        fig.text(0.08, y, caption, fontsize=11, color=style.text, va="top")
        fig.text(0.60, y, value, fontsize=12, color=style.text, va="top")
        y -= 0.026
    if head.milestones:
        y -= 0.01
        line(texts.milestones, 12, bold=True)
        for name, day in head.milestones:
            fig.text(0.10, y, name, fontsize=10, color=style.text, va="top")
            fig.text(0.60, y, day, fontsize=10, color=style.text, va="top")
            y -= 0.022
    return fig


def _footer(fig: Figure, texts: ReportTexts, page: int, pages: int, style: ChartStyle) -> None:
    fig.text(0.5, 0.02, texts.page.format(page=page, pages=pages), ha="center",
             fontsize=8, color=style.muted)  # fmt: skip


def write_pdf(
    path: Path,
    head: ReportHeadline,
    figures: DashboardFigures,
    texts: ReportTexts,
    *,
    style: ChartStyle = PRINT,
) -> int:
    """Write the report to ``path``; returns the number of pages."""
    use_cjk_fonts()
    from matplotlib.backends.backend_pdf import PdfPages

    charts: list[tuple[str, Callable[..., Figure]]] = list(dashboard.CHARTS)
    chart_pages = -(-len(charts) // _CHARTS_PER_PAGE)
    pages = 1 + chart_pages
    first = _headline_page(head, figures.status_date, texts, style)
    _footer(first, texts, 1, pages, style)
    info = {"Title": f"{head.name} — {texts.title}", "Creator": "OA Desk"}
    with PdfPages(path, metadata=info) as pdf:
        pdf.savefig(first)
        for p in range(chart_pages):
            part = charts[p * _CHARTS_PER_PAGE : (p + 1) * _CHARTS_PER_PAGE]
            page = _page_of_charts(part, figures, texts, style)
            _footer(page, texts, p + 2, pages, style)
            pdf.savefig(page)
    return pages


def _page_of_charts(
    charts: Sequence[tuple[str, Callable[..., Figure]]],
    figures: DashboardFigures,
    texts: ReportTexts,
    style: ChartStyle,
) -> Figure:
    """One A4 page with charts stacked, each builder drawing into its own subfigure."""
    from matplotlib.figure import Figure
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    page = Figure(figsize=A4_INCHES, facecolor=style.background)
    page.set_layout_engine(ConstrainedLayoutEngine(h_pad=0.25, w_pad=0.4))
    # The last row stays empty: the page footer's room (it sat on the tick labels).
    ratios = [1.0] * _CHARTS_PER_PAGE + [_FOOTER_ROOM]
    subs = page.subfigures(_CHARTS_PER_PAGE + 1, 1, squeeze=False, height_ratios=ratios)[:, 0]
    for sub, (name, build) in zip(subs, charts, strict=False):
        build(getattr(figures, name), style, texts.charts, into=sub)
    return page
