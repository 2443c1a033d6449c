"""Scheduling services on a real plan file: edits, refusals, undo, baselines, calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from oa_desk.domain.enums import ConstraintType, DependencyType, TaskKind
from oa_desk.domain.schedule import DependencyLoopError, LinkError, ScheduleError
from oa_desk.services import baselines as bl
from oa_desk.services import schedule as svc
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore, create_plan

D = dt.date
MON = D(2025, 1, 6)


@pytest.fixture
def store(tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]) -> Iterator[PlanStore]:
    path = tmp_path / "plan.oadesk"
    create_plan(path, name="Rollout", start=MON, go_live=D(2025, 6, 30))
    s = open_on_engine(path)
    with s.write() as session:
        session.add_all(
            [
                m.Task(id=1, name="Prepare", kind=TaskKind.SUMMARY, seq=0, duration=0),
                m.Task(id=2, parent_id=1, name="调研", duration=3, seq=0, progress=100),
                m.Task(id=3, parent_id=1, name="方案", duration=2, seq=1),
                m.Task(id=4, name="Go-live", kind=TaskKind.MILESTONE, duration=0, seq=1),
                m.Task(id=5, name="培训", duration=5, seq=2),
            ]
        )
        session.flush()
        session.add_all(
            [
                m.Dependency(predecessor_id=2, successor_id=3),
                m.Dependency(predecessor_id=1, successor_id=4),
            ]
        )
    svc.reschedule(s)
    yield s
    s.close()


def rows(store: PlanStore) -> dict[int, tuple[object, ...]]:
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
                )
            )
        }


def links(store: PlanStore) -> set[tuple[int, int, int, str, int]]:
    d = m.Dependency
    with store.read() as session:
        return {
            tuple(r)
            for r in session.execute(  # type: ignore[misc]
                select(d.id, d.predecessor_id, d.successor_id, d.type, d.lag)
            )
        }


def test_reschedule_writes_dates_and_rolls_up(store: PlanStore) -> None:
    r = rows(store)
    assert r[2][:2] == (MON, D(2025, 1, 8))
    assert r[3][:2] == (D(2025, 1, 9), D(2025, 1, 10))
    assert r[1][:4] == (MON, D(2025, 1, 10), 5, 60)  # summary span and weighted progress
    assert r[4][:2] == (D(2025, 1, 13), D(2025, 1, 13))
    again = svc.reschedule(store)
    assert not again.changes and not again.undo


def test_move_task_sets_snet_and_undo_restores_exactly(store: PlanStore) -> None:
    before = rows(store)
    result = svc.move_task(store, 2, D(2025, 1, 11))  # a Saturday: snaps to Monday
    after = rows(store)
    assert after[2][5:7] == (ConstraintType.SNET, D(2025, 1, 13))
    assert after[2][:2] == (D(2025, 1, 13), D(2025, 1, 15))
    assert after[3][:2] == (D(2025, 1, 16), D(2025, 1, 17))
    assert after[4][0] == D(2025, 1, 20)
    assert result.changes.updated["task"] == {1, 2, 3, 4}
    svc.revert(store, result.undo)
    assert rows(store) == before
    redo = svc.move_task(store, 2, D(2025, 1, 11))
    assert rows(store) == after and redo.changes == result.changes


def test_change_duration_milestone_and_summary_refusal(store: PlanStore) -> None:
    svc.change_duration(store, 5, 0)
    assert rows(store)[5][2:5:2] == (0, TaskKind.MILESTONE)
    svc.change_duration(store, 5, 4)
    assert rows(store)[5][2:5:2] == (4, TaskKind.TASK)
    before = rows(store)
    with pytest.raises(ScheduleError, match="summary"):
        svc.change_duration(store, 1, 9)
    assert rows(store) == before


def test_loop_is_refused_and_nothing_changes(store: PlanStore) -> None:
    before, before_links = rows(store), links(store)
    with pytest.raises(DependencyLoopError) as info:
        svc.add_dependency(store, 4, 2)
    assert "#4 Go-live" in str(info.value) and "#2 调研" in str(info.value)
    with pytest.raises(LinkError):
        svc.add_dependency(store, 1, 3)  # a summary and its own task
    with pytest.raises(LinkError):
        svc.add_dependency(store, 2, 3)  # already linked
    assert rows(store) == before and links(store) == before_links
    with pytest.raises(DependencyLoopError):
        svc.check_dependency(store, 4, 3)


def test_dependency_edits_and_their_undo(store: PlanStore) -> None:
    before, before_links = rows(store), links(store)
    added = svc.add_dependency(store, 4, 5, DependencyType.FS, 2)
    assert rows(store)[5][0] == D(2025, 1, 15)
    edited = svc.edit_dependency(store, 4, 5, type=DependencyType.SS, lag=-1)
    assert rows(store)[5][0] == D(2025, 1, 10)
    removed = svc.remove_dependency(store, 2, 3)
    assert rows(store)[3][0] == MON
    for step in (removed, edited, added):
        svc.revert(store, step.undo)
    assert rows(store) == before and links(store) == before_links
    with pytest.raises(LinkError):
        svc.remove_dependency(store, 3, 5)


def test_calendar_exceptions_move_tasks_and_undo(store: PlanStore) -> None:
    before = rows(store)
    added = svc.add_calendar_exception(store, D(2025, 1, 7), False, "Holiday")
    assert rows(store)[2][:2] == (MON, D(2025, 1, 9))
    assert "calendar_exception" in added.changes.inserted
    made_up = svc.add_calendar_exception(store, D(2025, 1, 11), True, "调休")
    assert rows(store)[3][:2] == (D(2025, 1, 10), D(2025, 1, 11))
    edited = svc.edit_calendar_exception(store, D(2025, 1, 7), new_day=D(2025, 1, 8))
    removed = svc.remove_calendar_exception(store, D(2025, 1, 11))
    with pytest.raises(ScheduleError):
        svc.add_calendar_exception(store, D(2025, 1, 8))
    for step in (removed, edited, made_up, added):
        svc.revert(store, step.undo)
    assert rows(store) == before
    with store.read() as session:
        assert session.execute(select(func.count()).select_from(m.CalendarException)).scalar() == 0


def test_china_preset_and_working_week(store: PlanStore) -> None:
    result = svc.apply_calendar_preset(store, "CN", [2025], language="zh_CN")
    with store.read() as session:
        exc = {e.day: e.working for e in session.scalars(select(m.CalendarException))}
        cal = session.get(m.Calendar, 1)
        assert cal is not None and cal.preset == "CN"
    assert exc[D(2025, 1, 26)] is True and exc[D(2025, 1, 29)] is False
    svc.revert(store, result.undo)
    with store.read() as session:
        assert session.execute(select(func.count()).select_from(m.CalendarException)).scalar() == 0
    week = svc.set_working_weekdays(store, "1111110")
    assert rows(store)[3][:2] == (D(2025, 1, 9), D(2025, 1, 10))  # Saturday now works
    assert rows(store)[5][:2] == (MON, D(2025, 1, 10))
    svc.revert(store, week.undo)
    with pytest.raises(ValueError):
        svc.set_working_weekdays(store, "0000000")
    with pytest.raises(ScheduleError):
        svc.apply_calendar_preset(store, "XX")


def test_baselines_save_variance_rename_delete(store: PlanStore) -> None:
    first = bl.save_baseline(store, "Approved plan")
    bid = first.new_ids[0]
    assert first.changes.inserted["baseline"] == {bid}
    svc.move_task(store, 2, D(2025, 1, 13))
    var = bl.baseline_variance(store, bid)
    assert (var[2].start_days, var[2].finish_days) == (5, 5)
    assert var[5].start_days == 0
    second = bl.save_baseline(store, "Re-plan")
    with pytest.raises(bl.BaselineError):
        bl.save_baseline(store, "Re-plan")
    assert [b.name for b in bl.list_baselines(store)] == ["Approved plan", "Re-plan"]
    renamed = bl.rename_baseline(store, bid, "v1")
    deleted = bl.delete_baseline(store, bid)
    assert [b.name for b in bl.list_baselines(store)] == ["Re-plan"]
    svc.revert(store, deleted.undo)
    svc.revert(store, renamed.undo)
    infos = bl.list_baselines(store)
    assert [(b.name, b.tasks) for b in infos] == [("Approved plan", 5), ("Re-plan", 5)]
    assert bl.baseline_variance(store, bid)[2].start_days == 5
    svc.revert(store, second.undo)
    assert [b.name for b in bl.list_baselines(store)] == ["Approved plan"]
    with store.write() as session:  # deleting a task drops its baseline rows (cascade)
        session.execute(m.Task.__table__.delete().where(m.Task.id == 5))
    assert bl.list_baselines(store)[0].tasks == 4


def test_saving_a_baseline_writes_no_task_row(store: PlanStore) -> None:
    """Which baseline is shown is a view setting: saving one changes no task."""
    before = rows(store)
    result = bl.save_baseline(store, "Approved plan")
    assert rows(store) == before
    assert "task" not in result.changes.updated
