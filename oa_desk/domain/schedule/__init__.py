"""The scheduler: critical path method over plain data, on a working calendar.

Input is plain data (:class:`TaskSpec`, :class:`LinkSpec`); no database here.
:class:`Scheduler` compiles the plan into integer arrays, runs a forward pass
(early dates) and a backward pass (late dates, total float), and can then
re-run only what one task's change affects (:meth:`Scheduler.update_task`,
the Gantt drag case). :func:`schedule` is the one-shot form.

Date conventions
----------------
* All arithmetic is in working days of the plan's :class:`WorkCalendar`
  (see its module for ordinals). Durations and lags are working days; a
  negative lag is a lead.
* A task of ``n >= 1`` working days has a **start** date (its first working
  day) and a **finish** date (its last working day, inclusive): a 1-day task
  starts and finishes on the same day.
* A **milestone** has duration 0 and sits at the start of a working day:
  its start and finish are that same day. After a finish-to-start link from a
  task finishing on Friday, a milestone falls on Monday (GanttProject's
  convention; MS Project shows it at Friday 17:00).
* Links, in boundary form (``F`` = the day after the finish, exclusive):
  FS ``S_succ >= F_pred + lag``; SS ``S_succ >= S_pred + lag``;
  FF ``F_succ >= F_pred + lag``; SF ``F_succ >= S_pred + lag``.
  So FS with lag 0 starts the successor on the working day after the
  predecessor's finish, and FS +2 leaves two working days between them.
* No task starts before the project start.

Summary tasks
-------------
A task with children is a summary: its start is the earliest start and its
finish the latest finish of its children, its progress the duration-weighted
mean of its leaf tasks (plain mean when they are all milestones). A milestone
counts with its own day towards its summary's finish and the project finish,
so a phase that ends with its go-live milestone finishes on that day, and a
finish-to-start successor of the phase starts the day after. A link *into*
a summary (FS or SS only, as in MS Project) holds back every task under it;
a link *from* a summary starts from its rolled-up dates. A summary's
``start no earlier than`` applies to everything under it; ``must start on``
on a summary acts as ``start no earlier than`` (MS Project refuses it); its
``finish no later than`` is a deadline for everything under it.

Constraints (on leaf tasks)
---------------------------
* ASAP: as early as links, the summary above and the project start allow.
* SNET: additionally not before the constraint date.
* FNLT: scheduled as ASAP; the date caps the late finish, so a finish after
  it shows as negative float and a :class:`Conflict`.
* MSO: starts on the constraint date whatever the links say (MS Project's
  "tasks honour their constraint dates"); when links want it later, a
  :class:`Conflict` says by how many working days. Its late dates are the
  constraint dates.

Total float is ``late finish - early finish`` in working days; a task is
critical when its float is zero or negative. Progress does not pin dates (no
actual start/finish or status date here).
"""

from __future__ import annotations

from oa_desk.domain.schedule.scheduler import Scheduler, schedule, validate_link
from oa_desk.domain.schedule.specs import (
    Conflict,
    DependencyLoopError,
    LinkError,
    LinkSpec,
    Schedule,
    ScheduleError,
    ScheduleInputError,
    TaskSpec,
    TaskTimes,
    paused_gc,
)
from oa_desk.domain.schedule.variance import Variance, variance

__all__ = [
    "Conflict",
    "DependencyLoopError",
    "LinkError",
    "LinkSpec",
    "Schedule",
    "ScheduleError",
    "ScheduleInputError",
    "Scheduler",
    "TaskSpec",
    "TaskTimes",
    "Variance",
    "paused_gc",
    "schedule",
    "validate_link",
    "variance",
]
