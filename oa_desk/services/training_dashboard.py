"""The Overview's training figures, without SQLAlchemy (the Overview paints first):
each tier's passed headcount, the "no training, no account" count before go-live and
the planned sessions of the coming days. The same rule as the coverage matrix
(``domain.training``: a tier's courses and their prerequisites)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from oa_desk.domain.enums import AudienceTier
from oa_desk.domain.training import Cell, with_prerequisites
from oa_desk.store.planfile import PlanStore
from oa_desk.store.training_reads import read_training_rows

__all__ = ["TrainingSummary", "required_of", "summary"]


@dataclass(frozen=True)
class TrainingSummary:
    """Each tier's headcounts (the whole organisation; trained is passed here too), the
    people on the "no training, no account" list, the planned sessions ahead."""

    tiers: Mapping[AudienceTier, Cell]
    no_account: int
    days: int
    upcoming: int
    courses: int


def required_of(
    courses: Sequence[tuple[Any, ...]], links: Sequence[tuple[Any, ...]]
) -> dict[str, dict[int, bool]]:
    """Each tier's required courses (id -> has a pass mark), by tier code."""
    marked = {int(cid): mark is not None for cid, _tier, mark in courses}
    own: dict[str, list[int]] = {}
    for cid, tier, _mark in courses:
        own.setdefault(str(tier), []).append(int(cid))
    needs: dict[int, set[int]] = {}
    for course, prerequisite in links:
        needs.setdefault(int(course), set()).add(int(prerequisite))
    return {
        tier: {c: marked[c] for c in with_prerequisites(ids, needs) if c in marked}
        for tier, ids in own.items()
    }


def summary(store: PlanStore, today: dt.date, days: int = 14, ahead: int = 7) -> TrainingSummary:
    """The figures for a go-live within ``days`` and the sessions within ``ahead`` days."""
    rows = read_training_rows(store, required_of)
    need = required_of(rows.courses, rows.links)
    passed_people: set[int] = set()
    passed: dict[str, int] = {}
    for person, tier, attended, done in rows.results:
        courses = need.get(str(tier), {})
        if courses and attended >= len(courses) and done >= sum(courses.values()):
            passed_people.add(int(person))
            passed[str(tier)] = passed.get(str(tier), 0) + 1
    tiers = {t: Cell() for t in AudienceTier}
    for tier, n in rows.heads:
        got = passed.get(str(tier), 0)
        tiers[AudienceTier(tier)] = Cell(int(n), got, got)
    by = (today + dt.timedelta(days=days)).isoformat()
    blocked = sum(
        1
        for person, go_live in rows.going_live
        if str(go_live)[:10] <= by and int(person) not in passed_people
    )
    start, end = today.isoformat(), (today + dt.timedelta(days=ahead)).isoformat()
    upcoming = sum(1 for (starts,) in rows.planned if start <= str(starts)[:10] < end)
    return TrainingSummary(tiers, blocked, days, upcoming, len(rows.courses))
