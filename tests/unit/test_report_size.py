"""The weekly report stays a management summary on a large plan (issue 10).

The old report listed every milestone on the Summary (3,017 rows on the large
demo), every department and tier on the Training sheet (8,697 rows) and every
open ticket: 238 printed pages. These tests count the rows and read the print
set-up with openpyxl.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from oa_desk.exchange.report import ReportData, write_report_workbook
from oa_desk.exchange.report_summary import (
    ALL_TIERS,
    MILESTONES_SHOWN,
    TICKETS_SHOWN,
    key_milestones,
    rollup_coverage,
    summary_departments,
)
from oa_desk.services import excel
from oa_desk.store.planfile import PlanStore
from tests.unit.excel_fixtures import make_plan

TODAY = dt.date(2026, 4, 1)


def test_key_milestones_late_first_then_next() -> None:
    day = dt.timedelta(days=1)
    ms = [
        (f"m{i}", TODAY + (i - 50) * day, 100 if i % 10 == 0 else 40, "amber") for i in range(100)
    ]
    ms.append(("undated", None, 0, "amber"))
    shown = key_milestones(ms, TODAY, 15)
    assert len(shown) == 15
    dates = [m[1] for m in shown]
    assert dates == sorted(dates)  # type: ignore[type-var]
    assert all(m[2] < 100 for m in shown)  # done ones only fill a short list
    assert shown[0][0] == "m1"  # the oldest late one first
    assert all(m[1] is not None and m[1] < TODAY for m in shown)  # 45 late ones come first
    # A small plan keeps every milestone, done and undated ones included.
    assert len(key_milestones(ms[:5] + ms[-1:], TODAY, 15)) == 6


def test_key_milestones_with_few_late_shows_the_next() -> None:
    ms = [("late", TODAY - dt.timedelta(days=3), 0, "red")] + [
        (f"next{i}", TODAY + dt.timedelta(days=i), 0, "green") for i in range(30)
    ]
    shown = key_milestones(ms, TODAY, 5)
    assert [m[0] for m in shown] == ["late", "next0", "next1", "next2", "next3"]


def test_summary_departments_below_a_single_root() -> None:
    rows = [(1, None, "总部"), (2, 1, "财务部"), (3, 2, "会计科"), (4, 1, "人事部")]
    assert summary_departments(rows) == {1: 1, 2: 2, 3: 2, 4: 4}
    # several roots: the roots themselves; a cycle does not hang
    rows = [(1, None, "A"), (2, None, "B"), (3, 2, "B1"), (5, 6, "x"), (6, 5, "y")]
    top = summary_departments(rows)
    assert top[1] == 1 and top[3] == 2 and top[5] in (5, 6)


def test_rollup_sums_per_top_department_and_collapses_tiers() -> None:
    top = {1: 1, 2: 2, 3: 2}
    names = {1: "总部", 2: "总部/财务部"}
    rows = [
        (2, "end_user", 5, 4, 3, 2),
        (3, "end_user", 10, 6, 5, 4),
        (None, "key_user", 1, 0, 0, 0),
    ]
    got = rollup_coverage(rows, top, names, "(none)")
    assert got == [("总部/财务部", "end_user", 15, 10, 8, 6), ("(none)", "key_user", 1, 0, 0, 0)]
    got = rollup_coverage([*rows, (3, "key_user", 2, 2, 2, 2)], top, names, "(none)", max_rows=2)
    assert got == [("总部/财务部", ALL_TIERS, 17, 12, 10, 8), ("(none)", ALL_TIERS, 1, 0, 0, 0)]


def _large_data() -> ReportData:
    day = dt.timedelta(days=1)
    milestones = [(f"里程碑 {i}", TODAY + (i - 1500) * day, 0, "amber") for i in range(3000)]
    coverage_detail = [
        (f"部门 {d}/科 {k}", tier, 10, 8, 6, 4)
        for d in range(50)
        for k in range(60)
        for tier in ("end_user", "key_user", "leadership")
    ]
    coverage = [(f"部门 {d}", ALL_TIERS, 1800, 1440, 1080, 720) for d in range(50)]
    created = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
    tickets = [
        (f"T{i:05d}", f"问题 {i}", "P3", "new", "部门 1", "", created, 31) for i in range(900)
    ]
    return ReportData(
        "大计划",
        "集团",
        TODAY,
        TODAY + 90 * day,
        "amber",
        40,
        milestones,
        coverage=coverage,
        open_tickets=tickets,
        ticket_trend=[(TODAY - w * 7 * day, 5, 4, 30) for w in range(20)][::-1],
        coverage_detail=coverage_detail,
    )


def _rows(ws: object) -> list[tuple[object, ...]]:
    return [r for r in ws.iter_rows(values_only=True) if any(v is not None for v in r)]  # type: ignore[attr-defined]


def test_a_large_plan_gives_a_short_report(tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    write_report_workbook(path, _large_data(), language="en")
    wb = openpyxl.load_workbook(path)
    summary = _rows(wb["概要 Summary"])
    assert len(summary) < 60  # was 3,000+ (every milestone)
    texts = [str(r[0]) for r in summary]
    assert any(f"and {3000 - MILESTONES_SHOWN:,} more" in t for t in texts)
    assert len(_rows(wb["培训覆盖 Training"])) <= 1 + 50 + 2  # was 9,001
    assert len(_rows(wb["未结工单 Open tickets"])) <= 1 + TICKETS_SHOWN + 1  # was 901
    visible = [ws for ws in wb.worksheets if ws.sheet_state == "visible"]
    assert [ws.title for ws in visible] == [
        "概要 Summary",
        "甘特图 Gantt",
        "培训覆盖 Training",
        "未结工单 Open tickets",
        "风险 Risks",
    ]
    details = [ws for ws in wb.worksheets if ws.sheet_state == "hidden"]
    assert {ws.title for ws in details} == {
        "培训覆盖 Training 明细 Detail",
        "未结工单 Tickets 明细 Detail",
        "里程碑 Milestones 明细 Detail",
    }
    full = {"培训覆盖 Training 明细 Detail": 9000, "未结工单 Tickets 明细 Detail": 900}
    full["里程碑 Milestones 明细 Detail"] = 3000
    for ws in details:  # the whole list, one page wide
        assert len(_rows(ws)) == 1 + full[ws.title]
        assert not ws.print_area  # with one, LibreOffice prints a hidden sheet
        assert ws.print_title_rows == "$1:$1"
    for ws in wb.worksheets:
        assert ws.sheet_properties.pageSetUpPr.fitToPage is True, ws.title
        setup = ws.page_setup
        assert (setup.orientation, setup.paperSize) == ("landscape", 9), ws.title
        tall = 1 if ws.title == "概要 Summary" else 0  # the summary: one page
        assert (setup.fitToWidth, setup.fitToHeight) == (1, tall), ws.title
    assert not wb["培训覆盖 Training"]._charts or len(_rows(wb["培训覆盖 Training"])) <= 41


def test_coverage_by_top_level_department_on_both_engines(
    tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]
) -> None:
    store = make_plan(tmp_path / "p.oadesk", open_on_engine)
    try:
        path = tmp_path / "report.xlsx"
        excel.write_report(store, path, today=TODAY, language="zh_CN")
    finally:
        store.close()
    wb = openpyxl.load_workbook(path)
    summary = {r[0] for r in _rows(wb["培训覆盖 Training"])}
    assert "总部/财务部/会计科" not in summary  # under its top-level department
    assert "总部/财务部" in summary
    detail = wb["培训覆盖 Training 明细 Detail"]
    assert detail.sheet_state == "hidden"
    assert "总部/财务部/会计科" in {r[0] for r in _rows(detail)}


@pytest.mark.parametrize("shown", [MILESTONES_SHOWN])
def test_a_small_plan_has_no_milestone_detail(tmp_path: Path, shown: int) -> None:
    data = _large_data()
    data.milestones = data.milestones[:shown]
    path = tmp_path / "r.xlsx"
    write_report_workbook(path, data, language="zh_CN")
    wb = openpyxl.load_workbook(path, read_only=True)
    assert "里程碑 Milestones 明细 Detail" not in wb.sheetnames


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdfinfo") is None,
    reason="needs LibreOffice (soffice) and poppler-utils (pdfinfo)",
)
def test_libreoffice_prints_the_large_report_on_few_pages(tmp_path: Path) -> None:
    """Printed as a whole, the report is the summary: the hidden detail sheets
    (13,000 rows here, hundreds of pages) are not printed."""
    path = tmp_path / "report.xlsx"
    write_report_workbook(path, _large_data(), language="zh_CN")
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "report.pdf")], capture_output=True, text=True, check=True
    ).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]
    assert pages <= 15, pages
