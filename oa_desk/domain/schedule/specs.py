"""What the scheduler takes and gives: task and link specs, errors, conflicts, times.

Also the compact codes the inner loops use for link types and constraints.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from oa_desk.domain.calendar import WorkCalendar
from oa_desk.domain.enums import ConstraintType, DependencyType, TaskKind

# Compact codes used in the inner loops.
_FS, _SS, _FF, _SF = 0, 1, 2, 3
_LINK_CODE = {DependencyType.FS: _FS, DependencyType.SS: _SS, DependencyType.FF: _FF}
_LINK_CODE[DependencyType.SF] = _SF
_ASAP, _SNET, _FNLT, _MSO = 0, 1, 2, 3
_CONSTRAINT_CODE = {
    ConstraintType.ASAP: _ASAP,
    ConstraintType.SNET: _SNET,
    ConstraintType.FNLT: _FNLT,
    ConstraintType.MSO: _MSO,
}
_FAR = 1 << 40  # "no limit" for late-date ceilings


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building large acyclic arrays.

    Compiling a big plan allocates ~100k small lists and tuples; without this
    the collector runs hundreds of times and doubles the cost of a full pass.
    Nothing built here is cyclic, so reference counting frees it all anyway.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# -- input -----------------------------------------------------------------------------


class TaskSpec(NamedTuple):
    """One task as the scheduler sees it.

    ``duration`` is in working days (0 for a milestone; ignored for a task
    that has children, whose dates roll up). ``constraint_date`` is required
    for every constraint but ASAP. ``progress`` is a percentage. A named tuple,
    because plans of 20,000 tasks are built from these in a few milliseconds.
    """

    id: int
    parent: int | None = None
    kind: TaskKind = TaskKind.TASK
    duration: int = 1
    constraint: ConstraintType = ConstraintType.ASAP
    constraint_date: dt.date | None = None
    progress: int = 0
    name: str = ""


class LinkSpec(NamedTuple):
    """A dependency: ``pred`` must reach a point before ``succ`` may (see module doc)."""

    pred: int
    succ: int
    type: DependencyType = DependencyType.FS
    lag: int = 0


# -- errors ----------------------------------------------------------------------------


class ScheduleError(ValueError):
    """The plan cannot be scheduled or the edit cannot be made; nothing was changed."""


class ScheduleInputError(ScheduleError):
    """The data is inconsistent (unknown task, missing constraint date, …)."""


def _label(task_id: int, name: str) -> str:
    return f"#{task_id} {name}" if name else f"#{task_id}"


class DependencyLoopError(ScheduleError):
    """The dependencies (or a link and the outline) form a loop.

    ``task_ids`` and ``names`` list the tasks around the loop in order; the
    first one is repeated at the end of the message to close it.
    """

    def __init__(self, task_ids: Sequence[int], names: Sequence[str]) -> None:
        self.task_ids = tuple(task_ids)
        self.names = tuple(names)
        chain = [_label(i, n) for i, n in zip(self.task_ids, self.names, strict=True)]
        chain.append(chain[0])
        super().__init__("Dependency loop: " + " → ".join(chain))


class LinkError(ScheduleError):
    """A proposed link is refused. ``reason`` is a stable code for translation:

    ``unknown`` (no such task), ``self`` (a task linked to itself), ``duplicate``
    (the two tasks are already linked), ``outline`` (a summary and a task
    under it), ``summary_finish`` (an FF or SF link into a summary task).
    Loops raise :class:`DependencyLoopError` instead.
    """

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        super().__init__(message)


# -- output ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Conflict:
    """A constraint that cannot be met.

    ``days`` is how many working days late: for ``must start on`` the links
    want the task to start that much later; for ``finish no later than`` the
    task finishes that much after the date.
    """

    task_id: int
    name: str
    constraint: ConstraintType
    constraint_date: dt.date
    days: int

    def message(self) -> str:
        what = "cannot start on" if self.constraint is ConstraintType.MSO else "finishes after"
        unit = "working day" if self.days == 1 else "working days"
        return (
            f"{_label(self.task_id, self.name)} {what} {self.constraint_date.isoformat()}: "
            f"{self.days} {unit} late"
        )


@dataclass(frozen=True, slots=True)
class TaskTimes:
    """A task's computed schedule. Dates are inclusive (see module doc)."""

    id: int
    start: dt.date
    finish: dt.date
    duration: int  # working days; for a summary, its rolled-up span
    late_start: dt.date
    late_finish: dt.date
    total_float: int  # working days; <= 0 means critical
    progress: int  # percent; rolled up for a summary
    summary: bool

    @property
    def critical(self) -> bool:
        return self.total_float <= 0


