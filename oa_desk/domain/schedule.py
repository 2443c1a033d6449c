"""The scheduler: critical path method over plain data, on a working calendar.

Input is plain data (:class:`TaskSpec`, :class:`LinkSpec`); no database here.
:class:`Scheduler` compiles the plan into integer arrays, runs a forward pass
(early dates) and a backward pass (late dates, total float), and can then
re-run only what one task's change affects (:meth:`Scheduler.update_task`,
the Gantt drag case). :func:`schedule` is the one-shot form.

Date conventions
----------------
* All arithmetic is in working days of the plan's :class:`WorkCalendar`
  (see its module for ordinals). Durations and lags are working days; a
  negative lag is a lead.
* A task of ``n >= 1`` working days has a **start** date (its first working
  day) and a **finish** date (its last working day, inclusive): a 1-day task
  starts and finishes on the same day.
* A **milestone** has duration 0 and sits at the start of a working day:
  its start and finish are that same day. After a finish-to-start link from a
  task finishing on Friday, a milestone falls on Monday (GanttProject's
  convention; MS Project shows it at Friday 17:00).
* Links, in boundary form (``F`` = the day after the finish, exclusive):
  FS ``S_succ >= F_pred + lag``; SS ``S_succ >= S_pred + lag``;
  FF ``F_succ >= F_pred + lag``; SF ``F_succ >= S_pred + lag``.
  So FS with lag 0 starts the successor on the working day after the
  predecessor's finish, and FS +2 leaves two working days between them.
* No task starts before the project start.

Summary tasks
-------------
A task with children is a summary: its start is the earliest start and its
finish the latest finish of its children, its progress the duration-weighted
mean of its leaf tasks (plain mean when they are all milestones). A milestone
counts with its own day towards its summary's finish and the project finish,
so a phase that ends with its go-live milestone finishes on that day, and a
finish-to-start successor of the phase starts the day after. A link *into*
a summary (FS or SS only, as in MS Project) holds back every task under it;
a link *from* a summary starts from its rolled-up dates. A summary's
``start no earlier than`` applies to everything under it; ``must start on``
on a summary acts as ``start no earlier than`` (MS Project refuses it); its
``finish no later than`` is a deadline for everything under it.

Constraints (on leaf tasks)
---------------------------
* ASAP: as early as links, the summary above and the project start allow.
* SNET: additionally not before the constraint date.
* FNLT: scheduled as ASAP; the date caps the late finish, so a finish after
  it shows as negative float and a :class:`Conflict`.
* MSO: starts on the constraint date whatever the links say (MS Project's
  "tasks honour their constraint dates"); when links want it later, a
  :class:`Conflict` says by how many working days. Its late dates are the
  constraint dates.

Total float is ``late finish - early finish`` in working days; a task is
critical when its float is zero or negative. Progress does not pin dates (no
actual start/finish or status date here).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import heapq
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from oa_desk.domain.calendar import WorkCalendar
from oa_desk.domain.enums import ConstraintType, DependencyType, TaskKind

__all__ = [
    "Conflict",
    "DependencyLoopError",
    "LinkError",
    "LinkSpec",
    "Schedule",
    "ScheduleError",
    "ScheduleInputError",
    "Scheduler",
    "TaskSpec",
    "TaskTimes",
    "Variance",
    "paused_gc",
    "schedule",
    "validate_link",
    "variance",
]

# Compact codes used in the inner loops.
_FS, _SS, _FF, _SF = 0, 1, 2, 3
_LINK_CODE = {DependencyType.FS: _FS, DependencyType.SS: _SS, DependencyType.FF: _FF}
_LINK_CODE[DependencyType.SF] = _SF
_ASAP, _SNET, _FNLT, _MSO = 0, 1, 2, 3
_CONSTRAINT_CODE = {
    ConstraintType.ASAP: _ASAP,
    ConstraintType.SNET: _SNET,
    ConstraintType.FNLT: _FNLT,
    ConstraintType.MSO: _MSO,
}
_FAR = 1 << 40  # "no limit" for late-date ceilings


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building large acyclic arrays.

    Compiling a big plan allocates ~100k small lists and tuples; without this
    the collector runs hundreds of times and doubles the cost of a full pass.
    Nothing built here is cyclic, so reference counting frees it all anyway.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# -- input -----------------------------------------------------------------------------


class TaskSpec(NamedTuple):
    """One task as the scheduler sees it.

    ``duration`` is in working days (0 for a milestone; ignored for a task
    that has children, whose dates roll up). ``constraint_date`` is required
    for every constraint but ASAP. ``progress`` is a percentage. A named tuple,
    because plans of 20,000 tasks are built from these in a few milliseconds.
    """

    id: int
    parent: int | None = None
    kind: TaskKind = TaskKind.TASK
    duration: int = 1
    constraint: ConstraintType = ConstraintType.ASAP
    constraint_date: dt.date | None = None
    progress: int = 0
    name: str = ""


class LinkSpec(NamedTuple):
    """A dependency: ``pred`` must reach a point before ``succ`` may (see module doc)."""

    pred: int
    succ: int
    type: DependencyType = DependencyType.FS
    lag: int = 0


# -- errors ----------------------------------------------------------------------------


class ScheduleError(ValueError):
    """The plan cannot be scheduled or the edit cannot be made; nothing was changed."""


class ScheduleInputError(ScheduleError):
    """The data is inconsistent (unknown task, missing constraint date, …)."""


def _label(task_id: int, name: str) -> str:
    return f"#{task_id} {name}" if name else f"#{task_id}"


class DependencyLoopError(ScheduleError):
    """The dependencies (or a link and the outline) form a loop.

    ``task_ids`` and ``names`` list the tasks around the loop in order; the
    first one is repeated at the end of the message to close it.
    """

    def __init__(self, task_ids: Sequence[int], names: Sequence[str]) -> None:
        self.task_ids = tuple(task_ids)
        self.names = tuple(names)
        chain = [_label(i, n) for i, n in zip(self.task_ids, self.names, strict=True)]
        chain.append(chain[0])
        super().__init__("Dependency loop: " + " → ".join(chain))


class LinkError(ScheduleError):
    """A proposed link is refused. ``reason`` is a stable code for translation:

    ``unknown`` (no such task), ``self`` (a task linked to itself), ``duplicate``
    (the two tasks are already linked), ``outline`` (a summary and a task
    under it), ``summary_finish`` (an FF or SF link into a summary task).
    Loops raise :class:`DependencyLoopError` instead.
    """

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        super().__init__(message)


# -- output ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Conflict:
    """A constraint that cannot be met.

    ``days`` is how many working days late: for ``must start on`` the links
    want the task to start that much later; for ``finish no later than`` the
    task finishes that much after the date.
    """

    task_id: int
    name: str
    constraint: ConstraintType
    constraint_date: dt.date
    days: int

    def message(self) -> str:
        what = "cannot start on" if self.constraint is ConstraintType.MSO else "finishes after"
        unit = "working day" if self.days == 1 else "working days"
        return (
            f"{_label(self.task_id, self.name)} {what} {self.constraint_date.isoformat()}: "
            f"{self.days} {unit} late"
        )


@dataclass(frozen=True, slots=True)
class TaskTimes:
    """A task's computed schedule. Dates are inclusive (see module doc)."""

    id: int
    start: dt.date
    finish: dt.date
    duration: int  # working days; for a summary, its rolled-up span
    late_start: dt.date
    late_finish: dt.date
    total_float: int  # working days; <= 0 means critical
    progress: int  # percent; rolled up for a summary
    summary: bool

    @property
    def critical(self) -> bool:
        return self.total_float <= 0


