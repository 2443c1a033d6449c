"""The days a recurring MS Project calendar exception falls on.

MSPDI writes a recurring exception once, with a ``Type`` (1 daily, 2 yearly on
a date, 3 yearly on the n-th weekday of a month, 4 monthly on a date, 5 monthly
on the n-th weekday, 6 weekly, 7 daily), a period, and either a number of
occurrences or the range of its ``TimePeriod``; this expands it into days, the
way MPXJ's ``RecurringData`` does.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["MAX_OCCURRENCES", "Recurrence", "expand"]

MAX_OCCURRENCES = 5000
_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Recurrence:
    type: int
    first: dt.date
    last: dt.date
    occurrences: int = 0  # 0: until ``last``
    period: int = 1  # every n days, weeks, months
    days_of_week: int = 0  # bit 0 Sunday .. bit 6 Saturday
    month_day: int = 1
    month: int = 0  # 0 = January
    month_item: int = 3  # 3 Sunday .. 9 Saturday
    month_position: int = 0  # 0 first .. 3 fourth, 4 last


def _nth_weekday(year: int, month: int, weekday: int, position: int) -> dt.date:
    """``weekday`` Monday = 0; ``position`` 0..3 = first..fourth, 4 = last."""
    days = [
        dt.date(year, month, d)
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if dt.date(year, month, d).weekday() == weekday
    ]
    return days[-1] if position >= 4 else days[min(position, len(days) - 1)]


def _on_day(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _candidates(r: Recurrence) -> Iterator[dt.date]:
    period = max(1, r.period)
    weekday = (r.month_item - 4) % 7  # MonthItem 3 = Sunday -> 6, 4 = Monday -> 0
    if r.type in (1, 7):
        day = r.first
        while True:
            yield day
            day += dt.timedelta(days=period)
    elif r.type == 6:
        mask = r.days_of_week or 1 << ((r.first.weekday() + 1) % 7)
        week = r.first - dt.timedelta(days=(r.first.weekday() + 1) % 7)  # its Sunday
        while True:
            for k in range(7):
                day = week + dt.timedelta(days=k)
                if day >= r.first and mask & (1 << k):
                    yield day
            week += dt.timedelta(weeks=period)
    elif r.type in (4, 5):
        year, month = r.first.year, r.first.month
        while True:
            if r.type == 4:
                day = _on_day(year, month, r.month_day)
            else:
                day = _nth_weekday(year, month, weekday, r.month_position)
            if day >= r.first:
                yield day
            month += period
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    elif r.type in (2, 3):
        month = min(12, max(1, r.month + 1))
        for year in range(r.first.year, dt.MAXYEAR):
            if r.type == 2:
                day = _on_day(year, month, r.month_day)
            else:
                day = _nth_weekday(year, month, weekday, r.month_position)
            if day >= r.first:
                yield day


def expand(r: Recurrence) -> list[dt.date]:
    """The days of ``r``, at most :data:`MAX_OCCURRENCES`; an unknown type gives none."""
    out: list[dt.date] = []
    limit = r.occurrences if r.occurrences > 0 else MAX_OCCURRENCES
    for day in _candidates(r):
        if len(out) >= min(limit, MAX_OCCURRENCES) or (r.occurrences <= 0 and day > r.last):
            break
        out.append(day)
    return out
