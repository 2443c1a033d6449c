"""Risk rules: the score (probability × impact on 1–5 scales), its level on the 5 × 5
heat map, which risks are still live, and when a review is overdue.

Pure functions of plain values, used by the Risks page, the Overview and reports.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from oa_desk.domain.enums import RiskStatus

__all__ = [
    "LIVE_STATUSES",
    "RiskLevel",
    "is_live",
    "level",
    "review_overdue",
    "score",
]

# Risks still to be watched: not yet mitigated away or closed.
LIVE_STATUSES = frozenset({RiskStatus.OPEN, RiskStatus.MONITORING, RiskStatus.OCCURRED})


class RiskLevel(StrEnum):
    LOW = "low"  # score 1–4
    MEDIUM = "medium"  # 5–9
    HIGH = "high"  # 10–16
    CRITICAL = "critical"  # 20–25


def score(probability: int, impact: int) -> int:
    return probability * impact


def level(probability: int, impact: int) -> RiskLevel:
    """The heat map's band of a cell."""
    value = score(probability, impact)
    if value >= 20:
        return RiskLevel.CRITICAL
    if value >= 10:
        return RiskLevel.HIGH
    if value >= 5:
        return RiskLevel.MEDIUM
    return RiskLevel.LOW


def is_live(status: RiskStatus) -> bool:
    return status in LIVE_STATUSES


def review_overdue(review_date: dt.date | None, status: RiskStatus, today: dt.date) -> bool:
    """A live risk whose review date has passed (a risk without one is not overdue)."""
    return is_live(status) and review_date is not None and review_date < today