class Schedule:
    """An immutable snapshot of a schedule: per-task times, critical path, conflicts."""

    __slots__ = (
        "_cal",
        "_ef",
        "_es",
        "_ids",
        "_index",
        "_lf",
        "_ls",
        "_n",
        "_progress",
        "_summary",
        "conflicts",
        "project_finish",
        "project_start",
    )

    def __init__(
        self,
        *,
        calendar: WorkCalendar,
        ids: list[int],
        index: Mapping[int, int],
        es: list[int],
        ef: list[int],
        ls: list[int],
        lf: list[int],
        progress: list[int],
        summary: list[bool],
        conflicts: tuple[Conflict, ...],
        start: int,
        end: int,
    ) -> None:
        self._cal = calendar
        self._ids = ids
        self._index = index
        self._es, self._ef, self._ls, self._lf = es, ef, ls, lf
        self._progress = progress
        self._summary = summary
        self._n = len(ids)
        self.conflicts = conflicts
        self.project_start: dt.date = calendar.date_of(start)
        self.project_finish: dt.date = calendar.date_of(max(start, end - 1))

    def __len__(self) -> int:
        return self._n

    def __iter__(self) -> Iterator[int]:
        return iter(self._ids)

    def __contains__(self, task_id: object) -> bool:
        return task_id in self._index

    def __getitem__(self, task_id: int) -> TaskTimes:
        i = self._index[task_id]
        cal = self._cal
        es, ef, ls, lf = self._es[i], self._ef[i], self._ls[i], self._lf[i]
        return TaskTimes(
            id=task_id,
            start=cal.date_of(es),
            finish=cal.date_of(ef - 1 if ef > es else es),
            duration=ef - es,
            late_start=cal.date_of(ls),
            late_finish=cal.date_of(lf - 1 if lf > ls else ls),
            total_float=lf - ef,
            progress=self._progress[i],
            summary=self._summary[i],
        )

    def dates(self) -> dict[int, tuple[dt.date, dt.date]]:
        """Start and finish (inclusive) of every task, computed in one sweep."""
        es, ef = self._es, self._ef
        starts = self._cal.dates_of(es)
        finishes = self._cal.dates_of([f - 1 if f > s else s for s, f in zip(es, ef, strict=True)])
        return dict(zip(self._ids, zip(starts, finishes, strict=True), strict=True))

    def durations(self) -> dict[int, int]:
        """Working days of every task (a summary's rolled-up span)."""
        return {t: f - s for t, s, f in zip(self._ids, self._es, self._ef, strict=True)}

    def progress(self) -> dict[int, int]:
        """Progress of every task (rolled up for summaries)."""
        return dict(zip(self._ids, self._progress, strict=True))

    def summary_ids(self) -> frozenset[int]:
        """Tasks that have children (their dates roll up)."""
        return frozenset(t for t, is_sum in zip(self._ids, self._summary, strict=True) if is_sum)

    def total_float(self, task_id: int) -> int:
        i = self._index[task_id]
        return self._lf[i] - self._ef[i]

    def critical_ids(self) -> frozenset[int]:
        """Tasks with zero or negative total float: the critical path."""
        return frozenset(
            t for t, f, lf in zip(self._ids, self._ef, self._lf, strict=True) if lf - f <= 0
        )


