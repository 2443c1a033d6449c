"""The PDF status report: the Overview's headline figures and the dashboard's charts.

One read of the Overview (``services.plan``) and of the dashboard's figures
(``services.dashboard_data``); ``charts.status_report`` writes the A4 pages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from oa_desk.charts.status_report import ReportHeadline, ReportTexts, write_pdf
from oa_desk.services import dashboard_data
from oa_desk.services import plan as plan_service
from oa_desk.store.planfile import PlanStore

__all__ = ["FigureCaptions", "write_status_report"]


FigureCaptions = Callable[[plan_service.Overview], list[tuple[str, str]]]


def _english_captions(ov: plan_service.Overview) -> list[tuple[str, str]]:
    return [
        ("Departments", f"{ov.departments:,}"),
        ("People", f"{ov.people:,}"),
        ("Tasks", f"{ov.tasks:,}"),
        ("Open support tickets", f"{ov.open_tickets:,}"),
        ("Milestones reached", f"{ov.milestones_done:,}"),
    ]


def write_status_report(
    store: PlanStore,
    path: Path,
    texts: ReportTexts | None = None,
    *,
    captions: FigureCaptions = _english_captions,
    today: dt.date | None = None,
) -> int:
    """Write the status report of the plan as of its status date; returns the pages."""
    as_of = plan_service.status_date(store, today=today)
    ov = plan_service.load_overview(store, today=as_of)
    figures = dashboard_data.load_figures(store, today=as_of)
    s = figures.schedule
    rows = captions(ov)
    head = ReportHeadline(
        name=ov.name,
        organisation=ov.organisation,
        oa_product=ov.oa_product,
        go_live=ov.target_go_live,
        days_to_go_live=ov.days_to_go_live(as_of),
        figures=rows,
        milestones=[(m.name, m.day.isoformat() if m.day else "—") for m in ov.next_milestones],
    )
    texts = texts or ReportTexts()
    if s.tasks:  # the schedule's own numbers on the first page too
        head = replace(
            head,
            figures=[
                *head.figures,
                (texts.charts.late, f"{s.late:,}"),
                (texts.charts.critical_slipping, f"{s.critical_slipping:,}"),
            ],
        )
    return write_pdf(path, head, figures, texts)
