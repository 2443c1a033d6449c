"""Scheduling use cases: one function per user intent, one unit of work each.

Every edit runs in ``store.write()`` (one transaction): it validates first
(a refused edit raises and changes nothing), changes the scheduling inputs,
reschedules the whole plan in memory and writes back only the tasks whose
dates (or a summary's rolled-up duration and progress) changed.

Each edit returns an :class:`EditResult`: the :class:`Changes` for the views,
the schedule's conflicts, the fresh :class:`Schedule` (float, critical path)
and an :class:`Undo` holding exactly what the edit overwrote. ``revert(store,
result.undo)`` puts it all back, dates included, without rescheduling, so an
undo restores the plan as it was even if its stored dates were stale. Redo is
calling the same service again: links are named by their two tasks and
calendar exceptions by their day, so a redo after an undo finds them again.

Date conventions are those of :mod:`oa_desk.domain.schedule` (inclusive
finish dates; a milestone's start and finish are its day).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple, cast

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from oa_desk.domain.calendar import PRESETS, WorkCalendar, parse_weekdays, preset_exceptions
from oa_desk.domain.changes import Changes
from oa_desk.domain.enums import ConstraintType, DependencyType, TaskKind
from oa_desk.domain.schedule import (
    Conflict,
    LinkError,
    LinkSpec,
    Schedule,
    ScheduleError,
    Scheduler,
    TaskSpec,
    paused_gc,
)
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore

__all__ = [
    "CalendarState",
    "EditResult",
    "ExceptionState",
    "LinkState",
    "PlanData",
    "TaskState",
    "Undo",
    "add_calendar_exception",
    "add_dependency",
    "apply_calendar_preset",
    "build_scheduler",
    "change_duration",
    "check_dependency",
    "edit_calendar_exception",
    "edit_dependency",
    "load_calendar",
    "load_plan_data",
    "move_task",
    "remove_calendar_exception",
    "remove_dependency",
    "reschedule",
    "revert",
    "set_constraint",
    "set_progress",
    "set_working_weekdays",
]

_TASK = cast(Table, m.Task.__table__)
_DEP = cast(Table, m.Dependency.__table__)
_EXC = cast(Table, m.CalendarException.__table__)
_CAL = cast(Table, m.Calendar.__table__)

# -- what an edit overwrote ------------------------------------------------------------


class TaskState(NamedTuple):
    """The scheduling fields of one task as they were before an edit."""

    id: int
    kind: TaskKind
    duration: int
    progress: int
    constraint_type: ConstraintType
    constraint_date: dt.date | None
    start: dt.date | None
    finish: dt.date | None


class LinkState(NamedTuple):
    id: int
    pred: int
    succ: int
    type: DependencyType
    lag: int


@dataclass(frozen=True, slots=True)
class ExceptionState:
    id: int
    day: dt.date
    working: bool
    name: str


@dataclass(frozen=True, slots=True)
class CalendarState:
    """A whole calendar: its weekday mask, preset code and every exception."""

    id: int
    working_weekdays: str
    preset: str | None
    exceptions: tuple[ExceptionState, ...]


@dataclass(frozen=True)
class Undo:
    """Everything an edit overwrote; :func:`revert` restores it exactly."""

    tasks: tuple[TaskState, ...] = ()
    links_added: tuple[int, ...] = ()  # ids to delete
    links_removed: tuple[LinkState, ...] = ()  # to insert again, same ids
    links_changed: tuple[LinkState, ...] = ()  # previous type and lag
    calendar: CalendarState | None = None
    baselines_added: tuple[int, ...] = ()
    baselines_removed: tuple[BaselineState, ...] = ()
    baselines_renamed: tuple[tuple[int, str], ...] = ()  # (id, previous name)
    task_baselines: tuple[tuple[int, dt.date | None, dt.date | None], ...] = ()

    def __bool__(self) -> bool:
        return any(
            (
                self.tasks,
                self.links_added,
                self.links_removed,
                self.links_changed,
                self.calendar,
                self.baselines_added,
                self.baselines_removed,
                self.baselines_renamed,
                self.task_baselines,
            )
        )


@dataclass(frozen=True, slots=True)
class BaselineState:
    """A whole baseline, kept to insert it again when its deletion is undone."""

    id: int
    name: str
    created_at: dt.datetime
    rows: tuple[tuple[int, dt.date | None, dt.date | None], ...]  # task id, start, finish


@dataclass(frozen=True)
class EditResult:
    """What an edit did: what changed, its inverse, and the resulting schedule."""

    changes: Changes
    undo: Undo
    schedule: Schedule | None = None
    conflicts: tuple[Conflict, ...] = field(default=())


# -- loading the plan into plain data --------------------------------------------------


@dataclass(frozen=True)
class PlanData:
    """The plan as the scheduler needs it, plus the dates stored now."""

    tasks: list[TaskSpec]
    links: list[LinkSpec]
    calendar: WorkCalendar
    project_start: dt.date
    stored: dict[int, TaskState]  # by task id
    link_ids: dict[tuple[int, int], LinkState]  # by (pred, succ)


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

    Rows come straight from the driver (SQLAlchemy's per-value type
    processing costs ~0.5 s on 20,000 tasks); dates are parsed once per
    distinct value and enums through lookup tables.
    """
    with paused_gc():
        return _load_plan_data(session)


