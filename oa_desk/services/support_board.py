"""What the Support page reads: the ticket list a window at a time with each ticket's
SLA, one ticket's card and history, the team, departments and waves to choose from.

The list's filters and sorts on stored columns are SQL (:mod:`oa_desk.store.tickets`);
the SLA is working-time arithmetic on the plan's calendar
(:mod:`oa_desk.domain.support`), so a filter on breach or a sort by due time or
remaining time computes the SLA of every ticket (resolved tickets are remembered
by the board while their row is unchanged) and orders the ids in Python. The
first screen of an unfiltered list computes the SLA of its rows only.

A changed calendar makes the board's clock and cache again (:meth:`SlaBoard.reset`):
every due time follows the new working days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from oa_desk.domain.enums import TicketPriority, TicketStatus
from oa_desk.domain.support import SlaLevel, TicketSla, WorkClock, sla_for_all
from oa_desk.store import bulkread
from oa_desk.store.planfile import PlanStore
from oa_desk.store.ticket_desk import (
    TicketCard,
    TicketEventRow,
    departments,
    sla_inputs_of,
    team_people,
    ticket_card,
    ticket_events,
    waves,
)
from oa_desk.store.tickets import (
    SORT_COLUMNS,
    TicketFilter,
    TicketRow,
    count_tickets,
    parse_moment,
    ticket_ids,
    ticket_rows,
)

__all__ = [
    "SLA_SORTS",
    "SORT_COLUMNS",
    "ListRow",
    "SlaBoard",
    "SlaSummary",
    "TicketCard",
    "TicketEventRow",
    "TicketFilter",
    "TicketQuery",
    "TicketSource",
    "active_state",
    "read_card",
    "read_choices",
]

SLA_SORTS = ("response_due", "resolve_due", "remaining", "sla")
_PRIORITIES = {p.value: p for p in TicketPriority}
_STATUSES = {s.value: s for s in TicketStatus}


@dataclass(frozen=True)
class TicketQuery:
    filter: TicketFilter = field(default_factory=TicketFilter)
    breached: bool | None = None  # True: breached only, False: within target only
    sort: str = "created_at"  # a stored column (SORT_COLUMNS) or an SLA figure (SLA_SORTS)
    descending: bool = True


@dataclass(frozen=True, slots=True)
class ListRow:
    row: TicketRow
    sla: TicketSla | None


@dataclass(frozen=True, slots=True)
class SlaSummary:
    open: int
    warning: int
    breached: int


def active_state(sla: TicketSla) -> tuple[SlaLevel, int]:
    """The level shown for a ticket (the worse of its two clocks) and the working seconds
    left on the clock still running (the resolution clock once answered)."""
    levels = (sla.response.level, sla.resolution.level)
    if SlaLevel.BREACHED in levels:
        level = SlaLevel.BREACHED
    elif SlaLevel.WARNING in levels:
        level = SlaLevel.WARNING
    elif sla.resolution.done:
        level = SlaLevel.MET
    else:
        level = SlaLevel.OK
    running = sla.resolution if sla.response.done else sla.response
    return level, running.remaining


class SlaBoard:
    """The plan's working clock and the SLA cache of one open plan."""

    def __init__(self, store: PlanStore) -> None:
        self._store = store
        self._clock: WorkClock | None = None
        self._moments: dict[object, dt.datetime] = {}
        self._done: dict[tuple[object, ...], TicketSla] = {}

    def reset(self) -> None:
        """The calendar changed: read it again when next needed."""
        self._clock = None
        self._done.clear()

    @property
    def clock(self) -> WorkClock:
        """The plan's working time (its calendar, read when first needed)."""
        if self._clock is None:
            from oa_desk.services.schedule import load_calendar

            with self._store.read() as session:
                calendar = load_calendar(session)
            self._clock = WorkClock(calendar)
        return self._clock

    def all(self, now: dt.datetime) -> dict[int, TicketSla]:
        """The SLA of every ticket.

        The rows come from the driver as they are. A resolved ticket's SLA depends
        only on its own row (a reopening clears its resolved moment), so it is kept
        by that row until the calendar changes; each stored moment is parsed once.
        """
        clock = self.clock
        with self._store.read() as session:
            raw_tickets, raw_events = bulkread.ticket_sla_rows(session)
        done, out = self._done, {}
        todo = []
        for row in raw_tickets:
            if row[4] is not None:
                hit = done.get(row)
                if hit is not None:
                    out[row[0]] = hit
                    continue
            todo.append(row)
        moment, priorities, statuses = self._moment, _PRIORITIES, _STATUSES
        wanted = {row[0] for row in todo}
        tickets = [
            (tid, priorities[p], moment(c), moment(fr), moment(rs)) for tid, p, c, fr, rs in todo
        ]
        events = [
            (tid, moment(at), statuses[v])
            for tid, at, v in raw_events
            if tid in wanted and v in statuses
        ]
        computed = sla_for_all(clock, tickets, events, now)  # type: ignore[arg-type]
        for row in todo:
            if row[4] is not None:
                done[row] = computed[row[0]]
        out.update(computed)
        return out

    def _moment(self, value: object) -> dt.datetime | None:
        if value is None:
            return None
        found = self._moments.get(value)
        if found is None:
            found = self._moments[value] = parse_moment(value)
        return found

    def of(self, ids: Sequence[int] | None, now: dt.datetime) -> dict[int, TicketSla]:
        """The SLA of some tickets only (a window of the list; ``None``: the open ones)."""
        clock = self.clock
        with self._store.read() as session:
            tickets, events = sla_inputs_of(session.connection(), ids)
        return sla_for_all(clock, tickets, events, now)

    def summary(self, now: dt.datetime) -> SlaSummary:
        open_, warning, breached = 0, 0, 0
        for sla in self.of(None, now).values():  # only open tickets count
            if sla.resolution.done:
                continue
            open_ += 1
            level, _ = active_state(sla)
            warning += level is SlaLevel.WARNING
            breached += level is SlaLevel.BREACHED
        return SlaSummary(open_, warning, breached)


