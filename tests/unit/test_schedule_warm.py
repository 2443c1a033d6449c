"""The warm path of the scheduling services: consecutive edits without reloading the plan.

Every warm result is checked against a *cold twin*: the same plan in a second
file, given the same operations, whose warm state is discarded before each
one, so that it always loads the plan and schedules it in full. Warm and cold
must leave the same rows in the file and return the same result (changes,
undo, schedule, conflicts) at every step.

Other programs: the lock file keeps a second OA Desk off the plan, but it is
only advisory, so a plain ``sqlite3`` connection can still write. The store
notices such a commit through ``PRAGMA data_version`` at the start of its next
unit of work, and the warm state is then not used; the tests below check it. On
a team plan (the tests taking ``open_on_engine``) another client's commit is
noticed the same way, by transaction ids.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import sqlalchemy.exc
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text, update

from oa_desk.domain.calendar import WorkCalendar
from oa_desk.domain.enums import ConstraintType as C
from oa_desk.domain.enums import DependencyType as L
from oa_desk.domain.enums import TaskKind as K
from oa_desk.domain.schedule import (
    DependencyLoopError,
    LinkError,
    LinkSpec,
    ScheduleError,
    TaskSpec,
)
from oa_desk.services import schedule as svc
from oa_desk.services.schedule import data as plan_data
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore, create_plan, open_plan
from oa_desk.store.publish import open_store
from oa_desk.store.teamplan import TeamPlanStore
from tests.unit.test_schedule_properties import START, plans

D = dt.date
Plan = tuple[list[TaskSpec], list[LinkSpec], WorkCalendar]
Op = Callable[[PlanStore], Any]

# -- two stores of the same plan ---------------------------------------------------------


Opener = Callable[[Path], PlanStore]


def _open_file(path: Path) -> PlanStore:
    return open_plan(path, snapshot=False)


def make_store(
    path: Path, plan: Plan, *, fixed_start: bool = True, opener: Opener = _open_file
) -> PlanStore:
    """A plan holding ``plan`` (a file, or a team plan when ``opener`` makes one);
    every stored date is START, stale on purpose."""
    tasks, links, cal = plan
    create_plan(path, name="Warm", start=START if fixed_start else None)
    store = opener(path)
    parents = {t.parent for t in tasks}
    with store.write() as session:
        session.add_all(
            m.Task(
                id=t.id,
                parent_id=t.parent,
                seq=k,
                name=t.name,
                kind=K.SUMMARY if t.id in parents else t.kind,
                duration=0 if t.kind == K.MILESTONE else t.duration,
                progress=t.progress,
                constraint_type=t.constraint,
                constraint_date=t.constraint_date,
                start=START,
                finish=START,
            )
            for k, t in enumerate(tasks)
        )
        session.flush()
        session.add_all(
            m.Dependency(predecessor_id=x.pred, successor_id=x.succ, type=x.type, lag=x.lag)
            for x in links
        )
        session.add_all(
            m.CalendarException(calendar_id=1, day=day, working=working, name="")
            for day, working in cal.exceptions.items()
        )
    return store


def task_rows(store: PlanStore) -> dict[int, tuple[Any, ...]]:
    t = m.Task
    with store.read() as session:
        return {
            r[0]: tuple(r[1:])
            for r in session.execute(
                select(
                    t.id,
                    t.start,
                    t.finish,
                    t.duration,
                    t.progress,
                    t.kind,
                    t.constraint_type,
                    t.constraint_date,
                    t.name,
                )
            )
        }


def assert_same_result(warm: svc.EditResult, cold: svc.EditResult) -> None:
    assert warm.changes == cold.changes
    assert dataclasses.replace(warm.undo, tasks=()) == dataclasses.replace(cold.undo, tasks=())
    assert len(warm.undo.tasks) == len({t.id for t in warm.undo.tasks})
    assert {t.id: t for t in warm.undo.tasks} == {t.id: t for t in cold.undo.tasks}
    assert warm.conflicts == cold.conflicts
    assert warm.schedule is not None and cold.schedule is not None
    assert {t: warm.schedule[t] for t in warm.schedule} == {
        t: cold.schedule[t] for t in cold.schedule
    }
    assert warm.schedule.project_finish == cold.schedule.project_finish


def attempt(op: Op, store: PlanStore) -> tuple[Any, Exception | None]:
    try:
        return op(store), None
    except Exception as exc:  # compared between the twins
        return None, exc


@dataclasses.dataclass
class Twins:
    """A warm store and its cold twin; ``loads`` counts full loads of the plan."""

    warm: PlanStore
    cold: PlanStore
    loads: mock.MagicMock

    def both(self, op: Op) -> tuple[Any, Any, bool]:
        """Run ``op`` on both; check they agree. Returns both outputs and whether
        the warm store loaded the whole plan."""
        before = self.loads.call_count
        w_out, w_exc = attempt(op, self.warm)
        loaded = self.loads.call_count > before
        svc.discard_warm_state(self.cold)
        c_out, c_exc = attempt(op, self.cold)
        assert type(w_exc) is type(c_exc), (w_exc, c_exc)
        if isinstance(w_exc, ScheduleError):
            assert str(w_exc) == str(c_exc)
        if isinstance(w_out, svc.EditResult):
            assert_same_result(w_out, c_out)
        else:
            assert w_out == c_out
        assert task_rows(self.warm) == task_rows(self.cold)
        if w_exc is not None:
            raise w_exc
        return w_out, c_out, loaded


@contextlib.contextmanager
def twins(
    folder: Path, plan: Plan, *, fixed_start: bool = True, opener: Opener = _open_file
) -> Iterator[Twins]:
    warm = make_store(folder / "warm.oadesk", plan, fixed_start=fixed_start, opener=opener)
    cold = make_store(folder / "cold.oadesk", plan, fixed_start=fixed_start, opener=opener)
    try:
        with mock.patch.object(
            plan_data, "load_plan_data", wraps=plan_data.load_plan_data
        ) as loads:
            yield Twins(warm, cold, loads)
    finally:
        warm.close()
        cold.close()


def reverting(undo: dict[PlanStore, svc.Undo]) -> Op:
    """Undo on each twin with its own :class:`Undo`."""

    def op(store: PlanStore) -> Any:
        return svc.revert(store, undo[store])

    return op


def external_write(store: PlanStore, sql: str, *params: object) -> int:
    """Another program writing the file: a plain sqlite3 connection, lock file or not;
    on a team plan, another client's unit of work.

    Returns the number of rows changed (an update to the same values writes nothing).
    """
    if isinstance(store, TeamPlanStore):
        assert not params
        with open_store(store.url) as other, other.write() as session:
            return int(session.execute(text(sql)).rowcount)  # type: ignore[attr-defined]
    with contextlib.closing(sqlite3.connect(store.path, timeout=5, isolation_level=None)) as c:
        return c.execute(sql, params).rowcount


# A small rollout: a summary of two linked tasks, a go-live milestone after it, training.
SMALL: Plan = (
    [
        TaskSpec(1, None, K.TASK, 0, name="Prepare"),
        TaskSpec(2, 1, K.TASK, 3, progress=100, name="调研"),
        TaskSpec(3, 1, K.TASK, 2, name="方案"),
        TaskSpec(4, None, K.MILESTONE, 0, name="Go-live"),
        TaskSpec(5, None, K.TASK, 5, name="培训"),
    ],
    [LinkSpec(2, 3), LinkSpec(1, 4), LinkSpec(3, 5, L.SS, 1)],
    WorkCalendar(span=(START, START + dt.timedelta(days=90))),
)


def small() -> Plan:
    tasks, links, cal = SMALL
    return list(tasks), list(links), cal


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


# -- the warm path: same rows, same results, no reload -----------------------------------


def test_consecutive_edits_and_undo_do_not_reload(tmp_path: Path, open_on_engine: Opener) -> None:
    with twins(tmp_path, small(), opener=open_on_engine) as tw:
        _, _, loaded = tw.both(svc.reschedule)
        assert loaded and svc.is_warm(tw.warm)
        edits: list[Op] = [
            lambda s: svc.move_task(s, 2, day(12)),  # a Saturday: snaps to Monday
            lambda s: svc.change_duration(s, 3, 4),
            lambda s: svc.change_duration(s, 5, 0),  # becomes a milestone
            lambda s: svc.set_constraint(s, 5, C.MSO, day(3)),  # links want it later
            lambda s: svc.set_constraint(s, 4, C.FNLT, day(10)),
            lambda s: svc.set_progress(s, 3, 40),  # rolls up into the summary
            lambda s: svc.move_task(s, 1, day(21)),  # a summary
            lambda s: svc.set_constraint(s, 2, C.ASAP),
        ]
        undos: list[dict[PlanStore, svc.Undo]] = []
        conflicts = []
        for edit in edits:
            w, c, loaded = tw.both(edit)
            assert not loaded, "a warm edit does not load the plan"
            undos.append({tw.warm: w.undo, tw.cold: c.undo})
            conflicts.append(w.conflicts)
        assert conflicts[3] and conflicts[3][0].task_id == 5, "the pinned task is reported"
        for undo in reversed(undos):
            tw.both(reverting(undo))
            assert svc.is_warm(tw.warm), "undo of a warm edit keeps the store warm"
        for n in (7, 0, 14):  # drag, undo, drag again
            w, c, loaded = tw.both(lambda s, n=n: svc.move_task(s, 2, day(n)))  # type: ignore[misc]
            assert not loaded
            tw.both(reverting({tw.warm: w.undo, tw.cold: c.undo}))
            assert svc.is_warm(tw.warm)


def test_refused_edits_leave_the_file_and_the_warm_state(
    tmp_path: Path, open_on_engine: Opener
) -> None:
    with twins(tmp_path, small(), opener=open_on_engine) as tw:
        tw.both(svc.reschedule)
        before = task_rows(tw.warm)
        refusals: list[tuple[Op, type[Exception]]] = [
            (lambda s: svc.change_duration(s, 1, 9), ScheduleError),  # a summary
            (lambda s: svc.set_progress(s, 1, 50), ScheduleError),
            (lambda s: svc.change_duration(s, 3, -1), ScheduleError),
            (lambda s: svc.set_progress(s, 3, 101), ScheduleError),
            (lambda s: svc.move_task(s, 99, day(3)), ScheduleError),
            (lambda s: svc.set_constraint(s, 3, C.SNET), ScheduleError),
            (lambda s: svc.add_dependency(s, 5, 2), DependencyLoopError),
            (lambda s: svc.add_dependency(s, 1, 3), LinkError),
            (lambda s: svc.remove_dependency(s, 4, 5), LinkError),
        ]
        for op, error in refusals:
            with pytest.raises(error):
                tw.both(op)
            assert task_rows(tw.warm) == before
            assert svc.is_warm(tw.warm), f"{error.__name__} dropped the warm state"
        _, _, loaded = tw.both(lambda s: svc.move_task(s, 2, day(7)))
        assert not loaded


def test_a_failing_write_drops_the_warm_state(tmp_path: Path) -> None:
    trigger = text(
        "CREATE TRIGGER no_late_design BEFORE UPDATE OF start ON task"
        " WHEN NEW.id = 3 AND NEW.start > '2025-11-01'"
        " BEGIN SELECT RAISE(ABORT, 'design cannot start that late'); END"
    )
    with twins(tmp_path, small()) as tw:
        for store in (tw.warm, tw.cold):
            with store.write() as session:
                session.execute(trigger)
        tw.both(svc.reschedule)
        assert svc.is_warm(tw.warm)
        before, generation = task_rows(tw.warm), tw.warm.generation
        # The warm path moves task 2 in memory, then the database refuses task 3's row.
        with pytest.raises(sqlalchemy.exc.DBAPIError):
            tw.both(lambda s: svc.move_task(s, 2, day(60)))
        assert task_rows(tw.warm) == before and tw.warm.generation == generation
        assert not svc.is_warm(tw.warm), "the scheduler moved, the file did not: drop it"
        # Had it been kept, this edit would start from the move that never happened.
        _, _, loaded = tw.both(lambda s: svc.change_duration(s, 2, 4))
        assert loaded
        _, _, loaded = tw.both(lambda s: svc.move_task(s, 2, day(14)))
        assert not loaded


def test_another_programs_write_is_noticed(tmp_path: Path, open_on_engine: Opener) -> None:
    with twins(tmp_path, small(), opener=open_on_engine) as tw:
        tw.both(svc.reschedule)
        assert svc.is_warm(tw.warm)
        for store in (tw.warm, tw.cold):
            external_write(store, "UPDATE task SET duration = 7 WHERE id = 3")
        # Not knowable before the next unit of work begins ...
        assert svc.is_warm(tw.warm)
        # ... which notices the commit, loads the plan afresh and schedules it in full.
        w, _, loaded = tw.both(lambda s: svc.move_task(s, 2, day(7)))
        assert loaded
        assert task_rows(tw.warm)[3][2] == 7
        assert w.schedule is not None and w.schedule[3].duration == 7
        _, _, loaded = tw.both(lambda s: svc.move_task(s, 2, day(8)))
        assert not loaded


def test_a_cache_invalidating_write_is_followed_by_a_full_pass(
    tmp_path: Path, open_on_engine: Opener
) -> None:
    with twins(tmp_path, small(), opener=open_on_engine) as tw:
        tw.both(svc.reschedule)
        for store in (tw.warm, tw.cold):
            with store.write() as session:  # another service: a rename, and a stale date
                session.execute(update(m.Task).where(m.Task.id == 5).values(name="培训 v2"))
                session.execute(update(m.Task).where(m.Task.id == 4).values(start=day(1)))
        assert not svc.is_warm(tw.warm)
        w, c, loaded = tw.both(lambda s: svc.move_task(s, 2, day(7)))
        assert loaded and 4 in {t.id for t in w.undo.tasks}, "the full pass fixes the stale row"
        assert svc.is_warm(tw.warm)
        # Undo puts the stale date back, which the scheduler would not compute: drop.
        tw.both(reverting({tw.warm: w.undo, tw.cold: c.undo}))
        assert not svc.is_warm(tw.warm)
        _, _, loaded = tw.both(lambda s: svc.move_task(s, 2, day(8)))
        assert loaded


def test_a_plan_without_start_date_follows_its_earliest_task(tmp_path: Path) -> None:
    with twins(tmp_path, small(), fixed_start=False) as tw:
        tw.both(svc.reschedule)
        tw.both(lambda s: svc.move_task(s, 5, day(14)))
        assert svc.is_warm(tw.warm), "the earliest start did not move"
        # Moving every early task later moves the project's start: a full load must follow.
        tw.both(lambda s: svc.move_task(s, 2, day(7)))
        assert not svc.is_warm(tw.warm)
        tw.both(lambda s: svc.set_constraint(s, 2, C.ASAP))
        tw.both(lambda s: svc.set_constraint(s, 5, C.ASAP))


# -- random sequences: warm == cold after every step ------------------------------------


def _ops(n: int) -> st.SearchStrategy[tuple[Any, ...]]:
    tid = st.integers(1, n)
    offset = st.integers(-5, 45)
    return st.one_of(
        st.tuples(st.just("move"), tid, offset),
        st.tuples(st.just("move"), tid, offset),
        st.tuples(st.just("duration"), tid, st.integers(0, 6)),
        st.tuples(st.just("constraint"), tid, st.sampled_from(list(C)), offset),
        st.tuples(st.just("progress"), tid, st.integers(0, 100)),
        st.tuples(st.just("undo")),
        st.tuples(st.just("undo")),
        st.tuples(st.just("rename"), tid),
        st.tuples(st.just("external"), tid),
        st.tuples(st.just("link"), tid, tid, st.sampled_from(list(L)), st.integers(-2, 3)),
        st.tuples(st.just("unlink"), tid, tid),
        st.tuples(st.just("reschedule")),
    )


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[Plan, bool, list[tuple[Any, ...]]]:
    plan = draw(plans())
    ops = draw(st.lists(_ops(len(plan[0])), min_size=1, max_size=14))
    return plan, draw(st.booleans()), ops


def _operation(op: tuple[Any, ...]) -> Op | None:
    """The service call for ``op`` (None for the ones the test runs itself)."""
    match op:
        case ("move", t, n):
            return lambda s: svc.move_task(s, t, day(n))
        case ("duration", t, n):
            return lambda s: svc.change_duration(s, t, n)
        case ("constraint", t, kind, n):
            return lambda s: svc.set_constraint(s, t, kind, day(n))
        case ("progress", t, n):
            return lambda s: svc.set_progress(s, t, n)
        case ("link", a, b, kind, lag):
            return lambda s: svc.add_dependency(s, a, b, kind, lag)
        case ("unlink", a, b):
            return lambda s: svc.remove_dependency(s, a, b)
        case ("reschedule",):
            return svc.reschedule
        case ("rename", t):

            def rename(s: PlanStore) -> None:
                with s.write() as session:
                    session.execute(update(m.Task).where(m.Task.id == t).values(name=f"R{t}"))

            return rename
    return None


WARMABLE = {"move", "duration", "constraint", "progress"}
LEAVES_WARM = WARMABLE | {"link", "unlink", "reschedule"}


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(scenarios())
def test_random_edit_sequences_warm_equals_cold(
    scenario: tuple[Plan, bool, list[tuple[Any, ...]]],
) -> None:
    plan, fixed_start, ops = scenario
    with (
        tempfile.TemporaryDirectory() as folder,
        twins(Path(folder), plan, fixed_start=fixed_start) as tw,
    ):
        undos: list[dict[PlanStore, svc.Undo]] = []
        other_program_wrote = False
        for op in ops:
            kind = op[0]
            if kind == "external":
                sql = "UPDATE task SET duration = duration % 6 + 1 WHERE id = ? AND kind = 'task'"
                if external_write(tw.warm, sql, op[1]):
                    assert external_write(tw.cold, sql, op[1])
                    other_program_wrote = True
                continue
            if kind == "undo":
                if not undos:
                    continue
                operation = reverting(undos.pop())
            else:
                found = _operation(op)
                assert found is not None
                operation = found
            was_warm = svc.is_warm(tw.warm)
            try:
                w, c, loaded = tw.both(operation)
            except (ScheduleError, ValueError):
                other_program_wrote = False  # the refused unit of work noticed it
                continue
            if kind in WARMABLE and was_warm:
                assert loaded == other_program_wrote, (
                    "another program's write must force a full load"
                    if other_program_wrote
                    else "a warm edit must not load the plan"
                )
            other_program_wrote = False
            if isinstance(w, svc.EditResult):
                undos.append({tw.warm: w.undo, tw.cold: c.undo})
            if fixed_start and kind in LEAVES_WARM:
                assert svc.is_warm(tw.warm), f"{kind} should leave the store warm"
        tw.both(svc.reschedule)
        again, _, _ = tw.both(svc.reschedule)
        if fixed_start:  # a fixed point of a full pass (without a start date the
            # project starts on the earliest stored start, which a pass can move)
            assert not again.undo.tasks