def _load_plan_data(session: Session) -> PlanData:
    # The driver's own cursor, inside the session's transaction: plain tuples.
    cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    day_cache: dict[str, dt.date] = {}

    def day(text: str | None) -> dt.date | None:
        if text is None:
            return None
        found = day_cache.get(text)
        if found is None:
            found = day_cache[text] = dt.date.fromisoformat(text[:10])
        return found

    kinds = {k.value: k for k in TaskKind}
    ctypes = {c.value: c for c in ConstraintType}
    dtypes = {x.value: x for x in DependencyType}
    rows = cursor.execute(
        "SELECT id, parent_id, kind, duration, constraint_type, constraint_date, progress,"
        " name, start, finish FROM task ORDER BY parent_id, seq, id"
    ).fetchall()
    tasks: list[TaskSpec] = []
    stored: dict[int, TaskState] = {}
    first: dt.date | None = None
    last: dt.date | None = None
    for tid, parent, kind_s, duration, ctype_s, cdate_s, progress, name, start_s, finish_s in rows:
        kind = kinds[kind_s]
        ctype = ctypes[ctype_s]
        cdate = day(cdate_s)
        start, finish = day(start_s), day(finish_s)
        tasks.append(TaskSpec(tid, parent, kind, duration, ctype, cdate, progress, name))
        stored[tid] = TaskState(tid, kind, duration, progress, ctype, cdate, start, finish)
        if start is not None and (first is None or start < first):
            first = start
        if finish is not None and (last is None or finish > last):
            last = finish
    links: list[LinkSpec] = []
    link_ids: dict[tuple[int, int], LinkState] = {}
    for lid, pred, succ, type_s, lag in cursor.execute(
        "SELECT id, predecessor_id, successor_id, type, lag FROM dependency"
    ).fetchall():
        kind_ = dtypes[type_s]
        links.append(LinkSpec(pred, succ, kind_, lag))
        link_ids[(pred, succ)] = LinkState(lid, pred, succ, kind_, lag)
    plan = session.execute(select(m.Plan.start_date, m.Plan.target_go_live)).first()
    project_start = (plan[0] if plan else None) or first or dt.date.today()
    end = max(x for x in (project_start, last, plan[1] if plan else None) if x is not None)
    calendar = load_calendar(session, span=(project_start, end + dt.timedelta(days=60)))
    cursor.close()
    return PlanData(tasks, links, calendar, project_start, stored, link_ids)


def build_scheduler(store: PlanStore) -> Scheduler:
    """A compiled scheduler of the plan as stored, for the Gantt's live drag preview.

    It reads in its own session and writes nothing: call
    :meth:`Scheduler.update_task` while dragging, then the matching service
    (:func:`move_task`, :func:`change_duration`) on release.
    """
    with store.read() as session:
        data = load_plan_data(session)
    return Scheduler(data.tasks, data.links, data.calendar, data.project_start)


# -- the reschedule at the heart of every edit -----------------------------------------


