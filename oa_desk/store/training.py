"""The Training page's reads and its bulk enrolment: SQLAlchemy Core, SQLite and PostgreSQL.

Coverage is two grouped queries (the headcounts per department and tier, and
each active person's attended and passed courses required of their tier, then
grouped by department and tier); the
arithmetic over them (the tree roll-up, the colours) is ``domain.training``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Table, and_, case, delete, func, insert, literal, or_, select

from oa_desk.domain.enums import Attendance, AudienceTier
from oa_desk.domain.training import Cell, with_prerequisites
from oa_desk.store import models

_C = models.Course.__table__
_CP: Table = models.Base.metadata.tables["course_prerequisite"]
_S = models.TrainingSession.__table__
_E: Table = models.Base.metadata.tables["enrollment"]
_P = models.Person.__table__
_D = models.Department.__table__
_W = models.Wave.__table__

_ATTENDED = (Attendance.PRESENT.value, Attendance.LATE.value)


def course_rows(conn: Connection) -> list[tuple[Any, ...]]:
    """id, name, tier, format, modules, duration, pass mark, materials, prerequisites (the
    free text), sessions, the ids of the courses it requires first (sorted)."""
    n = select(func.count()).select_from(_S).where(_S.c.course_id == _C.c.id).scalar_subquery()
    stmt = select(
        _C.c.id,
        _C.c.name,
        _C.c.tier,
        _C.c.format,
        _C.c.modules,
        _C.c.duration_hours,
        _C.c.pass_mark,
        _C.c.materials_url,
        _C.c.prerequisites,
        n,
    ).order_by(_C.c.tier, _C.c.name, _C.c.id)
    links = prerequisite_links(conn)
    return [(*r, tuple(sorted(links.get(r[0], ())))) for r in conn.execute(stmt)]


def session_rows(conn: Connection, course_id: int | None = None) -> list[tuple[Any, ...]]:
    """id, course, starts, ends, location, trainer, capacity, status, enrolled, waiting,
    course id, trainer id; of one course or all, by start."""
    seated = (
        select(func.count())
        .select_from(_E)
        .where(_E.c.session_id == _S.c.id, _E.c.waitlisted.is_(False))
        .scalar_subquery()
    )
    waiting = (
        select(func.count())
        .select_from(_E)
        .where(_E.c.session_id == _S.c.id, _E.c.waitlisted.is_(True))
        .scalar_subquery()
    )
    stmt = (
        select(
            _S.c.id,
            _C.c.name,
            _S.c.starts_at,
            _S.c.ends_at,
            _S.c.location,
            _P.c.name,
            _S.c.capacity,
            _S.c.status,
            seated,
            waiting,
            _S.c.course_id,
            _S.c.trainer_id,
        )
        .select_from(
            _S.join(_C, _C.c.id == _S.c.course_id).outerjoin(_P, _P.c.id == _S.c.trainer_id)
        )
        .order_by(_S.c.starts_at, _S.c.id)
    )
    if course_id is not None:
        stmt = stmt.where(_S.c.course_id == course_id)
    return [tuple(r) for r in conn.execute(stmt)]


def session_course(conn: Connection, session_id: int) -> tuple[Any, ...] | None:
    """capacity, pass mark, course id of a session; None when it does not exist."""
    row = conn.execute(
        select(_S.c.capacity, _C.c.pass_mark, _C.c.id)
        .select_from(_S.join(_C, _C.c.id == _S.c.course_id))
        .where(_S.c.id == session_id)
    ).first()
    return tuple(row) if row is not None else None


def seated_count(conn: Connection, session_id: int) -> int:
    return int(
        conn.execute(
            select(func.count())
            .select_from(_E)
            .where(_E.c.session_id == session_id, _E.c.waitlisted.is_(False))
        ).scalar_one()
    )


def roster_rows(conn: Connection, session_id: int) -> list[tuple[Any, ...]]:
    """A session's sign-in list: enrollment id, employee no., name, department,
    attendance, score, passed, rating, waitlisted; seated first, by name."""
    stmt = (
        select(
            _E.c.id,
            _P.c.employee_no,
            _P.c.name,
            _D.c.name,
            _E.c.attendance,
            _E.c.score,
            _E.c.passed,
            _E.c.rating,
            _E.c.waitlisted,
        )
        .select_from(
            _E.join(_P, _P.c.id == _E.c.person_id).outerjoin(_D, _D.c.id == _P.c.department_id)
        )
        .where(_E.c.session_id == session_id)
        .order_by(_E.c.waitlisted, _P.c.name, _E.c.id)
    )
    return [tuple(r) for r in conn.execute(stmt)]


def enrolled_people(conn: Connection, session_id: int) -> set[int]:
    return set(conn.execute(select(_E.c.person_id).where(_E.c.session_id == session_id)).scalars())


def department_parents(conn: Connection) -> dict[int, int | None]:
    return {i: p for i, p in conn.execute(select(_D.c.id, _D.c.parent_id))}


def department_names(conn: Connection) -> list[tuple[int, int | None, str]]:
    """id, parent, name of every department, siblings in order."""
    stmt = select(_D.c.id, _D.c.parent_id, _D.c.name).order_by(_D.c.seq, _D.c.name, _D.c.id)
    return [(i, p, n) for i, p, n in conn.execute(stmt)]


def rule_people(
    conn: Connection, tier: AudienceTier | None, departments: Iterable[int], session_id: int
) -> list[tuple[int, str, str, str]]:
    """Active people of ``tier`` (None: any) in ``departments`` not yet in the session:
    id, employee no., name, department; by department and name."""
    taken = select(_E.c.person_id).where(_E.c.session_id == session_id)
    stmt = (
        select(_P.c.id, _P.c.employee_no, _P.c.name, _D.c.name)
        .select_from(_P.outerjoin(_D, _D.c.id == _P.c.department_id))
        .where(
            _P.c.active.is_(True),
            _P.c.department_id.in_(list(departments)),
            _P.c.id.not_in(taken),
        )
        .order_by(_D.c.name, _P.c.name, _P.c.id)
    )
    if tier is not None:
        stmt = stmt.where(_P.c.tier == AudienceTier(tier).value)
    return [(i, no, name, dept or "") for i, no, name, dept in conn.execute(stmt)]


def insert_enrollments(
    conn: Connection,
    session_id: int,
    people: Sequence[int],
    waitlisted: Sequence[bool],
    invited_on: dt.date,
) -> tuple[int, ...]:
    """Insert one enrollment per person (executemany); their new ids."""
    first = int(conn.execute(select(func.coalesce(func.max(_E.c.id), 0))).scalar_one()) + 1
    ids = tuple(range(first, first + len(people)))
    if ids:
        conn.execute(
            insert(_E),
            [
                {
                    "id": i,
                    "session_id": session_id,
                    "person_id": pid,
                    "invited_on": invited_on,
                    "waitlisted": wait,
                }
                for i, pid, wait in zip(ids, people, waitlisted, strict=True)
            ],
        )
    return ids


def delete_enrollments(conn: Connection, ids: Sequence[int]) -> None:
    for start in range(0, len(ids), 500):
        conn.execute(delete(_E).where(_E.c.id.in_(list(ids[start : start + 500]))))


# -- coverage ---------------------------------------------------------------------------


def prerequisite_links(conn: Connection) -> dict[int, set[int]]:
    """course id -> the ids of the courses it requires first."""
    out: dict[int, set[int]] = {}
    for course, prerequisite in conn.execute(select(_CP.c.course_id, _CP.c.prerequisite_id)):
        out.setdefault(course, set()).add(prerequisite)
    return out


def write_prerequisites(conn: Connection, course_id: int, ids: Iterable[int]) -> None:
    """Make ``ids`` exactly the prerequisites of ``course_id``."""
    conn.execute(delete(_CP).where(_CP.c.course_id == course_id))
    rows = [{"course_id": course_id, "prerequisite_id": p} for p in sorted(set(ids))]
    if rows:
        conn.execute(insert(_CP), rows)


def required_courses(conn: Connection) -> dict[AudienceTier, dict[int, bool]]:
    """Each tier's required courses, id -> whether it has a pass mark: the tier's own
    courses and every course they require first (of any tier, followed through)."""
    marked: dict[int, bool] = {}
    own: dict[AudienceTier, list[int]] = {}
    for cid, tier, mark in conn.execute(select(_C.c.id, _C.c.tier, _C.c.pass_mark)):
        marked[cid] = mark is not None
        own.setdefault(AudienceTier(tier), []).append(cid)
    links = prerequisite_links(conn)
    return {
        tier: {c: marked[c] for c in sorted(with_prerequisites(ids, links)) if c in marked}
        for tier, ids in own.items()
    }


def _counts(required: dict[AudienceTier, dict[int, bool]]) -> dict[AudienceTier, tuple[int, int]]:
    return {t: (len(c), sum(c.values())) for t, c in required.items()}


def tier_course_counts(conn: Connection) -> dict[AudienceTier, tuple[int, int]]:
    """Each tier's number of required courses and of those with a pass mark."""
    return _counts(required_courses(conn))


