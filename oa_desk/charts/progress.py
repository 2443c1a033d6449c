"""The progress S-curve: planned (schedule and baseline) against actual, as of a date.

A figure builder from plain data to a matplotlib :class:`~matplotlib.figure.Figure`:
no pyplot (no global state), no Qt. This is the pattern every chart copies:
``build(data, style, texts) -> Figure``, with every word passed in already
translated and every colour from a :class:`~oa_desk.charts.style.ChartStyle`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from oa_desk.charts.fonts import use_cjk_fonts
from oa_desk.charts.style import ChartStyle, empty_note, style_axes

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from oa_desk.domain.metrics import ProgressSeries


@dataclass(frozen=True)
class ProgressTexts:
    """The chart's words, in the user's language."""

    planned: str = "Planned (schedule)"
    baseline: str = "Baseline {name}"
    actual: str = "Actual {percent}"
    expected: str = "Planned by now {percent}"
    status_date: str = "Status date"
    go_live: str = "Go-live"
    empty: str = "No scheduled tasks yet"
    percent: str = "{value:.0f}%"
    date_format: str = "%Y-%m"


def day_number(day: dt.date) -> float:
    """A date as the x coordinate the charts use: days since 1970-01-01."""
    return float(day.toordinal() - _EPOCH)


def month_ticks(first: dt.date, last: dt.date, most: int = 8) -> list[dt.date]:
    """First days of months between ``first`` and ``last``, at most ``most`` of them."""
    months = []
    day = dt.date(first.year, first.month, 1)
    while day <= last:
        if day >= first:
            months.append(day)
        day = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    step = max(1, -(-len(months) // most))
    return months[::step] or [first]


_EPOCH = dt.date(1970, 1, 1).toordinal()


def _xs(days: Sequence[dt.date]) -> list[float]:
    return [day_number(d) for d in days]


def build(
    series: ProgressSeries,
    style: ChartStyle,
    texts: ProgressTexts,
    *,
    size: tuple[float, float] = (5.0, 2.6),
) -> Figure:
    """The figure for ``series``; an empty plan gets a figure that says so."""
    use_cjk_fonts()
    from matplotlib.figure import Figure
    from matplotlib.ticker import FixedLocator, FuncFormatter

    fig = Figure(figsize=size, dpi=style.dpi, facecolor=style.background, layout="constrained")
    ax = style_axes(fig.add_subplot(), style)
    if series.empty:
        empty_note(ax, style, texts.empty)
        return fig
    days = _xs(series.days)
    ax.plot(
        days, [v * 100 for v in series.planned], color=style.accent, linewidth=2,
        label=texts.planned,
    )  # fmt: skip
    if series.baseline is not None:
        ax.plot(
            days, [v * 100 for v in series.baseline], color=style.muted, linewidth=1.5,
            linestyle="--", label=texts.baseline.format(name=series.baseline_name),
        )  # fmt: skip
    status = day_number(series.status_date)
    if days[0] <= status <= days[-1]:
        ax.axvline(status, color=style.today, linestyle=":", linewidth=1)
    pct = texts.percent
    ax.plot(
        [status], [series.actual * 100], marker="D", markersize=7, linestyle="none",
        color=style.today, label=texts.actual.format(percent=pct.format(value=series.actual * 100)),
    )  # fmt: skip
    ax.plot(
        [status], [series.expected * 100], marker="o", markersize=5, linestyle="none",
        markerfacecolor="none", color=style.accent,
        label=texts.expected.format(percent=pct.format(value=series.expected * 100)),
    )  # fmt: skip
    go_live = day_number(series.go_live) if series.go_live is not None else None
    if go_live is not None and days[0] <= go_live <= days[-1]:
        ax.axvline(go_live, color=style.go_live, linestyle="-.", linewidth=1)
        ax.annotate(
            texts.go_live, (go_live, 100), xytext=(3, -10), textcoords="offset points",
            color=style.go_live, fontsize=style.font_size,
        )  # fmt: skip
    ax.set_ylim(0, 105)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: pct.format(value=v)))
    ticks = month_ticks(series.days[0], series.days[-1])
    ax.xaxis.set_major_locator(FixedLocator(_xs(ticks)))
    labels = {day_number(d): d.strftime(texts.date_format) for d in ticks}
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: labels.get(v, "")))
    ax.set_xlim(days[0], max(days[-1], days[0] + 7))  # a one-day plan still gets a week
    ax.grid(True, color=style.grid, linewidth=0.5)
    legend = ax.legend(
        loc="upper left", fontsize=style.font_size, frameon=False, labelcolor=style.text
    )
    legend.set_zorder(5)
    return fig
