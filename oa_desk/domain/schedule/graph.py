"""The scheduler's compiled plan: dense task indexes, links as flat lists, the outline
and link checks, topological order and loop reports (see :class:`Scheduler` for the
layout). The passes over it are ``scheduler``'s.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from oa_desk.domain.calendar import WorkCalendar
from oa_desk.domain.enums import ConstraintType, TaskKind
from oa_desk.domain.schedule.specs import (
    _ASAP,
    _CONSTRAINT_CODE,
    _FF,
    _FNLT,
    _LINK_CODE,
    _SF,
    DependencyLoopError,
    LinkError,
    LinkSpec,
    ScheduleInputError,
    TaskSpec,
    _label,
)


class Graph:
    """Building and checking the compiled plan; :class:`Scheduler` adds the passes."""

    calendar: WorkCalendar
    project_start: dt.date

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
