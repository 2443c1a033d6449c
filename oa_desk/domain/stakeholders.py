"""Stakeholder and RACI rules: the power/interest quadrant, the ADKAR barrier, engagement
gaps, overdue contacts and the RACI matrix's one-A-at-least-one-R rule.

Pure functions of plain values, used by the Team page, the Overview and the
RACI export alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from oa_desk.domain.enums import Cadence, Engagement, RaciRole

__all__ = [
    "ADKAR_STAGES",
    "CADENCE_DAYS",
    "ENGAGEMENT_ORDER",
    "SCORE_RANGE",
    "Quadrant",
    "RaciProblem",
    "adkar_barrier",
    "contact_due",
    "contact_overdue",
    "engagement_gap",
    "quadrant",
    "raci_problems",
]

SCORE_RANGE = (1, 5)
# Scores above the middle (3) are "high" on the grid: 4 and 5.
_HIGH = 4
# The five ADKAR stages in their order: the first one scored 3 or lower is the barrier.
ADKAR_STAGES = ("awareness", "desire", "knowledge", "ability", "reinforcement")
_BARRIER_AT_MOST = 3
ENGAGEMENT_ORDER: tuple[Engagement, ...] = (
    Engagement.UNAWARE,
    Engagement.RESISTANT,
    Engagement.NEUTRAL,
    Engagement.SUPPORTIVE,
    Engagement.LEADING,
)
# How often a stakeholder is to be contacted; "as needed" is never overdue.
CADENCE_DAYS: Mapping[Cadence, int | None] = {
    Cadence.WEEKLY: 7,
    Cadence.BIWEEKLY: 14,
    Cadence.MONTHLY: 31,
    Cadence.QUARTERLY: 92,
    Cadence.AS_NEEDED: None,
}


class Quadrant(StrEnum):
    """The power/interest grid's four strategies."""

    MANAGE_CLOSELY = "manage_closely"  # high influence, high interest
    KEEP_SATISFIED = "keep_satisfied"  # high influence, low interest
    KEEP_INFORMED = "keep_informed"  # low influence, high interest
    MONITOR = "monitor"  # low influence, low interest


def quadrant(influence: int, interest: int) -> Quadrant:
    """Where a stakeholder sits on the grid (scores 1–5; 4 and 5 are high)."""
    high_power, high_interest = influence >= _HIGH, interest >= _HIGH
    if high_power:
        return Quadrant.MANAGE_CLOSELY if high_interest else Quadrant.KEEP_SATISFIED
    return Quadrant.KEEP_INFORMED if high_interest else Quadrant.MONITOR


def adkar_barrier(scores: Sequence[int | None]) -> int | None:
    """The index (0–4, in :data:`ADKAR_STAGES` order) of the first stage scored 3 or
    lower: where change stalls. Stages not scored are skipped; None: no barrier."""
    for index, score in enumerate(scores):
        if score is not None and score <= _BARRIER_AT_MOST:
            return index
    return None


def engagement_gap(current: Engagement, desired: Engagement) -> int:
    """How many levels the stakeholder must move (negative: beyond what is needed)."""
    return ENGAGEMENT_ORDER.index(desired) - ENGAGEMENT_ORDER.index(current)


def contact_due(last_contact: dt.date | None, cadence: Cadence) -> dt.date | None:
    """When the next contact is due; None when the cadence is "as needed". A stakeholder
    never contacted is due at once (``date.min``)."""
    days = CADENCE_DAYS[cadence]
    if days is None:
        return None
    if last_contact is None:
        return dt.date.min
    return last_contact + dt.timedelta(days=days)


def contact_overdue(last_contact: dt.date | None, cadence: Cadence, today: dt.date) -> bool:
    """The last contact is older than the cadence allows."""
    due = contact_due(last_contact, cadence)
    return due is not None and due < today


@dataclass(frozen=True)
class RaciProblem:
    """A task that breaks the RACI rule: ``code`` is ``no_accountable``,
    ``several_accountable`` or ``no_responsible``."""

    task_id: int
    code: str


def raci_problems(
    task_ids: Iterable[int], entries: Iterable[tuple[int, int, RaciRole]]
) -> list[RaciProblem]:
    """Each task must have exactly one A and at least one R. ``entries``:
    (task id, stakeholder id, role); tasks without any entry are problems too."""
    accountable: dict[int, int] = {}
    responsible: set[int] = set()
    for task_id, _who, role in entries:
        if role == RaciRole.A:
            accountable[task_id] = accountable.get(task_id, 0) + 1
        elif role == RaciRole.R:
            responsible.add(task_id)
    out: list[RaciProblem] = []
    for task_id in task_ids:
        count = accountable.get(task_id, 0)
        if count == 0:
            out.append(RaciProblem(task_id, "no_accountable"))
        elif count > 1:
            out.append(RaciProblem(task_id, "several_accountable"))
        if task_id not in responsible:
            out.append(RaciProblem(task_id, "no_responsible"))
    return out
