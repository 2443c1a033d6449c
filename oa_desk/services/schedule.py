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

The warm path
-------------
Loading a plan of 20,000 tasks and scheduling it from scratch takes a few
hundred milliseconds; a Gantt drag must land in a few dozen. So each open
:class:`PlanStore` may keep a *warm state*: the live :class:`Scheduler` of
the plan and its stored scheduling rows, valid for one
:attr:`PlanStore.generation`. Any edit that schedules the whole plan leaves
one behind; the next :func:`move_task`, :func:`set_constraint`,
:func:`change_duration` or :func:`set_progress` finds it still valid when no
commit happened in between (the store bumps the generation for every commit,
its own or, through ``PRAGMA data_version``, another program's), changes the
one task with :meth:`Scheduler.update_task` and writes only the edited row
and the rows whose dates or roll-ups moved, in the same single transaction,
with the same :class:`EditResult`. :func:`revert` of such an edit keeps the
state warm when the restored rows are exactly what the scheduler computes.
A unit of work that fails after touching the warm state drops it (the
rolled-back file no longer matches it); a refused edit leaves both alone.
Everything else (other services, imports, restores) simply moves the
generation on, and the next scheduling edit takes the full path again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
import weakref
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple, cast

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from oa_desk.domain.calendar import (
    PRESETS,
    DaySource,
    WorkCalendar,
    parse_weekdays,
    preset_exceptions,
)
from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.enums import ConstraintType, DependencyType, TaskKind
from oa_desk.domain.errors import Refusal
from oa_desk.domain.schedule import (
    Conflict,
    LinkError,
    LinkSpec,
    Schedule,
    ScheduleError,
    ScheduleInputError,
    Scheduler,
    TaskSpec,
    paused_gc,
)
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore


class ScheduleEditError(ScheduleError, Refusal):
    """A schedule or calendar edit refused before anything changed. ``code`` is stable
    for translation: ``missing`` (``task_id``), ``summary`` (``task_id``),
    ``already_exception`` and ``not_exception`` (``day``)."""


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
    "discard_warm_state",
    "edit_calendar_exception",
    "edit_dependency",
    "is_warm",
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
    source: DaySource = DaySource.USER  # where the day came from (preset, user, import)


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
    start_from_plan = bool(plan and plan[0])
    project_start = (plan[0] if plan else None) or first or dt.date.today()
    end = max(x for x in (project_start, last, plan[1] if plan else None) if x is not None)
    calendar = load_calendar(session, span=(project_start, end + dt.timedelta(days=60)))
    cursor.close()
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


# -- the reschedule at the heart of every edit -----------------------------------------


def _write_schedule(session: Session, data: PlanData) -> tuple[Schedule, list[TaskState]]:
    """Schedule ``data`` and write back what changed; return the rows it overwrote."""
    _, sched, before = _schedule_and_write(session, data)
    return sched, before


_UPDATE_DATES = (
    update(_TASK)
    .where(_TASK.c.id == bindparam("_id"))
    .values(
        start=bindparam("_s"),
        finish=bindparam("_f"),
        duration=bindparam("_d"),
        progress=bindparam("_p"),
    )
)


def _schedule_and_write(
    session: Session, data: PlanData
) -> tuple[Scheduler, Schedule, list[TaskState]]:
    """Schedule ``data`` in full and write back what changed.

    Returns the live scheduler, its schedule and the rows it overwrote (as
    they were); ``data.stored`` is brought up to date with what was written.
    """
    scheduler = Scheduler(data.tasks, data.links, data.calendar, data.project_start)
    sched = scheduler.result()
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
            data.stored[spec.id] = old._replace(
                start=start, finish=finish, duration=dur, progress=prog
            )
    if rows:
        session.connection().execute(_UPDATE_DATES, rows)
    return scheduler, sched, before


def _finish(
    session: Session,
    data: PlanData,
    edited: Sequence[TaskState] = (),
    changes: Changes | None = None,
    undo: Undo | None = None,
    unit: _Unit | None = None,
) -> EditResult:
    """Reschedule, write back, and assemble the result of an edit.

    ``edited`` are the rows of the tasks the edit itself changed, as they were
    before it; ``undo`` holds what else it overwrote. With ``unit`` the live
    scheduler becomes the store's warm state once the unit of work commits.
    """
    scheduler, sched, before = _schedule_and_write(session, data)
    overwritten = {s.id: s for s in before}
    for state in edited:  # the row as it was before the edit, inputs and dates
        overwritten[state.id] = state
    changes = changes or Changes()
    if overwritten:
        changes = changes | Changes.update(ChangeKind.TASK, overwritten)
    if unit is not None:
        warm = _Warm.from_full_pass(data, scheduler)
        if warm.start_still_holds():
            unit.keep = warm
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
        raise ScheduleEditError("missing", f"task #{task_id} does not exist", task_id=task_id)
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


# -- the warm state: consecutive edits without reloading the plan ------------------------


class _Warm:
    """A plan's live scheduler and its stored scheduling rows, for one store generation.

    While it is valid, ``stored`` equals the task rows in the file and the
    scheduler's dates (and each summary's rolled-up duration and progress)
    equal ``stored`` for every task: exactly what a full reschedule leaves.
    """

    __slots__ = ("generation", "parents", "scheduler", "start_from_plan", "stored", "summaries")

    def __init__(
        self,
        scheduler: Scheduler,
        stored: dict[int, TaskState],
        parents: dict[int, int | None],
        start_from_plan: bool,
    ) -> None:
        self.generation = -1  # set when the unit of work that made it commits
        self.scheduler = scheduler
        self.stored = stored
        self.parents = parents
        self.summaries = frozenset(p for p in parents.values() if p is not None)
        self.start_from_plan = start_from_plan

    @classmethod
    def from_full_pass(cls, data: PlanData, scheduler: Scheduler) -> _Warm:
        """After :func:`_schedule_and_write` (``data.stored`` matches the file)."""
        parents = {t.id: t.parent for t in data.tasks}
        return cls(scheduler, data.stored, parents, data.start_from_plan)

    def ancestors(self, task_id: int) -> list[int]:
        found: list[int] = []
        p = self.parents.get(task_id)
        while p is not None and p not in found:
            found.append(p)
            p = self.parents.get(p)
        return found

    def expected(self, task_id: int) -> tuple[TaskState, tuple[dt.date, dt.date, int, int]]:
        """The stored row and the (start, finish, duration, progress) it should have."""
        old = self.stored[task_id]
        t = self.scheduler.times(task_id)
        if t.summary:  # a summary's duration and progress roll up
            return old, (t.start, t.finish, t.duration, t.progress)
        return old, (t.start, t.finish, old.duration, old.progress)

    def sync(self, task_ids: Iterable[int]) -> tuple[list[dict[str, object]], list[TaskState]]:
        """Rows to write so the file matches the scheduler for ``task_ids``.

        ``stored`` is updated as if they were written; returns the rows and the
        states they overwrite, in task id order.
        """
        rows: list[dict[str, object]] = []
        before: list[TaskState] = []
        for tid in sorted(task_ids):
            old, (start, finish, dur, prog) = self.expected(tid)
            if (old.start, old.finish, old.duration, old.progress) != (start, finish, dur, prog):
                rows.append({"_id": tid, "_s": start, "_f": finish, "_d": dur, "_p": prog})
                before.append(old)
                self.stored[tid] = old._replace(
                    start=start, finish=finish, duration=dur, progress=prog
                )
        return rows, before

    def matches(self, task_ids: Iterable[int]) -> bool:
        """True when the scheduler agrees with ``stored`` for ``task_ids``."""
        for tid in task_ids:
            old, want = self.expected(tid)
            if (old.start, old.finish, old.duration, old.progress) != want:
                return False
        return True

    def start_still_holds(self) -> bool:
        """Would a full load start the project where this scheduler does?

        Only in question when the plan names no start date: the project then
        starts on the earliest stored start, which an edit may have moved.
        """
        if self.start_from_plan:
            return True
        starts = [s.start for s in self.stored.values() if s.start is not None]
        return bool(starts) and min(starts) == self.scheduler.project_start


_warm_states: weakref.WeakKeyDictionary[PlanStore, _Warm] = weakref.WeakKeyDictionary()
_warm_lock = threading.Lock()


class _Unit:
    """One scheduling unit of work: its session, the generation it sees, the warm state."""

    __slots__ = ("generation", "keep", "session", "store")

    def __init__(self, store: PlanStore, session: Session) -> None:
        self.store = store
        self.session = session
        self.generation = store.generation  # inside the write lock: this content
        self.keep: _Warm | None = None  # becomes the warm state if the unit commits

    def warm(self) -> _Warm | None:
        """The store's warm state if it describes the content this unit sees."""
        with _warm_lock:
            state = _warm_states.get(self.store)
            if state is not None and state.generation != self.generation:
                del _warm_states[self.store]  # outdated: free it now
                state = None
        return state

    def take(self, state: _Warm) -> None:
        """Unregister ``state`` before changing it: should the unit fail, it is gone."""
        with _warm_lock:
            if _warm_states.get(self.store) is state:
                del _warm_states[self.store]


@contextlib.contextmanager
def _unit(store: PlanStore) -> Iterator[_Unit]:
    """``store.write()`` that registers the unit's warm state once it has committed."""
    with store.write() as session:
        unit = _Unit(store, session)
        yield unit
    with _warm_lock:
        if unit.keep is None:
            _warm_states.pop(store, None)  # outdated by this commit
        else:
            unit.keep.generation = unit.generation + 1  # our own commit, nobody else's
            _warm_states[store] = unit.keep


def is_warm(store: PlanStore) -> bool:
    """True when the next scheduling edit on ``store`` can take the warm path.

    A commit by another program is only noticed when the next unit of work
    begins, so this may say True and the edit still go the full way.
    """
    with _warm_lock:
        state = _warm_states.get(store)
    return state is not None and state.generation == store.generation


def discard_warm_state(store: PlanStore) -> None:
    """Forget ``store``'s warm state (it also goes when the store is garbage-collected)."""
    with _warm_lock:
        _warm_states.pop(store, None)


# -- editing one task's scheduling inputs ------------------------------------------------


def reschedule(store: PlanStore) -> EditResult:
    """Recompute every date and write back the ones that changed."""
    with _unit(store) as unit:
        return _finish(unit.session, load_plan_data(unit.session), unit=unit)


def _edited_state(
    old: TaskState,
    *,
    kind: TaskKind | None,
    duration: int | None,
    progress: int | None,
    constraint: ConstraintType | None,
    constraint_date: dt.date | None,
) -> TaskState:
    """``old`` with the edit's inputs (dates unchanged); a milestone stores duration 0."""
    new_kind = old.kind if kind is None else kind
    new_duration = old.duration if duration is None else duration
    if constraint is None:
        ctype, cdate = old.constraint_type, old.constraint_date
    else:
        ctype, cdate = constraint, (None if constraint == ConstraintType.ASAP else constraint_date)
    return old._replace(
        kind=new_kind,
        duration=0 if new_kind == TaskKind.MILESTONE else new_duration,
        progress=old.progress if progress is None else progress,
        constraint_type=ctype,
        constraint_date=cdate,
    )


def _moved_constraint(
    old: TaskState, calendar: WorkCalendar, start: dt.date
) -> tuple[ConstraintType, dt.date]:
    """The constraint a move to ``start`` gives (see :func:`move_task`)."""
    day = calendar.next_working_day(start)
    kind = ConstraintType.MSO if old.constraint_type == ConstraintType.MSO else ConstraintType.SNET
    return kind, day


def _write_inputs(session: Session, new: TaskState) -> None:
    session.connection().execute(
        update(_TASK)
        .where(_TASK.c.id == new.id)
        .values(
            kind=new.kind,
            duration=new.duration,
            progress=new.progress,
            constraint_type=new.constraint_type,
            constraint_date=new.constraint_date,
        )
    )


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
    move_to: dt.date | None = None,
) -> EditResult:
    with _unit(store) as unit:
        warm = unit.warm()
        if warm is not None:
            return _set_inputs_warm(
                unit,
                warm,
                task_id,
                kind=kind,
                duration=duration,
                progress=progress,
                constraint=constraint,
                constraint_date=constraint_date,
                summary_ok=summary_ok,
                move_to=move_to,
            )
        session = unit.session
        data = load_plan_data(session)
        old = data.stored.get(task_id)
        if old is None:
            raise ScheduleEditError("missing", f"task #{task_id} does not exist", task_id=task_id)
        if not summary_ok and _has_children(session, task_id):
            raise ScheduleEditError(
                "summary",
                f"#{task_id} is a summary task: its duration comes from the tasks under it",
                task_id=task_id,
            )
        if move_to is not None:
            constraint, constraint_date = _moved_constraint(old, data.calendar, move_to)
        new = _edited_state(
            old,
            kind=kind,
            duration=duration,
            progress=progress,
            constraint=constraint,
            constraint_date=constraint_date,
        )
        fields: dict[str, object] = {}
        if kind is not None:
            fields["kind"] = kind
        if duration is not None:
            fields["duration"] = duration
        if progress is not None:
            fields["progress"] = progress
        if constraint is not None:
            fields["constraint"] = new.constraint_type
            fields["constraint_date"] = new.constraint_date
        _replace_task(data, task_id, **fields)
        # A schedule that cannot be made raises in _finish and rolls this back.
        _write_inputs(session, new)
        data.stored[task_id] = new
        return _finish(session, data, edited=[old], unit=unit)


