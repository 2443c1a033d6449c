"""The PDF status report: A4 pages, Chinese text kept as text with embedded fonts."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from oa_desk import cli
from oa_desk.charts.dashboard import DashboardTexts
from oa_desk.charts.status_report import ReportTexts
from oa_desk.services.demo import generate_demo
from oa_desk.services.status_report import write_status_report
from oa_desk.store.planfile import create_plan, open_plan

TODAY = dt.date(2026, 6, 8)
poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) not installed",
)


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def _fonts(pdf: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    return [line.split() for line in out.stdout.splitlines()[2:]]


def _page_sizes(pdf: Path) -> list[tuple[float, float]]:
    data = pdf.read_bytes().decode("latin-1")
    import re

    return [
        (float(w), float(h))
        for w, h in re.findall(r"/MediaBox \[ ?0 0 ([\d.]+) ([\d.]+) ?\]", data)
    ]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "demo.oadesk"
    generate_demo(path, today=TODAY)
    return path


@poppler
def test_a_chinese_report_has_its_words_as_text_and_its_fonts_embedded(
    demo_file: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "状态报告.pdf"
    texts = ReportTexts(
        title="项目状态报告",
        as_of="截至 {date}",
        charts=DashboardTexts(
            schedule="进度健康", risks="主要风险", support="支持：{open} 个未关闭"
        ),
    )
    with open_plan(demo_file, read_only=True) as store:
        pages = write_status_report(store, pdf, texts, today=TODAY)
    assert pages == 3
    sizes = _page_sizes(pdf)
    assert len(sizes) == 3 and all(abs(w - 595.4) < 1 and abs(h - 841.7) < 1 for w, h in sizes)
    text = _text(pdf)
    for words in ("项目状态报告", "截至 2026-06-08", "进度健康", "主要风险", "支持："):
        assert words in text
    fonts = _fonts(pdf)
    assert fonts and all(row[-5] == "yes" for row in fonts)  # every font embedded
    assert any("SC" in row[0] or "CJK" in row[0] or "Hei" in row[0] for row in fonts)


@poppler
def test_an_empty_plan_still_reports(tmp_path: Path) -> None:
    path = tmp_path / "empty.oadesk"
    create_plan(path, name="空计划")
    pdf = tmp_path / "empty.pdf"
    with open_plan(path, read_only=True) as store:
        assert write_status_report(store, pdf, today=TODAY) == 3
    text = _text(pdf)
    assert "空计划" in text and "No go-live date set" in text and "Nothing to show yet" in text


@poppler
def test_the_report_command_writes_a_pdf(demo_file: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "status.pdf"
    assert cli.main(["report", str(demo_file), str(pdf)]) == 0
    assert "Status report" in _text(pdf)


@poppler
def test_the_page_footer_keeps_clear_of_the_charts(demo_file: Path, tmp_path: Path) -> None:
    """The footer ("Page 2 of 3") sat on the last chart's x-axis tick labels."""
    import re

    pdf = tmp_path / "status.pdf"
    with open_plan(demo_file, read_only=True) as store:
        pages = write_status_report(store, pdf, today=TODAY)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    word = re.compile(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)')
    for number, page in enumerate(html.split("<page ")[1:], start=1):
        words = [(float(a), float(b), w) for a, b, w in word.findall(page)]
        footer = [w for w in words if w[2] == "Page"]
        assert footer, number
        top = min(w[0] for w in footer)
        lowest = max(w[1] for w in words if w[0] < top - 1)  # everything above the footer
        assert lowest < top - 4, (number, lowest, top)
    assert number == pages
