"""A plan workbook's edited task dates, kept consistent and rescheduled before the preview.

A PM who changes only a task's start in Excel means "move the task": its
duration stays, its finish moves with it, and the tasks that follow it move
too. The sheet alone cannot say so (it holds start, finish and duration side
by side), so the service turns each task's edited dates into the inputs the
scheduler works from, as a Gantt drag would (:func:`move_task`):

- start edited: the task moves there (a *start no earlier than* constraint on
  that day; a *must start on* task keeps its kind), the duration stays;
- finish edited: the duration becomes the working days from start to finish;
- duration edited: the finish follows;
- a new row: placed by its start when it has one (*start no earlier than*,
  its finish then giving the duration), else by its links; its dates are the
  scheduled ones (a row of a plan seeded from a workbook, whose tasks all come
  from the sheet, keeps its constraint: its links place it as in its plan);
- a date typed on a summary task: its dates roll up from its subtasks, so the
  value is not used, with a warning naming the cell.

The plan is scheduled before and after the import with the links, tasks and
deletions of the same import; every task whose dates move joins the preview
with its new start, finish and duration, and a note names them, so the
preview says what moves and the import writes it. Tasks the import does not
move keep their stored dates, even where the plan as stored is not what a full
reschedule would give.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
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
from oa_desk.exchange.spec import sheet_by_table
from oa_desk.services.schedule.data import PlanData, load_plan_data
from oa_desk.services.schedule.records import TaskState
from oa_desk.store import models as m

__all__ = ["reschedule_task_edits"]

# The edits that move a task by its own dates, and every field the schedule is made of.
_INPUTS = frozenset(("start", "finish", "duration"))
_SCHEDULED = _INPUTS | {"kind", "parent_id", "constraint_type", "constraint_date"}
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
    if (
        start is not None
        and finish is not None
        and duration is None
        and old.start is not None
        and old.finish is not None
        and finish - old.finish == start - old.start
    ):
        finish = None  # start and finish moved alike: the task moves, its duration stays
        fields.pop("finish", None)
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


class _Ids:
    """Scheduler ids for the import's new rows: after the plan's highest, as apply gives."""

    def __init__(self, data: PlanData, inserts: Sequence[Insert]) -> None:
        top = max(data.stored, default=0)
        self.of = {id(ins.token): top + n for n, ins in enumerate(inserts, start=1)}

    def __call__(self, ref: Any) -> int | None:
        if type(ref) is NewRow:
            return self.of.get(id(ref))
        return ref if isinstance(ref, int) else None


def _new_spec(ins: Insert, task_id: int, ids: _Ids, calendar: WorkCalendar) -> TaskSpec:
    """A new row as the scheduler sees it; sets the constraint its start implies."""
    values = ins.values
    kind = TaskKind(values.get("kind") or TaskKind.TASK)
    ctype = ConstraintType(values.get("constraint_type") or ConstraintType.ASAP)
    cdate = _day(values.get("constraint_date"))
    start, finish = _day(values.get("start")), _day(values.get("finish"))
    duration = int(values.get("duration") or 0)
    # A row copied into a plan that had no tasks (NewRow.wanted) keeps its constraint:
    # its dates come from its links, as in the plan it was exported from.
    if start is not None and ctype == ConstraintType.ASAP and ins.token.wanted is None:
        ctype, cdate = ConstraintType.SNET, calendar.next_working_day(start)
        values["constraint_type"], values["constraint_date"] = ctype.value, cdate
    if kind == TaskKind.MILESTONE:
        duration = 0
    elif start is not None and finish is not None and finish >= start:
        duration = max(1, calendar.count_working_days(calendar.next_working_day(start), finish))
    return TaskSpec(
        task_id,
        ids(values.get("parent_id")),
        kind,
        max(duration, 0 if kind == TaskKind.MILESTONE else 1),
        ctype,
        cdate,
        int(values.get("progress") or 0),
        str(values.get("name") or ""),
    )


def _calendar_after(session: Session, preview: ImportPreview, data: PlanData) -> WorkCalendar:
    """The plan's working calendar with the import's edits to it and its exceptions."""
    cals, days = preview.tables.get("calendar"), preview.tables.get("calendar_exception")
    cal_id = session.execute(select(m.Plan.calendar_id)).scalar()
    if (not cals and not days) or cal_id is None:
        return data.calendar
    weekdays = session.execute(
        select(m.Calendar.working_weekdays).where(m.Calendar.id == cal_id)
    ).scalar()
    for upd in cals.updates if cals else ():
        if upd.id == cal_id and "working_weekdays" in upd.fields:
            weekdays = upd.fields["working_weekdays"][1]
    rows = session.execute(
        select(m.CalendarException.id, m.CalendarException.day, m.CalendarException.working).where(
            m.CalendarException.calendar_id == cal_id
        )
    ).all()
    by_id: dict[int, tuple[Any, Any]] = {r.id: (r.day, r.working) for r in rows}
    added: list[tuple[Any, Any]] = []
    if days:
        for day_id in days.deletes:
            by_id.pop(day_id, None)
        for upd in days.updates:
            if upd.id in by_id:
                day, working = by_id[upd.id]
                cal = _new(upd.fields, "calendar_id")
                if cal is not None and cal != cal_id:
                    by_id.pop(upd.id)
                    continue
                day = _new(upd.fields, "day") or day
                working = upd.fields["working"][1] if "working" in upd.fields else working
                by_id[upd.id] = (day, working)
        added = [
            (ins.values.get("day"), ins.values.get("working"))
            for ins in days.inserts
            if ins.values.get("calendar_id") == cal_id
        ]
    exceptions: dict[dt.date, bool] = {}
    for day, working in [*by_id.values(), *added]:
        if (when := _day(day)) is not None:
            exceptions[when] = bool(working)
    span = (data.project_start, data.project_start + dt.timedelta(days=3 * 366))
    return WorkCalendar(weekdays or "1111100", exceptions, span=span)


def _links_after(data: PlanData, deps: TableChanges | None, ids: _Ids) -> list[LinkSpec]:
    """The plan's links with the import's added, changed and deleted ones."""
    by_id = {s.id: LinkSpec(s.pred, s.succ, s.type, s.lag) for s in data.link_ids.values()}
    if deps is None:
        return list(by_id.values())
    for dep_id in deps.deletes:
        by_id.pop(dep_id, None)
    for upd in deps.updates:
        link = by_id.get(upd.id)
        if link is None:
            continue
        pred, succ = (ids(_new(upd.fields, k)) for k in ("predecessor_id", "successor_id"))
        kind, lag = _new(upd.fields, "type"), _new(upd.fields, "lag")
        by_id[upd.id] = LinkSpec(
            link.pred if pred is None else pred,
            link.succ if succ is None else succ,
            link.type if kind is None else DependencyType(kind),
            link.lag if lag is None else int(lag),
        )
    out = list(by_id.values())
    for ins in deps.inserts:
        pred, succ = ids(ins.values.get("predecessor_id")), ids(ins.values.get("successor_id"))
        if pred is not None and succ is not None:
            kind = DependencyType(ins.values.get("type") or DependencyType.FS)
            out.append(LinkSpec(pred, succ, kind, int(ins.values.get("lag") or 0)))
    return out


def _targets(
    specs: Sequence[TaskSpec], before: Schedule, after: Schedule, edited: set[int]
) -> dict[int, tuple[dt.date, dt.date, int]]:
    """Task -> (start, finish, duration) for the edited tasks and those the import moves."""
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


def _moves(
    preview: ImportPreview, tasks: TableChanges | None, updates: Mapping[int, Update]
) -> bool:
    """Whether the import changes anything the schedule is made of."""
    if any(preview.tables.get(t) for t in ("dependency", "calendar", "calendar_exception")):
        return True
    if "start_date" in preview.plan_fields:
        return True
    if tasks is None:
        return False
    return bool(
        tasks.inserts
        or tasks.deletes
        or any(_SCHEDULED & u.fields.keys() for u in updates.values())
    )


def reschedule_task_edits(session: Session, preview: ImportPreview) -> None:
    """Make the preview's task edits consistent and add the tasks the import moves."""
    tasks = preview.tables.get("task")
    updates = {u.id: u for u in tasks.updates} if tasks is not None else {}
    if not preview.ok or not _moves(preview, tasks, updates):
        return
    edited = {i for i, u in updates.items() if _INPUTS & u.fields.keys()}
    inserts = tasks.inserts if tasks is not None else []
    deleted = set(tasks.deletes) if tasks is not None else set()
    data = load_plan_data(session)
    # The working days the edits are read in: the calendar as the import leaves it.
    calendar = _calendar_after(session, preview, data)
    ids = _Ids(data, inserts)
    new_ids = {ids.of[id(ins.token)]: ins for ins in inserts}
    try:
        before = Scheduler(data.tasks, data.links, data.calendar, data.project_start).result()
        summaries = before.summary_ids()
        specs = [
            _edited_spec(s, data.stored[s.id], updates[s.id], calendar, s.id in summaries)
            if s.id in updates
            else s
            for s in data.tasks
            if s.id not in deleted
        ]
        specs += [_new_spec(ins, task_id, ids, calendar) for task_id, ins in new_ids.items()]
        links = [
            x
            for x in _links_after(data, preview.tables.get("dependency"), ids)
            if x.pred not in deleted and x.succ not in deleted
        ]
        start = _day(preview.plan_fields.get("start_date", (None, None))[1])
        after = Scheduler(specs, links, calendar, start or data.project_start).result()
    except (ScheduleError, ValueError, KeyError):
        return  # a loop or a bad outline: the import's own checks report it
    if tasks is None:
        spec = sheet_by_table("task")
        tasks = preview.table("task", spec.title, {c.key: c for c in spec.columns})
    _write(preview, tasks, data, calendar, updates, new_ids, edited, specs, before, after)


