"""What an edit did and what it overwrote: the typed records every plan edit returns.

One vocabulary for every edit of the work breakdown, its links, the calendar
and the baselines (``services.schedule``, ``services.tasks``,
``services.baselines``): an edit returns an :class:`EditResult` whose
:class:`Undo` names, field by field, what it overwrote, and
:func:`oa_desk.services.schedule.revert` puts exactly that back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any, NamedTuple

from oa_desk.domain.calendar import DaySource
from oa_desk.domain.changes import Changes
from oa_desk.domain.enums import ConstraintType, DependencyType, TaskKind
from oa_desk.domain.errors import Refusal
from oa_desk.domain.schedule import Conflict, Schedule, ScheduleError
from oa_desk.store.rows import RowSnapshot

__all__ = [
    "BaselineName",
    "CalendarState",
    "EditResult",
    "ExceptionState",
    "LinkState",
    "ScheduleEditError",
    "TaskFields",
    "TaskState",
    "Undo",
]


class ScheduleEditError(ScheduleError, Refusal):
    """A schedule or calendar edit refused before anything changed. ``code`` is stable
    for translation: ``missing`` (``task_id``), ``summary`` (``task_id``),
    ``already_exception`` and ``not_exception`` (``day``), ``communication_before_start``
    (``communication_id``, ``title``, ``milestone``, ``offset``, ``day``, ``start``)."""


class TaskState(NamedTuple):
    """The scheduling fields of one task as they were before an edit.

    A named tuple: a plan's load makes 20,000 of them.
    """

    id: int
    kind: TaskKind
    duration: int
    progress: int
    constraint_type: ConstraintType
    constraint_date: dt.date | None
    start: dt.date | None
    finish: dt.date | None


class LinkState(NamedTuple):
    """One dependency as it was (a named tuple: a plan's load makes 30,000)."""

    id: int
    pred: int
    succ: int
    type: DependencyType
    lag: int


@dataclass(frozen=True, slots=True)
class TaskFields:
    """Columns of one task as they were before an edit: its name and texts, its
    parent and order in the outline, or a kind a summary took on."""

    task_id: int
    values: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class ExceptionState:
    id: int
    day: dt.date
    working: bool
    name: str
    source: DaySource = DaySource.USER  # where the day came from (preset, user, import)


@dataclass(frozen=True, slots=True)
class CalendarState:
    """A whole calendar: its weekday mask, preset code and every exception."""

    id: int
    working_weekdays: str
    preset: str | None
    exceptions: tuple[ExceptionState, ...]


@dataclass(frozen=True, slots=True)
class BaselineName:
    """A baseline's name before it was renamed."""

    baseline_id: int
    name: str


@dataclass(frozen=True)
class Undo:
    """Everything an edit overwrote; :func:`~oa_desk.services.schedule.revert` restores it.

    The revert goes in this order: the rows the edit added are deleted
    (``tasks_added``, ``baselines_added``, ``links_added``), the rows it
    deleted come back with everything that cascaded with them and the
    references the database had nulled (``deleted``), links and the calendar
    get their previous values, baselines their names, and last the tasks their
    scheduling fields and dates (``tasks``) and then their other columns
    (``task_fields``), which win where both name a column.
    """

    tasks: tuple[TaskState, ...] = ()
    task_fields: tuple[TaskFields, ...] = ()
    tasks_added: tuple[int, ...] = ()
    deleted: RowSnapshot = field(default_factory=RowSnapshot)
    links_added: tuple[int, ...] = ()
    links_removed: tuple[LinkState, ...] = ()
    links_changed: tuple[LinkState, ...] = ()  # as they were: previous type and lag
    calendar: CalendarState | None = None
    baselines_added: tuple[int, ...] = ()
    baselines_renamed: tuple[BaselineName, ...] = ()
    # communications re-dated because their milestone moved: (id, planned date before)
    communications: tuple[tuple[int, dt.date | None], ...] = ()

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @property
    def replayable(self) -> bool:
        """True when the live scheduler can replay the undo: it writes back task
        scheduling fields and dates, and baselines, but no outline, link or
        calendar."""
        return not (
            self.task_fields
            or self.tasks_added
            or self.links_added
            or self.links_removed
            or self.links_changed
            or self.calendar
            or {part.table for part in self.deleted.tables} - _SCHEDULE_NEUTRAL
            or {ref.table for ref in self.deleted.nulled} - _SCHEDULE_NEUTRAL
        )


# Tables whose rows do not feed the scheduler.
_SCHEDULE_NEUTRAL = frozenset({"baseline", "baseline_task"})


@dataclass(frozen=True)
class EditResult:
    """What an edit did: what changed, its inverse, and the resulting schedule.

    ``new_ids`` are the tasks an insert made (a redo passes them back so that
    later steps of the undo history find their task again).
    """

    changes: Changes
    undo: Undo
    schedule: Schedule | None = None
    conflicts: tuple[Conflict, ...] = ()
    new_ids: tuple[int, ...] = ()