def _write_schedule(session: Session, data: PlanData) -> tuple[Schedule, list[TaskState]]:
    """Schedule ``data`` and write back what changed; return the rows it overwrote."""
    sched = Scheduler(data.tasks, data.links, data.calendar, data.project_start).result()
    dates = sched.dates()
    durations = sched.durations()
    progress = sched.progress()
    summaries = sched.summary_ids()
    rows: list[dict[str, object]] = []
    before: list[TaskState] = []
    for spec in data.tasks:
        old = data.stored[spec.id]
        start, finish = dates[spec.id]
        if spec.id in summaries:  # a summary's duration and progress roll up
            dur, prog = durations[spec.id], progress[spec.id]
        else:
            dur, prog = old.duration, old.progress
        if (old.start, old.finish, old.duration, old.progress) != (start, finish, dur, prog):
            rows.append({"_id": spec.id, "_s": start, "_f": finish, "_d": dur, "_p": prog})
            before.append(old)
    if rows:
        session.connection().execute(
            update(_TASK)
            .where(_TASK.c.id == bindparam("_id"))
            .values(
                start=bindparam("_s"),
                finish=bindparam("_f"),
                duration=bindparam("_d"),
                progress=bindparam("_p"),
            ),
            rows,
        )
    return sched, before


def _finish(
    session: Session,
    data: PlanData,
    edited: Sequence[TaskState] = (),
    changes: Changes | None = None,
    undo: Undo | None = None,
) -> EditResult:
    """Reschedule, write back, and assemble the result of an edit.

    ``edited`` are the rows of the tasks the edit itself changed, as they were
    before it; ``undo`` holds what else it overwrote.
    """
    sched, before = _write_schedule(session, data)
    overwritten = {s.id: s for s in before}
    for state in edited:  # the row as it was before the edit, inputs and dates
        overwritten[state.id] = state
    changes = changes or Changes()
    if overwritten:
        changes = changes | Changes.update("task", overwritten)
    return EditResult(
        changes=changes,
        undo=replace(undo or Undo(), tasks=tuple(overwritten.values())),
        schedule=sched,
        conflicts=sched.conflicts,
    )


def _replace_task(data: PlanData, task_id: int, **fields: object) -> TaskState:
    """Change one task's inputs in ``data`` (and its stored row); return the old row."""
    old = data.stored.get(task_id)
    if old is None:
        raise ScheduleError(f"task #{task_id} does not exist")
    for k, spec in enumerate(data.tasks):
        if spec.id == task_id:
            values: dict[str, object] = {
                "id": spec.id,
                "parent": spec.parent,
                "kind": spec.kind,
                "duration": spec.duration,
                "constraint": spec.constraint,
                "constraint_date": spec.constraint_date,
                "progress": spec.progress,
                "name": spec.name,
            }
            values.update(fields)
            data.tasks[k] = TaskSpec(**values)  # type: ignore[arg-type]
            break
    return old


def _has_children(session: Session, task_id: int) -> bool:
    return (
        session.execute(select(_TASK.c.id).where(_TASK.c.parent_id == task_id).limit(1)).first()
        is not None
    )


def reschedule(store: PlanStore) -> EditResult:
    """Recompute every date and write back the ones that changed."""
    with store.write() as session:
        return _finish(session, load_plan_data(session))


def _set_inputs(
    store: PlanStore,
    task_id: int,
    *,
    kind: TaskKind | None = None,
    duration: int | None = None,
    progress: int | None = None,
    constraint: ConstraintType | None = None,
    constraint_date: dt.date | None = None,
    summary_ok: bool = True,
) -> EditResult:
    with store.write() as session:
        data = load_plan_data(session)
        old = data.stored.get(task_id)
        if old is None:
            raise ScheduleError(f"task #{task_id} does not exist")
        if not summary_ok and _has_children(session, task_id):
            raise ScheduleError(
                f"#{task_id} is a summary task: its duration comes from the tasks under it"
            )
        fields: dict[str, object] = {}
        if kind is not None:
            fields["kind"] = kind
        if duration is not None:
            fields["duration"] = duration
        if progress is not None:
            fields["progress"] = progress
        if constraint is not None:
            fields["constraint"] = constraint
            fields["constraint_date"] = (
                None if constraint == ConstraintType.ASAP else constraint_date
            )
        _replace_task(data, task_id, **fields)
        new = next(t for t in data.tasks if t.id == task_id)
        # A schedule that cannot be made raises in _finish and rolls this back.
        session.connection().execute(
            update(_TASK)
            .where(_TASK.c.id == task_id)
            .values(
                kind=new.kind,
                duration=new.duration if new.kind != TaskKind.MILESTONE else 0,
                progress=new.progress,
                constraint_type=new.constraint,
                constraint_date=new.constraint_date,
            )
        )
        data.stored[task_id] = TaskState(
            task_id,
            new.kind,
            new.duration if new.kind != TaskKind.MILESTONE else 0,
            new.progress,
            new.constraint,
            new.constraint_date,
            old.start,
            old.finish,
        )
        return _finish(session, data, edited=[old])


