"""Gantt repaint: a full 1600×900 viewport at 1,000 / 20,000 / 100,000 tasks.

Targets (issue 3): with 20,000 tasks and 30,000 links a full repaint median at
most 8 ms, and the frame time at 100,000 tasks within 1.5x of that at 1,000
tasks (compared in the same run: the machines are noisy).

Each size is painted at several scroll positions spread over the whole plan,
scrolled horizontally to where that slice of the plan is (so every visible row
has its bar, label and arrows in view: the busy case), with critical path and
baselines on. Two figures per size: the widget's own repaint
(``viewport().repaint()``, through the backing store) and the painting engine
alone into a QImage. The sizes are measured round-robin, so that noise from a busy
machine falls on all of them alike and the 100k/1k ratio stays fair.

Run: ``QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.bench_gantt``
(or ``python -m tests.benchmarks.run bench_gantt``).
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import time
from collections.abc import Callable
from functools import partial

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from oa_desk.gui.timeline.gantt import GanttChart, ZoomLevel
from tests.benchmarks.common import report, verdict
from tests.gantt_data import synthetic_plan

SIZES = (1_000, 20_000, 100_000)
WIDTH, HEIGHT = 1600, 900
POSITIONS = 12
FRAMES_PER_POSITION = 4


def _chart(tasks: int) -> tuple[GanttChart, float]:
    rows, links = synthetic_plan(tasks, links_per_task=1.5, span_days=720)
    chart = GanttChart()
    chart.set_today(dt.date(2025, 9, 1))
    chart.set_go_live(dt.date(2025, 10, 8))
    chart.set_show_critical(True)
    chart.set_show_baseline(True)
    chart.set_zoom(ZoomLevel.DAYS)
    chart.show()
    # the viewport, not the widget, must be 1600×900
    chart.resize(WIDTH, HEIGHT)
    QApplication.processEvents()
    vp = chart.viewport()
    chart.resize(2 * WIDTH - vp.width(), 2 * HEIGHT - vp.height())
    QApplication.processEvents()
    started = time.perf_counter()
    chart.set_data(rows, links)
    loaded = time.perf_counter() - started
    assert (vp.width(), vp.height()) == (WIDTH, HEIGHT), (vp.width(), vp.height())
    return chart, loaded


def _positions(chart: GanttChart) -> list[tuple[int, dt.date]]:
    rows = chart.rows()
    rh = chart.row_height()
    out = []
    for k in range(POSITIONS):
        i = (len(rows) - 40) * k // (POSITIONS - 1)
        start = rows[i].start
        assert start is not None
        out.append((i * rh, start - dt.timedelta(days=3)))
    return out


def _measure(chart: GanttChart, paint: Callable[[], object]) -> list[float]:
    times = []
    for offset, date in _positions(chart):
        chart.set_vertical_offset(offset)
        chart.scroll_to_date(date)
        for _ in range(FRAMES_PER_POSITION):
            started = time.perf_counter()
            paint()
            times.append(time.perf_counter() - started)
    return times


ROUNDS = 5


def main() -> None:
    app = QApplication.instance() or QApplication([])
    charts: dict[int, GanttChart] = {}
    loaded: dict[int, float] = {}
    for tasks in SIZES:
        charts[tasks], loaded[tasks] = _chart(tasks)
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)

    def engine(chart: GanttChart) -> None:
        p = QPainter(image)
        chart.renderer.paint(
            p, WIDTH, HEIGHT, chart.horizontalScrollBar().value(), chart.vertical_offset()
        )
        p.end()

    for chart in charts.values():  # warm up: label cache, fonts, glyphs
        _measure(chart, chart.viewport().repaint)
    # Round-robin over the sizes so that machine noise hits them alike.
    widget: dict[int, list[float]] = {n: [] for n in SIZES}
    alone: dict[int, list[float]] = {n: [] for n in SIZES}
    for _ in range(ROUNDS):
        for tasks, chart in charts.items():
            widget[tasks] += _measure(chart, chart.viewport().repaint)
            alone[tasks] += _measure(chart, partial(engine, chart))

    rows = []
    med = {n: statistics.median(widget[n]) for n in SIZES}
    for tasks, chart in charts.items():
        stats = chart.renderer.stats
        rows.append(
            (
                f"{tasks:>7,} tasks / {int(tasks * 1.5):,} links",
                f"repaint median {med[tasks] * 1e3:5.2f} ms, p90 "
                f"{statistics.quantiles(widget[tasks], n=10)[-1] * 1e3:5.2f} ms "
                f"(engine alone {statistics.median(alone[tasks]) * 1e3:5.2f} ms; "
                f"{stats.bars_drawn} bars, {stats.links_drawn} links in the last frame; "
                f"set_data {loaded[tasks] * 1e3:.0f} ms)",
            )
        )
        chart.close()
    app.processEvents()
    ratio = med[100_000] / med[1_000]
    rows.append(("20,000 tasks target", f"<= 8 ms: {verdict(med[20_000] <= 0.008)}"))
    rows.append(("100k / 1k frame time", f"{ratio:.2f}x  target <= 1.5x: {verdict(ratio <= 1.5)}"))
    report(
        f"Gantt repaint of a {WIDTH}x{HEIGHT} viewport at day zoom, critical path and "
        f"baselines on ({POSITIONS} positions x {FRAMES_PER_POSITION} frames x {ROUNDS} "
        "rounds, sizes interleaved)",
        rows,
    )


if __name__ == "__main__":
    main()