def _required(required: dict[AudienceTier, dict[int, bool]]) -> tuple[Any, Any]:
    """SQL: the session's course is required of the person's tier; the course id when
    the enrollment passed a required course with a pass mark (else NULL)."""
    of_tier = or_(
        literal(False),
        *(
            and_(_P.c.tier == t.value, _S.c.course_id.in_(sorted(c)))
            for t, c in required.items()
            if c
        ),
    )
    marked = sorted({c for courses in required.values() for c, m in courses.items() if m})
    marked_pass = case(
        (and_(_S.c.course_id.in_(marked), _E.c.passed.is_(True)), _S.c.course_id), else_=None
    )
    return of_tier, marked_pass


def _person_results(required: dict[AudienceTier, dict[int, bool]]) -> Any:
    """Per person: distinct required courses of their tier attended, and of those with a
    pass mark, passed. Grouped in the order of the enrollment's person index."""
    of_tier, marked_pass = _required(required)
    return (
        select(
            _E.c.person_id.label("pid"),
            func.count(func.distinct(_S.c.course_id)).label("attended"),
            func.count(func.distinct(marked_pass)).label("passed"),
        )
        .select_from(_E.join(_S, _S.c.id == _E.c.session_id).join(_P, _P.c.id == _E.c.person_id))
        .where(_E.c.attendance.in_(_ATTENDED), of_tier)
        .group_by(_E.c.person_id)
        .subquery("results")
    )