def move_task(store: PlanStore, task_id: int, start: dt.date) -> EditResult:
    """Move a task to start on ``start`` (a Gantt drag), as MS Project does.

    The task gets a *start no earlier than* constraint on that day (a *must
    start on* task keeps its kind of constraint with the new date); a day off
    moves to the next working day. Links still apply: a move before what the
    predecessors allow leaves the task where they put it.
    """
    with store.read() as session:
        cal = load_calendar(session, span=(start, start))
        ctype = session.execute(
            select(_TASK.c.constraint_type).where(_TASK.c.id == task_id)
        ).scalar()
    if ctype is None:
        raise ScheduleError(f"task #{task_id} does not exist")
    day = cal.next_working_day(start)
    kind = ConstraintType.MSO if ctype == ConstraintType.MSO else ConstraintType.SNET
    return _set_inputs(store, task_id, constraint=kind, constraint_date=day)


def change_duration(store: PlanStore, task_id: int, duration: int) -> EditResult:
    """Set a task's duration in working days; 0 makes it a milestone, more makes it a task.

    A summary's duration comes from its children and is refused here.
    """
    if duration < 0:
        raise ScheduleError(f"a duration cannot be negative ({duration})")
    kind = TaskKind.MILESTONE if duration == 0 else TaskKind.TASK
    return _set_inputs(store, task_id, kind=kind, duration=duration, summary_ok=False)


def set_constraint(
    store: PlanStore, task_id: int, constraint: ConstraintType, day: dt.date | None = None
) -> EditResult:
    """Set a task's constraint; every constraint but ASAP needs a day."""
    if constraint != ConstraintType.ASAP and day is None:
        raise ScheduleError(f"the constraint {constraint.value} needs a date")
    return _set_inputs(store, task_id, constraint=constraint, constraint_date=day)


def set_progress(store: PlanStore, task_id: int, progress: int) -> EditResult:
    """Set a task's percent complete (summaries roll theirs up and are refused)."""
    if not 0 <= progress <= 100:
        raise ScheduleError(f"progress must be between 0 and 100, not {progress}")
    return _set_inputs(store, task_id, progress=progress, summary_ok=False)


# -- dependencies ------------------------------------------------------------------------


def check_dependency(
    store: PlanStore, pred: int, succ: int, type: DependencyType = DependencyType.FS
) -> None:
    """Raise :class:`LinkError` / :class:`DependencyLoopError` if the link would be refused."""
    with store.read() as session:
        data = load_plan_data(session)
    Scheduler(data.tasks, data.links, data.calendar, data.project_start).check_link(
        pred, succ, type
    )


def add_dependency(
    store: PlanStore,
    pred: int,
    succ: int,
    type: DependencyType = DependencyType.FS,
    lag: int = 0,
) -> EditResult:
    """Link ``pred`` to ``succ``; a loop or an invalid link is refused, nothing changes."""
    with store.write() as session:
        data = load_plan_data(session)
        Scheduler(data.tasks, data.links, data.calendar, data.project_start).check_link(
            pred, succ, type
        )
        new_id = (
            session.connection()
            .execute(
                insert(_DEP).values(predecessor_id=pred, successor_id=succ, type=type, lag=lag)
            )
            .inserted_primary_key
        )
        assert new_id is not None
        data.links.append(LinkSpec(pred, succ, type, lag))
        return _finish(
            session,
            data,
            changes=Changes.insert("dependency", [new_id[0]]),
            undo=Undo(links_added=(new_id[0],)),
        )


