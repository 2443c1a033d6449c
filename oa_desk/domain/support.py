"""Go-live support rules: the ticket workflow and service-level (SLA) clocks.

Pure functions over plain values, no database and no Qt, so the ticket list
can compute the SLA of 20,000 tickets from row tuples.

* **Workflow** — :data:`TRANSITIONS` lists, for each status, the statuses a
  ticket may move to (new → assigned (triaged) → in progress → waiting for
  user → resolved → closed, plus reopening a resolved or closed ticket).
  :func:`check_transition` refuses anything else.
* **Working time** — :class:`WorkClock` turns a moment into *working seconds*
  since the calendar's origin: working days come from a
  :class:`~oa_desk.domain.calendar.WorkCalendar` (holidays and 调休 make-up
  days), working hours from shifts (default 09:00–12:00 and 13:30–18:00, a
  lunch break between). Moments are timezone-aware; hours are read in the
  clock's zone (China Standard Time by default).
* **SLA** — :func:`sla_state` gives, for one target (first response or
  resolution), the due moment, the working seconds used and remaining, and a
  level: met, ok, warning (≥ 80 % used) or breached. The resolution clock is
  paused while the ticket waits for the user (spans from status events, see
  :func:`waiting_spans`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from oa_desk.domain.calendar import WorkCalendar
from oa_desk.domain.enums import SLA_HOURS, TicketPriority, TicketStatus
from oa_desk.domain.errors import Refusal

S = TicketStatus

TRANSITIONS: dict[TicketStatus, frozenset[TicketStatus]] = {
    S.NEW: frozenset({S.ASSIGNED, S.IN_PROGRESS, S.RESOLVED}),
    S.ASSIGNED: frozenset({S.IN_PROGRESS, S.WAITING, S.RESOLVED}),
    S.IN_PROGRESS: frozenset({S.ASSIGNED, S.WAITING, S.RESOLVED}),
    S.WAITING: frozenset({S.IN_PROGRESS, S.RESOLVED}),
    S.RESOLVED: frozenset({S.CLOSED, S.IN_PROGRESS}),  # in progress again = reopen
    S.CLOSED: frozenset({S.IN_PROGRESS}),  # reopen
}

WARNING_FRACTION = 0.8
CHINA_TZ = dt.timezone(dt.timedelta(hours=8), "CST")

Shift = tuple[dt.time, dt.time]
DEFAULT_HOURS: tuple[Shift, ...] = (
    (dt.time(9, 0), dt.time(12, 0)),
    (dt.time(13, 30), dt.time(18, 0)),
)


def allowed_next(status: TicketStatus) -> frozenset[TicketStatus]:
    return TRANSITIONS[status]


def is_reopen(old: TicketStatus, new: TicketStatus) -> bool:
    return not old.is_open and new.is_open


def check_transition(old: TicketStatus, new: TicketStatus) -> None:
    """Refuse a status change the workflow does not allow."""
    if new not in TRANSITIONS[old]:
        raise Refusal(
            "ticket.transition",
            f"a ticket cannot go from {old.value} to {new.value}",
            old=old.value,
            new=new.value,
        )


def check_priority(value: str) -> TicketPriority:
    """The priority ``value`` names, or a refusal when it is not P1–P4."""
    try:
        return TicketPriority(value.strip().upper())
    except ValueError:
        raise Refusal(
            "ticket.priority", f"priority must be P1, P2, P3 or P4, not {value!r}", value=value
        ) from None


def check_times(created: dt.datetime, resolved: dt.datetime | None) -> None:
    if resolved is not None and resolved < created:
        raise Refusal(
            "ticket.resolved_before_created",
            "a ticket cannot be resolved before it was created",
        )


def _seconds(t: dt.time) -> int:
    return t.hour * 3600 + t.minute * 60 + t.second


class WorkClock:
    """Working-time arithmetic on a calendar's working days and daily shifts."""

    __slots__ = ("_bounds", "_calendar", "_day", "_tz")

    def __init__(
        self,
        calendar: WorkCalendar,
        hours: Sequence[Shift] = DEFAULT_HOURS,
        tz: dt.tzinfo = CHINA_TZ,
    ) -> None:
        bounds = [(_seconds(a), _seconds(b)) for a, b in hours or DEFAULT_HOURS]
        previous = 0
        for a, b in bounds:
            if not previous <= a < b:
                raise ValueError("working hours must be increasing, non-overlapping shifts")
            previous = b
        self._bounds = tuple(bounds)
        self._day = sum(b - a for a, b in bounds)
        self._calendar = calendar
        self._tz = tz

    @property
    def seconds_per_day(self) -> int:
        return self._day

    def _within_day(self, second: int) -> int:
        done = 0
        for a, b in self._bounds:
            if second <= a:
                break
            done += min(second, b) - a
        return done

    def working_seconds(self, moment: dt.datetime) -> int:
        """Working seconds from the calendar's origin up to ``moment``."""
        local = moment.astimezone(self._tz)
        day = local.date()
        before = self._calendar.ordinal(day) * self._day
        if not self._calendar.is_working(day):
            return before
        second = local.hour * 3600 + local.minute * 60 + local.second
        return before + self._within_day(second)

    def moment_at(self, seconds: int) -> dt.datetime:
        """The earliest moment at which ``seconds`` working seconds have passed."""
        k, rest = divmod(seconds, self._day)
        if rest == 0 and k > 0:  # the end of a working day, not the next morning
            k, rest = k - 1, self._day
        day = self._calendar.date_of(k)
        at = self._bounds[-1][1]
        for a, b in self._bounds:
            if rest <= b - a:
                at = a + rest
                break
            rest -= b - a
        midnight = dt.datetime(day.year, day.month, day.day, tzinfo=self._tz)
        return midnight + dt.timedelta(seconds=at)

    def elapsed(self, start: dt.datetime, end: dt.datetime) -> int:
        """Working seconds between two moments (0 if ``end`` is before ``start``)."""
        return max(0, self.working_seconds(end) - self.working_seconds(start))

    def add(self, start: dt.datetime, seconds: int) -> dt.datetime:
        return self.moment_at(self.working_seconds(start) + seconds)


