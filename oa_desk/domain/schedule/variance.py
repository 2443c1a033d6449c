"""Variance against a baseline, in working days."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from oa_desk.domain.calendar import WorkCalendar


@dataclass(frozen=True, slots=True)
class Variance:
    """How far a task has moved from a baseline, in working days (positive = later)."""

    start_days: int
    finish_days: int


def variance(
    calendar: WorkCalendar,
    baseline: tuple[dt.date, dt.date],
    current: tuple[dt.date, dt.date],
) -> Variance:
    """Start and finish variance of ``current`` (start, finish) against ``baseline``."""
    return Variance(
        calendar.working_days_between(baseline[0], current[0]),
        calendar.working_days_between(baseline[1], current[1]),
    )
