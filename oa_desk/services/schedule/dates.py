"""Editing one task's scheduling inputs: move, duration, constraint, progress.

Each runs in one unit of work. On a warm store (see :mod:`.warm`) the edit
changes the one task on the live scheduler with :meth:`Scheduler.update_task`
and writes only the edited row and the rows whose dates or roll-ups moved;
otherwise it loads the plan and takes the full pass. Both write the same rows
and return the same :class:`EditResult`.
"""

from __future__ import annotations

import datetime as dt
from typing import cast

from sqlalchemy import Table, update
from sqlalchemy.orm import Session

from oa_desk.domain.calendar import WorkCalendar
from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.enums import ConstraintType, TaskKind
from oa_desk.domain.schedule import ScheduleError, ScheduleInputError
from oa_desk.services.schedule import data as plan_data
from oa_desk.services.schedule.follow import changes_of, follow_milestones
from oa_desk.services.schedule.passes import UPDATE_DATES, finish_edit, has_children, replace_task
from oa_desk.services.schedule.records import EditResult, ScheduleEditError, TaskState, Undo
from oa_desk.services.schedule.warm import Unit, Warm, scheduling_unit
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore

__all__ = ["change_duration", "move_task", "reschedule", "set_constraint", "set_progress"]

_TASK = cast(Table, m.Task.__table__)


def reschedule(store: PlanStore) -> EditResult:
    """Recompute every date and write back the ones that changed."""
    with scheduling_unit(store) as unit:
        return finish_edit(unit.session, plan_data.load_plan_data(unit.session), unit=unit)


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
    with scheduling_unit(store) as unit:
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
        data = plan_data.load_plan_data(session)
        old = data.stored.get(task_id)
        if old is None:
            raise ScheduleEditError("missing", f"task #{task_id} does not exist", task_id=task_id)
        if not summary_ok and has_children(session, task_id):
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
        replace_task(data, new)
        # A schedule that cannot be made raises in finish_edit and rolls this back.
        _write_inputs(session, new)
        data.stored[task_id] = new
        return finish_edit(session, data, edited=[old], unit=unit)


def _set_inputs_warm(
    unit: Unit,
    warm: Warm,
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
    shape = kind is not None or duration is not None
    dated = constraint is not None
    moved = sched.update_task(
        task_id,
        kind=new.kind if shape else None,
        duration=new.duration if shape else None,
        constraint=new.constraint_type if dated else None,
        constraint_date=new.constraint_date if dated else None,
        progress=new.progress if progress is not None else None,
    )
    session = unit.session
    _write_inputs(session, new)
    warm.stored[task_id] = new
    rows, before = warm.sync({task_id, *moved, *warm.ancestors(task_id)})
    if rows:
        session.connection().execute(UPDATE_DATES, rows)
    overwritten = {s.id: s for s in before}
    overwritten[task_id] = old  # as it was before the edit, inputs and dates
    if warm.start_still_holds():
        unit.keep = warm
    result = sched.result()
    followed = follow_milestones(session, overwritten)
    return EditResult(
        changes=Changes.update(ChangeKind.TASK, overwritten) | changes_of(followed),
        undo=Undo(tasks=tuple(overwritten.values()), communications=followed),
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