def _set_inputs_warm(
    unit: _Unit,
    warm: _Warm,
    task_id: int,
    *,
    kind: TaskKind | None,
    duration: int | None,
    progress: int | None,
    constraint: ConstraintType | None,
    constraint_date: dt.date | None,
    summary_ok: bool,
    move_to: dt.date | None,
) -> EditResult:
    """:func:`_set_inputs` on the live scheduler: the same rows written, the same result."""
    old = warm.stored.get(task_id)
    if old is None:
        raise ScheduleEditError("missing", f"task #{task_id} does not exist", task_id=task_id)
    if not summary_ok and task_id in warm.summaries:
        raise ScheduleEditError(
            "summary",
            f"#{task_id} is a summary task: its duration comes from the tasks under it",
            task_id=task_id,
        )
    sched = warm.scheduler
    if move_to is not None:
        constraint, constraint_date = _moved_constraint(old, sched.calendar, move_to)
    new = _edited_state(
        old,
        kind=kind,
        duration=duration,
        progress=progress,
        constraint=constraint,
        constraint_date=constraint_date,
    )
    if new.constraint_type != ConstraintType.ASAP and new.constraint_date is None:
        raise ScheduleInputError(f"#{task_id}: constraint {new.constraint_type} needs a date")
    # Refusals are above: from here on the scheduler changes, and a failure drops it.
    unit.take(warm)
    args: dict[str, object] = {}
    if kind is not None or duration is not None:
        args["kind"] = new.kind
        args["duration"] = new.duration
    if constraint is not None:
        args["constraint"] = new.constraint_type
        args["constraint_date"] = new.constraint_date
    if progress is not None:
        args["progress"] = new.progress
    moved = sched.update_task(task_id, **args)  # type: ignore[arg-type]
    session = unit.session
    _write_inputs(session, new)
    warm.stored[task_id] = new
    rows, before = warm.sync({task_id, *moved, *warm.ancestors(task_id)})
    if rows:
        session.connection().execute(_UPDATE_DATES, rows)
    overwritten = {s.id: s for s in before}
    overwritten[task_id] = old  # as it was before the edit, inputs and dates
    if warm.start_still_holds():
        unit.keep = warm
    result = sched.result()
    return EditResult(
        changes=Changes.update(ChangeKind.TASK, overwritten),
        undo=Undo(tasks=tuple(overwritten.values())),
        schedule=result,
        conflicts=result.conflicts,
    )


