"""Timeline on the large demo plan (20,000+ tasks, 30,000+ links).

Targets (issue 3): opening the plan to a painted Timeline at most 1.5 s; a drag
that moves one task with 200 successors, reschedule and repaint, at most 50 ms.
Each is measured end to end: a fresh process for the opening, and for the drag
the chart's release signal through the service, the model and chart refresh
and a synchronous repaint.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from tests.benchmarks.common import report, time_until_line, verdict


def _open_times(plan: Path, folder: Path, rounds: int) -> list[float]:
    settings = folder / "settings.ini"
    settings.write_text("[window]\npage=timeline\n", encoding="utf-8")
    env = {"OA_DESK_EXIT_AFTER_PAINT": "1", "OA_DESK_SETTINGS_FILE": str(settings)}
    time_until_line(["-m", "oa_desk", str(plan)], "painted", env=env)  # warm the file cache
    return [
        time_until_line(["-m", "oa_desk", str(plan)], "painted", env=env) for _ in range(rounds)
    ]


def _task_with_successors(plan: Path, want: int = 200) -> tuple[int, int]:
    """A leaf task whose transitive successors number about ``want``."""
    import sqlite3

    conn = sqlite3.connect(plan)
    succ: dict[int, list[int]] = defaultdict(list)
    for pred, s in conn.execute("SELECT predecessor_id, successor_id FROM dependency"):
        succ[pred].append(s)
    leaves = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM task WHERE kind = 'task' AND id NOT IN"
            " (SELECT parent_id FROM task WHERE parent_id IS NOT NULL)"
        )
    ]
    conn.close()
    best = (0, 0)
    for task in leaves[::7]:
        seen: set[int] = set()
        stack = [task]
        while stack and len(seen) < 5000:
            for nxt in succ.get(stack.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        if abs(len(seen) - want) < abs(best[1] - want):
            best = (task, len(seen))
    return best


def _drag_times(plan: Path, rounds: int) -> tuple[list[float], int]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from oa_desk.gui.app import build_window, make_app

    app = make_app()
    window = build_window()
    window.resize(1600 + 200, 900 + 120)
    window.show()
    assert window.open_path(plan)
    window.show_page("timeline")
    page = window.timeline
    app.processEvents()
    task_id, successors = _task_with_successors(plan)
    row = page.model.row_of(task_id)
    assert row is not None and row.start is not None
    page.select_ids([task_id], current=task_id)
    page.chart.scroll_to_date(row.start)
    app.processEvents()
    times = []
    import datetime as dt

    for k in range(rounds + 1):
        current = page.model.row_of(task_id)
        assert current is not None and current.start is not None
        target = current.start + dt.timedelta(days=7 if k % 2 == 0 else -7)
        started = time.perf_counter()
        page.chart.move_requested.emit(task_id, target)
        page.chart.viewport().repaint()
        page.tree.viewport().repaint()
        if k:  # the first edit warms caches
            times.append(time.perf_counter() - started)
    window.close()
    return times, successors


def main(rounds: int = 5) -> None:
    from oa_desk.services.demo import generate_demo

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plan = folder / "large.oadesk"
        generate_demo(plan, large=True)
        opening = statistics.median(_open_times(plan, folder, rounds))
        drags, successors = _drag_times(plan, rounds * 2)
        drag = statistics.median(drags)
        report(
            "Timeline on the large demo plan",
            [
                (
                    "open to painted Timeline",
                    f"{opening:.3f} s  target <= 1.5 s: {verdict(opening <= 1.5)}",
                ),
                (
                    f"drag one task ({successors} successors)",
                    f"{drag * 1000:.1f} ms median of {len(drags)}, reschedule + persist + "
                    f"repaint  target <= 50 ms: {verdict(drag <= 0.05)}",
                ),
            ],
        )


if __name__ == "__main__":
    main()
