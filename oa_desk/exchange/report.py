"""The weekly status report workbook, written from plain data (no database here).

Sheets: Summary (status, days to go-live, milestones with RAG, KPI progress,
top risks, support figures), Gantt (a bar per task across week columns,
milestones marked ◆, hierarchy indented), Training coverage by department and
tier (with a native bar chart), Open tickets (with a weekly trend line chart)
and Risks. Colours come from :mod:`oa_desk.domain.colours`; every coloured
cell also carries a label (RAG words, ◆, phase names), never colour alone.
Codes (phase, tier, risk category and status, ticket status) appear as their
labels in the report's language. Print set-up (:mod:`.printing`): A4
landscape, one page wide, header rows repeated, the Gantt's WBS and task
columns on every page; it is set before the first row, because a write-only
sheet writes its properties with the first row (set later, the ``fitToPage``
flag was lost and LibreOffice printed the report at full size). Charts sit at
the top of their sheet, inside the first page.

A management summary at any plan size (issue 10, :mod:`.report_summary`): the
Summary lists the late and next milestones, the Training sheet the top-level
departments, the Open tickets sheet the first 200, each cut list followed by an
"and K more" line. The full lists are on hidden detail sheets ("… 明细
Detail"), so printing the workbook prints the summary (7 pages for the demo,
19 for the large demo in LibreOffice, was 238); unhidden, they print one page
wide with their header repeated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from oa_desk.domain.colours import MILESTONE, PHASE, PHASE_LIGHT, RAG, RAG_LIGHT
from oa_desk.domain.enums import Phase
from oa_desk.exchange.cells import local_time, safe_row, safe_value
from oa_desk.exchange.labels import enum_label
from oa_desk.exchange.printing import print_setup
from oa_desk.exchange.progress import Job, ensure_job
from oa_desk.exchange.report_summary import (
    ALL_TIERS,
    MILESTONES_SHOWN,
    TICKETS_SHOWN,
    key_milestones,
)
from oa_desk.exchange.workbook import HEADER_FILL, HEADER_FONT, atomic_save

__all__ = ["GanttRow", "ReportData", "write_report_workbook"]

RAG_LABEL = {"green": "绿 Green", "amber": "黄 Amber", "red": "红 Red"}


@dataclass(frozen=True)
class GanttRow:
    id: int
    wbs: str
    level: int
    name: str
    phase: str
    kind: str
    start: dt.date | None
    finish: dt.date | None
    progress: int


@dataclass
class ReportData:
    plan_name: str
    organisation: str
    today: dt.date
    go_live: dt.date | None
    status: str  # overall RAG: green, amber, red
    progress: int  # percent of work done
    # (name, date, progress, rag)
    milestones: list[tuple[str, dt.date | None, int, str]] = field(default_factory=list)
    # (name, unit, baseline, target, actual, percent of the way, rag)
    kpis: list[tuple[str, str, float | None, float | None, float | None, float | None, str]] = (
        field(default_factory=list)
    )
    # (title, category, probability, impact, score, owner, status, mitigation)
    risks: list[tuple[str, str, int, int, int, str, str, str]] = field(default_factory=list)
    support: dict[str, Any] = field(default_factory=dict)  # label -> figure
    gantt: list[GanttRow] = field(default_factory=list)
    # (department, tier, people, enrolled, attended, passed): top-level departments
    coverage: list[tuple[str, str, int, int, int, int]] = field(default_factory=list)
    # (number, title, priority, status, department, assignee, created, age in days)
    open_tickets: list[tuple[str, str, str, str, str, str, dt.datetime, int]] = field(
        default_factory=list
    )
    # (week start, created, resolved, open at the end of the week)
    ticket_trend: list[tuple[dt.date, int, int, int]] = field(default_factory=list)
    # the same for every department (the full tree), on a detail sheet
    coverage_detail: list[tuple[str, str, int, int, int, int]] = field(default_factory=list)


def _fill(hex_colour: str) -> PatternFill:
    return PatternFill("solid", fgColor=hex_colour.lstrip("#").upper())


def _cell(
    ws: Any,
    value: Any,
    *,
    bold: bool = False,
    fill: str | None = None,
    colour: str | None = None,
    indent: int = 0,
    fmt: str | None = None,
) -> Any:
    value = safe_value(ws, value)
    cell = value if hasattr(value, "font") else WriteOnlyCell(ws, value)
    if bold or colour:
        cell.font = Font(bold=bold, color=colour.lstrip("#") if colour else None)
    if fill:
        cell.fill = _fill(fill)
    if indent:
        cell.alignment = Alignment(indent=min(indent, 15))
    if fmt:
        cell.number_format = fmt
    return cell


def _header(ws: Any, titles: Sequence[str]) -> None:
    cells = []
    for title in titles:
        cell = WriteOnlyCell(ws, title)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cells.append(cell)
    ws.append(cells)


def _row(ws: Any, values: Sequence[Any]) -> None:
    """Append a row with every user text injection-safe (the one writer of cells)."""
    ws.append(safe_row(ws, values))


def _print_setup(ws: Any, title_rows: str | None, title_cols: str | None = None) -> None:
    """Before the sheet's first row (see the module doc)."""
    print_setup(ws, title_rows=title_rows, title_cols=title_cols)