class Schedule:
    """An immutable snapshot of a schedule: per-task times, critical path, conflicts."""

    __slots__ = (
        "_cal",
        "_ef",
        "_es",
        "_ids",
        "_index",
        "_lf",
        "_ls",
        "_n",
        "_progress",
        "_summary",
        "conflicts",
        "project_finish",
        "project_start",
    )

    def __init__(
        self,
        *,
        calendar: WorkCalendar,
        ids: list[int],
        index: Mapping[int, int],
        es: list[int],
        ef: list[int],
        ls: list[int],
        lf: list[int],
        progress: list[int],
        summary: list[bool],
        conflicts: tuple[Conflict, ...],
        start: int,
        end: int,
    ) -> None:
        self._cal = calendar
        self._ids = ids
        self._index = index
        self._es, self._ef, self._ls, self._lf = es, ef, ls, lf
        self._progress = progress
        self._summary = summary
        self._n = len(ids)
        self.conflicts = conflicts
        self.project_start: dt.date = calendar.date_of(start)
        self.project_finish: dt.date = calendar.date_of(max(start, end - 1))

    def __len__(self) -> int:
        return self._n

    def __iter__(self) -> Iterator[int]:
        return iter(self._ids)

    def __contains__(self, task_id: object) -> bool:
        return task_id in self._index

    def __getitem__(self, task_id: int) -> TaskTimes:
        i = self._index[task_id]
        cal = self._cal
        es, ef, ls, lf = self._es[i], self._ef[i], self._ls[i], self._lf[i]
        return TaskTimes(
            id=task_id,
            start=cal.date_of(es),
            finish=cal.date_of(ef - 1 if ef > es else es),
            duration=ef - es,
            late_start=cal.date_of(ls),
            late_finish=cal.date_of(lf - 1 if lf > ls else ls),
            total_float=lf - ef,
            progress=self._progress[i],
            summary=self._summary[i],
        )

    def dates(self) -> dict[int, tuple[dt.date, dt.date]]:
        """Start and finish (inclusive) of every task, computed in one sweep."""
        es, ef = self._es, self._ef
        starts = self._cal.dates_of(es)
        finishes = self._cal.dates_of([f - 1 if f > s else s for s, f in zip(es, ef, strict=True)])
        return dict(zip(self._ids, zip(starts, finishes, strict=True), strict=True))

    def durations(self) -> dict[int, int]:
        """Working days of every task (a summary's rolled-up span)."""
        return {t: f - s for t, s, f in zip(self._ids, self._es, self._ef, strict=True)}

    def progress(self) -> dict[int, int]:
        """Progress of every task (rolled up for summaries)."""
        return dict(zip(self._ids, self._progress, strict=True))

    def summary_ids(self) -> frozenset[int]:
        """Tasks that have children (their dates roll up)."""
        return frozenset(t for t, is_sum in zip(self._ids, self._summary, strict=True) if is_sum)

    def total_float(self, task_id: int) -> int:
        i = self._index[task_id]
        return self._lf[i] - self._ef[i]

    def critical_ids(self) -> frozenset[int]:
        """Tasks with zero or negative total float: the critical path."""
        return frozenset(
            t for t, f, lf in zip(self._ids, self._ef, self._lf, strict=True) if lf - f <= 0
        )


# -- the scheduler ---------------------------------------------------------------------


def _constraint_of(code: int) -> ConstraintType:
    return {v: k for k, v in _CONSTRAINT_CODE.items()}[code]
