"""A new plan from the rollout template: the wizard's and ``oa-desk new --template rollout``'s.

The template's content is data (``resources/templates/rollout.json``, both
languages): phases and tasks of preparation, implementation and optimisation
with durations, links and owners' roles, the standard milestones, the team's
roles, the KPI set, the publicity plan tied to milestones, courses per tier and
format with sessions sized to the departments, and the common rollout risks.

``draft_rollout(inputs, fit)`` checks the inputs, splits the departments into
the pilot and the waves, expands the template and schedules it backward from the
go-live date (``draft``); ``write_rollout(path, draft)`` writes it as a new plan
file in one transaction (built beside the target, renamed into place when whole).
The same inputs give the same plan.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from oa_desk.services.rollout_template.draft import Fit, RolloutDraft, draft_rollout
from oa_desk.services.rollout_template.inputs import (
    NO_HOLIDAYS,
    RolloutInputs,
    RolloutRefusal,
    clean_departments,
    clean_entries,
    split_waves,
)
from oa_desk.services.rollout_template.template import load_template

if TYPE_CHECKING:
    from oa_desk.store.planfile import PlanStore

__all__ = [
    "NO_HOLIDAYS",
    "Fit",
    "RolloutDraft",
    "RolloutInputs",
    "RolloutRefusal",
    "RolloutWritten",
    "clean_departments",
    "clean_entries",
    "draft_rollout",
    "load_template",
    "plan_departments",
    "split_waves",
    "write_rollout",
]


@dataclass(frozen=True)
class RolloutWritten:
    path: Path
    rows: dict[str, int]
    seconds: float

    @property
    def tasks(self) -> int:
        return self.rows.get("task", 0)


def write_rollout(
    path: Path | str, draft: RolloutDraft, *, overwrite: bool = False
) -> RolloutWritten:
    """Write ``draft`` as a new plan file at ``path`` (PlanFileError if it exists and
    ``overwrite`` is false, or it is open)."""
    from oa_desk.services.rollout_template.rows import write_rows
    from oa_desk.store.bulk import bulk_write
    from oa_desk.store.planfile import building_beside, create_plan, open_plan

    started = time.perf_counter()
    path = Path(path)
    with building_beside(path, overwrite=overwrite) as tmp:
        create_plan(tmp, name="rollout", organisation=draft.inputs.organisation)
        store = open_plan(tmp, snapshot=False, background_check=False)
        try:
            with bulk_write(store) as out:
                rows = write_rows(draft, out)
        finally:
            store.close()
    return RolloutWritten(path, rows, time.perf_counter() - started)


def plan_departments(store: PlanStore) -> list[tuple[str, int]]:
    """(name, headcount) of an open plan's departments (its roster's), in their order."""
    from sqlalchemy import select

    from oa_desk.store import models

    with store.read() as session:
        rows = session.execute(
            select(models.Department.name, models.Department.headcount).order_by(
                models.Department.seq, models.Department.id
            )
        )
        return [(name, headcount) for name, headcount in rows]