def _write(
    preview: ImportPreview,
    tasks: TableChanges,
    data: PlanData,
    calendar: WorkCalendar,
    updates: dict[int, Update],
    new_ids: Mapping[int, Insert],
    edited: set[int],
    specs: Sequence[TaskSpec],
    before: Schedule,
    after: Schedule,
) -> None:
    names = {s.id: s.name for s in data.tasks}
    rolled_up = after.summary_ids()
    moved: list[str] = []
    for task_id, (start, finish, duration) in _targets(
        specs, before, after, edited | set(new_ids)
    ).items():
        ins = new_ids.get(task_id)
        if ins is not None:
            asked = _day(ins.values.get("start"))
            if asked is not None and asked < start and task_id not in rolled_up:
                _held(preview, tasks, ins.row, asked, start, calendar)
            ins.values.update(start=start, finish=finish, duration=duration)
            continue
        old = data.stored[task_id]
        update = updates.get(task_id)
        if update is None:
            update = Update(task_id, None, {}, names.get(task_id, "") or f"#{task_id}")
            tasks.updates.append(update)
            updates[task_id] = update
        if task_id in edited and task_id in rolled_up:
            _typed_on_summary(preview, tasks, update, (start, finish))
        asked = _day(_new(update.fields, "start"))
        if asked is not None and asked < start and task_id in edited:
            _held(preview, tasks, update.row, asked, start, calendar)
        _set(update.fields, "start", old.start, start)
        _set(update.fields, "finish", old.finish, finish)
        _set(update.fields, "duration", old.duration, duration)
        if task_id not in edited and update.fields:
            moved.append(update.label)
    tasks.updates[:] = [u for u in tasks.updates if u.fields]
    if moved:
        shown = "、".join(moved[:_NAMED]) + ("…" if len(moved) > _NAMED else "")
        preview.note(ProblemCode.NOTE_TASKS_RESCHEDULED, {"count": len(moved), "tasks": shown})


