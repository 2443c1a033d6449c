"""The Support page's figures, read in one pass (see ``domain/support_figures.py``)."""

from __future__ import annotations

import datetime as dt

from oa_desk.domain.support import CHINA_TZ, SlaCache, WorkClock, sla_for_all
from oa_desk.domain.support_figures import (
    RoundScore,
    SupportFigures,
    daily_flow,
    sla_attainment,
)
from oa_desk.services.schedule.data import load_calendar
from oa_desk.store import support_reads
from oa_desk.store.planfile import PlanStore
from oa_desk.store.tickets import sla_inputs

__all__ = ["sla_cache", "support_figures"]


def sla_cache(store: PlanStore) -> SlaCache:
    """A cache of finished tickets' SLA on the plan's calendar as it is now (a changed
    calendar needs a new one)."""
    with store.read() as session:
        return SlaCache(WorkClock(load_calendar(session)))


def support_figures(
    store: PlanStore, *, now: dt.datetime, days: int = 60, cache: SlaCache | None = None
) -> SupportFigures:
    """Every figure of the Support charts as of ``now`` (the last ``days`` days' flow);
    with ``cache``, finished tickets' SLA is remembered between calls."""
    last = now.astimezone(CHINA_TZ).date()
    with store.read() as session:
        conn = session.connection()
        calendar = load_calendar(session)
        tickets, events = sla_inputs(conn)
        flow = daily_flow(support_reads.flow_moments(conn), last=last, days=days)
        by_type = support_reads.tickets_by_type(conn)
        by_department = support_reads.tickets_by_department(conn)
        top = support_reads.top_linked_articles(conn)
        rounds = [RoundScore(*r) for r in support_reads.round_scores(conn)]
    if cache is not None:
        slas = cache.compute(tickets, events, now)
    else:
        slas = sla_for_all(WorkClock(calendar), tickets, events, now)
    priorities = {t[0]: t[1] for t in tickets}
    return SupportFigures(
        flow, sla_attainment(priorities, slas), by_type, by_department, top, rounds
    )
