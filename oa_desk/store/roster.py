"""The roster's reads: people in windows, filtered and sorted in SQL, and one person's page.

SQLAlchemy Core, the same on SQLite and PostgreSQL. A filtered roster is
counted first, then read a window at a time (``LIMIT``/``OFFSET``) in the
order the user asked for, with the id as the last key so that windows never
overlap. A department filter takes its sub-departments with it through a
recursive CTE. Text search is the pickers' (``people_search``): prefixes of
the employee number, e-mail, pinyin and initials (index ranges) and a name
fragment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, func, or_, select

from oa_desk.domain.enums import AudienceTier, Engagement, TeamRole, TicketPriority, TicketStatus
from oa_desk.domain.pinyin import search_key
from oa_desk.store import models

_P = models.Person.__table__
_D = models.Department.__table__
_MAX = "\uffff"


class RosterSort(StrEnum):
    """The columns the roster sorts by (one ``ORDER BY`` each)."""

    EMPLOYEE_NO = "employee_no"
    NAME = "name"
    DEPARTMENT = "department"
    TITLE = "title"
    EMAIL = "email"
    TIER = "tier"
    ACTIVE = "active"


@dataclass(frozen=True)
class RosterQuery:
    """Which people, in which order. ``department_id`` includes its sub-departments."""

    text: str = ""
    department_id: int | None = None
    tier: AudienceTier | None = None
    active: bool | None = None
    sort: RosterSort = RosterSort.NAME
    descending: bool = False


@dataclass(frozen=True, slots=True)
class RosterRow:
    id: int
    employee_no: str
    name: str
    department: str
    title: str
    email: str
    tier: AudienceTier
    active: bool


def _prefix(column: ColumnElement[str], text: str) -> ColumnElement[bool]:
    return (column >= text) & (column < text + _MAX)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def department_subtree(department_id: int) -> Select[Any]:
    """The ids of a department and every department below it (a recursive CTE)."""
    tree = select(_D.c.id).where(_D.c.id == department_id).cte("subtree", recursive=True)
    tree = tree.union_all(select(_D.c.id).where(_D.c.parent_id == tree.c.id))
    return select(tree.c.id)


def _where(query: RosterQuery) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    typed = query.text.strip()
    if typed:
        conditions = [_prefix(_P.c.email, typed.lower())]
        if "@" not in typed:
            conditions += [_prefix(_P.c.employee_no, typed), _P.c.name.like(_like(typed), "\\")]
            key = search_key(typed)
            if key:
                conditions += [_prefix(_P.c.name_initials, key), _prefix(_P.c.name_pinyin, key)]
        out.append(or_(*conditions))
    if query.department_id is not None:
        out.append(_P.c.department_id.in_(department_subtree(query.department_id)))
    if query.tier is not None:
        out.append(_P.c.tier == query.tier)
    if query.active is not None:
        out.append(_P.c.active.is_(query.active))
    return out


_SORT_COLUMNS = {
    RosterSort.EMPLOYEE_NO: _P.c.employee_no,
    RosterSort.NAME: _P.c.name_pinyin,  # 张三 by zhangsan: the order a Chinese reader expects
    RosterSort.DEPARTMENT: _D.c.name,
    RosterSort.TITLE: _P.c.title,
    RosterSort.EMAIL: _P.c.email,
    RosterSort.TIER: _P.c.tier,
    RosterSort.ACTIVE: _P.c.active,
}


def count_people(conn: Connection, query: RosterQuery) -> int:
    """How many people ``query`` selects."""
    stmt = select(func.count()).select_from(_P).where(*_where(query))
    return int(conn.execute(stmt).scalar_one())


def people_window(
    conn: Connection, query: RosterQuery, offset: int, limit: int
) -> Sequence[RosterRow]:
    """``limit`` people from ``offset`` in the query's order."""
    column = _SORT_COLUMNS[query.sort]
    key = column.desc() if query.descending else column.asc()
    tie = _P.c.id.desc() if query.descending else _P.c.id.asc()
    stmt = (
        select(
            _P.c.id,
            _P.c.employee_no,
            _P.c.name,
            _D.c.name,
            _P.c.title,
            _P.c.email,
            _P.c.tier,
            _P.c.active,
        )
        .select_from(_P.outerjoin(_D, _D.c.id == _P.c.department_id))
        .where(*_where(query))
        .order_by(key, tie)
        .offset(max(0, offset))
        .limit(max(0, limit))
    )
    return [
        RosterRow(i, no, name, dept or "", title or "", email or "", AudienceTier(tier), bool(act))
        for i, no, name, dept, title, email, tier, act in conn.execute(stmt)
    ]


