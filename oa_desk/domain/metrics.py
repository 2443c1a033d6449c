"""Figures computed from the plan: planned and earned progress.

Pure functions over plain values, shared by the Overview's chart, reports and
(later) the dashboard.

*Planned progress* on a day is the share of the plan's work that the schedule
(or a baseline) has done by the end of that day. A task's work is its duration
in working days; it is spread evenly over the task's working days, so a
holiday week adds nothing. *Earned progress* is the share done as the tasks'
progress says: ``Σ work × progress / Σ work``. Milestones and summaries carry
no work of their own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from oa_desk.domain.calendar import WorkCalendar


@dataclass(frozen=True)
class WorkSpan:
    """A leaf task's scheduled span, its work (working days) and progress (0-100)."""

    start: dt.date
    finish: dt.date
    work: float
    progress: int = 0


def planned_curve(
    spans: Sequence[WorkSpan], calendar: WorkCalendar, days: Sequence[dt.date]
) -> list[float]:
    """The share (0..1) of all work planned done by the end of each of ``days``.

    Linear in the number of spans plus the working days covered: each span adds
    its work per working day to a rate table over working-day numbers, and the
    running sum of that table is the work done.
    """
    total = sum(s.work for s in spans if s.work > 0)
    if not days or total <= 0:
        return [0.0 for _ in days]
    lo = min(min(s.start for s in spans), min(days))
    hi = max(max(s.finish for s in spans), max(days)) + dt.timedelta(days=1)
    calendar.ensure(lo, hi)
    base = calendar.ordinal(lo)
    size = calendar.ordinal(hi) - base + 2
    rate = [0.0] * size
    for s in spans:
        if s.work <= 0 or s.finish < s.start:
            continue
        first = calendar.ordinal(s.start) - base
        end = calendar.ordinal(s.finish + dt.timedelta(days=1)) - base  # exclusive
        if end <= first:  # no working day in the span: done on its first day
            end = first + 1
        per_day = s.work / (end - first)
        rate[first] += per_day
        rate[end] -= per_day
    done = list(accumulate(accumulate(rate)))  # done[k]: work of working days < k+1
    out = []
    for day in days:
        k = calendar.ordinal(day + dt.timedelta(days=1)) - base - 1  # working days ≤ day
        out.append(0.0 if k < 0 else min(done[min(k, size - 1)] / total, 1.0))
    return out


def earned(spans: Sequence[WorkSpan]) -> float:
    """The share (0..1) of all work done, as the tasks' progress says."""
    total = sum(s.work for s in spans if s.work > 0)
    if total <= 0:
        return 0.0
    return sum(s.work * min(max(s.progress, 0), 100) / 100 for s in spans if s.work > 0) / total


def sample_days(first: dt.date, last: dt.date, points: int = 60) -> list[dt.date]:
    """About ``points`` evenly spaced days from ``first`` to ``last`` (both included)."""
    if last <= first:
        return [first]
    span = (last - first).days
    step = max(1, span // max(points - 1, 1))
    days = [first + dt.timedelta(days=k) for k in range(0, span, step)]
    return [*days, last]


@dataclass(frozen=True)
class ProgressSeries:
    """What the progress chart draws, as plain data."""

    days: tuple[dt.date, ...]  # the x axis
    planned: tuple[float, ...]  # the schedule's planned share done (0..1) by each day
    baseline: tuple[float, ...] | None  # the same for the newest baseline, if one exists
    baseline_name: str
    status_date: dt.date
    expected: float  # planned share done by the status date
    actual: float  # earned share done (the tasks' progress)
    go_live: dt.date | None

    @property
    def empty(self) -> bool:
        return not self.days
