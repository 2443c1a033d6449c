"""Benchmark: the rollout wizard's plan for 200 departments (issue 15: at most 2 s).

    python -m tests.benchmarks.bench_wizard [--departments N] [--waves N] [--runs N]

Times the whole of ``oa-desk new --template rollout`` minus the process start:
checking the inputs, expanding the template, scheduling it backward (twice: the
trial forward pass and the pass from the kickoff), building the rows and writing
the new plan file in one transaction. Also times the too-close case with
compression (a search over the compression factor, about a dozen schedule runs).
Prints the median of ``--runs`` and its ratio to the 2 s target.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run by path: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from oa_desk.services.rollout_template import Fit, RolloutInputs, draft_rollout, write_rollout
from tests.benchmarks.common import report, verdict

TARGET_SECONDS = 2.0


def _inputs(departments: int, waves: int, go_live: dt.date) -> RolloutInputs:
    return RolloutInputs(
        organisation="华信集团",
        go_live=go_live,
        departments=tuple(f"第{i // 20 + 1}事业部第{i % 20 + 1}部门" for i in range(departments)),
        product="泛微 e-cology",
        waves=waves,
        pilot=2,
        start=dt.date(2026, 12, 7),
    )


def _run(inputs: RolloutInputs, fit: Fit, folder: Path, i: int) -> tuple[float, float, int]:
    started = time.perf_counter()
    draft = draft_rollout(inputs, fit)
    drafted = time.perf_counter()
    write_rollout(folder / f"plan-{fit.value}-{i}.oadesk", draft)
    done = time.perf_counter()
    return done - started, drafted - started, draft.task_count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--departments", type=int, default=200)
    parser.add_argument("--waves", type=int, default=6)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rows: list[tuple[str, str]] = []
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cases = (
            ("fits", _inputs(args.departments, args.waves, dt.date(2028, 12, 1)), Fit.REFUSE),
            (
                "too close, compressed",
                _inputs(args.departments, args.waves, dt.date(2027, 9, 1)),
                Fit.COMPRESS,
            ),
        )
        for label, inputs, fit in cases:
            _run(inputs, fit, folder, -1)  # warm-up: the holidays package, the template
            runs = [_run(inputs, fit, folder, i) for i in range(args.runs)]
            total = statistics.median(r[0] for r in runs)
            draft = statistics.median(r[1] for r in runs)
            tasks = runs[0][2]
            ratio = total / TARGET_SECONDS
            ok = ok and total <= TARGET_SECONDS
            rows += [
                (f"{label}: tasks", f"{tasks:,} for {args.departments} departments"),
                (f"{label}: draft (check, expand, schedule)", f"{draft:.3f} s"),
                (f"{label}: total with the write", f"{total:.3f} s"),
                (
                    f"{label}: ratio to the {TARGET_SECONDS:.0f} s target",
                    f"{ratio:.2f} {verdict(total <= TARGET_SECONDS)}",
                ),
            ]
    report(f"rollout wizard, median of {args.runs} runs", rows)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
