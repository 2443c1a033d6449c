"""Copy and paste of tasks: within a plan, between plans, and from Excel.

:func:`copy_tasks` reads the chosen tasks with everything under them into a
:class:`Clip` (plain data, JSON through :meth:`Clip.to_json`, the Timeline's
own clipboard format), the links among them included;
:func:`~oa_desk.services.clipboard_text.clip_from_text` makes one of rows
copied from Excel. :func:`paste_tasks`
inserts a clip below a task as new tasks in one unit of work and returns an
:class:`~oa_desk.services.schedule.EditResult` whose undo removes them again
(``tasks.revert_task_edit``); a redo passes the ids back so later steps still
find their tasks. A clip is untrusted (any program can put text on the
clipboard): its size is bounded and every value is checked with the rules of
:mod:`oa_desk.domain.checks` before the transaction.

People, departments and waves travel by id and name: pasted into the plan
they came from they keep their id, into another plan they are matched by name,
and left empty when no such one exists there.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from oa_desk.domain import checks
from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.enums import ConstraintType, DependencyType, Phase, TaskKind
from oa_desk.services.schedule import EditResult, Undo
from oa_desk.services.tasks import TaskEditError
from oa_desk.services.tasks import _merge_columns as merge_columns
from oa_desk.services.tasks import _reschedule as reschedule
from oa_desk.services.tasks import _siblings as siblings
from oa_desk.services.tasks import _subtree as subtree
from oa_desk.services.tasks import _sync_kinds as sync_kinds
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore

__all__ = [
    "CLIP_FORMAT",
    "MAX_CLIP_TASKS",
    "Clip",
    "ClipLink",
    "ClipTask",
    "ClipboardError",
    "clip_from_json",
    "copy_tasks",
    "paste_tasks",
]

_TASK = cast(Table, m.Task.__table__)
_DEP = cast(Table, m.Dependency.__table__)
_PERSON = cast(Table, m.Person.__table__)
_DEPT = cast(Table, m.Department.__table__)
_WAVE = cast(Table, m.Wave.__table__)

CLIP_FORMAT = "oa-desk-tasks/1"
# A paste larger than this is refused: the clipboard is anyone's to fill.
MAX_CLIP_TASKS = 5_000
MAX_CLIP_TEXT = 4_000_000  # characters
_NAME_LENGTH = cast(Any, m.Task.__table__).c.name.type.length


class ClipboardError(TaskEditError):
    """A paste refused before anything changed. Codes besides the task edits' own:
    ``clip_empty``, ``clip_unreadable``, ``clip_too_many`` (``limit``) and
    ``clip_bad_cell`` (``row``, ``column``, ``value``)."""


@dataclass(frozen=True)
class ClipTask:
    """One copied task. ``key`` is its id where it was copied (links name it);
    ``parent`` the key of its parent within the clip, None for a top row."""

    key: int
    parent: int | None
    name: str
    phase: Phase = Phase.PREPARE
    kind: TaskKind = TaskKind.TASK
    duration: int = 1
    progress: int = 0
    constraint_type: ConstraintType = ConstraintType.ASAP
    constraint_date: dt.date | None = None
    start: dt.date | None = None  # as copied: written to Excel, not pasted
    finish: dt.date | None = None
    owner_id: int | None = None
    owner: str = ""  # "name · employee no." as the Timeline shows people
    department_id: int | None = None
    department: str = ""
    wave_id: int | None = None
    wave: str = ""
    deliverable: str = ""
    acceptance: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ClipLink:
    """A link between two of the clip's tasks (by key), or, with ``outside``, from a
    task of the plan pasted into (by id) to one of the clip's."""

    pred: int
    succ: int
    type: DependencyType = DependencyType.FS
    lag: int = 0
    outside: bool = False


@dataclass(frozen=True)
class Clip:
    """Copied tasks, parents before children, and the links among them."""

    tasks: tuple[ClipTask, ...]
    links: tuple[ClipLink, ...] = ()
    source: str = ""  # the plan it came from (its name), for the status bar
    extra: Mapping[str, Any] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.tasks)

    def top_rows(self) -> list[ClipTask]:
        return [t for t in self.tasks if t.parent is None]

    def to_json(self) -> str:
        def plain(value: Any) -> Any:
            if isinstance(value, dt.date):
                return value.isoformat()
            return value

        return json.dumps(
            {
                "format": CLIP_FORMAT,
                "source": self.source,
                "tasks": [{k: plain(v) for k, v in asdict(t).items()} for t in self.tasks],
                "links": [{k: plain(v) for k, v in asdict(x).items()} for x in self.links],
            },
            ensure_ascii=False,
        )


