"""The scheduler: links with lags, constraints, summaries, float, loops, increments."""

from __future__ import annotations

import datetime as dt

import pytest

from oa_desk.domain.calendar import WorkCalendar
from oa_desk.domain.enums import ConstraintType as C
from oa_desk.domain.enums import DependencyType as L
from oa_desk.domain.enums import TaskKind as K
from oa_desk.domain.schedule import (
    DependencyLoopError,
    LinkError,
    LinkSpec,
    Schedule,
    ScheduleInputError,
    Scheduler,
    TaskSpec,
    schedule,
    validate_link,
)

D = dt.date
MON = D(2025, 1, 6)  # a Monday
CAL = WorkCalendar(span=(D(2025, 1, 1), D(2025, 12, 31)))


def run(tasks: list[TaskSpec], links: list[LinkSpec] = (), cal: WorkCalendar = CAL) -> Schedule:  # type: ignore[assignment]
    return schedule(tasks, list(links), cal, MON)


def t(i: int, d: int = 1, **kw: object) -> TaskSpec:
    return TaskSpec(i, duration=d, name=f"T{i}", **kw)  # type: ignore[arg-type]


def test_single_task_starts_at_project_start_and_finish_is_inclusive() -> None:
    s = run([t(1, 5)])
    assert (s[1].start, s[1].finish) == (MON, D(2025, 1, 10))
    one = run([t(1, 1)])
    assert one[1].start == one[1].finish == MON


@pytest.mark.parametrize(
    ("kind", "lag", "start", "finish"),
    [
        (L.FS, 0, D(2025, 1, 9), D(2025, 1, 10)),  # pred Mon-Wed, succ 2 days from Thu
        (L.FS, 2, D(2025, 1, 13), D(2025, 1, 14)),  # two working days gap over the weekend
        (L.FS, -1, D(2025, 1, 8), D(2025, 1, 9)),  # a lead of one day
        (L.SS, 1, D(2025, 1, 7), D(2025, 1, 8)),
        (L.FF, 0, D(2025, 1, 7), D(2025, 1, 8)),
        (L.FF, 3, D(2025, 1, 10), D(2025, 1, 13)),
        (L.SF, 3, D(2025, 1, 7), D(2025, 1, 8)),  # finish on the 3rd day after pred start
        (L.SF, 0, MON, D(2025, 1, 7)),  # would want to finish before Mon: held at project start
    ],
)
def test_link_types_and_lags(kind: L, lag: int, start: dt.date, finish: dt.date) -> None:
    s = run([t(1, 3), t(2, 2)], [LinkSpec(1, 2, kind, lag)])
    assert (s[2].start, s[2].finish) == (start, finish)


def test_milestone_after_finish_to_start() -> None:
    s = run([t(1, 5), t(2, 0, kind=K.MILESTONE)], [LinkSpec(1, 2)])
    assert s[2].start == s[2].finish == D(2025, 1, 13)
    assert s[2].duration == 0


def test_milestone_kind_forces_zero_duration() -> None:
    s = run([t(1, 4, kind=K.MILESTONE)])
    assert s[1].duration == 0 and s[1].start == s[1].finish


def test_snet_pushes_and_counts_no_conflict() -> None:
    s = run([t(1, 2, constraint=C.SNET, constraint_date=D(2025, 1, 11))])  # a Saturday
    assert s[1].start == D(2025, 1, 13)
    assert s.conflicts == ()


def test_snet_never_pulls_earlier_than_links() -> None:
    s = run([t(1, 5), t(2, 1, constraint=C.SNET, constraint_date=MON)], [LinkSpec(1, 2)])
    assert s[2].start == D(2025, 1, 13)


