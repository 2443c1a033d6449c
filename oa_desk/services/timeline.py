"""Reading the plan's work breakdown for the Timeline: rows in WBS order, and links.

Tasks and links are read straight from the driver (:mod:`oa_desk.store.bulkread`:
no ORM entities, no per-value result processing), so that 20,000 tasks load
in a fraction of a second; the rest goes through SQLAlchemy Core.

The baseline drawn under the bars is a view setting: :func:`load_timeline`
takes the baseline to show, and each row's ``baseline_start`` and
``baseline_finish`` (and its finish variance) come from that baseline's rows.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple, cast

from sqlalchemy import Table, case, select

from oa_desk.domain.enums import ConstraintType, DependencyType, Phase, RaciRole, TaskKind
from oa_desk.domain.schedule import paused_gc
from oa_desk.store import bulkread
from oa_desk.store import models as m
from oa_desk.store.bulkread import DayParser
from oa_desk.store.planfile import PlanStore

_PLAN = cast(Table, m.Plan.__table__)
_CAL = cast(Table, m.Calendar.__table__)
_EXC = cast(Table, m.CalendarException.__table__)


class TimelineRow(NamedTuple):
    """One task as the Timeline shows it. A named tuple: 20,000 of them build in a
    fraction of the time frozen dataclasses take."""

    id: int
    parent_id: int | None
    level: int
    wbs: str
    name: str
    phase: Phase
    kind: TaskKind
    start: dt.date | None
    finish: dt.date | None
    duration: int
    progress: int
    owner_id: int | None
    owner: str
    department_id: int | None
    department: str
    wave_id: int | None
    wave: str
    predecessors: str
    constraint_type: ConstraintType
    constraint_date: dt.date | None
    baseline_start: dt.date | None  # in the baseline shown (see load_timeline)
    baseline_finish: dt.date | None
    has_children: bool
    critical: bool = False
    total_float: int | None = None
    finish_variance: int | None = None  # working days after the shown baseline's finish


class TimelineLink(NamedTuple):
    id: int
    pred: int
    succ: int
    type: DependencyType
    lag: int


@dataclass(frozen=True)
class TimelineData:
    rows: tuple[TimelineRow, ...]
    links: tuple[TimelineLink, ...]
    go_live: dt.date | None
    project_start: dt.date | None
    index: dict[int, int] = field(default_factory=dict)  # task id -> position in rows
    weekdays: str = "1111100"  # the calendar's working weekdays, Monday first
    exceptions: Mapping[dt.date, bool] = field(default_factory=dict)  # day -> working
    plan_name: str = ""
    baseline_id: int | None = None  # the baseline the rows' baseline dates come from

    def row(self, task_id: int) -> TimelineRow:
        return self.rows[self.index[task_id]]


def wbs_order(
    tasks: Iterable[tuple[int, int | None, int]],
) -> list[tuple[int, int, str]]:
    """(id, level, WBS code) depth first, siblings by (seq, id). Orphans become roots."""
    children: dict[int | None, list[tuple[int, int]]] = defaultdict(list)
    ids = set()
    rows = list(tasks)
    for task_id, _parent, _seq in rows:
        ids.add(task_id)
    for task_id, parent, seq in rows:
        children[parent if parent in ids else None].append((seq, task_id))
    for kids in children.values():
        kids.sort()
    out: list[tuple[int, int, str]] = []
    stack: list[tuple[int, int, str]] = [
        (task_id, 0, str(n)) for n, (_s, task_id) in reversed(list(enumerate(children[None], 1)))
    ]
    seen: set[int] = set()
    while stack:
        task_id, level, code = stack.pop()
        if task_id in seen:  # a parent loop in a damaged plan: show each task once
            continue
        seen.add(task_id)
        out.append((task_id, level, code))
        kids = children.get(task_id, [])
        for n, (_s, child) in reversed(list(enumerate(kids, 1))):
            stack.append((child, level + 1, f"{code}.{n}"))
    return out


def load_timeline(store: PlanStore, baseline_id: int | None = None) -> TimelineData:
    """Rows and links of the whole plan, with the dates of baseline ``baseline_id``.

    ``None`` (or a baseline that no longer exists) shows no baseline. Task and
    link rows come straight from the driver: dates are parsed once per
    distinct value and enumerations through lookup tables.
    """
    with paused_gc():  # 20,000 rows of acyclic tuples: the collector would only rescan them
        with store.read() as session:
            tasks = bulkread.timeline_task_rows(session, baseline_id)
            link_rows = bulkread.dependency_rows(session)
            plan = session.execute(
                select(
                    _PLAN.c.start_date, _PLAN.c.target_go_live, _PLAN.c.name, _PLAN.c.calendar_id
                )
            ).first()
            cal_id = plan.calendar_id if plan else None
            weekdays = (
                session.execute(select(_CAL.c.working_weekdays).where(_CAL.c.id == cal_id)).scalar()
                or "1111100"
            )
            days = {
                r.day: bool(r.working)
                for r in session.execute(
                    select(_EXC.c.day, _EXC.c.working).where(_EXC.c.calendar_id == cal_id)
                )
            }
        data = _build(tasks, link_rows, bulkread.day_parser())
        return replace(
            data,
            rows=tuple(with_variance(data.rows, weekdays, days)),
            go_live=plan.target_go_live if plan else None,
            project_start=plan.start_date if plan else None,
            weekdays=weekdays,
            exceptions=days,
            plan_name=plan.name if plan else "",
            baseline_id=baseline_id,
        )


def with_variance(
    rows: Iterable[TimelineRow], weekdays: str, exceptions: Mapping[dt.date, bool]
) -> list[TimelineRow]:
    """Rows with their finish variance against the baseline shown, in working days."""
    from oa_desk.domain.calendar import WorkCalendar

    calendar = WorkCalendar(weekdays, exceptions)
    out = []
    for row in rows:
        if row.finish is not None and row.baseline_finish is not None:
            days = calendar.working_days_between(row.baseline_finish, row.finish)
            row = row._replace(finish_variance=days)
        out.append(row)
    return out


def load_rows(store: PlanStore, ids: Iterable[int], previous: TimelineData) -> list[TimelineRow]:
    """Fresh rows for some tasks whose place in the outline did not change.

    Their WBS code, level and children come from ``previous``; everything
    else (dates, names, predecessors) is read again.
    """
    wanted = sorted(i for i in set(ids) if i in previous.index)
    if not wanted:
        return []
    with store.read() as session:
        tasks = bulkread.timeline_task_rows(session, previous.baseline_id, wanted)
        links = bulkread.dependency_rows(session, wanted)
    fresh = _build(tasks, links, bulkread.day_parser())
    out: list[TimelineRow] = []
    for row in fresh.rows:
        old = previous.row(row.id)
        out.append(
            row._replace(
                finish_variance=None,
                level=old.level,
                wbs=old.wbs,
                has_children=old.has_children,
                critical=old.critical,
                total_float=old.total_float,
            )
        )
    return with_variance(out, previous.weekdays, previous.exceptions)


def with_schedule_flags(data: TimelineData, store: PlanStore) -> TimelineData:
    """The rows with total float and critical flags from a full schedule pass."""
    from oa_desk.services.schedule import build_scheduler

    result = build_scheduler(store).result()
    rows = []
    for row in data.rows:
        try:
            times = result[row.id]
        except KeyError:
            rows.append(row)
            continue
        rows.append(row._replace(critical=times.critical, total_float=times.total_float))
    return replace(data, rows=tuple(rows))


def _build(
    tasks: list[tuple[Any, ...]], link_rows: list[tuple[Any, ...]], day: DayParser
) -> TimelineData:
    """Rows in WBS order (plan dates and calendar left for the caller)."""
    phases = {x.value: x for x in Phase}
    kinds = {x.value: x for x in TaskKind}
    ctypes = {x.value: x for x in ConstraintType}
    dtypes = {x.value: x for x in DependencyType}
    links = tuple(
        TimelineLink(lid, pred, succ, dtypes[kind], lag) for lid, pred, succ, kind, lag in link_rows
    )
    preds: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for link in links:  # the notation of domain.links, written inline: 30,000 of them
        pred, lag = link.pred, link.lag
        if lag:
            text = f"{pred}{link.type.value}{lag:+d}d"
        elif link.type is DependencyType.FS:
            text = str(pred)
        else:
            text = f"{pred}{link.type.value}"
        preds[link.succ].append((pred, text))
    by_id = {r[0]: r for r in tasks}
    parents = {r[1] for r in tasks}
    rows = []
    for task_id, level, code in wbs_order((r[0], r[1], r[2]) for r in tasks):
        (
            _id, parent_id, _seq, name, phase, kind, start, finish, duration, progress,
            owner_id, owner, department_id, department, wave_id, wave,
            ctype, cdate, bstart, bfinish,
        ) = by_id[task_id]  # fmt: skip
        own_preds = preds.get(task_id)
        rows.append(
            TimelineRow(
                task_id,
                parent_id,
                level,
                code,
                name,
                phases[phase],
                kinds[kind],
                day(start),
                day(finish),
                duration,
                progress,
                owner_id,
                owner or "",
                department_id,
                department or "",
                wave_id,
                wave or "",
                ", ".join(t for _, t in sorted(own_preds)) if own_preds else "",
                ctypes[ctype],
                day(cdate),
                day(bstart),
                day(bfinish),
                task_id in parents,
            )
        )
    index = {row.id: i for i, row in enumerate(rows)}
    return TimelineData(tuple(rows), links, None, None, index)


@dataclass(frozen=True)
class Choices:
    """What the task editors offer: people, departments, waves (id, label)."""

    people: tuple[tuple[int, str], ...]
    departments: tuple[tuple[int, str], ...]
    waves: tuple[tuple[int, str], ...]


def load_choices(store: PlanStore, *, people: bool = True) -> Choices:
    """Departments and waves, and the people unless ``people`` is false (a large
    roster is read only when an owner is about to be chosen)."""
    p, d, w = m.Person, m.Department, m.Wave
    with store.read() as session:
        persons = (
            session.execute(
                select(p.id, p.name + " · " + p.employee_no)
                .where(p.active)
                .order_by(p.name, p.employee_no)
            ).all()
            if people
            else []
        )
        departments = session.execute(
            select(d.id, d.name).order_by(d.parent_id.is_not(None), d.seq, d.id)
        ).all()
        waves = session.execute(select(w.id, w.name).order_by(w.seq, w.id)).all()
    return Choices(
        tuple((i, str(n)) for i, n in persons),
        tuple((i, str(n)) for i, n in departments),
        tuple((i, str(n)) for i, n in waves),
    )


@dataclass(frozen=True)
class TaskDetails:
    """What the task dialog shows beyond the table's columns."""

    deliverable: str
    acceptance: str
    notes: str
    raci: tuple[tuple[str, str], ...]  # stakeholder name, role letter


