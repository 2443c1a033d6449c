"""MS Project XML: round trip through a fresh plan, and hostile or broken files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from oa_desk.domain.enums import ConstraintType, DependencyType, TaskKind
from oa_desk.exchange.mspdi import MspdiError, read_mspdi
from oa_desk.services import baselines as bl
from oa_desk.services import schedule as svc
from oa_desk.services.mspdi import export_mspdi, import_mspdi
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore, create_plan, open_plan

D = dt.date
MON = D(2025, 9, 22)


def _new(path: Path, start: dt.date | None = MON) -> PlanStore:
    create_plan(path, name="OA 推广", start=start, go_live=D(2026, 6, 30))
    return open_plan(path)


@pytest.fixture
def source(tmp_path: Path) -> Iterator[PlanStore]:
    s = _new(tmp_path / "source.oadesk")
    with s.write() as session:
        session.add_all(
            [
                m.Task(id=10, name="准备阶段", seq=0, kind=TaskKind.SUMMARY, duration=0),
                m.Task(id=11, parent_id=10, name="需求调研", seq=0, duration=4, progress=100),
                m.Task(
                    id=12,
                    parent_id=10,
                    name="流程梳理 & <审批>",
                    seq=1,
                    duration=3,
                    progress=50,
                    notes='含 "引号"',
                ),
                m.Task(
                    id=13, parent_id=10, name="子阶段", seq=2, kind=TaskKind.SUMMARY, duration=0
                ),
                m.Task(
                    id=14,
                    parent_id=13,
                    name="试点部门配置",
                    seq=0,
                    duration=5,
                    constraint_type=ConstraintType.SNET,
                    constraint_date=D(2025, 10, 13),
                ),
                m.Task(
                    id=20,
                    name="全面上线",
                    seq=1,
                    kind=TaskKind.MILESTONE,
                    duration=0,
                    constraint_type=ConstraintType.FNLT,
                    constraint_date=D(2025, 12, 31),
                ),
                m.Task(
                    id=21,
                    name="培训",
                    seq=2,
                    duration=6,
                    constraint_type=ConstraintType.MSO,
                    constraint_date=D(2025, 11, 3),
                ),
            ]
        )
        session.flush()
        session.add_all(
            [
                m.Dependency(predecessor_id=11, successor_id=12, type=DependencyType.FS, lag=2),
                m.Dependency(predecessor_id=12, successor_id=14, type=DependencyType.SS, lag=-1),
                m.Dependency(predecessor_id=14, successor_id=21, type=DependencyType.FF, lag=0),
                m.Dependency(predecessor_id=10, successor_id=20, type=DependencyType.FS, lag=1),
                m.Dependency(predecessor_id=11, successor_id=21, type=DependencyType.SF, lag=3),
            ]
        )
    svc.apply_calendar_preset(s, "CN", [2025, 2026], language="zh_CN")
    svc.add_calendar_exception(s, D(2025, 10, 20), False, "公司年会")
    bl.save_baseline(s, "批准版")
    svc.move_task(s, 11, D(2025, 9, 29))
    bl.save_baseline(s, "调整版 v2")
    svc.change_duration(s, 12, 4)
    yield s
    s.close()


def _snapshot(store: PlanStore) -> dict[str, object]:
    with store.read() as session:
        tasks = session.execute(
            select(
                m.Task.id,
                m.Task.parent_id,
                m.Task.name,
                m.Task.kind,
                m.Task.duration,
                m.Task.start,
                m.Task.finish,
                m.Task.progress,
                m.Task.constraint_type,
                m.Task.constraint_date,
                m.Task.notes,
            ).order_by(m.Task.parent_id, m.Task.seq)
        ).all()
        names = {r.id: r.name for r in tasks}
        parent = {r.id: names.get(r.parent_id) for r in tasks}
        deps = {
            (names[r.predecessor_id], names[r.successor_id], r.type, r.lag)
            for r in session.execute(
                select(
                    m.Dependency.predecessor_id,
                    m.Dependency.successor_id,
                    m.Dependency.type,
                    m.Dependency.lag,
                )
            )
        }
        bases = {
            (b, names[t], s, f)
            for b, t, s, f in session.execute(
                select(
                    m.Baseline.name,
                    m.BaselineTask.task_id,
                    m.BaselineTask.start,
                    m.BaselineTask.finish,
                ).join(m.BaselineTask)
            )
        }
        exc = {(e.day, e.working, e.name) for e in session.scalars(select(m.CalendarException))}
        cal = session.scalars(select(m.Calendar)).one().working_weekdays
        return {
            "tasks": [(parent[r.id], *tuple(r)[2:]) for r in tasks],
            "deps": deps,
            "baselines": bases,
            "exceptions": exc,
            "weekdays": cal,
        }


def test_round_trip_gives_the_same_plan(source: PlanStore, tmp_path: Path) -> None:
    xml = tmp_path / "plan.xml"
    report = export_mspdi(source, xml)
    assert (report.tasks, report.links, report.baselines) == (7, 5, 2)
    text = xml.read_text("utf-8")
    assert '<Project xmlns="http://schemas.microsoft.com/project">' in text
    assert "<LinkLag>9600</LinkLag>" in text and "<Duration>PT32H0M0S</Duration>" in text
    target = _new(tmp_path / "target.oadesk", start=None)
    try:
        result = import_mspdi(target, xml)
        assert result.warnings == ()
        assert (result.tasks, result.links, result.baselines) == (7, 5, 2)
        assert _snapshot(target) == _snapshot(source)
        with target.read() as session:
            assert session.scalars(select(m.Plan.start_date)).one() == MON
    finally:
        target.close()


def test_the_shown_baseline_goes_out_and_comes_back(source: PlanStore, tmp_path: Path) -> None:
    """The baseline shown is the caller's view setting: exported, and named by the import."""
    ids = {b.name: b.id for b in bl.list_baselines(source)}
    for shown, expected in ((ids["调整版 v2"], "调整版 v2"), (None, "批准版")):
        xml = tmp_path / f"plan-{shown}.xml"
        export_mspdi(source, xml, shown_baseline=shown)
        assert read_mspdi(xml).shown_baseline == (None if shown is None else 1)
        target = _new(tmp_path / f"target-{shown}.oadesk", start=None)
        try:
            report = import_mspdi(target, xml)
            names = {b.id: b.name for b in bl.list_baselines(target)}
            assert report.shown_baseline is not None
            assert names[report.shown_baseline] == expected
        finally:
            target.close()


