"""Gantt export: PNG, multi-page PDF with Chinese text, and the print path.

The PDF checks read the file back with poppler's ``pdfinfo``, ``pdffonts`` and
``pdftotext`` (Debian/Ubuntu package ``poppler-utils``); without them those
tests are skipped with that reason.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtPrintSupport import QPrinter

from oa_desk.gui.timeline.export import (
    ChartSettings,
    ExportJob,
    ExportTable,
    PageSetup,
    PrintPreview,
    ensure_gui_application,
    export_pdf,
    export_png,
    page_count,
    paint_pages,
    render_image,
)
from oa_desk.gui.timeline.gantt import GanttChart, ZoomLevel
from tests.gantt_data import synthetic_plan, table_for

POPPLER = all(shutil.which(tool) for tool in ("pdfinfo", "pdffonts", "pdftotext"))
needs_poppler = pytest.mark.skipif(
    not POPPLER, reason="needs poppler's pdfinfo/pdffonts/pdftotext (apt package poppler-utils)"
)
PLAN_NAME = "集团 OA 推广计划"
# 户 and 广 share their glyphs with 戶 and the radical ⼴, which Qt's PDF text map
# would report instead (export.repair_pdf_text_map puts the drawn ones back).
CHINESE_NAME = "关键用户培训"


def _job(tasks: int = 150, **settings: Any) -> ExportJob:
    rows, links = synthetic_plan(tasks, span_days=200)
    headers, cells = table_for(rows)
    return ExportJob(
        rows,
        links,
        ExportTable(headers, cells, indent_column=2),
        title=PLAN_NAME,
        settings=ChartSettings(
            today=dt.date(2025, 5, 1),
            go_live=dt.date(2025, 6, 2),
            show_critical=True,
            show_baseline=True,
            **settings,
        ),
    )


def _pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", *pages, str(path), "-"],
        capture_output=True,
        check=True,
    )
    return out.stdout.decode("utf-8")


def _pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@needs_poppler
def test_pdf_has_several_pages_and_chinese_text_with_embedded_fonts(
    qapp: Any, tmp_path: Path
) -> None:
    job = _job()
    path = tmp_path / "plan.pdf"
    pages = export_pdf(job, path, PageSetup("A4", landscape=True))
    assert pages >= 2
    assert _pdf_pages(path) == pages == page_count(job, PageSetup("A4", landscape=True))
    text = _pdf_text(path)
    assert CHINESE_NAME in text
    assert PLAN_NAME in text
    assert "戶" not in text and "⼴" not in text
    assert "任务名称" in text  # the column header, repeated on every page
    assert text.count("任务名称") == pages
    for page in (1, 2, pages):
        on_page = _pdf_text(path, page)
        assert f"Page {page} of {pages}" in on_page
        assert PLAN_NAME in on_page and "任务名称" in on_page
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = [line.split() for line in fonts.stdout.splitlines()[2:]]
    assert rows and all("yes" in row[-5:-3] for row in rows)  # every font embedded
    # a CJK font: the system's, or the one OA Desk ships (resources/fonts)
    assert any(n in row[0] for row in rows for n in ("CJK", "Hei", "OADeskSansSC"))


@needs_poppler
@pytest.mark.parametrize(("size", "landscape"), [("A3", False), ("Letter", True)])
def test_page_size_and_orientation_are_applied(
    qapp: Any, tmp_path: Path, size: str, landscape: bool
) -> None:
    path = tmp_path / "plan.pdf"
    export_pdf(_job(60), path, PageSetup(size, landscape=landscape))
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    line = next(line for line in info.splitlines() if line.startswith("Page size:"))
    width, height = (float(v) for v in line.split()[2:5:2])
    assert (width > height) == landscape
    expected = {"A3": (842, 1191), "Letter": (612, 792)}[size]
    assert sorted((round(width), round(height))) == sorted(expected)


def test_dates_split_across_pages_and_fit_to_width(qapp: Any) -> None:
    job = _job(30, zoom=ZoomLevel.DAYS)
    across = page_count(job, PageSetup("A4"))
    fitted = page_count(job, PageSetup("A4", fit_width_pages=1))
    assert across > fitted == 1  # 30 rows fit one page tall; days zoom needs several wide
    two_wide = page_count(job, PageSetup("A4", fit_width_pages=2))
    assert two_wide == 2


def test_rows_split_down_the_pages(qapp: Any) -> None:
    one = page_count(_job(20), PageSetup("A3", landscape=False, fit_width_pages=1))
    many = page_count(_job(600), PageSetup("A3", landscape=False, fit_width_pages=1))
    assert one == 1 and many > 5


def test_png_has_the_columns_and_the_whole_chart(qapp: Any, tmp_path: Path) -> None:
    job = _job(40)
    path = tmp_path / "plan.png"
    size = export_png(job, path)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (size.width(), size.height())
    assert image.height() >= 40 * 18
    double = render_image(job, scale=2.0)
    assert abs(double.width() - 2 * size.width()) <= 2
    # not blank: phase colours are in the chart
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    }
    assert len(colours) > 5


def test_png_of_a_date_range_is_narrower(qapp: Any) -> None:
    job = _job(40)
    whole = render_image(job)
    part = render_image(
        ExportJob(
            job.rows,
            job.links,
            job.table,
            job.title,
            ChartSettings(date_from=dt.date(2025, 3, 1), date_to=dt.date(2025, 3, 31)),
        )
    )
    assert part.width() < whole.width()
    assert part.height() == whole.height()


def test_too_large_a_png_is_refused_with_advice(qapp: Any) -> None:
    with pytest.raises(ValueError, match="PDF"):
        render_image(_job(3_000))


def test_unknown_page_size_is_refused(qapp: Any, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="A4"):
        export_pdf(_job(10), tmp_path / "x.pdf", PageSetup("B5"))


@needs_poppler
def test_printing_uses_the_same_page_renderer(qapp: Any, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    path = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(path))
    printer.setPageLayout(PageSetup("A4").page_layout())
    job = _job()
    pages = paint_pages(printer, job)
    assert pages == page_count(job, PageSetup("A4"))
    assert _pdf_pages(path) == pages
    # printing is not post-processed: check text whose glyphs are not shared
    assert "任务名称" in _pdf_text(path)


def test_print_preview_dialog_is_wired(qtbot: Any) -> None:
    dialog = PrintPreview(_job(30))
    qtbot.addWidget(dialog)
    painted: list[int] = []
    dialog.paintRequested.connect(lambda _printer: painted.append(1))
    assert dialog.receivers("2paintRequested(QPrinter*)") >= 2
    assert dialog.windowTitle() == "Print Timeline"


def test_settings_copied_from_a_live_chart(qtbot: Any) -> None:
    chart = GanttChart()
    qtbot.addWidget(chart)
    chart.set_zoom(ZoomLevel.MONTHS)
    chart.set_colour_mode("status")
    chart.set_show_critical(True)
    chart.set_go_live(dt.date(2025, 6, 30))
    settings = ChartSettings.from_chart(chart, date_from=dt.date(2025, 1, 1))
    assert settings.zoom == ZoomLevel.MONTHS
    assert settings.colour_mode == "status"
    assert settings.show_critical and not settings.show_baseline
    assert settings.go_live == dt.date(2025, 6, 30)
    assert settings.date_from == dt.date(2025, 1, 1)
    assert settings.calendar is chart.calendar()


def test_export_paints_on_white_paper_in_dark_mode(qapp: Any) -> None:
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    old = app.palette()
    dark = app.palette()
    dark.setColor(dark.ColorRole.Base, QColor("#151515"))
    app.setPalette(dark)
    try:
        image = render_image(_job(10))
    finally:
        app.setPalette(old)
    assert image.pixelColor(image.width() - 3, image.height() - 3).name() == "#ffffff"


def test_ensure_gui_application_reuses_the_running_one(qapp: Any) -> None:
    assert ensure_gui_application() is qapp


HEADLESS = r"""
import sys
from oa_desk.gui.timeline.export import ExportJob, ExportTable, ensure_gui_application, export_pdf
from tests.gantt_data import synthetic_plan, table_for
app = ensure_gui_application()
print(app.platformName())
rows, links = synthetic_plan(120)
headers, cells = table_for(rows)
print(export_pdf(ExportJob(rows, links, ExportTable(headers, cells, 2), "命令行导出"), sys.argv[1]))
"""


@needs_poppler
def test_headless_export_needs_no_display(tmp_path: Path) -> None:
    """What ``oa-desk export PLAN FILE.pdf`` does: no window, no platform chosen beforehand."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    path = tmp_path / "cli.pdf"
    result = subprocess.run(
        [sys.executable, "-c", HEADLESS, str(path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    platform, pages = result.stdout.split()
    if sys.platform.startswith("linux"):
        assert platform == "offscreen"
    assert int(pages) >= 2 and _pdf_pages(path) == int(pages)
    assert "命令行导出" in _pdf_text(path)
