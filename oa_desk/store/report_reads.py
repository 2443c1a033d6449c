"""The weekly report's figures that need the database to count: one query each.

SQLAlchemy Core on the model tables, inside the caller's read transaction; rows
come back as tuples of the columns' Python values (enumerations as their codes).
Which statuses count as open is the caller's rule, passed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, String, case, distinct, func, select, type_coerce

from oa_desk.store.table_rows import table

__all__ = [
    "latest_measurements",
    "newest_baseline_finishes",
    "open_risks",
    "open_tickets",
    "ticket_status_counts",
    "tickets_past_due",
    "training_coverage",
]


def _code(col: Any) -> Any:
    """An enumeration column selected as its code (plain text)."""
    return type_coerce(col, String()).label(col.name)


def latest_measurements(conn: Connection) -> dict[int, float]:
    """goal id -> the value of its latest KPI measurement."""
    m = table("kpi_measurement")
    out: dict[int, float] = {}
    for goal_id, value in conn.execute(
        select(m.c.goal_id, m.c.value).order_by(m.c.goal_id, m.c.day.desc(), m.c.id.desc())
    ):
        out.setdefault(goal_id, value)
    return out


def open_risks(conn: Connection, closed: Sequence[str]) -> list[tuple[Any, ...]]:
    """(title, category, probability, impact, owner id, status, mitigation) of the risks
    whose status is not one of ``closed``, the highest score (probability × impact) first."""
    r = table("risk")
    stmt = (
        select(
            r.c.title,
            _code(r.c.category),
            r.c.probability,
            r.c.impact,
            r.c.owner_id,
            _code(r.c.status),
            r.c.mitigation,
        )
        .where(r.c.status.not_in(list(closed)))
        .order_by((r.c.probability * r.c.impact).desc(), r.c.id)
    )
    return [tuple(row) for row in conn.execute(stmt)]


def open_tickets(conn: Connection, statuses: Sequence[str]) -> list[tuple[Any, ...]]:
    """(number, title, priority, status, department id, assignee id, created at) of the
    tickets in one of ``statuses``, by priority then age."""
    t = table("ticket")
    stmt = (
        select(
            t.c.number,
            t.c.title,
            _code(t.c.priority),
            _code(t.c.status),
            t.c.department_id,
            t.c.assignee_id,
            t.c.created_at,
        )
        .where(t.c.status.in_(list(statuses)))
        .order_by(t.c.priority, t.c.created_at)
    )
    return [tuple(row) for row in conn.execute(stmt)]


def ticket_status_counts(conn: Connection) -> dict[str, int]:
    """status code -> how many tickets have it."""
    t = table("ticket")
    stmt = select(_code(t.c.status), func.count()).group_by(t.c.status)
    return {status: int(n) for status, n in conn.execute(stmt)}


def tickets_past_due(conn: Connection, statuses: Sequence[str], before: dt.datetime) -> int:
    """Tickets in one of ``statuses`` whose resolve target is before ``before``."""
    t = table("ticket")
    stmt = (
        select(func.count())
        .select_from(t)
        .where(t.c.status.in_(list(statuses)), t.c.resolve_due < before)
    )
    return int(conn.execute(stmt).scalar_one())


def training_coverage(conn: Connection) -> list[tuple[Any, ...]]:
    """Per department and audience tier of the active people: (department id, tier,
    people, enrolled, attended (present or late), passed), counting each person once."""
    p, e = table("person"), table("enrollment")
    attended = case((e.c.attendance.in_(["present", "late"]), e.c.person_id))
    passed = case((e.c.passed.is_(True), e.c.person_id))
    stmt = (
        select(
            p.c.department_id,
            _code(p.c.tier),
            func.count(),
            func.count(distinct(e.c.person_id)),
            func.count(distinct(attended)),
            func.count(distinct(passed)),
        )
        .select_from(p.outerjoin(e, e.c.person_id == p.c.id))
        .where(p.c.active.is_(True))
        .group_by(p.c.department_id, p.c.tier)
        .order_by(p.c.department_id, p.c.tier)
    )
    return [tuple(row) for row in conn.execute(stmt)]


def newest_baseline_finishes(conn: Connection) -> dict[int, dt.date]:
    """Each task's finish in the newest baseline: what the Timeline shows by default."""
    base, rows = table("baseline"), table("baseline_task")
    newest = conn.execute(
        select(base.c.id).order_by(base.c.created_at.desc(), base.c.id.desc()).limit(1)
    ).scalar()
    if newest is None:
        return {}
    return {
        task_id: finish
        for task_id, finish in conn.execute(
            select(rows.c.task_id, rows.c.finish).where(
                rows.c.baseline_id == newest, rows.c.finish.is_not(None)
            )
        )
    }
