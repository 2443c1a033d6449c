"""Dashboard benchmarks on the large demo plan (a script, not collected by pytest).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_dashboard.py \
        [--plan /tmp/large.oadesk]

The plan (20,000+ tasks, 50,000 people, 20,000 tickets) is copied (or generated when
missing). Figures, all measured in this run:

1. First paint of the Overview: from ``set_document`` until the page has painted
   its numbers (a synchronous repaint). Target <= 1 s.
2. Reading each chart's figures on the dashboard's worker thread, and the longest
   pause of the GUI thread's event loop meanwhile (a 1 ms timer's ticks), as a ratio
   to the longest read (which was the pause when the reads ran on the GUI thread).
3. Drawing each chart at 600 x 260 px (median of 3, after the progress chart's
   draw has imported matplotlib). Target <= 150 ms each; also as a ratio to the
   progress chart drawn warm at the same size in the same run.
4. Writing the PDF status report (every figure read again, 3 A4 pages).
5. The adoption scorecard of the status date's month and of all time.
6. Previewing a one-day OA login export of every person (50,000 rows, GBK CSV) as
   the "usage" import kind (counted per department and day).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("OA_DESK_DATA_DIR", tempfile.mkdtemp(prefix="oa-bench-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmarks.common import report, verdict

FIRST_PAINT_S = 1.0
DRAW_MS = 150.0


def _usage_preview(store: object, folder: Path) -> tuple[float, int]:
    """Preview a one-day login export of every person on the roster (GBK CSV)."""
    from sqlalchemy import select

    from oa_desk.services import excel
    from oa_desk.store import models as m

    with store.read() as s:  # type: ignore[attr-defined]
        numbers = [n for (n,) in s.execute(select(m.Person.employee_no))]
    path = folder / "usage.csv"
    lines = ["工号,登录日期,登录次数,发起流程数"]
    lines += [f"{n},2026-11-02,{k % 4},{k % 3}" for k, n in enumerate(numbers)]
    path.write_bytes(("\n".join(lines) + "\n").encode("gbk"))
    started = time.perf_counter()
    preview = excel.preview_foreign_import(store, path, "usage")  # type: ignore[arg-type]
    elapsed = time.perf_counter() - started
    assert not preview.errors, preview.errors[:3]
    return elapsed, len(numbers)


def _read_in_background(app: object, board: object) -> tuple[float, float]:
    """Let the charts read on their worker while the event loop runs; returns the
    longest pause between two turns of the GUI thread's event loop (a 1 ms timer's
    ticks) and the wall time until every chart answered."""
    from PySide6.QtCore import QEventLoop, QTimer

    from oa_desk.gui.overview.dashboard import CHART_NAMES

    loop = QEventLoop()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def answered(_name: str) -> None:
        if set(board.figures) >= set(CHART_NAMES):  # type: ignore[attr-defined]
            loop.quit()

    board.loaded.connect(answered)  # type: ignore[attr-defined]
    started = time.perf_counter()
    ticks.append(started)
    timer.start()
    board._load_pending()  # type: ignore[attr-defined]  # what the page's timer does
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    timer.stop()
    ticks.append(time.perf_counter())
    pause = max(b - a for a, b in itertools.pairwise(ticks))
    return pause * 1000, (ticks[-1] - started) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plan", type=Path, default=Path("/tmp/demo/large.oadesk"))
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="oa-bench-dash-"))
    path = folder / "large.oadesk"
    if args.plan.exists():
        shutil.copyfile(args.plan, path)
    else:
        from oa_desk.services.demo import generate_demo

        generate_demo(path, large=True)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from oa_desk.gui import collector

    collector.install(app)  # as the app does: cyclic garbage freed on the gui thread
    from oa_desk.gui.document import PlanDocument
    from oa_desk.gui.overview.dashboard import CHART_NAMES
    from oa_desk.gui.overview.page import OverviewPage
    from oa_desk.store.planfile import open_plan

    ok = True
    with open_plan(path) as store:  # a copy: migrated to this branch's format
        store.wait_ready()
        page = OverviewPage()
        page.resize(1300, 900)
        page.show()
        app.processEvents()
        doc = PlanDocument(store)
        started = time.perf_counter()
        page.set_document(doc)
        page.repaint()
        first_paint = time.perf_counter() - started
        board = page.dashboard
        assert not board.figures, "the charts were read before the first paint"
        page.progress_chart.draw_now()  # imports matplotlib, as the page does first
        progress_ms = page.progress_chart.last_draw_ms
        pause_ms, reads_ms = _read_in_background(app, board)
        # The reference measured in the same run: the progress chart (main's own
        # chart) drawn warm at the same size; the machine is shared and noisy.
        page.progress_chart.resize(600, 260)
        reference_times = []
        for _ in range(3):
            page.progress_chart.draw_now()
            reference_times.append(page.progress_chart.last_draw_ms)
        reference = statistics.median(reference_times)
        draws: dict[str, float] = {}
        for name in CHART_NAMES:
            view = board.views[name]
            view.resize(600, 260)
            times = []
            for _ in range(3):
                view.draw_now()
                times.append(view.last_draw_ms)
            draws[name] = statistics.median(times)
        pdf = folder / "status.pdf"
        started = time.perf_counter()
        pages = board.export_pdf(pdf)
        pdf_s = time.perf_counter() - started
        page.set_document(None)
        from oa_desk.services import adoption

        started = time.perf_counter()
        month = adoption.scorecard(store, *adoption.default_period(store))
        month_s = time.perf_counter() - started
        started = time.perf_counter()
        adoption.scorecard(store, dt.date(2000, 1, 1), dt.date(2100, 1, 1))
        all_s = time.perf_counter() - started
        usage_s, usage_rows = _usage_preview(store, folder)
    worst = max(draws.values())
    ok = first_paint <= FIRST_PAINT_S and worst <= DRAW_MS
    rows = [
        (
            "first paint",
            f"{first_paint * 1000:.0f} ms (target {FIRST_PAINT_S * 1000:.0f} ms, "
            f"ratio {first_paint / FIRST_PAINT_S:.2f})",
        ),
        ("progress chart (cold)", f"{progress_ms:.0f} ms incl. importing matplotlib"),
    ]
    rows += [(f"read {n}", f"{board.load_ms[n]:.0f} ms (on the worker)") for n in CHART_NAMES]
    longest = max(board.load_ms.values())
    rows.append(
        (
            "longest GUI pause while reading",
            f"{pause_ms:.0f} ms (the longest read {longest:.0f} ms: ratio "
            f"{pause_ms / longest:.2f}; all six answered in {reads_ms:.0f} ms)",
        )
    )
    rows.append(("draw progress (reference)", f"{reference:.0f} ms warm, same size"))
    rows += [
        (
            f"draw {n}",
            f"{draws[n]:.0f} ms (ratio to 150 ms {draws[n] / DRAW_MS:.2f}, "
            f"to the progress chart {draws[n] / reference:.2f})",
        )
        for n in CHART_NAMES
    ]
    rows += [
        ("PDF status report", f"{pdf_s:.2f} s, {pages} pages, {pdf.stat().st_size:,} bytes"),
        ("scorecard (month)", f"{month_s * 1000:.0f} ms, {len(month.rows):,} departments"),
        ("scorecard (all time)", f"{all_s * 1000:.0f} ms"),
        ("usage import preview", f"{usage_s:.2f} s for {usage_rows:,} rows"),
        ("verdict", verdict(ok)),
    ]
    report("Overview dashboard (large demo)", rows)
    shutil.rmtree(folder, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
