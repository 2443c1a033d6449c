"""MS Project XML import speed (a script, not collected by pytest); same-run figures and ratios.

    .venv/bin/python tests/benchmarks/bench_mspdi.py [--plan PLAN.oadesk] [--repeat 3]

The large demo plan (20,000+ tasks; generated unless ``--plan`` names one) is
exported as MSPDI; when the optional ``mpxj`` and ``jpype1`` packages are
installed (``pip install mpxj jpype1``, Java 11+), MPXJ reads that file and
writes it again, so the file timed is one written by MPXJ, and MPXJ's own
``MSPDIReader`` opening it is timed in the same run (best of ``--repeat``,
after a warm-up, JVM start excluded). Timed on OA Desk's side, also best of
``--repeat``:

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


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


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


def mpxj_rewrite_and_time(source: Path, target: Path, repeat: int) -> float | None:
    """MPXJ reads ``source``, writes ``target``, then opens ``target``: its best time."""
    try:
        import jpype
        import mpxj  # noqa: F401  (puts MPXJ's jars on the class path)
    except ImportError:
        return None
    if not jpype.isJVMStarted():
        jpype.startJVM()
    reader = jpype.JClass("org.mpxj.mspdi.MSPDIReader")
    writer = jpype.JClass("org.mpxj.mspdi.MSPDIWriter")
    writer().write(reader().read(str(source)), str(target))
    reader().read(str(target))  # warm-up
    return best(lambda: reader().read(str(target)), repeat)


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
        mpxj = mpxj_rewrite_and_time(ours, timed, args.repeat)
        if mpxj is None:
            timed = ours
        doc = read_mspdi(timed)
        read = best(lambda: read_mspdi(timed), args.repeat)
        before = old_reader(folder)
        read_before = best(lambda: before(timed), args.repeat) if before else None

        def one_import() -> None:
            target = folder / "imported.oadesk"
            target.unlink(missing_ok=True)
            create_plan(target, name="import", start=doc.start, go_live=dt.date(2099, 1, 1))
            s = open_plan(target)
            try:
                import_mspdi(s, timed)
            finally:
                s.close()

        imported = best(one_import, args.repeat)
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