def _conditions(
    counts: dict[AudienceTier, tuple[int, int]], tier: Any, attended: Any, done: Any
) -> tuple[Any, Any]:
    """SQL conditions: trained, passed (by the tier's course counts), over a person's
    ``tier`` and their counts of attended and passed courses (never NULL)."""
    trained = or_(
        literal(False),
        *(and_(tier == t.value, attended >= n) for t, (n, _m) in counts.items() if n > 0),
    )
    passed = or_(
        literal(False),
        *(and_(tier == t.value, attended >= n, done >= m) for t, (n, m) in counts.items() if n > 0),
    )
    return trained, passed


def _done(counts: dict[AudienceTier, tuple[int, int]], r: Any) -> tuple[Any, Any]:
    """SQL conditions: this person is trained, has passed (by their tier's counts).
    Never NULL (a person without results has attended nothing), so ``~`` is exact."""
    attended, done = func.coalesce(r.c.attended, 0), func.coalesce(r.c.passed, 0)
    return _conditions(counts, _P.c.tier, attended, done)


def coverage_cells(conn: Connection) -> dict[tuple[int | None, AudienceTier], Cell]:
    """Each department's own (not rolled up) headcounts per tier of active people.

    Two grouped queries: the headcounts (the people table alone), and the trained
    and passed among the people with results. The second groups the attended
    enrollments by person (walking the covering index in person order, each
    person's department and tier taken along) and then by department and tier, so
    no person without results is ever joined: 1.8x faster than one query over an
    outer join of every person to their results.
    """
    required = required_courses(conn)
    counts = _counts(required)
    heads = select(_P.c.department_id, _P.c.tier, func.count()).where(_P.c.active.is_(True))
    cells = {
        (dept, AudienceTier(tier)): Cell(int(n), 0, 0)
        for dept, tier, n in conn.execute(heads.group_by(_P.c.department_id, _P.c.tier)).all()
    }
    of_tier, marked_pass = _required(required)
    per_person = (
        select(
            # one value per person: an aggregate, as PostgreSQL wants (grouping by
            # the person's own columns too would make SQLite sort instead of walk)
            func.max(_P.c.department_id).label("dept"),
            func.max(_P.c.tier).label("tier"),
            func.count(func.distinct(_S.c.course_id)).label("attended"),
            func.count(func.distinct(marked_pass)).label("passed"),
        )
        .select_from(_E.join(_P, _P.c.id == _E.c.person_id).join(_S, _S.c.id == _E.c.session_id))
        .where(_E.c.attendance.in_(_ATTENDED), of_tier, _P.c.active.is_(True))
        .group_by(_E.c.person_id)
        .subquery("results")
    )
    r = per_person.c
    trained, passed = _conditions(counts, r.tier, r.attended, r.passed)
    done = select(
        r.dept, r.tier, func.sum(case((trained, 1), else_=0)), func.sum(case((passed, 1), else_=0))
    ).group_by(r.dept, r.tier)
    for dept, tier, t, p in conn.execute(done).all():
        key = (dept, AudienceTier(tier))
        cells[key] = Cell(cells[key].required, int(t or 0), int(p or 0))
    return cells


