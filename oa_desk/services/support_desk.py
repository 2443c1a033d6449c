"""The support desk's other ticket intents: edit a ticket's fields, and turn a ticket
into a task, a risk or a retraining need with the link kept both ways.

Like :mod:`oa_desk.services.support`, each intent checks first (a refusal
changes nothing), runs in one unit of work, records every change as a
``ticket_event`` (who and when) and returns a
:class:`~oa_desk.services.support.TicketEdit` that
:func:`~oa_desk.services.support.revert_ticket_edit` takes back exactly.

The links: ``ticket.task_id`` and ``ticket.risk_id`` name the task or risk a
ticket became (the task's tickets are those naming it: :func:`linked_tickets`);
a training need names its ticket (``training_need.ticket_id``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.enums import (
    OaModule,
    Phase,
    RiskCategory,
    TaskKind,
    TicketChannel,
    TicketEventKind,
    TicketStatus,
    TicketType,
)
from oa_desk.domain.errors import Refusal
from oa_desk.domain.support import check_priority, check_times
from oa_desk.services import support
from oa_desk.services.support import TicketEdit, TicketUndo
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore

__all__ = [
    "EDITABLE",
    "edit_ticket",
    "linked_tickets",
    "ticket_to_risk",
    "ticket_to_task",
    "ticket_to_training_need",
]

_T = m.Base.metadata.tables["ticket"]
_TASK = m.Base.metadata.tables["task"]
_RISK = m.Base.metadata.tables["risk"]
_NEED = m.Base.metadata.tables["training_need"]
_DEP = m.Base.metadata.tables["department"]
_WAVE = m.Base.metadata.tables["wave"]
_PERSON = m.Base.metadata.tables["person"]

# The fields the detail dialog edits (status, assignee and priority included).
EDITABLE = frozenset(
    {
        "title",
        "description",
        "type",
        "channel",
        "priority",
        "status",
        "department_id",
        "wave_id",
        "reporter_id",
        "reporter_name",
        "assignee_id",
        "module",
        "resolution",
        "resolved_at",
    }
)
_ENUMS: dict[str, Any] = {"type": TicketType, "channel": TicketChannel, "module": OaModule}
_REFERENCES = {"department_id": _DEP, "wave_id": _WAVE, "reporter_id": _PERSON}
_LENGTHS = {"title": 300, "reporter_name": 200}


def _text(value: Any) -> str:
    return "" if value is None else str(getattr(value, "value", value))


def _clean(conn: Connection, values: Mapping[str, Any]) -> dict[str, Any]:
    """The values checked and normalised; a refusal names the first bad one."""
    unknown = set(values) - EDITABLE
    if unknown:
        name = sorted(unknown)[0]
        raise Refusal("ticket.unknown_field", f"{name} cannot be changed on a ticket", field=name)
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key in ("title", "description", "reporter_name", "resolution"):
            value = str(value or "").strip()
            if key == "title" and not value:
                raise Refusal("ticket.title_missing", "a ticket needs a title", field="title")
            limit = _LENGTHS.get(key)
            if limit is not None and len(value) > limit:
                raise Refusal(
                    "ticket.too_long",
                    f"{key} has at most {limit} characters",
                    field=key,
                    limit=limit,
                )
        elif key == "priority":
            value = check_priority(str(value or ""))
        elif key == "status":
            value = TicketStatus(value)
        elif key in _ENUMS and value is not None:
            try:
                value = _ENUMS[key](value)
            except ValueError:
                raise Refusal(
                    "ticket.bad_value", f"{value!r} is not a {key}", field=key, value=str(value)
                ) from None
        elif key in _REFERENCES and value is not None:
            table = _REFERENCES[key]
            if conn.execute(select(table.c.id).where(table.c.id == value)).first() is None:
                raise Refusal(
                    "ticket.reference_missing",
                    f"{key} #{value} does not exist",
                    field=key,
                    id=value,
                )
        out[key] = value
    return out


def edit_ticket(
    store: PlanStore,
    ticket_id: int,
    values: Mapping[str, Any],
    *,
    actor_id: int | None,
    now: dt.datetime,
) -> TicketEdit:
    """Change some fields of one ticket (a status change follows the workflow).

    A resolved moment before the ticket was created, a priority outside P1–P4, an
    assignee not on the team or a transition the workflow forbids is refused.
    """
    with store.write() as session:
        conn = session.connection()
        current = conn.execute(select(_T).where(_T.c.id == ticket_id)).mappings().first()
        if current is None:
            raise Refusal("ticket.missing", f"ticket #{ticket_id} does not exist", id=ticket_id)
        clean = _clean(conn, values)
        if "assignee_id" in clean:
            support._check_assignee(conn, clean["assignee_id"])
        status = clean.pop("status", None)
        priority = clean.pop("priority", None)
        assignee = clean.pop("assignee_id", support._UNSET)
        clock = support._clock(session) if priority is not None else None
        changed, log = support._changes_for(current, assignee, status, priority, now, clock)
        fields: list[tuple[str, Any]] = []
        for key, value in clean.items():
            if key == "resolved_at" and value is not None:
                check_times(current["created_at"], value)
                if TicketStatus(changed.get("status", current["status"])).is_open:
                    raise Refusal(
                        "ticket.resolved_while_open",
                        "only a resolved or closed ticket has a resolution time",
                    )
            if current[key] != value and changed.get(key, current[key]) != value:
                changed[key] = value
                fields.append((key, value))
        if not changed:
            return TicketEdit(Changes(), TicketUndo(), (ticket_id,))
        conn.execute(update(_T).where(_T.c.id == ticket_id).values(**changed))
        events = [
            support._event(conn, ticket_id, kind, actor_id, now, old, new) for kind, old, new in log
        ]
        events += [
            support._event(
                conn,
                ticket_id,
                TicketEventKind.FIELD,
                actor_id,
                now,
                key,
                _text(value)[:100],
                comment=_text(current[key]),
            )
            for key, value in fields
        ]
        old = ((ticket_id, tuple((k, current[k]) for k in changed)),)
    changes = Changes.update(ChangeKind.TICKET, [ticket_id]) | Changes.insert(
        ChangeKind.TICKET_EVENT, events
    )
    return TicketEdit(changes, TicketUndo(old_values=old, events=tuple(events)), (ticket_id,))


def _ticket(conn: Connection, ticket_id: int) -> Any:
    row = conn.execute(select(_T).where(_T.c.id == ticket_id)).mappings().first()
    if row is None:
        raise Refusal("ticket.missing", f"ticket #{ticket_id} does not exist", id=ticket_id)
    return row


def _linked(
    conn: Connection,
    ticket: Any,
    table: str,
    new_id: int,
    column: str | None,
    actor_id: int | None,
    now: dt.datetime,
) -> TicketEdit:
    """Record the link (the ticket's column, if it has one, and an event)."""
    tid = int(ticket["id"])
    old_values: tuple[tuple[int, tuple[tuple[str, Any], ...]], ...] = ()
    changes = Changes.insert(support._KIND_OF_TABLE[table], [new_id])
    if column is not None:
        conn.execute(update(_T).where(_T.c.id == tid).values({column: new_id}))
        old_values = ((tid, ((column, ticket[column]),)),)
        changes |= Changes.update(ChangeKind.TICKET, [tid])
    event = support._event(conn, tid, TicketEventKind.LINK, actor_id, now, table, str(new_id))
    changes |= Changes.insert(ChangeKind.TICKET_EVENT, [event])
    undo = TicketUndo(old_values=old_values, events=(event,), rows_added=((table, new_id),))
    return TicketEdit(changes, undo, (tid,))


def _inserted(conn: Connection, stmt: Any) -> int:
    key = conn.execute(stmt).inserted_primary_key
    assert key is not None
    return int(key[0])


def _refuse_linked(ticket: Any, column: str, what: str) -> None:
    if ticket[column] is not None:
        raise Refusal(
            f"ticket.already_{what}",
            f"ticket {ticket['number']} is already linked to a {what}",
            number=ticket["number"],
        )


def ticket_to_task(
    store: PlanStore, ticket_id: int, *, actor_id: int | None, now: dt.datetime
) -> TicketEdit:
    """A new task (last at the top of the plan, named after the ticket), linked to it.

    It starts no earlier than today; the next rescheduling places it.
    """
    with store.write() as session:
        conn = session.connection()
        ticket = _ticket(conn, ticket_id)
        _refuse_linked(ticket, "task_id", "task")
        seq = conn.execute(
            select(func.coalesce(func.max(_TASK.c.seq), -1)).where(_TASK.c.parent_id.is_(None))
        ).scalar_one()
        today = now.date()
        task_id = _inserted(
            conn,
            insert(_TASK).values(
                parent_id=None,
                seq=int(seq) + 1,
                name=f"{ticket['number']} {ticket['title']}"[:300],
                phase=Phase.OPTIMISE,
                kind=TaskKind.TASK,
                duration=1,
                start=today,
                finish=today,
                department_id=ticket["department_id"],
                wave_id=ticket["wave_id"],
                owner_id=ticket["assignee_id"],
                notes=ticket["description"] or "",
                constraint_type="snet",
                constraint_date=today,
            ),
        )
        return _linked(conn, ticket, "task", task_id, "task_id", actor_id, now)


def ticket_to_risk(
    store: PlanStore, ticket_id: int, *, actor_id: int | None, now: dt.datetime
) -> TicketEdit:
    """A new open risk raised today from the ticket, linked to it."""
    with store.write() as session:
        conn = session.connection()
        ticket = _ticket(conn, ticket_id)
        _refuse_linked(ticket, "risk_id", "risk")
        risk_id = _inserted(
            conn,
            insert(_RISK).values(
                title=ticket["title"],
                description=f"{ticket['number']}: {ticket['description'] or ''}".strip(),
                category=RiskCategory.OTHER,
                probability=3,
                impact=3,
                owner_id=ticket["assignee_id"],
                task_id=ticket["task_id"],
                raised_on=now.date(),
            ),
        )
        return _linked(conn, ticket, "risk", risk_id, "risk_id", actor_id, now)


def ticket_to_training_need(
    store: PlanStore, ticket_id: int, *, actor_id: int | None, now: dt.datetime
) -> TicketEdit:
    """A retraining need for the ticket's reporter and department (Training enrolls by it)."""
    with store.write() as session:
        conn = session.connection()
        ticket = _ticket(conn, ticket_id)
        held = conn.execute(select(_NEED.c.id).where(_NEED.c.ticket_id == ticket_id)).first()
        if held is not None:
            raise Refusal(
                "ticket.already_need",
                f"ticket {ticket['number']} already has a training need",
                number=ticket["number"],
            )
        need_id = _inserted(
            conn,
            insert(_NEED).values(
                department_id=ticket["department_id"],
                person_id=ticket["reporter_id"],
                ticket_id=ticket_id,
                reason=f"{ticket['number']} {ticket['title']}",
                created_at=now,
            ),
        )
        return _linked(conn, ticket, "training_need", need_id, None, actor_id, now)


def linked_tickets(
    store: PlanStore, *, task_id: int | None = None, risk_id: int | None = None
) -> list[tuple[int, str, str]]:
    """(id, number, title) of the tickets a task or a risk came from."""
    where = []
    if task_id is not None:
        where.append(_T.c.task_id == task_id)
    if risk_id is not None:
        where.append(_T.c.risk_id == risk_id)
    if not where:
        return []
    with store.read() as session:
        rows = session.connection().execute(
            select(_T.c.id, _T.c.number, _T.c.title).where(*where).order_by(_T.c.id)
        )
        return [(int(r[0]), str(r[1]), str(r[2])) for r in rows]
