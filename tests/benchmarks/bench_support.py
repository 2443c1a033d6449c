"""Go-live support on the large demo plan (20,000 tickets).

Targets (issue 14): a filtered, sorted ticket list at most 300 ms (ids in SQL,
first window of rows read); the first window (ids plus 100 rows) at most 100 ms;
the SLA of every ticket at most 500 ms (read and computed; cold, and with the
finished tickets remembered by an :class:`SlaCache`).

The Support page's own path is measured too: the Tickets tab's first paint
(a :class:`~oa_desk.services.support_board.TicketSource` counted and its first
window of 200 rows with their SLA put in the item model, offscreen), a filter
and a sort by a stored column, a sort by remaining SLA time and the breached
filter (the SLA of all, from the board's warm cache), and the board's figures.

``python -m tests.benchmarks.bench_support [PLAN]``; without a plan, the large
demo is generated into a temporary folder first (a few minutes).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from oa_desk.domain.calendar import WorkCalendar
from oa_desk.domain.enums import TicketPriority, TicketStatus
from oa_desk.domain.support import SlaCache, WorkClock, sla_for_all
from oa_desk.store.planfile import open_plan
from oa_desk.store.tickets import TicketFilter, sla_inputs, ticket_ids, ticket_rows
from tests.benchmarks.common import median_time, report, verdict

WINDOW = 100


def _measure(plan: Path) -> None:
    with open_plan(plan, snapshot=False, read_only=True) as store, store.read() as s:
        conn = s.connection()
        count = len(ticket_ids(conn, TicketFilter()))

        def first_paint() -> None:
            ids = ticket_ids(conn, TicketFilter())
            ticket_rows(conn, ids[:WINDOW])

        busy = TicketFilter(
            statuses=frozenset({TicketStatus.CLOSED, TicketStatus.IN_PROGRESS}),
            priorities=frozenset({TicketPriority.P2, TicketPriority.P3}),
            text="附件",  # a substring: a scan of titles and descriptions
        )

        found: list[int] = []

        def filter_sort() -> None:
            ids = ticket_ids(conn, busy, "assignee", False)
            ticket_rows(conn, ids[:WINDOW])
            found[:] = ids

        def sort_all() -> None:
            ids = ticket_ids(conn, TicketFilter(), "department", True)
            ticket_rows(conn, ids[:WINDOW])

        clock = WorkClock(WorkCalendar(span=(dt.date(2025, 1, 1), dt.date(2028, 12, 31))))
        now = dt.datetime.now(dt.UTC)

        def sla_all() -> None:
            tickets, events = sla_inputs(conn)
            sla_for_all(clock, tickets, events, now)

        t_paint = median_time(first_paint)
        t_filter = median_time(filter_sort)
        t_sort = median_time(sort_all)
        t_sla = median_time(sla_all, repeat=3)
        cache = SlaCache(clock)

        def sla_cached() -> None:
            tickets, events = sla_inputs(conn)
            cache.compute(tickets, events, now)

        t_cached = median_time(sla_cached, repeat=3)  # the warm-up fills the cache
    rows = [
        ("first window", t_paint, 0.1),
        (f"filter + sort, {len(found)} found", t_filter, 0.3),
        ("sort all", t_sort, 0.3),
        ("SLA of all, cold", t_sla, 0.5),
        ("SLA of all, cached", t_cached, 0.5),
    ]
    report(
        f"support: {count} tickets",
        [
            (
                name,
                f"{t * 1000:.0f} ms ({t / limit:.2f} of {limit * 1000:.0f} ms) "
                + verdict(t <= limit),
            )
            for name, t, limit in rows
        ],
    )


def _measure_page(plan: Path) -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from oa_desk.gui.support.ticket_model import PAGE, TicketModel
    from oa_desk.services.support_board import SlaBoard, TicketQuery, TicketSource

    app = QApplication.instance() or QApplication([])
    now = dt.datetime.now(dt.UTC)
    with open_plan(plan, snapshot=False, read_only=True) as store:
        model = TicketModel()
        board = SlaBoard(store)

        def show(query: TicketQuery) -> None:
            source = TicketSource(store, query, board, now)
            model.set_source(source.total, source.rows)

        def first_paint() -> None:
            fresh = SlaBoard(store)  # the page just opened: nothing cached
            source = TicketSource(store, TicketQuery(), fresh, now)
            model.set_source(source.total, source.rows)

        busy = TicketFilter(
            statuses=frozenset({TicketStatus.IN_PROGRESS, TicketStatus.ASSIGNED}),
            priorities=frozenset({TicketPriority.P2}),
            text="附件",
        )
        t_paint = median_time(first_paint)
        t_filter = median_time(lambda: show(TicketQuery(busy, sort="assignee")))
        t_sort = median_time(lambda: show(TicketQuery(sort="department")))
        t_cold = median_time(lambda: SlaBoard(store).all(now), repeat=3)
        t_remaining = median_time(lambda: show(TicketQuery(sort="remaining")), repeat=3)
        t_breached = median_time(lambda: show(TicketQuery(breached=True)), repeat=3)
        t_summary = median_time(lambda: board.summary(now), repeat=3)
        total = TicketSource(store, TicketQuery(), board, now).total
    del app
    rows = [
        (f"page: first paint ({PAGE} rows)", t_paint, 0.1),
        ("page: filter + sort", t_filter, 0.3),
        ("page: sort by department", t_sort, 0.3),
        ("page: SLA of all, cold board", t_cold, 0.5),
        ("page: sort by remaining time", t_remaining, 0.3),
        ("page: breached only", t_breached, 0.3),
        ("page: SLA figures", t_summary, 0.5),
    ]
    report(
        f"support page: {total} tickets",
        [
            (
                name,
                f"{t * 1000:.0f} ms ({t / limit:.2f} of {limit * 1000:.0f} ms) "
                + verdict(t <= limit),
            )
            for name, t, limit in rows
        ],
    )


def main() -> None:
    if len(sys.argv) > 1:
        _measure(Path(sys.argv[1]))
        _measure_page(Path(sys.argv[1]))
        return
    from oa_desk.services.demo import generate_demo

    with tempfile.TemporaryDirectory() as folder:
        plan = Path(folder) / "large.oadesk"
        generate_demo(plan, large=True)
        _measure(plan)
        _measure_page(plan)


if __name__ == "__main__":
    main()