def test_import_refuses_a_plan_with_tasks_unless_replace(source: PlanStore, tmp_path: Path) -> None:
    xml = tmp_path / "plan.xml"
    export_mspdi(source, xml)
    before = _snapshot(source)
    with pytest.raises(ValueError, match="already has 7 tasks"):
        import_mspdi(source, xml)
    assert _snapshot(source) == before
    import_mspdi(source, xml, replace=True)
    assert _snapshot(source) == before


def _assert_refused(store: PlanStore, path: Path, match: str) -> None:
    before = _snapshot(store)
    with pytest.raises(MspdiError, match=match):
        import_mspdi(store, path, replace=True)
    assert _snapshot(store) == before


BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<Project xmlns="http://schemas.microsoft.com/project"><Name>&lol3;</Name></Project>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE p [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<Project xmlns="http://schemas.microsoft.com/project"><Name>&xxe;</Name></Project>
"""


def test_hostile_and_broken_files_are_refused(source: PlanStore, tmp_path: Path) -> None:
    cases = {
        "bomb.xml": (BOMB, "refused"),
        "xxe.xml": (EXTERNAL, "refused"),
        "not.xml": ("this is not XML at all, just text", "not well-formed XML.*line 1"),
        "other.xml": ("<?xml version='1.0'?><html><body/></html>", "root element is <html>"),
        "empty.xml": ("", "not well-formed XML"),
    }
    good = tmp_path / "good.xml"
    export_mspdi(source, good)
    text = good.read_text("utf-8")
    cases["truncated.xml"] = (text[: len(text) // 2], "not well-formed XML.*line")
    cases["bad-date.xml"] = (
        text.replace("<Start>2025-09-29T08:00:00</Start>", "<Start>29/09/2025</Start>", 1),
        r"<Start> is not a date: '29/09/2025' \(task UID",
    )
    cases["bad-pred.xml"] = (
        text.replace(
            "<PredecessorUID>11</PredecessorUID>", "<PredecessorUID>999</PredecessorUID>", 1
        ),
        "predecessor UID 999 is not a task of this file",
    )
    for name, (content, match) in cases.items():
        path = tmp_path / name
        path.write_text(content, "utf-8")
        try:
            _assert_refused(source, path, match)
        except BaseException as exc:
            raise AssertionError(name) from exc
    with pytest.raises(MspdiError, match=r"[Nn]o such file"):
        read_mspdi(tmp_path / "missing.xml")


def test_a_loop_in_the_file_changes_nothing(source: PlanStore, tmp_path: Path) -> None:
    xml = tmp_path / "plan.xml"
    export_mspdi(source, xml)
    text = xml.read_text("utf-8")
    # Make task 11 depend on task 12, which already depends on 11.
    looped = text.replace(
        "<UID>11</UID>",
        "<UID>11</UID>",
    ).replace(
        "<Name>需求调研</Name>",
        "<Name>需求调研</Name>",
    )
    marker = "<Name>需求调研</Name>"
    head, tail = looped.split(marker, 1)
    end = tail.index("</Task>")
    tail = (
        tail[:end]
        + "<PredecessorLink><PredecessorUID>12</PredecessorUID><Type>1</Type></PredecessorLink>"
        + tail[end:]
    )
    path = tmp_path / "loop.xml"
    path.write_text(head + marker + tail, "utf-8")
    before = _snapshot(source)
    from oa_desk.domain.schedule import DependencyLoopError

    with pytest.raises(DependencyLoopError, match="需求调研"):
        import_mspdi(source, path, replace=True)
    assert _snapshot(source) == before
    with source.read() as session:
        assert session.execute(select(func.count()).select_from(m.Task)).scalar() == 7
