"""Go-live support tickets: create, assign, prioritise, move through the workflow, comment.

Each intent is one unit of work and one undo step, however many tickets it
touches (a bulk edit of 200 tickets is undone at once). Every change is
recorded as a ``ticket_event`` naming who (``actor_id``) and when (``now``).
The rules (allowed transitions, P1–P4) live in :mod:`oa_desk.domain.support`;
what needs the plan (the assignee must be on the project team, the ticket
must exist) is checked here, before anything is written. A refused intent
raises a :class:`~oa_desk.domain.errors.Refusal` and changes nothing.

Ticket numbers are ``T-00001``, one more than the highest ever issued in the
plan: the plan keeps a counter (``plan.ticket_counter``), so deleting the
newest ticket never hands its number to the next one. Undoing a creation takes
its number back only while no later number has been issued.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import RowMapping, delete, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.enums import TicketChannel, TicketEventKind, TicketPriority, TicketStatus
from oa_desk.domain.errors import Refusal
from oa_desk.domain.support import (
    WorkClock,
    check_priority,
    check_times,
    check_transition,
    is_reopen,
    target_seconds,
)
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore

__all__ = [
    "TicketEdit",
    "TicketUndo",
    "add_comment",
    "bulk_edit",
    "create_ticket",
    "format_number",
    "revert_ticket_edit",
]

_T = m.Base.metadata.tables["ticket"]
_E = m.Base.metadata.tables["ticket_event"]
_TEAM = m.Base.metadata.tables["team_member"]
_PLAN = m.Base.metadata.tables["plan"]
_KB = m.Base.metadata.tables["kb_article"]
_KB_LINK = m.Base.metadata.tables["kb_article_ticket"]
_NUMBER = re.compile(r"^T-(\d+)$")
_CREATE_FIELDS = frozenset(
    {
        "title",
        "description",
        "type",
        "channel",
        "priority",
        "department_id",
        "wave_id",
        "reporter_id",
        "assignee_id",
        "module",
        "reporter_name",
        "article_id",  # a knowledge-base article the caller was given: linked to the ticket
    }
)


@dataclass(frozen=True)
class TicketUndo:
    """What a ticket intent did, in the form that takes it back."""

    created: tuple[int, ...] = ()
    old_values: tuple[tuple[int, tuple[tuple[str, Any], ...]], ...] = ()
    events: tuple[int, ...] = ()
    # Rows of other tables the intent added (a task, a risk, a training need).
    rows_added: tuple[tuple[str, int], ...] = ()
    # The ticket counter before and after (a creation), taken back if still the latest.
    counter: tuple[int, int] | None = None


@dataclass(frozen=True)
class TicketEdit:
    changes: Changes
    undo: TicketUndo
    ticket_ids: tuple[int, ...] = ()


def format_number(n: int) -> str:
    return f"T-{n:05d}"


def _highest_number(conn: Connection) -> int:
    highest = 0
    for number in conn.execute(select(_T.c.number)).scalars():
        match = _NUMBER.match(number or "")
        if match:
            highest = max(highest, int(match.group(1)))
    return highest


def _next_number(conn: Connection) -> tuple[int, int]:
    """The counter before, and the next number (which the counter now holds).

    The counter never goes back when tickets are deleted; a number already in the
    plan (imported) is never issued again either.
    """
    counter = conn.execute(select(_PLAN.c.ticket_counter)).scalar()
    old = int(counter or 0)
    if counter is None:  # a plan without its row: only the numbers themselves
        return old, _highest_number(conn) + 1
    new = old + 1
    taken = conn.execute(select(_T.c.id).where(_T.c.number == format_number(new))).first()
    if taken is not None:
        new = max(new, _highest_number(conn) + 1)
    conn.execute(update(_PLAN).values(ticket_counter=new))
    return old, new


def _clock(session: Session) -> WorkClock:
    """The plan's working time (its calendar's working days and holidays)."""
    from oa_desk.services.schedule import load_calendar

    return WorkClock(load_calendar(session))


def _due_times(
    clock: WorkClock, priority: TicketPriority, created: dt.datetime
) -> tuple[dt.datetime, dt.datetime]:
    """The stored response and resolution due moments (before any pause; the page's SLA
    adds the time spent waiting for the user)."""
    return (
        clock.add(created, target_seconds(priority, resolution=False)),
        clock.add(created, target_seconds(priority, resolution=True)),
    )


def _check_assignee(conn: Connection, person_id: int | None) -> None:
    if person_id is None:
        return
    on_team = conn.execute(
        select(func.count()).select_from(_TEAM).where(_TEAM.c.person_id == person_id)
    ).scalar_one()
    if not on_team:
        raise Refusal(
            "ticket.assignee_not_on_team",
            f"person #{person_id} is not on the project team and cannot be assigned tickets",
            person_id=person_id,
        )


def _event(
    conn: Connection,
    ticket_id: int,
    kind: TicketEventKind,
    actor_id: int | None,
    now: dt.datetime,
    old: str = "",
    new: str = "",
    comment: str = "",
) -> int:
    result = conn.execute(
        insert(_E).values(
            ticket_id=ticket_id,
            at=now,
            kind=kind,
            actor_id=actor_id,
            old_value=old,
            new_value=new,
            comment=comment,
        )
    )
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def create_ticket(
    store: PlanStore,
    values: Mapping[str, Any],
    *,
    actor_id: int | None,
    now: dt.datetime,
) -> TicketEdit:
    """Open a ticket (status new, or assigned when it names an assignee)."""
    unknown = set(values) - _CREATE_FIELDS
    if unknown:
        name = sorted(unknown)[0]
        raise Refusal("ticket.unknown_field", f"{name} cannot be set on a new ticket", field=name)
    row = dict(values)
    title = str(row.get("title") or "").strip()
    if not title:
        raise Refusal("ticket.title_missing", "a ticket needs a title", field="title")
    if len(title) > 300:
        raise Refusal("ticket.title_long", "a ticket title has at most 300 characters")
    row["title"] = title
    row["priority"] = check_priority(str(row.get("priority") or TicketPriority.P3))
    row.setdefault("channel", TicketChannel.HOTLINE)
    row["status"] = TicketStatus.ASSIGNED if row.get("assignee_id") else TicketStatus.NEW
    article_id = row.pop("article_id", None)
    with store.write() as session:
        conn = session.connection()
        _check_assignee(conn, row.get("assignee_id"))
        if (
            article_id is not None
            and conn.execute(select(_KB.c.id).where(_KB.c.id == article_id)).first() is None
        ):
            raise Refusal("kb.missing", f"article #{article_id} does not exist", id=article_id)
        old_counter, issued = _next_number(conn)
        number = format_number(issued)
        row["response_due"], row["resolve_due"] = _due_times(_clock(session), row["priority"], now)
        result = conn.execute(insert(_T).values(**row, number=number, created_at=now))
        key = result.inserted_primary_key
        assert key is not None
        tid = int(key[0])
        events = [_event(conn, tid, TicketEventKind.CREATED, actor_id, now, new=number)]
        if row.get("assignee_id"):
            events.append(
                _event(
                    conn, tid, TicketEventKind.ASSIGNED, actor_id, now, new=str(row["assignee_id"])
                )
            )
        if article_id is not None:  # deleted with the ticket (its undo), by the cascade
            conn.execute(insert(_KB_LINK).values(article_id=article_id, ticket_id=tid))
    changes = Changes.insert(ChangeKind.TICKET, [tid]) | Changes.insert(
        ChangeKind.TICKET_EVENT, events
    )
    if article_id is not None:
        changes |= Changes.update(ChangeKind.KB_ARTICLE_TICKET, [article_id])
    undo = TicketUndo(created=(tid,), events=tuple(events), counter=(old_counter, issued))
    return TicketEdit(changes, undo, (tid,))


_UNSET: Any = object()


def bulk_edit(
    store: PlanStore,
    ticket_ids: Sequence[int],
    *,
    actor_id: int | None,
    now: dt.datetime,
    assignee_id: int | None = _UNSET,
    status: TicketStatus | None = None,
    priority: str | None = None,
    comment: str = "",
) -> TicketEdit:
    """Assign, re-prioritise and/or move many tickets at once: one undo step.

    Refused as a whole when any one ticket may not make the status change.
    """
    if not ticket_ids:
        raise Refusal("ticket.none", "no tickets were chosen")
    new_priority = check_priority(priority) if priority is not None else None
    ids = list(dict.fromkeys(ticket_ids))
    old_values: list[tuple[int, tuple[tuple[str, Any], ...]]] = []
    events: list[int] = []
    with store.write() as session:
        conn = session.connection()
        if assignee_id is not _UNSET:
            _check_assignee(conn, assignee_id)
        rows = {r.id: r for r in conn.execute(select(_T).where(_T.c.id.in_(ids))).mappings()}
        clock = _clock(session) if new_priority is not None else None
        missing = [i for i in ids if i not in rows]
        if missing:
            raise Refusal("ticket.missing", f"ticket #{missing[0]} does not exist", id=missing[0])
        plans = [
            (tid, _changes_for(rows[tid], assignee_id, status, new_priority, now, clock))
            for tid in ids
        ]
        for tid, (changed, log) in plans:
            if not changed and not comment:
                continue
            current = rows[tid]
            if changed:
                conn.execute(update(_T).where(_T.c.id == tid).values(**changed))
                old_values.append((tid, tuple((k, current[k]) for k in changed)))
            for kind, old, new in log:
                events.append(_event(conn, tid, kind, actor_id, now, old, new))
            if comment:
                events.append(
                    _event(conn, tid, TicketEventKind.COMMENT, actor_id, now, comment=comment)
                )
    touched = [tid for tid, _ in old_values]
    changes = Changes.update(ChangeKind.TICKET, touched) if touched else Changes()
    if events:
        changes |= Changes.insert(ChangeKind.TICKET_EVENT, events)
    return TicketEdit(
        changes, TicketUndo(old_values=tuple(old_values), events=tuple(events)), tuple(ids)
    )


def _changes_for(
    current: RowMapping,
    assignee_id: int | None,
    status: TicketStatus | None,
    priority: TicketPriority | None,
    now: dt.datetime,
    clock: WorkClock | None = None,
) -> tuple[dict[str, Any], list[tuple[TicketEventKind, str, str]]]:
    changed: dict[str, Any] = {}
    log: list[tuple[TicketEventKind, str, str]] = []
    if assignee_id is not _UNSET and current["assignee_id"] != assignee_id:
        changed["assignee_id"] = assignee_id
        old = "" if current["assignee_id"] is None else str(current["assignee_id"])
        log.append((TicketEventKind.ASSIGNED, old, "" if assignee_id is None else str(assignee_id)))
    if priority is not None and current["priority"] != priority:
        changed["priority"] = priority
        if clock is not None:
            changed["response_due"], changed["resolve_due"] = _due_times(
                clock, priority, current["created_at"]
            )
        log.append((TicketEventKind.PRIORITY, str(current["priority"]), priority.value))
    old_status = TicketStatus(current["status"])
    if status is not None and status != old_status:
        check_transition(old_status, status)
        changed["status"] = status
        if current["first_response_at"] is None and old_status is TicketStatus.NEW:
            changed["first_response_at"] = now
        if status is TicketStatus.RESOLVED:
            check_times(current["created_at"], now)
            changed["resolved_at"] = now
        elif status is TicketStatus.CLOSED:
            changed["closed_at"] = now
        elif is_reopen(old_status, status):
            changed["resolved_at"] = None
            changed["closed_at"] = None
        log.append((TicketEventKind.STATUS, old_status.value, status.value))
    return changed, log


def add_comment(
    store: PlanStore, ticket_id: int, text: str, *, actor_id: int | None, now: dt.datetime
) -> TicketEdit:
    text = text.strip()
    if not text:
        raise Refusal("ticket.comment_empty", "a comment needs some text", id=ticket_id)
    return bulk_edit(store, [ticket_id], actor_id=actor_id, now=now, comment=text)


def revert_ticket_edit(store: PlanStore, undo: TicketUndo) -> Changes:
    """Undo exactly what an intent did."""
    changes = Changes()
    with store.write() as session:
        conn = session.connection()
        if undo.events:
            conn.execute(delete(_E).where(_E.c.id.in_(undo.events)))
            changes |= Changes.delete(ChangeKind.TICKET_EVENT, undo.events)
        for tid, old in reversed(undo.old_values):
            conn.execute(update(_T).where(_T.c.id == tid).values(dict(old)))
            changes |= Changes.update(ChangeKind.TICKET, [tid])
        if undo.created:
            conn.execute(delete(_T).where(_T.c.id.in_(undo.created)))
            changes |= Changes.delete(ChangeKind.TICKET, undo.created)
        for table, row_id in reversed(undo.rows_added):
            t = m.Base.metadata.tables[table]
            conn.execute(delete(t).where(t.c.id == row_id))
            changes |= Changes.delete(_KIND_OF_TABLE[table], [row_id])
        if undo.counter is not None:  # only if no number was issued since
            old, issued = undo.counter
            conn.execute(
                update(_PLAN).where(_PLAN.c.ticket_counter == issued).values(ticket_counter=old)
            )
    return changes


_KIND_OF_TABLE = {
    "task": ChangeKind.TASK,
    "risk": ChangeKind.RISK,
    "training_need": ChangeKind.TRAINING_NEED,
}
