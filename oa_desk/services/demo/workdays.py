"""The demo's working days: China's calendar, numbered from the plan's first day.

All working-day arithmetic is :class:`~oa_desk.domain.calendar.WorkCalendar`'s,
on the holidays and make-up days of :func:`~oa_desk.domain.calendar.china_exceptions`
(the same days a user's CN preset gets). What this module adds are lookup lists
over the calendar's working days, because the generator turns working-day
numbers into dates hundreds of thousands of times.
"""

from __future__ import annotations

import datetime as dt

from oa_desk.domain.calendar import DEFAULT_WEEKDAYS, WorkCalendar, china_exceptions


class WorkDays:
    """Working days from ``first`` to ``last``: index ``i`` is the i-th working day.

    ``days``, ``text`` (ISO dates) and ``midnight`` (naive datetimes at 00:00)
    are indexed by that number; ``index`` maps a working day back to it.
    """

    __slots__ = ("_k0", "calendar", "days", "exceptions", "index", "midnight", "text")

    def __init__(self, first: dt.date, last: dt.date, years: range) -> None:
        exceptions = china_exceptions(years, language="zh_CN")
        # Every exception of the years, for the plan's calendar table.
        self.exceptions: dict[dt.date, tuple[bool, str]] = {
            e.day: (e.working, e.name) for e in exceptions
        }
        calendar = WorkCalendar(
            DEFAULT_WEEKDAYS, {e.day: e.working for e in exceptions}, span=(first, last)
        )
        self.calendar = calendar
        self._k0 = calendar.ordinal(first)
        days = calendar.dates_of(range(self._k0, calendar.finish_boundary(last)))
        self.days = days
        self.text = [d.isoformat() for d in days]
        self.index = {d: i for i, d in enumerate(days)}
        self.midnight = [dt.datetime(d.year, d.month, d.day) for d in days]

    def index_on_or_after(self, day: dt.date) -> int:
        """The number of ``day`` if it is a working day, else of the next one (0 at most
        for days before the first)."""
        return max(0, self.calendar.ordinal(day) - self._k0)
