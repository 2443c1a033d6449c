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
"and K more" line naming the sheet of the workbook file that has the full list.
Those detail sheets ("… 明细 Detail") are hidden, so printing the workbook
prints the summary (the Summary on one page; 7-8 pages for the demo, 16 for
the large demo in LibreOffice, was 238); unhidden, they print one page wide
with their header repeated. Column widths and header heights are measured from
the rows (:mod:`.report_layout`).
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
from oa_desk.exchange.report_layout import SheetRows, rotated_height
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
    # (name, unit, baseline, target, actual, share of the way, rag: domain.kpis.rag)
    kpis: list[
        tuple[str, str, float | None, float | None, float | None, float | None, str | None]
    ] = field(default_factory=list)
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


def _header(ws: Any, titles: Sequence[str], rotated_from: int | None = None) -> None:
    cells = []
    for i, title in enumerate(titles):
        cell = WriteOnlyCell(ws, title)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        if rotated_from is not None and i >= rotated_from:  # upright, read bottom to top
            cell.alignment = Alignment(text_rotation=90, horizontal="center", vertical="bottom")
        else:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        cells.append(cell)
    ws.append(cells)


def _write(
    ws: Any,
    rows: SheetRows,
    widths: Sequence[float],
    title_rows: str | None,
    title_cols: str | None = None,
    rotated_from: int | None = None,
    pages_tall: int = 0,
) -> None:
    """Widths and print set-up, then the rows, each header row as tall as its titles
    need (a write-only sheet writes widths with its first row, a height with its row)."""
    _widths(ws, widths)
    _print_setup(ws, title_rows, title_cols)
    ws.page_setup.fitToHeight = pages_tall  # 0: as many pages as the rows need
    for n, (is_header, values) in enumerate(rows.entries, start=1):
        if is_header:
            plain = values if rotated_from is None else values[:rotated_from]
            height = rows.header_height(plain, widths)
            if rotated_from is not None:
                height = max(height, rotated_height(values[rotated_from:]))
            ws.row_dimensions[n].height = height
            _header(ws, values, rotated_from)
        else:
            _row(ws, values)


def _row(ws: Any, values: Sequence[Any]) -> None:
    """Append a row with every user text injection-safe (the one writer of cells)."""
    ws.append(safe_row(ws, values))


def _print_setup(ws: Any, title_rows: str | None, title_cols: str | None = None) -> None:
    """Before the sheet's first row (see the module doc)."""
    print_setup(ws, title_rows=title_rows, title_cols=title_cols)


DETAIL = "明细 Detail"


def _more(ws: Any, rows: SheetRows, shown: int, total: int, where: str) -> None:
    """The "and K more" line under a list cut at ``shown`` rows; it names the sheet
    of the workbook file that has them all (hidden: a printed report does not)."""
    if total > shown:
        k = total - shown
        text = (
            f"… 另有 {k:,} 项未列出，完整列表见工作簿文件中的工作表“{where} {DETAIL}” "
            f"and {k:,} more, listed in full on the workbook's sheet {where} {DETAIL}"
        )
        rows.row([_cell(ws, text, bold=True)])


def _detail_sheet(
    wb: Workbook,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    floors: Sequence[float],
    caps: Sequence[float],
    formats: dict[int, str] | None = None,
) -> None:
    """The full list behind a summary: hidden, so printing the workbook prints the
    summary (unhide it from the sheet tabs to read or print it), set to print
    one page wide with its header repeated. No print area: LibreOffice prints a
    hidden sheet that has one (Excel and WPS skip hidden sheets either way)."""
    ws: Any = wb.create_sheet(f"{title} {DETAIL}"[:31])
    ws.sheet_state = "hidden"
    ws.freeze_panes = "A2"
    out = SheetRows()
    out.header(headers)
    for values in rows:
        cells = list(values)
        for col, fmt in (formats or {}).items():
            if cells[col] is not None:
                cells[col] = _cell(ws, cells[col], fmt=fmt)
        out.row(cells)
    _write(ws, out, out.widths(floors, caps), "1:1")


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


def _rag(ws: Any, rag: str | None) -> Any:
    if rag is None:  # cannot be judged (a KPI not measured yet)
        return "—"
    return _cell(
        ws, RAG_LABEL.get(rag, rag), fill=RAG_LIGHT.get(rag), colour=RAG.get(rag), bold=True
    )


