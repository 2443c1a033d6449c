"""Ticket ids filtered and sorted in SQL, rows by the window, SLA of every ticket."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from oa_desk.domain.calendar import WorkCalendar
from oa_desk.domain.enums import TicketPriority as P
from oa_desk.domain.support import SlaLevel, WorkClock, sla_for_all
from oa_desk.services.demo import generate_demo
from oa_desk.store.planfile import open_plan
from oa_desk.store.tickets import TicketFilter, sla_inputs, ticket_ids, ticket_rows


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path: Path = tmp_path_factory.mktemp("tickets") / "demo.oadesk"
    generate_demo(path, scale=1)
    with open_plan(path, snapshot=False) as plan:
        yield plan


def test_filters_and_sorting_happen_in_sql(store: Any) -> None:
    with store.read() as s:
        conn = s.connection()
        every = ticket_ids(conn, TicketFilter())
        assert len(every) > 10
        rows = ticket_rows(conn, every)
        created = [rows[i].created_at for i in every]
        assert created == sorted(created, reverse=True)
        p1 = ticket_ids(conn, TicketFilter(priorities=frozenset({P.P1})), "number", False)
        assert p1 and all(rows[i].priority is P.P1 for i in p1)
        assert [rows[i].number for i in p1] == sorted(rows[i].number for i in p1)
        assert len(p1) < len(every)
        some = rows[every[0]]
        found = ticket_ids(conn, TicketFilter(text=some.title[:4]))
        assert every[0] in found and len(found) <= len(every)
        assert ticket_ids(conn, TicketFilter(text="%_无此内容_%")) == []
        by_dept = ticket_ids(conn, TicketFilter(), "department", False)
        names = [rows[i].department for i in by_dept]
        assert names == sorted(names)
        with pytest.raises(ValueError):
            ticket_ids(conn, TicketFilter(), "password")


def test_sla_for_every_ticket(store: Any) -> None:
    with store.read() as s:
        tickets, events = sla_inputs(s.connection())
    clock = WorkClock(WorkCalendar(span=(dt.date(2026, 1, 1), dt.date(2027, 12, 31))))
    now = max(t[2] for t in tickets) + dt.timedelta(days=30)
    sla = sla_for_all(clock, tickets, events, now)
    assert set(sla) == {t[0] for t in tickets}
    open_ids = {t[0] for t in tickets if t[4] is None}
    assert open_ids
    # a month after the last ticket, every open one has run past its resolution target
    assert all(
        sla[i].resolution.level is SlaLevel.BREACHED
        for i in open_ids
        if sla[i].resolution.target < 30 * 7 * 3600
    )
    done = [i for i in sla if i not in open_ids]
    assert done and all(sla[i].resolution.level in (SlaLevel.MET, SlaLevel.BREACHED) for i in done)
