"""The calendar's days with their source, and importing a holiday list as one edit.

A year that the ``holidays`` package does not know yet (China's arrangement is
published each November) gets its days from the official list: an .ics
calendar, a sheet or a CSV (``exchange/holidays.py`` reads them). Importing a
list is one undoable calendar edit, undone by ``schedule.revert`` like the
calendar dialog's other edits:

* each listed day is set as the list says (replacing an exception on that day,
  whatever its source), recorded as ``import``;
* in the years the list covers, the preset's days it does not list are removed:
  the official list replaces the package's estimate for those years;
* days typed by hand, and other imports, that the list does not mention stay.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from sqlalchemy import Table, and_, delete, insert, select

from oa_desk.domain.calendar import DaySource, ExceptionDay
from oa_desk.exchange.holidays import HolidayList, read_holidays

# The calendar-edit internals of the scheduling services: every calendar edit goes
# through the same unit of work, before/after state and undo record.
from oa_desk.services.schedule.calendars import (
    calendar_state,
    ensure_calendar,
    finish_calendar_edit,
)
from oa_desk.services.schedule.records import EditResult
from oa_desk.services.schedule.warm import scheduling_unit
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore

__all__ = ["CalendarDay", "CalendarDays", "calendar_days", "import_holidays", "read_holiday_file"]

_EXC = cast(Table, m.CalendarException.__table__)
_CAL = cast(Table, m.Calendar.__table__)


@dataclass(frozen=True)
class CalendarDay:
    day: dt.date
    working: bool
    name: str
    source: DaySource


@dataclass(frozen=True)
class CalendarDays:
    """The plan's calendar as the calendar dialog shows it."""

    weekdays: str
    preset: str | None
    days: tuple[CalendarDay, ...]


def calendar_days(store: PlanStore) -> CalendarDays:
    """The working week, the preset and every exception day with where it came from."""
    with store.read() as session:
        cal_id = session.execute(select(m.Plan.calendar_id)).scalar()
        if cal_id is None:
            return CalendarDays("1111100", None, ())
        cal = session.execute(
            select(_CAL.c.working_weekdays, _CAL.c.preset).where(_CAL.c.id == cal_id)
        ).one()
        rows = session.execute(
            select(_EXC.c.day, _EXC.c.working, _EXC.c.name, _EXC.c.source)
            .where(_EXC.c.calendar_id == cal_id)
            .order_by(_EXC.c.day)
        )
        days = tuple(CalendarDay(r.day, r.working, r.name, DaySource(r.source)) for r in rows)
    return CalendarDays(cal.working_weekdays, cal.preset, days)


def read_holiday_file(path: Path | str) -> HolidayList:
    """Read (and check) a holiday list; nothing in the plan changes."""
    return read_holidays(path)


def import_holidays(store: PlanStore, days: Sequence[ExceptionDay]) -> EditResult:
    """Put a holiday list's days into the plan's calendar (see the module notes).

    One unit of work; the plan reschedules on the new calendar, and the result's
    ``undo`` puts the calendar back exactly (``schedule.revert``).
    """
    listed = {d.day: d for d in days}
    years = sorted({d.year for d in listed})
    with scheduling_unit(store) as unit:
        session = unit.session
        cal_id = ensure_calendar(session)
        before = calendar_state(session, cal_id)
        conn = session.connection()
        if listed:
            conn.execute(
                delete(_EXC).where(_EXC.c.calendar_id == cal_id, _EXC.c.day.in_(list(listed)))
            )
        for year in years:
            conn.execute(
                delete(_EXC).where(
                    and_(
                        _EXC.c.calendar_id == cal_id,
                        _EXC.c.source == DaySource.PRESET.value,
                        _EXC.c.day >= dt.date(year, 1, 1),
                        _EXC.c.day <= dt.date(year, 12, 31),
                    )
                )
            )
        if listed:
            conn.execute(
                insert(_EXC),
                [
                    {
                        "calendar_id": cal_id,
                        "day": d.day,
                        "working": d.working,
                        "name": d.name[:100],
                        "source": DaySource.IMPORT,
                    }
                    for d in sorted(listed.values(), key=lambda e: e.day)
                ],
            )
        return finish_calendar_edit(unit, before)
