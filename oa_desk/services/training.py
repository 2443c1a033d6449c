"""Training: courses, sessions, enrolment (one by one or by rule), results, coverage.

Courses, sessions and results are register edits (:mod:`oa_desk.services.records`)
after the training rules of :mod:`oa_desk.domain.training` have passed; a
refusal is a :class:`TrainingError` naming the rule. Enrolling by rule writes
all its rows in one unit of work (10,000 people well under a second) and is
undone by deleting exactly those rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.enums import Attendance, AudienceTier, SessionStatus
from oa_desk.domain.errors import Refusal
from oa_desk.domain.training import (
    Cell,
    Clash,
    ShareSeries,
    Slot,
    TrainingCheck,
    TrainingFinding,
    clashes,
    descendants,
    passed,
    places,
    result_findings,
    roll_up,
    session_findings,
    trained_over_time,
)
from oa_desk.services import records
from oa_desk.services.records import RecordEdit
from oa_desk.services.training_courses import CourseEdit, revert_course, save_course
from oa_desk.store import training as store_training
from oa_desk.store.planfile import PlanStore

if TYPE_CHECKING:
    from oa_desk.exchange.ics import IcsSession

__all__ = [
    "CourseEdit",
    "Coverage",
    "EnrolmentEdit",
    "RulePreview",
    "TrainingError",
    "coverage",
    "enrol_by_rule",
    "enrol_person",
    "preview_rule",
    "revert",
    "revert_course",
    "save_course",
    "save_session",
    "set_result",
]


class TrainingError(Refusal):
    """A training edit refused by one of its rules (``code``: a TrainingCheck value)."""


def _refuse(findings: Sequence[TrainingFinding]) -> None:
    if findings:
        first = findings[0]
        raise TrainingError(
            first.code.value, f"{first.code.value}: {dict(first.params)}", **first.params
        )


# -- courses and sessions ----------------------------------------------------------------


def _session_values(store: PlanStore, session_id: int | None) -> dict[str, Any]:
    if session_id is None:
        return {}
    from sqlalchemy import select

    from oa_desk.store import models

    s = models.TrainingSession.__table__
    with store.read() as session:
        row = session.connection().execute(select(s).where(s.c.id == session_id)).mappings().first()
    return dict(row) if row is not None else {}


def save_session(
    store: PlanStore,
    session_id: int | None,
    values: Mapping[str, Any],
    *,
    now: dt.datetime | None = None,
) -> RecordEdit:
    """Add a session or change one; refused when it ends before it starts, holds
    fewer than one person, or is over and still planned."""
    row = {**_session_values(store, session_id), **values}
    if {"starts_at", "ends_at"} <= row.keys():
        _refuse(
            session_findings(
                row["starts_at"],
                row["ends_at"],
                SessionStatus(row.get("status") or SessionStatus.PLANNED),
                int(row.get("capacity", 30)),
                now or dt.datetime.now(),
            )
        )
    if session_id is None:
        return records.add_record(store, "training_session", values)
    return records.update_record(store, "training_session", session_id, values)


# -- enrolment ---------------------------------------------------------------------------


@dataclass(frozen=True)
class EnrolmentUndo:
    session_id: int
    added: tuple[int, ...]


@dataclass(frozen=True)
class EnrolmentEdit:
    changes: Changes
    undo: EnrolmentUndo
    seated: int
    waiting: int


def _enrol(
    store: PlanStore, session_id: int, people: Sequence[int], today: dt.date | None
) -> EnrolmentEdit:
    if not people:
        raise TrainingError(TrainingCheck.NO_ONE.value, "nobody to enrol", session=session_id)
    with store.write() as session:
        conn = session.connection()
        found = store_training.session_course(conn, session_id)
        if found is None:
            raise records.RecordError(
                "missing", f"session #{session_id} does not exist", id=session_id
            )
        already = store_training.enrolled_people(conn, session_id) & set(people)
        if already or len(set(people)) != len(people):
            raise TrainingError(
                TrainingCheck.ENROLLED_TWICE.value,
                f"already enrolled in session #{session_id}",
                session=session_id,
                count=len(already) or 1,
            )
        seated, waiting = places(
            found[0], store_training.seated_count(conn, session_id), len(people)
        )
        ids = store_training.insert_enrollments(
            conn,
            session_id,
            people,
            [False] * seated + [True] * waiting,
            today or dt.date.today(),
        )
    return EnrolmentEdit(
        Changes.insert(ChangeKind.ENROLLMENT, ids),
        EnrolmentUndo(session_id, ids),
        seated,
        waiting,
    )


def enrol_person(
    store: PlanStore, session_id: int, person_id: int, *, today: dt.date | None = None
) -> EnrolmentEdit:
    """Enrol one person; on the waiting list when the session is full; refused when
    they are enrolled already."""
    return _enrol(store, session_id, [person_id], today)


@dataclass(frozen=True)
class RulePreview:
    """Who a rule would add to a session (id, employee no., name, department), and how
    many of them get a seat."""

    people: tuple[tuple[int, str, str, str], ...]
    seated: int
    waiting: int


def preview_rule(
    store: PlanStore, session_id: int, tier: AudienceTier | None, departments: Sequence[int]
) -> RulePreview:
    """The active people of ``tier`` in ``departments`` and their sub-departments who are
    not in the session yet."""
    with store.read() as session:
        conn = session.connection()
        depts = descendants(store_training.department_parents(conn), departments)
        people = store_training.rule_people(conn, tier, depts, session_id)
        found = store_training.session_course(conn, session_id)
        taken = store_training.seated_count(conn, session_id)
    capacity = found[0] if found is not None else 0
    seated, waiting = places(capacity, taken, len(people))
    return RulePreview(tuple(people), seated, waiting)


def enrol_by_rule(
    store: PlanStore, session_id: int, preview: RulePreview, *, today: dt.date | None = None
) -> EnrolmentEdit:
    """Enrol the people a preview listed, in one unit of work."""
    return _enrol(store, session_id, [p[0] for p in preview.people], today)


def revert(store: PlanStore, undo: EnrolmentUndo) -> Changes:
    """Take an enrolment back: exactly the rows it added."""
    with store.write() as session:
        store_training.delete_enrollments(session.connection(), undo.added)
    return Changes.delete(ChangeKind.ENROLLMENT, undo.added)


# -- results -----------------------------------------------------------------------------


def set_result(store: PlanStore, enrollment_id: int, values: Mapping[str, Any]) -> RecordEdit:
    """Record attendance, score or rating of one enrollment; ``passed`` follows the
    score and the course's pass mark. Refused outside the ranges."""
    from sqlalchemy import select

    from oa_desk.store import models

    e = models.Enrollment.__table__
    with store.read() as session:
        conn = session.connection()
        current = conn.execute(select(e).where(e.c.id == enrollment_id)).mappings().first()
        if current is None:
            raise records.RecordError(
                "missing", f"enrollment #{enrollment_id} does not exist", id=enrollment_id
            )
        found = store_training.session_course(conn, current["session_id"])
    row = {**current, **values}
    score, rating = row.get("score"), row.get("rating")
    _refuse(result_findings(score, rating))
    clean = dict(values)
    if "attendance" in clean and clean["attendance"] is not None:
        clean["attendance"] = Attendance(clean["attendance"])
    if "score" in values and found is not None:
        clean["passed"] = passed(score, found[1])
    return records.update_record(store, "enrollment", enrollment_id, clean)


