"""The organisation's reads: the department tree with its waves, and what a gate needs.

SQLAlchemy Core, the same on SQLite and PostgreSQL: one query per table,
grouped in SQL (``GROUP BY department_id``), so a plan of 50,000 people is
read in a few aggregate scans; the tree is put together in Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Connection, func, select

from oa_desk.domain.enums import (
    OPEN_TICKET_STATUSES,
    GateDecision,
    Readiness,
    ReadinessKind,
    TaskKind,
    TeamRole,
    TicketPriority,
)
from oa_desk.store import models

_D = models.Department.__table__
_P = models.Person.__table__
_W = models.Wave.__table__


@dataclass(frozen=True, slots=True)
class DepartmentRow:
    id: int
    parent_id: int | None
    seq: int
    name: str
    code: str
    head_id: int | None
    head_name: str
    headcount: int
    wave_id: int | None
    readiness: Readiness
    actual_go_live: dt.date | None
    people: int  # active people directly in it


@dataclass(frozen=True, slots=True)
class WaveRow:
    id: int
    name: str
    seq: int
    is_pilot: bool
    planned_start: dt.date | None
    planned_go_live: dt.date | None
    gate_decision: GateDecision
    gate_date: dt.date | None
    gate_notes: str


def _counts(result: Any) -> dict[int | None, int]:
    return {key: int(n) for key, n in result}


def department_rows(conn: Connection) -> Sequence[DepartmentRow]:
    """Every department (siblings in order), with its head's name and active people."""
    people = _counts(
        conn.execute(
            select(_P.c.department_id, func.count())
            .where(_P.c.active.is_(True))
            .group_by(_P.c.department_id)
        )
    )
    head = _P.alias("head")
    stmt = (
        select(
            _D.c.id,
            _D.c.parent_id,
            _D.c.seq,
            _D.c.name,
            _D.c.code,
            _D.c.head_id,
            head.c.name,
            _D.c.headcount,
            _D.c.wave_id,
            _D.c.readiness,
            _D.c.actual_go_live,
        )
        .select_from(_D.outerjoin(head, head.c.id == _D.c.head_id))
        .order_by(_D.c.seq, _D.c.name, _D.c.id)
    )
    return [
        DepartmentRow(
            r[0], r[1], r[2] or 0, r[3], r[4] or "", r[5], r[6] or "", r[7] or 0, r[8],
            Readiness(r[9]), r[10], people.get(r[0], 0),
        )
        for r in conn.execute(stmt)
    ]  # fmt: skip


def go_live_milestones(conn: Connection) -> dict[int, tuple[int, dt.date | None]]:
    """Each department's go-live milestone on the Timeline: (task id, its date).

    A department's go-live milestone is the latest milestone of the plan that
    belongs to it (``task.department_id``), the one its rollout ends with.
    """
    t = models.Task.__table__
    stmt = (
        select(t.c.department_id, t.c.id, t.c.finish)
        .where(t.c.kind == TaskKind.MILESTONE, t.c.department_id.is_not(None))
        .order_by(t.c.department_id, t.c.finish, t.c.id)
    )
    out: dict[int, tuple[int, dt.date | None]] = {}
    for dep, task, day in conn.execute(stmt):
        if day is not None or dep not in out:
            out[int(dep)] = (int(task), day)
    return out


def wave_rows(conn: Connection) -> Sequence[WaveRow]:
    stmt = select(
        _W.c.id,
        _W.c.name,
        _W.c.seq,
        _W.c.is_pilot,
        _W.c.planned_start,
        _W.c.planned_go_live,
        _W.c.gate_decision,
        _W.c.gate_date,
        _W.c.gate_notes,
    ).order_by(_W.c.seq, _W.c.id)
    return [
        WaveRow(i, n, s or 0, bool(p), st, gl, GateDecision(gd), gdd, notes or "")
        for i, n, s, p, st, gl, gd, gdd, notes in conn.execute(stmt)
    ]


def department_references() -> Sequence[Column[int]]:
    """Every column that points at a department, its own parent link excepted."""
    out: list[Column[int]] = []
    for table in models.Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column is _D.c.id and fk.parent is not _D.c.parent_id:
                out.append(fk.parent)
    return out


# -- what a gate needs -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GateCounts:
    """Per department (its own people only): figures the gate criteria read."""

    people: int  # active people
    trained: int  # of them, passed a course at their own tier
    enrolled: int  # of them, enrolled in any course (0 everywhere: no training data)
    key_users: int  # people of it named key users on the project team
    open_p1p2: int  # open P1/P2 tickets of the department
    items: int = 0  # readiness checklist items
    items_done: int = 0


@dataclass(frozen=True)
class GateData:
    counts: dict[int, GateCounts]
    has_training: bool  # the plan has any enrollment at all
    has_support: bool  # the plan has any ticket at all


