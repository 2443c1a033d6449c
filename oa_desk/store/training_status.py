"""Every active person's training status (domain.training), read in one pass.

Used by the coverage matrix, the go/no-go gates, the dashboard and the report.
SQLAlchemy Core; the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from sqlalchemy import Connection, select

from oa_desk.domain.enums import Attendance, AudienceTier
from oa_desk.domain.training import Result, Status, status
from oa_desk.store import models
from oa_desk.store.training import required_courses


def course_tiers(conn: Connection) -> dict[AudienceTier, dict[int, bool]]:
    """Each tier's required courses (with their prerequisites): id -> has a pass mark."""
    return required_courses(conn)


def training_status(
    conn: Connection, *, departments: Iterable[int] | None = None
) -> Mapping[int, tuple[int | None, AudienceTier, Status]]:
    """person id -> (department id, tier, status), for the active people (of ``departments``)."""
    p, e, s = (
        models.Person.__table__,
        models.Enrollment.__table__,
        models.TrainingSession.__table__,
    )
    courses = course_tiers(conn)
    who = select(p.c.id, p.c.department_id, p.c.tier).where(p.c.active.is_(True))
    if departments is not None:
        who = who.where(p.c.department_id.in_(list(departments)))
    people = {pid: (dept, AudienceTier(tier)) for pid, dept, tier in conn.execute(who)}
    results: dict[int, list[Result]] = defaultdict(list)
    rows = conn.execute(
        select(e.c.person_id, s.c.course_id, e.c.attendance, e.c.passed)
        .select_from(e.join(s, s.c.id == e.c.session_id))
        .where(e.c.attendance.is_not(None))
    )
    for pid, course, attendance, passed in rows:
        if pid in people:
            results[pid].append(Result(course, Attendance(attendance), passed))
    return {
        pid: (dept, tier, status(tier, courses, results.get(pid, ())))
        for pid, (dept, tier) in people.items()
    }