DETAIL = "明细 Detail"


def _more(ws: Any, shown: int, total: int, where: str) -> None:
    """The "and K more" line under a list cut at ``shown`` rows."""
    if total > shown:
        k = total - shown
        text = f"… 另有 {k:,} 项，见隐藏工作表 and {k:,} more on the hidden sheet {where} {DETAIL}"
        _row(ws, [_cell(ws, text, bold=True)])


def _detail_sheet(
    wb: Workbook,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    formats: dict[int, str] | None = None,
) -> None:
    """The full list behind a summary: hidden, so printing the workbook prints the
    summary (unhide it from the sheet tabs to read or print it), set to print
    one page wide with its header repeated. No print area: LibreOffice prints a
    hidden sheet that has one (Excel and WPS skip hidden sheets either way)."""
    ws: Any = wb.create_sheet(f"{title} {DETAIL}"[:31])
    ws.sheet_state = "hidden"
    _widths(ws, widths)
    _print_setup(ws, "1:1")
    ws.freeze_panes = "A2"
    _header(ws, headers)
    for values in rows:
        cells = list(values)
        for col, fmt in (formats or {}).items():
            if cells[col] is not None:
                cells[col] = _cell(ws, cells[col], fmt=fmt)
        _row(ws, cells)


def _risk_rows(data: ReportData, language: str | None) -> list[tuple[Any, ...]]:
    return [
        (
            title,
            enum_label("RiskCategory", cat, language),
            p,
            i,
            score,
            owner,
            enum_label("RiskStatus", status, language),
            mitigation,
        )
        for title, cat, p, i, score, owner, status, mitigation in data.risks
    ]


def _widths(ws: Any, widths: Sequence[float]) -> None:
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width


def _rag(ws: Any, rag: str) -> Any:
    return _cell(
        ws, RAG_LABEL.get(rag, rag), fill=RAG_LIGHT.get(rag), colour=RAG.get(rag), bold=True
    )


