"""Health of a task or milestone as of a status date: red, amber, green, or done.

One rule for every place that shows health: the Gantt's status colours, the
weekly report's milestones and, later, the dashboard. Callers pass plain
values and get a :class:`Health` with a :class:`HealthReason` code (for the
label or tooltip that says *why*: colour is never the only signal).

The status date is the day the plan reports on ("as of", set by the PM,
defaulting to today). Work *of* the status date is not expected yet: on a
task's first day its expected progress is 0.

**Expected progress** of a task is the share of its working days (start to
finish, both included) that lie before the status date, in whole percent
rounded down. The *lag* is expected minus actual progress, in points.

The rule, first match wins:

1. **Done** (``COMPLETE``): progress is 100 %.
2. **Green** (``NOT_SCHEDULED``): no dates, nothing to judge.
3. **Red** (``OVERDUE``): the finish is before the status date.
4. **Red** (``FAR_BEHIND``): a task (not a milestone) whose lag is more than
   :data:`FAR_BEHIND_POINTS` (40): say, three quarters of the time gone and
   less than a third of the work done.
5. **Amber** (``DUE_SOON``): due within :data:`DUE_SOON_WORKING_DAYS` (5, a
   working week; the status date counts as the first) and behind: a task
   with any lag, a milestone with less than :data:`MILESTONE_READY_PERCENT`
   (50) progress (a milestone's progress says how ready it is).
6. **Amber** (``BEHIND``): a task whose lag is more than
   :data:`BEHIND_POINTS` (20), however far its finish.
7. **Amber** (``SLIPPED``): the finish is more than :data:`SLIP_WORKING_DAYS`
   (0: any working day) after the baseline finish.
8. **Green**: ``NOT_STARTED`` (starts on or after the status date) or
   ``ON_TRACK``.

Working days come from the plan's :class:`~oa_desk.domain.calendar.WorkCalendar`
(Monday to Friday when none is given). A summary row is judged like a task on
its rolled-up dates and progress.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from oa_desk.domain.calendar import WorkCalendar
from oa_desk.domain.enums import TaskKind

__all__ = [
    "BEHIND_POINTS",
    "DUE_SOON_WORKING_DAYS",
    "FAR_BEHIND_POINTS",
    "MILESTONE_READY_PERCENT",
    "SLIP_WORKING_DAYS",
    "Health",
    "HealthReason",
    "TaskHealth",
    "expected_progress",
    "task_health",
]

DUE_SOON_WORKING_DAYS = 5  # "due soon": the finish is within the next working week
BEHIND_POINTS = 20  # amber: progress trails the expected progress by more than this
FAR_BEHIND_POINTS = 40  # red: ... by more than this
MILESTONE_READY_PERCENT = 50  # amber: a milestone due soon with less progress than this
SLIP_WORKING_DAYS = 0  # amber: the finish is more working days than this after the baseline


class Health(StrEnum):
    DONE = "done"
    GREEN = "green"
    AMBER = "amber"
    RED = "red"

    @property
    def rag(self) -> str:
        """The RAG colour name (``colours.RAG`` keys): done shows green."""
        return "green" if self is Health.DONE else self.value


class HealthReason(StrEnum):
    COMPLETE = "complete"
    NOT_SCHEDULED = "not_scheduled"
    NOT_STARTED = "not_started"
    ON_TRACK = "on_track"
    OVERDUE = "overdue"
    FAR_BEHIND = "far_behind"
    DUE_SOON = "due_soon"
    BEHIND = "behind"
    SLIPPED = "slipped"


@dataclass(frozen=True, slots=True)
class TaskHealth:
    health: Health
    reason: HealthReason


_RESULTS = {
    reason: TaskHealth(health, reason)
    for health, reasons in (
        (Health.DONE, (HealthReason.COMPLETE,)),
        (
            Health.GREEN,
            (HealthReason.NOT_SCHEDULED, HealthReason.NOT_STARTED, HealthReason.ON_TRACK),
        ),
        (Health.AMBER, (HealthReason.DUE_SOON, HealthReason.BEHIND, HealthReason.SLIPPED)),
        (Health.RED, (HealthReason.OVERDUE, HealthReason.FAR_BEHIND)),
    )
    for reason in reasons
}
_default: WorkCalendar | None = None


def _default_calendar() -> WorkCalendar:
    global _default
    if _default is None:
        _default = WorkCalendar()
    return _default


def expected_progress(
    start: dt.date, finish: dt.date, status_date: dt.date, calendar: WorkCalendar | None = None
) -> int:
    """Whole percent of the working days ``start..finish`` that lie before ``status_date``."""
    cal = calendar if calendar is not None else _default_calendar()
    at = cal.ordinal_at
    s, now = at(start.toordinal()), at(status_date.toordinal())
    return _expected(s, now, at(finish.toordinal() + 1))


def _expected(s: int, now: int, end: int) -> int:
    """Expected progress from working-day ordinals: start, status date, finish boundary."""
    if now <= s:
        return 0
    if now >= end:
        return 100
    return 100 * (now - s) // (end - s)


def task_health(
    *,
    start: dt.date | None,
    finish: dt.date | None,
    progress: int,
    kind: TaskKind,
    status_date: dt.date,
    baseline_finish: dt.date | None = None,
    calendar: WorkCalendar | None = None,
) -> TaskHealth:
    """The health of one task or milestone as of ``status_date`` (see the module docstring).

    ``finish`` is the inclusive last day (a milestone's date; its ``start`` may
    be given instead); ``progress`` is 0..100. Costs a few dictionary and list
    look-ups: the Gantt calls it for every visible bar on every paint.
    """
    results = _RESULTS
    if progress >= 100:
        return results[HealthReason.COMPLETE]
    if start is None:
        start = finish
    if start is None:
        return results[HealthReason.NOT_SCHEDULED]
    if finish is None or finish < start:
        finish = start
    if finish < status_date:
        return results[HealthReason.OVERDUE]
    at = (calendar if calendar is not None else _default_calendar()).ordinal_at
    # working-day ordinals: the start, the status date, the finish boundary (exclusive)
    f = finish.toordinal()
    ws, wn, wf = at(start.toordinal()), at(status_date.toordinal()), at(f + 1)
    milestone = kind == TaskKind.MILESTONE
    lag = 0 if milestone else _expected(ws, wn, wf) - progress
    if lag > FAR_BEHIND_POINTS:
        return results[HealthReason.FAR_BEHIND]
    if wf - wn <= DUE_SOON_WORKING_DAYS and (
        progress < MILESTONE_READY_PERCENT if milestone else lag > 0
    ):
        return results[HealthReason.DUE_SOON]
    if lag > BEHIND_POINTS:
        return results[HealthReason.BEHIND]
    if (
        baseline_finish is not None
        and finish > baseline_finish
        and wf - at(baseline_finish.toordinal() + 1) > SLIP_WORKING_DAYS
    ):
        return results[HealthReason.SLIPPED]
    if status_date <= start:
        return results[HealthReason.NOT_STARTED]
    return results[HealthReason.ON_TRACK]