def _link(data: PlanData, pred: int, succ: int) -> LinkState:
    state = data.link_ids.get((pred, succ))
    if state is None:
        raise LinkError("unknown", f"#{pred} and #{succ} are not linked")
    return state


def remove_dependency(store: PlanStore, pred: int, succ: int) -> EditResult:
    """Remove the link from ``pred`` to ``succ``."""
    with store.write() as session:
        data = load_plan_data(session)
        state = _link(data, pred, succ)
        session.connection().execute(delete(_DEP).where(_DEP.c.id == state.id))
        data.links[:] = [x for x in data.links if (x.pred, x.succ) != (pred, succ)]
        return _finish(
            session,
            data,
            changes=Changes.delete("dependency", [state.id]),
            undo=Undo(links_removed=(state,)),
        )


def edit_dependency(
    store: PlanStore,
    pred: int,
    succ: int,
    *,
    type: DependencyType | None = None,
    lag: int | None = None,
) -> EditResult:
    """Change a link's type and/or lag (negative lag = lead)."""
    with store.write() as session:
        data = load_plan_data(session)
        state = _link(data, pred, succ)
        new_type = state.type if type is None else DependencyType(type)
        new_lag = state.lag if lag is None else lag
        others = [x for x in data.links if (x.pred, x.succ) != (pred, succ)]
        if new_type != state.type:
            Scheduler(data.tasks, others, data.calendar, data.project_start).check_link(
                pred, succ, new_type
            )
        session.connection().execute(
            update(_DEP).where(_DEP.c.id == state.id).values(type=new_type, lag=new_lag)
        )
        data.links[:] = [*others, LinkSpec(pred, succ, new_type, new_lag)]
        return _finish(
            session,
            data,
            changes=Changes.update("dependency", [state.id]),
            undo=Undo(links_changed=(state,)),
        )


# -- the calendar ------------------------------------------------------------------------


def _calendar_id(session: Session) -> int:
    """The plan's calendar, created (and attached to the plan) if it has none."""
    cal_id = session.execute(select(m.Plan.calendar_id)).scalar()
    if cal_id is not None:
        return int(cal_id)
    new = session.connection().execute(
        insert(_CAL).values(name="Standard", working_weekdays="1111100")
    )
    assert new.inserted_primary_key is not None
    cal_id = int(new.inserted_primary_key[0])
    session.connection().execute(update(cast(Table, m.Plan.__table__)).values(calendar_id=cal_id))
    return cal_id


def _calendar_state(session: Session, cal_id: int) -> CalendarState:
    row = session.execute(
        select(_CAL.c.working_weekdays, _CAL.c.preset).where(_CAL.c.id == cal_id)
    ).one()
    exc = tuple(
        ExceptionState(r.id, r.day, r.working, r.name)
        for r in session.execute(
            select(_EXC.c.id, _EXC.c.day, _EXC.c.working, _EXC.c.name)
            .where(_EXC.c.calendar_id == cal_id)
            .order_by(_EXC.c.day)
        )
    )
    return CalendarState(cal_id, row.working_weekdays, row.preset, exc)


def _calendar_edit(session: Session, before: CalendarState) -> EditResult:
    after = _calendar_state(session, before.id)
    old_ids = {e.id for e in before.exceptions}
    new_ids = {e.id for e in after.exceptions}
    changes = Changes.update("calendar", [before.id])
    if new_ids - old_ids:
        changes |= Changes.insert("calendar_exception", new_ids - old_ids)
    if old_ids - new_ids:
        changes |= Changes.delete("calendar_exception", old_ids - new_ids)
    edited = {e.id for e in after.exceptions} & old_ids
    was = {e.id: e for e in before.exceptions}
    moved = [e.id for e in after.exceptions if e.id in edited and e != was[e.id]]
    if moved:
        changes |= Changes.update("calendar_exception", moved)
    data = load_plan_data(session)  # reads the calendar as edited
    return _finish(session, data, changes=changes, undo=Undo(calendar=before))


