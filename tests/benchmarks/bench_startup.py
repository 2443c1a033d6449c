"""Start-up: process start to the main window painted, against an empty PySide6 window.

Targets (issue 2): with a scale-1 demo plan at most 0.8 s and at most 5x an
empty PySide6 window started the same way in the same run; opening the large
demo plan to a painted Overview at most 1.0 s.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import report, time_until_line, verdict

EMPTY_WINDOW = r"""
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
w = QMainWindow()
w.setCentralWidget(QLabel("hello"))
class Watch(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
watch = Watch()
w.centralWidget().installEventFilter(watch)
w.resize(1280, 800)
w.show()
app.exec()
"""


def _app(plan: Path, settings: Path) -> float:
    return time_until_line(
        ["-m", "oa_desk", str(plan)],
        "painted",
        env={"OA_DESK_EXIT_AFTER_PAINT": "1", "OA_DESK_SETTINGS_FILE": str(settings)},
    )


def main(rounds: int = 7) -> None:
    from oa_desk.services.demo import generate_demo

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        demo = folder / "demo.oadesk"
        large = folder / "large.oadesk"
        generate_demo(demo)
        started = time.perf_counter()
        generate_demo(large, large=True)
        generated = time.perf_counter() - started
        settings = folder / "settings.ini"
        empty, scale1, big = [], [], []
        _app(demo, settings)  # warm the file cache and the compiled translation
        for _ in range(rounds):
            empty.append(time_until_line(["-c", EMPTY_WINDOW], "painted"))
            scale1.append(_app(demo, settings))
            big.append(_app(large, settings))
        e, s, b = (statistics.median(x) for x in (empty, scale1, big))
        report(
            f"start-up to the first painted main window (median of {rounds})",
            [
                ("empty PySide6 window", f"{e:.3f} s"),
                ("scale-1 demo plan", f"{s:.3f} s  target <= 0.8 s: {verdict(s <= 0.8)}"),
                ("ratio to empty window", f"{s / e:.2f}x  target <= 5x: {verdict(s / e <= 5)}"),
                ("large demo plan", f"{b:.3f} s  target <= 1.0 s: {verdict(b <= 1.0)}"),
                ("large plan file size", f"{large.stat().st_size / 1e6:.1f} MB"),
                ("(large plan generated in", f"{generated:.2f} s)"),
            ],
        )


if __name__ == "__main__":
    main()
