"""The Timeline PDF as a reader sees it: dates in words, whole weeks, no lone rows."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontMetrics, QImage, QPainter

from oa_desk.gui.dates import format_long_date
from oa_desk.gui.timeline.export import (
    ChartSettings,
    ExportJob,
    ExportTable,
    PageSetup,
    _layout,
    export_pdf,
)
from oa_desk.gui.timeline.gantt import ZoomLevel
from oa_desk.gui.timeline.plan_export import limit_levels
from tests.gantt_data import synthetic_plan, table_for

needs_poppler = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="needs poppler's pdftotext (poppler-utils)"
)


def _job(tasks: int = 40) -> ExportJob:
    rows, links = synthetic_plan(tasks, span_days=120)
    headers, cells = table_for(rows)
    return ExportJob(
        rows,
        links,
        ExportTable(headers, cells, indent_column=2),
        title="计划",
        settings=ChartSettings(today=dt.date(2025, 5, 1), go_live=dt.date(2025, 6, 2)),
    )


@pytest.fixture
def locale() -> Iterator[Any]:
    before = QLocale()
    yield QLocale.setDefault
    QLocale.setDefault(before)


def test_long_dates() -> None:
    assert format_long_date(dt.date(2026, 1, 2), chinese=True) == "2026年1月2日"
    assert format_long_date(dt.date(2026, 1, 2), chinese=False) == "2 Jan 2026"
    assert format_long_date(dt.date(2026, 12, 31), chinese=False) == "31 Dec 2026"


@needs_poppler
@pytest.mark.parametrize(
    ("language", "span", "go_live"),
    [
        (
            QLocale.Language.Chinese,
            r"\d{4}年\d{1,2}月\d{1,2}日 – \d{4}年\d{1,2}月\d{1,2}日",
            "2025年6月2日",
        ),
        (
            QLocale.Language.English,
            r"\d{1,2} [A-Z][a-z]{2} \d{4} – \d{1,2} [A-Z][a-z]{2} \d{4}",
            "2 Jun 2025",
        ),
    ],
)
def test_pdf_dates_are_written_in_the_locale(
    qapp: Any, tmp_path: Path, locale: Any, language: Any, span: str, go_live: str
) -> None:
    locale(QLocale(language))
    path = tmp_path / "plan.pdf"
    export_pdf(_job(), path, PageSetup("A4", landscape=True, fit_width_pages=1))
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    flat = " ".join(text.split())
    assert re.search(span, flat), flat[:300]
    assert go_live in flat


def test_pdf_defaults_to_a4() -> None:
    assert PageSetup().size == "A4"


def test_the_chart_starts_on_a_monday(qapp: Any) -> None:
    for tasks in (10, 25, 40):
        lay = _layout(_job(tasks), 1400, 900, PageSetup())
        assert dt.date.fromordinal(lay.first).weekday() == 0


def test_no_page_holds_a_single_row(qapp: Any) -> None:
    # A page of 10 rows (title 26 + header 34 + 10 x 18 px): 21 rows would leave one alone.
    for n in (11, 21, 31, 20, 9):
        lay = _layout(_job(n), 1400, 26 + 34 + 18 * 10, PageSetup())
        rows = len(_job(n).rows)
        last = rows - (lay.blocks - 1) * lay.rows_per_page
        assert lay.rows_per_page <= 10
        assert last >= 2 or rows == 1, (n, lay.rows_per_page, lay.blocks)
        assert lay.blocks == -(-rows // 10)  # no more pages than needed


@pytest.mark.parametrize(
    ("zoom", "fit"), [(ZoomLevel.DAYS, None), (ZoomLevel.WEEKS, None), (ZoomLevel.DAYS, 3)]
)
def test_every_page_across_starts_on_a_whole_week(qapp: Any, zoom: Any, fit: int | None) -> None:
    """Issue 10: a page across the dates began inside a week (its first week column cut)."""
    rows, links = synthetic_plan(30, span_days=400)
    headers, cells = table_for(rows)
    job = ExportJob(
        rows, links, ExportTable(headers, cells, indent_column=2), settings=ChartSettings(zoom=zoom)
    )
    lay = _layout(job, 1400, 900, PageSetup(fit_width_pages=fit))
    assert lay.slices > 1
    if fit:
        assert lay.slices == fit
    week_w = 7 * lay.renderer.px_per_day
    for slice_ in range(1, lay.slices):
        weeks = slice_ * lay.chart_w / week_w
        assert abs(weeks - round(weeks)) * week_w < 1.0 * slice_, (slice_, weeks)


def _pages_labels(job: ExportJob, page_w: int = 1000, page_h: int = 700) -> list[list[Any]]:
    """Each page's bar labels as painted: (x, text, width) in the page's chart window."""
    lay = _layout(job, page_w, page_h, PageSetup())
    height = 34 + len(job.rows) * 18
    metrics = QFontMetrics(lay.font)
    out = []
    for slice_ in range(lay.slices):
        x_off = slice_ * lay.chart_w
        width = min(lay.chart_w, lay.label_w - x_off)
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        lay.renderer.paint(painter, width, height, x_off, 0)
        painter.end()
        labels = lay.renderer.stats.labels
        out.append([(x, text, metrics.horizontalAdvance(text), width) for x, _y, text in labels])
    return out


def test_bar_labels_stay_whole_inside_each_page(qapp: Any) -> None:
    """Review: labels were cut at a page's edges ("切换" left over from the page
    before, "流程优化迭" at the right) and long names were printed whole nowhere."""
    rows, links = synthetic_plan(40, span_days=200)
    long_name = "制定需求调研计划与访谈提纲并组织各事业部负责人逐一确认访谈时间" * 3
    rows[5] = replace(rows[5], name=long_name)
    rows[-1] = replace(rows[-1], name="开通服务热线与支持邮箱并公布到各部门")
    rows[1] = replace(rows[1], start=rows[0].start, finish=rows[-1].finish)  # across every page
    headers, cells = table_for(rows)
    job = ExportJob(rows, links, ExportTable(headers, cells, indent_column=2))
    pages = _pages_labels(job)
    assert len(pages) > 1
    for page, labels in enumerate(pages):
        for x, text, w, width in labels:
            assert x >= 0 and x + w <= width, (page, x, w, width, text)
    texts = [text for labels in pages for _x, text, _w, _width in labels]
    assert "开通服务热线与支持邮箱并公布到各部门" in texts  # the last task's label, whole
    assert any(t.startswith("◀ ") for t in texts[len(pages[0]) :])  # continued bars named
    assert any(t.endswith("…") and long_name.startswith(t[:-1]) for t in texts)
    # every label is its task's name, whole, or shortened with …, or "◀ name…"
    names = {r.name for r in rows}
    for t in texts:
        bare = t.removeprefix("◀ ")
        assert bare in names or any(n.startswith(bare.removesuffix("…")) for n in names), t


@needs_poppler
def test_a_level_limit_prints_the_upper_levels_and_says_so(qapp: Any, tmp_path: Path) -> None:
    """Review: the 21,000-task plan's Timeline ran to 2,965 pages with no way to
    print only its upper outline levels."""
    job = _job(80)
    upper = limit_levels(job, 2)
    assert upper.rows and all(row.level < 2 for row in upper.rows)
    assert len(upper.rows) == len(upper.table.cells) < len(job.rows)
    kept = {row.task_id for row in upper.rows}
    assert all(k.pred in kept and k.succ in kept for k in upper.links)
    assert limit_levels(job, None) is job and limit_levels(job, 9) is job  # nothing left out
    path = tmp_path / "upper.pdf"
    export_pdf(upper, path, PageSetup("A4"))
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert "Levels 1–2 only" in text


def test_a_portrait_page_keeps_room_for_the_names(qapp: Any) -> None:
    """Review: portrait squeezed task names to about two characters (项目准…)."""
    rows, links = synthetic_plan(40, span_days=200)
    rows = [replace(r, name=r.name + "：制定需求调研计划与访谈提纲") for r in rows]
    headers, cells = table_for(rows)
    job = ExportJob(rows, links, ExportTable(headers, cells, indent_column=2))
    a4_portrait = 718  # 190 mm at 96 per inch
    lay = _layout(job, a4_portrait, 1000, PageSetup(landscape=False))
    metrics = QFontMetrics(lay.font)
    assert lay.columns[2] - 10 - 2 * 12 >= metrics.horizontalAdvance("制定需求调研计划与访谈")
    assert lay.chart_w >= 100 and lay.table_w + lay.chart_w <= a4_portrait
    landscape = _layout(job, 1046, 700, PageSetup())
    assert landscape.columns[2] >= lay.columns[2]  # landscape gives it at least as much


def test_time_scale_labels_are_whole_or_not_drawn(qapp: Any) -> None:
    """Review: the month before the first week showed as a stub (月, 26, 026) at
    the chart's left edge, and a week number was cut at its right edge."""
    rows, links = synthetic_plan(30, span_days=300, start=dt.date(2025, 3, 27))
    headers, cells = table_for(rows)
    job = ExportJob(rows, links, ExportTable(headers, cells, indent_column=2))
    lay = _layout(job, 1000, 700, PageSetup())
    metrics = QFontMetrics(lay.font)
    assert lay.slices > 1
    for slice_ in range(lay.slices):
        x_off = slice_ * lay.chart_w
        width = min(lay.chart_w, lay.label_w - x_off)
        image = QImage(width, 100, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        lay.renderer.paint(painter, width, 100, x_off, 0)
        painter.end()
        header = lay.renderer.stats.header
        assert header
        for x, text in header:
            assert x >= 0 and x + metrics.horizontalAdvance(text) <= width, (slice_, x, text)


@needs_poppler
def test_an_empty_plan_prints_a_page_wide_chart_that_says_so(qapp: Any, tmp_path: Path) -> None:
    """Review: an empty plan drew a chart 1.5 weeks wide, its labels cut off."""
    job = ExportJob([], [], ExportTable(["ID", "Task"], []), title="空计划")
    lay = _layout(job, 1000, 700, PageSetup())
    assert lay.table_w + lay.chart_w >= 1000 - 7 * lay.renderer.px_per_day
    path = tmp_path / "empty.pdf"
    assert export_pdf(job, path, PageSetup()) == 1
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert "No scheduled tasks to show" in text
