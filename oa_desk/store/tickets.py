"""Reading tickets for the support pages: filtered, sorted ids in SQL, rows by the page.

A list of 20,000 tickets never loads them all: :func:`ticket_ids` returns the
ids that pass the filter in the chosen order (``WHERE`` and ``ORDER BY`` in
SQL, answered from the indexes), and :func:`ticket_rows` reads the rows of the
window a view shows. :func:`sla_inputs` gives the plain tuples the SLA rules
(:mod:`oa_desk.domain.support`) need for every ticket at once. SQLAlchemy
Core, the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, String, func, or_, select, type_coerce

from oa_desk.domain.enums import TicketEventKind, TicketPriority, TicketStatus, TicketType
from oa_desk.store import models

_T = models.Base.metadata.tables["ticket"]
_E = models.Base.metadata.tables["ticket_event"]
_P = models.Base.metadata.tables["person"]
_D = models.Base.metadata.tables["department"]

SORT_COLUMNS = (
    "number",
    "title",
    "status",
    "priority",
    "type",
    "department",
    "assignee",
    "created_at",
)


@dataclass(frozen=True, slots=True)
class TicketFilter:
    statuses: frozenset[TicketStatus] = frozenset()
    priorities: frozenset[TicketPriority] = frozenset()
    types: frozenset[TicketType] = frozenset()
    department_id: int | None = None
    wave_id: int | None = None
    assignee_id: int | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class TicketRow:
    id: int
    number: str
    title: str
    status: TicketStatus
    priority: TicketPriority
    type: TicketType
    department: str
    assignee: str
    created_at: dt.datetime


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _where(f: TicketFilter) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if f.statuses:
        out.append(_T.c.status.in_(sorted(f.statuses)))
    if f.priorities:
        out.append(_T.c.priority.in_(sorted(f.priorities)))
    if f.types:
        out.append(_T.c.type.in_(sorted(f.types)))
    for column, value in (
        (_T.c.department_id, f.department_id),
        (_T.c.wave_id, f.wave_id),
        (_T.c.assignee_id, f.assignee_id),
    ):
        if value is not None:
            out.append(column == value)
    text = f.text.strip()
    if text:
        like = f"%{_escape_like(text)}%"
        out.append(
            or_(
                _T.c.number.like(like, escape="\\"),
                _T.c.title.like(like, escape="\\"),
                _T.c.description.like(like, escape="\\"),
            )
        )
    return out


def count_tickets(conn: Connection, f: TicketFilter) -> int:
    """How many tickets pass ``f``."""
    return int(conn.execute(select(func.count()).select_from(_T).where(*_where(f))).scalar_one())


def ticket_ids(
    conn: Connection,
    f: TicketFilter,
    sort: str = "created_at",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = None,
) -> list[int]:
    """Ids of the tickets that pass ``f``, in ``sort`` order (ties by id); ``offset`` and
    ``limit`` give one window of them."""
    if sort not in SORT_COLUMNS:
        raise ValueError(f"tickets cannot be sorted by {sort!r}")
    stmt = select(_T.c.id).where(*_where(f))
    key: ColumnElement[object]
    if sort == "department":
        stmt = stmt.outerjoin(_D, _D.c.id == _T.c.department_id)
        key = _D.c.name
    elif sort == "assignee":
        stmt = stmt.outerjoin(_P, _P.c.id == _T.c.assignee_id)
        key = _P.c.name
    else:
        key = _T.c[sort]
    order = (key.desc(), _T.c.id.desc()) if descending else (key.asc(), _T.c.id.asc())
    stmt = stmt.order_by(*order)
    if offset or limit is not None:
        stmt = stmt.offset(offset).limit(limit)
    return list(conn.execute(stmt).scalars())


def ticket_rows(conn: Connection, ids: Sequence[int]) -> dict[int, TicketRow]:
    """The rows of ``ids`` (a view's window), by id."""
    if not ids:
        return {}
    stmt = (
        select(
            _T.c.id,
            _T.c.number,
            _T.c.title,
            _T.c.status,
            _T.c.priority,
            _T.c.type,
            _D.c.name,
            _P.c.name,
            _T.c.created_at,
        )
        .select_from(
            _T.outerjoin(_D, _D.c.id == _T.c.department_id).outerjoin(
                _P, _P.c.id == _T.c.assignee_id
            )
        )
        .where(_T.c.id.in_(list(ids)))
    )
    return {
        r[0]: TicketRow(
            r[0],
            r[1],
            r[2],
            TicketStatus(r[3]),
            TicketPriority(r[4]),
            TicketType(r[5]),
            r[6] or "",
            r[7] or "",
            r[8],
        )
        for r in conn.execute(stmt)
    }


SlaInput = tuple[
    int, TicketPriority, dt.datetime, dt.datetime | None, dt.datetime | None
]  # id, priority, created, first response, resolved


def parse_moment(value: object) -> dt.datetime:
    """A stored UTC moment as the driver gives it (SQLite's text, psycopg's datetime)."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
    moment = dt.datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _moment(text: str | dt.datetime | None) -> dt.datetime | None:
    """A stored UTC moment read as text (much faster than the column type's parser).

    PostgreSQL's driver gives the timestamp itself (the coercion to text is only a
    type for SQLAlchemy, not a cast): taken as it is.
    """
    if text is None:
        return None
    moment = text if isinstance(text, dt.datetime) else dt.datetime.fromisoformat(text)
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _text(column: ColumnElement[dt.datetime]) -> ColumnElement[str]:
    return type_coerce(column, String)


def sla_inputs(
    conn: Connection,
) -> tuple[list[SlaInput], list[tuple[int, dt.datetime, TicketStatus]]]:
    """Every ticket's SLA fields and the status changes (ticket id, at, new status) of
    the tickets that ever waited for the user (the others never pause).

    The moments are read as text and parsed here: 20,000 tickets and 70,000
    events in a fraction of the time the generic datetime processing takes.
    """
    moment = _moment
    tickets: list[SlaInput] = []
    for i, p, c, fr, rs in conn.execute(
        select(
            _T.c.id,
            type_coerce(_T.c.priority, String),
            _text(_T.c.created_at),
            _text(_T.c.first_response_at),
            _text(_T.c.resolved_at),
        )
    ):
        created = moment(c)
        assert created is not None
        tickets.append((i, TicketPriority(p), created, moment(fr), moment(rs)))
    statuses: dict[str, TicketStatus] = {s.value: s for s in TicketStatus}
    events: list[tuple[int, dt.datetime, TicketStatus]] = []
    # only the tickets that ever waited for the user have a paused clock
    waited = select(_E.c.ticket_id).where(
        _E.c.kind == TicketEventKind.STATUS, _E.c.new_value == TicketStatus.WAITING.value
    )
    for i, at, v in conn.execute(
        select(_E.c.ticket_id, _text(_E.c.at), _E.c.new_value)
        .where(_E.c.kind == TicketEventKind.STATUS, _E.c.ticket_id.in_(waited))
        .order_by(_E.c.ticket_id, _E.c.at, _E.c.id)
    ):  # a status event always has its moment
        when = moment(at)
        if v in statuses and when is not None:
            events.append((i, when, TicketStatus(v)))
    return tickets, events
