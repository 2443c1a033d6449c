"""MS Project XML export: owners, the fields MS Project has no place for, calendar, baselines."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

from sqlalchemy import select

from oa_desk.domain.enums import Phase, TaskKind
from oa_desk.services import baselines as bl
from oa_desk.services import schedule as svc
from oa_desk.services.mspdi import export_mspdi, import_mspdi
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore, create_plan, open_plan

D = dt.date
NS = "{http://schemas.microsoft.com/project}"


def _plan(path: Path, *, with_people: bool, tasks: bool) -> PlanStore:
    create_plan(path, name="OA 推广", start=D(2025, 9, 22), go_live=D(2026, 6, 30))
    store = open_plan(path)
    with store.write() as session:
        if with_people:
            session.add(m.Wave(id=1, name="试点批次", is_pilot=True))
            session.flush()
            session.add(m.Department(id=1, name="财务部", wave_id=1))
            session.flush()
            session.add(m.Person(id=1, employee_no="001", name="王燕馨", department_id=1))
            session.add(m.Person(id=2, employee_no="002", name="黄春新", department_id=1))
        if tasks:
            session.add_all(
                [
                    m.Task(id=10, name="实施阶段", seq=0, kind=TaskKind.SUMMARY, duration=0),
                    m.Task(
                        id=11,
                        parent_id=10,
                        name="财务部配置",
                        seq=0,
                        duration=4,
                        progress=100,
                        phase=Phase.IMPLEMENT,
                        owner_id=1,
                        department_id=1,
                        wave_id=1,
                        deliverable="配置清单",
                        acceptance="流程全部通过 UAT",
                    ),
                    m.Task(
                        id=12,
                        parent_id=10,
                        name="财务部培训",
                        seq=1,
                        duration=6,
                        progress=30,
                        phase=Phase.OPTIMISE,
                        owner_id=2,
                    ),
                ]
            )
    return store


def _fields(store: PlanStore) -> dict[str, tuple[object, ...]]:
    with store.read() as session:
        people = dict(session.execute(select(m.Person.id, m.Person.name)).all())
        deps = dict(session.execute(select(m.Department.id, m.Department.name)).all())
        waves = dict(session.execute(select(m.Wave.id, m.Wave.name)).all())
        return {
            t.name: (
                t.phase,
                people.get(t.owner_id),
                deps.get(t.department_id),
                waves.get(t.wave_id),
                t.deliverable,
                t.acceptance,
                t.progress,
                t.start,
                t.finish,
            )
            for t in session.scalars(select(m.Task))
        }


def test_owners_and_plan_fields_go_out_and_come_back(tmp_path: Path) -> None:
    source = _plan(tmp_path / "a.oadesk", with_people=True, tasks=True)
    svc.apply_calendar_preset(source, "CN", [2025, 2026], language="zh_CN")
    bl.save_baseline(source, "批准版")
    xml = tmp_path / "plan.xml"
    export_mspdi(source, xml)
    root = ET.parse(xml).getroot()
    names = [r.findtext(f"{NS}Name") for r in root.iter(f"{NS}Resource")]
    assert sorted(names) == ["王燕馨", "黄春新"]
    assert len(list(root.iter(f"{NS}Assignment"))) == 2
    aliases = {
        ea.findtext(f"{NS}FieldName"): ea.findtext(f"{NS}Alias")
        for ea in root.find(f"{NS}ExtendedAttributes") or []
    }
    assert aliases["Text1"] == "Phase"
    target = _plan(tmp_path / "b.oadesk", with_people=True, tasks=False)
    report = import_mspdi(target, xml)
    assert not [w for w in report.warnings if "left empty" in w or "moved" in w]
    assert _fields(target) == _fields(source)
    with source.read() as s1, target.read() as s2:
        cal = select(m.Calendar.name, m.Calendar.preset)
        assert s2.execute(cal).one() == s1.execute(cal).one()
        assert s2.execute(cal).one().preset == "CN"
        base = select(m.Baseline.name, m.Baseline.created_at)
        assert s2.execute(base).all() == s1.execute(base).all()
        rows = select(m.BaselineTask.start, m.BaselineTask.finish).order_by(m.BaselineTask.start)
        assert s2.execute(rows).all() == s1.execute(rows).all()
    source.close()
    target.close()


def test_names_the_plan_lacks_are_one_warning_each(tmp_path: Path) -> None:
    source = _plan(tmp_path / "a.oadesk", with_people=True, tasks=True)
    xml = tmp_path / "plan.xml"
    export_mspdi(source, xml)
    source.close()
    target = _plan(tmp_path / "b.oadesk", with_people=False, tasks=False)
    report = import_mspdi(target, xml)
    target.close()
    missing = [w for w in report.warnings if "left empty" in w]
    assert len(missing) == 4  # two owners, one department, one wave
    assert any(
        w.startswith("owner '王燕馨' is not in the plan") and "'财务部配置'" in w for w in missing
    )


def test_each_task_gets_its_names_and_warnings_when_tasks_share_them(tmp_path: Path) -> None:
    # The import matches each combination of names once: tasks sharing one still get
    # their own ids, one warning each for a phase it does not know, and a place in
    # the warning of a name it cannot match.
    from oa_desk.exchange.mspdi import MspdiDocument, MsTask, write_mspdi

    target = _plan(tmp_path / "b.oadesk", with_people=True, tasks=False)
    with target.write() as session:
        session.add(m.Person(id=3, employee_no="003", name="黄春新", department_id=1))

    def task(uid: int, name: str, owner: str, phase: str = "implement") -> MsTask:
        day = D(2025, 9, 22)
        return MsTask(
            uid, name, 1, TaskKind.TASK, 1, day, day, owner=owner, phase=phase, wave="试点批次"
        )

    doc = MspdiDocument(
        name="共用",
        start=D(2025, 9, 22),
        tasks=[
            task(1, "甲", "王燕馨"),
            task(2, "乙", "黄春新", phase="design"),
            task(3, "丙", "王燕馨"),
            task(4, "丁", "黄春新", phase="design"),
            task(5, "戊", "李四"),
        ],
    )
    xml = tmp_path / "shared.xml"
    write_mspdi(doc, xml)
    report = import_mspdi(target, xml)
    with target.read() as s:
        rows = s.execute(
            select(m.Task.name, m.Task.owner_id, m.Task.wave_id, m.Task.phase).order_by(m.Task.id)
        ).all()
    target.close()
    assert [tuple(r) for r in rows] == [
        ("甲", 1, 1, Phase.IMPLEMENT),
        ("乙", None, 1, Phase.PREPARE),
        ("丙", 1, 1, Phase.IMPLEMENT),
        ("丁", None, 1, Phase.PREPARE),
        ("戊", None, 1, Phase.IMPLEMENT),
    ]
    assert [w for w in report.warnings if "unknown phase" in w] == [
        "task '乙' (UID 2): unknown phase 'design'; left as prepare",
        "task '丁' (UID 4): unknown phase 'design'; left as prepare",
    ]
    assert [w for w in report.warnings if "left empty" in w] == [
        "owner '黄春新' names several in the plan; left empty on 2 tasks: "
        "task '乙' (UID 2), task '丁' (UID 4)",
        "owner '李四' is not in the plan; left empty on 1 tasks: task '戊' (UID 5)",
    ]
