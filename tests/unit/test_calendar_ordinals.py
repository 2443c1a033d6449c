"""Working-day arithmetic by day ordinal (``date.toordinal()``), as the Gantt uses it."""

from __future__ import annotations

import datetime as dt
import random

from oa_desk.domain.calendar import WorkCalendar

D = dt.date
o = D.toordinal
HOLIDAY, MAKE_UP = D(2025, 5, 1), D(2025, 4, 27)  # Labour Day; a make-up Sunday (调休)


def _cn_may() -> WorkCalendar:
    return WorkCalendar("1111100", {HOLIDAY: False, MAKE_UP: True})


def test_weekends_holidays_and_make_up_days() -> None:
    cal = _cn_may()
    assert not cal.is_working_ordinal(o(D(2025, 5, 3)))  # Saturday
    assert not cal.is_working_ordinal(o(HOLIDAY))
    assert cal.is_working_ordinal(o(MAKE_UP))
    assert cal.is_working_ordinal(o(D(2025, 4, 30)))
    assert cal.next_working_ordinal(o(HOLIDAY)) == o(D(2025, 5, 2))
    assert cal.next_working_ordinal(o(D(2025, 4, 30))) == o(D(2025, 4, 30))
    assert cal.previous_working_ordinal(o(D(2025, 5, 4))) == o(D(2025, 5, 2))
    assert cal.previous_working_ordinal(o(D(2025, 5, 2))) == o(D(2025, 5, 2))
    assert cal.count_working_days_ordinal(o(D(2025, 4, 28)), o(D(2025, 5, 4))) == 4
    assert cal.count_working_days_ordinal(o(D(2025, 5, 4)), o(D(2025, 4, 28))) == 0
    assert cal.add_working_days_ordinal(o(D(2025, 4, 30)), 2) == o(D(2025, 5, 5))
    assert cal.add_working_days_ordinal(o(D(2025, 5, 5)), -2) == o(D(2025, 4, 30))
    assert cal.add_working_days_ordinal(o(D(2025, 5, 3)), 0) == o(D(2025, 5, 5))


def test_ordinal_methods_agree_with_the_date_methods() -> None:
    rnd = random.Random(3)
    start = D(2024, 1, 1)
    exceptions = {
        start + dt.timedelta(days=rnd.randrange(900)): rnd.random() < 0.3 for _ in range(80)
    }
    cal = WorkCalendar("1111110", exceptions, span=(start, start + dt.timedelta(days=60)))
    for _ in range(400):  # far outside the first tables too: they grow on demand
        day = start + dt.timedelta(days=rnd.randrange(-400, 1300))
        other = day + dt.timedelta(days=rnd.randrange(-30, 60))
        n = rnd.randrange(-20, 40)
        assert cal.is_working_ordinal(o(day)) == cal.is_working(day)
        assert cal.ordinal_at(o(day)) == cal.ordinal(day)
        assert cal.next_working_ordinal(o(day)) == o(cal.next_working_day(day))
        assert cal.previous_working_ordinal(o(day)) == o(cal.previous_working_day(day))
        assert cal.add_working_days_ordinal(o(day), n) == o(cal.add_working_days(day, n))
        assert cal.count_working_days_ordinal(o(day), o(other)) == cal.count_working_days(
            day, other
        )


def test_a_long_holiday_run_is_walked_past() -> None:
    closed = {D(2025, 1, 1) + dt.timedelta(days=k): False for k in range(40)}
    cal = WorkCalendar(exceptions=closed, span=(D(2025, 1, 1), D(2025, 1, 10)))
    assert cal.next_working_ordinal(o(D(2025, 1, 1))) == o(D(2025, 2, 10))  # a Monday
    assert cal.previous_working_ordinal(o(D(2025, 2, 9))) == o(D(2024, 12, 31))
