"""The Overview's figures of the knowledge base (no SQLAlchemy: the Overview paints first)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from oa_desk.store.kb_reads import read_kb_summary

if TYPE_CHECKING:
    from oa_desk.store.planfile import PlanStore

__all__ = ["KbSummary", "summary"]


@dataclass(frozen=True)
class KbSummary:
    articles: int
    top: tuple[tuple[str, int], ...]  # the questions asked most: question, linked tickets
    satisfaction: float | None  # the mean score of the latest round's day
    satisfaction_day: dt.date | None


def summary(store: PlanStore, *, most: int = 3) -> KbSummary:
    count, top, scores = read_kb_summary(store, most)
    pairs = tuple((str(q), int(n)) for q, n in top)
    if not scores:
        return KbSummary(count, pairs, None, None)
    day = dt.date.fromisoformat(str(scores[0][0]))
    mean = sum(float(s) for _d, s in scores) / len(scores)
    return KbSummary(count, pairs, round(mean, 2), day)