def waiting_spans(
    status_changes: Iterable[tuple[dt.datetime, TicketStatus]],
) -> list[tuple[dt.datetime, dt.datetime | None]]:
    """Spans spent waiting for the user, from ``(at, new status)`` changes in time order.

    The last span ends with ``None`` when the ticket still waits.
    """
    spans: list[tuple[dt.datetime, dt.datetime | None]] = []
    since: dt.datetime | None = None
    for at, status in status_changes:
        if status is TicketStatus.WAITING:
            if since is None:
                since = at
        elif since is not None:
            spans.append((since, at))
            since = None
    if since is not None:
        spans.append((since, None))
    return spans


class SlaLevel(StrEnum):
    MET = "met"  # done within the target
    OK = "ok"
    WARNING = "warning"  # at least 80 % of the target used
    BREACHED = "breached"


@dataclass(frozen=True, slots=True)
class SlaState:
    due: dt.datetime
    used: int  # working seconds counted against the target
    target: int  # working seconds allowed
    done: bool
    level: SlaLevel

    @property
    def remaining(self) -> int:
        """Working seconds left (negative once breached)."""
        return self.target - self.used

    @property
    def fraction(self) -> float:
        return self.used / self.target if self.target else 1.0


def target_seconds(priority: TicketPriority, *, resolution: bool) -> int:
    response, resolve = SLA_HOURS[priority]
    return round((resolve if resolution else response) * 3600)


_TARGETS = {
    p: (target_seconds(p, resolution=False), target_seconds(p, resolution=True))
    for p in TicketPriority
}


def sla_state(
    clock: WorkClock,
    target: int,
    start: dt.datetime,
    end: dt.datetime | None,
    now: dt.datetime,
    paused: Sequence[tuple[dt.datetime, dt.datetime | None]] = (),
    *,
    w_start: int | None = None,
    w_now: int | None = None,
) -> SlaState:
    """The SLA of one clock that runs from ``start`` to ``end`` (or ``now`` if not done).

    Working time inside ``paused`` spans does not count; the due moment moves
    later by the paused time so far. ``w_start`` and ``w_now`` are the working
    seconds of ``start`` and ``now`` when the caller already knows them.
    """
    stop = end if end is not None else now
    if w_start is None:
        w_start = clock.working_seconds(start)
    w_stop = w_now if end is None and w_now is not None else clock.working_seconds(stop)
    pause = 0
    for p_start, p_end in paused:
        a = max(w_start, clock.working_seconds(p_start))
        b = min(w_stop, clock.working_seconds(p_end if p_end is not None else stop))
        if b > a:
            pause += b - a
    used = max(0, w_stop - w_start - pause)
    due = clock.moment_at(w_start + target + pause)
    if end is not None:
        level = SlaLevel.MET if used <= target else SlaLevel.BREACHED
    elif used > target:
        level = SlaLevel.BREACHED
    elif used >= WARNING_FRACTION * target:
        level = SlaLevel.WARNING
    else:
        level = SlaLevel.OK
    return SlaState(due, used, target, end is not None, level)