def _summary(wb: Workbook, data: ReportData, language: str | None) -> None:
    ws: Any = wb.create_sheet("概要 Summary")
    _widths(ws, (34, 16, 14, 14, 14, 16, 14, 40))
    _print_setup(ws, None)
    _row(ws, [_cell(ws, f"{data.plan_name} — 周报 Weekly status", bold=True)])
    _row(ws, [data.organisation, f"{data.today:%Y-%m-%d}"])
    _row(ws, [])
    days = (data.go_live - data.today).days if data.go_live else None
    _row(ws, ["总体状态 Overall status", _rag(ws, data.status)])
    _row(ws, ["完成进度 Progress", _cell(ws, data.progress / 100, fmt="0%")])
    _row(ws, ["目标上线 Target go-live", data.go_live])
    _row(ws, ["距上线天数 Days to go-live", days])
    _row(ws, [])
    _row(ws, [_cell(ws, "里程碑：逾期与即将到期 Milestones: late and next", bold=True)])
    _header(ws, ["名称 Name", "日期 Date", "进度 Progress", "状态 RAG"])
    shown = key_milestones(data.milestones, data.today, MILESTONES_SHOWN)
    for name, day, progress, rag in shown:
        _row(ws, [name, day, _cell(ws, progress / 100, fmt="0%"), _rag(ws, rag)])
    _more(ws, len(shown), len(data.milestones), MILESTONE_SHEET)
    _row(ws, [])
    _row(ws, [_cell(ws, "KPI 进展 KPI progress", bold=True)])
    _header(
        ws,
        [
            "指标 KPI",
            "单位 Unit",
            "基线 Baseline",
            "目标 Target",
            "实际 Actual",
            "达成 Achieved",
            "状态 RAG",
        ],
    )
    for name, unit, base, target, actual, pct, rag in data.kpis:
        _row(
            ws,
            [
                name,
                unit,
                base,
                target,
                actual,
                _cell(ws, pct, fmt="0%") if pct is not None else None,
                _rag(ws, rag),
            ],
        )
    _row(ws, [])
    _row(ws, [_cell(ws, "主要风险 Top risks", bold=True)])
    _header(
        ws,
        [
            "风险 Risk",
            "类别 Category",
            "可能性 P",
            "影响 I",
            "分值 Score",
            "负责人 Owner",
            "状态 Status",
            "缓解措施 Mitigation",
        ],
    )
    for title, cat, p, i, score, owner, status, mitigation in _risk_rows(data, language)[:5]:
        rag = "red" if score >= 15 else "amber" if score >= 8 else "green"
        _row(
            ws, [title, cat, p, i, _cell(ws, score, fill=RAG_LIGHT[rag]), owner, status, mitigation]
        )
    _row(ws, [])
    _row(ws, [_cell(ws, "支持情况 Support", bold=True)])
    for label, value in data.support.items():
        _row(ws, [label, value])


MILESTONE_SHEET = "里程碑 Milestones"
COVERAGE_SHEET = "培训覆盖 Training"
TICKET_SHEET = "未结工单 Tickets"


def _milestone_detail(wb: Workbook, data: ReportData) -> None:
    if len(data.milestones) <= MILESTONES_SHOWN:
        return
    _detail_sheet(
        wb,
        MILESTONE_SHEET,
        ["名称 Name", "日期 Date", "进度 Progress", "状态 RAG"],
        [(n, d, p / 100, RAG_LABEL.get(r, r)) for n, d, p, r in data.milestones],
        (50, 14, 12, 14),
        {2: "0%"},
    )


