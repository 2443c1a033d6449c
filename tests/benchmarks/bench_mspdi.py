"""MS Project XML import speed (a script, not collected by pytest); same-run figures and ratios.

    .venv/bin/python tests/benchmarks/bench_mspdi.py [--plan PLAN.oadesk] [--repeat 3]

The large demo plan (20,000+ tasks; generated unless ``--plan`` names one) is
exported as MSPDI; when the optional ``mpxj`` and ``jpype1`` packages are
installed (``pip install mpxj jpype1``, Java 11+), MPXJ reads that file and
writes it again, so the file timed is one written by MPXJ, and MPXJ's own
``MSPDIReader`` opening it is timed in the same run (after a warm-up, JVM
start excluded). Every run below takes its turn in each of ``--repeat``
rounds and its best time is kept, so the load of a shared machine weighs on
all alike:

* ``read``: :func:`oa_desk.exchange.mspdi.read_mspdi`, the file to a document;
* ``read before``: the reader of the commit before issue 10 (from git, when
  this is a checkout): the pure-Python parser and a namespace-stripping walk
  over every element's children;
* ``import``: :func:`oa_desk.services.mspdi.import_mspdi` into a new plan
  (read, schedule, write), end to end.

Target (issue 10): import <= 0.5x MPXJ's open.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("OA_DESK_DATA_DIR", tempfile.mkdtemp(prefix="oa-bench-"))

from oa_desk.exchange.mspdi import read_mspdi
from oa_desk.services.mspdi import export_mspdi, import_mspdi
from oa_desk.store.planfile import create_plan, open_plan
from tests.benchmarks.common import ROOT, report, verdict

BEFORE = "cdb1868"  # the last commit before issue 10's reader


def old_reader(folder: Path) -> Callable[[Path], object] | None:
    """The reader as it was before issue 10, loaded from git; None outside a checkout."""
    try:
        text = subprocess.run(
            ["git", "show", f"{BEFORE}:oa_desk/exchange/mspdi.py"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    path = folder / "mspdi_before.py"
    path.write_text(text, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("mspdi_before", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    reader: Callable[[Path], object] = module.read_mspdi
    return reader


def mpxj_rewrite(source: Path, target: Path) -> Callable[[], object] | None:
    """MPXJ reads ``source`` and writes ``target``; returns MPXJ opening ``target``."""
    try:
        import jpype  # type: ignore[import-untyped,import-not-found,unused-ignore]
        import mpxj  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: F401
    except ImportError:
        return None
    if not jpype.isJVMStarted():
        jpype.startJVM()
    reader = jpype.JClass("org.mpxj.mspdi.MSPDIReader")
    writer = jpype.JClass("org.mpxj.mspdi.MSPDIWriter")
    writer().write(reader().read(str(source)), str(target))
    return lambda: reader().read(str(target))


def interleaved(runs: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """Each run's best time over ``repeat`` rounds, the runs taking turns in each round
    (a shared machine's load then weighs on all of them alike)."""
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeat):
        for name, fn in runs.items():
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)
    return {name: min(values) for name, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plan", type=Path, help="a large plan (default: the large demo)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plan = args.plan
        if plan is None:
            from oa_desk.services.demo import generate_demo

            plan = folder / "large.oadesk"
            generate_demo(plan, large=True)
        ours = folder / "plan.xml"
        store = open_plan(plan)
        try:
            export_mspdi(store, ours)
        finally:
            store.close()
        timed = folder / "plan-mpxj.xml"
        mpxj_open = mpxj_rewrite(ours, timed)
        if mpxj_open is None:
            timed = ours
        else:
            mpxj_open()  # warm-up: the JIT compiles the reader
        doc = read_mspdi(timed)
        before = old_reader(folder)

        def one_import() -> None:
            target = folder / "imported.oadesk"
            target.unlink(missing_ok=True)
            create_plan(target, name="import", start=doc.start, go_live=dt.date(2099, 1, 1))
            s = open_plan(target)
            try:
                import_mspdi(s, timed)
            finally:
                s.close()

        runs: dict[str, Callable[[], object]] = {"read": lambda: read_mspdi(timed)}
        if before is not None:
            runs["before"] = lambda: before(timed)
        runs["import"] = one_import
        if mpxj_open is not None:
            runs["mpxj"] = mpxj_open
        best_of = interleaved(runs, args.repeat)
        read, imported = best_of["read"], best_of["import"]
        read_before, mpxj = best_of.get("before"), best_of.get("mpxj")
        rows = [
            (
                "file",
                f"{'written by MPXJ' if mpxj else 'written by OA Desk'}, "
                f"{timed.stat().st_size / 1e6:.1f} MB, {len(doc.tasks):,} tasks, "
                f"{len(doc.links):,} links",
            ),
            ("read (file -> document)", f"{read:.2f} s"),
        ]
        if read_before is not None:
            rows.append(
                (
                    "read before issue 10",
                    f"{read_before:.2f} s ({read_before / read:.1f}x the time of today's reader)",
                )
            )
        rows.append(("import (read, schedule, write)", f"{imported:.2f} s"))
        if mpxj is not None:
            rows += [
                ("MPXJ MSPDIReader open", f"{mpxj:.2f} s"),
                ("read / MPXJ", f"{read / mpxj:.2f}x"),
                (
                    "import / MPXJ (target <= 0.5x)",
                    f"{imported / mpxj:.2f}x {verdict(imported / mpxj <= 0.5)}",
                ),
            ]
            if read_before is not None:
                rows.append(("read before issue 10 / MPXJ", f"{read_before / mpxj:.2f}x"))
        else:
            rows.append(("MPXJ", "not installed (pip install mpxj jpype1): no ratio"))
        report("MS Project XML import", rows)


if __name__ == "__main__":
    main()
