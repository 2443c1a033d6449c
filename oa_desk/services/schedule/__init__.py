"""Scheduling use cases: one function per user intent, one unit of work each.

Every edit runs in ``store.write()`` (one transaction): it validates first
(a refused edit raises and changes nothing), changes the scheduling inputs,
reschedules the whole plan in memory and writes back only the tasks whose
dates (or a summary's rolled-up duration and progress) changed.

Each edit returns an :class:`EditResult`: the :class:`Changes` for the views,
the schedule's conflicts, the fresh :class:`Schedule` (float, critical path)
and an :class:`Undo` holding exactly what the edit overwrote. ``revert(store,
result.undo)`` puts it all back, dates included, without rescheduling, so an
undo restores the plan as it was even if its stored dates were stale. Redo is
calling the same service again: links are named by their two tasks and
calendar exceptions by their day, so a redo after an undo finds them again.

Date conventions are those of :mod:`oa_desk.domain.schedule` (inclusive
finish dates; a milestone's start and finish are its day).

The warm path
-------------
Loading a plan of 20,000 tasks and scheduling it from scratch takes a few
hundred milliseconds; a Gantt drag must land in a few dozen. So each open
:class:`PlanStore` may keep a *warm state*: the live :class:`Scheduler` of
the plan and its stored scheduling rows, valid for one
:attr:`PlanStore.generation`. Any edit that schedules the whole plan leaves
one behind; the next :func:`move_task`, :func:`set_constraint`,
:func:`change_duration` or :func:`set_progress` finds it still valid when no
commit happened in between (the store bumps the generation for every commit,
its own or, through ``PRAGMA data_version``, another program's), changes the
one task with :meth:`Scheduler.update_task` and writes only the edited row
and the rows whose dates or roll-ups moved, in the same single transaction,
with the same :class:`EditResult`. :func:`revert` of such an edit keeps the
state warm when the restored rows are exactly what the scheduler computes.
A unit of work that fails after touching the warm state drops it (the
rolled-back file no longer matches it); a refused edit leaves both alone.
Everything else (other services, imports, restores) simply moves the
generation on, and the next scheduling edit takes the full path again.

Modules
-------
``records``   the typed results and undo records (:class:`EditResult`, :class:`Undo`)
``data``      loading the plan into the scheduler's plain data
``warm``      the warm state and the scheduling unit of work
``passes``    the full pass and the rows it writes back
``dates``     one task's scheduling inputs: move, duration, constraint, progress
``links``     dependency edits
``calendars`` calendar edits
``revert``    undo of every edit (the work-breakdown edits of ``services.tasks`` too)
"""

from __future__ import annotations

from oa_desk.services.schedule.calendars import (
    add_calendar_exception,
    apply_calendar_preset,
    calendar_state,
    edit_calendar_exception,
    ensure_calendar,
    remove_calendar_exception,
    set_working_weekdays,
)
from oa_desk.services.schedule.data import (
    PlanData,
    build_scheduler,
    load_calendar,
    load_plan_data,
)
from oa_desk.services.schedule.dates import (
    change_duration,
    move_task,
    reschedule,
    set_constraint,
    set_progress,
)
from oa_desk.services.schedule.links import (
    add_dependency,
    check_dependency,
    edit_dependency,
    remove_dependency,
)
from oa_desk.services.schedule.passes import finish_edit, write_schedule
from oa_desk.services.schedule.records import (
    BaselineName,
    CalendarState,
    EditResult,
    ExceptionState,
    LinkState,
    ScheduleEditError,
    TaskFields,
    TaskState,
    Undo,
)
from oa_desk.services.schedule.revert import restore_task_states, revert
from oa_desk.services.schedule.warm import discard_warm_state, is_warm

__all__ = [
    "BaselineName",
    "CalendarState",
    "EditResult",
    "ExceptionState",
    "LinkState",
    "PlanData",
    "ScheduleEditError",
    "TaskFields",
    "TaskState",
    "Undo",
    "add_calendar_exception",
    "add_dependency",
    "apply_calendar_preset",
    "build_scheduler",
    "calendar_state",
    "change_duration",
    "check_dependency",
    "discard_warm_state",
    "edit_calendar_exception",
    "edit_dependency",
    "ensure_calendar",
    "finish_edit",
    "is_warm",
    "load_calendar",
    "load_plan_data",
    "move_task",
    "remove_calendar_exception",
    "remove_dependency",
    "reschedule",
    "restore_task_states",
    "revert",
    "set_constraint",
    "set_progress",
    "set_working_weekdays",
    "write_schedule",
]
