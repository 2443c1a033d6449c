"""The Overview tiles' figures: stakeholders overdue for contact, the top live risks and
every KPI's progress, computed by the domain's rules from the light start-up reads of
``store/dashboard_reads`` (no SQLAlchemy: the Overview paints before it is imported)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from oa_desk.domain.enums import Cadence, KpiDirection, RiskStatus
from oa_desk.domain.kpis import KpiState, latest, progress, state
from oa_desk.domain.risks import is_live, review_overdue, score
from oa_desk.domain.stakeholders import contact_due, contact_overdue
from oa_desk.services import plan as plan_service
from oa_desk.store.dashboard_reads import read_goal_rows, read_risk_rows, read_stakeholder_contacts
from oa_desk.store.planfile import PlanStore

__all__ = [
    "KpiLine",
    "OverdueContact",
    "RiskLine",
    "kpi_lines",
    "overdue_contacts",
    "risk_lines",
]


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text[:10]) if text else None


@dataclass(frozen=True)
class OverdueContact:
    id: int
    name: str
    cadence: Cadence
    last_contact: dt.date | None


def overdue_contacts(store: PlanStore) -> tuple[dt.date, list[OverdueContact]]:
    """The status date, and who is overdue for contact as of it, longest due first."""
    today = plan_service.status_date(store)
    late = [
        OverdueContact(sid, name, Cadence(cadence), _day(last))
        for sid, name, cadence, last in read_stakeholder_contacts(store)
        if contact_overdue(_day(last), Cadence(cadence), today)
    ]
    late.sort(key=lambda c: (contact_due(c.last_contact, c.cadence) or dt.date.max, c.id))
    return today, late


@dataclass(frozen=True)
class RiskLine:
    id: int
    title: str
    probability: int
    impact: int

    @property
    def score(self) -> int:
        return score(self.probability, self.impact)


def risk_lines(store: PlanStore) -> tuple[list[RiskLine], int]:
    """The live risks, highest score first, and how many reviews are overdue."""
    today = plan_service.status_date(store)
    live, overdue = [], 0
    for rid, title, p, i, status, review in read_risk_rows(store):
        st = RiskStatus(status)
        if is_live(st):
            live.append(RiskLine(rid, title, p, i))
        if review_overdue(_day(review), st, today):
            overdue += 1
    live.sort(key=lambda r: (-r.score, r.id))
    return live, overdue


@dataclass(frozen=True)
class KpiLine:
    id: int
    name: str
    unit: str
    latest: float | None
    target: float | None
    progress: float | None
    state: KpiState


def kpi_lines(store: PlanStore, today: dt.date | None = None) -> list[KpiLine]:
    """Each goal's latest value, progress and state as of ``today`` (default: the plan's
    status date), by the rules of ``domain.kpis``."""
    today = today or plan_service.status_date(store)
    goals, points = read_goal_rows(store)
    by_goal: dict[int, list[tuple[dt.date, float]]] = {}
    for goal_id, day, value in points:
        parsed = _day(day)
        if parsed is not None:
            by_goal.setdefault(goal_id, []).append((parsed, float(value)))
    out = []
    for gid, name, unit, direction, baseline, target, due in goals:
        measured = by_goal.get(gid, [])
        last = latest(measured)
        kd = KpiDirection(direction)
        out.append(
            KpiLine(
                gid,
                name,
                unit,
                last[1] if last else None,
                target,
                progress(baseline, target, last[1] if last else None, kd),
                state(baseline, target, kd, measured, _day(due), today),
            )
        )
    return out
