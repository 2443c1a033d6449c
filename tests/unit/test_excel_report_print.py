"""The weekly report in the report's language, and a print set-up printers obey."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from oa_desk.domain import enums as E
from oa_desk.exchange.labels import LABELS
from oa_desk.services import excel
from tests.unit.excel_fixtures import make_plan


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("report")
    store = make_plan(tmp / "p.oadesk")
    out = {}
    try:
        for language in ("zh_CN", "en"):
            out[language] = tmp / f"report-{language}.xlsx"
            excel.write_report(store, out[language], today=dt.date(2026, 4, 1), language=language)
    finally:
        store.close()
    return out


_CODES = {
    code
    for enum in (E.Phase, E.AudienceTier, E.RiskCategory, E.RiskStatus, E.TicketStatus)
    for code in (m.value for m in enum)
}


def _texts(path: Path) -> set[str]:
    wb = openpyxl.load_workbook(path)
    return {
        c.value
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str)
    }


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_no_code_appears_only_labels(reports: dict[str, Path], language: str) -> None:
    texts = _texts(reports[language])
    assert not texts & _CODES
    zh = language == "zh_CN"
    phase = LABELS["Phase"]["prepare"][0 if zh else 1]
    tier = LABELS["AudienceTier"]["key_user"][0 if zh else 1]
    assert phase in texts and tier in texts


def test_every_sheet_prints_one_page_wide_with_titles(reports: dict[str, Path]) -> None:
    wb = openpyxl.load_workbook(reports["zh_CN"])
    for ws in wb.worksheets:
        assert ws.sheet_properties.pageSetUpPr.fitToPage is True, ws.title
        setup = ws.page_setup
        assert (setup.orientation, setup.paperSize) == ("landscape", 9), ws.title
        tall = 1 if ws.title == "概要 Summary" else 0  # the summary: one page
        assert (setup.fitToWidth, setup.fitToHeight) == (1, tall), ws.title
    gantt = wb["甘特图 Gantt"]
    assert gantt.print_title_rows == "$1:$1"
    assert gantt.print_title_cols == "$A:$B"  # task names on every page
    for title in ("培训覆盖 Training", "未结工单 Open tickets"):
        (chart,) = wb[title]._charts
        assert chart.anchor._from.row <= 2  # at the top: inside the first page