def not_passed(
    conn: Connection,
    departments: Iterable[int] | None,
    tier: AudienceTier | None,
    *,
    go_live_by: dt.date | None = None,
    limit: int | None = None,
) -> list[tuple[Any, ...]]:
    """Active people who have not passed their tier's courses: id, employee no., name,
    department, tier, trained, planned go-live of their department's wave.

    ``departments`` None: everyone; ``go_live_by``: only departments whose wave goes
    live by then (and has not gone live yet).
    """
    required = required_courses(conn)
    r = _person_results(required)
    trained, passed = _done(_counts(required), r)
    stmt = (
        select(
            _P.c.id,
            _P.c.employee_no,
            _P.c.name,
            _D.c.name,
            _P.c.tier,
            case((trained, True), else_=False),
            _W.c.planned_go_live,
        )
        .select_from(
            _P.outerjoin(r, r.c.pid == _P.c.id)
            .outerjoin(_D, _D.c.id == _P.c.department_id)
            .outerjoin(_W, _W.c.id == _D.c.wave_id)
        )
        .where(_P.c.active.is_(True), ~passed)
        .order_by(_W.c.planned_go_live, _D.c.name, _P.c.name, _P.c.id)
    )
    if departments is not None:
        stmt = stmt.where(_P.c.department_id.in_(list(departments)))
    if tier is not None:
        stmt = stmt.where(_P.c.tier == AudienceTier(tier).value)
    if go_live_by is not None:
        stmt = stmt.where(
            _W.c.planned_go_live.is_not(None),
            _W.c.planned_go_live <= go_live_by,
            _W.c.actual_go_live.is_(None),
            _D.c.actual_go_live.is_(None),
        )
    if limit is not None:
        stmt = stmt.limit(limit)
    return [tuple(row) for row in conn.execute(stmt)]


