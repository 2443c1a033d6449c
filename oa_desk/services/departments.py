"""The department tree's intents: add, rename, move, edit, delete and merge.

The rules, checked before anything is written (a :class:`DepartmentRefusal`,
nothing changed):

* sibling departments have different names (``name_taken``; compared as
  :func:`~oa_desk.domain.checks.sibling_key` folds them), top-level ones too;
* a department cannot be moved under itself or under one of its own
  sub-departments (``own_ancestor``);
* **deleting** is refused while people or sub-departments remain in it
  (``not_empty``, with the counts): move them, or *merge* the department into
  another, first. The schema restricts the same (``ON DELETE RESTRICT``);
* **merging** moves its people, its sub-departments and everything that
  points at it (tickets, tasks, requirements, history) to the target, then
  deletes it; the target cannot be the department or below it.

Each intent is one unit of work and is undone exactly: simple edits through
``services.records``; a merge through :class:`MergeUndo`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from sqlalchemy import Connection, func, select, update
from sqlalchemy.exc import IntegrityError

from oa_desk.domain import checks
from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.errors import Refusal
from oa_desk.services import records, schedule
from oa_desk.services.records import RecordEdit, RecordUndo
from oa_desk.store import models
from oa_desk.store import rows as row_store
from oa_desk.store.org import (
    DepartmentRow,
    WaveRow,
    department_references,
    department_rows,
    go_live_milestones,
    wave_rows,
)
from oa_desk.store.planfile import PlanStore
from oa_desk.store.roster import department_subtree

__all__ = [
    "DepartmentRefusal",
    "DepartmentRow",
    "MergeEdit",
    "MergeUndo",
    "OrgTree",
    "WaveRow",
    "add_department",
    "delete_department",
    "edit_department",
    "merge_department",
    "move_department",
    "move_go_live",
    "read_go_lives",
    "read_tree",
    "revert",
    "revert_merge",
]

TABLE = "department"
_D = models.Department.__table__
_P = models.Person.__table__


class DepartmentRefusal(Refusal):
    """Codes: ``missing`` (``id``), ``name_taken`` (``name``), ``own_ancestor``
    (``name``, ``parent``), ``not_empty`` (``name``, ``people``, ``children``),
    ``merge_conflict`` (``table``: both have rows one department cannot hold twice,
    such as adoption figures of one day), ``no_milestone`` (``name``: no go-live
    milestone to move)."""


@dataclass(frozen=True)
class OrgTree:
    """The departments (parents before children, siblings in order) and the waves."""

    departments: tuple[DepartmentRow, ...]
    waves: tuple[WaveRow, ...]

    @cached_property
    def by_id(self) -> dict[int, DepartmentRow]:
        return {d.id: d for d in self.departments}

    @cached_property
    def _children(self) -> dict[int | None, list[DepartmentRow]]:
        out: dict[int | None, list[DepartmentRow]] = {}
        for d in self.departments:
            out.setdefault(d.parent_id, []).append(d)
        return out

    def children(self, parent_id: int | None) -> list[DepartmentRow]:
        return list(self._children.get(parent_id, ()))

    def path(self, department_id: int) -> str:
        by_id = self.by_id
        names: list[str] = []
        current = by_id.get(department_id)
        while current is not None and len(names) < len(by_id):
            names.append(current.name)
            current = by_id.get(current.parent_id) if current.parent_id is not None else None
        return " / ".join(reversed(names))


def read_tree(store: PlanStore) -> OrgTree:
    with store.read() as session:
        conn = session.connection()
        return OrgTree(tuple(department_rows(conn)), tuple(wave_rows(conn)))


def _name(conn: Connection, dep_id: int) -> str:
    name = conn.execute(select(_D.c.name).where(_D.c.id == dep_id)).scalar()
    if name is None:
        raise DepartmentRefusal("missing", f"department #{dep_id} does not exist", id=dep_id)
    return str(name)


def _check_sibling_name(
    conn: Connection, parent_id: int | None, name: str, department_id: int | None
) -> None:
    where = _D.c.parent_id.is_(None) if parent_id is None else _D.c.parent_id == parent_id
    key = checks.sibling_key(name)
    for other_id, other in conn.execute(select(_D.c.id, _D.c.name).where(where)):
        if other_id != department_id and checks.sibling_key(other) == key:
            raise DepartmentRefusal(
                "name_taken",
                f"another department under the same parent is already called {other}",
                name=other,
            )


def _check_parent(conn: Connection, department_id: int, parent_id: int | None) -> None:
    if parent_id is None:
        return
    parent = _name(conn, parent_id)
    below = {int(x) for x in conn.execute(department_subtree(department_id)).scalars()}
    if parent_id in below:
        raise DepartmentRefusal(
            "own_ancestor",
            f"{_name(conn, department_id)} cannot go under {parent}: that is inside it",
            name=_name(conn, department_id),
            parent=parent,
        )


def add_department(
    store: PlanStore, name: str, parent_id: int | None, values: Mapping[str, Any] | None = None
) -> RecordEdit:
    """A new department under ``parent_id`` (None: top level)."""
    with store.read() as session:
        conn = session.connection()
        if parent_id is not None:
            _name(conn, parent_id)
        _check_sibling_name(conn, parent_id, name, None)
    return records.add_record(
        store, TABLE, {**(values or {}), "name": name, "parent_id": parent_id}
    )


def edit_department(store: PlanStore, department_id: int, values: Mapping[str, Any]) -> RecordEdit:
    """Rename, or change its code, head, headcount, wave, readiness, go-live."""
    if "parent_id" in values:
        raise DepartmentRefusal("missing", "use move_department to move a department")
    with store.read() as session:
        conn = session.connection()
        _name(conn, department_id)
        if isinstance(values.get("name"), str):
            parent = conn.execute(select(_D.c.parent_id).where(_D.c.id == department_id)).scalar()
            _check_sibling_name(conn, parent, values["name"], department_id)
    return records.update_record(store, TABLE, department_id, values)


def move_department(store: PlanStore, department_id: int, parent_id: int | None) -> RecordEdit:
    """Put a department (with everything below it) under another parent."""
    with store.read() as session:
        conn = session.connection()
        name = _name(conn, department_id)
        _check_parent(conn, department_id, parent_id)
        _check_sibling_name(conn, parent_id, name, department_id)
    return records.update_record(store, TABLE, department_id, {"parent_id": parent_id})


def _contents(conn: Connection, department_id: int) -> tuple[int, int]:
    people = conn.execute(
        select(func.count()).select_from(_P).where(_P.c.department_id == department_id)
    ).scalar_one()
    children = conn.execute(
        select(func.count()).select_from(_D).where(_D.c.parent_id == department_id)
    ).scalar_one()
    return int(people), int(children)


def delete_department(store: PlanStore, department_id: int) -> RecordEdit:
    """Delete an empty department; refused, with what is in it, while anything is."""
    with store.read() as session:
        conn = session.connection()
        name = _name(conn, department_id)
        people, children = _contents(conn, department_id)
    if people or children:
        raise DepartmentRefusal(
            "not_empty",
            f"{name} still has {people} people and {children} sub-departments: "
            "move them or merge it into another department first",
            name=name,
            people=people,
            children=children,
        )
    return records.delete_records(store, TABLE, [department_id])


# -- merge -----------------------------------------------------------------------------


@dataclass(frozen=True)
class MergeUndo:
    source_id: int
    target_id: int
    # (table, column, ids of the rows that pointed at the merged department)
    moved: tuple[tuple[str, str, tuple[int, ...]], ...]
    deleted: row_store.RowSnapshot


@dataclass(frozen=True)
class MergeEdit:
    changes: Changes
    undo: MergeUndo


def merge_department(store: PlanStore, source_id: int, target_id: int) -> MergeEdit:
    """Move everything of ``source_id`` to ``target_id`` and delete ``source_id``."""
    with store.write() as session:
        conn = session.connection()
        _name(conn, source_id)
        _check_parent(conn, source_id, target_id)
        for (child,) in conn.execute(select(_D.c.name).where(_D.c.parent_id == source_id)):
            _check_sibling_name(conn, target_id, child, None)
        moved: list[tuple[str, str, tuple[int, ...]]] = []
        changes = Changes()
        columns = [*department_references(), _D.c.parent_id]
        for column in columns:
            table = column.table
            key = table.c.id
            ids = tuple(conn.execute(select(key).where(column == source_id)).scalars())
            if not ids:
                continue
            try:
                with conn.begin_nested():
                    conn.execute(update(table).where(key.in_(ids)).values({column.name: target_id}))
            except IntegrityError as exc:
                raise DepartmentRefusal(
                    "merge_conflict",
                    f"{table.name}: both departments have rows that cannot be one ({exc.orig})",
                    table=table.name,
                ) from exc
            moved.append((table.name, column.name, ids))
            changes |= Changes.update(ChangeKind.of_table(table.name), ids)
        snapshot = row_store.delete_rows(conn, TABLE, [source_id])
    changes |= snapshot.changes(restored=False)
    changes |= Changes.update(ChangeKind.DEPARTMENT, [target_id])
    return MergeEdit(changes, MergeUndo(source_id, target_id, tuple(moved), snapshot))


def revert_merge(store: PlanStore, undo: MergeUndo) -> Changes:
    changes = undo.deleted.changes(restored=True)
    with store.write() as session:
        conn = session.connection()
        row_store.restore(conn, undo.deleted)
        for table_name, column, ids in undo.moved:
            table = models.Base.metadata.tables[table_name]
            conn.execute(update(table).where(table.c.id.in_(ids)).values({column: undo.source_id}))
            changes |= Changes.update(ChangeKind.of_table(table_name), ids)
    return changes


# -- go-live ---------------------------------------------------------------------------


def read_go_lives(store: PlanStore) -> dict[int, tuple[int, dt.date | None]]:
    """Each department's go-live milestone and its date (the Timeline's, the one copy)."""
    with store.read() as session:
        return go_live_milestones(session.connection())


def move_go_live(store: PlanStore, department_id: int, day: dt.date) -> schedule.EditResult:
    """Move a department's go-live: its go-live milestone on the Timeline moves, and the
    schedule follows (links still apply), as one intent undone by ``schedule.revert``."""
    milestone = read_go_lives(store).get(department_id)
    if milestone is None:
        with store.read() as session:
            name = _name(session.connection(), department_id)
        raise DepartmentRefusal(
            "no_milestone",
            f"{name} has no go-live milestone on the Timeline: add one for it first",
            name=name,
        )
    return schedule.move_task(store, milestone[0], day)


def revert(store: PlanStore, undo: RecordUndo) -> Changes:
    return records.revert_record_edit(store, undo)