# -- copy ------------------------------------------------------------------------------


def copy_tasks(store: PlanStore, ids: Iterable[int]) -> Clip:
    """The tasks ``ids`` with everything under them, in outline order, and the links
    among them (links to tasks outside the copy are left behind, as MS Project does)."""
    t, p, d, w = _TASK, _PERSON, _DEPT, _WAVE
    with store.read() as session:
        chosen = set(ids)
        order = subtree(session, [r for r, _ in siblings(session, None)])
        rank = {task_id: k for k, task_id in enumerate(order)}
        parents: dict[int, int | None] = {
            i: par for i, par in session.execute(select(t.c.id, t.c.parent_id))
        }
        tops = [i for i in chosen if i in rank and not _has_chosen_ancestor(i, chosen, parents)]
        wanted = subtree(session, sorted(tops, key=rank.__getitem__))
        rows = session.execute(
            select(
                t, p.c.name.label("owner_name"), p.c.employee_no,
                d.c.name.label("dept_name"), w.c.name.label("wave_name"),
            )
            .outerjoin(p, p.c.id == t.c.owner_id)
            .outerjoin(d, d.c.id == t.c.department_id)
            .outerjoin(w, w.c.id == t.c.wave_id)
            .where(t.c.id.in_(wanted))
        ).all()  # fmt: skip
        links = session.execute(
            select(_DEP.c.predecessor_id, _DEP.c.successor_id, _DEP.c.type, _DEP.c.lag).where(
                _DEP.c.successor_id.in_(wanted)
            )
        ).all()
        source = session.execute(select(m.Plan.name)).scalar() or ""
    by_id = {r.id: r for r in rows}
    keys = set(by_id)
    tasks = []
    for task_id in wanted:
        r = by_id[task_id]
        tasks.append(
            ClipTask(
                key=r.id,
                parent=r.parent_id if r.parent_id in keys and r.id not in tops else None,
                name=r.name,
                phase=Phase(r.phase),
                kind=TaskKind(r.kind),
                duration=r.duration,
                progress=r.progress,
                constraint_type=ConstraintType(r.constraint_type),
                constraint_date=r.constraint_date,
                start=r.start,
                finish=r.finish,
                owner_id=r.owner_id,
                owner=f"{r.owner_name} · {r.employee_no}" if r.owner_id is not None else "",
                department_id=r.department_id,
                department=r.dept_name or "",
                wave_id=r.wave_id,
                wave=r.wave_name or "",
                deliverable=r.deliverable,
                acceptance=r.acceptance,
                notes=r.notes,
            )
        )
    clip_links = tuple(
        ClipLink(a, b, DependencyType(kind), lag)
        for a, b, kind, lag in links
        if a in keys and b in keys
    )
    return Clip(tuple(tasks), clip_links, source=str(source))


def _has_chosen_ancestor(task_id: int, chosen: set[int], parents: Mapping[int, int | None]) -> bool:
    seen: set[int] = set()
    node = parents.get(task_id)
    while node is not None and node not in seen:
        if node in chosen:
            return True
        seen.add(node)
        node = parents.get(node)
    return False


# -- reading clips -----------------------------------------------------------------------


def clip_from_json(text: str) -> Clip:
    """A clip from :meth:`Clip.to_json`'s text; anything else is refused."""
    if len(text) > MAX_CLIP_TEXT:
        raise ClipboardError("clip_too_many", "Too much to paste.", limit=MAX_CLIP_TASKS)
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != CLIP_FORMAT:
            raise ValueError("not a clip")
        raw_tasks, raw_links = data.get("tasks"), data.get("links", [])
        if not isinstance(raw_tasks, list) or not isinstance(raw_links, list):
            raise ValueError("not a clip")
        if len(raw_tasks) > MAX_CLIP_TASKS:
            raise ClipboardError("clip_too_many", "Too many tasks to paste.", limit=MAX_CLIP_TASKS)
        tasks = tuple(_task_from_json(x) for x in raw_tasks)
        links = tuple(
            ClipLink(int(x["pred"]), int(x["succ"]), DependencyType(x["type"]), int(x["lag"]))
            for x in raw_links
        )
    except ClipboardError:
        raise
    except (ValueError, TypeError, KeyError) as exc:
        raise ClipboardError("clip_unreadable", "The clipboard holds no tasks.") from exc
    return Clip(tasks, links, source=str(data.get("source", ""))[:200])


