"""Training: the rules refuse bad sessions and results, enrolment (one, by rule, waiting
list) undoes exactly, the coverage matrix agrees with the one status rule."""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from oa_desk.domain.enums import Attendance, AudienceTier, CourseFormat, SessionStatus
from oa_desk.domain.training import Cell, TrainingCheck, cell_health, descendants, roll_up
from oa_desk.services import records, training
from oa_desk.services.demo import generate_demo
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore, open_plan
from oa_desk.store.training_status import training_status
from tests.unit.test_row_snapshots import dump as dump_file

NOW = dt.datetime(2026, 12, 3, 12, 0)


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("training") / "demo.oadesk"
    generate_demo(path, scale=1)
    return path


@pytest.fixture
def store(demo_master: Path, tmp_path: Path) -> Any:
    path = tmp_path / "plan.oadesk"
    shutil.copyfile(demo_master, path)
    with open_plan(path, snapshot=False) as s:
        s.path_for_dump = path  # type: ignore[attr-defined]
        yield s


def dump(store: PlanStore) -> dict[str, list[tuple[Any, ...]]]:
    return dump_file(store.path_for_dump)  # type: ignore[attr-defined]


def _course(store: PlanStore, **more: Any) -> int:
    values = {"name": "流程审批", "tier": AudienceTier.END_USER, "format": CourseFormat.LECTURE}
    return training.save_course(store, None, {**values, **more}).new_ids[0]


def _session(store: PlanStore, course: int, capacity: int = 2) -> int:
    start = NOW + dt.timedelta(days=7)
    values = {
        "course_id": course,
        "starts_at": start,
        "ends_at": start + dt.timedelta(hours=2),
        "location": "第一会议室",
        "capacity": capacity,
    }
    return training.save_session(store, None, values, now=NOW).new_ids[0]


def _refused(code: TrainingCheck, call: Any) -> None:
    with pytest.raises(training.TrainingError) as caught:
        call()
    assert caught.value.code == code.value


def test_a_past_session_still_planned_is_refused(store: PlanStore) -> None:
    course = _course(store, pass_mark=60, modules="workflow,documents")
    before = dump(store)
    start = NOW - dt.timedelta(days=2)
    values = {"course_id": course, "starts_at": start, "ends_at": start + dt.timedelta(hours=1)}
    _refused(
        TrainingCheck.PAST_PLANNED,
        lambda: training.save_session(store, None, values, now=NOW),
    )
    assert dump(store) == before
    held = {**values, "status": SessionStatus.HELD}
    assert training.save_session(store, None, held, now=NOW).new_ids


def test_capacity_below_one_and_a_score_out_of_range_are_refused(store: PlanStore) -> None:
    session = _session(store, _course(store, pass_mark=60))
    _refused(
        TrainingCheck.CAPACITY,
        lambda: training.save_session(store, session, {"capacity": -1}, now=NOW),
    )
    person = _people(store, 1)[0]
    enrolment = training.enrol_person(store, session, person)
    eid = enrolment.undo.added[0]
    _refused(TrainingCheck.SCORE_RANGE, lambda: training.set_result(store, eid, {"score": 101.0}))
    _refused(TrainingCheck.RATING_RANGE, lambda: training.set_result(store, eid, {"rating": 6}))
    edit = training.set_result(store, eid, {"attendance": Attendance.LATE, "score": 72.0})
    with store.read() as s:
        row = s.connection().execute(select(m.Enrollment.__table__).where(m.Enrollment.id == eid))
        got = row.mappings().one()
    assert (got["attendance"], got["passed"]) == (Attendance.LATE, True)
    records.revert_record_edit(store, edit.undo)
    with store.read() as s:
        again = s.get(m.Enrollment, eid)
        assert again is not None and (again.attendance, again.passed) == (None, None)


def _people(store: PlanStore, n: int) -> list[int]:
    with store.read() as s:
        return list(
            s.execute(select(m.Person.id).where(m.Person.active.is_(True)).limit(n)).scalars()
        )


def test_enrolling_twice_is_refused_and_a_full_session_waits(store: PlanStore) -> None:
    session = _session(store, _course(store), capacity=2)
    a, b, c = _people(store, 3)
    before = dump(store)
    edits = [training.enrol_person(store, session, p) for p in (a, b, c)]
    assert [(e.seated, e.waiting) for e in edits] == [(1, 0), (1, 0), (0, 1)]
    _refused(TrainingCheck.ENROLLED_TWICE, lambda: training.enrol_person(store, session, a))
    for edit in reversed(edits):
        training.revert(store, edit.undo)
    assert dump(store) == before