def gate_data(conn: Connection) -> GateData:
    """The gate figures of every department, in five grouped reads."""
    en, se, co = (
        models.Enrollment.__table__,
        models.TrainingSession.__table__,
        models.Course.__table__,
    )
    tm, tk = models.TeamMember.__table__, models.Ticket.__table__
    active = _P.c.active.is_(True)
    people = _counts(
        conn.execute(
            select(_P.c.department_id, func.count()).where(active).group_by(_P.c.department_id)
        )
    )
    # One grouped join each (no per-person subquery): people of each department who
    # passed a course at their own tier, and who are enrolled in anything.
    trained = _counts(
        conn.execute(
            select(_P.c.department_id, func.count(func.distinct(_P.c.id)))
            .select_from(
                _P.join(en, en.c.person_id == _P.c.id)
                .join(se, se.c.id == en.c.session_id)
                .join(co, co.c.id == se.c.course_id)
            )
            .where(active, en.c.passed.is_(True), co.c.tier == _P.c.tier)
            .group_by(_P.c.department_id)
        )
    )
    enrolled = _counts(
        conn.execute(
            select(_P.c.department_id, func.count(func.distinct(_P.c.id)))
            .select_from(_P.join(en, en.c.person_id == _P.c.id))
            .where(active)
            .group_by(_P.c.department_id)
        )
    )
    keys = _counts(
        conn.execute(
            select(_P.c.department_id, func.count(func.distinct(_P.c.id)))
            .select_from(_P.join(tm, tm.c.person_id == _P.c.id))
            .where(tm.c.role == TeamRole.KEY_USER)
            .group_by(_P.c.department_id)
        )
    )
    open_p = _counts(
        conn.execute(
            select(tk.c.department_id, func.count())
            .where(
                tk.c.priority.in_([TicketPriority.P1, TicketPriority.P2]),
                tk.c.status.in_(list(OPEN_TICKET_STATUSES)),
            )
            .group_by(tk.c.department_id)
        )
    )
    ri = models.ReadinessItem.__table__
    items = _counts(
        conn.execute(select(ri.c.department_id, func.count()).group_by(ri.c.department_id))
    )
    done = _counts(
        conn.execute(
            select(ri.c.department_id, func.count())
            .where(ri.c.done.is_(True))
            .group_by(ri.c.department_id)
        )
    )
    ids = conn.execute(select(_D.c.id)).scalars().all()
    counts = {
        d: GateCounts(
            int(people.get(d, 0)),
            int(trained.get(d, 0)),
            int(enrolled.get(d, 0)),
            int(keys.get(d, 0)),
            int(open_p.get(d, 0)),
            int(items.get(d, 0)),
            int(done.get(d, 0)),
        )
        for d in ids
    }
    has_training = conn.execute(select(en.c.id).limit(1)).first() is not None
    has_support = conn.execute(select(tk.c.id).limit(1)).first() is not None
    return GateData(counts, has_training, has_support)


@dataclass(frozen=True, slots=True)
class ReviewRow:
    id: int
    department_id: int
    decision: GateDecision
    decided_on: dt.date | None
    decided_by: str
    notes: str


@dataclass(frozen=True, slots=True)
class ItemRow:
    id: int
    department_id: int
    kind: ReadinessKind
    title: str
    done: bool
    done_by: str
    done_at: dt.datetime | None


def thresholds_rows(conn: Connection) -> dict[int, dict[str, Any]]:
    """Each wave's thresholds row (by wave id; waves without one are absent)."""
    wg = models.WaveGate.__table__
    return {int(r["wave_id"]): dict(r) for r in conn.execute(select(wg)).mappings()}


def review_rows(conn: Connection) -> dict[int, ReviewRow]:
    gr = models.GateReview.__table__
    return {
        r.department_id: r
        for r in (
            ReviewRow(i, d, GateDecision(dec), on, by or "", notes or "")
            for i, d, dec, on, by, notes in conn.execute(
                select(
                    gr.c.id, gr.c.department_id, gr.c.decision, gr.c.decided_on,
                    gr.c.decided_by, gr.c.notes,
                )
            )
        )
    }  # fmt: skip


def item_rows(conn: Connection, department_id: int) -> list[ItemRow]:
    ri = models.ReadinessItem.__table__
    stmt = (
        select(
            ri.c.id, ri.c.department_id, ri.c.kind, ri.c.title, ri.c.done, _P.c.name, ri.c.done_at
        )
        .select_from(ri.outerjoin(_P, _P.c.id == ri.c.done_by_id))
        .where(ri.c.department_id == department_id)
        .order_by(ri.c.id)
    )
    return [
        ItemRow(i, d, ReadinessKind(k), t or "", bool(done), by or "", at)
        for i, d, k, t, done, by, at in conn.execute(stmt)
    ]


__all__ = [
    "DepartmentRow",
    "GateCounts",
    "GateData",
    "ItemRow",
    "ReviewRow",
    "WaveRow",
    "department_references",
    "department_rows",
    "gate_data",
    "go_live_milestones",
    "item_rows",
    "review_rows",
    "thresholds_rows",
    "wave_rows",
]