def _task_from_json(x: Any) -> ClipTask:
    if not isinstance(x, dict):
        raise ValueError("not a task")

    def day(key: str) -> dt.date | None:
        value = x.get(key)
        return dt.date.fromisoformat(value) if value else None

    def optional_id(key: str) -> int | None:
        value = x.get(key)
        return int(value) if value is not None else None

    return ClipTask(
        key=int(x["key"]),
        parent=optional_id("parent"),
        name=str(x["name"]),
        phase=Phase(x.get("phase", Phase.PREPARE)),
        kind=TaskKind(x.get("kind", TaskKind.TASK)),
        duration=int(x.get("duration", 1)),
        progress=int(x.get("progress", 0)),
        constraint_type=ConstraintType(x.get("constraint_type", ConstraintType.ASAP)),
        constraint_date=day("constraint_date"),
        start=day("start"),
        finish=day("finish"),
        owner_id=optional_id("owner_id"),
        owner=str(x.get("owner", "")),
        department_id=optional_id("department_id"),
        department=str(x.get("department", "")),
        wave_id=optional_id("wave_id"),
        wave=str(x.get("wave", "")),
        deliverable=str(x.get("deliverable", "")),
        acceptance=str(x.get("acceptance", "")),
        notes=str(x.get("notes", "")),
    )


# -- paste -------------------------------------------------------------------------------


def _check(clip: Clip) -> None:
    """Every value of the clip against the task rules, before the transaction."""
    if not clip.tasks:
        raise ClipboardError("clip_empty", "There is nothing to paste.")
    if len(clip.tasks) > MAX_CLIP_TASKS:
        raise ClipboardError("clip_too_many", "Too many tasks to paste.", limit=MAX_CLIP_TASKS)
    keys: set[int] = set()
    for task in clip.tasks:
        if task.key in keys or (task.parent is not None and task.parent not in keys):
            raise ClipboardError("clip_unreadable", "The clipboard's tasks are out of order.")
        keys.add(task.key)
        row = {
            "name": task.name.strip(),
            "duration": task.duration,
            "progress": task.progress,
            "kind": task.kind,
            "constraint_type": task.constraint_type,
            "constraint_date": task.constraint_date,
        }
        found = checks.task_findings(row)
        name_fits = checks.text_fits("name", row["name"], _NAME_LENGTH)
        if name_fits is not None:
            found.append(name_fits)
        if found:
            finding = found[0]
            code = "empty_name" if finding.code == checks.Check.VALUE_REQUIRED else "out_of_range"
            raise ClipboardError(
                code, f"{task.name}: {finding.field} is refused.", field=finding.field
            )
    for link in clip.links:
        if link.succ not in keys or (not link.outside and link.pred not in keys):
            raise ClipboardError("clip_unreadable", "A copied link names no copied task.")
        if not link.outside and link.pred == link.succ:
            raise ClipboardError("self_link", "A task cannot precede itself.")
        if checks.lag(link.lag) is not None:
            raise ClipboardError("out_of_range", "A copied link's lag is refused.", field="lag")


def paste_tasks(
    store: PlanStore,
    clip: Clip,
    *,
    after: int | None = None,
    task_ids: Sequence[int] | None = None,
) -> EditResult:
    """Insert the clip's tasks below task ``after`` (its siblings; at the end of the
    plan without one), in one unit of work. ``task_ids`` gives the new tasks the ids a
    first run gave them (a redo); the result's ``new_ids`` are the pasted tasks."""
    _check(clip)
    with store.write() as session:
        shifted: dict[int, dict[str, Any]] = {}
        parent: int | None = None
        top = len(clip.top_rows())
        if after is not None:
            anchor = session.execute(
                select(_TASK.c.parent_id, _TASK.c.seq).where(_TASK.c.id == after)
            ).first()
            if anchor is None:
                raise ClipboardError("missing", f"Task #{after} does not exist.", task_id=after)
            parent, seq = anchor.parent_id, anchor.seq + 1
            for sib_id, sib_seq in siblings(session, parent):
                if sib_seq >= seq and sib_id != after:
                    shifted[sib_id] = {"seq": sib_seq}
                    session.execute(
                        update(_TASK).where(_TASK.c.id == sib_id).values(seq=sib_seq + top)
                    )
        else:
            kin = siblings(session, None)
            seq = (max(s for _, s in kin) + 1) if kin else 0
        names = _Names(session, clip)
        new: dict[int, int] = {}
        order: dict[int | None, int] = defaultdict(int)
        reuse = list(task_ids or ())
        for k, task in enumerate(clip.tasks):
            under = new[task.parent] if task.parent is not None else parent
            position = order[task.parent]
            order[task.parent] += 1
            values: dict[str, Any] = {
                "parent_id": under,
                "seq": seq + position if task.parent is None else position,
                "name": task.name.strip(),
                "phase": task.phase,
                "kind": TaskKind.MILESTONE if task.kind == TaskKind.MILESTONE else TaskKind.TASK,
                "duration": 0 if task.kind == TaskKind.MILESTONE else max(task.duration, 1),
                "progress": task.progress,
                "constraint_type": task.constraint_type,
                "constraint_date": task.constraint_date,
                "owner_id": names.person(task),
                "department_id": names.department(task),
                "wave_id": names.wave(task),
                "deliverable": task.deliverable,
                "acceptance": task.acceptance,
                "notes": task.notes,
            }
            if k < len(reuse):
                values["id"] = reuse[k]
            result = session.connection().execute(insert(_TASK).values(**values))
            key = result.inserted_primary_key
            assert key is not None
            new[task.key] = int(key[0])
        links = _insert_links(session, clip, new)
        kinds = sync_kinds(session, [*new.values(), *([parent] if parent is not None else [])])
        dates, conflicts, moved = reschedule(session)
    ids = tuple(new[t.key] for t in clip.tasks)
    changes = (
        Changes.insert(ChangeKind.TASK, ids)
        | Changes.insert(ChangeKind.DEPENDENCY, links)
        | Changes.update(ChangeKind.TASK, moved | set(shifted) | set(kinds))
        | Changes.update(ChangeKind.TASK_OUTLINE, ids)
    )
    undo = Undo(
        tasks_added=ids,
        links_added=links,
        task_fields=merge_columns(shifted, {k: v for k, v in kinds.items() if k not in new}),
        tasks=tuple(d for d in dates if d.id not in new.values()),
    )
    return EditResult(changes, undo, new_ids=ids, conflicts=conflicts)


