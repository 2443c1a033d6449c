"""An MSPDI import schedules the rows it has just written without reading them back:
what it leaves in the plan is what a fresh load and reschedule of the plan makes,
on both engines, with link ids the plan's own (a link added next gets a new one)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from oa_desk.domain.enums import ConstraintType, DependencyType, TaskKind
from oa_desk.exchange.mspdi import MsLink, MspdiDocument, MsTask, write_mspdi
from oa_desk.services import schedule as svc
from oa_desk.services.mspdi import export_mspdi, import_mspdi
from oa_desk.services.schedule.data import load_plan_data
from oa_desk.services.schedule.passes import schedule_and_write
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore, create_plan, open_plan

D = dt.date


def _source_file(tmp_path: Path) -> Path:
    """A plan with a summary, a late-started task (kept by an SNET), a milestone and links."""
    path = tmp_path / "source.oadesk"
    create_plan(path, name="源", start=D(2026, 3, 2), go_live=D(2026, 12, 31))
    store = open_plan(path)
    try:
        with store.write() as s:
            s.add_all(
                [
                    m.Task(id=1, name="阶段", seq=0, kind=TaskKind.SUMMARY, duration=0),
                    m.Task(id=2, parent_id=1, name="调研", seq=0, duration=5, progress=40),
                    m.Task(id=3, parent_id=1, name="配置", seq=1, duration=3),
                    m.Task(
                        id=4,
                        name="上线",
                        seq=1,
                        kind=TaskKind.MILESTONE,
                        duration=0,
                        constraint_type=ConstraintType.SNET,
                        constraint_date=D(2026, 4, 6),
                    ),
                ]
            )
            s.flush()
            s.add_all(
                [
                    m.Dependency(predecessor_id=2, successor_id=3, type=DependencyType.FS, lag=1),
                    m.Dependency(predecessor_id=1, successor_id=4, type=DependencyType.FS),
                ]
            )
        svc.reschedule(store)
        svc.move_task(store, 3, D(2026, 3, 23))  # later than its link needs
        xml = tmp_path / "plan.xml"
        export_mspdi(store, xml)
    finally:
        store.close()
    return xml


def test_the_import_leaves_what_a_fresh_reschedule_leaves(
    tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]
) -> None:
    xml = _source_file(tmp_path)
    target = tmp_path / "target.oadesk"
    create_plan(target, name="导入", start=D(2026, 3, 2), go_live=D(2026, 12, 31))
    store = open_on_engine(target)
    try:
        report = import_mspdi(store, xml)
        assert report.tasks == 4 and report.links == 2
        with store.write() as session:
            data = load_plan_data(session)
            _, _, rewritten = schedule_and_write(session, data)
            assert rewritten == []  # nothing left for a reschedule to change
            summary = data.stored[min(data.stored)]
            assert summary.progress > 0 and summary.duration > 0  # rolled up and written
            links = session.execute(
                select(m.Dependency.id, m.Dependency.predecessor_id, m.Dependency.successor_id)
            ).all()
            assert sorted(link.id for link in links) == [1, 2]
        a, b = sorted(data.stored)[1], sorted(data.stored)[3]
        svc.add_dependency(store, a, b)  # a new link takes an id after the imported ones
        with store.read() as session:
            ids = sorted(session.scalars(select(m.Dependency.id)))
        assert len(ids) == 3 and ids[-1] > 2
    finally:
        store.close()


def _counting_schedulers(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many full scheduler passes the import runs (one entry per Scheduler built)."""
    from oa_desk.domain.schedule import Scheduler
    from oa_desk.services import mspdi
    from oa_desk.services.schedule import passes

    built: list[int] = []

    class Counting(Scheduler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            built.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(mspdi, "Scheduler", Counting)
    monkeypatch.setattr(passes, "Scheduler", Counting)
    return built


def _fresh_reschedule_changes_nothing(store: PlanStore) -> None:
    with store.write() as session:
        data = load_plan_data(session)
        _, _, rewritten = schedule_and_write(session, data)
        assert rewritten == []


def test_a_file_with_no_start_to_keep_is_scheduled_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Exported after a reschedule of its own, with no task moved by hand: every task
    # starts where its links put it, so no SNET is added and one pass is the schedule.
    path = tmp_path / "source.oadesk"
    create_plan(path, name="源", start=D(2026, 3, 2), go_live=D(2026, 12, 31))
    with open_plan(path) as store:
        with store.write() as s:
            s.add_all(
                [
                    m.Task(id=1, name="阶段", seq=0, kind=TaskKind.SUMMARY, duration=0),
                    m.Task(id=2, parent_id=1, name="调研", seq=0, duration=5, progress=40),
                    m.Task(id=3, parent_id=1, name="配置", seq=1, duration=3),
                ]
            )
            s.flush()
            s.add(m.Dependency(predecessor_id=2, successor_id=3, type=DependencyType.FS, lag=1))
        svc.reschedule(store)
        xml = tmp_path / "plan.xml"
        export_mspdi(store, xml)
    target = tmp_path / "target.oadesk"
    create_plan(target, name="导入", start=D(2026, 3, 2), go_live=D(2026, 12, 31))
    built = _counting_schedulers(monkeypatch)
    with open_plan(target) as store:
        report = import_mspdi(store, xml)
        assert not any("start no earlier than" in w for w in report.warnings)
        assert len(built) == 1
        _fresh_reschedule_changes_nothing(store)


def _late_start_file(tmp_path: Path) -> Path:
    """A file whose second task starts a week later than its link needs (no constraint)."""
    doc = MspdiDocument(
        name="晚开始",
        start=D(2026, 3, 2),
        tasks=[
            MsTask(1, "调研", 1, TaskKind.TASK, 5, D(2026, 3, 2), D(2026, 3, 6)),
            MsTask(2, "配置", 1, TaskKind.TASK, 3, D(2026, 3, 16), D(2026, 3, 18)),
            MsTask(3, "上线", 1, TaskKind.MILESTONE, 0, D(2026, 3, 18), D(2026, 3, 18)),
        ],
        links=[MsLink(1, 2), MsLink(2, 3)],
    )
    xml = tmp_path / "late.xml"
    write_mspdi(doc, xml)
    return xml


def test_a_file_with_a_start_to_keep_is_scheduled_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    xml = _late_start_file(tmp_path)
    target = tmp_path / "target.oadesk"
    create_plan(target, name="导入", start=D(2026, 3, 2), go_live=D(2026, 12, 31))
    built = _counting_schedulers(monkeypatch)
    with open_plan(target) as store:
        report = import_mspdi(store, xml)
        assert "2 tasks kept their start dates as 'start no earlier than'" in report.warnings
        assert len(built) == 2  # the SNET changed the inputs: a second full pass
        _fresh_reschedule_changes_nothing(store)
        with store.read() as session:
            kept = session.execute(select(m.Task.constraint_type).where(m.Task.name == "配置"))
            assert kept.scalar_one() == ConstraintType.SNET


def test_a_file_starting_after_the_go_live_is_scheduled_from_the_plans_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The plan keeps its start, so the project starts elsewhere than the first pass
    # assumed: the first pass is not the schedule.
    xml = _late_start_file(tmp_path)
    target = tmp_path / "target.oadesk"
    create_plan(target, name="导入", start=D(2026, 1, 5), go_live=D(2026, 2, 27))
    built = _counting_schedulers(monkeypatch)
    with open_plan(target) as store:
        report = import_mspdi(store, xml)
        assert any("after the plan's go-live" in w for w in report.warnings)
        assert len(built) == 2
        _fresh_reschedule_changes_nothing(store)
