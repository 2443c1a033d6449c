"""Support charts: opened vs closed per day, the backlog, SLA attainment by priority,
tickets by type and by department, the questions asked most, satisfaction by round.

Builders from plain data (``domain/support_figures.py``) to a matplotlib Figure
(no pyplot, no Qt), every word given already translated (enumeration labels
included), colours from the ChartStyle and the RAG vocabulary; Chinese labels
render with the bundled CJK font.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from oa_desk.charts.fonts import use_cjk_fonts
from oa_desk.charts.progress import day_number
from oa_desk.charts.style import ChartStyle, empty_note, style_axes
from oa_desk.domain import colours

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from oa_desk.domain.support_figures import DailyFlow, RoundScore, SlaAttainment

__all__ = [
    "SupportTexts",
    "build_backlog",
    "build_by_department",
    "build_by_type",
    "build_flow",
    "build_satisfaction",
    "build_sla",
    "build_top_questions",
]

OPENED, CLOSED = "#1565C0", "#2E7D32"
LABEL_CHARS = 18  # a long question is cut on the axis
MOST_DEPARTMENTS = 6  # satisfaction lines: the departments with the most rounds


@dataclass(frozen=True)
class SupportTexts:
    flow: str = "Tickets opened and closed per day"
    opened: str = "Opened"
    closed: str = "Closed"
    backlog: str = "Backlog"
    sla: str = "Resolution SLA by priority"
    met: str = "Met"
    missed: str = "Missed"
    open_breached: str = "Open, breached"
    open_ok: str = "Open, in time"
    share_met: str = "{value:.0f}% met"
    by_type: str = "Tickets by type"
    by_department: str = "Tickets by department"
    no_department: str = "(no department)"
    top_questions: str = "Questions asked most (linked tickets)"
    satisfaction: str = "Satisfaction by round"
    empty: str = "Nothing to show yet"
    date_format: str = "%m-%d"
    labels: Mapping[str, str] = field(default_factory=dict)  # enumeration code -> label


def _figure(style: ChartStyle, size: tuple[float, float]) -> Figure:
    use_cjk_fonts()
    from matplotlib.figure import Figure

    return Figure(figsize=size, dpi=style.dpi, facecolor=style.background, layout="constrained")


def _axes(fig: Figure, style: ChartStyle, title: str) -> Axes:
    ax = style_axes(fig.add_subplot(111), style)
    ax.set_title(title, color=style.text, fontsize=style.font_size + 1)
    return ax


def _legend(
    ax: Axes,
    style: ChartStyle,
    loc: Literal["lower left", "lower right", "upper left"],
    ncol: int = 1,
) -> None:
    legend = ax.legend(fontsize=style.font_size, frameon=False, loc=loc, ncol=ncol)
    for text in legend.get_texts():
        text.set_color(style.text)


def _cut(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def _day_axis(
    ax: Axes, style: ChartStyle, flow: DailyFlow, xs: list[float], texts: SupportTexts
) -> None:
    step = max(1, len(xs) // 8)
    ax.set_xticks(xs[::step])
    ax.set_xticklabels([d.strftime(texts.date_format) for d in flow.days[::step]])
    ax.set_xlim(xs[0] - 0.5, xs[-1] + 0.5)
    ax.set_ylim(bottom=0)
    ax.grid(True, axis="y", color=style.grid, linewidth=0.5)


def build_flow(
    flow: DailyFlow, style: ChartStyle, texts: SupportTexts, *, size: tuple[float, float] = (6, 3)
) -> Figure:
    """Tickets opened (filled steps) and closed (a step line) each day."""
    fig = _figure(style, size)
    ax = _axes(fig, style, texts.flow)
    if flow.empty:
        empty_note(ax, style, texts.empty)
        return fig
    xs = [day_number(d) for d in flow.days]
    # One artist a series (stairs, not a bar per day): 60 days draw in a fraction of the time.
    edges = [x - 0.5 for x in xs] + [xs[-1] + 0.5]
    ax.stairs(flow.opened, edges, fill=True, color=OPENED, alpha=0.55, label=texts.opened)
    ax.stairs(flow.closed, edges, color=CLOSED, linewidth=1.8, label=texts.closed)
    _day_axis(ax, style, flow, xs, texts)
    _legend(ax, style, "upper left")
    return fig


def build_backlog(
    flow: DailyFlow, style: ChartStyle, texts: SupportTexts, *, size: tuple[float, float] = (6, 3)
) -> Figure:
    """Tickets still open at the end of each day."""
    fig = _figure(style, size)
    ax = _axes(fig, style, texts.backlog)
    if flow.empty:
        empty_note(ax, style, texts.empty)
        return fig
    xs = [day_number(d) for d in flow.days]
    ax.fill_between(xs, flow.backlog, color=style.accent, alpha=0.25, linewidth=0)
    ax.plot(xs, flow.backlog, color=style.accent, linewidth=2)
    ax.text(
        xs[-1], flow.backlog[-1], f" {flow.backlog[-1]}", va="bottom", ha="right",
        color=style.text, fontsize=style.font_size,
    )  # fmt: skip
    _day_axis(ax, style, flow, xs, texts)
    return fig


def build_sla(
    sla: SlaAttainment,
    style: ChartStyle,
    texts: SupportTexts,
    *,
    size: tuple[float, float] = (5, 3),
) -> Figure:
    """Stacked bars per priority (met, missed, open breached, open in time) with the share
    of resolved tickets that met their target written beside each."""
    fig = _figure(style, size)
    ax = _axes(fig, style, texts.sla)
    totals = [sum(v) for v in zip(sla.met, sla.missed, sla.open_breached, sla.open_ok, strict=True)]
    if not any(totals):
        empty_note(ax, style, texts.empty)
        return fig
    names = [p.value for p in sla.priorities]
    left = [0] * len(names)
    parts = (
        (sla.met, colours.RAG["green"], texts.met),
        (sla.missed, colours.RAG["amber"], texts.missed),
        (sla.open_breached, colours.RAG["red"], texts.open_breached),
        (sla.open_ok, style.muted, texts.open_ok),
    )
    for values, colour, label in parts:
        ax.barh(names, values, left=left, color=colour, label=label)
        left = [a + b for a, b in zip(left, values, strict=True)]
    for i, total in enumerate(totals):
        share = sla.share_met(i)
        if share is not None:
            ax.text(
                total, i, " " + texts.share_met.format(value=share * 100), va="center",
                color=style.text, fontsize=style.font_size,
            )  # fmt: skip
    ax.invert_yaxis()
    ax.set_xlim(0, max(totals) * 1.3)
    ax.grid(True, axis="x", color=style.grid, linewidth=0.5)
    legend = ax.legend(
        loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=4,
        fontsize=style.font_size, frameon=False,
    )  # fmt: skip
    for text in legend.get_texts():
        text.set_color(style.text)
    return fig


def _bars(
    rows: Sequence[tuple[str, int]],
    style: ChartStyle,
    title: str,
    empty: str,
    size: tuple[float, float],
    colour: str,
) -> Figure:
    fig = _figure(style, size)
    ax = _axes(fig, style, title)
    if not rows:
        empty_note(ax, style, empty)
        return fig
    names = [_cut(n) for n, _c in rows]
    counts = [c for _n, c in rows]
    positions = list(range(len(rows)))
    ax.barh(positions, counts, color=colour)
    ax.set_yticks(positions)
    ax.set_yticklabels(names)
    ax.invert_yaxis()
    for y, count in zip(positions, counts, strict=True):
        ax.text(count, y, f" {count}", va="center", color=style.text, fontsize=style.font_size)
    ax.set_xlim(0, max(counts) * 1.15)
    ax.grid(True, axis="x", color=style.grid, linewidth=0.5)
    return fig


def build_by_type(
    rows: Sequence[tuple[str, int]],
    style: ChartStyle,
    texts: SupportTexts,
    *,
    size: tuple[float, float] = (5, 3),
) -> Figure:
    named = [(texts.labels.get(code, code), n) for code, n in rows]
    return _bars(named, style, texts.by_type, texts.empty, size, OPENED)


def build_by_department(
    rows: Sequence[tuple[str, int]],
    style: ChartStyle,
    texts: SupportTexts,
    *,
    size: tuple[float, float] = (5, 3.5),
) -> Figure:
    named = [(name or texts.no_department, n) for name, n in rows]
    return _bars(named, style, texts.by_department, texts.empty, size, style.accent)


def build_top_questions(
    rows: Sequence[tuple[str, int]],
    style: ChartStyle,
    texts: SupportTexts,
    *,
    size: tuple[float, float] = (5, 3.5),
) -> Figure:
    return _bars(rows, style, texts.top_questions, texts.empty, size, CLOSED)


def _spread(days: Sequence[dt.date], most: int = 7) -> list[dt.date]:
    """Round days to label, at least a ``most``-th of the span apart (labels never overlap)."""
    if not days:
        return []
    gap = max(1, (days[-1] - days[0]).days // most)
    out = [days[0]]
    for day in days[1:]:
        if (day - out[-1]).days >= gap:
            out.append(day)
    return out


def build_satisfaction(
    rounds: Sequence[RoundScore],
    style: ChartStyle,
    texts: SupportTexts,
    *,
    size: tuple[float, float] = (5, 3),
) -> Figure:
    """One line per department (those with the most rounds) of its rounds' 1-5 scores."""
    fig = _figure(style, size)
    ax = _axes(fig, style, texts.satisfaction)
    if not rounds:
        empty_note(ax, style, texts.empty)
        return fig
    per: dict[str, list[RoundScore]] = {}
    for r in rounds:
        per.setdefault(r.department or texts.no_department, []).append(r)
    shown = sorted(per, key=lambda d: (-len(per[d]), d))[:MOST_DEPARTMENTS]
    for name in shown:
        points = sorted(per[name], key=lambda r: r.day)
        ax.plot(
            [day_number(r.day) for r in points], [r.satisfaction for r in points],
            marker="o", linewidth=1.5, label=_cut(name),
        )  # fmt: skip
    ticks = _spread(sorted({r.day for name in shown for r in per[name]}))
    ax.set_xticks([day_number(d) for d in ticks])
    ax.set_xticklabels([d.strftime(texts.date_format) for d in ticks])
    ax.set_ylim(1, 5.2)
    ax.grid(True, color=style.grid, linewidth=0.5)
    _legend(ax, style, loc="lower left", ncol=2)
    return fig
