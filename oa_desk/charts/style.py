"""Colours and sizes a figure is drawn with, as plain data.

The gui fills a :class:`ChartStyle` from the widget's palette (so dark mode
works) and the figure builders never ask Qt; exports use :data:`PRINT`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from oa_desk.domain import colours

if TYPE_CHECKING:  # matplotlib loads with the first chart, not with this module
    from matplotlib.axes import Axes


@dataclass(frozen=True)
class ChartStyle:
    background: str = "#FFFFFF"
    text: str = "#202020"
    grid: str = "#D0D0D0"
    accent: str = colours.PHASE[next(iter(colours.PHASE))]  # the plan's own line
    muted: str = colours.BASELINE  # baselines and other references
    today: str = colours.TODAY
    go_live: str = colours.GO_LIVE
    font_size: float = 9.0
    dpi: float = 100.0


PRINT = ChartStyle()


def style_axes(ax: Axes, style: ChartStyle) -> Axes:
    """Axes in the style's colours: background, frame and tick labels."""
    ax.set_facecolor(style.background)
    for spine in ax.spines.values():
        spine.set_color(style.grid)
    ax.tick_params(colors=style.text, labelsize=style.font_size)
    return ax


def empty_note(ax: Axes, style: ChartStyle, text: str, *, wrap: bool = False) -> None:
    """No axes, only ``text`` in their middle: what a chart with nothing to show draws."""
    ax.set_axis_off()
    ax.text(
        0.5, 0.5, text, ha="center", va="center", color=style.text,
        fontsize=style.font_size + 1, transform=ax.transAxes, wrap=wrap,
    )  # fmt: skip