_RISK_HEADERS = (
    "风险 Risk",
    "类别 Category",
    "可能性 P",
    "影响 I",
    "分值 Score",
    "负责人 Owner",
    "状态 Status",
    "缓解措施 Mitigation",
)
_RISK_FLOORS = (24, 10, 6, 6, 6, 10, 10, 24)
_RISK_CAPS = (44, 20, 10, 10, 10, 20, 16, 60)


def _risk_cells(ws: Any, risk: tuple[Any, ...]) -> list[Any]:
    title, cat, p, i, score, owner, status, mitigation = risk
    rag = "red" if score >= 15 else "amber" if score >= 8 else "green"
    return [title, cat, p, i, _cell(ws, score, fill=RAG_LIGHT[rag]), owner, status, mitigation]


def _summary(wb: Workbook, data: ReportData, language: str | None) -> None:
    ws: Any = wb.create_sheet("概要 Summary")
    out = SheetRows()
    out.row([_cell(ws, f"{data.plan_name} — 周报 Weekly status", bold=True)])
    out.row([data.organisation, f"{data.today:%Y-%m-%d}"])
    out.row([])
    days = (data.go_live - data.today).days if data.go_live else None
    out.row(["总体状态 Overall status", _rag(ws, data.status)])
    out.row(["完成进度 Progress", _cell(ws, data.progress / 100, fmt="0%")])
    out.row(["目标上线 Target go-live", data.go_live])
    out.row(["距上线天数 Days to go-live", days])
    out.row([])
    out.row([_cell(ws, "里程碑：逾期与即将到期 Milestones: late and next", bold=True)])
    out.header(["名称 Name", "日期 Date", "进度 Progress", "状态 RAG"])
    shown = key_milestones(data.milestones, data.today, MILESTONES_SHOWN)
    for name, day, progress, rag in shown:
        out.row([name, day, _cell(ws, progress / 100, fmt="0%"), _rag(ws, rag)])
    _more(ws, out, len(shown), len(data.milestones), MILESTONE_SHEET)
    out.row([])
    out.row([_cell(ws, "KPI 进展 KPI progress", bold=True)])
    out.header(
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
    for name, unit, base, target, actual, pct, health in data.kpis:
        out.row(
            [
                name,
                unit,
                base,
                target,
                actual,
                _cell(ws, pct, fmt="0%") if pct is not None else None,
                _rag(ws, health),
            ],
        )
    out.row([])
    out.row([_cell(ws, "主要风险 Top risks", bold=True)])
    out.header(_RISK_HEADERS)
    for risk in _risk_rows(data, language)[:5]:
        out.row(_risk_cells(ws, risk))
    out.row([])
    out.row([_cell(ws, "支持情况 Support", bold=True)])
    for label, value in data.support.items():
        out.row([label, value])
    # One column holds the milestones' names, the KPIs' and the risks' titles; the
    # titles and notes of one cell run on over the empty cells beside them.
    widths = out.widths(_SUMMARY_FLOORS, _SUMMARY_CAPS, table_only=True)
    _write(ws, out, widths, None, pages_tall=1)  # a summary: one page


_SUMMARY_FLOORS = (28, 12, 12, 12, 12, 12, 12, 24)
_SUMMARY_CAPS = (44, 20, 16, 16, 16, 20, 16, 60)


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
        (30, 12, 10, 10),
        (60, 14, 14, 14),
        {2: "0%"},
    )


def week_labels(weeks: Sequence[dt.date]) -> list[str]:
    """The Gantt's week columns: month-day, with the year on the first week and on
    the first week of each new year."""
    return [
        f"{w:%Y-%m-%d}" if i == 0 or w.year != weeks[i - 1].year else f"{w:%m-%d}"
        for i, w in enumerate(weeks)
    ]


