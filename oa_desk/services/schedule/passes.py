"""The reschedule at the heart of every edit: a full pass, and the rows it writes back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.schedule import Schedule, Scheduler
from oa_desk.services.schedule.data import PlanData
from oa_desk.services.schedule.follow import changes_of, follow_milestones
from oa_desk.services.schedule.records import EditResult, ScheduleEditError, TaskState, Undo
from oa_desk.services.schedule.warm import Unit, Warm
from oa_desk.store import models as m

__all__ = [
    "UPDATE_DATES",
    "finish_edit",
    "has_children",
    "replace_task",
    "schedule_and_write",
    "write_schedule",
]

_TASK = cast(Table, m.Task.__table__)


def write_schedule(session: Session, data: PlanData) -> tuple[Schedule, list[TaskState]]:
    """Schedule ``data`` and write back what changed; return the rows it overwrote."""
    _, sched, before = schedule_and_write(session, data)
    return sched, before


UPDATE_DATES = (
    update(_TASK)
    .where(_TASK.c.id == bindparam("_id"))
    .values(
        start=bindparam("_s"),
        finish=bindparam("_f"),
        duration=bindparam("_d"),
        progress=bindparam("_p"),
    )
)


def schedule_and_write(
    session: Session, data: PlanData, scheduler: Scheduler | None = None
) -> tuple[Scheduler, Schedule, list[TaskState]]:
    """Schedule ``data`` in full and write back what changed.

    Returns the live scheduler, its schedule and the rows it overwrote (as
    they were); ``data.stored`` is brought up to date with what was written.
    ``scheduler``, when given, was built from ``data``'s tasks, links, calendar
    and project start and not updated since: its full pass is the schedule (an
    import that has already scheduled the plan once spares a second pass).
    """
    if scheduler is None:
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
        session.connection().execute(UPDATE_DATES, rows)
    return scheduler, sched, before


def finish_edit(
    session: Session,
    data: PlanData,
    edited: Sequence[TaskState] = (),
    changes: Changes | None = None,
    undo: Undo | None = None,
    unit: Unit | None = None,
    scheduler: Scheduler | None = None,
) -> EditResult:
    """Reschedule, write back, and assemble the result of an edit.

    ``edited`` are the rows of the tasks the edit itself changed, as they were
    before it; ``undo`` holds what else it overwrote. With ``unit`` the live
    scheduler becomes the store's warm state once the unit of work commits.
    ``scheduler``: one already built from ``data`` (see :func:`schedule_and_write`).
    """
    scheduler, sched, before = schedule_and_write(session, data, scheduler)
    overwritten = {s.id: s for s in before}
    for state in edited:  # the row as it was before the edit, inputs and dates
        overwritten[state.id] = state
    changes = changes or Changes()
    if overwritten:
        changes = changes | Changes.update(ChangeKind.TASK, overwritten)
    followed = follow_milestones(session, overwritten)
    changes = changes | changes_of(followed)
    if unit is not None:
        warm = Warm.from_full_pass(data, scheduler)
        if warm.start_still_holds():
            unit.keep = warm
    return EditResult(
        changes=changes,
        undo=replace(
            undo or Undo(),
            tasks=tuple(overwritten.values()),
            communications=(*(undo.communications if undo else ()), *followed),
        ),
        schedule=sched,
        conflicts=sched.conflicts,
    )


def replace_task(data: PlanData, new: TaskState) -> TaskState:
    """Give one task of ``data`` the scheduling inputs of ``new``; return its stored row."""
    old = data.stored.get(new.id)
    if old is None:
        raise ScheduleEditError("missing", f"task #{new.id} does not exist", task_id=new.id)
    for k, spec in enumerate(data.tasks):
        if spec.id == new.id:
            data.tasks[k] = spec._replace(
                kind=new.kind,
                duration=new.duration,
                progress=new.progress,
                constraint=new.constraint_type,
                constraint_date=new.constraint_date,
            )
            break
    return old


def has_children(session: Session, task_id: int) -> bool:
    return (
        session.execute(select(_TASK.c.id).where(_TASK.c.parent_id == task_id).limit(1)).first()
        is not None
    )
