"""Ticket workflow and SLA clocks in working hours (oa_desk.domain.support)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from oa_desk.domain.calendar import WorkCalendar
from oa_desk.domain.enums import TicketPriority as P
from oa_desk.domain.enums import TicketStatus as S
from oa_desk.domain.errors import Refusal
from oa_desk.domain.support import (
    CHINA_TZ,
    SlaCache,
    SlaLevel,
    WorkClock,
    check_priority,
    check_times,
    check_transition,
    is_reopen,
    sla_for_all,
    sla_state,
    target_seconds,
    ticket_sla,
    waiting_spans,
)

HOUR = 3600
# Friday 2026-10-09; Saturday 10-10 is a 调休 make-up working day; Monday 10-12 a holiday.
CAL = WorkCalendar(
    exceptions={dt.date(2026, 10, 10): True, dt.date(2026, 10, 12): False},
    span=(dt.date(2026, 9, 1), dt.date(2026, 12, 31)),
)
CLOCK = WorkClock(CAL)


def at(month: int, day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=CHINA_TZ)


def test_workflow_allows_the_path_and_reopen_and_refuses_skips() -> None:
    path = [S.NEW, S.ASSIGNED, S.IN_PROGRESS, S.WAITING, S.RESOLVED, S.CLOSED, S.IN_PROGRESS]
    for old, new in itertools.pairwise(path):
        check_transition(old, new)
    assert is_reopen(S.CLOSED, S.IN_PROGRESS)
    assert not is_reopen(S.NEW, S.ASSIGNED)
    for old, new in [(S.NEW, S.CLOSED), (S.CLOSED, S.RESOLVED), (S.WAITING, S.NEW)]:
        with pytest.raises(Refusal) as info:
            check_transition(old, new)
        assert info.value.code == "ticket.transition"
        assert old.value in str(info.value) and new.value in str(info.value)


def test_priority_outside_p1_p4_and_resolved_before_created_are_refused() -> None:
    assert check_priority(" p2 ") is P.P2
    with pytest.raises(Refusal, match="P5"):
        check_priority("P5")
    with pytest.raises(Refusal) as info:
        check_times(at(10, 9, 10), at(10, 9, 9))
    assert info.value.code == "ticket.resolved_before_created"
    check_times(at(10, 9, 10), None)


def test_default_hours_have_a_lunch_break() -> None:
    assert CLOCK.seconds_per_day == int(7.5 * HOUR)
    # P1 resolution 4 h from Thursday 10:00: 2 h before lunch, 2 h after 13:30.
    assert CLOCK.add(at(10, 8, 10), 4 * HOUR) == at(10, 8, 15, 30)
    # a ticket raised during lunch starts counting at 13:30
    assert CLOCK.elapsed(at(10, 8, 12, 30), at(10, 8, 14, 0)) == HOUR // 2
    # a target that ends with the day is due at 18:00, not at 09:00 next morning
    assert CLOCK.add(at(10, 8, 17, 30), HOUR // 2) == at(10, 8, 18, 0)


def test_make_up_saturday_counts_and_holiday_monday_does_not() -> None:
    # Friday 17:00 + 2 h: 1 h on Friday, then the make-up Saturday from 09:00.
    assert CLOCK.add(at(10, 9, 17), 2 * HOUR) == at(10, 10, 10)
    # Saturday 17:00 + 2 h: Sunday off, Monday a holiday, Tuesday 10:00.
    assert CLOCK.add(at(10, 10, 17), 2 * HOUR) == at(10, 13, 10)
    # Friday 17:00 .. Tuesday 09:00 is one hour plus the whole Saturday.
    assert CLOCK.elapsed(at(10, 9, 17), at(10, 13, 9)) == HOUR + CLOCK.seconds_per_day
    # the same span without the exceptions: Saturday off, Monday working
    plain = WorkClock(WorkCalendar(span=(dt.date(2026, 9, 1), dt.date(2026, 12, 31))))
    assert plain.elapsed(at(10, 9, 17), at(10, 13, 9)) == HOUR + plain.seconds_per_day


def test_moments_in_any_zone_are_read_in_the_clocks_zone() -> None:
    utc = at(10, 8, 10).astimezone(dt.UTC)
    assert CLOCK.working_seconds(utc) == CLOCK.working_seconds(at(10, 8, 10))


def test_moment_at_inverts_working_seconds_on_working_moments() -> None:
    for moment in [at(10, 8, 9, 1), at(10, 8, 11, 59), at(10, 10, 13, 31), at(10, 13, 17, 59)]:
        assert CLOCK.moment_at(CLOCK.working_seconds(moment)) == moment
    # 09:00 is the same working instant as 18:00 the working day before (the earliest)
    assert CLOCK.moment_at(CLOCK.working_seconds(at(10, 13, 9))) == at(10, 10, 18)


def test_custom_hours_and_bad_hours() -> None:
    clock = WorkClock(CAL, [(dt.time(8), dt.time(16))])
    assert clock.add(at(10, 8, 15), 2 * HOUR) == at(10, 9, 9)
    with pytest.raises(ValueError):
        WorkClock(CAL, [(dt.time(13), dt.time(12))])


def test_clock_pauses_while_waiting_for_the_user() -> None:
    spans = waiting_spans(
        [
            (at(10, 8, 9, 30), S.ASSIGNED),
            (at(10, 8, 10), S.WAITING),
            (at(10, 8, 14, 30), S.IN_PROGRESS),
        ]
    )
    assert spans == [(at(10, 8, 10), at(10, 8, 14, 30))]
    state = sla_state(CLOCK, 4 * HOUR, at(10, 8, 9), None, at(10, 8, 15), spans)
    # 4.5 working hours passed, 3 of them waiting (10–12 and 13:30–14:30)
    assert state.used == int(1.5 * HOUR)
    assert state.due == at(10, 8, 17, 30)
    assert state.level is SlaLevel.OK
    # still waiting: the open span runs until now
    still = waiting_spans([(at(10, 8, 10), S.WAITING)])
    assert still == [(at(10, 8, 10), None)]
    state = sla_state(CLOCK, 4 * HOUR, at(10, 8, 9), None, at(10, 8, 15), still)
    assert state.used == HOUR


def test_levels_warning_at_80_percent_breached_and_met() -> None:
    created = at(10, 8, 9)
    target = target_seconds(P.P1, resolution=True)
    assert target == 4 * HOUR

    def level(now: dt.datetime, end: dt.datetime | None = None) -> SlaLevel:
        return sla_state(CLOCK, target, created, end, now).level

    assert level(at(10, 8, 13, 41)) is SlaLevel.OK  # 3 h 11 min
    assert level(at(10, 8, 13, 42)) is SlaLevel.WARNING  # 3 h 12 min = 80 %
    assert level(at(10, 8, 14, 31)) is SlaLevel.BREACHED
    assert level(at(10, 9, 9), end=at(10, 8, 14, 30)) is SlaLevel.MET
    assert level(at(10, 9, 9), end=at(10, 8, 14, 31)) is SlaLevel.BREACHED
    late = sla_state(CLOCK, target, created, None, at(10, 8, 15, 30))
    assert late.remaining == -HOUR and late.fraction == 1.25


def test_ticket_sla_response_ends_at_resolution_when_never_answered() -> None:
    sla = ticket_sla(CLOCK, P.P2, at(10, 9, 17), None, at(10, 9, 17, 30), at(10, 13, 9))
    assert sla.response.done and sla.response.level is SlaLevel.MET
    assert sla.resolution.level is SlaLevel.MET and not sla.breached
    open_ = ticket_sla(CLOCK, P.P2, at(10, 9, 17), None, None, at(10, 13, 9))
    assert open_.response.due == at(10, 10, 10)
    assert open_.breached and open_.resolution.level is SlaLevel.OK


def test_sla_for_all_agrees_with_one_ticket_at_a_time() -> None:
    now = at(10, 13, 11)
    tickets = [
        (1, P.P1, at(10, 8, 9), None, None),
        (2, P.P3, at(10, 9, 17), at(10, 10, 9, 30), at(10, 13, 10)),
    ]
    changes = [(1, at(10, 8, 10), S.WAITING), (1, at(10, 8, 14, 30), S.IN_PROGRESS)]
    every = sla_for_all(CLOCK, tickets, changes, now)
    spans = [(at(10, 8, 10), at(10, 8, 14, 30))]
    assert every[1] == ticket_sla(CLOCK, P.P1, at(10, 8, 9), None, None, now, spans)
    assert every[2] == ticket_sla(CLOCK, *tickets[1][1:], now)
    assert every[1].resolution.due == at(10, 8, 17, 30)


def test_cache_reuses_finished_tickets_only_while_unchanged() -> None:
    cache = SlaCache(CLOCK)
    done = (2, P.P3, at(10, 9, 17), at(10, 10, 9, 30), at(10, 13, 10))
    open_ = (1, P.P1, at(10, 8, 9), None, None)
    first = cache.compute([done, open_], [], at(10, 8, 12))
    later = cache.compute([done, open_], [], at(10, 13, 11))
    assert later[2] is first[2]  # finished: remembered
    assert later[1] != first[1] and later[1].resolution.level is SlaLevel.BREACHED
    reopened = (2, P.P3, at(10, 9, 17), at(10, 10, 9, 30), None)
    again = cache.compute([reopened], [], at(10, 13, 11))
    assert not again[2].resolution.done
