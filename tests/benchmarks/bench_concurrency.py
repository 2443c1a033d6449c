"""Ten scripted clients making 100 edits each on one team plan while a planner reschedules
(tests/scripted_clients.py): edit latency and lost updates. Needs a server:
``OA_DESK_TEST_PG_URL=$(.ci/pg-start)``.

    python -m tests.benchmarks.bench_concurrency [--large] [--clients 10] [--edits 100]

Each edit is a read, then a committed unit of work passing the version read (refused
and retried from a fresh read when another client changed the row). The latency is
of the committed unit of work; the issue's target is a p95 of at most 150 ms and
zero lost updates. The same run on the plan file (one store per client, no lock)
is the yardstick.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from tests import scripted_clients
from tests.benchmarks.common import report, verdict
from tests.pg import PgServer, server_url

P95_TARGET_MS = 150.0


def _figures(name: str, rep: scripted_clients.Report, seconds: float) -> list[tuple[str, str]]:
    return [
        (f"{name}: edits committed / refused and retried", f"{rep.edits} / {rep.refused}"),
        (
            f"{name}: edit latency p50 / p95 / max",
            f"{rep.percentile(0.5):.1f} / {rep.percentile(0.95):.1f} / "
            f"{rep.percentile(1.0):.0f} ms",
        ),
        (f"{name}: planner's reschedules meanwhile", f"{rep.planner_moves}"),
        (
            f"{name}: lost updates / errors / unexplained refusals",
            f"{rep.lost_updates} / {len(rep.errors)} / {len(rep.unexplained)}",
        ),
        (f"{name}: wall time", f"{seconds:.1f} s"),
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--large", action="store_true", help="the large demo plan")
    ap.add_argument("--clients", type=int, default=10)
    ap.add_argument("--edits", type=int, default=100)
    ap.add_argument("--plan", type=Path, help="a plan file to use instead of a new demo")
    args = ap.parse_args()
    url = server_url()
    if url is None:
        print("\n== concurrency: skipped (set OA_DESK_TEST_PG_URL, e.g. from .ci/pg-start)")
        return
    from oa_desk.services.demo import generate_demo
    from oa_desk.store.planfile import PlanStore, open_plan
    from oa_desk.store.publish import publish_plan
    from oa_desk.store.teamplan import TeamPlanStore

    server = PgServer(url)
    rows: list[tuple[str, str]] = []
    try:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "demo.oadesk"
            if args.plan:
                shutil.copyfile(args.plan, path)
                open_plan(path, snapshot=False).close()  # carried forward to this schema
            else:
                generate_demo(path, large=args.large)
            target = server.database()
            publish_plan(path, target)

            def file_client() -> PlanStore:
                store = PlanStore(path, read_only=False, lock=None)
                store._ready.set()  # a benchmark's own copy
                return store

            for name, client in (
                ("file", file_client),
                ("server", lambda: TeamPlanStore(target)),
            ):
                t0 = time.perf_counter()
                rep = scripted_clients.run(client, clients=args.clients, edits=args.edits)
                rows += _figures(name, rep, time.perf_counter() - t0)
                if name == "server":
                    p95 = rep.percentile(0.95)
                    ok = p95 <= P95_TARGET_MS and rep.lost_updates == 0 and not rep.errors
                    rows.append(
                        (
                            "server: target p95 <= 150 ms, no lost update",
                            f"{p95:.1f} ms, {rep.lost_updates} lost: {verdict(ok)}",
                        )
                    )
                for error in rep.errors[:5]:
                    rows.append((f"{name}: error", error[:160]))
        size = "large" if args.large or args.plan else "normal"
        report(f"concurrency ({args.clients} clients x {args.edits} edits, {size} plan)", rows)
    finally:
        server.close()


if __name__ == "__main__":
    main()