def sessions_between(
    conn: Connection, start: dt.datetime, end: dt.datetime
) -> list[tuple[Any, ...]]:
    """Sessions overlapping [start, end): id, course, starts, ends, location, trainer id,
    trainer, capacity, seated, status."""
    seated = (
        select(func.count())
        .select_from(_E)
        .where(_E.c.session_id == _S.c.id, _E.c.waitlisted.is_(False))
        .scalar_subquery()
    )
    stmt = (
        select(
            _S.c.id,
            _C.c.name,
            _S.c.starts_at,
            _S.c.ends_at,
            _S.c.location,
            _S.c.trainer_id,
            _P.c.name,
            _S.c.capacity,
            seated,
            _S.c.status,
            _C.c.description,
        )
        .select_from(
            _S.join(_C, _C.c.id == _S.c.course_id).outerjoin(_P, _P.c.id == _S.c.trainer_id)
        )
        .where(_S.c.starts_at < end, _S.c.ends_at > start)
        .order_by(_S.c.starts_at, _S.c.id)
    )
    return [tuple(r) for r in conn.execute(stmt)]


def calendar_rows(conn: Connection) -> list[tuple[Any, ...]]:
    """Every session for a calendar: id, course, starts, ends, location, trainer,
    trainer's e-mail, status, course description."""
    stmt = (
        select(
            _S.c.id,
            _C.c.name,
            _S.c.starts_at,
            _S.c.ends_at,
            _S.c.location,
            _P.c.name,
            _P.c.email,
            _S.c.status,
            _C.c.description,
        )
        .select_from(
            _S.join(_C, _C.c.id == _S.c.course_id).outerjoin(_P, _P.c.id == _S.c.trainer_id)
        )
        .order_by(_S.c.starts_at, _S.c.id)
    )
    return [tuple(r) for r in conn.execute(stmt)]


def completion_rows(conn: Connection) -> list[tuple[int, str, int, dt.datetime]]:
    """Attended sessions of a course required of the person's tier: person, tier, course,
    end."""
    of_tier, _marked = _required(required_courses(conn))
    stmt = (
        select(_E.c.person_id, _P.c.tier, _S.c.course_id, _S.c.ends_at)
        .select_from(_E.join(_S, _S.c.id == _E.c.session_id).join(_P, _P.c.id == _E.c.person_id))
        .where(_E.c.attendance.in_(_ATTENDED), of_tier, _P.c.active.is_(True))
    )
    return [(p, str(t), c, e) for p, t, c, e in conn.execute(stmt)]


def attendance_rows(conn: Connection, person_id: int | None = None) -> list[tuple[Any, ...]]:
    """Enrollments with their session and person: enrollment id, employee no., name,
    department, course, starts, location, attendance, score, passed, rating, waitlisted;
    of one person (by start) or everyone (by person, then start)."""
    stmt = select(
        _E.c.id,
        _P.c.employee_no,
        _P.c.name,
        _D.c.name,
        _C.c.name,
        _S.c.starts_at,
        _S.c.location,
        _E.c.attendance,
        _E.c.score,
        _E.c.passed,
        _E.c.rating,
        _E.c.waitlisted,
    ).select_from(
        _E.join(_S, _S.c.id == _E.c.session_id)
        .join(_C, _C.c.id == _S.c.course_id)
        .join(_P, _P.c.id == _E.c.person_id)
        .outerjoin(_D, _D.c.id == _P.c.department_id)
    )
    if person_id is not None:
        stmt = stmt.where(_E.c.person_id == person_id).order_by(_S.c.starts_at, _E.c.id)
    else:
        stmt = stmt.order_by(_P.c.employee_no, _S.c.starts_at, _E.c.id)
    return [tuple(r) for r in conn.execute(stmt)]
