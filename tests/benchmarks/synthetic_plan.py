"""A synthetic rollout plan of any size, shaped like a real one, for benchmarks.

Three phases, each with work streams, each with work packages (summaries) of
10 to 30 tasks chained finish-to-start, a milestone closing each package,
cross-package links of all four types with lags and leads, a few constraints
(start no earlier than, finish no later than, must start on), and one
dedicated "drag" task with exactly 200 tasks downstream of it.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from oa_desk.domain.calendar import WorkCalendar, preset_exceptions
from oa_desk.domain.enums import ConstraintType, DependencyType, TaskKind
from oa_desk.domain.schedule import LinkSpec, TaskSpec

START = dt.date(2025, 1, 6)
DRAG_SUCCESSORS = 200


@dataclass
class SyntheticPlan:
    tasks: list[TaskSpec]
    links: list[LinkSpec]
    start: dt.date
    weekdays: str
    exceptions: dict[dt.date, bool]
    drag_task: int  # a task with exactly DRAG_SUCCESSORS tasks downstream

    def calendar(self) -> WorkCalendar:
        return WorkCalendar(
            self.weekdays, self.exceptions, span=(self.start, self.start + dt.timedelta(days=1500))
        )


def build_plan(n_tasks: int = 20_000, n_links: int = 30_000, seed: int = 20250106) -> SyntheticPlan:
    rng = random.Random(seed)
    tasks: list[TaskSpec] = []
    links: list[LinkSpec] = []
    next_id = 1

    def add(parent: int | None, kind: TaskKind, duration: int, name: str, **kw: object) -> int:
        nonlocal next_id
        tid = next_id
        next_id += 1
        tasks.append(TaskSpec(tid, parent, kind, duration, name=name, **kw))  # type: ignore[arg-type]
        return tid

    # The drag case: one task, then 200 successors in 20 chains of 10.
    drag_root = add(None, TaskKind.SUMMARY, 0, "Pilot data migration")
    drag = add(drag_root, TaskKind.TASK, 3, "Extract legacy approvals")
    for c in range(20):
        prev = drag
        for k in range(10):
            t = add(drag_root, TaskKind.TASK, rng.randint(1, 5), f"Migrate batch {c}-{k}")
            links.append(LinkSpec(prev, t, DependencyType.FS, 0))
            prev = t

    # Leaves with a time slot (phase * 40 + position in its work package); cross
    # links only go to a later slot, so the plan has no loop and spans ~1.5 years.
    leaves: list[tuple[int, int]] = []
    budget = n_tasks - len(tasks)
    phases = ["Prepare", "Implement", "Optimise"]
    streams = 12
    per_phase = budget // len(phases)
    for p_no, phase in enumerate(phases):
        ph = add(None, TaskKind.SUMMARY, 0, phase)
        remaining = per_phase - 1
        per_stream = remaining // streams
        for s in range(streams):
            st = add(ph, TaskKind.SUMMARY, 0, f"{phase} stream {s + 1}")
            left = per_stream - 1
            while left > 3:
                size = min(left - 1, rng.randint(10, 30))
                wp = add(st, TaskKind.SUMMARY, 0, f"Work package {next_id}")
                left -= 1
                prev = None
                for pos in range(size - 1):
                    kw: dict[str, object] = {}
                    r = rng.random()
                    if r < 0.02:
                        kw = {
                            "constraint": ConstraintType.SNET,
                            "constraint_date": START + dt.timedelta(days=rng.randint(0, 500)),
                        }
                    elif r < 0.025:
                        kw = {
                            "constraint": ConstraintType.FNLT,
                            "constraint_date": START + dt.timedelta(days=rng.randint(700, 1100)),
                        }
                    elif r < 0.027:
                        kw = {
                            "constraint": ConstraintType.MSO,
                            "constraint_date": START + dt.timedelta(days=rng.randint(0, 500)),
                        }
                    t = add(
                        wp,
                        TaskKind.TASK,
                        rng.randint(1, 5),
                        f"Task {next_id}",
                        progress=rng.choice((0, 0, 0, 25, 50, 100)),
                        **kw,
                    )
                    if prev is not None:
                        links.append(LinkSpec(prev, t, DependencyType.FS, 0))
                    prev = t
                    leaves.append((p_no * 40 + pos, t))
                m = add(wp, TaskKind.MILESTONE, 0, f"Work package {wp} done")
                if prev is not None:
                    links.append(LinkSpec(prev, m, DependencyType.FS, 0))
                leaves.append((p_no * 40 + size, m))
                left -= size
    while len(tasks) < n_tasks:  # top up to the exact size
        leaves.append((119, add(None, TaskKind.TASK, rng.randint(1, 5), f"Task {next_id}")))

    seen = {(link.pred, link.succ) for link in links}
    types = (
        [DependencyType.FS] * 6 + [DependencyType.SS] * 2 + [DependencyType.FF, DependencyType.SF]
    )
    by_slot: dict[int, list[int]] = {}
    for slot, t in leaves:
        by_slot.setdefault(slot, []).append(t)
    slots = sorted(by_slot)
    while len(links) < n_links:
        a = rng.randrange(len(slots) - 1)
        b = rng.randint(a + 1, min(len(slots) - 1, a + 3))
        pred = rng.choice(by_slot[slots[a]])
        succ = rng.choice(by_slot[slots[b]])
        if (pred, succ) in seen:
            continue
        seen.add((pred, succ))
        lag = rng.choice((0, 0, 0, 1, 2, 5, -1, -2))
        links.append(LinkSpec(pred, succ, rng.choice(types), lag))

    years = range(START.year, START.year + 4)
    exceptions = {e.day: e.working for e in preset_exceptions("CN", years)}
    return SyntheticPlan(tasks, links, START, "1111100", exceptions, drag)