# -- coverage ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Coverage:
    """The matrix: departments (id, parent, name, depth) in tree order, and each
    department's rolled-up cell per tier (``None``: people without a department)."""

    departments: tuple[tuple[int, int | None, str, int], ...]
    cells: Mapping[tuple[int | None, AudienceTier], Cell]

    def cell(self, dept: int | None, tier: AudienceTier) -> Cell:
        return self.cells.get((dept, tier), Cell())

    def total(self, tier: AudienceTier) -> Cell:
        out = self.cell(None, tier)
        for dept, parent, _name, _depth in self.departments:
            if parent is None:
                out = out + self.cell(dept, tier)
        return out


def _tree_order(
    rows: Sequence[tuple[int, int | None, str]],
) -> list[tuple[int, int | None, str, int]]:
    children: dict[int | None, list[tuple[int, int | None, str]]] = {}
    ids = {r[0] for r in rows}
    for row in rows:
        parent = row[1] if row[1] in ids else None
        children.setdefault(parent, []).append(row)
    out: list[tuple[int, int | None, str, int]] = []
    seen: set[int] = set()
    stack = [(r, 0) for r in reversed(children.get(None, []))]
    while stack:
        (dept, parent, name), depth = stack.pop()
        if dept in seen:
            continue
        seen.add(dept)
        out.append((dept, parent, name, depth))
        stack.extend((c, depth + 1) for c in reversed(children.get(dept, [])))
    return out