def set_working_weekdays(store: PlanStore, mask: str) -> EditResult:
    """Set the working week, Monday..Sunday as ``"1111100"``."""
    parse_weekdays(mask)
    with store.write() as session:
        cal_id = _calendar_id(session)
        before = _calendar_state(session, cal_id)
        session.connection().execute(
            update(_CAL).where(_CAL.c.id == cal_id).values(working_weekdays=mask)
        )
        return _calendar_edit(session, before)


def add_calendar_exception(
    store: PlanStore, day: dt.date, working: bool = False, name: str = ""
) -> EditResult:
    """Add a holiday (``working=False``) or a make-up working day (``working=True``)."""
    with store.write() as session:
        cal_id = _calendar_id(session)
        before = _calendar_state(session, cal_id)
        if any(e.day == day for e in before.exceptions):
            raise ScheduleError(f"{day.isoformat()} is already an exception in the calendar")
        new = session.connection().execute(
            insert(_EXC).values(calendar_id=cal_id, day=day, working=working, name=name)
        )
        assert new.inserted_primary_key is not None
        return _calendar_edit(session, before)


def edit_calendar_exception(
    store: PlanStore,
    day: dt.date,
    *,
    working: bool | None = None,
    name: str | None = None,
    new_day: dt.date | None = None,
) -> EditResult:
    """Change the exception on ``day``: its kind, its name, or its day."""
    with store.write() as session:
        cal_id = _calendar_id(session)
        before = _calendar_state(session, cal_id)
        old = next((e for e in before.exceptions if e.day == day), None)
        if old is None:
            raise ScheduleError(f"{day.isoformat()} is not an exception in the calendar")
        if new_day not in (None, day) and any(e.day == new_day for e in before.exceptions):
            assert new_day is not None
            raise ScheduleError(f"{new_day.isoformat()} is already an exception")
        session.connection().execute(
            update(_EXC)
            .where(_EXC.c.id == old.id)
            .values(
                day=new_day or day,
                working=old.working if working is None else working,
                name=old.name if name is None else name,
            )
        )
        return _calendar_edit(session, before)


def remove_calendar_exception(store: PlanStore, day: dt.date) -> EditResult:
    """Remove the exception on ``day`` (it becomes an ordinary day of its weekday)."""
    with store.write() as session:
        cal_id = _calendar_id(session)
        before = _calendar_state(session, cal_id)
        old = next((e for e in before.exceptions if e.day == day), None)
        if old is None:
            raise ScheduleError(f"{day.isoformat()} is not an exception in the calendar")
        session.connection().execute(delete(_EXC).where(_EXC.c.id == old.id))
        return _calendar_edit(session, before)


def apply_calendar_preset(
    store: PlanStore,
    code: str,
    years: Iterable[int] | None = None,
    *,
    language: str | None = None,
    replace: bool = True,
) -> EditResult:
    """Fill the calendar with a country's holidays (and China's make-up working days).

    ``years`` defaults to the plan's span (start year - 1 to go-live year + 2).
    With ``replace`` the calendar's exceptions are replaced; otherwise the
    preset's days are added and days already in the calendar are kept.
    """
    preset = PRESETS.get(code.upper())
    if preset is None:
        raise ScheduleError(f"no calendar preset {code!r}; choose one of {', '.join(PRESETS)}")
    with store.write() as session:
        if years is None:
            plan = session.execute(select(m.Plan.start_date, m.Plan.target_go_live)).first()
            first = (plan[0] if plan and plan[0] else dt.date.today()).year - 1
            last = (plan[1] if plan and plan[1] else dt.date.today()).year + 2
            years = range(first, max(first, last) + 1)
        days = preset_exceptions(preset.code, years, language=language)
        cal_id = _calendar_id(session)
        before = _calendar_state(session, cal_id)
        conn = session.connection()
        if replace:
            conn.execute(delete(_EXC).where(_EXC.c.calendar_id == cal_id))
            keep: set[dt.date] = set()
        else:
            keep = {e.day for e in before.exceptions}
        rows = [
            {"calendar_id": cal_id, "day": e.day, "working": e.working, "name": e.name[:100]}
            for e in days
            if e.day not in keep
        ]
        if rows:
            conn.execute(insert(_EXC), rows)
        conn.execute(
            update(_CAL)
            .where(_CAL.c.id == cal_id)
            .values(preset=preset.code, working_weekdays=preset.weekdays)
        )
        return _calendar_edit(session, before)


