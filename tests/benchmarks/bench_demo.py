"""Benchmark: generating the large demo plan.

Run from the repository root with either of

    python -m tests.benchmarks.bench_demo
    python tests/benchmarks/bench_demo.py [--runs N] [--seed S] [--keep PATH]

It generates the ``--large`` demo plan into a temporary folder (``--runs`` times,
default 3), prints the rows per table, the total, the wall time and its phases,
the rows per second and the ratio to the issue's target of 100,000 rows/s, and
checks the issue's minimum sizes and the file's integrity. The exit status is 1
when a minimum is not met, the file is damaged, or the median run is below target.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # run by path: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from oa_desk.services.demo import DemoStats, generate_demo
from oa_desk.store.planfile import check_plan

TARGET_ROWS_PER_SECOND = 100_000
# The minimums for --large (dependencies: the Gantt benchmarks need 30,000).
MINIMUMS = {
    "task": 20_000,
    "dependency": 30_000,
    "person": 50_000,
    "enrollment": 200_000,
    "ticket": 20_000,
}


def run_once(folder: Path, seed: int, n: int) -> DemoStats:
    return generate_demo(folder / f"large-{n}.oadesk", large=True, seed=seed, overwrite=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark: generating the large demo plan.")
    parser.add_argument("--runs", type=int, default=3, help="generations to time (default 3)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="copy the last generated plan here")
    args = parser.parse_args(argv)

    runs: list[DemoStats] = []
    with tempfile.TemporaryDirectory(prefix="oa-desk-bench-") as tmp:
        folder = Path(tmp)
        for n in range(1, max(1, args.runs) + 1):
            stats = run_once(folder, args.seed, n)
            runs.append(stats)
            phases = "  ".join(f"{k} {v:.2f} s" for k, v in stats.phases.items())
            print(
                f"run {n}: {stats.total_rows:,} rows in {stats.seconds:.2f} s"
                f" = {stats.rows_per_second:,.0f} rows/s   ({phases})"
            )
        last = runs[-1]
        report = check_plan(last.path)
        size_mb = last.path.stat().st_size / 1e6
        if args.keep:
            shutil.copyfile(last.path, args.keep)

    print()
    print(f"{'table':<22}{'rows':>10}")
    for table, count in sorted(last.rows.items(), key=lambda kv: -kv[1]):
        print(f"{table:<22}{count:>10,}")
    print(f"{'total':<22}{last.total_rows:>10,}")
    print()

    failures: list[str] = []
    for table, minimum in MINIMUMS.items():
        count = last.rows.get(table, 0)
        ok = count >= minimum
        print(f"minimum {table:<12} {count:>9,} >= {minimum:>9,}  {'ok' if ok else 'FAIL'}")
        if not ok:
            failures.append(f"{table} below {minimum:,}")
    print(f"integrity_check        {report.integrity}  ({size_mb:.1f} MB)")
    print(f"status date            {last.status_date}")
    if not report.ok:
        failures.append(f"integrity: {report.integrity}")
    if report.counts != last.rows:
        failures.append("row counts in the file differ from the generator's")

    seconds = [r.seconds for r in runs]
    rates = [r.rows_per_second for r in runs]
    median = statistics.median(rates)
    print()
    print(f"wall time     median {statistics.median(seconds):.2f} s   best {min(seconds):.2f} s")
    print(f"rows/s        median {median:,.0f}   best {max(rates):,.0f}")
    print(
        f"vs target     {median / TARGET_ROWS_PER_SECOND:.2f}x of {TARGET_ROWS_PER_SECOND:,} rows/s"
        f" (median), {max(rates) / TARGET_ROWS_PER_SECOND:.2f}x (best)"
    )
    if median < TARGET_ROWS_PER_SECOND:
        failures.append(f"median {median:,.0f} rows/s is below {TARGET_ROWS_PER_SECOND:,}")
    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
