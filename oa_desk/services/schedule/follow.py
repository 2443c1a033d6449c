"""Publicity follows its milestones: when a schedule edit moves a milestone, the planned
date of every communication tied to it with an offset becomes the milestone's new date
plus that offset, in the same unit of work; the undo record keeps the dates it replaced.

A move that would take a communication before the plan's start is refused, the whole
unit of work with it (the publicity register refuses that date when it is typed, and
one rule holds both ways). Clamping it to the start instead would silently cut the
item loose from its milestone (its date no longer the milestone's plus its offset)
and a Gantt drag would look accepted while it broke the plan; the refusal names the
communication, the date it would get and the start, and the drag snaps back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.services.schedule.records import ScheduleEditError
from oa_desk.store import models as m

__all__ = ["CommDate", "changes_of", "follow_milestones", "restore_dates"]

CommDate = tuple[int, "dt.date | None"]  # a communication and its planned date

_COMM = cast(Table, m.Communication.__table__)
_SET_DATE = update(_COMM).where(_COMM.c.id == bindparam("_id")).values(planned_date=bindparam("_d"))


def follow_milestones(session: Session, moved: Iterable[int]) -> tuple[CommDate, ...]:
    """Re-date the communications that follow the tasks ``moved``; the dates replaced."""
    ids = set(moved)
    if not ids:
        return ()
    c, t = m.Communication, m.Task
    rows = session.execute(
        select(
            c.id, c.planned_date, c.offset_days, c.milestone_id, t.finish, t.start, c.title, t.name
        )
        .join(t, t.id == c.milestone_id)
        .where(c.offset_days.is_not(None))
    ).all()
    plan_start = session.scalar(select(m.Plan.start_date))
    before: list[CommDate] = []
    writes = []
    for cid, planned, offset, milestone, finish, start, title, milestone_name in rows:
        day = finish or start
        if milestone not in ids or day is None or offset is None:
            continue
        new = day + dt.timedelta(days=offset)
        if plan_start is not None and new < plan_start and new != planned:
            raise ScheduleEditError(
                "communication_before_start",
                f"the communication “{title}” follows the milestone “{milestone_name}” "
                f"({offset:+d} days): it would be on {new}, before the plan starts "
                f"({plan_start}); nothing was changed",
                communication_id=cid,
                title=title,
                milestone=milestone_name,
                offset=offset,
                day=new,
                start=plan_start,
            )
        if new != planned:
            before.append((cid, planned))
            writes.append({"_id": cid, "_d": new})
    if writes:
        session.connection().execute(_SET_DATE, writes)
    return tuple(before)


def restore_dates(session: Session, dates: Iterable[CommDate]) -> Changes:
    """Put planned dates back (an undo)."""
    dates = list(dates)
    if not dates:
        return Changes()
    session.connection().execute(_SET_DATE, [{"_id": cid, "_d": day} for cid, day in dates])
    return changes_of(dates)


def changes_of(dates: Iterable[CommDate]) -> Changes:
    ids = [cid for cid, _day in dates]
    return Changes.update(ChangeKind.COMMUNICATION, ids) if ids else Changes()