def _gantt(wb: Workbook, data: ReportData, job: Job, language: str | None) -> None:
    ws: Any = wb.create_sheet("甘特图 Gantt")
    dated = [r for r in data.gantt if r.start or r.finish]
    first = min((r.start or r.finish for r in dated), default=data.today)  # type: ignore[type-var]
    last = max((r.finish or r.start for r in dated), default=data.today)  # type: ignore[type-var]
    assert first is not None and last is not None
    week0 = first - dt.timedelta(days=first.weekday())
    weeks = [week0 + dt.timedelta(weeks=w) for w in range(((last - week0).days // 7) + 1)][:156]
    ws.freeze_panes = "G2"
    header = ["WBS", "任务 Task", "阶段 Phase", "开始 Start", "完成 Finish", "进度 %"]
    out = SheetRows()
    out.header(header + week_labels(weeks))
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
        out.row(cells)
    out.row([])
    legend_text = (  # under the task names, running on over the empty cells beside them
        "图例 Legend: █ 任务 task, ▬ 摘要 summary, ◆ 里程碑 milestone; 颜色=阶段 colour = phase: "
        + " / ".join(enum_label(Phase, p.value, language) for p in Phase)
    )
    out.row([None, legend_text])
    table = SheetRows([e for e in out.entries if e[0] or len(e[1]) > 2])  # not the legend
    widths = table.widths((6, 24, 8, 11, 11, 6), (14, 50, 14, 12, 12, 8))
    # WBS and task names on every page; the weeks' labels upright in narrow columns
    _write(ws, out, [*widths, *([3.2] * len(weeks))], "1:1", "A:B", rotated_from=len(header))


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
_COVERAGE_FLOORS = (20, 10, 8, 8, 8, 8, 9)
_COVERAGE_CAPS = (50, 18, 12, 12, 12, 12, 12)


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
    out = SheetRows()
    out.header(_COVERAGE_HEADERS)
    for values in _coverage_rows(data.coverage, language):
        pct = values[-1]
        rag = "green" if pct >= 0.9 else "amber" if pct >= 0.6 else "red"
        out.row([*values[:-1], _cell(ws, pct, fmt="0%", fill=RAG_LIGHT[rag])])
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
    detail = data.coverage_detail and data.coverage_detail != data.coverage
    if detail:
        out.row([])
        note = (
            "按顶层部门汇总，各部门的数字见工作簿文件中的工作表"
            f"“{COVERAGE_SHEET} {DETAIL}” By top-level department; every department "
            f"on the workbook's sheet {COVERAGE_SHEET} {DETAIL}"
        )
        out.row([_cell(ws, note)])
    _write(ws, out, out.widths(_COVERAGE_FLOORS, _COVERAGE_CAPS, table_only=True), "1:1")
    if detail:
        _detail_sheet(
            wb,
            COVERAGE_SHEET,
            _COVERAGE_HEADERS,
            _coverage_rows(data.coverage_detail, language),
            _COVERAGE_FLOORS,
            _COVERAGE_CAPS,
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
_TICKET_FLOORS = (10, 24, 6, 8, 12, 8, 12, 6)
_TICKET_CAPS = (24, 50, 12, 16, 40, 20, 20, 10)


def _tickets(wb: Workbook, data: ReportData, language: str | None) -> None:
    ws: Any = wb.create_sheet("未结工单 Open tickets")
    out = SheetRows()
    out.header(
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
    for i in range(max(len(shown), len(trend))):
        left: list[Any] = [local_time(v) for v in shown[i]] if i < len(shown) else [None] * 8
        if left[3] is not None:
            left[3] = enum_label("TicketStatus", left[3], language)
        if left[2] in ("P1", "P2"):
            left[2] = _cell(ws, left[2], fill=RAG_LIGHT["red"], bold=True)
        right: list[Any] = list(trend[i]) if i < len(trend) else []
        out.row([*left, None, *right])
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
    _more(ws, out, len(shown), len(data.open_tickets), TICKET_SHEET)
    floors = (*_TICKET_FLOORS, 3, 10, 8, 8, 8)
    caps = (*_TICKET_CAPS, 3, 12, 14, 14, 12)
    _write(ws, out, out.widths(floors, caps, table_only=True), "1:1")
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
            _TICKET_FLOORS,
            _TICKET_CAPS,
        )


def _risks(wb: Workbook, data: ReportData, language: str | None) -> None:
    ws: Any = wb.create_sheet("风险 Risks")
    out = SheetRows()
    out.header(_RISK_HEADERS)
    for risk in _risk_rows(data, language):
        out.row(_risk_cells(ws, risk))
    _write(ws, out, out.widths(_RISK_FLOORS, _RISK_CAPS), "1:1")


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