def move_task(store: PlanStore, task_id: int, start: dt.date) -> EditResult:
    """Move a task to start on ``start`` (a Gantt drag), as MS Project does.

    The task gets a *start no earlier than* constraint on that day (a *must
    start on* task keeps its kind of constraint with the new date); a day off
    moves to the next working day. Links still apply: a move before what the
    predecessors allow leaves the task where they put it.
    """
    return _set_inputs(store, task_id, move_to=start)


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
    with _unit(store) as unit:
        session = unit.session
        warm = unit.warm()  # the live scheduler checks as well as a fresh one, at no cost
        data = load_plan_data(session)
        checker = warm.scheduler if warm is not None else None
        if checker is None:
            checker = Scheduler(data.tasks, data.links, data.calendar, data.project_start)
        checker.check_link(pred, succ, type)
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
            unit=unit,
            changes=Changes.insert(ChangeKind.DEPENDENCY, [new_id[0]]),
            undo=Undo(links_added=(new_id[0],)),
        )


def _link(data: PlanData, pred: int, succ: int) -> LinkState:
    state = data.link_ids.get((pred, succ))
    if state is None:
        raise LinkError("unknown", f"#{pred} and #{succ} are not linked")
    return state


def remove_dependency(store: PlanStore, pred: int, succ: int) -> EditResult:
    """Remove the link from ``pred`` to ``succ``."""
    with _unit(store) as unit:
        session = unit.session
        data = load_plan_data(session)
        state = _link(data, pred, succ)
        session.connection().execute(delete(_DEP).where(_DEP.c.id == state.id))
        data.links[:] = [x for x in data.links if (x.pred, x.succ) != (pred, succ)]
        return _finish(
            session,
            data,
            unit=unit,
            changes=Changes.delete(ChangeKind.DEPENDENCY, [state.id]),
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
    with _unit(store) as unit:
        session = unit.session
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
            unit=unit,
            changes=Changes.update(ChangeKind.DEPENDENCY, [state.id]),
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
        ExceptionState(r.id, r.day, r.working, r.name, r.source)
        for r in session.execute(
            select(_EXC.c.id, _EXC.c.day, _EXC.c.working, _EXC.c.name, _EXC.c.source)
            .where(_EXC.c.calendar_id == cal_id)
            .order_by(_EXC.c.day)
        )
    )
    return CalendarState(cal_id, row.working_weekdays, row.preset, exc)


