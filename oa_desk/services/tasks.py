"""Editing the work breakdown: task fields, predecessors, insert, delete, indent, move.

Every function is one unit of work that validates first (a refused edit
raises and changes nothing), makes the edit, reschedules the plan, and
returns a :class:`TaskEdit` whose ``undo`` :func:`revert_task_edit` puts back
exactly, dates included: rows a delete removed come back with their ids, and
references the database had set to NULL (a risk's linked task, a publicity
item's milestone) are restored too.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, cast

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.enums import ConstraintType, DependencyType, Phase, TaskKind
from oa_desk.domain.errors import Refusal
from oa_desk.domain.links import parse_predecessors
from oa_desk.domain.schedule import ScheduleError
from oa_desk.services.schedule import (
    TaskState,
    _write_schedule,
    load_plan_data,
    restore_task_states,
)
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore

_TASK = cast(Table, m.Task.__table__)
_DEP = cast(Table, m.Dependency.__table__)

# Kind named in Changes when the outline (parents, order, rows) changed, so that
# views rebuild their tree instead of updating rows in place.
OUTLINE = ChangeKind.TASK_OUTLINE

# Task fields a plain edit may set, with their Python types.
FIELDS: Mapping[str, tuple[type, ...]] = {
    "name": (str,),
    "phase": (Phase,),
    "owner_id": (int, type(None)),
    "department_id": (int, type(None)),
    "wave_id": (int, type(None)),
    "deliverable": (str,),
    "acceptance": (str,),
    "notes": (str,),
}


class TaskEditError(Refusal):
    """An edit refused before anything changed. ``code`` is stable for translation:
    ``missing``, ``empty_name``, ``wrong_type``, ``unknown_field``, ``unknown_predecessor``,
    ``self_link``, ``cannot_indent``, ``cannot_outdent``, ``cannot_move``, ``nothing``."""


@dataclass(frozen=True)
class TaskUndo:
    """What an edit changed, in the form that puts it back."""

    remove_tasks: tuple[int, ...] = ()  # tasks the edit inserted
    restore_rows: tuple[tuple[str, tuple[dict[str, Any], ...]], ...] = ()  # (table, rows)
    restore_nulled: tuple[tuple[str, str, str, Any, int], ...] = ()  # table, pk col, col, pk, value
    task_columns: tuple[tuple[int, tuple[tuple[str, Any], ...]], ...] = ()  # id, old values
    links_added: tuple[int, ...] = ()
    links_changed: tuple[tuple[int, DependencyType, int], ...] = ()
    links_removed: tuple[dict[str, Any], ...] = ()
    dates: tuple[TaskState, ...] = ()


@dataclass(frozen=True)
class TaskEdit:
    changes: Changes
    undo: TaskUndo
    new_ids: tuple[int, ...] = ()
    conflicts: tuple[Any, ...] = field(default=())


# -- helpers ---------------------------------------------------------------------------


def _inserted_id(result: Any) -> int:
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def _row(session: Session, task_id: int) -> Any:
    row = session.execute(select(_TASK).where(_TASK.c.id == task_id)).first()
    if row is None:
        raise TaskEditError("missing", f"Task #{task_id} does not exist.", task_id=task_id)
    return row


def _siblings(session: Session, parent_id: int | None) -> list[tuple[int, int]]:
    """(id, seq) of a parent's children in order."""
    cond = _TASK.c.parent_id.is_(None) if parent_id is None else _TASK.c.parent_id == parent_id
    rows = session.execute(
        select(_TASK.c.id, _TASK.c.seq).where(cond).order_by(_TASK.c.seq, _TASK.c.id)
    ).all()
    return [(r[0], r[1]) for r in rows]


def _columns(
    session: Session, ids: Iterable[int], names: Sequence[str]
) -> dict[int, dict[str, Any]]:
    ids = list(ids)
    if not ids:
        return {}
    cols = [_TASK.c.id, *(_TASK.c[n] for n in names)]
    return {
        r[0]: dict(zip(names, r[1:], strict=True))
        for r in session.execute(select(*cols).where(_TASK.c.id.in_(ids)))
    }


def _set_columns(session: Session, values: Mapping[int, Mapping[str, Any]]) -> None:
    for task_id, cols in values.items():
        if cols:
            session.execute(update(_TASK).where(_TASK.c.id == task_id).values(**cols))


