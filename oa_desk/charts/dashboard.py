"""The Overview dashboard's charts: schedule health, training by tier, support, top risks,
KPI progress and the adoption curve per department.

Builders from plain ``domain.dashboard`` figures to a matplotlib Figure (no pyplot,
no Qt), the ``charts/progress`` pattern: ``build_x(data, style, texts) -> Figure``,
every word already translated in :class:`DashboardTexts`, colours from the
:class:`~oa_desk.charts.style.ChartStyle` and the domain's colour vocabulary.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from oa_desk.charts.fonts import use_cjk_fonts
from oa_desk.charts.progress import day_number, month_ticks
from oa_desk.charts.style import ChartStyle, empty_note, style_axes
from oa_desk.domain import colours
from oa_desk.domain.enums import AudienceTier

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.container import BarContainer
    from matplotlib.figure import Figure, SubFigure
    from matplotlib.ticker import FuncFormatter

    from oa_desk.domain.dashboard import (
        AdoptionCurve,
        KpiBar,
        RiskBar,
        ScheduleHealth,
        SupportFigures,
        TierCoverage,
    )

__all__ = [
    "CHARTS",
    "DashboardTexts",
    "build_adoption",
    "build_kpis",
    "build_risks",
    "build_schedule",
    "build_support",
    "build_tiers",
]

GREEN, AMBER, RED = colours.RAG["green"], colours.RAG["amber"], colours.RAG["red"]
_LABEL_CHARS = 18  # longer names are cut with an ellipsis


@dataclass(frozen=True)
class DashboardTexts:
    """The charts' words, in the user's language."""

    tiers: Mapping[AudienceTier, str] = field(
        default_factory=lambda: {t: t.value for t in AudienceTier}
    )
    schedule: str = "Schedule health"
    late: str = "Late"
    critical_slipping: str = "Critical, slipping"
    ahead: str = "Ahead of baseline"
    on_baseline: str = "On baseline"
    behind: str = "Behind baseline"
    variance: str = "Mean finish variance {days:+.1f} working days (worst {worst:+d})"
    no_baseline: str = "No baseline saved: save one on the Timeline to see the variance"
    training: str = "Training coverage by tier"
    required: str = "Required"
    trained: str = "Trained"
    passed: str = "Passed"
    support: str = "Support: {open} open, {breached} past SLA"
    opened: str = "Opened per week"
    resolved: str = "Resolved per week"
    risks: str = "Top risks (probability × impact)"
    kpis: str = "KPI progress toward target"
    adoption: str = "Active-user rate since go-live"
    target: str = "Target {percent}"
    empty: str = "Nothing to show yet"
    percent: str = "{value:.0f}%"
    date_format: str = "%m-%d"
    month_format: str = "%Y-%m"


def _short(text: str) -> str:
    return text if len(text) <= _LABEL_CHARS else text[: _LABEL_CHARS - 1] + "…"


def _tail(text: str) -> str:
    """Cut at the front: a department's own name is the end of its label."""
    return text if len(text) <= _LABEL_CHARS else "…" + text[1 - _LABEL_CHARS :]


def _figure(
    style: ChartStyle, size: tuple[float, float], into: SubFigure | None
) -> tuple[Figure, Axes]:
    """A figure of its own, or a part of a bigger one (a page of the PDF report)."""
    use_cjk_fonts()
    from matplotlib.figure import Figure

    if into is not None:
        into.set_facecolor(style.background)
        fig, ax = into.figure, into.add_subplot()
    else:
        fig = Figure(figsize=size, dpi=style.dpi, facecolor=style.background, layout="constrained")
        ax = fig.add_subplot()
    return fig, style_axes(ax, style)


def _title(ax: Axes, style: ChartStyle, text: str) -> None:
    ax.set_title(text, color=style.text, fontsize=style.font_size + 1, loc="left")


def _empty(fig: Figure, ax: Axes, style: ChartStyle, text: str) -> Figure:
    empty_note(ax, style, text, wrap=True)
    return fig


def _bar_labels(ax: Axes, style: ChartStyle, bars: BarContainer, values: Sequence[str]) -> None:
    ax.bar_label(bars, labels=list(values), color=style.text, fontsize=style.font_size, padding=2)


