"""Use cases on the plan's own description, its status date and the Overview figures.

The status date is the day the plan is reported "as of": late, overdue, the
health colours, the next milestones, the progress chart and the weekly report
are computed from it. The PM sets it (an edit of the plan field
``status_date``, undoable like any other); unset, it follows today.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.enums import GateDecision
from oa_desk.store.overview import read_overview, read_plan_fields
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
    "status_date": dt.date,  # None: follows today
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
    """A wave on the Overview. Its pilot flag and planned go-live are those of every
    department in it (the wave owns them)."""

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
    status_date: dt.date | None = None  # as stored: None follows today

    def days_to_go_live(self, today: dt.date) -> int | None:
        return (self.target_go_live - today).days if self.target_go_live else None

    def as_of(self, today: dt.date) -> dt.date:
        """The day the figures are reported as of: the status date, else ``today``."""
        return self.status_date or today


def _day(text: str | dt.date | None) -> dt.date | None:
    if isinstance(text, dt.date):  # a driver that parses dates itself
        return text
    return dt.date.fromisoformat(text[:10]) if text else None


def load_overview(store: PlanStore, *, today: dt.date | None = None) -> Overview:
    """Everything the Overview page shows, read in one consistent transaction.

    The store reads it on the driver connection (``store/overview.py``): this is
    the first thing a window shows, and it must not wait for the ORM to load.
    Each wave's pilot flag and planned go-live are also its departments'.
    """
    rows = read_overview(store)
    plan = rows.plan
    return Overview(
        name=plan[0],
        organisation=plan[1],
        oa_product=plan[2],
        vendor=plan[3],
        description=plan[4],
        start_date=_day(plan[5]),
        target_go_live=_day(plan[6]),
        departments=rows.departments,
        people=rows.people,
        tasks=rows.tasks,
        open_tickets=rows.open_tickets,
        milestones_done=rows.milestones_done,
        # only milestones not done: a milestone at 100 % is reached, whatever its date
        next_milestones=tuple(
            Milestone(i, n, _day(f), p) for i, n, f, p in rows.upcoming if p < 100
        ),
        waves=tuple(
            WaveSummary(i, n, bool(pilot), _day(pg), _day(ag), GateDecision(g), int(c))
            for i, n, pilot, pg, ag, g, c in rows.waves
        ),
        status_date=_day(plan[7]),
    )


def status_date(store: PlanStore, *, today: dt.date | None = None) -> dt.date:
    """The day the plan is reported as of: its status date, or ``today`` (the real
    today by default) when the PM has set none."""
    stored = _day(read_plan_fields(store, ("status_date",))[0])
    return stored or today or dt.date.today()


def plan_fields(store: PlanStore, fields: tuple[str, ...]) -> dict[str, Any]:
    """Current values of some plan fields (what an undo needs to restore)."""
    for f in fields:
        if f not in EDITABLE_FIELDS:
            raise KeyError(f)
    row = read_plan_fields(store, fields)
    return {
        f: _day(v) if EDITABLE_FIELDS[f] is dt.date else v for f, v in zip(fields, row, strict=True)
    }


@dataclass(frozen=True)
class PlanEdit:
    """What :func:`edit_plan` changed, and the values :func:`revert_plan_edit` puts back."""

    changes: Changes
    old: Mapping[str, Any]


def update_plan(store: PlanStore, values: Mapping[str, Any]) -> Changes:
    """Change some of the plan's fields in one unit of work (see :func:`edit_plan`)."""
    return edit_plan(store, values).changes


def revert_plan_edit(store: PlanStore, edit: PlanEdit) -> Changes:
    """Undo of :func:`edit_plan`: the fields get their values from before."""
    return edit_plan(store, edit.old).changes


def edit_plan(store: PlanStore, values: Mapping[str, Any]) -> PlanEdit:
    """Change some of the plan's fields in one unit of work; the result undoes it.

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
    from oa_desk.store import models as m

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
        old: dict[str, Any] = {}
        for field, value in clean.items():
            if getattr(plan, field) != value:
                old[field] = getattr(plan, field)
                setattr(plan, field, value)
    return PlanEdit(Changes.update(ChangeKind.PLAN, [1]) if old else Changes(), old)