@dataclass(frozen=True, slots=True)
class TicketSla:
    response: SlaState
    resolution: SlaState

    @property
    def breached(self) -> bool:
        return SlaLevel.BREACHED in (self.response.level, self.resolution.level)


def ticket_sla(
    clock: WorkClock,
    priority: TicketPriority,
    created_at: dt.datetime,
    first_response_at: dt.datetime | None,
    resolved_at: dt.datetime | None,
    now: dt.datetime,
    paused: Sequence[tuple[dt.datetime, dt.datetime | None]] = (),
    *,
    w_now: int | None = None,
) -> TicketSla:
    """Both SLA clocks of one ticket; only resolution pauses while waiting for the user.

    A ticket resolved without a recorded first response was answered when resolved.
    """
    responded = first_response_at if first_response_at is not None else resolved_at
    w_start = clock.working_seconds(created_at)
    targets = _TARGETS[priority]
    response = sla_state(
        clock, targets[0], created_at, responded, now, w_start=w_start, w_now=w_now
    )
    resolution = sla_state(
        clock, targets[1], created_at, resolved_at, now, paused, w_start=w_start, w_now=w_now
    )
    return TicketSla(response, resolution)


def sla_for_all(
    clock: WorkClock,
    tickets: Iterable[
        tuple[int, TicketPriority, dt.datetime, dt.datetime | None, dt.datetime | None]
    ],
    status_changes: Iterable[tuple[int, dt.datetime, TicketStatus]],
    now: dt.datetime,
) -> dict[int, TicketSla]:
    """The SLA of many tickets from plain tuples (``status_changes`` in time order per ticket)."""
    changes: dict[int, list[tuple[dt.datetime, TicketStatus]]] = {}
    for tid, at, status in status_changes:
        changes.setdefault(tid, []).append((at, status))
    w_now = clock.working_seconds(now)
    return {
        tid: ticket_sla(
            clock,
            priority,
            created,
            responded,
            resolved,
            now,
            waiting_spans(changes[tid]) if tid in changes else (),
            w_now=w_now,
        )
        for tid, priority, created, responded, resolved in tickets
    }


class SlaCache:
    """The SLA of many tickets, remembering finished ones between calls.

    A resolved ticket's SLA no longer depends on ``now``, only on its own
    moments and the calendar, so one cache belongs to one clock (a changed
    calendar makes a new clock and a new cache). A remembered result is used
    only while the ticket's moments and waiting spans are those it was made from.
    """

    __slots__ = ("_done", "clock")

    def __init__(self, clock: WorkClock) -> None:
        self.clock = clock
        self._done: dict[int, tuple[object, TicketSla]] = {}

    def compute(
        self,
        tickets: Iterable[
            tuple[int, TicketPriority, dt.datetime, dt.datetime | None, dt.datetime | None]
        ],
        status_changes: Iterable[tuple[int, dt.datetime, TicketStatus]],
        now: dt.datetime,
    ) -> dict[int, TicketSla]:
        changes: dict[int, list[tuple[dt.datetime, TicketStatus]]] = {}
        for tid, at, status in status_changes:
            changes.setdefault(tid, []).append((at, status))
        clock, done = self.clock, self._done
        w_now = clock.working_seconds(now)
        out: dict[int, TicketSla] = {}
        for ticket in tickets:
            tid, priority, created, responded, resolved = ticket
            spans = waiting_spans(changes[tid]) if tid in changes else ()
            key = (ticket, tuple(spans))
            hit = done.get(tid)
            if hit is not None and hit[0] == key:
                out[tid] = hit[1]
                continue
            sla = ticket_sla(clock, priority, created, responded, resolved, now, spans, w_now=w_now)
            out[tid] = sla
            if resolved is not None:
                done[tid] = (key, sla)
        return out