def people_ids(
    conn: Connection, query: RosterQuery, offset: int = 0, limit: int | None = None
) -> list[int]:
    """The ids of every person ``query`` selects, in its order (one index-ordered scan).

    The roster keeps this list (a few hundred kilobytes for 50,000 people) and reads
    the rows of a window by id: scrolling anywhere costs one primary-key lookup of
    the window, never an ``OFFSET`` walk; counting is its length.
    """
    column = _SORT_COLUMNS[query.sort]
    key = column.desc() if query.descending else column.asc()
    tie = _P.c.id.desc() if query.descending else _P.c.id.asc()
    stmt = select(_P.c.id)
    if query.sort == RosterSort.DEPARTMENT:
        stmt = stmt.select_from(_P.outerjoin(_D, _D.c.id == _P.c.department_id))
    stmt = stmt.where(*_where(query)).order_by(key, tie)
    if offset or limit is not None:
        stmt = stmt.offset(max(0, offset)).limit(limit if limit is not None else -1)
    return list(conn.execute(stmt).scalars())


def people_rows(conn: Connection, ids: Sequence[int]) -> list[RosterRow]:
    """The roster rows of ``ids``, in that order (ids no longer there are left out)."""
    if not ids:
        return []
    stmt = (
        select(
            _P.c.id,
            _P.c.employee_no,
            _P.c.name,
            _D.c.name,
            _P.c.title,
            _P.c.email,
            _P.c.tier,
            _P.c.active,
        )
        .select_from(_P.outerjoin(_D, _D.c.id == _P.c.department_id))
        .where(_P.c.id.in_(list(ids)))
    )
    found = {
        r[0]: RosterRow(
            r[0], r[1], r[2], r[3] or "", r[4] or "", r[5] or "", AudienceTier(r[6]), bool(r[7])
        )
        for r in conn.execute(stmt)
    }
    return [found[i] for i in ids if i in found]


# -- one person's page -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TrainingLine:
    course: str
    tier: AudienceTier
    starts_at: dt.datetime
    attendance: str | None
    passed: bool | None


@dataclass(frozen=True, slots=True)
class TicketLine:
    number: str
    title: str
    priority: TicketPriority
    status: TicketStatus
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class StakeholderLine:
    influence: int
    interest: int
    current: Engagement
    desired: Engagement


@dataclass(frozen=True)
class PersonCard:
    """Everything a person's page shows."""

    id: int
    employee_no: str
    name: str
    department_id: int | None
    department_path: tuple[str, ...]
    title: str
    email: str
    phone: str
    tier: AudienceTier
    active: bool
    roles: tuple[TeamRole, ...]
    stakeholder: StakeholderLine | None
    trainings: tuple[TrainingLine, ...]
    tickets: tuple[TicketLine, ...]


def _path(conn: Connection, department_id: int | None) -> tuple[str, ...]:
    names: list[str] = []
    seen: set[int] = set()
    while department_id is not None and department_id not in seen:
        seen.add(department_id)
        row = conn.execute(
            select(_D.c.name, _D.c.parent_id).where(_D.c.id == department_id)
        ).first()
        if row is None:
            break
        names.append(row[0])
        department_id = row[1]
    return tuple(reversed(names))


def person_card(conn: Connection, person_id: int, *, max_lines: int = 200) -> PersonCard | None:
    """One person with their roles, stakeholder entry, trainings and reported tickets."""
    p = conn.execute(select(_P).where(_P.c.id == person_id)).mappings().first()
    if p is None:
        return None
    tm = models.TeamMember.__table__
    roles = tuple(
        TeamRole(r)
        for r in conn.execute(select(tm.c.role).where(tm.c.person_id == person_id)).scalars()
    )
    sh = models.Stakeholder.__table__
    srow = conn.execute(
        select(sh.c.influence, sh.c.interest, sh.c.current_engagement, sh.c.desired_engagement)
        .where(sh.c.person_id == person_id)
        .limit(1)
    ).first()
    stake = (
        StakeholderLine(srow[0], srow[1], Engagement(srow[2]), Engagement(srow[3]))
        if srow
        else None
    )
    en, se, co = (
        models.Enrollment.__table__,
        models.TrainingSession.__table__,
        models.Course.__table__,
    )
    trainings = tuple(
        TrainingLine(name, AudienceTier(tier), at, att, passed)
        for name, tier, at, att, passed in conn.execute(
            select(co.c.name, co.c.tier, se.c.starts_at, en.c.attendance, en.c.passed)
            .select_from(
                en.join(se, se.c.id == en.c.session_id).join(co, co.c.id == se.c.course_id)
            )
            .where(en.c.person_id == person_id)
            .order_by(se.c.starts_at)
            .limit(max_lines)
        )
    )
    tk = models.Ticket.__table__
    tickets = tuple(
        TicketLine(no, title, TicketPriority(pr), TicketStatus(st), at)
        for no, title, pr, st, at in conn.execute(
            select(tk.c.number, tk.c.title, tk.c.priority, tk.c.status, tk.c.created_at)
            .where(tk.c.reporter_id == person_id)
            .order_by(tk.c.created_at.desc())
            .limit(max_lines)
        )
    )
    return PersonCard(
        id=p["id"],
        employee_no=p["employee_no"],
        name=p["name"],
        department_id=p["department_id"],
        department_path=_path(conn, p["department_id"]),
        title=p["title"] or "",
        email=p["email"] or "",
        phone=p["phone"] or "",
        tier=AudienceTier(p["tier"]),
        active=bool(p["active"]),
        roles=roles,
        stakeholder=stake,
        trainings=trainings,
        tickets=tickets,
    )