def coverage(store: PlanStore) -> Coverage:
    """The coverage matrix: two grouped queries and the roll-up."""
    with store.read() as session:
        conn = session.connection()
        own = store_training.coverage_cells(conn)
        depts = store_training.department_names(conn)
    parents = {d: p for d, p, _n in depts}
    return Coverage(tuple(_tree_order(depts)), roll_up(parents, own))


def missing(
    store: PlanStore, dept: int | None, tier: AudienceTier | None, *, limit: int | None = 5000
) -> list[tuple[Any, ...]]:
    """Who of a matrix cell has not passed (``dept`` None: everyone)."""
    with store.read() as session:
        conn = session.connection()
        depts = (
            None if dept is None else descendants(store_training.department_parents(conn), [dept])
        )
        return store_training.not_passed(conn, depts, tier, limit=limit)


def no_account(store: PlanStore, today: dt.date, days: int) -> list[tuple[Any, ...]]:
    """ "No training, no account": people whose department goes live within ``days`` of
    ``today`` and who have not passed their tier's courses."""
    with store.read() as session:
        return store_training.not_passed(
            session.connection(), None, None, go_live_by=today + dt.timedelta(days=days)
        )


# -- calendars ---------------------------------------------------------------------------


def calendar_sessions(store: PlanStore) -> list[IcsSession]:
    """Every session, as a calendar file holds it."""
    # icalendar and the workbook writer load when a calendar is written, not with the
    # dashboard that reads this module at start-up (tests/e2e/test_startup.py).
    from oa_desk.exchange.ics import IcsSession

    with store.read() as session:
        rows = store_training.calendar_rows(session.connection())
    return [
        IcsSession(
            sid,
            course,
            starts,
            ends,
            location or "",
            trainer or "",
            email or "",
            str(status.value if hasattr(status, "value") else status),
            description or "",
        )
        for sid, course, starts, ends, location, trainer, email, status, description in rows
    ]


def export_ics(store: PlanStore, path: Path, *, trainer: str | None = None, name: str = "") -> int:
    """Sessions (all, or one trainer's) to an ``.ics`` file; the number of events."""
    from oa_desk.exchange.ics import write_ics

    sessions = calendar_sessions(store)
    if trainer is not None:
        sessions = [s for s in sessions if s.trainer == trainer]
    return write_ics(path, sessions, name=name)


def export_ics_per_trainer(store: PlanStore, folder: Path) -> list[Path]:
    """One ``.ics`` per trainer in ``folder`` (named after them); the files written."""
    from oa_desk.exchange.ics import by_trainer, write_ics

    out = []
    for trainer, sessions in sorted(by_trainer(calendar_sessions(store)).items()):
        safe = (
            "".join(c if c.isalnum() or c in "-_ " else "_" for c in trainer).strip() or "trainer"
        )
        path = folder / f"{safe}.ics"
        write_ics(path, sessions, name=trainer)
        out.append(path)
    return out


# -- the calendar view -------------------------------------------------------------------


@dataclass(frozen=True)
class CalendarEntry:
    id: int
    course: str
    starts: dt.datetime
    ends: dt.datetime
    location: str
    trainer: str
    capacity: int
    seated: int
    status: SessionStatus
    clashes: frozenset[Clash]


def calendar(store: PlanStore, start: dt.datetime, end: dt.datetime) -> list[CalendarEntry]:
    """The sessions overlapping [start, end) with their clashes (same trainer or room at
    once, more people seated than places)."""
    with store.read() as session:
        rows = store_training.sessions_between(session.connection(), start, end)
    slots = [
        Slot(
            r[0],
            r[2],
            r[3],
            r[5],
            r[4] or "",
            r[7],
            r[8],
            SessionStatus(r[9]) is SessionStatus.CANCELLED,
        )
        for r in rows
    ]
    found = clashes(slots)
    return [
        CalendarEntry(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4] or "",
            r[6] or "",
            r[7],
            r[8],
            SessionStatus(r[9]),
            frozenset(found.get(r[0], ())),
        )
        for r in rows
    ]


def trained_share_series(store: PlanStore) -> ShareSeries:
    """Trained share by tier over time (the chart's data)."""
    with store.read() as session:
        conn = session.connection()
        rows = store_training.completion_rows(conn)
        counts = store_training.tier_course_counts(conn)
        own = store_training.coverage_cells(conn)
    required: dict[AudienceTier, int] = {}
    for (_dept, tier), cell in own.items():
        required[tier] = required.get(tier, 0) + cell.required
    return trained_over_time(
        required,
        {t: n for t, (n, _m) in counts.items()},
        ((p, AudienceTier(t), c, e.date()) for p, t, c, e in rows),
    )
