"""Demo plan generator: a realistic OA rollout of an (invented) Chinese group company.

``generate_demo`` creates a new plan file and fills every table of the domain
model: the China working calendar with holidays and make-up working days (调休),
a department tree, the roster, the project team and stakeholders, goals with
KPI measurements, requirements per department, a WBS that follows the rollout
method (prepare → pilot → department waves → go-live support → optimise) with
dependencies and milestones, RACI, risks, publicity, courses with sessions and
attendance, go-live tickets with their events, the knowledge base, feedback
rounds and adoption snapshots.

The demo is a project in flight: everything is seen from a *status date* (some
waves are live, later ones are still being prepared), so progress, attendance,
ticket states and adoption figures all agree with it. The plan is generated
relative to a day (today unless told): it starts on the Monday that puts its
status date on that day (or the last working day before it), which becomes the
plan's stored status date, so a new user opens a live rollout in its middle.

One module per part of the plan builds its rows on a shared :class:`~.state.Demo`
(``organisation``, ``people``, ``team``, ``schedule``, ``goals``,
``requirements``, ``risks``, ``communications``, ``training``, ``tickets``,
``adoption``); ``writer`` writes them; the texts are in the ``data_*`` modules.

Determinism: every random choice comes from one ``random.Random(seed)``, drawn
by the steps in a fixed order, and every date from the plan's first day; the
same seed gives the same plan relative to the same day (tests pass ``today``).

Speed: rows are built in memory as tuples with precomputed ids and written in
one ``PlanStore.bulk()`` transaction by ``store.bulk``.
"""

from __future__ import annotations

import datetime as dt
import gc
import random
import time
from dataclasses import dataclass, field
from pathlib import Path

from oa_desk.services.demo import (
    adoption,
    communications,
    data_company,
    gates,
    goals,
    organisation,
    people,
    requirements,
    risks,
    schedule,
    team,
    tickets,
    training,
    writer,
)
from oa_desk.services.demo.state import ANCHOR, Demo, anchor_for, profile
from oa_desk.store.bulk import bulk_write
from oa_desk.store.planfile import building_beside, create_plan, open_plan

__all__ = ["ANCHOR", "DemoStats", "generate_demo"]


@dataclass(frozen=True)
class DemoStats:
    """What ``generate_demo`` wrote: rows per table, their total and the wall time.

    ``phases`` splits ``seconds`` into building the rows in memory, creating the
    empty plan file and writing (inserts and commit).
    """

    path: Path
    rows: dict[str, int]
    seconds: float
    status_date: dt.date
    phases: dict[str, float] = field(default_factory=dict)
    start: dt.date = ANCHOR  # the plan's first day (a Monday)

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())

    @property
    def rows_per_second(self) -> float:
        return self.total_rows / self.seconds if self.seconds > 0 else float("inf")


def generate_demo(
    path: Path | str,
    *,
    scale: int = 1,
    large: bool = False,
    seed: int = 0,
    overwrite: bool = False,
    today: dt.date | None = None,
) -> DemoStats:
    """Create the demo plan at ``path``.

    Scale 1 is a mid-size company (about 15 departments, 800 people, 150 tasks);
    ``scale=N`` adds subsidiaries and grows everything roughly N-fold. ``large``
    (which overrides ``scale``) builds a group of 240 units with at least 20,000
    tasks, 30,000 dependencies, 50,000 people, 200,000 enrollments and 20,000
    tickets. Raises PlanFileError when ``path`` exists and ``overwrite`` is false.

    ``today`` (the real today by default) is the day the demo is seen from: its
    status date is that day, or the last working day before it.
    """
    if scale < 1:
        raise ValueError(f"scale must be at least 1, not {scale}")
    started = time.perf_counter()
    path = Path(path)
    # The rows are hundreds of thousands of tuples without reference cycles: the cyclic
    # garbage collector would only rescan them over and over (a third of the build time).
    gc_was_enabled = gc.isenabled()
    gc.disable()
    # Built whole beside the old plan and renamed onto it only when complete; an
    # existing or open plan is refused before any work.
    try:
        with building_beside(path, overwrite=overwrite) as tmp:
            g = Demo(profile(scale, large), random.Random(seed))
            build(g, today or dt.date.today())
            built = time.perf_counter()
            create_plan(
                tmp,
                name=g.plan_name,
                organisation=data_company.GROUP_FULL,
                start=g.anchor,
                go_live=g.go_live_date,
            )
            store = open_plan(tmp, snapshot=False, background_check=False)
            try:
                created = time.perf_counter()
                with bulk_write(store) as out:
                    rows = writer.write(g, out)
            finally:
                store.close()
            status_date, start = g.status_date, g.anchor
            del g
    finally:
        if gc_was_enabled:
            gc.enable()
    done = time.perf_counter()
    phases = {"build": built - started, "create": created - built, "write": done - created}
    return DemoStats(path, rows, done - started, status_date, phases, start)


def build(g: Demo, today: dt.date) -> None:
    """Every part of the plan, in the order each needs the ones before it."""
    organisation.build(g)
    people.build(g)
    organisation.assign_waves(g)
    team.build(g)
    schedule.build(g)
    # The schedule is working-day numbers so far: start it where its status day is today.
    g.move_to(anchor_for(g.status, today), today)
    organisation.finish(g)
    schedule.task_rows(g)
    goals.build(g)
    requirements.build(g)
    risks.build(g)
    communications.build(g)
    training.build(g)
    tickets.build(g)
    adoption.build(g)
    gates.build(g)
