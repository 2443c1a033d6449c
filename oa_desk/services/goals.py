"""Goals and their KPIs: what the Goals page reads, and the intents on measurements.

Goals are a register (:mod:`oa_desk.services.records` adds, changes and
deletes them); this module reads every goal with its owner and measurements in
one go, registers the rule that a target is not the baseline nor on its wrong
side, and refuses a second measurement of one KPI on the same day (naming it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from oa_desk.domain import checks
from oa_desk.domain.enums import KpiCategory, KpiDirection
from oa_desk.domain.kpis import KpiState, latest, progress, state, target_problem
from oa_desk.services import plan as plan_service
from oa_desk.services import records
from oa_desk.services.records import AddStep, RecordEdit, RecordError
from oa_desk.store import models
from oa_desk.store.planfile import PlanStore

__all__ = [
    "GoalData",
    "GoalRow",
    "Measurement",
    "add_measurement",
    "edit_measurement",
    "load_goals",
]

GOAL_FIELDS = (
    "name",
    "category",
    "unit",
    "direction",
    "baseline",
    "target",
    "owner_id",
    "due",
    "description",
)


@dataclass(frozen=True)
class Measurement:
    id: int
    day: dt.date
    value: float
    note: str


@dataclass(frozen=True)
class GoalRow:
    id: int
    name: str
    category: KpiCategory
    unit: str
    direction: KpiDirection
    baseline: float | None
    target: float | None
    owner_id: int | None
    owner: str
    due: dt.date | None
    description: str
    measurements: tuple[Measurement, ...]  # by day

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in GOAL_FIELDS}

    def latest(self) -> tuple[dt.date, float] | None:
        return latest([(m.day, m.value) for m in self.measurements])

    def progress(self) -> float | None:
        last = self.latest()
        return progress(self.baseline, self.target, last[1] if last else None, self.direction)

    def state(self, today: dt.date) -> KpiState:
        points = [(m.day, m.value) for m in self.measurements]
        return state(self.baseline, self.target, self.direction, points, self.due, today)


@dataclass(frozen=True)
class GoalData:
    goals: tuple[GoalRow, ...]
    status_date: dt.date


def load_goals(store: PlanStore) -> GoalData:
    g, k, p = models.Goal, models.KpiMeasurement, models.Person
    with store.read() as session:
        points: dict[int, list[Measurement]] = {}
        for m in session.execute(select(k.id, k.goal_id, k.day, k.value, k.note).order_by(k.day)):
            points.setdefault(m.goal_id, []).append(Measurement(m.id, m.day, m.value, m.note))
        goals = tuple(
            GoalRow(
                x.id,
                x.name,
                KpiCategory(x.category),
                x.unit,
                KpiDirection(x.direction),
                x.baseline,
                x.target,
                x.owner_id,
                owner or "",
                x.due,
                x.description,
                tuple(points.get(x.id, ())),
            )
            for x, owner in session.execute(
                select(g, p.name.label("owner")).outerjoin(p, p.id == g.owner_id).order_by(g.id)
            )
        )
    return GoalData(goals, plan_service.status_date(store))


def _goal_rule(row: Mapping[str, Any]) -> Iterable[checks.Finding]:
    finding = target_problem(row)
    return [finding] if finding is not None else []


records.register_rule("goal", _goal_rule)


def _check_day(
    store: PlanStore, goal_id: int, day: dt.date | None, measurement_id: int | None
) -> None:
    if day is None:
        return
    k = models.KpiMeasurement
    with store.read() as session:
        clash = session.scalar(
            select(k.id).where(k.goal_id == goal_id, k.day == day, k.id != (measurement_id or 0))
        )
    if clash is not None:
        raise RecordError(
            "measurement_day_taken",
            f"goal #{goal_id} already has a measurement on {day.isoformat()}",
            field="day",
            table="kpi_measurement",
            day=day.isoformat(),
        )


def add_measurement(store: PlanStore, values: Mapping[str, Any]) -> AddStep:
    """Record a KPI's value on a day (one per day and KPI)."""
    goal_id = values.get("goal_id")
    if isinstance(goal_id, int):
        _check_day(store, goal_id, values.get("day"), None)
    return records.add_step(store, "kpi_measurement", values)


def edit_measurement(
    store: PlanStore, measurement_id: int, values: Mapping[str, Any]
) -> RecordEdit:
    k = models.KpiMeasurement
    with store.read() as session:
        goal_id = session.scalar(select(k.goal_id).where(k.id == measurement_id))
    if goal_id is not None and "day" in values:
        _check_day(store, goal_id, values["day"], measurement_id)
    return records.update_record(store, "kpi_measurement", measurement_id, values)
