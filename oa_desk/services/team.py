"""The project team, the stakeholder register and the RACI matrix: what the Team page reads
and the intents it runs.

Members and stakeholders are registers (:mod:`oa_desk.services.records` adds,
changes and deletes them, checking the 1–5 scores); this module adds what is
particular to them: one read of everything the page shows, the RACI cell edit
that refuses a second A, the drag on the power/interest grid, and an undo of an
add whose redo brings the same row back (so later steps that name it still apply).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, update

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.enums import Cadence, Engagement, RaciRole, TeamRole
from oa_desk.domain.stakeholders import contact_due, contact_overdue
from oa_desk.services import plan as plan_service
from oa_desk.services import records
from oa_desk.services.records import AddStep, RecordEdit, RecordError
from oa_desk.services.timeline import wbs_order
from oa_desk.store import models
from oa_desk.store.planfile import PlanStore

__all__ = [
    "AddStep",
    "MemberRow",
    "RaciEdit",
    "StakeholderRow",
    "TaskRow",
    "TeamData",
    "add",
    "add_member",
    "check_member",
    "edit_member",
    "load_team",
    "move_on_grid",
    "redo_add",
    "revert_raci",
    "set_raci",
    "undo_add",
]


@dataclass(frozen=True)
class MemberRow:
    id: int
    person_id: int
    name: str
    employee_no: str
    department: str
    title: str
    role: TeamRole
    responsibilities: str
    allocation: int


@dataclass(frozen=True)
class StakeholderRow:
    id: int
    person_id: int | None
    name: str
    organisation: str
    position: str
    project_role: str
    expectations: str
    external: bool
    influence: int
    interest: int
    current_engagement: Engagement
    desired_engagement: Engagement
    adkar: tuple[int | None, int | None, int | None, int | None, int | None]
    strategy: str
    cadence: Cadence
    last_contact: dt.date | None
    notes: str


@dataclass(frozen=True)
class TaskRow:
    id: int
    level: int
    wbs: str
    name: str


@dataclass(frozen=True)
class TeamData:
    members: tuple[MemberRow, ...]
    stakeholders: tuple[StakeholderRow, ...]
    tasks: tuple[TaskRow, ...]  # WBS order
    raci: Mapping[tuple[int, int], RaciRole]  # (task id, stakeholder id) -> role
    status_date: dt.date  # what "overdue" is measured against

    def overdue(self) -> list[StakeholderRow]:
        """Stakeholders whose last contact is older than their cadence, longest due first."""
        late = [
            s
            for s in self.stakeholders
            if contact_overdue(s.last_contact, s.cadence, self.status_date)
        ]
        return sorted(
            late, key=lambda s: (contact_due(s.last_contact, s.cadence) or dt.date.max, s.id)
        )


STAKEHOLDER_FIELDS = (
    "person_id",
    "name",
    "organisation",
    "position",
    "project_role",
    "expectations",
    "external",
    "influence",
    "interest",
    "current_engagement",
    "desired_engagement",
    "adkar_awareness",
    "adkar_desire",
    "adkar_knowledge",
    "adkar_ability",
    "adkar_reinforcement",
    "strategy",
    "cadence",
    "last_contact",
    "notes",
)


def load_team(store: PlanStore) -> TeamData:
    """Everything the Team page shows, in one read."""
    p, d, tm, s = models.Person, models.Department, models.TeamMember, models.Stakeholder
    t, r = models.Task, models.RaciEntry
    with store.read() as session:
        members = tuple(
            MemberRow(
                row.id,
                row.person_id,
                row.name,
                row.employee_no,
                row.department or "",
                row.title,
                TeamRole(row.role),
                row.responsibilities,
                row.allocation,
            )
            for row in session.execute(
                select(
                    tm.id,
                    tm.person_id,
                    p.name,
                    p.employee_no,
                    d.name.label("department"),
                    p.title,
                    tm.role,
                    tm.responsibilities,
                    tm.allocation,
                )
                .join(p, p.id == tm.person_id)
                .outerjoin(d, d.id == p.department_id)
                .order_by(tm.id)
            )
        )
        stakeholders = tuple(
            StakeholderRow(
                x.id,
                x.person_id,
                x.name,
                x.organisation,
                x.position,
                x.project_role,
                x.expectations,
                bool(x.external),
                x.influence,
                x.interest,
                Engagement(x.current_engagement),
                Engagement(x.desired_engagement),
                (
                    x.adkar_awareness,
                    x.adkar_desire,
                    x.adkar_knowledge,
                    x.adkar_ability,
                    x.adkar_reinforcement,
                ),
                x.strategy,
                Cadence(x.cadence),
                x.last_contact,
                x.notes,
            )
            for x in session.scalars(select(s).order_by(s.id))
        )
        task_rows = session.execute(select(t.id, t.parent_id, t.seq, t.name)).all()
        raci = {
            (row.task_id, row.stakeholder_id): RaciRole(row.role)
            for row in session.execute(select(r.task_id, r.stakeholder_id, r.role))
        }
    names = {row.id: row.name for row in task_rows}
    tasks = tuple(
        TaskRow(task_id, level, code, names[task_id])
        for task_id, level, code in wbs_order((row.id, row.parent_id, row.seq) for row in task_rows)
    )
    return TeamData(members, stakeholders, tasks, raci, plan_service.status_date(store))


# -- adds whose redo brings the same row back (records.add_step) ----------------------------

add = records.add_step
undo_add = records.undo_add_step
redo_add = records.redo_add_step


def check_member(store: PlanStore, values: Mapping[str, Any], member_id: int | None = None) -> None:
    """A person holds each team role once: a second time is refused, naming them."""
    tm, p = models.TeamMember, models.Person
    person_id, role = values.get("person_id"), values.get("role")
    if person_id is None or role is None:
        return
    with store.read() as session:
        clash = session.execute(
            select(p.name)
            .join(tm, tm.person_id == p.id)
            .where(tm.person_id == person_id, tm.role == str(role), tm.id != (member_id or 0))
        ).first()
    if clash is not None:
        raise RecordError(
            "already_member",
            f"{clash.name} already has the role {role}",
            field="role",
            table="team_member",
            name=clash.name,
        )


def add_member(store: PlanStore, values: Mapping[str, Any]) -> AddStep:
    """Put a person of the roster on the team in a role."""
    check_member(store, values)
    return add(store, "team_member", values)


def edit_member(store: PlanStore, member_id: int, values: Mapping[str, Any]) -> RecordEdit:
    with store.read() as session:
        current = session.get(models.TeamMember, member_id)
        merged = (
            {"person_id": current.person_id, "role": current.role, **values} if current else values
        )
    check_member(store, merged, member_id)
    return records.update_record(store, "team_member", member_id, values)


# -- RACI ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RaciEdit:
    """One RACI cell changed: ``before``/``after`` None means no entry."""

    changes: Changes
    task_id: int
    stakeholder_id: int
    before: RaciRole | None
    after: RaciRole | None


def _write_cell(store: PlanStore, task_id: int, stakeholder_id: int, role: RaciRole | None) -> None:
    r = models.Base.metadata.tables["raci_entry"]
    with store.write() as session:
        conn = session.connection()
        where = (r.c.task_id == task_id) & (r.c.stakeholder_id == stakeholder_id)
        if role is None:
            conn.execute(delete(r).where(where))
        elif conn.execute(select(r.c.id).where(where)).first() is None:
            conn.execute(
                insert(r).values(task_id=task_id, stakeholder_id=stakeholder_id, role=role.value)
            )
        else:
            conn.execute(update(r).where(where).values(role=role.value))


def set_raci(
    store: PlanStore, task_id: int, stakeholder_id: int, role: RaciRole | None
) -> RaciEdit:
    """Give a stakeholder a role on a task (None: none). A task has one A: a second one
    is refused, naming who holds it (the user clears that cell first, knowingly)."""
    r, s, t = models.RaciEntry, models.Stakeholder, models.Task
    with store.read() as session:
        if session.get(t, task_id) is None:
            raise RecordError("missing", f"task #{task_id} does not exist", id=task_id)
        if session.get(s, stakeholder_id) is None:
            raise RecordError(
                "missing", f"stakeholder #{stakeholder_id} does not exist", id=stakeholder_id
            )
        before_raw = session.scalar(
            select(r.role).where(r.task_id == task_id, r.stakeholder_id == stakeholder_id)
        )
        holder = session.execute(
            select(s.name, t.name.label("task"))
            .join(r, r.stakeholder_id == s.id)
            .join(t, t.id == r.task_id)
            .where(r.task_id == task_id, r.role == RaciRole.A.value, s.id != stakeholder_id)
        ).first()
    before = RaciRole(before_raw) if before_raw is not None else None
    if role == RaciRole.A and holder is not None:
        raise RecordError(
            "second_accountable",
            f"task {holder.task!r} already has {holder.name!r} accountable",
            field="role",
            table="raci_entry",
            task=holder.task,
            holder=holder.name,
        )
    if before == role:
        return RaciEdit(Changes(), task_id, stakeholder_id, before, role)
    _write_cell(store, task_id, stakeholder_id, role)
    return RaciEdit(
        Changes.update(ChangeKind.RACI_ENTRY, [task_id]), task_id, stakeholder_id, before, role
    )


def revert_raci(store: PlanStore, edit: RaciEdit) -> Changes:
    _write_cell(store, edit.task_id, edit.stakeholder_id, edit.before)
    return Changes.update(ChangeKind.RACI_ENTRY, [edit.task_id])


def move_on_grid(
    store: PlanStore, stakeholder_id: int, influence: int, interest: int
) -> RecordEdit:
    """A stakeholder dragged on the power/interest grid: both scores in one step."""
    return records.update_record(
        store, "stakeholder", stakeholder_id, {"influence": influence, "interest": interest}
    )