def _calendar_edit(unit: _Unit, before: CalendarState) -> EditResult:
    session = unit.session
    after = _calendar_state(session, before.id)
    old_ids = {e.id for e in before.exceptions}
    new_ids = {e.id for e in after.exceptions}
    changes = Changes.update(ChangeKind.CALENDAR, [before.id])
    if new_ids - old_ids:
        changes |= Changes.insert(ChangeKind.CALENDAR_EXCEPTION, new_ids - old_ids)
    if old_ids - new_ids:
        changes |= Changes.delete(ChangeKind.CALENDAR_EXCEPTION, old_ids - new_ids)
    edited = {e.id for e in after.exceptions} & old_ids
    was = {e.id: e for e in before.exceptions}
    moved = [e.id for e in after.exceptions if e.id in edited and e != was[e.id]]
    if moved:
        changes |= Changes.update(ChangeKind.CALENDAR_EXCEPTION, moved)
    data = load_plan_data(session)  # reads the calendar as edited
    return _finish(session, data, changes=changes, undo=Undo(calendar=before), unit=unit)


def set_working_weekdays(store: PlanStore, mask: str) -> EditResult:
    """Set the working week, Monday..Sunday as ``"1111100"``."""
    parse_weekdays(mask)
    with _unit(store) as unit:
        session = unit.session
        cal_id = _calendar_id(session)
        before = _calendar_state(session, cal_id)
        session.connection().execute(
            update(_CAL).where(_CAL.c.id == cal_id).values(working_weekdays=mask)
        )
        return _calendar_edit(unit, before)


