"""Planned and actual progress of the whole plan, for the Overview's chart.

One read: every leaf task's span, work and progress, the newest baseline's
spans of the same tasks, the working calendar and the plan's dates. The
arithmetic is ``domain.metrics``'; the chart is ``charts.progress``'.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import exists, select
from sqlalchemy.orm import aliased

from oa_desk.domain.enums import TaskKind
from oa_desk.domain.metrics import ProgressSeries, WorkSpan, earned, planned_curve, sample_days
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore


def load_progress(store: PlanStore, *, status_date: dt.date, points: int = 60) -> ProgressSeries:
    """The planned, baseline and actual progress of the plan as of ``status_date``."""
    from oa_desk.services.schedule import load_calendar

    child = aliased(m.Task)
    leaf = ~exists().where(child.parent_id == m.Task.id)
    with store.read() as session:
        rows = session.execute(
            select(m.Task.id, m.Task.start, m.Task.finish, m.Task.duration, m.Task.progress).where(
                m.Task.kind == TaskKind.TASK, leaf, m.Task.start.is_not(None)
            )
        ).all()
        plan = session.execute(select(m.Plan.start_date, m.Plan.target_go_live)).first()
        newest = session.execute(
            select(m.Baseline.id, m.Baseline.name).order_by(
                m.Baseline.created_at.desc(), m.Baseline.id.desc()
            )
        ).first()
        base_rows: dict[int, tuple[dt.date, dt.date]] = {}
        if newest is not None:
            b = m.BaselineTask
            base_rows = {
                r.task_id: (r.start, r.finish)
                for r in session.execute(
                    select(b.task_id, b.start, b.finish).where(
                        b.baseline_id == newest.id, b.start.is_not(None), b.finish.is_not(None)
                    )
                )
            }
        spans = [
            WorkSpan(r.start, r.finish or r.start, max(r.duration, 1), r.progress) for r in rows
        ]
        go_live = plan.target_go_live if plan else None
        if not spans:
            return ProgressSeries((), (), None, "", status_date, 0.0, 0.0, go_live)
        first = min(s.start for s in spans)
        last = max(s.finish for s in spans)
        if plan and plan.start_date:
            first = min(first, plan.start_date)
        calendar = load_calendar(session, span=(first, last))
    base_spans = [
        WorkSpan(start, finish, max(r.duration, 1))
        for r in rows
        if (dates := base_rows.get(r.id)) is not None
        for start, finish in (dates,)
    ]
    if base_spans:
        first = min(first, min(s.start for s in base_spans))
        last = max(last, max(s.finish for s in base_spans))
    if status_date > first:  # the actual point is drawn at the status date
        last = max(last, status_date)
    days = sample_days(first, last, points)
    baseline = tuple(planned_curve(base_spans, calendar, days)) if base_spans else None
    return ProgressSeries(
        days=tuple(days),
        planned=tuple(planned_curve(spans, calendar, days)),
        baseline=baseline,
        baseline_name=newest.name if newest is not None and base_spans else "",
        status_date=status_date,
        expected=planned_curve(spans, calendar, [status_date])[0],
        actual=earned(spans),
        go_live=go_live,
    )