def _sla_key(sort: str, sla: TicketSla | None) -> tuple[int, float]:
    """How a ticket orders by an SLA figure (a ticket without one last)."""
    if sla is None:
        return (1, 0.0)
    if sort == "response_due":
        return (0, sla.response.due.timestamp())
    if sort == "resolve_due":
        return (0, sla.resolution.due.timestamp())
    level, remaining = active_state(sla)
    if sort == "remaining":
        return (1, 0.0) if sla.resolution.done else (0, float(remaining))
    order = {SlaLevel.BREACHED: 0, SlaLevel.WARNING: 1, SlaLevel.OK: 2, SlaLevel.MET: 3}
    return (0, order[level] * 1e12 + remaining)


class TicketSource:
    """The tickets of one query, in its order, a window at a time.

    A query on stored columns only is counted first and its windows near the top
    are read by ``LIMIT``/``OFFSET``; the first window further down reads the
    ordered ids once (the People roster's way). A query on the SLA orders every id
    at once in Python.
    """

    NEAR = 2000  # rows from the top read by OFFSET without the id list

    def __init__(
        self, store: PlanStore, query: TicketQuery, board: SlaBoard, now: dt.datetime
    ) -> None:
        self._store = store
        self._board = board
        self._now = now
        self._query = query
        self._sql_sort = query.sort if query.sort in SORT_COLUMNS else "created_at"
        self._slas: dict[int, TicketSla] | None = None
        self._ids: list[int] | None = None
        by_sla = query.sort in SLA_SORTS
        if not by_sla and query.breached is None:
            with store.read() as session:
                self.total = count_tickets(session.connection(), query.filter)
            return
        ids = self._read_ids()
        slas = board.all(now)
        self._slas = slas
        if query.breached is not None:
            ids = [i for i in ids if i in slas and slas[i].breached is query.breached]
        if by_sla:
            ids.sort(key=lambda i: _sla_key(query.sort, slas.get(i)), reverse=query.descending)
        self._ids = ids
        self.total = len(ids)

    def _read_ids(self, offset: int = 0, limit: int | None = None) -> list[int]:
        q = self._query
        with self._store.read() as session:
            return ticket_ids(
                session.connection(), q.filter, self._sql_sort, q.descending, offset, limit
            )

    @property
    def ids(self) -> list[int]:
        """Every id of the query, in its order."""
        if self._ids is None:
            self._ids = self._read_ids()
        return self._ids

    def rows(self, offset: int, limit: int) -> list[ListRow]:
        if self._ids is None and offset + limit <= self.NEAR:
            window = self._read_ids(offset, limit)
        else:
            window = self.ids[offset : offset + limit]
        with self._store.read() as session:
            rows = ticket_rows(session.connection(), window)
        slas = self._slas if self._slas is not None else self._board.of(window, self._now)
        return [ListRow(rows[i], slas.get(i)) for i in window if i in rows]


@dataclass(frozen=True)
class Choices:
    team: list[tuple[int, str]]
    departments: list[tuple[int, str]]
    waves: list[tuple[int, str]]


def read_choices(store: PlanStore) -> Choices:
    """Who may be assigned, and the departments and waves a ticket may name."""
    with store.read() as session:
        conn = session.connection()
        return Choices(team_people(conn), departments(conn), waves(conn))


def read_card(store: PlanStore, ticket_id: int) -> tuple[TicketCard, list[TicketEventRow]] | None:
    """One ticket's fields and its history (who did what when)."""
    with store.read() as session:
        conn = session.connection()
        card = ticket_card(conn, ticket_id)
        if card is None:
            return None
        return card, ticket_events(conn, ticket_id)
