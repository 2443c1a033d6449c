"""Editing the work breakdown: task fields, predecessors, insert, delete, indent, move.

Every function is one unit of work that validates first (a refused edit
raises and changes nothing), makes the edit, reschedules the plan, and
returns an :class:`~oa_desk.services.schedule.EditResult` whose ``undo``
:func:`~oa_desk.services.schedule.revert` (or :func:`revert_task_edit`, the
same) puts back exactly, dates included: a delete keeps a row snapshot
(:mod:`oa_desk.store.rows`) of everything that cascaded with the tasks, so
their links, RACI entries, baseline rows and requirement links come back with
their ids, and references the database had set to NULL (a risk's linked task,
a publicity item's milestone) are restored too.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from types import MappingProxyType
from typing import Any, cast

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from oa_desk.domain import checks
from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.enums import ConstraintType, Phase, TaskKind
from oa_desk.domain.errors import Refusal
from oa_desk.domain.links import parse_predecessors
from oa_desk.domain.schedule import Conflict, ScheduleError
from oa_desk.services.schedule import (
    EditResult,
    LinkState,
    TaskFields,
    TaskState,
    Undo,
    load_plan_data,
    revert,
    write_schedule,
)
from oa_desk.store import models as m
from oa_desk.store import rows as row_snapshots
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


# The result of every edit here: the one record of all plan edits (kept under its old name).
TaskEdit = EditResult


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


def _reschedule(
    session: Session,
) -> tuple[tuple[TaskState, ...], tuple[Conflict, ...], set[int]]:
    sched, before = write_schedule(session, load_plan_data(session))
    return tuple(before), tuple(sched.conflicts), {s.id for s in before}


def _fields(task_id: int, values: Mapping[str, Any]) -> TaskFields:
    return TaskFields(task_id, MappingProxyType(dict(values)))


def _merge_columns(*parts: Mapping[int, Mapping[str, Any]]) -> tuple[TaskFields, ...]:
    """Old column values per task; the first value recorded for a column wins."""
    merged: dict[int, dict[str, Any]] = defaultdict(dict)
    for part in parts:
        for task_id, cols in part.items():
            for name, value in cols.items():
                merged[task_id].setdefault(name, value)
    return tuple(_fields(i, c) for i, c in merged.items())


# -- field edits -------------------------------------------------------------------------


def set_task_fields(store: PlanStore, task_id: int, values: Mapping[str, Any]) -> EditResult:
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
            return EditResult(Changes(), Undo())
        session.execute(update(_TASK).where(_TASK.c.id == task_id).values(**clean))
    return EditResult(
        Changes.update(ChangeKind.TASK, [task_id]), Undo(task_fields=(_fields(task_id, old),))
    )


def _refuse(finding: checks.Finding | None) -> None:
    """Raise the refusal for what a rule of ``domain.checks`` found (nothing: return)."""
    if finding is None:
        return
    code, message = _REFUSALS.get(finding.code, ("wrong_type", "{field} cannot be {value}"))
    params = {"field": finding.field, **finding.params}
    if "id" in params:  # the task a link rule names: the gui's texts call it task_id
        params["task_id"] = params["id"]
    raise TaskEditError(code, message.format_map(_Missing(params)), **params)


class _Missing(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "?"


# The task services' refusal codes (translated by the gui) for the shared rules.
_REFUSALS: dict[checks.Check, tuple[str, str]] = {
    checks.Check.VALUE_REQUIRED: ("empty_name", "A task needs a name."),
    checks.Check.DEPENDS_ON_ITSELF: ("self_link", "A task cannot precede itself."),
    checks.Check.PREDECESSOR_NO_TASK: (
        "unknown_predecessor",
        "There is no task #{id} to link from.",
    ),
    checks.Check.PREDECESSOR_TWICE: ("duplicate_predecessor", "Task #{id} is listed twice."),
    checks.Check.CONSTRAINT_NEEDS_DATE: ("wrong_type", "This constraint needs a date."),
    checks.Check.BELOW_MINIMUM: ("out_of_range", "{field} cannot be below {low}."),
    checks.Check.ABOVE_MAXIMUM: ("out_of_range", "{field} cannot be above {high}."),
}


def _replace_links(session: Session, task_id: int, wanted: Sequence[Any]) -> Undo:
    """Make the task's incoming links exactly ``wanted``; the undo of what it did."""
    ids = [p.task_id for p in wanted]
    known = set(session.execute(select(_TASK.c.id).where(_TASK.c.id.in_(ids))).scalars())
    for _index, finding in checks.link_findings(task_id, wanted, known):
        _refuse(finding)
    current = {
        r.predecessor_id: r
        for r in session.execute(select(_DEP).where(_DEP.c.successor_id == task_id))
    }
    added: list[int] = []
    changed: list[LinkState] = []
    removed: list[LinkState] = []
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
            changed.append(_link_state(existing))
            session.execute(
                update(_DEP).where(_DEP.c.id == existing.id).values(type=p.type, lag=p.lag)
            )
    for gone in current.values():
        removed.append(_link_state(gone))
        session.execute(delete(_DEP).where(_DEP.c.id == gone.id))
    return Undo(
        links_added=tuple(added), links_changed=tuple(changed), links_removed=tuple(removed)
    )


