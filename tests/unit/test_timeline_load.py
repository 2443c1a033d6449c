"""What the Timeline reads: rows with the baseline it chooses to show, choices, details."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from oa_desk.domain.enums import RaciRole, TaskKind
from oa_desk.services import baselines as bl
from oa_desk.services import schedule as svc
from oa_desk.services import timeline
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
                m.Department(id=1, name="财务部"),
                m.Department(id=2, parent_id=1, name="会计科", seq=0),
                m.Wave(id=1, name="试点", seq=0),
                m.Person(id=1, employee_no="007", name="王芳", active=True),
                m.Person(id=2, employee_no="008", name="离职", active=False),
                m.Stakeholder(id=1, name="李总"),
                m.Stakeholder(id=2, name="张经理"),
                m.Task(id=1, name="Prepare", kind=TaskKind.SUMMARY, seq=0),
                m.Task(id=2, parent_id=1, name="调研", duration=3, seq=0, owner_id=1),
                m.Task(id=3, parent_id=1, name="方案", duration=2, seq=1, department_id=1),
            ]
        )
        session.flush()
        session.add_all(
            [
                m.Dependency(predecessor_id=2, successor_id=3),
                m.RaciEntry(task_id=2, stakeholder_id=1, role=RaciRole.I),
                m.RaciEntry(task_id=2, stakeholder_id=2, role=RaciRole.A),
            ]
        )
    svc.reschedule(s)
    yield s
    s.close()


def test_the_rows_carry_the_baseline_asked_for(store: PlanStore) -> None:
    first = bl.save_baseline(store, "v1").new_ids[0]
    svc.move_task(store, 2, D(2025, 1, 13))  # a week later: task 3 follows
    second = bl.save_baseline(store, "v2").new_ids[0]
    none = timeline.load_timeline(store)
    assert none.baseline_id is None
    assert all(r.baseline_start is None and r.finish_variance is None for r in none.rows)
    old = timeline.load_timeline(store, first)
    assert old.baseline_id == first
    assert (old.row(2).baseline_start, old.row(2).baseline_finish) == (MON, D(2025, 1, 8))
    assert old.row(3).finish_variance == 5
    new = timeline.load_timeline(store, second)
    assert new.row(2).baseline_start == D(2025, 1, 13) and new.row(3).finish_variance == 0
    gone = timeline.load_timeline(store, 999)  # a deleted baseline shows none
    assert gone.row(2).baseline_start is None
    # Rows read again for an edit keep the baseline of the data they refresh.
    svc.change_duration(store, 3, 4)
    fresh = {r.id: r for r in timeline.load_rows(store, [3], old)}
    assert fresh[3].baseline_finish == old.row(3).baseline_finish
    assert fresh[3].finish_variance == 7
    assert fresh[3].predecessors == "2" and fresh[3].wbs == old.row(3).wbs


def test_plan_and_calendar_come_with_the_rows(store: PlanStore) -> None:
    svc.add_calendar_exception(store, D(2025, 1, 7), False, "Holiday")
    data = timeline.load_timeline(store)
    assert (data.project_start, data.go_live, data.plan_name) == (MON, D(2025, 6, 30), "Rollout")
    assert data.weekdays == "1111100" and data.exceptions == {D(2025, 1, 7): False}
    assert [r.wbs for r in data.rows] == ["1", "1.1", "1.2"]
    assert data.row(2).owner == "王芳" and data.row(3).department == "财务部"
    info = timeline.load_calendar_info(store)
    assert info.exceptions == ((D(2025, 1, 7), False, "Holiday"),)


def test_choices_and_details(store: PlanStore) -> None:
    choices = timeline.load_choices(store)
    assert choices.people == ((1, "王芳 · 007"),)  # active people only
    assert choices.departments == ((1, "财务部"), (2, "会计科"))  # top level first
    assert choices.waves == ((1, "试点"),)
    assert timeline.load_choices(store, people=False).people == ()
    details = timeline.load_task_details(store, 2)
    assert details.raci == (("张经理", "A"), ("李总", "I"))  # in R, A, C, I order
    with pytest.raises(KeyError):
        timeline.load_task_details(store, 99)