# -- the scheduler ---------------------------------------------------------------------


class Scheduler:
    """A compiled plan that schedules fully once and then incrementally.

    Build it with the plan's tasks, links, calendar and project start; it
    raises :class:`DependencyLoopError` or :class:`ScheduleInputError` for a
    plan that cannot be scheduled. :meth:`result` snapshots the schedule.
    :meth:`update_task` changes one task's duration or constraint and
    recomputes only the tasks downstream (early dates) and upstream (late
    dates) of it; :meth:`check_link` validates a link before it is made.

    Internally task ``i`` (dense index) has node ``i`` (the task itself, or a
    summary's *floor*: the earliest its children may start) and, for a
    summary, node ``n + i`` (its *roll-up*: min start / max finish of its
    children in the forward pass, the ceilings on its children's finish and
    start in the backward pass). Arrays ``es``/``ef``/``ls``/``lf`` are indexed
    by node. Links are kept as flat lists per task, ``pin[i]`` = ``[from_node,
    type, lag, …]`` and ``pout[i]`` = ``[to_task, type, lag, …]``, which keeps
    the object count (and so build and free time) low for big plans.
    """

    def __init__(
        self,
        tasks: Sequence[TaskSpec],
        links: Sequence[LinkSpec],
        calendar: WorkCalendar,
        project_start: dt.date,
    ) -> None:
        self.calendar = calendar
        self.project_start = project_start
        with paused_gc():
            self._compile(tasks, links)
            self._forward_all()
            self._backward_all()

    # -- compile ---------------------------------------------------------------------

    def _compile(self, tasks: Sequence[TaskSpec], links: Sequence[LinkSpec]) -> None:
        cal = self.calendar
        n = len(tasks)
        self._n = n
        ids = [t.id for t in tasks]
        index = {tid: i for i, tid in enumerate(ids)}
        if len(index) != n:
            dup = next(t for t in ids if ids.count(t) > 1)
            raise ScheduleInputError(f"task #{dup} appears twice")
        self._ids = ids
        self._index = index
        self._names = [t.name for t in tasks]
        parent = [-1] * n
        children: list[list[int]] = [[] for _ in range(n)]
        for i, t in enumerate(tasks):
            if t.parent is not None:
                p = index.get(t.parent)
                if p is None:
                    raise ScheduleInputError(
                        f"{_label(t.id, t.name)} is under task #{t.parent}, which does not exist"
                    )
                parent[i] = p
                children[p].append(i)
        self._parent = parent
        self._children = children
        self._pre: list[int] | None = None  # outline numbering, computed when needed
        self._post: list[int] = []
        is_sum = [bool(c) for c in children]
        self._is_sum = is_sum
        self._start0 = cal.ordinal(self.project_start)
        self._dur = [0] * n
        self._milestone = [t.kind == TaskKind.MILESTONE for t in tasks]
        self._ctype = [_ASAP] * n
        self._cdate = [0] * n  # start ordinal (SNET/MSO) or finish boundary (FNLT)
        self._cday: list[dt.date | None] = [None] * n
        self._progress_in = [0] * n
        dur, prog_in = self._dur, self._progress_in
        milestone = TaskKind.MILESTONE
        asap = ConstraintType.ASAP
        for i, t in enumerate(tasks):
            if t.constraint == asap and t.duration >= 0:
                dur[i] = 0 if t.kind == milestone else t.duration  # the common case, inlined
            else:
                self._set_task(i, t.kind, t.duration, t.constraint, t.constraint_date)
            pr = t.progress
            prog_in[i] = 100 if pr > 100 else (0 if pr < 0 else pr)
        out = [n + i if is_sum[i] else i for i in range(n)]
        self._out = out
        pin: list[list[int]] = [[] for _ in range(n)]
        pout: list[list[int]] = [[] for _ in range(n)]
        self._pin, self._pout = pin, pout  # filled below; _check_pair reads them on refusal
        link_code = _LINK_CODE
        for link in links:
            a = index.get(link.pred)
            b = index.get(link.succ)
            if a is None or b is None:
                missing = link.pred if a is None else link.succ
                raise ScheduleInputError(
                    f"a dependency names task #{missing}, which does not exist"
                )
            code = link_code[link.type]
            if a == b or ((is_sum[a] or is_sum[b]) and self._related(a, b, code)):
                self._check_pair(a, b, code)  # raises with the reason
            lag = link.lag
            pin[b] += (out[a], code, lag)
            pout[a] += (b, code, lag)
        self._order = self._toposort()
        self._pos = [0] * (2 * n)
        for k, v in enumerate(self._order):
            self._pos[v] = k
        self._es = [0] * (2 * n)
        self._ef = [0] * (2 * n)
        self._ls = [0] * (2 * n)
        self._lf = [0] * (2 * n)
        self._prog = [0] * n
        self._conflict_days: dict[int, int] = {}
        self._end = self._start0

    def _set_task(
        self,
        i: int,
        kind: TaskKind,
        duration: int,
        constraint: ConstraintType,
        constraint_date: dt.date | None,
    ) -> None:
        cal = self.calendar
        name = _label(self._ids[i], self._names[i])
        if duration < 0:
            raise ScheduleInputError(f"{name} has a negative duration ({duration})")
        d = 0 if kind == TaskKind.MILESTONE else duration
        code = _CONSTRAINT_CODE[ConstraintType(constraint)]
        if code != _ASAP and constraint_date is None:
            raise ScheduleInputError(f"{name}: constraint {constraint} needs a date")
        self._dur[i] = d
        self._milestone[i] = kind == TaskKind.MILESTONE
        self._ctype[i] = code
        self._cday[i] = constraint_date if code != _ASAP else None
        if constraint_date is None or code == _ASAP:
            self._cdate[i] = 0
        elif code == _FNLT:
            milestone = d == 0 and not self._is_sum[i]
            self._cdate[i] = (
                cal.ordinal(constraint_date) if milestone else cal.finish_boundary(constraint_date)
            )
        else:
            self._cdate[i] = cal.ordinal(constraint_date)

    # -- the outline and the graph -----------------------------------------------------

    def _check_outline(self) -> None:
        """Refuse a parent loop; number the outline so ancestry is an O(1) test.

        ``pre[i] < pre[j] < post[i]`` exactly when ``i`` is above ``j``.
        """
        n = self._n
        parent, children = self._parent, self._children
        pre = [-1] * n
        post = [0] * n
        clock = 0
        for root in range(n):
            if parent[root] >= 0:
                continue
            stack = [(root, 0)]
            pre[root] = clock
            clock += 1
            while stack:
                v, k = stack[-1]
                kids = children[v]
                if k < len(kids):
                    stack[-1] = (v, k + 1)
                    c = kids[k]
                    pre[c] = clock
                    clock += 1
                    stack.append((c, 0))
                else:
                    stack.pop()
                    post[v] = clock
        if clock < n:  # tasks unreachable from a root sit on a parent loop
            j = next(i for i in range(n) if pre[i] < 0)
            seen: list[int] = []
            while j not in seen:
                seen.append(j)
                j = parent[j]
            loop = seen[seen.index(j) :]
            raise ScheduleInputError(
                "The outline loops: "
                + " → ".join(_label(self._ids[k], self._names[k]) for k in loop)
            )
        self._pre, self._post = pre, post

    def _is_ancestor(self, a: int, b: int) -> bool:
        """True when task ``a`` is above task ``b`` in the outline."""
        if self._pre is None:
            self._check_outline()
        pre = self._pre
        assert pre is not None
        return pre[a] < pre[b] < self._post[a]

    def _related(self, a: int, b: int, code: int) -> bool:
        """True when a link a -> b touching a summary must be refused."""
        return (
            (self._is_sum[b] and code >= _FF) or self._is_ancestor(a, b) or self._is_ancestor(b, a)
        )

    def _check_pair(self, a: int, b: int, code: int) -> None:
        la = _label(self._ids[a], self._names[a])
        lb = _label(self._ids[b], self._names[b])
        if a == b:
            raise LinkError("self", f"{la} cannot depend on itself")
        if b in self._pout[a][::3]:
            raise LinkError("duplicate", f"{la} and {lb} are already linked")
        if self._is_ancestor(a, b) or self._is_ancestor(b, a):
            raise LinkError(
                "outline", f"{la} and {lb} cannot be linked: one is a summary of the other"
            )
        if self._is_sum[b] and code in (_FF, _SF):
            raise LinkError(
                "summary_finish",
                f"{lb} is a summary task: links into it must be finish-to-start or start-to-start",
            )

    def _task_of(self, v: int) -> int:
        return v - self._n if v >= self._n else v

    def _succ_nodes(self, v: int) -> list[int]:
        """Nodes whose early dates depend on node ``v``."""
        n = self._n
        if v < n and self._is_sum[v]:
            return self._children[v]
        i = v - n if v >= n else v
        nodes = self._pout[i][::3]
        p = self._parent[i]
        if p >= 0:
            nodes.append(n + p)
        return nodes

    def _pred_nodes(self, v: int) -> list[int]:
        """Nodes whose late dates depend on node ``v``."""
        n = self._n
        if v >= n:
            out = self._out
            return [out[c] for c in self._children[v - n]]
        nodes = self._pin[v][::3]
        p = self._parent[v]
        if p >= 0:
            nodes.append(p)
        return nodes

    def _toposort(self) -> list[int]:
        n = self._n
        parent, children, is_sum, pout = self._parent, self._children, self._is_sum, self._pout
        indeg = [len(x) // 3 for x in self._pin] + [0] * n
        for i in range(n):
            if parent[i] >= 0:
                indeg[i] += 1  # from the parent's floor
            if is_sum[i]:
                indeg[n + i] = len(children[i])  # from each child into the roll-up
        order = [i for i in range(n) if indeg[i] == 0]
        k = 0
        while k < len(order):
            v = order[k]
            k += 1
            if v < n:
                if is_sum[v]:
                    for c in children[v]:
                        indeg[c] -= 1
                        if indeg[c] == 0:
                            order.append(c)
                    continue
                i = v
            else:
                i = v - n
            for w in pout[i][::3]:
                indeg[w] -= 1
                if indeg[w] == 0:
                    order.append(w)
            p = parent[i]
            if p >= 0:
                r = n + p
                indeg[r] -= 1
                if indeg[r] == 0:
                    order.append(r)
        if len(order) != n + sum(is_sum):
            self._check_outline()  # a parent loop gets its own message
            live = list(range(n)) + [n + i for i in range(n) if is_sum[i]]
            self._raise_loop([v for v in live if indeg[v] > 0])
        return order

    def _raise_loop(self, stuck: list[int]) -> None:
        """Find one loop among the nodes a topological sort could not place."""
        stuck_set = set(stuck)
        seen: dict[int, int] = {}
        path: list[int] = []
        v = stuck[0]
        while v not in seen:  # every stuck node has a stuck predecessor: walk back
            seen[v] = len(path)
            path.append(v)
            v = next(u for u in self._pred_nodes(v) if u in stuck_set)
        loop = path[seen[v] :]
        loop.reverse()  # predecessor first
        self._raise_loop_of_nodes(loop)

    def _raise_loop_of_nodes(self, nodes: Sequence[int]) -> None:
        tasks: list[int] = []
        for v in nodes:
            i = self._task_of(v)
            if not tasks or tasks[-1] != i:
                tasks.append(i)
        if len(tasks) > 1 and tasks[0] == tasks[-1]:
            tasks.pop()
        raise DependencyLoopError([self._ids[i] for i in tasks], [self._names[i] for i in tasks])

    # -- passes --------------------------------------------------------------------------

    def _forward_node(self, v: int) -> bool:
        """Recompute node ``v``'s early dates; True when they changed.

        The same rules as :meth:`_forward_all`, for one node (incremental path).
        """
        n = self._n
        es, ef = self._es, self._ef
        if v >= n:  # summary roll-up: min start, max finish of its children
            out = self._out
            kids = self._children[v - n]
            lo = min([es[out[c]] for c in kids])
            hi = max([ef[o] if ef[o] > es[o] else es[o] + 1 for o in [out[c] for c in kids]])
            if es[v] == lo and ef[v] == hi:
                return False
            es[v], ef[v] = lo, hi
            return True
        p = self._parent[v]
        lb = es[p] if p >= 0 else self._start0
        d = self._dur[v]
        it = iter(self._pin[v])
        for u, code, lag in zip(it, it, it, strict=True):
            if code == _FS:
                x = ef[u] + lag
            elif code == _SS:
                x = es[u] + lag
            elif code == _FF:
                x = ef[u] + lag - d
            else:
                x = es[u] + lag - d
            if x > lb:
                lb = x
        ct = self._ctype[v]
        if ct:
            c = self._cdate[v]
            if ct == _SNET or (ct == _MSO and self._is_sum[v]):
                if c > lb:
                    lb = c
            elif ct == _MSO:
                if lb > c:
                    self._conflict_days[v] = lb - c
                else:
                    self._conflict_days.pop(v, None)
                lb = c
        f = -_FAR if self._is_sum[v] else lb + d  # a floor has no finish of its own
        if es[v] == lb and ef[v] == f:
            return False
        es[v], ef[v] = lb, f
        return True

    def _forward_all(self) -> None:
        # The loop body is _forward_node inlined: this is the hot path.
        n = self._n
        es, ef = self._es, self._ef
        parent, dur, pin, ctype, cdate = (
            self._parent,
            self._dur,
            self._pin,
            self._ctype,
            self._cdate,
        )
        is_sum, out, children = self._is_sum, self._out, self._children
        start0 = self._start0
        conflicts: dict[int, int] = {}
        for v in self._order:
            if v >= n:
                kids = children[v - n]
                es[v] = min([es[out[c]] for c in kids])
                ef[v] = max([ef[o] if ef[o] > es[o] else es[o] + 1 for o in [out[c] for c in kids]])
                continue
            p = parent[v]
            lb = es[p] if p >= 0 else start0
            d = dur[v]
            it = iter(pin[v])
            for u, code, lag in zip(it, it, it):  # noqa: B905 - flat triples
                if code == _FS:
                    x = ef[u] + lag
                elif code == _SS:
                    x = es[u] + lag
                elif code == _FF:
                    x = ef[u] + lag - d
                else:
                    x = es[u] + lag - d
                if x > lb:
                    lb = x
            ct = ctype[v]
            if ct:
                c = cdate[v]
                if ct == _SNET or (ct == _MSO and is_sum[v]):
                    if c > lb:
                        lb = c
                elif ct == _MSO:
                    if lb > c:
                        conflicts[v] = lb - c
                    lb = c
            es[v] = lb
            ef[v] = -_FAR if is_sum[v] else lb + d  # a floor has no finish of its own
        self._conflict_days = conflicts
        self._end = self._project_end()
        self._rollup_progress()

    def _project_end(self) -> int:
        """The project's finish boundary: the day after the last day any bar covers."""
        es, ef, is_sum = self._es, self._ef, self._is_sum
        ends = [ef[i] if ef[i] > es[i] else es[i] + 1 for i in range(self._n) if not is_sum[i]]
        return max(ends, default=self._start0)

    def _rollup_progress(self) -> None:
        n = self._n
        prog = self._prog
        dur, pin_prog, children, is_sum = self._dur, self._progress_in, self._children, self._is_sum
        weight = [0] * n
        weighted = [0] * n
        count = [0] * n
        plain = [0] * n
        for v in self._order:
            if v < n:
                if not is_sum[v]:
                    prog[v] = pin_prog[v]
                    weight[v] = dur[v]
                    weighted[v] = dur[v] * pin_prog[v]
                    count[v] = 1
                    plain[v] = pin_prog[v]
                continue
            i = v - n
            w = s = c = q = 0
            for k in children[i]:
                w += weight[k]
                s += weighted[k]
                c += count[k]
                q += plain[k]
            weight[i], weighted[i], count[i], plain[i] = w, s, c, q
            prog[i] = round(s / w) if w else (round(q / c) if c else 0)

    def _backward_node(self, v: int) -> bool:
        """Recompute node ``v``'s late dates; True when they changed.

        The same rules as :meth:`_backward_all`, for one node (incremental path).
        """
        n = self._n
        ls, lf = self._ls, self._lf
        if v >= n:  # summary ceilings: finish (lf) and start (ls) limits on its children
            i = v - n
            p = self._parent[i]
            cf = lf[n + p] if p >= 0 else self._end
            cs = ls[n + p] if p >= 0 else _FAR
            it = iter(self._pout[i])
            for w, code, lag in zip(it, it, it, strict=True):
                if code == _FS:
                    cf = min(cf, ls[w] - lag)
                elif code == _FF:
                    cf = min(cf, lf[w] - lag)
                elif code == _SS:
                    cs = min(cs, ls[w] - lag)
                else:
                    cs = min(cs, lf[w] - lag)
            if self._ctype[i] == _FNLT and self._cdate[i] < cf:
                cf = self._cdate[i]
            if ls[v] == cs and lf[v] == cf:
                return False
            ls[v], lf[v] = cs, cf
            return True
        if self._is_sum[v]:  # floor: the summary's late dates roll up from its children
            kids = self._children[v]
            a = min([ls[c] for c in kids])
            b = max([lf[c] if lf[c] > ls[c] else ls[c] + 1 for c in kids])
            if ls[v] == a and lf[v] == b:
                return False
            ls[v], lf[v] = a, b
            return True
        d = self._dur[v]
        p = self._parent[v]
        # A milestone counts with its own day towards its summary and the project end.
        limit = min(lf[n + p] - (d == 0), ls[n + p] + d) if p >= 0 else self._end - (d == 0)
        it = iter(self._pout[v])
        for w, code, lag in zip(it, it, it, strict=True):
            if code == _FS:
                x = ls[w] - lag
            elif code == _FF:
                x = lf[w] - lag
            elif code == _SS:
                x = ls[w] - lag + d
            else:
                x = lf[w] - lag + d
            if x < limit:
                limit = x
        ct = self._ctype[v]
        if ct == _MSO:
            a, b = self._cdate[v], self._cdate[v] + d
        else:
            if ct == _FNLT and self._cdate[v] < limit:
                limit = self._cdate[v]
            a, b = limit - d, limit
        if ls[v] == a and lf[v] == b:
            return False
        ls[v], lf[v] = a, b
        return True

    def _backward_all(self) -> None:
        # The loop body is _backward_node inlined: this is the hot path.
        n = self._n
        ls, lf = self._ls, self._lf
        parent, dur, pout, ctype, cdate = (
            self._parent,
            self._dur,
            self._pout,
            self._ctype,
            self._cdate,
        )
        is_sum, children = self._is_sum, self._children
        end = self._end
        for v in reversed(self._order):
            if v >= n:
                i = v - n
                p = parent[i]
                if p >= 0:
                    cf, cs = lf[n + p], ls[n + p]
                else:
                    cf, cs = end, _FAR
                it = iter(pout[i])
                for w, code, lag in zip(it, it, it):  # noqa: B905 - flat triples
                    if code == _FS:
                        x = ls[w] - lag
                        if x < cf:
                            cf = x
                    elif code == _FF:
                        x = lf[w] - lag
                        if x < cf:
                            cf = x
                    elif code == _SS:
                        x = ls[w] - lag
                        if x < cs:
                            cs = x
                    else:
                        x = lf[w] - lag
                        if x < cs:
                            cs = x
                if ctype[i] == _FNLT and cdate[i] < cf:
                    cf = cdate[i]
                ls[v], lf[v] = cs, cf
                continue
            if is_sum[v]:
                kids = children[v]
                ls[v] = min([ls[c] for c in kids])
                lf[v] = max([lf[c] if lf[c] > ls[c] else ls[c] + 1 for c in kids])
                continue
            d = dur[v]
            p = parent[v]
            if p >= 0:
                limit = lf[n + p] - (d == 0)  # a milestone counts with its own day
                x = ls[n + p] + d
                if x < limit:
                    limit = x
            else:
                limit = end - (d == 0)
            it = iter(pout[v])
            for w, code, lag in zip(it, it, it):  # noqa: B905 - flat triples
                if code == _FS:
                    x = ls[w] - lag
                elif code == _FF:
                    x = lf[w] - lag
                elif code == _SS:
                    x = ls[w] - lag + d
                else:
                    x = lf[w] - lag + d
                if x < limit:
                    limit = x
            ct = ctype[v]
            if ct == _MSO:
                ls[v] = cdate[v]
                lf[v] = cdate[v] + d
            else:
                if ct == _FNLT and cdate[v] < limit:
                    limit = cdate[v]
                ls[v] = limit - d
                lf[v] = limit

    # -- results -------------------------------------------------------------------------

    def conflicts(self) -> tuple[Conflict, ...]:
        """Constraints that cannot be met, in task order."""
        found: list[Conflict] = []
        ef, out, cday, ctype, cdate = self._ef, self._out, self._cday, self._ctype, self._cdate
        for i in range(self._n):
            day = cday[i]
            if day is None:
                continue
            ct = ctype[i]
            if ct == _MSO and i in self._conflict_days:
                late = self._conflict_days[i]
                found.append(Conflict(self._ids[i], self._names[i], ConstraintType.MSO, day, late))
            elif ct == _FNLT and ef[out[i]] > cdate[i]:
                late = ef[out[i]] - cdate[i]
                found.append(Conflict(self._ids[i], self._names[i], ConstraintType.FNLT, day, late))
        return tuple(found)

    def result(self) -> Schedule:
        """A snapshot of the current schedule (later updates do not change it)."""
        n = self._n
        out = self._out
        es, ef = self._es, self._ef
        return Schedule(
            calendar=self.calendar,
            ids=list(self._ids),
            index=self._index,
            es=[es[o] for o in out],
            ef=[ef[o] for o in out],
            ls=self._ls[:n],
            lf=self._lf[:n],
            progress=list(self._prog),
            summary=list(self._is_sum),
            conflicts=self.conflicts(),
            start=self._start0,
            end=self._end,
        )

    def times(self, task_id: int) -> TaskTimes:
        """One task's current times, without snapshotting the whole plan."""
        i = self._index[task_id]
        o = self._out[i]
        cal = self.calendar
        es, ef, ls, lf = self._es[o], self._ef[o], self._ls[i], self._lf[i]
        return TaskTimes(
            id=task_id,
            start=cal.date_of(es),
            finish=cal.date_of(ef - 1 if ef > es else es),
            duration=ef - es,
            late_start=cal.date_of(ls),
            late_finish=cal.date_of(lf - 1 if lf > ls else ls),
            total_float=lf - ef,
            progress=self._prog[i],
            summary=self._is_sum[i],
        )

    @property
    def task_ids(self) -> Sequence[int]:
        return tuple(self._ids)

    # -- incremental updates ---------------------------------------------------------------

    def update_task(
        self,
        task_id: int,
        *,
        duration: int | None = None,
        constraint: ConstraintType | None = None,
        constraint_date: dt.date | None = None,
        kind: TaskKind | None = None,
        progress: int | None = None,
    ) -> frozenset[int]:
        """Change one task and reschedule only what that affects.

        Arguments left ``None`` keep their value (pass ``constraint=ASAP`` to
        drop a constraint; ``kind=MILESTONE`` forces duration 0). Returns the
        ids of the tasks whose early dates changed (the bars to repaint);
        late dates and float are brought up to date for every task whose
        float may have moved, and summaries' progress is rolled up again when
        a duration or ``progress`` (percent, of a task without children)
        changed. The result equals a full reschedule.
        """
        i = self._index[task_id]
        old = (self._dur[i], self._ctype[i], self._cdate[i])
        old_progress = self._progress_in[i]
        if kind is None:
            kind = TaskKind.MILESTONE if self._milestone[i] else TaskKind.TASK
        new_constraint = constraint if constraint is not None else _constraint_of(self._ctype[i])
        day = constraint_date if constraint_date is not None else self._cday[i]
        if new_constraint == ConstraintType.ASAP:
            day = None
        self._set_task(
            i, kind, duration if duration is not None else self._dur[i], new_constraint, day
        )
        if progress is not None:
            self._progress_in[i] = 100 if progress > 100 else (0 if progress < 0 else progress)
        progress_moved = self._progress_in[i] != old_progress
        if (self._dur[i], self._ctype[i], self._cdate[i]) == old:
            if progress_moved:
                self._rollup_progress()
            return frozenset()
        changed = self._forward_from([i])
        if self._dur[i] != old[0] or progress_moved:
            self._rollup_progress()
        end = self._project_end()
        if end != self._end:
            self._end = end
            self._backward_all()
        else:
            self._backward_from([i] + ([self._n + i] if self._is_sum[i] else []))
        return frozenset(self._ids[self._task_of(v)] for v in changed)

    def _forward_from(self, seeds: Iterable[int]) -> set[int]:
        """Recompute early dates downstream of ``seeds``, stopping where nothing moves."""
        pos, order = self._pos, self._order
        heap = [pos[v] for v in seeds]
        heapq.heapify(heap)
        queued = set(heap)
        changed: set[int] = set()
        while heap:
            v = order[heapq.heappop(heap)]
            if self._forward_node(v):
                changed.add(v)
                for w in self._succ_nodes(v):
                    kw = pos[w]
                    if kw not in queued:
                        queued.add(kw)
                        heapq.heappush(heap, kw)
        # A summary's floor is not a bar: report tasks and summary roll-ups.
        n, is_sum = self._n, self._is_sum
        return {v for v in changed if v >= n or not is_sum[v]}

    def _backward_from(self, seeds: Iterable[int]) -> None:
        """Recompute late dates upstream of ``seeds``, stopping where nothing moves."""
        pos, order = self._pos, self._order
        heap = [-pos[v] for v in seeds]
        heapq.heapify(heap)
        queued = set(heap)
        while heap:
            v = order[-heapq.heappop(heap)]
            if self._backward_node(v):
                for u in self._pred_nodes(v):
                    ku = -pos[u]
                    if ku not in queued:
                        queued.add(ku)
                        heapq.heappush(heap, ku)

    # -- link validation ---------------------------------------------------------------------

    def check_link(self, pred: int, succ: int, type: DependencyType = DependencyType.FS) -> None:
        """Raise :class:`LinkError` or :class:`DependencyLoopError` if the link is refused.

        Checks, without changing anything, that both tasks exist, that the
        link is not to itself, not a duplicate, not
        between a summary and a task under it, not FF/SF into a summary, and
        would not close a loop.
        """
        a = self._index.get(pred)
        b = self._index.get(succ)
        if a is None or b is None:
            missing = pred if a is None else succ
            raise LinkError("unknown", f"task #{missing} does not exist")
        self._check_pair(a, b, _LINK_CODE[DependencyType(type)])
        # The link adds the edge out(a) -> b: a loop exists if b already reaches out(a).
        target = self._out[a]
        came_from = {b: -1}
        stack = [b]
        while stack:
            v = stack.pop()
            if v == target:
                path = [v]
                while came_from[path[-1]] != -1:
                    path.append(came_from[path[-1]])
                path.reverse()  # b ... out(a); the new link closes it back to b
                self._raise_loop_of_nodes(path)
            for w in self._succ_nodes(v):
                if w not in came_from:
                    came_from[w] = v
                    stack.append(w)


def _constraint_of(code: int) -> ConstraintType:
    return {v: k for k, v in _CONSTRAINT_CODE.items()}[code]


def schedule(
    tasks: Sequence[TaskSpec],
    links: Sequence[LinkSpec],
    calendar: WorkCalendar,
    project_start: dt.date,
) -> Schedule:
    """Schedule a plan in one go (see :class:`Scheduler` for the incremental form)."""
    return Scheduler(tasks, links, calendar, project_start).result()


def validate_link(
    tasks: Sequence[TaskSpec],
    links: Sequence[LinkSpec],
    pred: int,
    succ: int,
    type: DependencyType = DependencyType.FS,
    *,
    calendar: WorkCalendar | None = None,
) -> None:
    """Raise if linking ``pred`` to ``succ`` would be refused (see :meth:`Scheduler.check_link`)."""
    cal = calendar or WorkCalendar()
    Scheduler(tasks, links, cal, dt.date.today()).check_link(pred, succ, type)


@dataclass(frozen=True, slots=True)
class Variance:
    """How far a task has moved from a baseline, in working days (positive = later)."""

    start_days: int
    finish_days: int


def variance(
    calendar: WorkCalendar,
    baseline: tuple[dt.date, dt.date],
    current: tuple[dt.date, dt.date],
) -> Variance:
    """Start and finish variance of ``current`` (start, finish) against ``baseline``."""
    return Variance(
        calendar.working_days_between(baseline[0], current[0]),
        calendar.working_days_between(baseline[1], current[1]),
    )