def _gantt(wb: Workbook, data: ReportData, job: Job, language: str | None) -> None:
    ws: Any = wb.create_sheet("甘特图 Gantt")
    _print_setup(ws, "1:1", "A:B")  # WBS and task names on every page
    dated = [r for r in data.gantt if r.start or r.finish]
    first = min((r.start or r.finish for r in dated), default=data.today)  # type: ignore[type-var]
    last = max((r.finish or r.start for r in dated), default=data.today)  # type: ignore[type-var]
    assert first is not None and last is not None
    week0 = first - dt.timedelta(days=first.weekday())
    weeks = [week0 + dt.timedelta(weeks=w) for w in range(((last - week0).days // 7) + 1)][:156]
    _widths(ws, (8, 44, 12, 11, 11, 7, *([3.2] * len(weeks))))
    ws.freeze_panes = "G2"
    header = ["WBS", "任务 Task", "阶段 Phase", "开始 Start", "完成 Finish", "进度 %"]
    _header(ws, header + [f"{w:%m-%d}" for w in weeks])
    legend = {p: f"{p.value}" for p in Phase}
    job.stage("Writing the Gantt sheet", len(data.gantt))
    for row in data.gantt:
        job.advance()
        phase = Phase(row.phase) if row.phase in legend else Phase.PREPARE
        cells: list[Any] = [
            row.wbs,
            _cell(ws, row.name, indent=row.level - 1, bold=row.kind == "summary"),
            _cell(ws, enum_label(Phase, phase.value, language), fill=PHASE_LIGHT[phase]),
            row.start,
            row.finish,
            row.progress,
        ]
        for week in weeks:
            end = week + dt.timedelta(days=6)
            if row.kind == "milestone" and row.start and week <= row.start <= end:
                cells.append(_cell(ws, "◆", colour=MILESTONE, bold=True))
            elif row.start and row.finish and row.start <= end and row.finish >= week:
                mark = "█" if row.kind != "summary" else "▬"
                cells.append(_cell(ws, mark, fill=PHASE[phase], colour=PHASE[phase]))
            else:
                cells.append(None)
        _row(ws, cells)
    _row(ws, [])
    _row(
        ws,
        [
            "图例 Legend",
            "█ 任务 task, ▬ 摘要 summary, ◆ 里程碑 milestone; "
            "颜色=阶段 colour = phase: "
            + " / ".join(enum_label(Phase, p.value, language) for p in Phase),
        ],
    )


_COVERAGE_HEADERS = (
    "部门 Department",
    "层级 Tier",
    "人数 People",
    "报名 Enrolled",
    "出勤 Attended",
    "通过 Passed",
    "覆盖率 Coverage",
)
_CHART_BARS = 40
_COVERAGE_WIDTHS = (36, 14, 10, 10, 10, 10, 12)


def _coverage_rows(
    rows: Sequence[tuple[str, str, int, int, int, int]], language: str | None
) -> list[list[Any]]:
    out: list[list[Any]] = []
    for dept, tier, people, enrolled, attended, passed in rows:
        pct = attended / people if people else 0.0
        label = "全部 All" if tier == ALL_TIERS else enum_label("AudienceTier", tier, language)
        out.append([dept, label, people, enrolled, attended, passed, pct])
    return out


def _coverage(wb: Workbook, data: ReportData, language: str | None) -> None:
    ws: Any = wb.create_sheet(COVERAGE_SHEET)
    _widths(ws, _COVERAGE_WIDTHS)
    _print_setup(ws, "1:1")
    _header(ws, _COVERAGE_HEADERS)
    for values in _coverage_rows(data.coverage, language):
        pct = values[-1]
        rag = "green" if pct >= 0.9 else "amber" if pct >= 0.6 else "red"
        _row(ws, [*values[:-1], _cell(ws, pct, fmt="0%", fill=RAG_LIGHT[rag])])
    n = len(data.coverage)
    if 0 < n <= _CHART_BARS:  # more bars than that cannot be read
        chart = BarChart()
        chart.type = "bar"
        chart.title = "培训覆盖 Training coverage"
        chart.y_axis.title = "人数 People"
        chart.add_data(
            Reference(ws, min_col=3, max_col=5, min_row=1, max_row=n + 1), titles_from_data=True
        )
        chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=n + 1))
        chart.height, chart.width = 10, 20
        ws.add_chart(chart, "I2")
    if data.coverage_detail and data.coverage_detail != data.coverage:
        _row(ws, [])
        note = "按顶层部门汇总，各部门见隐藏工作表 By top-level department; every department "
        _row(ws, [_cell(ws, f"{note}on the hidden sheet {COVERAGE_SHEET} {DETAIL}")])
        _detail_sheet(
            wb,
            COVERAGE_SHEET,
            _COVERAGE_HEADERS,
            _coverage_rows(data.coverage_detail, language),
            _COVERAGE_WIDTHS,
            {6: "0%"},
        )


_TICKET_HEADERS = (
    "工单号 Number",
    "标题 Title",
    "优先级 Priority",
    "状态 Status",
    "部门 Department",
    "处理人 Assignee",
    "创建 Created",
    "天数 Age",
)


def _tickets(wb: Workbook, data: ReportData, language: str | None) -> None:
    ws: Any = wb.create_sheet("未结工单 Open tickets")
    _widths(ws, (12, 40, 8, 12, 24, 14, 17, 8, 3, 12, 10, 10, 10))
    _print_setup(ws, "1:1")
    _header(
        ws,
        [
            *_TICKET_HEADERS,
            "",
            "周 Week",
            "新建 Created",
            "解决 Resolved",
            "未结 Open",
        ],
    )
    trend = data.ticket_trend
    shown = data.open_tickets[:TICKETS_SHOWN]  # by priority, then the oldest first
    rows = max(len(shown), len(trend))
    for i in range(rows):
        left: list[Any] = [local_time(v) for v in shown[i]] if i < len(shown) else [None] * 8
        if left[3] is not None:
            left[3] = enum_label("TicketStatus", left[3], language)
        if left[2] in ("P1", "P2"):
            left[2] = _cell(ws, left[2], fill=RAG_LIGHT["red"], bold=True)
        right: list[Any] = list(trend[i]) if i < len(trend) else []
        _row(ws, [*left, None, *right])
    if trend:
        chart = LineChart()
        chart.title = "工单趋势 Ticket trend"
        chart.add_data(
            Reference(ws, min_col=11, max_col=13, min_row=1, max_row=len(trend) + 1),
            titles_from_data=True,
        )
        chart.set_categories(Reference(ws, min_col=10, min_row=2, max_row=len(trend) + 1))
        chart.height, chart.width = 9, 18
        ws.add_chart(chart, "O2")
    _more(ws, len(shown), len(data.open_tickets), TICKET_SHEET)
    if len(data.open_tickets) > len(shown):
        _detail_sheet(
            wb,
            TICKET_SHEET,
            _TICKET_HEADERS,
            [
                [
                    *(local_time(v) for v in t[:3]),
                    enum_label("TicketStatus", t[3], language),
                    *(local_time(v) for v in t[4:]),
                ]
                for t in data.open_tickets
            ],
            (12, 40, 8, 12, 24, 14, 17, 8),
        )


def _risks(wb: Workbook, data: ReportData, language: str | None) -> None:
    ws: Any = wb.create_sheet("风险 Risks")
    _widths(ws, (36, 14, 8, 8, 8, 14, 12, 50))
    _print_setup(ws, "1:1")
    _header(
        ws,
        [
            "风险 Risk",
            "类别 Category",
            "可能性 P",
            "影响 I",
            "分值 Score",
            "负责人 Owner",
            "状态 Status",
            "缓解措施 Mitigation",
        ],
    )
    for title, cat, p, i, score, owner, status, mitigation in _risk_rows(data, language):
        rag = "red" if score >= 15 else "amber" if score >= 8 else "green"
        _row(
            ws, [title, cat, p, i, _cell(ws, score, fill=RAG_LIGHT[rag]), owner, status, mitigation]
        )


def write_report_workbook(
    path: Path | str, data: ReportData, job: Job | None = None, language: str | None = "zh_CN"
) -> None:
    """Write the weekly report workbook atomically; codes as labels in ``language``."""
    job = ensure_job(job)
    job.stage("Writing the report")
    wb = Workbook(write_only=True)
    _summary(wb, data, language)
    _gantt(wb, data, job, language)
    _coverage(wb, data, language)
    _tickets(wb, data, language)
    _risks(wb, data, language)
    _milestone_detail(wb, data)
    job.stage("Saving")
    with atomic_save(Path(path)) as tmp:
        wb.save(tmp)