def test_mso_overrides_links_and_reports_the_gap() -> None:
    tasks = [t(1, 5), t(2, 2, constraint=C.MSO, constraint_date=D(2025, 1, 8))]
    s = run(tasks, [LinkSpec(1, 2)])
    assert s[2].start == D(2025, 1, 8)
    (conflict,) = s.conflicts
    assert (conflict.task_id, conflict.constraint, conflict.days) == (2, C.MSO, 3)
    assert conflict.message() == "#2 T2 cannot start on 2025-01-08: 3 working days late"
    assert s[2].total_float == 0 and s[1].total_float == -3  # late dates pinned by MSO


def test_mso_later_than_links_is_met() -> None:
    s = run([t(1, 1), t(2, 1, constraint=C.MSO, constraint_date=D(2025, 1, 20))], [LinkSpec(1, 2)])
    assert s[2].start == D(2025, 1, 20) and s.conflicts == ()
    assert s[1].total_float > 0


def test_fnlt_go_live_met_and_missed() -> None:
    go_live = t(2, 0, kind=K.MILESTONE, constraint=C.FNLT, constraint_date=D(2025, 1, 15))
    ok = run([t(1, 5), go_live, t(3, 10)], [LinkSpec(1, 2)])
    assert ok.conflicts == ()
    assert ok[2].start == D(2025, 1, 13)
    assert ok[2].total_float == 2  # may slip to the 15th, not to the project end (17th)
    assert ok[3].total_float == 0
    late = run(
        [t(1, 5), t(2, 3, constraint=C.FNLT, constraint_date=D(2025, 1, 14))], [LinkSpec(1, 2)]
    )
    assert late[2].finish == D(2025, 1, 15)
    (conflict,) = late.conflicts
    assert (conflict.task_id, conflict.constraint, conflict.days) == (2, C.FNLT, 1)
    assert late[2].total_float == -1 and late[1].total_float == -1
    assert late.critical_ids() == {1, 2}


def test_float_and_critical_path() -> None:
    # 1 (5d) -> 3 (1d); 2 (2d) -> 3: task 2 has 3 days of float.
    s = run([t(1, 5), t(2, 2), t(3, 1)], [LinkSpec(1, 3), LinkSpec(2, 3)])
    assert s[1].total_float == 0 and s[3].total_float == 0
    assert s[2].total_float == 3
    assert s[2].late_start == D(2025, 1, 9) and s[2].late_finish == D(2025, 1, 10)
    assert s.critical_ids() == {1, 3}
    assert s.project_finish == D(2025, 1, 13)


def test_summary_rolls_up_dates_and_weighted_progress() -> None:
    tasks = [
        TaskSpec(1, kind=K.SUMMARY, name="Phase"),
        TaskSpec(2, parent=1, duration=3, progress=100),
        TaskSpec(3, parent=1, duration=1, progress=0),
        TaskSpec(4, parent=1, kind=K.MILESTONE, duration=0, progress=0),
    ]
    s = run(tasks, [LinkSpec(2, 3), LinkSpec(3, 4)])
    assert s[4].start == D(2025, 1, 10)
    # The phase ends with its milestone's day, so the summary spans what it shows.
    assert (s[1].start, s[1].finish) == (MON, D(2025, 1, 10))
    assert s[1].duration == 5 and s[1].summary
    assert s[1].progress == 75  # (3*100 + 1*0) / 4; the milestone weighs nothing
    only_milestones = run(
        [
            TaskSpec(1),
            TaskSpec(2, parent=1, kind=K.MILESTONE, progress=100),
            TaskSpec(3, parent=1, kind=K.MILESTONE),
        ]
    )
    assert only_milestones[1].progress == 50


def test_link_into_summary_holds_back_its_children() -> None:
    tasks = [t(1, 3), TaskSpec(2), TaskSpec(3, parent=2, duration=2), TaskSpec(4, parent=2)]
    s = run(tasks, [LinkSpec(1, 2)])
    assert s[3].start == s[4].start == D(2025, 1, 9)
    assert s[2].start == D(2025, 1, 9)


