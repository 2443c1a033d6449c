"""Property tests: the scheduler against an independent fixed-point reference.

Plans are random outlines with milestones, summaries, constraints and links of
all four types with lags and leads, on calendars with holidays and make-up
working days. The reference relaxes every bound until nothing moves (no
topological order), so it shares no code path with the scheduler.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oa_desk.domain.calendar import WorkCalendar
from oa_desk.domain.enums import ConstraintType as C
from oa_desk.domain.enums import DependencyType as L
from oa_desk.domain.enums import TaskKind as K
from oa_desk.domain.schedule import (
    DependencyLoopError,
    LinkError,
    LinkSpec,
    Schedule,
    Scheduler,
    TaskSpec,
)

START = dt.date(2025, 9, 22)
FAR = 1 << 40


@st.composite
def calendars(draw: st.DrawFn) -> WorkCalendar:
    exc: dict[dt.date, bool] = {}
    for offset in draw(st.lists(st.integers(0, 120), max_size=12)):
        day = START + dt.timedelta(days=offset)
        exc[day] = day.weekday() >= 5  # weekends become make-up days, weekdays holidays
    return WorkCalendar("1111100", exc, span=(START, START + dt.timedelta(days=60)))


@st.composite
def plans(draw: st.DrawFn) -> tuple[list[TaskSpec], list[LinkSpec], WorkCalendar]:
    cal = draw(calendars())
    n = draw(st.integers(1, 12))
    tasks: list[TaskSpec] = []
    for i in range(1, n + 1):
        parent = draw(st.one_of(st.none(), st.integers(1, i - 1))) if i > 1 else None
        milestone = draw(st.booleans()) and draw(st.booleans())
        constraint = draw(st.sampled_from([C.ASAP, C.ASAP, C.ASAP, C.SNET, C.FNLT, C.MSO]))
        day = None
        if constraint != C.ASAP:
            day = START + dt.timedelta(days=draw(st.integers(-3, 40)))
        tasks.append(
            TaskSpec(
                i,
                parent,
                K.MILESTONE if milestone else K.TASK,
                0 if milestone else draw(st.integers(1, 6)),
                constraint,
                day,
                draw(st.integers(0, 100)),
                f"T{i}",
            )
        )
    links: list[LinkSpec] = []
    for a, b, kind, lag in draw(
        st.lists(
            st.tuples(
                st.integers(1, n), st.integers(1, n), st.sampled_from(list(L)), st.integers(-3, 4)
            ),
            max_size=3 * n,
        )
    ):
        try:
            Scheduler(tasks, links, cal, START).check_link(a, b, kind)
        except (LinkError, DependencyLoopError):
            continue
        links.append(LinkSpec(a, b, kind, lag))
    return tasks, links, cal


def _bounds(s: Schedule, cal: WorkCalendar, i: int) -> tuple[int, int]:
    t = s[i]
    a = cal.ordinal(t.start)
    return a, (a if t.duration == 0 else cal.finish_boundary(t.finish))


def _reference(
    tasks: list[TaskSpec], links: list[LinkSpec], cal: WorkCalendar
) -> tuple[dict[int, tuple[int, int]], dict[int, tuple[int, int]]]:
    """Early and late (start, finish) boundaries of every leaf, by relaxation."""
    by_id = {t.id: t for t in tasks}
    kids: dict[int, list[int]] = {t.id: [] for t in tasks}
    for t in tasks:
        if t.parent is not None:
            kids[t.parent].append(t.id)

    def leaves(x: int) -> list[int]:
        return [x] if not kids[x] else [y for k in kids[x] for y in leaves(k)]

    def ancestors(x: int) -> list[int]:
        out, p = [x], by_id[x].parent
        while p is not None:
            out.append(p)
            p = by_id[p].parent
        return out

    def dur(x: int) -> int:
        t = by_id[x]
        return 0 if t.kind == K.MILESTONE else t.duration

    def cdate(x: int) -> int:
        t = by_id[x]
        assert t.constraint_date is not None
        if t.constraint == C.FNLT:
            if dur(x) == 0 and not kids[x]:
                return cal.ordinal(t.constraint_date)
            return cal.finish_boundary(t.constraint_date)
        return cal.ordinal(t.constraint_date)

    all_leaves = [t.id for t in tasks if not kids[t.id]]
    start0 = cal.ordinal(START)
    es = {x: start0 for x in all_leaves}

    def span(x: int, table: dict[int, int], fin: bool) -> int:
        if not kids[x]:
            return table[x] + (dur(x) if fin else 0)
        if fin:  # a summary's finish counts a milestone with its own day
            return max(table[y] + max(dur(y), 1) for y in leaves(x))
        return min(table[y] for y in leaves(x))

    for _ in range(10 * len(tasks) * (len(links) + 1) + 10):
        changed = False
        for x in all_leaves:
            t = by_id[x]
            if t.constraint == C.MSO:
                new = cdate(x)
            else:
                new = start0
                for a in ancestors(x):
                    ta = by_id[a]
                    if ta.constraint == C.SNET or (ta.constraint == C.MSO and a != x):
                        new = max(new, cdate(a))
                for link in links:
                    if link.succ not in ancestors(x):
                        continue
                    p = link.pred
                    ps, pf = span(p, es, False), span(p, es, True)
                    d = dur(x)
                    bound = {
                        L.FS: pf + link.lag,
                        L.SS: ps + link.lag,
                        L.FF: pf + link.lag - d,
                        L.SF: ps + link.lag - d,
                    }[link.type]
                    new = max(new, bound)
            if new != es[x]:
                es[x], changed = new, True
        if not changed:
            break
    end = max([es[x] + max(dur(x), 1) for x in all_leaves] + [start0])
    lf = {x: FAR for x in all_leaves}
    for _ in range(10 * len(tasks) * (len(links) + 1) + 10):
        changed = False
        for x in all_leaves:
            d = dur(x)
            if by_id[x].constraint == C.MSO:
                new = cdate(x) + d
            else:
                # Ceilings from the project end and from summaries above apply to
                # a milestone's own day; its own links and deadline to its instant.
                own = 1 if d == 0 else 0
                new = end - own
                for a in ancestors(x):
                    if by_id[a].constraint == C.FNLT:
                        new = min(new, cdate(a) - (own if a != x else 0))
                for link in links:
                    if link.pred not in ancestors(x):
                        continue
                    adjust = own if link.pred != x and link.type in (L.FS, L.FF) else 0
                    w = link.succ
                    ls_w = min(lf[y] - dur(y) for y in leaves(w))
                    lf_w = max(lf[y] for y in leaves(w))
                    bound = {
                        L.FS: ls_w - link.lag,
                        L.FF: lf_w - link.lag,
                        L.SS: ls_w - link.lag + d,
                        L.SF: lf_w - link.lag + d,
                    }[link.type]
                    new = min(new, bound - adjust)
            if new != lf[x]:
                lf[x], changed = new, True
        if not changed:
            break
    early = {x: (es[x], es[x] + dur(x)) for x in all_leaves}
    late = {x: (lf[x] - dur(x), lf[x]) for x in all_leaves}
    return early, late


def _under(by_id: dict[int, TaskSpec], x: int, top: int) -> bool:
    p = by_id[x].parent
    while p is not None:
        if p == top:
            return True
        p = by_id[p].parent
    return False


SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(plans())
def test_matches_the_fixed_point_reference(
    plan: tuple[list[TaskSpec], list[LinkSpec], WorkCalendar],
) -> None:
    tasks, links, cal = plan
    s = Scheduler(tasks, links, cal, START).result()
    early, late = _reference(tasks, links, cal)
    for x, (a, b) in early.items():
        assert _bounds(s, cal, x) == (a, b), f"early dates of T{x}"
        la, lb = late[x]
        t = s[x]
        assert (cal.ordinal(t.late_start), t.total_float) == (la, lb - b), f"late dates of T{x}"


@SETTINGS
@given(plans())
def test_no_task_starts_before_its_predecessors_allow(
    plan: tuple[list[TaskSpec], list[LinkSpec], WorkCalendar],
) -> None:
    tasks, links, cal = plan
    s = Scheduler(tasks, links, cal, START).result()
    by_id = {t.id: t for t in tasks}
    mso_conflicts = {c.task_id for c in s.conflicts if c.constraint == C.MSO}
    for link in links:
        ps, pf = _bounds(s, cal, link.pred)
        ss, sf = _bounds(s, cal, link.succ)
        if link.succ in mso_conflicts:
            continue  # a must-start-on that links want later is reported instead
        if any(t.constraint == C.MSO and _under(by_id, t.id, link.succ) for t in tasks):
            continue  # a pinned subtask may sit earlier than a link into its summary wants
        ok = {
            L.FS: ss >= pf + link.lag,
            L.SS: ss >= ps + link.lag,
            L.FF: sf >= pf + link.lag,
            L.SF: sf >= ps + link.lag,
        }[link.type]
        assert ok, f"{link} violated"
        assert by_id[link.succ].constraint == C.MSO or s[link.succ].start >= START


@SETTINGS
@given(plans())
def test_durations_spans_and_idempotence(
    plan: tuple[list[TaskSpec], list[LinkSpec], WorkCalendar],
) -> None:
    tasks, links, cal = plan
    first = Scheduler(tasks, links, cal, START).result()
    again = Scheduler(tasks, links, cal, START).result()
    assert [first[t.id] for t in tasks] == [again[t.id] for t in tasks]
    kids: dict[int, list[int]] = {}
    for t in tasks:
        if t.parent is not None:
            kids.setdefault(t.parent, []).append(t.id)
    for t in tasks:
        r = first[t.id]
        if t.id in kids:
            assert r.start == min(first[k].start for k in kids[t.id])
            assert r.finish == max(first[k].finish for k in kids[t.id])
        elif t.kind == K.MILESTONE or t.duration == 0:
            assert r.start == r.finish and r.duration == 0
        else:
            assert cal.count_working_days(r.start, r.finish) == t.duration
            assert cal.is_working(r.start) and cal.is_working(r.finish)


@SETTINGS
@given(plans(), st.data())
def test_incremental_update_equals_a_full_pass(
    plan: tuple[list[TaskSpec], list[LinkSpec], WorkCalendar], data: st.DataObject
) -> None:
    tasks, links, cal = plan
    sched = Scheduler(tasks, links, cal, START)
    for _ in range(3):
        k = data.draw(st.integers(0, len(tasks) - 1))
        old = tasks[k]
        constraint = data.draw(st.sampled_from(list(C)))
        day = START + dt.timedelta(days=data.draw(st.integers(-2, 30)))
        duration = 0 if old.kind == K.MILESTONE else data.draw(st.integers(1, 8))
        progress = data.draw(st.none() | st.integers(0, 100))
        before = sched.result()
        moved = sched.update_task(
            old.id,
            duration=duration,
            constraint=constraint,
            constraint_date=day,
            progress=progress,
        )
        tasks[k] = TaskSpec(
            old.id,
            old.parent,
            old.kind,
            duration,
            constraint,
            None if constraint == C.ASAP else day,
            old.progress if progress is None else progress,
            old.name,
        )
        full = Scheduler(tasks, links, cal, START).result()
        got = sched.result()
        assert [got[t.id] for t in tasks] == [full[t.id] for t in tasks]
        assert got.conflicts == full.conflicts
        actually = {
            t.id
            for t in tasks
            if (got[t.id].start, got[t.id].finish) != (before[t.id].start, before[t.id].finish)
        }
        assert actually <= moved
