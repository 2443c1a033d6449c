"""``oa-desk export PLAN faq.xlsx --faq``: the knowledge base as an FAQ sheet."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from oa_desk.services.demo import generate_demo
from tests.e2e.test_cli import oa_desk


def test_the_faq_sheet_from_the_command_line(tmp_path: Path) -> None:
    plan = tmp_path / "示例.oadesk"
    generate_demo(plan, seed=21)
    before = plan.read_bytes()
    book = tmp_path / "常见问题.xlsx"
    result = oa_desk("export", str(plan), str(book), "--faq")
    assert result.returncode == 0, result.stderr
    assert "knowledge-base articles" in result.stderr
    ws = openpyxl.load_workbook(book).active
    assert ws is not None
    assert ws["A1"].value == "问题 Question" and ws.max_row > 10
    modules = {ws.cell(r, 3).value for r in range(2, ws.max_row + 1)}
    assert "other" not in modules and "其他" in modules  # labels, never codes
    assert plan.read_bytes() == before