def add_calendar_exception(
    store: PlanStore, day: dt.date, working: bool = False, name: str = ""
) -> EditResult:
    """Add a holiday (``working=False``) or a make-up working day (``working=True``)."""
    with _unit(store) as unit:
        session = unit.session
        cal_id = _calendar_id(session)
        before = _calendar_state(session, cal_id)
        if any(e.day == day for e in before.exceptions):
            raise ScheduleEditError(
                "already_exception",
                f"{day.isoformat()} is already an exception in the calendar",
                day=day,
            )
        new = session.connection().execute(
            insert(_EXC).values(
                calendar_id=cal_id, day=day, working=working, name=name, source=DaySource.USER
            )
        )
        assert new.inserted_primary_key is not None
        return _calendar_edit(unit, before)


def edit_calendar_exception(
    store: PlanStore,
    day: dt.date,
    *,
    working: bool | None = None,
    name: str | None = None,
    new_day: dt.date | None = None,
) -> EditResult:
    """Change the exception on ``day``: its kind, its name, or its day."""
    with _unit(store) as unit:
        session = unit.session
        cal_id = _calendar_id(session)
        before = _calendar_state(session, cal_id)
        old = next((e for e in before.exceptions if e.day == day), None)
        if old is None:
            raise ScheduleEditError(
                "not_exception", f"{day.isoformat()} is not an exception in the calendar", day=day
            )
        if new_day not in (None, day) and any(e.day == new_day for e in before.exceptions):
            assert new_day is not None
            raise ScheduleEditError(
                "already_exception", f"{new_day.isoformat()} is already an exception", day=new_day
            )
        session.connection().execute(
            update(_EXC)
            .where(_EXC.c.id == old.id)
            .values(
                day=new_day or day,
                working=old.working if working is None else working,
                name=old.name if name is None else name,
                source=DaySource.USER,  # edited by hand: the user's day now
            )
        )
        return _calendar_edit(unit, before)


