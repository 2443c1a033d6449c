"""The weekly report reads on paper: columns as wide as what they hold, header rows
as tall as their wrapped titles, week labels that fit their narrow columns, and
notes that are true once printed."""

from __future__ import annotations

import datetime as dt
from typing import Any

import openpyxl
import pytest

from oa_desk.exchange.report import GanttRow, ReportData, write_report_workbook
from oa_desk.exchange.report_layout import LINE_HEIGHT, header_lines
from oa_desk.exchange.workbook import display_width

TODAY = dt.date(2026, 12, 4)
HEADER = "DCE6F1"


def _data() -> ReportData:
    day = dt.timedelta(days=1)
    created = dt.datetime(2026, 12, 3, 0, 40, 35)
    tickets = [
        (
            f"OA20261203-{i:04d}",
            f"新员工没有 OA 账号 {i}",
            "P3",
            "new",
            "集团总部",
            "王婧",
            created,
            1,
        )
        for i in range(1, 260)
    ]
    gantt = [
        GanttRow(
            1, "1", 1, "项目准备阶段", "prepare", "summary", TODAY - 30 * day, TODAY + 60 * day, 40
        ),
        GanttRow(2, "1.1", 2, "召开项目启动会", "prepare", "milestone", TODAY, TODAY, 0),
    ]
    return ReportData(
        "华晟集团 OA 系统推广项目",
        "华晟实业集团有限公司",
        TODAY,
        TODAY + 53 * day,
        "amber",
        70,
        [(f"第 {i} 批上线评审（Go/No-Go）", TODAY + i * day, 0, "green") for i in range(40)],
        gantt=gantt,
        open_tickets=tickets,
        ticket_trend=[(TODAY - w * 7 * day, 5, 4, 30) for w in range(10)][::-1],
        coverage=[("集团总部/人力资源部", "end_user", 10, 8, 6, 4)],
        coverage_detail=[("集团总部/人力资源部/招聘科", "end_user", 10, 8, 6, 4)] * 2,
    )


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path = tmp_path_factory.mktemp("layout") / "report.xlsx"
    write_report_workbook(path, _data(), language="zh_CN")
    return openpyxl.load_workbook(path)


def _width(ws: Any, column: str) -> float:
    return float(ws.column_dimensions[column].width or 8.43)


def _is_header(cell: Any) -> bool:
    return str(cell.fill.fgColor.rgb).endswith(HEADER)


def test_columns_are_as_wide_as_their_values(book: Any) -> None:
    """Ticket numbers were cut to OA20261203-0 in a column 12 wide."""
    tickets = book["未结工单 Open tickets"]
    assert tickets["A2"].value == "OA20261203-0001"
    assert _width(tickets, "A") >= len("OA20261203-0001") + 1
    for ws in book.worksheets:
        weeks = ws.title.startswith("甘特图")
        for row in ws.iter_rows():
            filled = [c for c in row if c.value is not None]
            if len(filled) < 2 or _is_header(filled[0]):  # titles and notes run on
                continue
            for cell in filled:
                if weeks and cell.column > 6:
                    continue
                if cell.is_date:  # read back as datetimes: the format says what shows
                    need = 19 if "h" in cell.number_format else 10
                elif isinstance(cell.value, str):
                    need = display_width(cell.value)
                else:
                    continue
                assert _width(ws, cell.column_letter) >= min(need, 40), (ws.title, cell)


def test_header_rows_are_as_tall_as_their_wrapped_titles(book: Any) -> None:
    """Two-line bilingual headers ("人数 People" in a narrow column) showed one line."""
    seen = 0
    for ws in book.worksheets:
        for row in ws.iter_rows():
            if not row or not _is_header(row[0]):
                continue
            lines = max(
                header_lines(str(c.value), _width(ws, c.column_letter))
                for c in row
                if c.value and not c.alignment.textRotation
            )
            height = ws.row_dimensions[row[0].row].height
            assert height is not None and height >= lines * LINE_HEIGHT, (ws.title, row[0].row)
            seen += lines > 1
    assert seen  # some headers do wrap here
    assert header_lines("工单号 Number", 8) == 2 and header_lines("工单号 Number", 20) == 1


def test_gantt_week_labels_stand_upright_and_show_the_year(book: Any) -> None:
    """Labels 07-06 wrapped in 3.2-wide columns and spilled over the first task row."""
    gantt = book["甘特图 Gantt"]
    labels = [c for c in gantt[1][6:] if c.value]
    assert labels and all(c.alignment.textRotation == 90 for c in labels)
    assert not any(c.alignment.wrap_text for c in labels)
    longest = max(display_width(c.value) for c in labels)
    assert (gantt.row_dimensions[1].height or 0) >= longest * 6
    years = [c.value for c in labels if len(c.value) == 10]
    assert years[0].startswith("2026-") and any(y.startswith("2027-") for y in years)
    assert all(len(c.value) in (5, 10) for c in labels)  # mm-dd between the years


def test_printed_notes_do_not_point_to_what_does_not_print(book: Any) -> None:
    """The "and K more" lines said "on the hidden sheet": hidden sheets do not print."""
    texts = [
        str(c.value)
        for ws in book.worksheets
        if ws.sheet_state == "visible"
        for row in ws.iter_rows()
        for c in row
        if c.value
    ]
    notes = [t for t in texts if "more" in t or "every department" in t]
    assert len(notes) >= 3  # milestones, tickets, training
    for note in notes:
        assert "隐藏" not in note and "hidden" not in note, note
        assert "工作簿文件" in note and "workbook" in note, note
    summary = book["概要 Summary"]
    assert summary.page_setup.fitToHeight == 1  # a summary is one page