# -- undo --------------------------------------------------------------------------------


def revert(store: PlanStore, undo: Undo) -> Changes:
    """Put back exactly what an edit overwrote (see :class:`Undo`), in one transaction."""
    changes = Changes()
    with store.write() as session:
        conn = session.connection()
        if undo.links_added:
            conn.execute(delete(_DEP).where(_DEP.c.id.in_(undo.links_added)))
            changes |= Changes.delete("dependency", undo.links_added)
        for link in undo.links_changed:
            conn.execute(
                update(_DEP).where(_DEP.c.id == link.id).values(type=link.type, lag=link.lag)
            )
            changes |= Changes.update("dependency", [link.id])
        if undo.links_removed:
            conn.execute(
                insert(_DEP),
                [
                    {
                        "id": x.id,
                        "predecessor_id": x.pred,
                        "successor_id": x.succ,
                        "type": x.type,
                        "lag": x.lag,
                    }
                    for x in undo.links_removed
                ],
            )
            changes |= Changes.insert("dependency", [x.id for x in undo.links_removed])
        if undo.calendar is not None:
            cal = undo.calendar
            conn.execute(
                update(_CAL)
                .where(_CAL.c.id == cal.id)
                .values(working_weekdays=cal.working_weekdays, preset=cal.preset)
            )
            conn.execute(delete(_EXC).where(_EXC.c.calendar_id == cal.id))
            if cal.exceptions:
                conn.execute(
                    insert(_EXC),
                    [
                        {
                            "id": e.id,
                            "calendar_id": cal.id,
                            "day": e.day,
                            "working": e.working,
                            "name": e.name,
                        }
                        for e in cal.exceptions
                    ],
                )
            changes |= Changes.update("calendar", [cal.id]) | Changes.update(
                "calendar_exception", [e.id for e in cal.exceptions]
            )
        if undo.tasks:
            conn.execute(
                update(_TASK)
                .where(_TASK.c.id == bindparam("_id"))
                .values(
                    kind=bindparam("_k"),
                    duration=bindparam("_d"),
                    progress=bindparam("_p"),
                    constraint_type=bindparam("_c"),
                    constraint_date=bindparam("_cd"),
                    start=bindparam("_s"),
                    finish=bindparam("_f"),
                ),
                [
                    {
                        "_id": t.id,
                        "_k": t.kind,
                        "_d": t.duration,
                        "_p": t.progress,
                        "_c": t.constraint_type,
                        "_cd": t.constraint_date,
                        "_s": t.start,
                        "_f": t.finish,
                    }
                    for t in undo.tasks
                ],
            )
            changes |= Changes.update("task", [t.id for t in undo.tasks])
        changes |= _revert_baselines(session, undo)
    return changes


def _revert_baselines(session: Session, undo: Undo) -> Changes:
    changes = Changes()
    conn = session.connection()
    base = cast(Table, m.Baseline.__table__)
    rows = cast(Table, m.BaselineTask.__table__)
    if undo.baselines_added:
        conn.execute(delete(base).where(base.c.id.in_(undo.baselines_added)))
        changes |= Changes.delete("baseline", undo.baselines_added)
    for baseline_id, name in undo.baselines_renamed:
        conn.execute(update(base).where(base.c.id == baseline_id).values(name=name))
        changes |= Changes.update("baseline", [baseline_id])
    for b in undo.baselines_removed:
        conn.execute(insert(base).values(id=b.id, name=b.name, created_at=b.created_at))
        if b.rows:
            conn.execute(
                insert(rows),
                [
                    {"baseline_id": b.id, "task_id": t, "start": s, "finish": f}
                    for t, s, f in b.rows
                ],
            )
        changes |= Changes.insert("baseline", [b.id])
    if undo.task_baselines:
        conn.execute(
            update(_TASK)
            .where(_TASK.c.id == bindparam("_id"))
            .values(baseline_start=bindparam("_s"), baseline_finish=bindparam("_f")),
            [{"_id": t, "_s": s, "_f": f} for t, s, f in undo.task_baselines],
        )
        changes |= Changes.update("task", [t for t, _, _ in undo.task_baselines])
    return changes