def remove_calendar_exception(store: PlanStore, day: dt.date) -> EditResult:
    """Remove the exception on ``day`` (it becomes an ordinary day of its weekday)."""
    with _unit(store) as unit:
        session = unit.session
        cal_id = _calendar_id(session)
        before = _calendar_state(session, cal_id)
        old = next((e for e in before.exceptions if e.day == day), None)
        if old is None:
            raise ScheduleEditError(
                "not_exception", f"{day.isoformat()} is not an exception in the calendar", day=day
            )
        session.connection().execute(delete(_EXC).where(_EXC.c.id == old.id))
        return _calendar_edit(unit, before)


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
    with _unit(store) as unit:
        session = unit.session
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
            {
                "calendar_id": cal_id,
                "day": e.day,
                "working": e.working,
                "name": e.name[:100],
                "source": DaySource.PRESET,
            }
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
        return _calendar_edit(unit, before)


# -- undo --------------------------------------------------------------------------------


def revert(store: PlanStore, undo: Undo) -> Changes:
    """Put back exactly what an edit overwrote (see :class:`Undo`), in one transaction.

    When the undo restores only task rows (and baselines) and the store is
    warm, the restored inputs are replayed on the live scheduler; if its dates
    then equal the restored ones the store stays warm, otherwise (an edit made
    on stale dates, say) the warm state is dropped.
    """
    changes = Changes()
    with _unit(store) as unit:
        session = unit.session
        warm = None
        if not (undo.links_added or undo.links_removed or undo.links_changed or undo.calendar):
            warm = unit.warm()
        if warm is not None:
            unit.take(warm)
        conn = session.connection()
        if undo.links_added:
            conn.execute(delete(_DEP).where(_DEP.c.id.in_(undo.links_added)))
            changes |= Changes.delete(ChangeKind.DEPENDENCY, undo.links_added)
        for link in undo.links_changed:
            conn.execute(
                update(_DEP).where(_DEP.c.id == link.id).values(type=link.type, lag=link.lag)
            )
            changes |= Changes.update(ChangeKind.DEPENDENCY, [link.id])
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
            changes |= Changes.insert(ChangeKind.DEPENDENCY, [x.id for x in undo.links_removed])
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
                            "source": e.source,
                        }
                        for e in cal.exceptions
                    ],
                )
            changes |= Changes.update(ChangeKind.CALENDAR, [cal.id]) | Changes.update(
                ChangeKind.CALENDAR_EXCEPTION, [e.id for e in cal.exceptions]
            )
        if undo.tasks:
            changes |= restore_task_states(session, undo.tasks)
        changes |= _revert_baselines(session, undo)
        if warm is not None and _absorb(warm, undo.tasks):
            unit.keep = warm
    return changes


