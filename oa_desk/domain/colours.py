"""The one colour vocabulary: phases, RAG health and engagement levels.

Used alike by the Gantt chart, boards, charts and Excel reports, as hex RGB
strings (no Qt, no openpyxl here). Colour is never the only signal: every use
pairs it with a label, a pattern or a shape. The hues are mid-tones that read
on both light and dark backgrounds; ``*_LIGHT`` tints fill cells and areas.
"""

from __future__ import annotations

from oa_desk.domain.enums import Engagement, Phase

PHASE: dict[Phase, str] = {
    Phase.PREPARE: "#4C78A8",  # blue: preparing
    Phase.IMPLEMENT: "#F58518",  # orange: implementing (publicity, training, pilot, waves)
    Phase.OPTIMISE: "#54A24B",  # green: optimising after go-live
}
PHASE_LIGHT: dict[Phase, str] = {
    Phase.PREPARE: "#D6E3F0",
    Phase.IMPLEMENT: "#FDE2C8",
    Phase.OPTIMISE: "#D5EBD2",
}

# Red / amber / green health, as in status reports.
RAG: dict[str, str] = {"green": "#2E9E44", "amber": "#E3A21A", "red": "#D64541"}
RAG_LIGHT: dict[str, str] = {"green": "#D4EDDA", "amber": "#FCEBC7", "red": "#F6D5D4"}

# From resistant (red) through neutral (grey) to leading (deep green).
ENGAGEMENT: dict[Engagement, str] = {
    Engagement.UNAWARE: "#9E9E9E",
    Engagement.RESISTANT: "#D64541",
    Engagement.NEUTRAL: "#BDB76B",
    Engagement.SUPPORTIVE: "#6BAF5F",
    Engagement.LEADING: "#2E7D32",
}

# The risk heat map's bands (keys: domain.risks.RiskLevel values), tints for the cells.
RISK_LEVEL: dict[str, str] = {
    "low": "#D4EDDA",
    "medium": "#FCEBC7",
    "high": "#F9C9A0",
    "critical": "#F2A7A5",
}

# Series that are told apart by colour and legend only (a chart's departments): ten
# distinct hues, the phases' three first.
SERIES: tuple[str, ...] = (
    "#4C78A8",
    "#F58518",
    "#54A24B",
    "#E45756",
    "#72B7B2",
    "#B279A2",
    "#EECA3B",
    "#9D755D",
    "#FF9DA6",
    "#5A5A5A",
)

CRITICAL = "#C62828"  # critical-path bars and arrows (also drawn thicker)
MILESTONE = "#6A3D9A"  # milestone diamonds
BASELINE = "#9E9E9E"  # baseline bars under the current ones
TODAY = "#D64541"  # the today line (dashed)
GO_LIVE = "#6A3D9A"  # the target go-live marker (dash-dot, labelled)


def rgb(hex_colour: str) -> tuple[int, int, int]:
    value = hex_colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
