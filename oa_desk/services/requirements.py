"""The requirements register (需求调研): each department's pain points, the OA module
that answers them, priority, fit and status, and the tasks that deliver them.

Adding, changing and deleting requirements are register intents
(:mod:`oa_desk.services.records`); this module reads the register with names in
one go, sets a requirement's linked tasks as one intent with its exact undo,
and counts requirements by department and fit (the summary a PM reports).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.enums import Fit, OaModule, Priority, RequirementStatus
from oa_desk.services.records import RecordError
from oa_desk.services.timeline import wbs_order
from oa_desk.store import models
from oa_desk.store.planfile import PlanStore

__all__ = [
    "Choice",
    "LinkEdit",
    "RequirementData",
    "RequirementRow",
    "load_requirements",
    "revert_links",
    "set_linked_tasks",
]

REQUIREMENT_FIELDS = (
    "department_id",
    "pain_point",
    "description",
    "module",
    "priority",
    "fit",
    "status",
    "raised_by_id",
    "raised_on",
    "decision",
)


@dataclass(frozen=True)
class RequirementRow:
    id: int
    department_id: int | None
    department: str
    pain_point: str
    description: str
    module: OaModule
    priority: Priority
    fit: Fit
    status: RequirementStatus
    raised_by_id: int | None
    raised_by: str
    raised_on: dt.date | None
    task_ids: tuple[int, ...]
    decision: str = ""

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in REQUIREMENT_FIELDS}


@dataclass(frozen=True)
class Choice:
    id: int
    label: str


@dataclass(frozen=True)
class RequirementData:
    requirements: tuple[RequirementRow, ...]
    departments: tuple[Choice, ...]  # by name
    tasks: tuple[Choice, ...]  # "WBS name", WBS order

    def summary(self) -> dict[str, Counter[Fit]]:
        """Requirements per department name ("" = none) and fit."""
        out: dict[str, Counter[Fit]] = {}
        for r in self.requirements:
            out.setdefault(r.department, Counter())[r.fit] += 1
        return out

    def task_label(self, task_id: int) -> str:
        return next((t.label for t in self.tasks if t.id == task_id), f"#{task_id}")


def load_requirements(store: PlanStore) -> RequirementData:
    q, d, p, t, rt = (
        models.Requirement,
        models.Department,
        models.Person,
        models.Task,
        models.RequirementTask,
    )
    with store.read() as session:
        links: dict[int, list[int]] = {}
        for req_id, task_id in session.execute(select(rt.requirement_id, rt.task_id)):
            links.setdefault(req_id, []).append(task_id)
        rows = tuple(
            RequirementRow(
                x.id,
                x.department_id,
                dept or "",
                x.pain_point,
                x.description,
                OaModule(x.module),
                Priority(x.priority),
                Fit(x.fit),
                RequirementStatus(x.status),
                x.raised_by_id,
                who or "",
                x.raised_on,
                tuple(sorted(links.get(x.id, ()))),
                x.decision,
            )
            for x, dept, who in session.execute(
                select(q, d.name.label("dept"), p.name.label("who"))
                .outerjoin(d, d.id == q.department_id)
                .outerjoin(p, p.id == q.raised_by_id)
                .order_by(q.id)
            )
        )
        departments = tuple(
            Choice(row.id, row.name)
            for row in session.execute(select(d.id, d.name).order_by(d.name))
        )
        task_rows = session.execute(select(t.id, t.parent_id, t.seq, t.name)).all()
    names = {row.id: row.name for row in task_rows}
    tasks = tuple(
        Choice(task_id, f"{code} {names[task_id]}")
        for task_id, _level, code in wbs_order((r.id, r.parent_id, r.seq) for r in task_rows)
    )
    return RequirementData(rows, departments, tasks)


@dataclass(frozen=True)
class LinkEdit:
    """A requirement's linked tasks changed: what they were and are."""

    changes: Changes
    requirement_id: int
    before: tuple[int, ...]
    after: tuple[int, ...]


def _write_links(store: PlanStore, requirement_id: int, task_ids: Iterable[int]) -> None:
    rt = models.Base.metadata.tables["requirement_task"]
    with store.write() as session:
        conn = session.connection()
        conn.execute(delete(rt).where(rt.c.requirement_id == requirement_id))
        rows = [{"requirement_id": requirement_id, "task_id": t} for t in sorted(set(task_ids))]
        if rows:
            conn.execute(insert(rt), rows)


def set_linked_tasks(store: PlanStore, requirement_id: int, task_ids: Sequence[int]) -> LinkEdit:
    """Link a requirement to exactly these tasks (the ones that deliver it)."""
    q, t, rt = models.Requirement, models.Task, models.RequirementTask
    wanted = tuple(sorted(set(task_ids)))
    with store.read() as session:
        if session.get(q, requirement_id) is None:
            raise RecordError(
                "missing", f"requirement #{requirement_id} does not exist", id=requirement_id
            )
        known = set(session.scalars(select(t.id).where(t.id.in_(wanted)))) if wanted else set()
        before = tuple(
            sorted(session.scalars(select(rt.task_id).where(rt.requirement_id == requirement_id)))
        )
    missing = [i for i in wanted if i not in known]
    if missing:
        raise RecordError("missing", f"task #{missing[0]} does not exist", id=missing[0])
    if before == wanted:
        return LinkEdit(Changes(), requirement_id, before, wanted)
    _write_links(store, requirement_id, wanted)
    return LinkEdit(
        Changes.update(ChangeKind.REQUIREMENT, [requirement_id]), requirement_id, before, wanted
    )


def revert_links(store: PlanStore, edit: LinkEdit) -> Changes:
    _write_links(store, edit.requirement_id, edit.before)
    return Changes.update(ChangeKind.REQUIREMENT, [edit.requirement_id])