# RACI letters in their usual order.
_RACI_ORDER = {role: k for k, role in enumerate((RaciRole.R, RaciRole.A, RaciRole.C, RaciRole.I))}


def load_task_details(store: PlanStore, task_id: int) -> TaskDetails:
    t, r, sh = m.Task, m.RaciEntry, m.Stakeholder
    with store.read() as session:
        row = session.execute(
            select(t.deliverable, t.acceptance, t.notes).where(t.id == task_id)
        ).first()
        raci = session.execute(
            select(sh.name, r.role)
            .join(sh, sh.id == r.stakeholder_id)
            .where(r.task_id == task_id)
            .order_by(case(_RACI_ORDER, value=r.role), sh.name)
        ).all()
    if row is None:
        raise KeyError(task_id)
    return TaskDetails(
        row.deliverable, row.acceptance, row.notes, tuple((str(n), str(x)) for n, x in raci)
    )


@dataclass(frozen=True)
class CalendarInfo:
    """The plan's working calendar as the calendar dialog shows it."""

    weekdays: str
    preset: str | None
    exceptions: tuple[tuple[dt.date, bool, str], ...]  # day, working, name; by day


def load_calendar_info(store: PlanStore) -> CalendarInfo:
    with store.read() as session:
        row = session.execute(
            select(_CAL.c.id, _CAL.c.working_weekdays, _CAL.c.preset).join(
                _PLAN, _PLAN.c.calendar_id == _CAL.c.id
            )
        ).first()
        exceptions = (
            session.execute(
                select(_EXC.c.day, _EXC.c.working, _EXC.c.name)
                .where(_EXC.c.calendar_id == row.id)
                .order_by(_EXC.c.day)
            ).all()
            if row
            else []
        )
    return CalendarInfo(
        row.working_weekdays if row else "1111100",
        row.preset if row else None,
        tuple((d, bool(w), str(n)) for d, w, n in exceptions),
    )


def tasks_noting(store: PlanStore, text: str) -> frozenset[int]:
    """The tasks whose notes, deliverable or acceptance contain ``text`` (any case): what
    Find looks at beyond the columns the Timeline holds in memory."""
    needle = text.strip()
    if not needle:
        return frozenset()
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = f"%{escaped}%"
    t = m.Task
    with store.read() as session:
        found = session.execute(
            select(t.id).where(
                t.notes.ilike(pattern, escape="\\")
                | t.deliverable.ilike(pattern, escape="\\")
                | t.acceptance.ilike(pattern, escape="\\")
            )
        ).scalars()
        return frozenset(int(i) for i in found)