def test_enrol_by_rule_takes_sub_departments_and_undoes_exactly(store: PlanStore) -> None:
    session = _session(store, _course(store), capacity=5)
    with store.read() as s:
        parents = {d: p for d, p in s.execute(select(m.Department.id, m.Department.parent_id))}
    root = next(d for d, p in parents.items() if p is None)
    tree = descendants(parents, [root])
    with store.read() as s:
        expected = s.execute(
            select(func.count())
            .select_from(m.Person)
            .where(
                m.Person.department_id.in_(tree),
                m.Person.tier == AudienceTier.END_USER,
                m.Person.active.is_(True),
            )
        ).scalar_one()
    assert expected > 5 and len(tree) > 1
    preview = training.preview_rule(store, session, AudienceTier.END_USER, [root])
    assert len(preview.people) == expected
    assert (preview.seated, preview.waiting) == (5, expected - 5)
    before = dump(store)
    edit = training.enrol_by_rule(store, session, preview)
    assert (edit.seated, edit.waiting) == (5, expected - 5)
    again = training.preview_rule(store, session, AudienceTier.END_USER, [root])
    assert again.people == ()
    training.revert(store, edit.undo)
    assert dump(store) == before


def test_coverage_agrees_with_each_persons_status(store: PlanStore) -> None:
    matrix = training.coverage(store)
    with store.read() as s:
        statuses = training_status(s.connection())
    required: Counter[AudienceTier] = Counter()
    done: Counter[AudienceTier] = Counter()
    for _dept, tier, status in statuses.values():
        required[tier] += 1
        done[tier] += status.passed
    for tier in AudienceTier:
        total = matrix.total(tier)
        assert (total.required, total.passed) == (required[tier], done[tier])
    some = next(d for d, p, _n, _depth in matrix.departments if p is None)
    cell = matrix.cell(some, AudienceTier.END_USER)
    assert len(training.missing(store, some, AudienceTier.END_USER)) == cell.missing


def test_roll_up_adds_children_into_parents_and_cuts_cycles() -> None:
    parents = {1: None, 2: 1, 3: 2, 4: 5, 5: 4}
    own = {
        (3, AudienceTier.END_USER): Cell(10, 8, 6),
        (2, AudienceTier.END_USER): Cell(2, 2, 2),
        (4, AudienceTier.END_USER): Cell(1, 0, 0),
    }
    out = roll_up(parents, own)
    assert out[(1, AudienceTier.END_USER)] == Cell(12, 10, 8)
    assert out[(3, AudienceTier.END_USER)] == Cell(10, 8, 6)
    assert out[(5, AudienceTier.END_USER)] == Cell(1, 0, 0)
    assert [
        cell_health(Cell(10, 9, 9)),
        cell_health(Cell(10, 7, 6)),
        cell_health(Cell(2, 1, 1)),
    ] == [
        "green",
        "amber",
        "red",
    ]
    assert cell_health(Cell()) == "none"


def test_clashes_same_trainer_same_room_and_over_capacity() -> None:
    from oa_desk.domain.training import Clash, Slot, clashes

    at = dt.datetime(2026, 12, 8, 9, 0)
    hour = dt.timedelta(hours=1)
    slots = [
        Slot(1, at, at + 2 * hour, 7, "第一会议室", 30, 10),
        Slot(2, at + hour, at + 3 * hour, 7, "https://meet/1", 30, 10),  # trainer 7 again
        Slot(3, at + hour, at + 2 * hour, 8, "第一会议室", 30, 10),  # the room again
        Slot(4, at + 2 * hour, at + 3 * hour, 9, "第一会议室", 5, 6),  # after 1: full only
        Slot(5, at, at + hour, 7, "第一会议室", 30, 0, cancelled=True),
        Slot(6, at + hour, at + 2 * hour, 10, "https://meet/1", 30, 0),  # a link is no room
    ]
    assert clashes(slots) == {
        1: {Clash.TRAINER, Clash.ROOM},
        2: {Clash.TRAINER},
        3: {Clash.ROOM},
        4: {Clash.FULL},
    }


def test_trained_over_time_counts_a_person_on_the_day_of_their_last_course() -> None:
    from oa_desk.domain.training import trained_over_time

    end = AudienceTier.END_USER
    d1, d2, d3 = dt.date(2026, 11, 2), dt.date(2026, 11, 5), dt.date(2026, 11, 9)
    attended = [
        (1, end, 10, d1), (1, end, 11, d2),  # trained on d2
        (2, end, 10, d3), (2, end, 10, d1), (2, end, 11, d1),  # first of each: d1
        (3, end, 10, d1),  # one course of two: not trained
    ]  # fmt: skip
    series = trained_over_time({end: 4, AudienceTier.LEADERSHIP: 2}, {end: 2}, attended)
    assert series.points[end] == ((d1, 0.25), (d2, 0.5))
    assert series.points[AudienceTier.LEADERSHIP] == ()