def test_link_from_summary_uses_its_rollup() -> None:
    tasks = [
        TaskSpec(1),
        TaskSpec(2, parent=1, duration=2),
        TaskSpec(3, parent=1, duration=4),
        t(4, 1),
        t(5, 1),
    ]
    s = run(tasks, [LinkSpec(1, 4), LinkSpec(1, 5, L.SS, 1)])
    assert s[4].start == D(2025, 1, 10)  # after the longest child
    assert s[5].start == D(2025, 1, 7)


def test_summary_constraints_apply_to_children() -> None:
    tasks = [
        TaskSpec(1, constraint=C.SNET, constraint_date=D(2025, 1, 8)),
        TaskSpec(2, parent=1, duration=2),
        TaskSpec(3, parent=1, duration=5),
    ]
    s = run(tasks)
    assert s[2].start == s[3].start == D(2025, 1, 8)
    deadline = [
        TaskSpec(1, constraint=C.FNLT, constraint_date=D(2025, 1, 8)),
        TaskSpec(2, parent=1, duration=2),
        TaskSpec(3, parent=1, duration=5),
    ]
    s2 = run(deadline)
    assert s2[3].total_float == -2 and s2[2].total_float == 1
    assert [c.task_id for c in s2.conflicts] == [1]


def test_nested_summaries() -> None:
    tasks = [
        TaskSpec(1),
        TaskSpec(2, parent=1),
        TaskSpec(3, parent=2, duration=2),
        TaskSpec(4, parent=1, duration=1),
        t(5, 1),
    ]
    s = run(tasks, [LinkSpec(5, 2), LinkSpec(2, 4)])
    assert s[3].start == D(2025, 1, 7)
    assert s[4].start == D(2025, 1, 9)
    assert (s[1].start, s[1].finish) == (D(2025, 1, 7), D(2025, 1, 9))
    assert (s[2].start, s[2].finish) == (D(2025, 1, 7), D(2025, 1, 8))


def test_make_up_working_day_is_used() -> None:
    # China, Spring Festival 2025: 28 Jan - 4 Feb off, Sunday 26 Jan and Saturday 8 Feb worked.
    exc = {D(2025, 1, 26): True, D(2025, 2, 8): True}
    exc |= {D(2025, 1, 28) + dt.timedelta(days=k): False for k in range(8)}
    cal = WorkCalendar("1111100", exc, span=(D(2025, 1, 1), D(2025, 3, 1)))
    tasks = [TaskSpec(1, duration=3, constraint=C.SNET, constraint_date=D(2025, 1, 23)), t(2, 3)]
    s = schedule(tasks, [LinkSpec(1, 2)], cal, MON)
    assert (s[1].start, s[1].finish) == (D(2025, 1, 23), D(2025, 1, 26))  # Thu, Fri, Sun(调休)
    assert (s[2].start, s[2].finish) == (D(2025, 1, 27), D(2025, 2, 6))  # Mon, then 5-6 Feb
    assert cal.count_working_days(s[2].start, s[2].finish) == 3


def test_loop_is_refused_naming_the_tasks() -> None:
    tasks = [t(1), t(2), t(3)]
    links = [LinkSpec(1, 2), LinkSpec(2, 3), LinkSpec(3, 1)]
    with pytest.raises(DependencyLoopError) as info:
        run(tasks, links)
    assert set(info.value.task_ids) == {1, 2, 3}
    assert "T1" in str(info.value) and "T3" in str(info.value)
    assert str(info.value).startswith("Dependency loop: ")


def test_loop_through_a_summary() -> None:
    tasks = [TaskSpec(1, name="Phase"), TaskSpec(2, parent=1, name="Child"), t(3)]
    with pytest.raises(DependencyLoopError) as info:
        run(tasks, [LinkSpec(1, 3), LinkSpec(3, 2)])
    assert set(info.value.task_ids) == {1, 2, 3}


