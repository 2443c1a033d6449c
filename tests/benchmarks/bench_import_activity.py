"""What logging an import's rows costs (issue 16; a script, not collected by pytest).

    .venv/bin/python tests/benchmarks/bench_import_activity.py [--plan LARGE.oadesk] [--repeat 3]

The large demo's schedule (20,000+ tasks, generated unless ``--plan`` names one) is
imported from MS Project XML into a new plan file, and a 50,000-person roster sheet
is imported into the demo: each with the activity log itemising the rows the bulk
path wrote (now), and with that noting switched off (before issue 16: the import's
entry named no table on SQLite). The runs take turns over ``--repeat`` rounds and
each keeps its best time; the ratio is the cost of the log.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("OA_DESK_DATA_DIR", tempfile.mkdtemp(prefix="oa-bench-"))

from oa_desk.services import excel
from oa_desk.services import mspdi as mspdi_service
from oa_desk.services.mspdi import export_mspdi, import_mspdi
from oa_desk.store import bulk_write
from oa_desk.store.planfile import create_plan, open_plan
from tests.benchmarks.bench_excel import make_roster
from tests.benchmarks.bench_mspdi import interleaved


def _silenced(run: Callable[[], object]) -> Callable[[], object]:
    """``run`` with the bulk paths telling the log nothing (as before issue 16)."""

    def quiet() -> object:
        keep = bulk_write.note_written, mspdi_service.note_written
        bulk_write.note_written = mspdi_service.note_written = lambda *_a, **_k: None  # type: ignore[assignment]
        try:
            return run()
        finally:
            bulk_write.note_written, mspdi_service.note_written = keep

    return quiet


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
        else:
            shutil.copyfile(plan, folder / "large.oadesk")
            plan = folder / "large.oadesk"
        xml = folder / "plan.xml"
        store = open_plan(plan, snapshot=False)
        try:
            export_mspdi(store, xml)
        finally:
            store.close()

        def one_mspdi() -> None:
            target = folder / "imported.oadesk"
            target.unlink(missing_ok=True)
            create_plan(
                target, name="import", start=dt.date(2026, 1, 5), go_live=dt.date(2099, 1, 1)
            )
            s = open_plan(target, snapshot=False)
            try:
                import_mspdi(s, xml)
            finally:
                s.close()

        roster = folder / "roster.xlsx"
        make_roster(roster, 50_000)
        small = folder / "small.oadesk"
        from oa_desk.services.demo import generate_demo

        generate_demo(small, scale=1)

        def one_roster() -> None:
            target = folder / "roster-target.oadesk"
            shutil.copyfile(small, target)
            s = open_plan(target, snapshot=False)
            try:
                preview = excel.preview_foreign_import(s, roster, "people")
                started = time.perf_counter()
                excel.apply_import(s, preview)
                applied.append(time.perf_counter() - started)
            finally:
                s.close()

        applied: list[float] = []
        times = interleaved(
            {
                "mspdi import, rows logged": one_mspdi,
                "mspdi import, not logged": _silenced(one_mspdi),
            },
            args.repeat,
        )
        for name, seconds in times.items():
            print(f"{name:34} {seconds:7.2f} s")
        ratio = times["mspdi import, rows logged"] / times["mspdi import, not logged"]
        print(f"{'ratio (logged / not)':34} {ratio:7.2f}")
        applies: dict[str, list[float]] = {"logged": [], "not logged": []}
        for _ in range(args.repeat):
            for name, run in (("logged", one_roster), ("not logged", _silenced(one_roster))):
                applied.clear()
                run()
                applies[name].append(applied[0])
        best = {k: min(v) for k, v in applies.items()}
        for name, seconds in best.items():
            print(f"{'roster 50,000 apply, ' + name:34} {seconds:7.2f} s")
        print(f"{'ratio (logged / not)':34} {best['logged'] / best['not logged']:7.2f}")


if __name__ == "__main__":
    main()
