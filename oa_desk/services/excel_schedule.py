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
from oa_desk.domain.enums import ConstraintType, DependencyType, TaskKind
from oa_desk.domain.schedule import LinkSpec, Schedule, ScheduleError, Scheduler, TaskSpec
from oa_desk.exchange.changeset import (
    ImportPreview,
    Insert,
    NewRow,
    Severity,
    TableChanges,
    Update,
)
from oa_desk.exchange.problems import ProblemCode
from oa_desk.services.schedule.data import PlanData, load_plan_data
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
        if task_id < 0 or task_id not in by_id:
            continue  # added by the import: its insert holds its dates
        if task_id not in edited and old_dates.get(task_id) == (start, finish):
            continue
        duration = durations[task_id] if task_id in summaries else by_id[task_id].duration
        out[task_id] = (start, finish, duration)
    return out


def _resolve(value: Any, temp: Mapping[int, int]) -> Any:
    """A task reference of the preview: a stored id, or a new row's temporary id."""
    if isinstance(value, NewRow):
        return temp.get(id(value))
    return value


def _imported_plan(
    data: PlanData, preview: ImportPreview, calendar: WorkCalendar
) -> tuple[list[TaskSpec], list[LinkSpec], dict[int, Insert]]:
    """The tasks and links as the import leaves them, for the schedule after the edits:
    tasks added by the import (temporary negative ids; a typed start is where it may
    start at the earliest, as for an edited one), deleted ones gone, links added,
    changed or deleted in the same import applied."""
    changes = preview.tables["task"]
    temp: dict[int, int] = {}
    added: dict[int, Insert] = {}
    for n, insert in enumerate(changes.inserts, 1):
        temp[id(insert.token)] = -n
        added[-n] = insert
    gone = set(changes.deletes)
    specs: list[TaskSpec] = []
    for task_id, insert in added.items():
        v = insert.values
        kind = TaskKind(v.get("kind") or TaskKind.TASK)
        start = _day(v.get("start"))
        ctype = ConstraintType(v.get("constraint_type") or ConstraintType.ASAP)
        cdate = _day(v.get("constraint_date"))
        if ctype == ConstraintType.ASAP and start is not None:
            ctype, cdate = ConstraintType.SNET, calendar.next_working_day(start)
        parent = _resolve(v.get("parent_id"), temp)
        duration = 0 if kind == TaskKind.MILESTONE else int(v.get("duration") or 1)
        specs.append(
            TaskSpec(task_id, parent, kind, duration, ctype, cdate, int(v.get("progress") or 0))
        )
    links = {(x.pred, x.succ): x for x in data.links}
    deps = preview.tables.get("dependency")
    if deps is not None:
        by_id = {state.id: key for key, state in data.link_ids.items()}
        for dep_id in deps.deletes:
            links.pop(by_id.get(dep_id, (0, 0)), None)
        for update in deps.updates:
            key = by_id.get(update.id)
            if key in links:
                link = links[key]
                kind_ = _new(update.fields, "type") or link.type
                lag = _new(update.fields, "lag")
                links[key] = link._replace(
                    type=DependencyType(kind_), lag=link.lag if lag is None else int(lag)
                )
        for insert in deps.inserts:
            pred = _resolve(insert.values.get("predecessor_id"), temp)
            succ = _resolve(insert.values.get("successor_id"), temp)
            if isinstance(pred, int) and isinstance(succ, int):
                kind_ = DependencyType(insert.values.get("type") or DependencyType.FS)
                links[(pred, succ)] = LinkSpec(
                    pred, succ, kind_, int(insert.values.get("lag") or 0)
                )
    alive = [s for s in specs if s.parent not in gone]
    kept = [x for x in links.values() if x.pred not in gone and x.succ not in gone]
    return alive, kept, added


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
        gone = set(changes.deletes)
        new_tasks, links, added = _imported_plan(data, preview, calendar)
        specs = [
            _edited_spec(s, data.stored[s.id], updates[s.id], calendar, s.id in summaries)
            if s.id in edited
            else s
            for s in data.tasks
            if s.id not in gone and s.parent not in gone
        ]
        after = Scheduler(specs + new_tasks, links, calendar, data.project_start).result()
    except (ScheduleError, ValueError):
        return  # a loop or a bad outline: the import's own checks report it
    new_dates = after.dates()
    _summary_starts(preview, changes, updates, edited & summaries, new_dates)
    for task_id, insert in added.items():
        if task_id in new_dates:  # where the added task lands, as the import writes it
            insert.values["start"], insert.values["finish"] = new_dates[task_id]
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


def _summary_starts(
    preview: ImportPreview,
    changes: TableChanges,
    updates: Mapping[int, Update],
    summaries: set[int],
    dates: Mapping[int, tuple[dt.date, dt.date]],
) -> None:
    """A start typed on a summary task gives way to its roll-up: a warning with its cell."""
    for task_id in sorted(summaries):
        update = updates[task_id]
        asked = _day(_new(update.fields, "start"))
        rolled = dates.get(task_id, (None, None))[0]
        if asked is None or rolled is None or asked == rolled:
            continue
        preview.error(
            changes.title,
            update.row,
            None,
            changes.columns["start"].header if "start" in changes.columns else "start",
            asked,
            ProblemCode.SUMMARY_START_ROLLED_UP,
            {"task": update.label, "start": rolled},
            severity=Severity.WARNING,
        )


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