def _link_state(row: Any) -> LinkState:
    return LinkState(row.id, row.predecessor_id, row.successor_id, row.type, row.lag)


def set_predecessors(store: PlanStore, task_id: int, text: str) -> EditResult:
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
) -> EditResult:
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
        _refuse(checks.required("name", clean["name"]))
    _refuse(checks.duration(duration))
    _refuse(checks.progress(progress))
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
            _refuse(checks.constraint_dated(ctype, cdate))
            values["constraint_type"] = ctype
            values["constraint_date"] = None if ctype == ConstraintType.ASAP else cdate
        old = _columns(session, [task_id], list(values))[task_id]
        changed = {k: v for k, v in values.items() if old[k] != v}
        if changed:
            session.execute(update(_TASK).where(_TASK.c.id == task_id).values(**changed))
        link_undo = Undo()
        if wanted is not None:
            link_undo = _replace_links(session, task_id, wanted)
        if (
            not changed
            and not link_undo.links_added
            and not (link_undo.links_changed or link_undo.links_removed)
        ):
            return EditResult(Changes(), Undo())
        dates, conflicts, moved = _reschedule(session)
    changes = Changes.update(ChangeKind.TASK, {task_id} | moved) | Changes.insert(
        ChangeKind.DEPENDENCY, link_undo.links_added
    )
    if link_undo.links_changed or link_undo.links_removed:
        changes |= Changes.update(ChangeKind.DEPENDENCY, [c.id for c in link_undo.links_changed])
        changes |= Changes.delete(ChangeKind.DEPENDENCY, [r.id for r in link_undo.links_removed])
    undo = replace(
        link_undo,
        task_fields=(_fields(task_id, {k: old[k] for k in changed}),) if changed else (),
        tasks=dates,
    )
    return EditResult(changes, undo, conflicts=conflicts)


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
) -> EditResult:
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
    undo = Undo(
        tasks_added=(new_id,),
        task_fields=_merge_columns(shifted, kinds),
        tasks=tuple(d for d in dates if d.id != new_id),
    )
    return EditResult(changes, undo, new_ids=(new_id,), conflicts=conflicts)


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


def delete_tasks(store: PlanStore, ids: Iterable[int]) -> EditResult:
    """Delete tasks with everything under them; links, RACI and baseline rows go too.

    The undo holds a row snapshot of all of it (recursively, see
    :func:`oa_desk.store.rows.capture`) and of the references the delete nulls.
    """
    ids = list(ids)
    with store.write() as session:
        doomed = _subtree(session, ids)
        if not doomed:
            raise TaskEditError("nothing", "No task to delete.")
        missing = set(ids) - set(doomed)
        if missing:
            raise TaskEditError("missing", f"Task #{min(missing)} does not exist.")
        parents = {
            p
            for (p,) in session.execute(
                select(_TASK.c.parent_id).where(_TASK.c.id.in_(ids)).distinct()
            )
        } - set(doomed)
        snapshot = row_snapshots.delete_rows(session.connection(), _TASK, ids)
        if len(snapshot.rows("task")) != len(doomed):
            raise TaskEditError("missing", "A task to delete does not exist.")
        kinds = _sync_kinds(session, [p for p in parents if p is not None])
        dates, conflicts, moved = _reschedule(session)
    changes = (
        snapshot.changes(restored=False)
        | Changes.update(ChangeKind.TASK, moved | set(kinds))
        | Changes.update(OUTLINE, doomed)
    )
    undo = Undo(deleted=snapshot, task_fields=_merge_columns(kinds), tasks=dates)
    return EditResult(changes, undo, conflicts=conflicts)


def _outline_edit(
    session: Session,
    old: Mapping[int, Mapping[str, Any]],
    touched_parents: set[int | None],
) -> EditResult:
    """Finish an edit whose new parents/order are written; ``old`` holds the previous ones."""
    kinds = _sync_kinds(session, [p for p in touched_parents if p is not None])
    dates, conflicts, moved = _reschedule(session)
    changes = Changes.update(ChangeKind.TASK, set(old) | moved | set(kinds)) | Changes.update(
        OUTLINE, set(old)
    )
    undo = Undo(task_fields=_merge_columns(old, kinds), tasks=dates)
    return EditResult(changes, undo, conflicts=conflicts)


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


def indent_tasks(store: PlanStore, ids: Iterable[int]) -> EditResult:
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


def outdent_tasks(store: PlanStore, ids: Iterable[int]) -> EditResult:
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


def move_tasks(store: PlanStore, ids: Iterable[int], step: int) -> EditResult:
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


def revert_task_edit(store: PlanStore, undo: Undo) -> Changes:
    """Put back exactly what an edit changed, in one transaction.

    The same as :func:`oa_desk.services.schedule.revert`, which reverts every
    plan edit; an empty undo is refused here.
    """
    if not undo:
        raise ScheduleError("nothing to undo")
    return revert(store, undo)
