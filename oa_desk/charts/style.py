"""Colours and sizes a figure is drawn with, as plain data.

The gui fills a :class:`ChartStyle` from the widget's palette (so dark mode
works) and the figure builders never ask Qt; exports use :data:`PRINT`.
"""

from __future__ import annotations

from dataclasses import dataclass

from oa_desk.domain import colours


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
