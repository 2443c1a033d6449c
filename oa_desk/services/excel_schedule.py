"""A plan workbook's edited task dates, kept consistent and rescheduled before the preview.

A PM who changes only a task's start in Excel means "move the task": its
duration stays, its finish moves with it, and the tasks that follow it move
too. The sheet alone cannot say so (it holds start, finish and duration side
by side), so the service turns each task's edited dates into the inputs the
scheduler works from, as a Gantt drag would (:func:`move_task`):

- start edited: the task moves there (a *start no earlier than* constraint on
  that day; a *must start on* task keeps its kind), the duration stays;
- finish edited: the duration becomes the working days from start to finish;
- duration edited: the finish follows.

The plan is scheduled before and after the edits; every task whose dates move
because of them joins the preview with its new start, finish and duration, and
a note names them, so the preview says what moves and the import writes it.
Tasks the edits do not move keep their stored dates, even where the plan as
stored is not what a full reschedule would give.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from oa_desk.domain.calendar import WorkCalendar
from oa_desk.domain.enums import ConstraintType, TaskKind
from oa_desk.domain.schedule import Schedule, ScheduleError, Scheduler, TaskSpec
from oa_desk.exchange.changeset import ImportPreview, Severity, TableChanges, Update
from oa_desk.exchange.problems import ProblemCode
from oa_desk.services.schedule.data import load_plan_data
from oa_desk.services.schedule.records import TaskState

__all__ = ["reschedule_task_edits"]

# The edits that move a task; others (a new parent, a constraint alone) are written as
# they are, as before.
_INPUTS = frozenset(("start", "finish", "duration"))
_NAMED = 5  # moved tasks the note names


def _new(fields: Mapping[str, tuple[Any, Any]], key: str) -> Any:
    return fields[key][1] if key in fields else None


def _day(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


def _edited_spec(
    spec: TaskSpec, old: TaskState, update: Update, calendar: WorkCalendar, summary: bool
) -> TaskSpec:
    """``spec`` with the scheduling inputs the update's edited dates stand for.

    Adds the constraint or duration the edit implies to ``update.fields``.
    """
    fields = update.fields
    kind = _new(fields, "kind") or spec.kind
    parent = fields["parent_id"][1] if "parent_id" in fields else spec.parent
    start, finish = _day(_new(fields, "start")), _day(_new(fields, "finish"))
    duration = _new(fields, "duration")
    ctype, cdate = spec.constraint, spec.constraint_date
    if "constraint_type" in fields or "constraint_date" in fields:
        ctype = _new(fields, "constraint_type") or spec.constraint
        cdate = _day(_new(fields, "constraint_date")) if "constraint_date" in fields else cdate
    elif start is not None and not summary:
        ctype = ConstraintType.MSO if spec.constraint == ConstraintType.MSO else ConstraintType.SNET
        cdate = calendar.next_working_day(start)
        for key, value in (("constraint_type", ctype), ("constraint_date", cdate)):
            before = getattr(old, key)
            if value != before:
                fields[key] = (before, value)
    if kind == TaskKind.MILESTONE:
        duration = 0
    elif duration is None and finish is not None and not summary:
        first = calendar.next_working_day(start or old.start or finish)
        duration = max(1, calendar.count_working_days(first, finish))
        if duration != old.duration:
            fields["duration"] = (old.duration, duration)
    return spec._replace(
        kind=TaskKind(kind),
        parent=parent if isinstance(parent, int) or parent is None else spec.parent,
        duration=spec.duration if duration is None else int(duration),
        constraint=ConstraintType(ctype),
        constraint_date=cdate,
    )


def _targets(
    specs: Sequence[TaskSpec], before: Schedule, after: Schedule, edited: set[int]
) -> dict[int, tuple[dt.date, dt.date, int]]:
    """Task -> (start, finish, duration) for the edited tasks and those the edits move."""
    old_dates, new_dates = before.dates(), after.dates()
    durations = after.durations()
    summaries = after.summary_ids()
    by_id = {spec.id: spec for spec in specs}
    out = {}
    for task_id, (start, finish) in new_dates.items():
        if task_id not in edited and old_dates.get(task_id) == (start, finish):
            continue
        duration = durations[task_id] if task_id in summaries else by_id[task_id].duration
        out[task_id] = (start, finish, duration)
    return out


def _set(fields: dict[str, tuple[Any, Any]], key: str, old: Any, new: Any) -> None:
    if old == new:
        fields.pop(key, None)
    else:
        fields[key] = (old, new)


def reschedule_task_edits(session: Session, preview: ImportPreview) -> None:
    """Make the preview's task date edits consistent and add the tasks they move."""
    changes = preview.tables.get("task")
    if changes is None or not preview.ok:
        return
    updates = {u.id: u for u in changes.updates}
    edited = {i for i, u in updates.items() if _INPUTS & u.fields.keys()}
    if not edited:
        return
    data = load_plan_data(session)
    calendar = data.calendar
    try:
        before = Scheduler(data.tasks, data.links, calendar, data.project_start).result()
        summaries = before.summary_ids()
        specs = [
            _edited_spec(s, data.stored[s.id], updates[s.id], calendar, s.id in summaries)
            if s.id in edited
            else s
            for s in data.tasks
        ]
        after = Scheduler(specs, data.links, calendar, data.project_start).result()
    except (ScheduleError, ValueError):
        return  # a loop or a bad outline: the import's own checks report it
    names = {s.id: s.name for s in data.tasks}
    moved: list[str] = []
    for task_id, (start, finish, duration) in _targets(specs, before, after, edited).items():
        old = data.stored[task_id]
        update = updates.get(task_id)
        if update is None:
            update = Update(task_id, None, {}, names.get(task_id, "") or f"#{task_id}")
            changes.updates.append(update)
            updates[task_id] = update
        asked = _day(_new(update.fields, "start"))
        if asked is not None and asked < start and task_id in edited:
            _held(preview, changes, update, asked, start)
        _set(update.fields, "start", old.start, start)
        _set(update.fields, "finish", old.finish, finish)
        _set(update.fields, "duration", old.duration, duration)
        if task_id not in edited and update.fields:
            moved.append(update.label)
    changes.updates[:] = [u for u in changes.updates if u.fields]
    if moved:
        shown = "、".join(moved[:_NAMED]) + ("…" if len(moved) > _NAMED else "")
        preview.note(ProblemCode.NOTE_TASKS_RESCHEDULED, {"count": len(moved), "tasks": shown})


def _held(
    preview: ImportPreview, changes: TableChanges, update: Update, asked: dt.date, start: dt.date
) -> None:
    preview.error(
        changes.title,
        update.row,
        None,
        changes.columns["start"].header if "start" in changes.columns else "start",
        asked,
        ProblemCode.START_HELD_BY_LINKS,
        {"start": start},
        severity=Severity.WARNING,
    )
