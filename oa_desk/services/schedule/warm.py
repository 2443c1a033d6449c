"""The warm state: the live scheduler of a plan, kept between consecutive edits.

Loading a plan of 20,000 tasks and scheduling it from scratch takes a few
hundred milliseconds; a Gantt drag must land in a few dozen. So each open
:class:`PlanStore` may keep a *warm state*: the live :class:`Scheduler` of the
plan and its stored scheduling rows, valid for one :attr:`PlanStore.generation`
(which the store moves on for every commit, its own or another program's).
Every scheduling edit runs in a :func:`unit` of work, which registers the
state the edit leaves behind once its transaction has committed, and drops it
when the transaction fails.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
import weakref
from collections.abc import Iterable, Iterator

from sqlalchemy.orm import Session

from oa_desk.domain.schedule import Schedule, Scheduler
from oa_desk.services.schedule.data import PlanData
from oa_desk.services.schedule.records import TaskState
from oa_desk.store.planfile import PlanStore

__all__ = ["Unit", "Warm", "discard_warm_state", "is_warm", "scheduling_unit"]


class Warm:
    """A plan's live scheduler and its stored scheduling rows, for one store generation.

    While it is valid, ``stored`` equals the task rows in the file and the
    scheduler's dates (and each summary's rolled-up duration and progress)
    equal ``stored`` for every task: exactly what a full reschedule leaves.
    """

    __slots__ = ("generation", "parents", "scheduler", "start_from_plan", "stored", "summaries")

    def __init__(
        self,
        scheduler: Scheduler,
        stored: dict[int, TaskState],
        parents: dict[int, int | None],
        start_from_plan: bool,
    ) -> None:
        self.generation = -1  # set when the unit of work that made it commits
        self.scheduler = scheduler
        self.stored = stored
        self.parents = parents
        self.summaries = frozenset(p for p in parents.values() if p is not None)
        self.start_from_plan = start_from_plan

    @classmethod
    def from_full_pass(cls, data: PlanData, scheduler: Scheduler) -> Warm:
        """After :func:`schedule_and_write` (``data.stored`` matches the file)."""
        parents = {t.id: t.parent for t in data.tasks}
        return cls(scheduler, data.stored, parents, data.start_from_plan)

    def ancestors(self, task_id: int) -> list[int]:
        found: list[int] = []
        p = self.parents.get(task_id)
        while p is not None and p not in found:
            found.append(p)
            p = self.parents.get(p)
        return found

    def expected(self, task_id: int) -> tuple[TaskState, tuple[dt.date, dt.date, int, int]]:
        """The stored row and the (start, finish, duration, progress) it should have."""
        old = self.stored[task_id]
        t = self.scheduler.times(task_id)
        if t.summary:  # a summary's duration and progress roll up
            return old, (t.start, t.finish, t.duration, t.progress)
        return old, (t.start, t.finish, old.duration, old.progress)

    def sync(self, task_ids: Iterable[int]) -> tuple[list[dict[str, object]], list[TaskState]]:
        """Rows to write so the file matches the scheduler for ``task_ids``.

        ``stored`` is updated as if they were written; returns the rows and the
        states they overwrite, in task id order.
        """
        rows: list[dict[str, object]] = []
        before: list[TaskState] = []
        for tid in sorted(task_ids):
            old, (start, finish, dur, prog) = self.expected(tid)
            if (old.start, old.finish, old.duration, old.progress) != (start, finish, dur, prog):
                rows.append({"_id": tid, "_s": start, "_f": finish, "_d": dur, "_p": prog})
                before.append(old)
                self.stored[tid] = old._replace(
                    start=start, finish=finish, duration=dur, progress=prog
                )
        return rows, before

    def matches(self, task_ids: Iterable[int]) -> bool:
        """True when the scheduler agrees with ``stored`` for ``task_ids``."""
        for tid in task_ids:
            old, want = self.expected(tid)
            if (old.start, old.finish, old.duration, old.progress) != want:
                return False
        return True

    def start_still_holds(self) -> bool:
        """Would a full load start the project where this scheduler does?

        Only in question when the plan names no start date: the project then
        starts on the earliest stored start, which an edit may have moved.
        """
        if self.start_from_plan:
            return True
        starts = [s.start for s in self.stored.values() if s.start is not None]
        return bool(starts) and min(starts) == self.scheduler.project_start


_warm_states: weakref.WeakKeyDictionary[PlanStore, Warm] = weakref.WeakKeyDictionary()
_warm_lock = threading.Lock()


class Unit:
    """One scheduling unit of work: its session, the generation it sees, the warm state."""

    __slots__ = ("generation", "keep", "session", "store")

    def __init__(self, store: PlanStore, session: Session) -> None:
        self.store = store
        self.session = session
        self.generation = store.generation  # inside the write lock: this content
        self.keep: Warm | None = None  # becomes the warm state if the unit commits

    def warm(self) -> Warm | None:
        """The store's warm state if it describes the content this unit sees."""
        with _warm_lock:
            state = _warm_states.get(self.store)
            if state is not None and state.generation != self.generation:
                del _warm_states[self.store]  # outdated: free it now
                state = None
        return state

    def take(self, state: Warm) -> None:
        """Unregister ``state`` before changing it: should the unit fail, it is gone."""
        with _warm_lock:
            if _warm_states.get(self.store) is state:
                del _warm_states[self.store]


@contextlib.contextmanager
def scheduling_unit(store: PlanStore) -> Iterator[Unit]:
    """``store.write()`` that registers the unit's warm state once it has committed."""
    with store.write() as session:
        unit = Unit(store, session)
        yield unit
    with _warm_lock:
        if unit.keep is None:
            _warm_states.pop(store, None)  # outdated by this commit
        else:
            unit.keep.generation = unit.generation + 1  # our own commit, nobody else's
            _warm_states[store] = unit.keep


def is_warm(store: PlanStore) -> bool:
    """True when the next scheduling edit on ``store`` can take the warm path.

    A commit by another program is only noticed when the next unit of work
    begins, so this may say True and the edit still go the full way.
    """
    with _warm_lock:
        state = _warm_states.get(store)
    return state is not None and state.generation == store.generation


def warm_schedule(store: PlanStore) -> Schedule | None:
    """The live scheduler's schedule when ``store`` is warm (no pass needed), else None."""
    with _warm_lock:
        state = _warm_states.get(store)
    if state is None or state.generation != store.generation:
        return None
    return state.scheduler.result()


def discard_warm_state(store: PlanStore) -> None:
    """Forget ``store``'s warm state (it also goes when the store is garbage-collected)."""
    with _warm_lock:
        _warm_states.pop(store, None)
