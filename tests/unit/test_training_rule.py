"""One rule for "trained at their tier", on plain data and read from a plan."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from oa_desk.domain.enums import Attendance, AudienceTier, CourseFormat
from oa_desk.domain.training import Result, status
from oa_desk.store import models as m
from oa_desk.store.planfile import create_plan, open_plan
from oa_desk.store.training_status import training_status

END, KEY = AudienceTier.END_USER, AudienceTier.KEY_USER
COURSES = {END: {1: False, 2: True}, KEY: {3: True}}


def test_trained_means_every_course_of_the_tier_attended_and_passed_every_marked_one() -> None:
    both = [Result(1, Attendance.PRESENT, None), Result(2, Attendance.LATE, True)]
    assert status(END, COURSES, both).trained and status(END, COURSES, both).passed
    failed = [Result(1, Attendance.PRESENT, None), Result(2, Attendance.PRESENT, False)]
    assert status(END, COURSES, failed).trained and not status(END, COURSES, failed).passed
    half = [Result(1, Attendance.PRESENT, None), Result(2, Attendance.ABSENT, None)]
    assert not status(END, COURSES, half).trained and status(END, COURSES, half).missing == {2}
    # A tier without courses trains nobody: "no training yet" is never "done".
    assert not status(AudienceTier.LEADERSHIP, COURSES, []).trained


def test_the_plan_gives_each_active_persons_status(tmp_path: Path) -> None:
    path = tmp_path / "t.oadesk"
    create_plan(path, name="培训")
    at = dt.datetime(2026, 3, 2, 9, 0)
    with open_plan(path, snapshot=False) as store:
        with store.write() as s:
            dept = m.Department(name="财务部")
            s.add(dept)
            s.flush()
            a = m.Person(employee_no="1", name="甲", department_id=dept.id, tier=END)
            b = m.Person(employee_no="2", name="乙", department_id=dept.id, tier=END)
            gone = m.Person(employee_no="3", name="丙", tier=END, active=False)
            course = m.Course(name="日常操作", tier=END, format=CourseFormat.LECTURE)
            s.add_all([a, b, gone, course])
            s.flush()
            session = m.TrainingSession(
                course_id=course.id, starts_at=at, ends_at=at + dt.timedelta(hours=2)
            )
            s.add(session)
            s.flush()
            s.add_all(
                [
                    m.Enrollment(session_id=session.id, person_id=a.id, attendance="present"),
                    m.Enrollment(session_id=session.id, person_id=b.id, attendance="absent"),
                ]
            )
        with store.read() as s:
            found = training_status(s.connection())
    assert set(found) == {a.id, b.id}  # active people only
    assert found[a.id][2].trained and found[a.id][2].passed  # no pass mark: attended is passed
    assert not found[b.id][2].trained
    assert found[a.id][0] == dept.id and found[a.id][1] == END
