"""The demo's WBS builder: tasks scheduled forward as they are added, with links and RACI."""

from __future__ import annotations

from collections.abc import Sequence

from oa_desk.domain.enums import ConstraintType, DependencyType, Phase, RaciRole, TaskKind

Row = tuple[object, ...]
# (predecessor task id, link type, lag in working days)
Pred = tuple[int, DependencyType, int]

FS, SS, FF = DependencyType.FS, DependencyType.SS, DependencyType.FF
PREP, IMPL, OPT = Phase.PREPARE.value, Phase.IMPLEMENT.value, Phase.OPTIMISE.value
TASK, SUMMARY, MILESTONE = TaskKind.TASK.value, TaskKind.SUMMARY.value, TaskKind.MILESTONE.value
_R, _A, _C, _I = RaciRole.R.value, RaciRole.A.value, RaciRole.C.value, RaciRole.I.value


class Task:
    """A WBS line being built; ``s`` and ``d`` are its start and duration in working days."""

    __slots__ = (
        "acceptance",
        "children",
        "ctype",
        "d",
        "deliverable",
        "dept",
        "kind",
        "name",
        "notes",
        "owner",
        "parent",
        "phase",
        "s",
        "seq",
        "wave",
    )

    def __init__(
        self, name: str, parent: int | None, seq: int, phase: str, kind: str, d: int
    ) -> None:
        self.name = name
        self.parent = parent
        self.seq = seq
        self.phase = phase
        self.kind = kind
        self.s = 0
        self.d = d
        self.owner: int | None = None
        self.dept: int | None = None
        self.wave: int | None = None
        self.deliverable = ""
        self.acceptance = ""
        self.ctype = ConstraintType.ASAP.value
        self.notes = ""
        self.children: list[int] = []


class Wbs:
    """Tasks scheduled forward as they are added: every predecessor exists before its
    successor, so ids follow a topological order and there can be no cycle."""

    def __init__(self) -> None:
        self.tasks: list[Task] = [Task("", None, 0, PREP, SUMMARY, 0)]  # index = id
        self.deps: list[Row] = []
        self.raci: list[Row] = []
        self._seq: dict[int | None, int] = {}

    def _new(self, name: str, parent: int | None, phase: str, kind: str, d: int) -> int:
        seq = self._seq.get(parent, 0) + 1
        self._seq[parent] = seq
        tid = len(self.tasks)
        self.tasks.append(Task(name, parent, seq, phase, kind, d))
        if parent is not None:
            self.tasks[parent].children.append(tid)
        return tid

    def summary(self, name: str, parent: int | None, phase: str) -> int:
        return self._new(name, parent, phase, SUMMARY, 0)

    def add(
        self,
        name: str,
        parent: int,
        phase: str,
        d: int,
        preds: Sequence[Pred] = (),
        earliest: int = 0,
    ) -> int:
        """A task (d >= 1 working days) or a milestone (d == 0) as early as its links allow."""
        tid = self._new(name, parent, phase, MILESTONE if d == 0 else TASK, d)
        tasks, s = self.tasks, earliest
        for pid, kind, lag in preds:
            p = tasks[pid]
            if kind is FS:
                c = p.s + p.d + lag
            elif kind is SS:
                c = p.s + lag
            elif kind is FF:
                c = p.s + p.d + lag - d
            else:  # SF
                c = p.s + lag - d
            if c > s:
                s = c
            self.deps.append((len(self.deps) + 1, pid, tid, kind.value, lag))
        tasks[tid].s = s
        return tid

    def close_all(self) -> None:
        """Roll every summary's span up from its children (children have larger ids)."""
        tasks = self.tasks
        for tid in range(len(tasks) - 1, 0, -1):
            if tasks[tid].kind == SUMMARY:
                kids = [tasks[c] for c in tasks[tid].children]
                start = min(k.s for k in kids)
                end = max(k.s + max(k.d, 1) for k in kids)
                tasks[tid].s, tasks[tid].d = start, end - start

    def assign(
        self,
        tid: int,
        *,
        owner: int | None = None,
        dept: int | None = None,
        wave: int | None = None,
        deliverable: str = "",
        acceptance: str = "",
    ) -> None:
        t = self.tasks[tid]
        t.owner, t.dept, t.wave = owner, dept, wave
        t.deliverable, t.acceptance = deliverable, acceptance

    def racify(
        self, tid: int, a: int, r: Sequence[int] = (), c: Sequence[int] = (), i: Sequence[int] = ()
    ) -> None:
        """RACI rows for a task: one A, then R, C, I (a stakeholder keeps their first role)."""
        raci = self.raci
        seen = {a}
        raci.append((len(raci) + 1, tid, a, _A))
        for role, ids in ((_R, r), (_C, c), (_I, i)):
            for sid in ids:
                if sid and sid not in seen:
                    seen.add(sid)
                    raci.append((len(raci) + 1, tid, sid, role))


def parse_pred(token: str, keys: dict[str, int]) -> Pred:
    """``key``, ``key:SS``, ``key:FF+10``: a predecessor by key, link type and lag."""
    key, _, link = token.partition(":")
    kind, _, lag = (link or "FS").partition("+")
    return keys[key], DependencyType(kind), int(lag or 0)
