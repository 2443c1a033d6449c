"""An MSPDI import schedules the rows it has just written without reading them back:
what it leaves in the plan is what a fresh load and reschedule of the plan makes,
on both engines, with link ids the plan's own (a link added next gets a new one)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from oa_desk.domain.enums import ConstraintType, DependencyType, TaskKind
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