def _insert_links(session: Session, clip: Clip, new: Mapping[int, int]) -> tuple[int, ...]:
    outside = {x.pred for x in clip.links if x.outside}
    known: set[int] = set()
    if outside:
        known = set(session.execute(select(_TASK.c.id).where(_TASK.c.id.in_(outside))).scalars())
    ids: list[int] = []
    seen: set[tuple[int, int]] = set()
    for link in clip.links:
        if link.outside and link.pred not in known:
            raise ClipboardError(
                "unknown_predecessor",
                f"There is no task #{link.pred} to link from.",
                task_id=link.pred,
            )
        pred = link.pred if link.outside else new[link.pred]
        succ = new[link.succ]
        if (pred, succ) in seen:
            raise ClipboardError("duplicate_predecessor", f"Task #{pred} is listed twice.", id=pred)
        seen.add((pred, succ))
        result = session.connection().execute(
            insert(_DEP).values(
                predecessor_id=pred, successor_id=succ, type=link.type, lag=link.lag
            )
        )
        key = result.inserted_primary_key
        assert key is not None
        ids.append(int(key[0]))
    return tuple(ids)


class _Names:
    """A copied task's person, department and wave in the plan pasted into: the same
    id when it is the same one (the same name), else the one of that name, else none."""

    def __init__(self, session: Session, clip: Clip) -> None:
        p, d, w = _PERSON, _DEPT, _WAVE
        wanted_people = {t.owner for t in clip.tasks if t.owner}
        self._people: dict[int, str] = {}
        self._people_by_label: dict[str, int] = {}
        if wanted_people:
            for pid, name, number in session.execute(select(p.c.id, p.c.name, p.c.employee_no)):
                label = f"{name} · {number}"
                if label in wanted_people:
                    self._people[pid] = label
                    self._people_by_label.setdefault(label, pid)
        self._depts: dict[int, str] = {i: n for i, n in session.execute(select(d.c.id, d.c.name))}
        self._depts_by_name: dict[str, int] = {}
        for did, name in sorted(self._depts.items()):
            self._depts_by_name.setdefault(name, did)
        self._waves: dict[int, str] = {i: n for i, n in session.execute(select(w.c.id, w.c.name))}
        self._waves_by_name = {name: wid for wid, name in sorted(self._waves.items(), reverse=True)}

    @staticmethod
    def _match(
        ident: int | None, label: str, by_id: Mapping[int, str], by_label: Mapping[str, int]
    ) -> int | None:
        if not label:
            return None
        if ident is not None and by_id.get(ident) == label:
            return ident
        return by_label.get(label)

    def person(self, task: ClipTask) -> int | None:
        return self._match(task.owner_id, task.owner, self._people, self._people_by_label)

    def department(self, task: ClipTask) -> int | None:
        return self._match(task.department_id, task.department, self._depts, self._depts_by_name)

    def wave(self, task: ClipTask) -> int | None:
        return self._match(task.wave_id, task.wave, self._waves, self._waves_by_name)