def test_check_link_before_it_is_made() -> None:
    tasks = [TaskSpec(1, name="Phase"), TaskSpec(2, parent=1, name="Child"), t(3), t(4)]
    links = [LinkSpec(3, 4)]
    sched = Scheduler(tasks, links, CAL, MON)
    sched.check_link(4, 2)  # fine
    with pytest.raises(DependencyLoopError) as loop:
        sched.check_link(4, 3)
    assert loop.value.task_ids == (3, 4)
    for pred, succ, kind, reason in [
        (3, 3, L.FS, "self"),
        (3, 4, L.SS, "duplicate"),
        (4, 3, L.FS, None),
        (1, 2, L.FS, "outline"),
        (2, 1, L.SS, "outline"),
        (3, 1, L.FF, "summary_finish"),
        (3, 99, L.FS, "unknown"),
    ]:
        if reason is None:
            continue
        with pytest.raises(LinkError) as info:
            sched.check_link(pred, succ, kind)
        assert info.value.reason == reason
    with pytest.raises(DependencyLoopError):
        validate_link(tasks, links, 4, 3)


def test_bad_input_is_refused() -> None:
    with pytest.raises(ScheduleInputError, match="needs a date"):
        run([t(1, constraint=C.SNET)])
    with pytest.raises(ScheduleInputError, match="does not exist"):
        run([t(1)], [LinkSpec(1, 7)])
    with pytest.raises(ScheduleInputError, match="does not exist"):
        run([TaskSpec(1, parent=9)])
    with pytest.raises(ScheduleInputError, match="outline loops"):
        run([TaskSpec(1, parent=2), TaskSpec(2, parent=1), t(3)])
    with pytest.raises(ScheduleInputError, match="twice"):
        run([t(1), t(1)])
    with pytest.raises(ScheduleInputError, match="negative"):
        run([t(1, -1)])


def test_incremental_update_equals_full_pass() -> None:
    tasks = [
        TaskSpec(1),
        TaskSpec(2, parent=1, duration=2),
        TaskSpec(3, parent=1, duration=3),
        t(4, 2),
        t(5, 1, constraint=C.FNLT, constraint_date=D(2025, 1, 20)),
        t(6, 4),
    ]
    links = [LinkSpec(2, 3), LinkSpec(1, 4), LinkSpec(4, 5, L.SS, 1), LinkSpec(6, 5, L.FF)]
    sched = Scheduler(tasks, links, CAL, MON)
    moved = sched.update_task(2, constraint=C.SNET, constraint_date=D(2025, 1, 13))
    assert moved == {1, 2, 3, 4, 5}
    expected = run(
        [
            TaskSpec(2, parent=1, duration=2, constraint=C.SNET, constraint_date=D(2025, 1, 13))
            if x.id == 2
            else x
            for x in tasks
        ],
        links,
    )
    got = sched.result()
    assert [got[i] for i in got] == [expected[i] for i in expected]
    assert sched.update_task(2, constraint=C.SNET, constraint_date=D(2025, 1, 13)) == frozenset()
    sched.update_task(6, duration=20)
    got = sched.result()
    assert got[5].finish == D(2025, 1, 31)  # FF from the 20-day task 6 now drives it
    assert [c.task_id for c in got.conflicts] == [5]  # past its 20 January deadline
    assert sched.times(6) == got[6]


def test_stored_link_between_summary_and_its_child_is_refused_with_a_reason() -> None:
    # Regression: compiling such a plan raised AttributeError instead of LinkError.
    from oa_desk.domain.schedule import LinkError, LinkSpec, TaskSpec, schedule

    tasks = [TaskSpec(1, name="A"), TaskSpec(2, parent=1, name="B")]
    with pytest.raises(LinkError) as info:
        schedule(tasks, [LinkSpec(1, 2)], WorkCalendar(), dt.date(2026, 3, 2))
    assert info.value.reason == "outline"
