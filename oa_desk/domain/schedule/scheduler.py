"""The scheduler's passes: forward (early dates), backward (late dates, float),
roll-up, results and incremental updates after one task changed."""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterable, Sequence

from oa_desk.domain.calendar import WorkCalendar
from oa_desk.domain.enums import ConstraintType, DependencyType, TaskKind
from oa_desk.domain.schedule.graph import Graph
from oa_desk.domain.schedule.specs import (
    _FAR,
    _FF,
    _FNLT,
    _FS,
    _LINK_CODE,
    _MSO,
    _SNET,
    _SS,
    Conflict,
    LinkError,
    LinkSpec,
    Schedule,
    TaskSpec,
    TaskTimes,
    _constraint_of,
    paused_gc,
)


class Scheduler(Graph):
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
