"""Loading the plan into the scheduler's plain data: tasks, links, calendar, stored dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from oa_desk.domain.calendar import WorkCalendar
from oa_desk.domain.enums import ConstraintType, DependencyType, TaskKind
from oa_desk.domain.schedule import LinkSpec, Scheduler, TaskSpec, paused_gc
from oa_desk.services.schedule.records import LinkState, TaskState
from oa_desk.store import bulkread
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore

__all__ = ["PlanData", "build_scheduler", "load_calendar", "load_plan_data", "plan_data_of"]

_EXC = cast(Table, m.CalendarException.__table__)
_CAL = cast(Table, m.Calendar.__table__)


@dataclass(frozen=True)
class PlanData:
    """The plan as the scheduler needs it, plus the dates stored now."""

    tasks: list[TaskSpec]
    links: list[LinkSpec]
    calendar: WorkCalendar
    project_start: dt.date
    stored: dict[int, TaskState]  # by task id
    link_ids: dict[tuple[int, int], LinkState]  # by (pred, succ)
    # False when the plan names no start date: the project then starts on the
    # earliest stored start, which moves with the dates.
    start_from_plan: bool = True


def load_calendar(session: Session, *, span: tuple[dt.date, dt.date] | None = None) -> WorkCalendar:
    """The plan's working calendar (Monday to Friday when it has none)."""
    cal_id = session.execute(select(m.Plan.calendar_id)).scalar()
    if cal_id is None:
        return WorkCalendar(span=span)
    mask = session.execute(select(_CAL.c.working_weekdays).where(_CAL.c.id == cal_id)).scalar()
    rows = session.execute(select(_EXC.c.day, _EXC.c.working).where(_EXC.c.calendar_id == cal_id))
    return WorkCalendar(mask or "1111100", {r.day: r.working for r in rows}, span=span)


def load_plan_data(session: Session) -> PlanData:
    """Read tasks, links and calendar: the columns needed, in one pass each.

    Task and link rows come through :mod:`oa_desk.store.bulkread` (plain driver
    tuples: SQLAlchemy's per-value processing costs ~0.5 s on 20,000 tasks);
    dates are parsed once per distinct value and enums through lookup tables.
    """
    with paused_gc():
        return _load_plan_data(session)


def _load_plan_data(session: Session) -> PlanData:
    day = bulkread.day_parser()
    kinds = {k.value: k for k in TaskKind}
    ctypes = {c.value: c for c in ConstraintType}
    dtypes = {x.value: x for x in DependencyType}
    tasks: list[TaskSpec] = []
    stored: dict[int, TaskState] = {}
    for (
        tid,
        parent,
        kind_s,
        duration,
        ctype_s,
        cdate_s,
        progress,
        name,
        start_s,
        finish_s,
    ) in bulkread.schedule_task_rows(session):
        kind = kinds[kind_s]
        ctype = ctypes[ctype_s]
        cdate = day(cdate_s)
        start, finish = day(start_s), day(finish_s)
        tasks.append(TaskSpec(tid, parent, kind, duration, ctype, cdate, progress, name))
        stored[tid] = TaskState(tid, kind, duration, progress, ctype, cdate, start, finish)
    links: list[LinkSpec] = []
    link_ids: dict[tuple[int, int], LinkState] = {}
    for lid, pred, succ, type_s, lag in bulkread.dependency_rows(session):
        kind_ = dtypes[type_s]
        links.append(LinkSpec(pred, succ, kind_, lag))
        link_ids[(pred, succ)] = LinkState(lid, pred, succ, kind_, lag)
    return plan_data_of(session, tasks, stored, links, link_ids)


def plan_data_of(
    session: Session,
    tasks: list[TaskSpec],
    stored: dict[int, TaskState],
    links: list[LinkSpec],
    link_ids: dict[tuple[int, int], LinkState],
    *,
    calendar: WorkCalendar | None = None,
) -> PlanData:
    """The plan data of task and link rows the caller holds as stored (it has just
    written them all: an import), with the plan's start and calendar read.

    Spares reading back tens of thousands of rows written a moment before.
    ``calendar``: the plan's calendar as the caller has just loaded it (in the
    same unit of work, after its last change to it), not read again.
    """
    first = min((s.start for s in stored.values() if s.start is not None), default=None)
    last = max((s.finish for s in stored.values() if s.finish is not None), default=None)
    plan = session.execute(select(m.Plan.start_date, m.Plan.target_go_live)).first()
    start_from_plan = bool(plan and plan[0])
    project_start = (plan[0] if plan else None) or first or dt.date.today()
    end = max(x for x in (project_start, last, plan[1] if plan else None) if x is not None)
    if calendar is None:  # (a given one grows its tables as the dates need)
        calendar = load_calendar(session, span=(project_start, end + dt.timedelta(days=60)))
    return PlanData(tasks, links, calendar, project_start, stored, link_ids, start_from_plan)


def build_scheduler(store: PlanStore) -> Scheduler:
    """A compiled scheduler of the plan as stored, for the Gantt's live drag preview.

    It reads in its own session and writes nothing: call
    :meth:`Scheduler.update_task` while dragging, then the matching service
    (:func:`move_task`, :func:`change_duration`) on release.
    """
    with store.read() as session:
        data = load_plan_data(session)
    return Scheduler(data.tasks, data.links, data.calendar, data.project_start)
