"""Calendar edits: the working week, holidays and make-up days, a country's preset.

Each edit records the whole calendar as it was (:class:`CalendarState`), so
its undo puts back every exception with its id, then reschedules the plan on
the edited calendar in the same unit of work.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import cast

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from oa_desk.domain.calendar import PRESETS, DaySource, parse_weekdays, preset_exceptions
from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.schedule import ScheduleError
from oa_desk.services.schedule import data as plan_data
from oa_desk.services.schedule.passes import finish_edit
from oa_desk.services.schedule.records import (
    CalendarState,
    EditResult,
    ExceptionState,
    ScheduleEditError,
    Undo,
)
from oa_desk.services.schedule.warm import Unit, scheduling_unit
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore

__all__ = [
    "add_calendar_exception",
    "apply_calendar_preset",
    "calendar_state",
    "edit_calendar_exception",
    "ensure_calendar",
    "finish_calendar_edit",
    "remove_calendar_exception",
    "set_working_weekdays",
]

_EXC = cast(Table, m.CalendarException.__table__)
_CAL = cast(Table, m.Calendar.__table__)


def ensure_calendar(session: Session) -> int:
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


def calendar_state(session: Session, cal_id: int) -> CalendarState:
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


def finish_calendar_edit(unit: Unit, before: CalendarState) -> EditResult:
    session = unit.session
    after = calendar_state(session, before.id)
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
    data = plan_data.load_plan_data(session)  # reads the calendar as edited
    return finish_edit(session, data, changes=changes, undo=Undo(calendar=before), unit=unit)


def set_working_weekdays(store: PlanStore, mask: str) -> EditResult:
    """Set the working week, Monday..Sunday as ``"1111100"``."""
    parse_weekdays(mask)
    with scheduling_unit(store) as unit:
        session = unit.session
        cal_id = ensure_calendar(session)
        before = calendar_state(session, cal_id)
        session.connection().execute(
            update(_CAL).where(_CAL.c.id == cal_id).values(working_weekdays=mask)
        )
        return finish_calendar_edit(unit, before)


def add_calendar_exception(
    store: PlanStore, day: dt.date, working: bool = False, name: str = ""
) -> EditResult:
    """Add a holiday (``working=False``) or a make-up working day (``working=True``)."""
    with scheduling_unit(store) as unit:
        session = unit.session
        cal_id = ensure_calendar(session)
        before = calendar_state(session, cal_id)
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
        return finish_calendar_edit(unit, before)


def edit_calendar_exception(
    store: PlanStore,
    day: dt.date,
    *,
    working: bool | None = None,
    name: str | None = None,
    new_day: dt.date | None = None,
) -> EditResult:
    """Change the exception on ``day``: its kind, its name, or its day."""
    with scheduling_unit(store) as unit:
        session = unit.session
        cal_id = ensure_calendar(session)
        before = calendar_state(session, cal_id)
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
        return finish_calendar_edit(unit, before)


def remove_calendar_exception(store: PlanStore, day: dt.date) -> EditResult:
    """Remove the exception on ``day`` (it becomes an ordinary day of its weekday)."""
    with scheduling_unit(store) as unit:
        session = unit.session
        cal_id = ensure_calendar(session)
        before = calendar_state(session, cal_id)
        old = next((e for e in before.exceptions if e.day == day), None)
        if old is None:
            raise ScheduleEditError(
                "not_exception", f"{day.isoformat()} is not an exception in the calendar", day=day
            )
        session.connection().execute(delete(_EXC).where(_EXC.c.id == old.id))
        return finish_calendar_edit(unit, before)


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
    with scheduling_unit(store) as unit:
        session = unit.session
        if years is None:
            plan = session.execute(select(m.Plan.start_date, m.Plan.target_go_live)).first()
            first = (plan[0] if plan and plan[0] else dt.date.today()).year - 1
            last = (plan[1] if plan and plan[1] else dt.date.today()).year + 2
            years = range(first, max(first, last) + 1)
        days = preset_exceptions(preset.code, years, language=language)
        cal_id = ensure_calendar(session)
        before = calendar_state(session, cal_id)
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
        return finish_calendar_edit(unit, before)
