"""Course prerequisites are course links: saved with the course in one undo step, a
cycle or an unknown course refused with nothing changed, and counted as required by
the "no training, no account" rule, the coverage matrix and each person's status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select

from oa_desk.domain.enums import Attendance, AudienceTier, CourseFormat, SessionStatus
from oa_desk.domain.training import TrainingCheck, prerequisite_cycle, with_prerequisites
from oa_desk.services import training
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore, create_plan
from oa_desk.store.training import prerequisite_links, required_courses
from oa_desk.store.training_status import training_status

NOW = dt.datetime(2026, 12, 3, 12, 0)


@pytest.fixture
def store(tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]) -> Any:
    path = tmp_path / "先修.oadesk"
    create_plan(path, name="先修课程")
    s = open_on_engine(path)
    with s.write() as w:
        w.connection().execute(
            insert(m.Person.__table__),
            [
                {"id": 1, "employee_no": "001", "name": "张三", "tier": "key_user"},
                {"id": 2, "employee_no": "002", "name": "李四", "tier": "key_user"},
            ],
        )
    yield s
    s.close()


def _course(store: PlanStore, name: str, tier: AudienceTier, *pre: int) -> int:
    values = {"name": name, "tier": tier, "format": CourseFormat.LECTURE}
    return training.save_course(store, None, values, list(pre)).new_ids[0]


def _attend(store: PlanStore, course: int, person: int) -> None:
    start = NOW - dt.timedelta(days=3)
    session = training.save_session(
        store,
        None,
        {
            "course_id": course,
            "starts_at": start,
            "ends_at": start + dt.timedelta(hours=2),
            "status": SessionStatus.HELD,
        },
        now=NOW,
    ).new_ids[0]
    eid = training.enrol_person(store, session, person).undo.added[0]
    training.set_result(store, eid, {"attendance": Attendance.PRESENT})


def _links(store: PlanStore) -> dict[int, set[int]]:
    with store.read() as s:
        return prerequisite_links(s.connection())


def test_a_prerequisite_of_another_tier_is_required_too(store: PlanStore) -> None:
    basics = _course(store, "OA 基础", AudienceTier.END_USER)
    config = _course(store, "流程配置", AudienceTier.KEY_USER, basics)
    with store.read() as s:
        assert required_courses(s.connection())[AudienceTier.KEY_USER] == {
            basics: False,
            config: False,
        }
    _attend(store, config, 1)
    _attend(store, config, 2)
    _attend(store, basics, 2)
    with store.read() as s:
        statuses = training_status(s.connection())
    assert (statuses[1][2].trained, statuses[2][2].trained) == (False, True)
    assert statuses[1][2].missing == {basics}
    cell = training.coverage(store).total(AudienceTier.KEY_USER)
    assert (cell.required, cell.trained) == (2, 1)
    assert [r[0] for r in training.missing(store, None, AudienceTier.KEY_USER)] == [1]
    shares = training.trained_share_series(store)
    assert shares.points[AudienceTier.KEY_USER][-1][1] == 0.5


def test_saving_with_prerequisites_is_one_undo_step(store: PlanStore) -> None:
    a = _course(store, "A", AudienceTier.END_USER)
    b = _course(store, "B", AudienceTier.END_USER)
    c = _course(store, "C", AudienceTier.END_USER, a)
    edit = training.save_course(store, c, {"name": "C2"}, [a, b])
    assert _links(store)[c] == {a, b}
    training.revert_course(store, edit)
    assert _links(store)[c] == {a}
    with store.read() as s:
        assert s.execute(select(m.Course.name).where(m.Course.id == c)).scalar_one() == "C"
    added = training.save_course(
        store, None, {"name": "D", "tier": "end_user", "format": "lecture"}, [c]
    )
    training.revert_course(store, added)
    assert set(_links(store)) == {c}


def test_a_cycle_or_an_unknown_course_is_refused_and_nothing_changes(store: PlanStore) -> None:
    a = _course(store, "A", AudienceTier.END_USER)
    b = _course(store, "B", AudienceTier.END_USER, a)
    c = _course(store, "C", AudienceTier.END_USER, b)
    for course, wanted, code in (
        (a, [c], TrainingCheck.PREREQUISITE_CYCLE),  # C needs B needs A
        (a, [a], TrainingCheck.PREREQUISITE_CYCLE),
        (a, [999], TrainingCheck.PREREQUISITE_UNKNOWN),
    ):
        with pytest.raises(training.TrainingError) as caught:
            training.save_course(store, course, {"name": "改名"}, wanted)
        assert caught.value.code == code.value
    assert _links(store) == {b: {a}, c: {b}}
    with store.read() as s:
        assert s.execute(select(m.Course.name).where(m.Course.id == a)).scalar_one() == "A"


def test_deleting_a_course_takes_its_links(store: PlanStore) -> None:
    from oa_desk.services import records

    a = _course(store, "A", AudienceTier.END_USER)
    b = _course(store, "B", AudienceTier.END_USER, a)
    edit = records.delete_records(store, "course", [a])
    assert _links(store) == {}
    records.revert_record_edit(store, edit.undo)
    assert _links(store) == {b: {a}}


def test_prerequisites_followed_through_and_cycles_cut() -> None:
    links = {3: {2}, 2: {1}, 5: {4}, 4: {5}}
    assert with_prerequisites([3], links) == {1, 2, 3}
    assert with_prerequisites([4], links) == {4, 5}
    assert prerequisite_cycle(links, 1, [3]) == 3
    assert prerequisite_cycle(links, 3, [1]) is None


def test_the_overview_figures_agree_with_coverage_on_both_engines(store: PlanStore) -> None:
    from oa_desk.services.training_dashboard import summary

    basics = _course(store, "OA 基础", AudienceTier.END_USER)
    config = _course(store, "流程配置", AudienceTier.KEY_USER, basics)
    _attend(store, config, 1)
    _attend(store, config, 2)
    _attend(store, basics, 2)
    start = NOW + dt.timedelta(days=2)
    training.save_session(
        store,
        None,
        {"course_id": basics, "starts_at": start, "ends_at": start + dt.timedelta(hours=1)},
        now=NOW,
    )
    with store.write() as w:  # both go live in 10 days; person 1 has not passed
        w.add(m.Wave(id=1, name="第一批", planned_go_live=NOW.date() + dt.timedelta(days=10)))
        w.flush()
        w.add(m.Department(id=1, name="财务部", wave_id=1))
        w.flush()
        for person in w.execute(select(m.Person)).scalars():
            person.department_id = 1
    figures = summary(store, NOW.date())
    assert figures.no_account == len(training.no_account(store, NOW.date(), 14)) == 1
    cell = training.coverage(store).total(AudienceTier.KEY_USER)
    got = figures.tiers[AudienceTier.KEY_USER]
    assert (got.required, got.passed) == (cell.required, cell.passed) == (2, 1)
    assert (figures.upcoming, figures.courses) == (1, 2)
    assert summary(store, NOW.date(), days=5).no_account == 0
