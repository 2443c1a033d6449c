"""The weekly report workbook: sheets, labels beside colours, native charts, print set-up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from oa_desk.services import excel
from tests.unit.excel_fixtures import make_plan


def test_report_workbook(tmp_path: Path) -> None:
    store = make_plan(tmp_path / "p.oadesk")
    try:
        path = tmp_path / "report.xlsx"
        excel.write_report(store, path, today=dt.date(2026, 4, 1))
    finally:
        store.close()
    wb = openpyxl.load_workbook(path)
    assert [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"] == [
        "概要 Summary",
        "甘特图 Gantt",
        "培训覆盖 Training",
        "未结工单 Open tickets",
        "风险 Risks",
    ]
    # 会计科 is rolled up under 财务部; the full tree on a hidden detail sheet
    assert [ws.title for ws in wb.worksheets if ws.sheet_state == "hidden"] == [
        "培训覆盖 Training 明细 Detail"
    ]
    summary = {r[0]: r[1] for r in wb["概要 Summary"].iter_rows(values_only=True) if r and r[0]}
    assert summary["距上线天数 Days to go-live"] == 90
    assert summary["总体状态 Overall status"] in ("绿 Green", "黄 Amber", "红 Red")
    gantt = wb["甘特图 Gantt"]
    assert gantt["B3"].value == "需求调研" and gantt["B3"].alignment.indent == 1
    marks = {c.value for row in gantt.iter_rows(min_row=2, min_col=7) for c in row}
    assert "◆" in marks and "█" in marks
    assert gantt.print_title_rows == "$1:$1"
    assert gantt.page_setup.orientation == "landscape" and gantt.page_setup.fitToWidth == 1
    import zipfile

    with zipfile.ZipFile(path) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) == 2  # coverage bar chart and ticket trend line chart
