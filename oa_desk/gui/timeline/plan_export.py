"""Timeline exports of a plan: the job for the chart exporter, and the PDF for the CLI."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from oa_desk.domain.calendar import WorkCalendar
from oa_desk.gui.timeline.export import ChartSettings, ExportJob, ExportTable, PageSetup
from oa_desk.gui.timeline.gantt import ChartLink, ZoomLevel
from oa_desk.services.timeline import TimelineData, TimelineRow, load_timeline

translate = QCoreApplication.translate


def table_headers() -> list[str]:
    return [
        translate("TimelineExport", "ID"),
        translate("TimelineExport", "WBS"),
        translate("TimelineExport", "Task"),
        translate("TimelineExport", "Start"),
        translate("TimelineExport", "Finish"),
        translate("TimelineExport", "Duration"),
    ]


def _cells(row: TimelineRow) -> list[str]:
    return [
        str(row.id),
        row.wbs,
        row.name,
        row.start.isoformat() if row.start else "",
        row.finish.isoformat() if row.finish else "",
        str(row.duration),
    ]


def calendar(data: TimelineData) -> WorkCalendar:
    return WorkCalendar(data.weekdays, data.exceptions)


def job_from_rows(
    rows: Sequence[TimelineRow],
    data: TimelineData,
    chart: Any = None,
    *,
    today: dt.date,
    settings: ChartSettings | None = None,
) -> ExportJob:
    """The rows as shown (expanded and filtered), with the chart's look when given."""
    from oa_desk.gui.timeline.rows import chart_row

    shown = {r.id for r in rows}
    critical = {r.id for r in rows if r.critical}
    links = [
        ChartLink(k.pred, k.succ, k.type, k.pred in critical and k.succ in critical)
        for k in data.links
        if k.pred in shown and k.succ in shown
    ]
    if settings is None:
        settings = (
            ChartSettings.from_chart(chart, today=today)
            if chart is not None
            else ChartSettings(
                zoom=ZoomLevel.WEEKS,
                today=today,
                go_live=data.go_live,
                calendar=calendar(data),
            )
        )
    return ExportJob(
        rows=[chart_row(r, today) for r in rows],
        links=links,
        table=ExportTable(table_headers(), [_cells(r) for r in rows], indent_column=2),
        title=data.plan_name,
        settings=settings,
    )


def levels_note(levels: int) -> str:
    """The header's note that lower outline levels are left out."""
    if levels == 1:
        return translate("TimelineExport", "Level 1 only")
    return translate("TimelineExport", "Levels 1–{levels} only").format(levels=levels)


def limit_levels(job: ExportJob, levels: int | None) -> ExportJob:
    """The job with only the rows of outline levels 1..``levels`` (their links too),
    and a note saying so in every page's header; None or 0: the job as it is."""
    if not levels or all(row.level < levels for row in job.rows):
        return job
    keep = [i for i, row in enumerate(job.rows) if row.level < levels]
    rows = [job.rows[i] for i in keep]
    shown = {row.task_id for row in rows}
    cells = job.table.cells
    return replace(
        job,
        rows=rows,
        links=[k for k in job.links if k.pred in shown and k.succ in shown],
        table=replace(job.table, cells=[cells[i] for i in keep if i < len(cells)]),
        note=levels_note(levels),
    )


def export_plan_pdf(
    store: Any,
    path: Path | str,
    *,
    page_size: str = "A4",
    landscape: bool = True,
    levels: int | None = None,
) -> int:
    """The Timeline of a plan as a multi-page PDF (outline levels 1..``levels``, or
    all); returns the page count."""
    from oa_desk.gui.timeline.export import ensure_gui_application, export_pdf

    store.refuse_if_unsound(f"cannot export to {Path(path).name}")
    ensure_gui_application()
    data = load_timeline(store)
    rows = data.rows if not levels else [r for r in data.rows if r.level < levels]
    job = job_from_rows(rows, data, today=dt.date.today())
    if levels and len(rows) < len(data.rows):
        job = replace(job, note=levels_note(levels))
    return export_pdf(job, path, PageSetup(size=page_size, landscape=landscape))