def restore_task_states(session: Session, states: Sequence[TaskState]) -> Changes:
    """Write tasks' scheduling inputs and dates back as ``states`` recorded them."""
    session.connection().execute(
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
            for t in states
        ],
    )
    return Changes.update(ChangeKind.TASK, [t.id for t in states])


def _absorb(warm: _Warm, restored: Sequence[TaskState]) -> bool:
    """Replay restored task rows on the warm state; True when it matches them exactly.

    ``warm`` has been taken: on False it is simply not kept.
    """
    sched, stored = warm.scheduler, warm.stored
    touched: set[int] = set()
    try:
        for new in restored:
            cur = stored.get(new.id)
            if cur is None:
                return False
            args: dict[str, object] = {}
            if (new.constraint_type, new.constraint_date) != (
                cur.constraint_type,
                cur.constraint_date,
            ):
                args["constraint"] = new.constraint_type
                args["constraint_date"] = new.constraint_date
            if new.id not in warm.summaries:  # a summary's duration and progress roll up
                if (new.kind, new.duration) != (cur.kind, cur.duration):
                    args["kind"] = new.kind
                    args["duration"] = new.duration
                if new.progress != cur.progress:
                    args["progress"] = new.progress
            if args:
                touched |= sched.update_task(new.id, **args)  # type: ignore[arg-type]
            stored[new.id] = new
            touched.add(new.id)
            touched.update(warm.ancestors(new.id))
    except ScheduleError:
        return False
    return warm.matches(touched) and warm.start_still_holds()


def _revert_baselines(session: Session, undo: Undo) -> Changes:
    changes = Changes()
    conn = session.connection()
    base = cast(Table, m.Baseline.__table__)
    rows = cast(Table, m.BaselineTask.__table__)
    if undo.baselines_added:
        conn.execute(delete(base).where(base.c.id.in_(undo.baselines_added)))
        changes |= Changes.delete(ChangeKind.BASELINE, undo.baselines_added)
    for baseline_id, name in undo.baselines_renamed:
        conn.execute(update(base).where(base.c.id == baseline_id).values(name=name))
        changes |= Changes.update(ChangeKind.BASELINE, [baseline_id])
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
        changes |= Changes.insert(ChangeKind.BASELINE, [b.id])
    if undo.task_baselines:
        conn.execute(
            update(_TASK)
            .where(_TASK.c.id == bindparam("_id"))
            .values(baseline_start=bindparam("_s"), baseline_finish=bindparam("_f")),
            [{"_id": t, "_s": s, "_f": f} for t, s, f in undo.task_baselines],
        )
        changes |= Changes.update(ChangeKind.TASK, [t for t, _, _ in undo.task_baselines])
    return changes