def _sync_kinds(session: Session, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """Tasks with children are summaries, summaries without children are tasks again.
    Returns the old kind/duration of the tasks it changed."""
    old: dict[int, dict[str, Any]] = {}
    for task_id in {i for i in ids if i is not None}:
        row = session.execute(
            select(_TASK.c.kind, _TASK.c.duration).where(_TASK.c.id == task_id)
        ).first()
        if row is None:
            continue
        has_children = (
            session.execute(select(_TASK.c.id).where(_TASK.c.parent_id == task_id).limit(1)).first()
            is not None
        )
        kind = row[0]
        if has_children and kind != TaskKind.SUMMARY:
            old[task_id] = {"kind": kind, "duration": row[1]}
            session.execute(
                update(_TASK)
                .where(_TASK.c.id == task_id)
                .values(kind=TaskKind.SUMMARY, duration=max(row[1], 1))
            )
        elif not has_children and kind == TaskKind.SUMMARY:
            old[task_id] = {"kind": kind, "duration": row[1]}
            session.execute(
                update(_TASK)
                .where(_TASK.c.id == task_id)
                .values(kind=TaskKind.TASK, duration=max(row[1], 1))
            )
    return old


def _reschedule(session: Session) -> tuple[tuple[TaskState, ...], tuple[Any, ...], set[int]]:
    sched, before = _write_schedule(session, load_plan_data(session))
    return tuple(before), tuple(sched.conflicts), {s.id for s in before}


def _merge_columns(
    *parts: Mapping[int, Mapping[str, Any]],
) -> tuple[tuple[int, tuple[tuple[str, Any], ...]], ...]:
    """Old column values per task; the first value recorded for a column wins."""
    merged: dict[int, dict[str, Any]] = defaultdict(dict)
    for part in parts:
        for task_id, cols in part.items():
            for name, value in cols.items():
                merged[task_id].setdefault(name, value)
    return tuple((i, tuple(c.items())) for i, c in merged.items())


# -- field edits -------------------------------------------------------------------------


def set_task_fields(store: PlanStore, task_id: int, values: Mapping[str, Any]) -> TaskEdit:
    """Change plain fields of one task (name, phase, owner, department, wave, texts)."""
    clean: dict[str, Any] = {}
    for name, value in values.items():
        kinds = FIELDS.get(name)
        if kinds is None:
            raise TaskEditError("unknown_field", f"{name} cannot be edited here", field=name)
        if isinstance(value, str):
            value = value.strip() if name == "name" else value
        if not isinstance(value, kinds):
            raise TaskEditError("wrong_type", f"{name} cannot be {value!r}", field=name)
        if name == "name" and not value:
            raise TaskEditError("empty_name", "A task needs a name.")
        clean[name] = value
    with store.write() as session:
        _row(session, task_id)
        old = _columns(session, [task_id], list(clean))[task_id]
        if old == clean:
            return TaskEdit(Changes(), TaskUndo())
        session.execute(update(_TASK).where(_TASK.c.id == task_id).values(**clean))
    return TaskEdit(
        Changes.update(ChangeKind.TASK, [task_id]),
        TaskUndo(task_columns=((task_id, tuple(old.items())),)),
    )


def _replace_links(session: Session, task_id: int, wanted: Sequence[Any]) -> TaskUndo:
    """Make the task's incoming links exactly ``wanted``; the undo of what it did."""
    ids = [p.task_id for p in wanted]
    if task_id in ids:
        raise TaskEditError("self_link", f"Task #{task_id} cannot precede itself.")
    known = set(session.execute(select(_TASK.c.id).where(_TASK.c.id.in_(ids))).scalars())
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise TaskEditError(
            "unknown_predecessor",
            f"There is no task #{unknown[0]} to link from.",
            task_id=unknown[0],
        )
    current = {
        r.predecessor_id: r
        for r in session.execute(select(_DEP).where(_DEP.c.successor_id == task_id))
    }
    added: list[int] = []
    changed: list[tuple[int, DependencyType, int]] = []
    removed: list[dict[str, Any]] = []
    for p in wanted:
        existing = current.pop(p.task_id, None)
        if existing is None:
            result = session.connection().execute(
                insert(_DEP).values(
                    predecessor_id=p.task_id, successor_id=task_id, type=p.type, lag=p.lag
                )
            )
            added.append(_inserted_id(result))
        elif (existing.type, existing.lag) != (p.type, p.lag):
            changed.append((existing.id, existing.type, existing.lag))
            session.execute(
                update(_DEP).where(_DEP.c.id == existing.id).values(type=p.type, lag=p.lag)
            )
    for gone in current.values():
        removed.append(dict(gone._mapping))
        session.execute(delete(_DEP).where(_DEP.c.id == gone.id))
    return TaskUndo(
        links_added=tuple(added), links_changed=tuple(changed), links_removed=tuple(removed)
    )


def set_predecessors(store: PlanStore, task_id: int, text: str) -> TaskEdit:
    """Replace a task's predecessors with those the notation lists (``12FS+2d, 15SS``)."""
    return update_task(store, task_id, predecessors=text)


def update_task(
    store: PlanStore,
    task_id: int,
    *,
    fields: Mapping[str, Any] | None = None,
    kind: TaskKind | None = None,
    duration: int | None = None,
    progress: int | None = None,
    constraint: tuple[ConstraintType, dt.date | None] | None = None,
    predecessors: str | None = None,
) -> TaskEdit:
    """Change any of a task's fields in one unit of work (the task dialog's OK)."""
    clean = dict(fields or {})
    for name, value in clean.items():
        kinds = FIELDS.get(name)
        if kinds is None:
            raise TaskEditError("unknown_field", f"{name} cannot be edited here", field=name)
        if not isinstance(value, kinds):
            raise TaskEditError("wrong_type", f"{name} cannot be {value!r}", field=name)
    if "name" in clean:
        clean["name"] = clean["name"].strip()
        if not clean["name"]:
            raise TaskEditError("empty_name", "A task needs a name.")
    if duration is not None and duration < 0:
        raise TaskEditError("wrong_type", "A duration cannot be negative.", field="duration")
    if progress is not None and not 0 <= progress <= 100:
        raise TaskEditError("wrong_type", "Progress is a percentage, 0 to 100.", field="progress")
    wanted = parse_predecessors(predecessors) if predecessors is not None else None
    with store.write() as session:
        row = _row(session, task_id)
        has_children = (
            session.execute(select(_TASK.c.id).where(_TASK.c.parent_id == task_id).limit(1)).first()
            is not None
        )
        values = dict(clean)
        if kind is not None and not has_children:
            values["kind"] = kind
            if kind == TaskKind.MILESTONE:
                values["duration"] = 0
            elif row.duration == 0 and duration is None:
                values["duration"] = 1
        if duration is not None and not has_children:
            values["duration"] = duration
            values.setdefault("kind", TaskKind.MILESTONE if duration == 0 else TaskKind.TASK)
            if values["kind"] == TaskKind.MILESTONE:
                values["duration"] = 0
        if progress is not None and not has_children:
            values["progress"] = progress
        if constraint is not None:
            ctype, cdate = constraint
            if ctype != ConstraintType.ASAP and cdate is None:
                raise TaskEditError(
                    "wrong_type", "This constraint needs a date.", field="constraint_date"
                )
            values["constraint_type"] = ctype
            values["constraint_date"] = None if ctype == ConstraintType.ASAP else cdate
        old = _columns(session, [task_id], list(values))[task_id]
        changed = {k: v for k, v in values.items() if old[k] != v}
        if changed:
            session.execute(update(_TASK).where(_TASK.c.id == task_id).values(**changed))
        link_undo = TaskUndo()
        if wanted is not None:
            link_undo = _replace_links(session, task_id, wanted)
        if (
            not changed
            and not link_undo.links_added
            and not (link_undo.links_changed or link_undo.links_removed)
        ):
            return TaskEdit(Changes(), TaskUndo())
        dates, conflicts, moved = _reschedule(session)
    changes = Changes.update(ChangeKind.TASK, {task_id} | moved) | Changes.insert(
        ChangeKind.DEPENDENCY, link_undo.links_added
    )
    if link_undo.links_changed or link_undo.links_removed:
        changes |= Changes.update(ChangeKind.DEPENDENCY, [c[0] for c in link_undo.links_changed])
        changes |= Changes.delete(ChangeKind.DEPENDENCY, [r["id"] for r in link_undo.links_removed])
    undo = replace(
        link_undo,
        task_columns=((task_id, tuple((k, old[k]) for k in changed)),) if changed else (),
        dates=dates,
    )
    return TaskEdit(changes, undo, conflicts=conflicts)


# -- structure -----------------------------------------------------------------------------


def insert_task(
    store: PlanStore,
    *,
    after: int | None = None,
    parent: int | None = None,
    name: str,
    kind: TaskKind = TaskKind.TASK,
    duration: int = 1,
    phase: Phase | None = None,
    start: dt.date | None = None,
    task_id: int | None = None,
) -> TaskEdit:
    """Insert a task after ``after`` (same parent), or as the last child of ``parent``.

    ``task_id`` reuses an id (a redo gives the task back the id later edits name).
    """
    name = name.strip()
    if not name:
        raise TaskEditError("empty_name", "A task needs a name.")
    if kind == TaskKind.MILESTONE:
        duration = 0
    with store.write() as session:
        shifted: dict[int, dict[str, Any]] = {}
        if after is not None:
            anchor = _row(session, after)
            parent = anchor.parent_id
            seq = anchor.seq + 1
            for sib_id, sib_seq in _siblings(session, parent):
                if sib_seq >= seq and sib_id != after:
                    shifted[sib_id] = {"seq": sib_seq}
                    session.execute(
                        update(_TASK).where(_TASK.c.id == sib_id).values(seq=sib_seq + 1)
                    )
            phase = phase or anchor.phase
        else:
            if parent is not None:
                phase = phase or _row(session, parent).phase
            siblings = _siblings(session, parent)
            seq = (max(s for _, s in siblings) + 1) if siblings else 0
        values: dict[str, Any] = {
            **({"id": task_id} if task_id is not None else {}),
            "parent_id": parent,
            "seq": seq,
            "name": name,
            "phase": phase or Phase.PREPARE,
            "kind": kind,
            "duration": duration,
        }
        if start is not None:
            values.update(constraint_type="snet", constraint_date=start)
        new_id = _inserted_id(session.connection().execute(insert(_TASK).values(**values)))
        kinds = _sync_kinds(session, [parent] if parent is not None else [])
        dates, conflicts, moved = _reschedule(session)
    changes = (
        Changes.insert(ChangeKind.TASK, [new_id])
        | Changes.update(ChangeKind.TASK, moved | set(shifted) | set(kinds))
        | Changes.update(OUTLINE, [new_id])
    )
    undo = TaskUndo(
        remove_tasks=(new_id,),
        task_columns=_merge_columns(shifted, kinds),
        dates=tuple(d for d in dates if d.id != new_id),
    )
    return TaskEdit(changes, undo, new_ids=(new_id,), conflicts=conflicts)


def _subtree(session: Session, ids: Iterable[int]) -> list[int]:
    """``ids`` and all their descendants, parents before children."""
    children: dict[int | None, list[int]] = defaultdict(list)
    for task_id, parent_id in session.execute(
        select(_TASK.c.id, _TASK.c.parent_id).order_by(_TASK.c.seq, _TASK.c.id)
    ):
        children[parent_id].append(task_id)
    out: list[int] = []
    seen: set[int] = set()
    stack = list(reversed(list(ids)))
    while stack:
        task_id = stack.pop()
        if task_id in seen:
            continue
        seen.add(task_id)
        out.append(task_id)
        stack.extend(reversed(children.get(task_id, [])))
    return out


def _references() -> list[tuple[Table, Any, bool]]:
    """Every (table, column, cascades) referencing task.id, except task.parent_id."""
    out = []
    for table in m.Base.metadata.sorted_tables:
        for column in table.columns:
            for fk in column.foreign_keys:
                if fk.column.table.name == "task" and not (
                    table.name == "task" and column.name == "parent_id"
                ):
                    out.append((table, column, fk.ondelete == "CASCADE"))
    return out


def delete_tasks(store: PlanStore, ids: Iterable[int]) -> TaskEdit:
    """Delete tasks with everything under them; links, RACI and baseline rows go too."""
    with store.write() as session:
        doomed = _subtree(session, ids)
        if not doomed:
            raise TaskEditError("nothing", "No task to delete.")
        missing = set(ids) - set(doomed)
        if missing:
            raise TaskEditError("missing", f"Task #{min(missing)} does not exist.")
        task_rows = {
            r.id: dict(r._mapping)
            for r in session.execute(select(_TASK).where(_TASK.c.id.in_(doomed)))
        }
        if len(task_rows) != len(doomed):
            raise TaskEditError("missing", "A task to delete does not exist.")
        restore: list[tuple[str, tuple[dict[str, Any], ...]]] = [
            ("task", tuple(task_rows[i] for i in doomed))
        ]
        nulled: list[tuple[str, str, str, Any, int]] = []
        cascaded: dict[str, dict[tuple[Any, ...], dict[str, Any]]] = defaultdict(dict)
        for table, column, cascades in _references():
            pk = [c.name for c in table.primary_key.columns]
            for row in session.execute(select(table).where(column.in_(doomed))):
                data = dict(row._mapping)
                if cascades:
                    cascaded[table.name][tuple(data[c] for c in pk)] = data
                else:
                    nulled.append((table.name, pk[0], column.name, data[pk[0]], data[column.name]))
        for table in m.Base.metadata.sorted_tables:
            if table.name in cascaded:
                restore.append((table.name, tuple(cascaded[table.name].values())))
        parents = {task_rows[i]["parent_id"] for i in doomed} - set(doomed)
        session.execute(delete(_TASK).where(_TASK.c.id.in_(doomed)))
        kinds = _sync_kinds(session, [p for p in parents if p is not None])
        dates, conflicts, moved = _reschedule(session)
    changes = (
        Changes.delete(ChangeKind.TASK, doomed)
        | Changes.update(ChangeKind.TASK, moved | set(kinds))
        | Changes.update(OUTLINE, doomed)
    )
    for table_name, rows in restore[1:]:
        if table_name == "dependency":
            changes |= Changes.delete(ChangeKind.DEPENDENCY, [r["id"] for r in rows])
    for table_name, _pk, _col, pk_value, _value in nulled:
        changes |= Changes.update(ChangeKind.of_table(table_name), [pk_value])
    undo = TaskUndo(
        restore_rows=tuple(restore),
        restore_nulled=tuple(nulled),
        task_columns=_merge_columns(kinds),
        dates=dates,
    )
    return TaskEdit(changes, undo, conflicts=conflicts)


def _outline_edit(
    session: Session,
    old: Mapping[int, Mapping[str, Any]],
    touched_parents: set[int | None],
) -> TaskEdit:
    """Finish an edit whose new parents/order are written; ``old`` holds the previous ones."""
    kinds = _sync_kinds(session, [p for p in touched_parents if p is not None])
    dates, conflicts, moved = _reschedule(session)
    changes = Changes.update(ChangeKind.TASK, set(old) | moved | set(kinds)) | Changes.update(
        OUTLINE, set(old)
    )
    undo = TaskUndo(task_columns=_merge_columns(old, kinds), dates=dates)
    return TaskEdit(changes, undo, conflicts=conflicts)


def _top_level_selection(session: Session, ids: Iterable[int]) -> list[Any]:
    """The chosen rows whose parent is not chosen too, in outline order."""
    chosen = set(ids)
    rows = [_row(session, i) for i in chosen]
    order = {task_id: k for k, task_id in enumerate(_subtree(session, _roots(session)))}
    return sorted((r for r in rows if r.parent_id not in chosen), key=lambda r: order[r.id])


def _roots(session: Session) -> list[int]:
    return [i for i, _ in _siblings(session, None)]


def _place(
    session: Session, task_id: int, parent_id: int | None, seq: int, old: dict[int, dict[str, Any]]
) -> None:
    """Give a task a new parent and order, remembering its previous ones once."""
    if task_id not in old:
        before = _columns(session, [task_id], ["parent_id", "seq"])[task_id]
        old[task_id] = before
    session.execute(update(_TASK).where(_TASK.c.id == task_id).values(parent_id=parent_id, seq=seq))


def indent_tasks(store: PlanStore, ids: Iterable[int]) -> TaskEdit:
    """Make each task the last child of the sibling above it."""
    with store.write() as session:
        rows = _top_level_selection(session, ids)
        if not rows:
            raise TaskEditError("nothing", "No task to indent.")
        old: dict[int, dict[str, Any]] = {}
        parents: set[int | None] = set()
        for row in rows:
            siblings = [s for s, _ in _siblings(session, row.parent_id)]
            above = siblings[: siblings.index(row.id)]
            if not above:
                raise TaskEditError(
                    "cannot_indent",
                    f"#{row.id} has no task above it on its level to go under.",
                    task_id=row.id,
                )
            new_parent = above[-1]
            kids = _siblings(session, new_parent)
            _place(session, row.id, new_parent, (max(s for _, s in kids) + 1) if kids else 0, old)
            parents |= {row.parent_id, new_parent}
        return _outline_edit(session, old, parents)


def outdent_tasks(store: PlanStore, ids: Iterable[int]) -> TaskEdit:
    """Make each task the sibling right after its parent."""
    with store.write() as session:
        rows = _top_level_selection(session, ids)
        if not rows:
            raise TaskEditError("nothing", "No task to outdent.")
        old: dict[int, dict[str, Any]] = {}
        parents: set[int | None] = set()
        for row in reversed(rows):  # bottom first keeps the order of several outdents
            if row.parent_id is None:
                raise TaskEditError(
                    "cannot_outdent", f"#{row.id} is already at the top level.", task_id=row.id
                )
            parent = _row(session, row.parent_id)
            seq = parent.seq + 1
            for sib_id, sib_seq in _siblings(session, parent.parent_id):
                if sib_seq >= seq:
                    _place(session, sib_id, parent.parent_id, sib_seq + 1, old)
            _place(session, row.id, parent.parent_id, seq, old)
            parents |= {row.parent_id, parent.parent_id}
        return _outline_edit(session, old, parents)


def move_tasks(store: PlanStore, ids: Iterable[int], step: int) -> TaskEdit:
    """Move tasks up (step -1) or down (+1) among their siblings, as a block."""
    if step not in (-1, 1):
        raise ValueError("step must be -1 or +1")
    with store.write() as session:
        rows = _top_level_selection(session, ids)
        if not rows:
            raise TaskEditError("nothing", "No task to move.")
        by_parent: dict[int | None, set[int]] = defaultdict(set)
        for row in rows:
            by_parent[row.parent_id].add(row.id)
        old: dict[int, dict[str, Any]] = {}
        for parent, chosen in by_parent.items():
            current = _siblings(session, parent)
            order = [i for i, _ in current]
            if step > 0:
                order.reverse()
            moved = False
            for k in range(1, len(order)):
                if order[k] in chosen and order[k - 1] not in chosen:
                    order[k - 1], order[k] = order[k], order[k - 1]
                    moved = True
            if not moved:
                raise TaskEditError(
                    "cannot_move",
                    "The task is already at the top."
                    if step < 0
                    else "The task is already at the bottom.",
                )
            if step > 0:
                order.reverse()
            seqs = dict(current)
            for seq, task_id in enumerate(order):
                if seqs[task_id] != seq:
                    _place(session, task_id, parent, seq, old)
        return _outline_edit(session, old, set())


# -- undo -------------------------------------------------------------------------------------


def revert_task_edit(store: PlanStore, undo: TaskUndo) -> Changes:
    """Put back exactly what an edit changed, in one transaction."""
    changes = Changes()
    tables = {t.name: t for t in m.Base.metadata.sorted_tables}
    with store.write() as session:
        if undo.remove_tasks:
            session.execute(delete(_TASK).where(_TASK.c.id.in_(undo.remove_tasks)))
            changes |= Changes.delete(ChangeKind.TASK, undo.remove_tasks) | Changes.update(
                OUTLINE, undo.remove_tasks
            )
        for table_name, rows in undo.restore_rows:
            if rows:
                session.execute(insert(tables[table_name]), list(rows))
                if table_name == "task":
                    ids = [r["id"] for r in rows]
                    changes |= Changes.insert(ChangeKind.TASK, ids) | Changes.update(OUTLINE, ids)
                elif "id" in rows[0]:
                    changes |= Changes.insert(
                        ChangeKind.of_table(table_name), [r["id"] for r in rows]
                    )
        for table_name, pk, column, pk_value, value in undo.restore_nulled:
            table = tables[table_name]
            session.execute(update(table).where(table.c[pk] == pk_value).values({column: value}))
            changes |= Changes.update(ChangeKind.of_table(table_name), [pk_value])
        if undo.links_added:
            session.execute(delete(_DEP).where(_DEP.c.id.in_(undo.links_added)))
            changes |= Changes.delete(ChangeKind.DEPENDENCY, undo.links_added)
        for link_id, kind, lag in undo.links_changed:
            session.execute(update(_DEP).where(_DEP.c.id == link_id).values(type=kind, lag=lag))
            changes |= Changes.update(ChangeKind.DEPENDENCY, [link_id])
        if undo.links_removed:
            session.execute(insert(_DEP), list(undo.links_removed))
            changes |= Changes.insert(ChangeKind.DEPENDENCY, [r["id"] for r in undo.links_removed])
        if undo.dates:
            changes |= restore_task_states(session, undo.dates)
        columns = {i: dict(c) for i, c in undo.task_columns}
        _set_columns(session, columns)
        if any("parent_id" in c or "seq" in c for c in columns.values()):
            changes |= Changes.update(OUTLINE, columns)
        if columns:
            changes |= Changes.update(ChangeKind.TASK, columns)
    if not changes:
        raise ScheduleError("nothing to undo")
    return changes
