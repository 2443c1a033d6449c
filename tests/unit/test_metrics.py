"""Planned and earned progress: work spread over working days only."""

from __future__ import annotations

import datetime as dt

import pytest

from oa_desk.domain.calendar import WorkCalendar
from oa_desk.domain.metrics import WorkSpan, earned, planned_curve, sample_days

MON = dt.date(2026, 3, 2)  # a Monday
CAL = WorkCalendar(span=(dt.date(2026, 1, 1), dt.date(2026, 12, 31)))


def day(n: int) -> dt.date:
    return MON + dt.timedelta(days=n)


def test_one_task_grows_a_fifth_each_working_day_and_stands_still_at_the_weekend() -> None:
    spans = [WorkSpan(MON, day(4), 5)]  # Monday to Friday
    curve = planned_curve(spans, CAL, [day(-1), day(0), day(1), day(4), day(5), day(6)])
    assert curve == pytest.approx([0.0, 0.2, 0.4, 1.0, 1.0, 1.0])


def test_a_holiday_adds_no_work_and_a_make_up_saturday_does() -> None:
    cal = WorkCalendar(exceptions={day(1): False, day(5): True}, span=(MON, day(30)))
    spans = [WorkSpan(MON, day(5), 5)]  # Mon, (Tue off), Wed, Thu, Fri, Sat (working)
    curve = planned_curve(spans, cal, [day(0), day(1), day(2), day(4), day(5)])
    assert curve == pytest.approx([0.2, 0.2, 0.4, 0.8, 1.0])


def test_work_weights_tasks_and_earned_follows_progress() -> None:
    spans = [WorkSpan(MON, day(4), 5, progress=100), WorkSpan(day(7), day(11), 15, progress=20)]
    assert planned_curve(spans, CAL, [day(4)]) == pytest.approx([0.25])
    assert earned(spans) == pytest.approx((5 + 3) / 20)
    assert earned([]) == 0.0
    assert planned_curve([], CAL, [MON]) == [0.0]


def test_sample_days_cover_both_ends() -> None:
    days = sample_days(MON, day(100), points=11)
    assert days[0] == MON and days[-1] == day(100)
    assert len(days) <= 12
    assert sample_days(MON, MON) == [MON]
