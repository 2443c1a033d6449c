"""Start-up: process start to the main window painted, against an empty PySide6 window.

Targets (issue 2): with a scale-1 demo plan at most 0.8 s and at most 5x an
empty PySide6 window started the same way in the same run; opening the large
demo plan to a painted Overview at most 1.0 s.

``--frozen [APP]`` (issue 17) compares the frozen bundle's start to a painted
window with the same start from the source checkout, in the same run: at most
1.5x. Without APP it builds the bundle first (``packaging/build.py``, needs the
``packaging`` extra). The first start of each after the build is reported
apart (the files are not in the page cache yet); the ratio is of the medians.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import ROOT, report, time_until_line, verdict

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


def _app(plan: Path, settings: Path, frozen: Path | None = None) -> float:
    return time_until_line(
        [str(plan)] if frozen else ["-m", "oa_desk", str(plan)],
        "painted",
        env={"OA_DESK_EXIT_AFTER_PAINT": "1", "OA_DESK_SETTINGS_FILE": str(settings)},
        program=[str(frozen)] if frozen else None,
    )


def frozen_vs_source(app: Path | None, rounds: int = 7) -> None:
    from oa_desk.services.demo import generate_demo

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if app is None:
            subprocess.run(
                [
                    sys.executable,
                    str(ROOT / "packaging" / "build.py"),
                    "--no-installer",
                    "--dist",
                    str(folder / "dist"),
                    "--work",
                    str(folder / "build"),
                ],
                check=True,
            )
            app = folder / "dist" / "oa-desk" / "oa-desk"
        demo = folder / "demo.oadesk"
        generate_demo(demo)
        settings = folder / "settings.ini"
        first_frozen = _app(demo, settings, app)
        first_source = _app(demo, settings)
        frozen, source = [], []
        for _ in range(rounds):
            frozen.append(_app(demo, settings, app))
            source.append(_app(demo, settings))
        f, s = statistics.median(frozen), statistics.median(source)
        report(
            f"frozen bundle vs source checkout, start to a painted window (median of {rounds})",
            [
                ("frozen bundle", f"{f:.3f} s"),
                ("source checkout", f"{s:.3f} s"),
                ("ratio", f"{f / s:.2f}x  target <= 1.5x: {verdict(f / s <= 1.5)}"),
                (
                    "first start after build",
                    f"frozen {first_frozen:.3f} s, source {first_source:.3f} s",
                ),
            ],
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
    parser = argparse.ArgumentParser(description="start-up benchmarks")
    parser.add_argument(
        "--frozen",
        nargs="?",
        const="",
        metavar="APP",
        help="compare the frozen bundle (built now, or APP) with the source checkout",
    )
    args = parser.parse_args()
    if args.frozen is None:
        main()
    else:
        frozen_vs_source(Path(args.frozen) if args.frozen else None)
