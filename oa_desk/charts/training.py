"""Training charts: the trained share by tier over time, and the passed share by department.

Builders from plain data to a matplotlib Figure (no pyplot, no Qt), every word
given already translated, colours from the ChartStyle and the tiers' own
colours; Chinese labels render with the bundled CJK font.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from oa_desk.charts.fonts import use_cjk_fonts
from oa_desk.charts.progress import day_number, month_ticks
from oa_desk.charts.style import ChartStyle, empty_note, style_axes
from oa_desk.domain.enums import AudienceTier

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from oa_desk.domain.training import ShareSeries

TIER_COLOURS = {
    AudienceTier.LEADERSHIP: "#7B1FA2",
    AudienceTier.KEY_USER: "#1565C0",
    AudienceTier.END_USER: "#2E7D32",
}
TIERS = (AudienceTier.LEADERSHIP, AudienceTier.KEY_USER, AudienceTier.END_USER)


@dataclass(frozen=True)
class TrainingTexts:
    tiers: Mapping[AudienceTier, str]
    over_time: str = "Trained share by tier"
    by_department: str = "Passed share by department"
    empty: str = "No one trained yet"
    percent: str = "{value:.0f}%"
    date_format: str = "%Y-%m"


@dataclass(frozen=True)
class DepartmentShares:
    """Departments (names) and, per tier, each one's passed share (None: nobody required)."""

    names: Sequence[str]
    shares: Mapping[AudienceTier, Sequence[float | None]]


def _axes(fig: Figure, style: ChartStyle, where: int = 111) -> Axes:
    return style_axes(fig.add_subplot(where), style)


def build_over_time(
    series: ShareSeries,
    style: ChartStyle,
    texts: TrainingTexts,
    *,
    size: tuple[float, float] = (5.0, 2.8),
) -> Figure:
    """One step line per tier: the share of its people trained by each day."""
    use_cjk_fonts()
    from matplotlib.figure import Figure
    from matplotlib.ticker import FixedLocator, FuncFormatter

    fig = Figure(figsize=size, dpi=style.dpi, facecolor=style.background, layout="constrained")
    ax = _axes(fig, style)
    ax.set_title(texts.over_time, color=style.text, fontsize=style.font_size + 1)
    if series.empty:
        empty_note(ax, style, texts.empty)
        return fig
    days = [d for points in series.points.values() for d, _v in points]
    first, last = min(days), max(days)
    for tier in TIERS:
        points = series.points.get(tier, ())
        if not points:
            continue
        xs = [day_number(d) for d, _v in points]
        ys = [v * 100 for _d, v in points]
        ax.step(
            xs, ys, where="post", color=TIER_COLOURS[tier], linewidth=2,
            label=f"{texts.tiers[tier]} {texts.percent.format(value=ys[-1])}",
        )  # fmt: skip
    ax.set_ylim(0, 105)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: texts.percent.format(value=v)))
    ticks = month_ticks(first, last)
    ax.xaxis.set_major_locator(FixedLocator([day_number(d) for d in ticks]))
    ax.set_xticklabels([d.strftime(texts.date_format) for d in ticks])
    ax.grid(True, color=style.grid, linewidth=0.5)
    legend = ax.legend(loc="upper left", fontsize=style.font_size, frameon=False)
    for text in legend.get_texts():
        text.set_color(style.text)
    return fig


def build_by_department(
    data: DepartmentShares,
    style: ChartStyle,
    texts: TrainingTexts,
    *,
    size: tuple[float, float] = (5.0, 3.2),
) -> Figure:
    """Grouped horizontal bars: each department's passed share per tier."""
    use_cjk_fonts()
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    fig = Figure(figsize=size, dpi=style.dpi, facecolor=style.background, layout="constrained")
    ax = _axes(fig, style)
    ax.set_title(texts.by_department, color=style.text, fontsize=style.font_size + 1)
    if not data.names:
        empty_note(ax, style, texts.empty)
        return fig
    height = 0.8 / len(TIERS)
    for i, tier in enumerate(TIERS):
        shares = data.shares.get(tier, [None] * len(data.names))
        ys = [row + (i - 1) * height for row in range(len(data.names))]
        ax.barh(
            ys, [(s or 0) * 100 for s in shares], height=height, color=TIER_COLOURS[tier],
            label=texts.tiers[tier],
        )  # fmt: skip
    ax.set_yticks(range(len(data.names)))
    ax.set_yticklabels(list(data.names))
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: texts.percent.format(value=v)))
    ax.grid(True, axis="x", color=style.grid, linewidth=0.5)
    legend = ax.legend(
        loc="upper center", bbox_to_anchor=(0.5, -0.06), ncol=len(TIERS),
        fontsize=style.font_size, frameon=False,
    )  # fmt: skip
    for text in legend.get_texts():
        text.set_color(style.text)
    return fig
