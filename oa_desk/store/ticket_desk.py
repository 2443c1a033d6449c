"""Reads of the Support page beyond the list: one ticket's card and history, the SLA
inputs of a window of tickets, and the team the desk assigns to.

SQLAlchemy Core, the same on SQLite and PostgreSQL (see :mod:`oa_desk.store.tickets`
for the list's ids and rows).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, select
from sqlalchemy.orm import aliased

from oa_desk.domain.enums import (
    OPEN_TICKET_STATUSES,
    OaModule,
    TicketChannel,
    TicketEventKind,
    TicketPriority,
    TicketStatus,
    TicketType,
)
from oa_desk.store import models
from oa_desk.store.tickets import SlaInput

_T = models.Base.metadata.tables["ticket"]
_E = models.Base.metadata.tables["ticket_event"]
_P = models.Base.metadata.tables["person"]
_D = models.Base.metadata.tables["department"]
_W = models.Base.metadata.tables["wave"]
_TEAM = models.Base.metadata.tables["team_member"]
_TASK = models.Base.metadata.tables["task"]
_RISK = models.Base.metadata.tables["risk"]
_NEED = models.Base.metadata.tables["training_need"]


@dataclass(frozen=True, slots=True)
class TicketCard:
    id: int
    number: str
    title: str
    description: str
    type: TicketType
    channel: TicketChannel
    priority: TicketPriority
    status: TicketStatus
    department_id: int | None
    wave_id: int | None
    reporter_id: int | None
    reporter: str  # the person's name, or the free text typed for someone else
    assignee_id: int | None
    assignee: str
    module: OaModule | None
    resolution: str
    created_at: dt.datetime
    first_response_at: dt.datetime | None
    resolved_at: dt.datetime | None
    closed_at: dt.datetime | None
    task_id: int | None
    task: str
    risk_id: int | None
    risk: str
    training_need_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class TicketEventRow:
    id: int
    at: dt.datetime
    kind: TicketEventKind
    actor: str  # "" when nobody was named
    old_value: str
    new_value: str
    comment: str


def ticket_card(conn: Connection, ticket_id: int) -> TicketCard | None:
    reporter, assignee = aliased(_P), aliased(_P)
    row = (
        conn.execute(
            select(
                _T,
                reporter.c.name.label("reporter_person"),
                assignee.c.name.label("assignee_name"),
                _TASK.c.name.label("task_name"),
                _RISK.c.title.label("risk_title"),
            )
            .select_from(
                _T.outerjoin(reporter, reporter.c.id == _T.c.reporter_id)
                .outerjoin(assignee, assignee.c.id == _T.c.assignee_id)
                .outerjoin(_TASK, _TASK.c.id == _T.c.task_id)
                .outerjoin(_RISK, _RISK.c.id == _T.c.risk_id)
            )
            .where(_T.c.id == ticket_id)
        )
        .mappings()
        .first()
    )
    if row is None:
        return None
    needs = conn.execute(
        select(_NEED.c.id).where(_NEED.c.ticket_id == ticket_id).order_by(_NEED.c.id)
    ).scalars()
    return TicketCard(
        id=row["id"],
        number=row["number"],
        title=row["title"],
        description=row["description"] or "",
        type=TicketType(row["type"]),
        channel=TicketChannel(row["channel"]),
        priority=TicketPriority(row["priority"]),
        status=TicketStatus(row["status"]),
        department_id=row["department_id"],
        wave_id=row["wave_id"],
        reporter_id=row["reporter_id"],
        reporter=row["reporter_person"] or row["reporter_name"] or "",
        assignee_id=row["assignee_id"],
        assignee=row["assignee_name"] or "",
        module=OaModule(row["module"]) if row["module"] else None,
        resolution=row["resolution"] or "",
        created_at=row["created_at"],
        first_response_at=row["first_response_at"],
        resolved_at=row["resolved_at"],
        closed_at=row["closed_at"],
        task_id=row["task_id"],
        task=row["task_name"] or "",
        risk_id=row["risk_id"],
        risk=row["risk_title"] or "",
        training_need_ids=tuple(int(i) for i in needs),
    )


def ticket_events(conn: Connection, ticket_id: int) -> list[TicketEventRow]:
    """A ticket's history, oldest first, with who made each change."""
    rows = conn.execute(
        select(_E.c.id, _E.c.at, _E.c.kind, _P.c.name, _E.c.old_value, _E.c.new_value, _E.c.comment)
        .select_from(_E.outerjoin(_P, _P.c.id == _E.c.actor_id))
        .where(_E.c.ticket_id == ticket_id)
        .order_by(_E.c.at, _E.c.id)
    )
    return [
        TicketEventRow(r[0], r[1], TicketEventKind(r[2]), r[3] or "", r[4], r[5], r[6])
        for r in rows
    ]


def sla_inputs_of(
    conn: Connection, ids: Sequence[int] | None
) -> tuple[list[SlaInput], list[tuple[int, dt.datetime, TicketStatus]]]:
    """The SLA inputs of some tickets (a window of the list; ``None``: every open
    ticket), like ``sla_inputs``."""
    if ids is not None and not ids:
        return [], []
    chosen: ColumnElement[bool] = (
        _T.c.status.in_(list(OPEN_TICKET_STATUSES)) if ids is None else _T.c.id.in_(list(ids))
    )
    tickets: list[SlaInput] = [
        (r[0], TicketPriority(r[1]), r[2], r[3], r[4])
        for r in conn.execute(
            select(
                _T.c.id, _T.c.priority, _T.c.created_at, _T.c.first_response_at, _T.c.resolved_at
            ).where(chosen)
        )
    ]
    events = [
        (r[0], r[1], TicketStatus(r[2]))
        for r in conn.execute(
            select(_E.c.ticket_id, _E.c.at, _E.c.new_value)
            .where(
                _E.c.kind == TicketEventKind.STATUS,
                _E.c.ticket_id.in_(select(_T.c.id).where(chosen)),
            )
            .order_by(_E.c.ticket_id, _E.c.at, _E.c.id)
        )
        if r[2] in TicketStatus._value2member_map_
    ]
    return tickets, events


def team_people(conn: Connection) -> list[tuple[int, str]]:
    """(person id, name) of the project team: who tickets may be assigned to."""
    rows = conn.execute(
        select(_P.c.id, _P.c.name)
        .where(_P.c.id.in_(select(_TEAM.c.person_id)))
        .order_by(_P.c.name, _P.c.id)
    )
    return [(int(r[0]), str(r[1])) for r in rows]


def waves(conn: Connection) -> list[tuple[int, str]]:
    stmt = select(_W.c.id, _W.c.name).order_by(_W.c.seq, _W.c.id)
    return [(int(r[0]), str(r[1])) for r in conn.execute(stmt)]


def departments(conn: Connection) -> list[tuple[int, str]]:
    stmt = select(_D.c.id, _D.c.name).order_by(_D.c.name, _D.c.id)
    return [(int(r[0]), str(r[1])) for r in conn.execute(stmt)]