def _hbars(
    ax: Axes,
    style: ChartStyle,
    names: Sequence[str],
    values: Sequence[float],
    tints: Sequence[str],
    notes: Sequence[str],
    most: float,
) -> None:
    """Horizontal bars, the first at the top, each with its note at its end."""
    ys = list(range(len(names)))[::-1]
    bars = ax.barh(ys, values, color=list(tints))
    ax.set_yticks(ys, list(names))
    _bar_labels(ax, style, bars, notes)
    ax.set_xlim(0, most)
    ax.grid(True, axis="x", color=style.grid, linewidth=0.5)


Size = tuple[float, float]
_SIZE: Size = (5.0, 2.6)


def build_schedule(
    data: ScheduleHealth,
    style: ChartStyle,
    texts: DashboardTexts,
    *,
    size: Size = _SIZE,
    into: SubFigure | None = None,
) -> Figure:
    """Late and slipping counts, and the tasks ahead of, on and behind the baseline."""
    fig, ax = _figure(style, size, into)
    _title(ax, style, texts.schedule)
    if data.tasks == 0:
        return _empty(fig, ax, style, texts.empty)
    names = [texts.late, texts.critical_slipping, texts.behind, texts.on_baseline, texts.ahead]
    values = [data.late, data.critical_slipping, data.behind, data.on_baseline, data.ahead]
    tints = [RED, RED, AMBER, style.muted, GREEN]
    _hbars(ax, style, names, values, tints, [f"{v:,}" for v in values], max(*values, 1) * 1.18)
    if data.mean_variance is None:
        note = texts.no_baseline
    else:
        note = texts.variance.format(days=data.mean_variance, worst=data.worst_variance or 0)
    ax.set_xlabel(note, color=style.text, fontsize=style.font_size)
    return fig


def build_tiers(
    data: Sequence[TierCoverage],
    style: ChartStyle,
    texts: DashboardTexts,
    *,
    size: Size = _SIZE,
    into: SubFigure | None = None,
) -> Figure:
    """Per tier: required, trained and passed headcounts, the passed share written on."""
    fig, ax = _figure(style, size, into)
    _title(ax, style, texts.training)
    shown = [t for t in data if t.required or t.trained]
    if not shown:
        return _empty(fig, ax, style, texts.empty)
    xs = list(range(len(shown)))
    width = 0.27
    ax.bar([x - width for x in xs], [t.required for t in shown], width, color=style.muted,
           label=texts.required)  # fmt: skip
    ax.bar(xs, [t.trained for t in shown], width, color=style.accent, label=texts.trained)
    # One colour for every tier's passed bar, the legend's: the tiers are named below.
    passed = ax.bar(
        [x + width for x in xs], [t.passed for t in shown], width, color=GREEN, label=texts.passed,
    )  # fmt: skip
    shares = [t.passed_share for t in shown]
    _bar_labels(
        ax, style, passed,
        [texts.percent.format(value=s * 100) if s is not None else "" for s in shares],
    )  # fmt: skip
    ax.set_xticks(xs, [texts.tiers.get(t.tier, t.tier.value) for t in shown])
    top = max(max(t.required, t.trained, t.passed) for t in shown)
    ax.set_ylim(0, max(top, 1) * 1.2)
    ax.legend(loc="upper right", fontsize=style.font_size, frameon=False, labelcolor=style.text)
    ax.grid(True, axis="y", color=style.grid, linewidth=0.5)
    return fig


