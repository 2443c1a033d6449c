"""The Goals page's words for the domain's values (translated when called)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from oa_desk.domain import colours
from oa_desk.domain.enums import KpiCategory, KpiDirection
from oa_desk.domain.kpis import KpiState

translate = QCoreApplication.translate

# Each state's tint (cells, tiles): never the only signal, the state's name is beside it.
STATE_COLOUR = {
    KpiState.MET: colours.RAG_LIGHT["green"],
    KpiState.ON_TRACK: colours.RAG_LIGHT["green"],
    KpiState.BEHIND: colours.RAG_LIGHT["amber"],
    KpiState.MISSED: colours.RAG_LIGHT["red"],
    KpiState.NO_DATA: "#EEEEEE",
}


def category_names() -> dict[KpiCategory, str]:
    return {
        KpiCategory.EFFICIENCY: translate("Goals", "Efficiency"),
        KpiCategory.ADOPTION: translate("Goals", "Adoption"),
        KpiCategory.PAPERLESS: translate("Goals", "Paperless"),
        KpiCategory.SATISFACTION: translate("Goals", "Satisfaction"),
        KpiCategory.QUALITY: translate("Goals", "Quality"),
        KpiCategory.COST: translate("Goals", "Cost"),
    }


def direction_names() -> dict[KpiDirection, str]:
    return {
        KpiDirection.INCREASE: translate("Goals", "Higher is better"),
        KpiDirection.DECREASE: translate("Goals", "Lower is better"),
    }


def state_names() -> dict[KpiState, str]:
    return {
        KpiState.MET: translate("Goals", "Met"),
        KpiState.ON_TRACK: translate("Goals", "On track"),
        KpiState.BEHIND: translate("Goals", "Behind"),
        KpiState.MISSED: translate("Goals", "Missed"),
        KpiState.NO_DATA: translate("Goals", "No data"),
    }


def number(value: float | None, unit: str = "") -> str:
    """A figure as people write it: no trailing zeros, the unit after it."""
    if value is None:
        return ""
    text = QLocale().toString(float(value), "f", 2).rstrip("0").rstrip(QLocale().decimalPoint())
    return f"{text} {unit}".strip() if unit else text
