"""Undo: put back exactly what an edit overwrote, whatever kind of edit it was.

One revert for every :class:`Undo`: work-breakdown edits (``services.tasks``),
scheduling, link and calendar edits and baselines. It restores the recorded
rows and dates as they were, without rescheduling, so an undo gives back the
plan as it was even if its stored dates were stale.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from sqlalchemy import Table, bindparam, delete, insert, update
from sqlalchemy.orm import Session

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.schedule import ScheduleError
from oa_desk.services.schedule.follow import restore_dates
from oa_desk.services.schedule.records import TaskState, Undo
from oa_desk.services.schedule.warm import Warm, scheduling_unit
from oa_desk.store import models as m
from oa_desk.store import rows as row_snapshots
from oa_desk.store.planfile import PlanStore

__all__ = ["restore_task_states", "revert"]

_TASK = cast(Table, m.Task.__table__)
_DEP = cast(Table, m.Dependency.__table__)
_EXC = cast(Table, m.CalendarException.__table__)
_CAL = cast(Table, m.Calendar.__table__)
_BASE = cast(Table, m.Baseline.__table__)
_OUTLINE = ChangeKind.TASK_OUTLINE


def revert(store: PlanStore, undo: Undo) -> Changes:
    """Put back exactly what an edit overwrote (see :class:`Undo`), in one transaction.

    When the undo writes back only tasks' scheduling fields (and baselines)
    and the store is warm, the restored inputs are replayed on the live
    scheduler; if its dates then equal the restored ones the store stays warm,
    otherwise (an edit made on stale dates, say) the warm state is dropped.
    """
    with scheduling_unit(store) as unit:
        warm = unit.warm() if undo.replayable else None
        if warm is not None:
            unit.take(warm)
        changes = _revert_rows(unit.session, undo)
        if undo.tasks:
            changes |= restore_task_states(unit.session, undo.tasks)
        changes |= _restore_fields(unit.session, undo)
        changes |= restore_dates(unit.session, undo.communications)
        if warm is not None and _absorb(warm, undo.tasks):
            unit.keep = warm
    return changes


def _revert_rows(session: Session, undo: Undo) -> Changes:
    """Everything but the tasks' own columns: added rows, deleted rows, links, calendar."""
    changes = Changes()
    conn = session.connection()
    if undo.tasks_added:
        conn.execute(delete(_TASK).where(_TASK.c.id.in_(undo.tasks_added)))
        changes |= Changes.delete(ChangeKind.TASK, undo.tasks_added)
        changes |= Changes.update(_OUTLINE, undo.tasks_added)
    if undo.baselines_added:
        conn.execute(delete(_BASE).where(_BASE.c.id.in_(undo.baselines_added)))
        changes |= Changes.delete(ChangeKind.BASELINE, undo.baselines_added)
    if undo.links_added:
        conn.execute(delete(_DEP).where(_DEP.c.id.in_(undo.links_added)))
        changes |= Changes.delete(ChangeKind.DEPENDENCY, undo.links_added)
    if undo.deleted:
        row_snapshots.restore(conn, undo.deleted)
        changes |= undo.deleted.changes(restored=True)
        if undo.deleted.rows("task"):
            changes |= Changes.update(_OUTLINE, undo.deleted.ids("task"))
    for link in undo.links_changed:
        conn.execute(update(_DEP).where(_DEP.c.id == link.id).values(type=link.type, lag=link.lag))
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
    for renamed in undo.baselines_renamed:
        conn.execute(
            update(_BASE).where(_BASE.c.id == renamed.baseline_id).values(name=renamed.name)
        )
        changes |= Changes.update(ChangeKind.BASELINE, [renamed.baseline_id])
    return changes


def _restore_fields(session: Session, undo: Undo) -> Changes:
    """Tasks' other columns as they were; they win over ``undo.tasks`` where both name one."""
    changes = Changes()
    for fields in undo.task_fields:
        if fields.values:
            session.connection().execute(
                update(_TASK).where(_TASK.c.id == fields.task_id).values(dict(fields.values))
            )
    ids = [f.task_id for f in undo.task_fields]
    if ids:
        changes |= Changes.update(ChangeKind.TASK, ids)
    moved = [f.task_id for f in undo.task_fields if {"parent_id", "seq"} & set(f.values)]
    if moved:
        changes |= Changes.update(_OUTLINE, moved)
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


def _absorb(warm: Warm, restored: Sequence[TaskState]) -> bool:
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
            dated = (new.constraint_type, new.constraint_date) != (
                cur.constraint_type,
                cur.constraint_date,
            )
            leaf = new.id not in warm.summaries  # a summary's duration and progress roll up
            shape = leaf and (new.kind, new.duration) != (cur.kind, cur.duration)
            progress = leaf and new.progress != cur.progress
            if dated or shape or progress:
                touched |= sched.update_task(
                    new.id,
                    kind=new.kind if shape else None,
                    duration=new.duration if shape else None,
                    constraint=new.constraint_type if dated else None,
                    constraint_date=new.constraint_date if dated else None,
                    progress=new.progress if progress else None,
                )
            stored[new.id] = new
            touched.add(new.id)
            touched.update(warm.ancestors(new.id))
    except ScheduleError:
        return False
    return warm.matches(touched) and warm.start_still_holds()