def _where(changes: TableChanges, key: str) -> tuple[str | None, str]:
    """The column letter (None when the file had no such column) and header of ``key``."""
    header = changes.columns[key].header if key in changes.columns else key
    return changes.letters.get(key), header


def _typed_on_summary(
    preview: ImportPreview,
    changes: TableChanges,
    update: Update,
    rolled: tuple[dt.date, dt.date],
) -> None:
    """Warn for each date cell of a summary whose typed value its roll-up replaces."""
    fields = update.fields
    typed = {k: fields[k] for k in ("start", "finish", "duration") if k in fields}
    start, finish = typed.get("start"), typed.get("finish")
    # A start moved alone carries the finish along (plan_import.rows._carry_finish).
    if (
        start is not None
        and finish is not None
        and all(_day(v) for v in (*start, *finish))
        and finish[1] - finish[0] == start[1] - start[0]
    ):
        typed.pop("finish")
    final = {"start": rolled[0], "finish": rolled[1]}
    for key, (_old, new) in typed.items():
        if key in final and _day(new) == final[key]:
            continue
        letter, header = _where(changes, key)
        preview.error(
            changes.title,
            update.row,
            letter,
            header,
            new,
            ProblemCode.SUMMARY_DATES_ROLLED_UP,
            {"task": update.label, "start": rolled[0], "finish": rolled[1]},
            severity=Severity.WARNING,
        )


def _held(
    preview: ImportPreview,
    changes: TableChanges,
    row: int | None,
    asked: dt.date,
    start: dt.date,
    calendar: WorkCalendar,
) -> None:
    """Warn that a typed start is not kept: a day off (the next working day is
    taken), or earlier than the task's links allow."""
    letter, header = _where(changes, "start")
    day_off = not calendar.is_working(asked) and calendar.next_working_day(asked) == start
    preview.error(
        changes.title,
        row,
        letter,
        header,
        asked,
        ProblemCode.START_NOT_WORKING_DAY if day_off else ProblemCode.START_HELD_BY_LINKS,
        {"start": start},
        severity=Severity.WARNING,
    )