def build_support(
    data: SupportFigures,
    style: ChartStyle,
    texts: DashboardTexts,
    *,
    size: Size = _SIZE,
    into: SubFigure | None = None,
) -> Figure:
    """Tickets opened and resolved per week, with the open and breached counts above."""
    fig, ax = _figure(style, size, into)
    _title(ax, style, texts.support.format(open=f"{data.open:,}", breached=f"{data.breached:,}"))
    if not data.weeks:
        return _empty(fig, ax, style, texts.empty)
    xs = list(range(len(data.weeks)))
    ax.bar(xs, data.opened, color=style.accent, alpha=0.75, label=texts.opened)
    ax.plot(xs, data.resolved, color=GREEN, marker="o", markersize=3, linewidth=1.5,
            label=texts.resolved)  # fmt: skip
    step = max(1, len(xs) // 6)
    ax.set_xticks(xs[::step], [w.strftime(texts.date_format) for w in data.weeks[::step]])
    ax.set_ylim(0, max(max(data.opened, default=0), max(data.resolved, default=0), 1) * 1.2)
    ax.legend(loc="upper left", fontsize=style.font_size, frameon=False, labelcolor=style.text)
    ax.grid(True, axis="y", color=style.grid, linewidth=0.5)
    return fig


def _risk_colour(score: int) -> str:
    return RED if score >= 15 else AMBER if score >= 8 else GREEN


def build_risks(
    data: Sequence[RiskBar],
    style: ChartStyle,
    texts: DashboardTexts,
    *,
    size: Size = _SIZE,
    into: SubFigure | None = None,
) -> Figure:
    """The live risks with the highest scores, highest at the top."""
    fig, ax = _figure(style, size, into)
    _title(ax, style, texts.risks)
    if not data:
        return _empty(fig, ax, style, texts.empty)
    scores = [float(r.score) for r in data]
    _hbars(
        ax, style, [_short(r.title) for r in data], scores, [_risk_colour(r.score) for r in data],
        [f"{r.probability}×{r.impact}" for r in data], 27,
    )  # fmt: skip
    return fig


def build_kpis(
    data: Sequence[KpiBar],
    style: ChartStyle,
    texts: DashboardTexts,
    *,
    size: Size = _SIZE,
    into: SubFigure | None = None,
) -> Figure:
    """Each KPI's share of the way from baseline to target (capped at 0..120 %)."""
    fig, ax = _figure(style, size, into)
    _title(ax, style, texts.kpis)
    if not data:
        return _empty(fig, ax, style, texts.empty)
    shares = [k.progress for k in data]
    drawn = [min(max((s or 0.0) * 100, 0.0), 120.0) for s in shares]
    tints = [colours.RAG.get(k.rag or "", style.muted) for k in data]  # domain.kpis.rag
    notes = [texts.percent.format(value=s * 100) if s is not None else "—" for s in shares]
    _hbars(ax, style, [_short(k.name) for k in data], drawn, tints, notes, 135)
    ax.axvline(100, color=style.text, linewidth=0.8, linestyle=":")
    ax.xaxis.set_major_formatter(_percent_formatter(texts))
    return fig


def _percent_formatter(texts: DashboardTexts) -> FuncFormatter:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda v, _p: texts.percent.format(value=v))


def build_adoption(
    data: Sequence[AdoptionCurve],
    style: ChartStyle,
    texts: DashboardTexts,
    *,
    size: Size = _SIZE,
    into: SubFigure | None = None,
) -> Figure:
    """Each department's active-user rate by day since its go-live, the KPI target dashed."""
    from matplotlib.ticker import FixedLocator, FuncFormatter

    fig, ax = _figure(style, size, into)
    _title(ax, style, texts.adoption)
    curves = [c for c in data if c.days]
    if not curves:
        return _empty(fig, ax, style, texts.empty)
    palette = colours.SERIES  # the data gives at most MOST_CURVES departments
    for i, curve in enumerate(curves):
        ax.plot(
            [day_number(x) for x in curve.days], [r * 100 for r in curve.rates],
            color=palette[i % len(palette)], linewidth=1.4, label=_tail(curve.department),
        )  # fmt: skip
    target = next((c.target for c in curves if c.target is not None), None)
    if target is not None:
        label = texts.target.format(percent=texts.percent.format(value=target * 100))
        ax.axhline(target * 100, color=style.today, linestyle="--", linewidth=1, label=label)
    first = min(c.days[0] for c in curves)
    last = max(c.days[-1] for c in curves)
    ticks = month_ticks(first, last, most=5)
    ax.xaxis.set_major_locator(FixedLocator([day_number(t) for t in ticks]))
    labels = {day_number(t): t.strftime(texts.month_format) for t in ticks}
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: labels.get(v, "")))
    ax.set_xlim(day_number(first), max(day_number(last), day_number(first) + 7))
    ax.set_ylim(0, 105)
    ax.yaxis.set_major_formatter(_percent_formatter(texts))
    # Beside the plot, not over its lines.
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=style.font_size - 1,
              frameon=False, labelcolor=style.text)  # fmt: skip
    ax.grid(True, color=style.grid, linewidth=0.5)
    return fig


# The dashboard's charts in the order the Overview and the PDF show them: the name
# and the attribute of ``DashboardFigures`` each draws.
CHARTS: tuple[tuple[str, Callable[..., Figure]], ...] = (
    ("schedule", build_schedule),
    ("tiers", build_tiers),
    ("support", build_support),
    ("risks", build_risks),
    ("kpis", build_kpis),
    ("adoption", build_adoption),
)
