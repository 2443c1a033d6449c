"""The dashboard's chart data: schedule health, training by tier, support, top risks,
KPI progress and adoption curves, read from the plan as plain ``domain.dashboard``
figures.

Each figure is its own function, so the Overview reads them one at a time after its
numbers have painted; :func:`load_figures` reads all of them (the PDF status report).
The rules are reused, not recomputed: critical flags from the scheduler, training's
coverage roll-up, support's SLA clocks, the risk and KPI lines of ``services.dashboard``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import replace

from sqlalchemy import and_, exists, select
from sqlalchemy.orm import aliased

from oa_desk.domain import dashboard as d
from oa_desk.domain.enums import OPEN_TICKET_STATUSES, AudienceTier, TaskKind
from oa_desk.domain.kpis import rag as kpi_rag
from oa_desk.domain.support import CHINA_TZ, WorkClock, sla_for_all
from oa_desk.exchange.current import department_paths
from oa_desk.services import adoption, training
from oa_desk.services import dashboard as lines
from oa_desk.services import plan as plan_service
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore
from oa_desk.store.tickets import sla_inputs

__all__ = [
    "adoption_curves",
    "kpi_bars",
    "load_figures",
    "risk_bars",
    "schedule_health",
    "support_figures",
    "tier_coverage",
]

TOP_RISKS = 8
TREND_WEEKS = 12
MOST_CURVES = 6  # departments on the adoption chart (the most recently live first)


def schedule_health(store: PlanStore, status_date: dt.date) -> d.ScheduleHealth:
    """Late tasks, critical tasks slipping and the finish variance against the newest
    baseline (in working days of the plan's calendar), over leaf tasks and milestones."""
    from oa_desk.services.schedule import build_scheduler, load_calendar
    from oa_desk.services.schedule.warm import warm_schedule

    child = aliased(m.Task)
    leaf = ~exists().where(child.parent_id == m.Task.id)
    b = m.BaselineTask
    with store.read() as session:
        newest = session.scalar(
            select(m.Baseline.id).order_by(m.Baseline.created_at.desc(), m.Baseline.id.desc())
        )
        rows = session.execute(
            select(m.Task.id, m.Task.finish, m.Task.progress, b.finish)
            .outerjoin(b, and_(b.task_id == m.Task.id, b.baseline_id == (newest or 0)))
            .where(m.Task.kind != TaskKind.SUMMARY, leaf)
        ).all()
        days = [day for r in rows for day in (r[1], r[3]) if day is not None]
        span = (min(days), max(days)) if days else None
        calendar = load_calendar(session, span=span)
    # The Timeline's live scheduler when it is warm (no pass), else one full pass.
    critical = (warm_schedule(store) or build_scheduler(store).result()) if rows else None
    at = calendar.ordinal_at

    def variance(finish: dt.date | None, base: dt.date | None) -> int | None:
        if finish is None or base is None:
            return None
        return at(finish.toordinal() + 1) - at(base.toordinal() + 1)

    facts = (
        d.TaskFacts(
            finish,
            progress,
            critical is not None and tid in critical and critical[tid].critical,
            base,
            variance(finish, base),
        )
        for tid, finish, progress, base in rows
    )
    return d.schedule_health(facts, status_date)


def tier_coverage(store: PlanStore) -> tuple[d.TierCoverage, ...]:
    """Training's own coverage roll-up, totalled per tier."""
    matrix = training.coverage(store)
    out = []
    for tier in AudienceTier:
        cell = matrix.total(tier)
        out.append(d.TierCoverage(tier, cell.required, cell.trained, cell.passed))
    return tuple(out)


def _as_of(status_date: dt.date) -> dt.datetime:
    """The moment the SLA clocks are read: now, or the end of a status date in the past."""
    now = dt.datetime.now(dt.UTC)
    end = dt.datetime.combine(status_date, dt.time(23, 59), CHINA_TZ).astimezone(dt.UTC)
    return min(now, end)


def support_figures(store: PlanStore, status_date: dt.date) -> d.SupportFigures:
    """Open tickets, those past an SLA target, and opened/resolved per week."""
    from oa_desk.services.schedule import load_calendar

    t = m.Ticket
    open_states = [s.value for s in OPEN_TICKET_STATUSES]
    with store.read() as session:
        conn = session.connection()
        tickets, events = sla_inputs(conn)
        status = {i: s for i, s in session.execute(select(t.id, t.status))}
        if not tickets:
            return d.SupportFigures(0, 0)
        first = min(created for _i, _p, created, _f, _r in tickets).date()
        now = _as_of(status_date)
        calendar = load_calendar(session, span=(first, max(now.date(), first) + dt.timedelta(1)))
    open_ids = {i for i, s in status.items() if getattr(s, "value", s) in open_states}
    open_tickets = [row for row in tickets if row[0] in open_ids]
    open_events = [e for e in events if e[0] in open_ids]
    sla = sla_for_all(WorkClock(calendar), open_tickets, open_events, now)
    breached = sum(1 for s in sla.values() if s.breached)
    this_week = d.week_start(now.astimezone(CHINA_TZ).date())
    weeks = tuple(this_week - dt.timedelta(weeks=k) for k in range(TREND_WEEKS - 1, -1, -1))
    local = [(c.astimezone(CHINA_TZ).date(), r) for _i, _p, c, _f, r in tickets]
    opened = d.weekly_counts((c for c, _r in local), weeks)
    resolved = d.weekly_counts(
        (r.astimezone(CHINA_TZ).date() for _c, r in local if r is not None), weeks
    )
    return d.SupportFigures(len(open_ids), breached, weeks, tuple(opened), tuple(resolved))


def risk_bars(store: PlanStore, most: int = TOP_RISKS) -> tuple[d.RiskBar, ...]:
    live, _overdue = lines.risk_lines(store)
    return tuple(d.RiskBar(r.title, r.probability, r.impact) for r in live[:most])


def kpi_bars(store: PlanStore) -> tuple[d.KpiBar, ...]:
    return tuple(d.KpiBar(k.name, k.progress, kpi_rag(k.state)) for k in lines.kpi_lines(store))


def adoption_curves(store: PlanStore, most: int = MOST_CURVES) -> tuple[d.AdoptionCurve, ...]:
    """Each department's active-user rate by day since its go-live (its own, else its
    wave's planned one), the most recently live departments first."""
    a, dep, w = m.AdoptionSnapshot, m.Department, m.Wave
    series: dict[int, list[tuple[dt.date, float]]] = defaultdict(list)
    with store.read() as session:
        for dept_id, day, active, total in session.execute(
            select(a.department_id, a.day, a.active_users, a.total_users).order_by(a.day)
        ):
            if total:
                series[dept_id].append((day, min(1.0, active / total)))
        if not series:
            return ()
        info = {
            r.id: (r.name, r.actual_go_live or r.planned_go_live)
            for r in session.execute(
                select(dep.id, dep.name, dep.actual_go_live, w.planned_go_live)
                .outerjoin(w, w.id == dep.wave_id)
                .where(dep.id.in_(list(series)))
            )
        }
        rows = session.execute(select(dep.id, dep.parent_id, dep.name))
        paths = department_paths((i, p, n) for i, p, n in rows)
    target = adoption.targets(store).active_rate  # the scorecard's own target
    curves = []
    ids: dict[int, int] = {}  # id() of a curve -> its department
    for dept_id, points in series.items():
        name, go_live = info.get(dept_id, ("", None))
        curve = d.AdoptionCurve(
            name,
            tuple(p[0] for p in points),
            tuple(p[1] for p in points),
            go_live,
            target,
        ).after_go_live()
        if curve.days:
            curves.append(curve)
            ids[id(curve)] = dept_id
    curves.sort(key=lambda c: (-(c.go_live or dt.date.min).toordinal(), c.department))
    shown = curves[:most]
    # Told apart in the legend: a name that repeats (产品研发部 in three companies)
    # gets its parent's name, and so on up its path.
    labels = d.distinct_labels([paths.get(ids[id(c)], c.department) for c in shown])
    return tuple(replace(c, department=label) for c, label in zip(shown, labels, strict=True))


def load_figures(store: PlanStore, *, today: dt.date | None = None) -> d.DashboardFigures:
    """Every figure of the dashboard, as of the plan's status date."""
    status = plan_service.status_date(store) if today is None else today
    return d.DashboardFigures(
        status,
        schedule_health(store, status),
        tier_coverage(store),
        support_figures(store, status),
        risk_bars(store),
        kpi_bars(store),
        adoption_curves(store),
    )
