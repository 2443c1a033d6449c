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


def test_the_pdf_booklet_from_the_command_line_in_both_languages(tmp_path: Path) -> None:
    import shutil
    import subprocess

    import pytest

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    plan = tmp_path / "示例.oadesk"
    generate_demo(plan, seed=21)
    before = plan.read_bytes()
    texts = {}
    for lang in ("zh_CN", "en"):
        booklet = tmp_path / f"知识库-{lang}.pdf"
        result = oa_desk("export", str(plan), str(booklet), "--faq", "--lang", lang)
        assert result.returncode == 0, result.stderr
        assert "pages" in result.stderr and "knowledge-base articles" in result.stderr
        out = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(booklet), "-"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
            check=True,
        )
        texts[lang] = out.stdout
    zh, en = texts["zh_CN"], texts["en"]
    assert "知识库" in zh and "目录" in zh  # the booklet's own words, translated
    assert "其他" in zh and "Contents" not in zh  # module labels, never codes
    assert "Knowledge base" in en and "Contents" in en
    # Review: the English booklet's digits after Latin text copied out as blanks
    # ("as of   -   -"): the CJK font's 'locl' glyphs have no code point.
    import datetime as dt
    import re

    today = dt.date.today().isoformat()
    assert f"as of {today}" in " ".join(en.split())
    assert f"截至 {today}" in " ".join(zh.split())
    assert re.search(r"\b1 ?/ ?\d+\b", en)  # the page footer's numbers
    # The articles themselves are Chinese in either language: the CJK font drew them.
    assert "密码" in zh and "密码" in en
    assert plan.read_bytes() == before


def test_faq_to_another_format_is_a_usage_error(tmp_path: Path) -> None:
    from tests.e2e.test_cli import assert_clean_error

    plan = tmp_path / "plan.oadesk"
    generate_demo(plan, seed=21)
    result = oa_desk("export", str(plan), str(tmp_path / "faq.ics"), "--faq")
    assert_clean_error(result, 2)
    assert "--faq" in result.stderr and not (tmp_path / "faq.ics").exists()
