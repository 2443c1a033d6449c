"""Use cases on the plan's own description and the Overview figures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from oa_desk.domain.changes import Changes
from oa_desk.domain.enums import OPEN_TICKET_STATUSES, GateDecision, TaskKind
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore

# Plan fields the user may edit, with the Python type each holds.
EDITABLE_FIELDS: Mapping[str, type] = {
    "name": str,
    "organisation": str,
    "oa_product": str,
    "vendor": str,
    "description": str,
    "start_date": dt.date,
    "target_go_live": dt.date,
}


class InvalidValue(ValueError):
    """A value the user typed cannot be stored; the message says why."""

    def __init__(self, field: str, code: str, message: str, **params: Any) -> None:
        self.field = field
        self.code = code  # "unknown_field", "wrong_type", "empty_name", "dates_order"
        self.params = params
        super().__init__(message)


@dataclass(frozen=True)
class Milestone:
    id: int
    name: str
    day: dt.date | None
    progress: int


@dataclass(frozen=True)
class WaveSummary:
    id: int
    name: str
    is_pilot: bool
    planned_go_live: dt.date | None
    actual_go_live: dt.date | None
    gate_decision: GateDecision
    departments: int


@dataclass(frozen=True)
class Overview:
    name: str
    organisation: str
    oa_product: str
    vendor: str
    description: str
    start_date: dt.date | None
    target_go_live: dt.date | None
    departments: int
    people: int
    tasks: int
    open_tickets: int
    milestones_done: int
    next_milestones: tuple[Milestone, ...]
    waves: tuple[WaveSummary, ...] = ()

    def days_to_go_live(self, today: dt.date) -> int | None:
        return (self.target_go_live - today).days if self.target_go_live else None


def load_overview(store: PlanStore, *, today: dt.date | None = None) -> Overview:
    """Everything the Overview page shows, read in one consistent transaction."""
    today = today or dt.date.today()
    with store.read() as s:
        plan = s.execute(
            select(
                m.Plan.name,
                m.Plan.organisation,
                m.Plan.oa_product,
                m.Plan.vendor,
                m.Plan.description,
                m.Plan.start_date,
                m.Plan.target_go_live,
            ).where(m.Plan.id == 1)
        ).one()

        def count(stmt: Any) -> int:
            return int(s.execute(stmt).scalar_one())

        departments = count(select(func.count()).select_from(m.Department))
        people = count(select(func.count()).select_from(m.Person).where(m.Person.active))
        tasks = count(
            select(func.count()).select_from(m.Task).where(m.Task.kind != TaskKind.SUMMARY)
        )
        open_tickets = count(
            select(func.count())
            .select_from(m.Ticket)
            .where(m.Ticket.status.in_(OPEN_TICKET_STATUSES))
        )
        milestones_done = count(
            select(func.count())
            .select_from(m.Task)
            .where(m.Task.kind == TaskKind.MILESTONE, m.Task.progress >= 100)
        )
        upcoming = s.execute(
            select(m.Task.id, m.Task.name, m.Task.finish, m.Task.progress)
            .where(m.Task.kind == TaskKind.MILESTONE, m.Task.progress < 100)
            .order_by(m.Task.finish.is_(None), m.Task.finish, m.Task.id)
            .limit(5)
        ).all()
        dept_counts = {
            wave_id: count
            for wave_id, count in s.execute(
                select(m.Department.wave_id, func.count())
                .where(m.Department.wave_id.is_not(None))
                .group_by(m.Department.wave_id)
            )
        }
        waves = tuple(
            WaveSummary(
                r.id,
                r.name,
                r.is_pilot,
                r.planned_go_live,
                r.actual_go_live,
                r.gate_decision,
                int(dept_counts.get(r.id, 0)),
            )
            for r in s.execute(
                select(
                    m.Wave.id,
                    m.Wave.name,
                    m.Wave.is_pilot,
                    m.Wave.planned_go_live,
                    m.Wave.actual_go_live,
                    m.Wave.gate_decision,
                ).order_by(m.Wave.seq, m.Wave.id)
            )
        )
    return Overview(
        waves=waves,
        name=plan.name,
        organisation=plan.organisation,
        oa_product=plan.oa_product,
        vendor=plan.vendor,
        description=plan.description,
        start_date=plan.start_date,
        target_go_live=plan.target_go_live,
        departments=departments,
        people=people,
        tasks=tasks,
        open_tickets=open_tickets,
        milestones_done=milestones_done,
        next_milestones=tuple(Milestone(r.id, r.name, r.finish, r.progress) for r in upcoming),
    )


def plan_fields(store: PlanStore, fields: tuple[str, ...]) -> dict[str, Any]:
    """Current values of some plan fields (what an undo needs to restore)."""
    for f in fields:
        if f not in EDITABLE_FIELDS:
            raise KeyError(f)
    with store.read() as s:
        row = s.execute(select(*(getattr(m.Plan, f) for f in fields))).one()
    return dict(zip(fields, row, strict=True))


def update_plan(store: PlanStore, values: Mapping[str, Any]) -> Changes:
    """Change some of the plan's fields in one unit of work.

    Raises InvalidValue naming the field (nothing changes) for an empty name,
    a value of the wrong type, or a start date after the go-live date.
    """
    clean: dict[str, Any] = {}
    for field, value in values.items():
        kind = EDITABLE_FIELDS.get(field)
        if kind is None:
            raise InvalidValue(field, "unknown_field", f"{field} is not an editable plan field")
        if value is not None and not isinstance(value, kind):
            raise InvalidValue(field, "wrong_type", f"{field} must be a {kind.__name__}")
        if isinstance(value, str) or (kind is str and value is None):
            value = (value or "").strip()
            if field == "name" and not value:
                raise InvalidValue(field, "empty_name", "The plan name cannot be empty.")
        clean[field] = value
    with store.write() as s:
        plan = s.get_one(m.Plan, 1)
        start = clean.get("start_date", plan.start_date)
        go_live = clean.get("target_go_live", plan.target_go_live)
        if start and go_live and start > go_live:
            field = "start_date" if "start_date" in clean else "target_go_live"
            raise InvalidValue(
                field,
                "dates_order",
                f"The start date {start} is after the go-live date {go_live}.",
                start=start,
                go_live=go_live,
            )
        changed = False
        for field, value in clean.items():
            if getattr(plan, field) != value:
                setattr(plan, field, value)
                changed = True
    return Changes.update("plan", [1]) if changed else Changes()
