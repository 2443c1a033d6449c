"""What the workbook pre-check's cell-range scan costs, and what hostile files cost
(a script, not collected by pytest). Prints figures and same-run ratios.

    .venv/bin/python tests/benchmarks/bench_hostile.py [--people 50000]

1. A 50,000-row, 12-column roster: the full pre-check (zip inflation, DTD and
   cell-range scan) against the same check without the scan, and against
   python-calamine reading the sheets. Target: the scan adds at most 1x the read.
2. Each hostile workbook of tests/hostile_files.py: time and peak memory of the
   refusal in a child process (before the scan: calamine aborted or took 8 GB).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("OA_DESK_DATA_DIR", tempfile.mkdtemp(prefix="oa-bench-"))

from oa_desk.exchange import cell_range, safety
from oa_desk.exchange.sheets import read_xlsx
from tests.benchmarks.bench_excel import make_roster
from tests.benchmarks.common import median_time
from tests.hostile_files import far_cell_workbook, string_count_workbook

CHILD = (
    "import sys, time\n"
    "from oa_desk.exchange.sheets import read_sheets\n"
    "t = time.perf_counter()\n"
    "try:\n"
    "    read_sheets(sys.argv[1])\n"
    "except Exception as e:\n"
    "    print(type(e).__name__, end=' ')\n"
    "with open('/proc/self/status') as f:\n"
    "    hwm = next(int(l.split()[1]) for l in f if l.startswith('VmHWM:'))\n"
    "print(f'{time.perf_counter() - t:.2f} s {hwm / 1024:.0f} MB')\n"
)


def bench_scan(folder: Path, people: int) -> None:
    path = folder / "roster.xlsx"
    make_roster(path, people)
    full = median_time(lambda: safety.check_spreadsheet(path), repeat=3)
    read = median_time(lambda: read_xlsx(path), repeat=3)
    feed = cell_range.RangeScanner.feed
    cell_range.RangeScanner.feed = lambda self, chunk: None  # type: ignore[method-assign]
    try:
        bare = median_time(lambda: safety.check_spreadsheet(path), repeat=3)
    finally:
        cell_range.RangeScanner.feed = feed  # type: ignore[method-assign]
    scan = full - bare
    print(f"roster {people:,} x 12 ({path.stat().st_size / 1e6:.1f} MB):")
    print(f"  pre-check {full:.2f} s (of which the cell-range scan {scan:.2f} s)")
    print(f"  calamine read {read:.2f} s; scan / read = {scan / read:.2f}x (target <= 1x)")


def bench_attacks(folder: Path) -> None:
    attacks = {
        "one cell at XFD1048576": far_cell_workbook(folder / "xfd.xlsx", "XFD1048576"),
        "one cell at ALL200000": far_cell_workbook(folder / "all.xlsx", "ALL200000"),
        "sst uniqueCount 4,000,000,000": string_count_workbook(folder / "sst.xlsx"),
    }
    for name, path in attacks.items():
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(path)],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=Path(__file__).resolve().parents[2],
        )
        print(f"  {name} ({path.stat().st_size:,} bytes): {out.stdout.strip()} rc={out.returncode}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=50_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench_scan(Path(tmp), args.people)
        bench_attacks(Path(tmp))


if __name__ == "__main__":
    main()
