"""The rollout template's plan: structure, backward schedule, waves, refusals, determinism."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from oa_desk.domain.enums import ConstraintType, TaskKind
from oa_desk.services import schedule as schedule_service
from oa_desk.services.rollout_template import (
    Fit,
    RolloutInputs,
    RolloutRefusal,
    draft_rollout,
    load_template,
    split_waves,
    write_rollout,
)
from oa_desk.store import models
from oa_desk.store.planfile import PlanStore, open_plan
from tests.pg import dump_store

START = dt.date(2026, 12, 7)  # a Monday
GO_LIVE = dt.date(2027, 9, 1)  # a Wednesday, a working day in China's calendar
DEPTS = tuple(f"部门{i:02d}" for i in range(1, 24))


def _inputs(**kw: object) -> RolloutInputs:
    values: dict[str, object] = {
        "organisation": "示例集团",
        "go_live": GO_LIVE,
        "departments": DEPTS,
        "product": "e-cology",
        "waves": 3,
        "pilot": 2,
        "start": START,
    }
    values.update(kw)
    return RolloutInputs(**values)  # type: ignore[arg-type]


def _write(tmp_path: Path, name: str = "plan.oadesk", **kw: object) -> Path:
    path = tmp_path / name
    write_rollout(path, draft_rollout(_inputs(**kw), kw.pop("fit", Fit.REFUSE)))  # type: ignore[arg-type]
    return path


def _read(store: PlanStore) -> tuple[list[models.Task], list[tuple[int, int]]]:
    with store.read() as s:
        tasks = list(s.scalars(select(models.Task)))
        s.expunge_all()
        links = [
            (p, q)
            for p, q in s.execute(
                select(models.Dependency.predecessor_id, models.Dependency.successor_id)
            )
        ]
    return tasks, links


def test_every_task_is_reachable_from_the_kickoff_and_there_is_no_loop(tmp_path: Path) -> None:
    draft = draft_rollout(_inputs())
    nodes = draft.expansion.nodes
    succ: dict[int, list[int]] = defaultdict(list)
    indegree: dict[int, int] = defaultdict(int)
    for p, s in draft.expansion.links:
        succ[p].append(s)
        indegree[s] += 1
    leaves = {n.id for n in nodes if n.kind is not TaskKind.SUMMARY}
    (kickoff,) = draft.expansion.by_key["kickoff"]
    seen, todo = {kickoff}, [kickoff]
    while todo:
        for nxt in succ[todo.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    assert leaves - seen == set()
    # Kahn's algorithm visits every task exactly when there is no loop.
    ready = [n.id for n in nodes if indegree[n.id] == 0]
    visited = 0
    while ready:
        visited += 1
        for nxt in succ[ready.pop()]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    assert visited == len(nodes)


def test_the_go_live_milestone_is_on_the_chosen_date_and_the_rest_before(tmp_path: Path) -> None:
    path = _write(tmp_path)
    store = open_plan(path)
    try:
        tasks, _links = _read(store)
        with store.read() as s:
            plan = s.get(models.Plan, 1)
            assert plan is not None
            kickoff_day, go_live = plan.start_date, plan.target_go_live
    finally:
        store.close()
    (full,) = [t for t in tasks if t.constraint_type is ConstraintType.FNLT]
    assert full.kind is TaskKind.MILESTONE and full.start == GO_LIVE == go_live
    kickoff = next(t for t in tasks if t.kind is TaskKind.MILESTONE and t.start == kickoff_day)
    assert kickoff_day is not None and kickoff_day >= START
    assert all(t.start is not None and t.start >= kickoff_day for t in tasks)
    assert kickoff.name == "项目启动会"
    names = {t.name for t in tasks if t.kind is TaskKind.MILESTONE}
    for milestone in (
        "需求确认签字",
        "培训启动",
        "试点上线",
        "第1批上线",
        "第3批上线",
        "全面上线",
        "项目验收",
    ):
        assert milestone in names


def test_the_apps_scheduler_agrees_with_the_written_dates(
    tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]
) -> None:
    store = open_on_engine(_write(tmp_path))
    try:
        result = schedule_service.reschedule(store)
        moved = set().union(*result.changes.updated.values(), *result.changes.inserted.values())
        assert not moved, result.changes
        assert result.conflicts == ()
    finally:
        store.close()


def test_every_department_is_in_exactly_one_wave_and_the_pilot_comes_first(
    tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]
) -> None:
    path = _write(tmp_path, pilot_departments=("部门05", "部门09"))
    store = open_on_engine(path)
    try:
        with store.read() as s:
            waves = list(s.scalars(select(models.Wave).order_by(models.Wave.seq)))
            depts = list(s.scalars(select(models.Department)))
            s.expunge_all()
    finally:
        store.close()
    assert sorted(d.name for d in depts) == sorted(DEPTS)
    assert all(d.wave_id is not None for d in depts)
    assert [w.is_pilot for w in waves] == [True, False, False, False]
    pilot = {d.name for d in depts if d.wave_id == waves[0].id}
    assert pilot == {"部门05", "部门09"}
    go_lives = [w.planned_go_live for w in waves]
    assert all(a is not None and b is not None and a < b for a, b in itertools.pairwise(go_lives))
    assert go_lives[-1] == GO_LIVE


def test_the_waves_split_the_rest_evenly_in_list_order() -> None:
    groups = split_waves(list("abcdefgh"), 2, 4)
    assert groups == [("a", "b"), ("c", "d"), ("e", "f"), ("g",), ("h",)]


def test_the_same_inputs_give_the_same_plan(
    tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]
) -> None:
    dumps = []
    for name in ("a.oadesk", "b.oadesk"):
        store = open_on_engine(_write(tmp_path, name))
        try:
            dump = dump_store(store)
        finally:
            store.close()
        created = [c.name for c in models.Plan.__table__.columns].index("created_at")
        dump["plan"] = [row[:created] + row[created + 1 :] for row in dump["plan"]]
        dumps.append(dump)
    assert dumps[0] == dumps[1]


@pytest.mark.parametrize(
    ("kw", "code"),
    [
        ({"go_live": START - dt.timedelta(days=1)}, "go_live_before_start"),
        ({"departments": ()}, "no_departments"),
        ({"departments": ("财务部", "销售部", " 财务部 ")}, "duplicate_departments"),
        ({"departments": ("A", "B", "C"), "waves": 3}, "too_many_waves"),
        ({"go_live": dt.date(2027, 10, 1)}, "go_live_not_working"),
        ({"organisation": " "}, "no_organisation"),
        ({"pilot_departments": ("没有这个部门",)}, "pilot_unknown"),
        ({"calendar": "XX"}, "unknown_calendar"),
    ],
)
def test_bad_inputs_are_refused_with_a_reason(kw: dict[str, object], code: str) -> None:
    with pytest.raises(RolloutRefusal) as caught:
        draft_rollout(_inputs(**kw))
    assert caught.value.code == code
    assert str(caught.value)


def test_a_go_live_too_close_says_what_is_missing_and_can_move_or_compress() -> None:
    close = dt.date(2027, 3, 3)
    with pytest.raises(RolloutRefusal) as caught:
        draft_rollout(_inputs(go_live=close))
    refusal = caught.value
    assert refusal.code == "too_close" and refusal.params["missing"] > 0
    earliest = dt.date.fromisoformat(refusal.params["earliest"])

    moved = draft_rollout(_inputs(go_live=close), Fit.MOVE)
    assert moved.go_live == earliest and moved.start == START
    assert moved.schedule[moved.expansion.go_live_id].start == earliest

    squeezed = draft_rollout(_inputs(go_live=close), Fit.COMPRESS)
    assert squeezed.go_live == close and squeezed.start >= START
    assert 0 < squeezed.scale < 1
    assert (
        min(squeezed.durations[n.id] for n in squeezed.expansion.nodes if n.kind is TaskKind.TASK)
        >= 1
    )

    with pytest.raises(RolloutRefusal) as caught:
        draft_rollout(_inputs(go_live=dt.date(2026, 12, 9)), Fit.COMPRESS)
    assert caught.value.code == "cannot_compress"


def test_the_registers_are_filled_from_the_template(
    tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]
) -> None:
    store = open_on_engine(_write(tmp_path, language="en"))
    try:
        dump = dump_store(store)
        with store.read() as s:
            risks = list(s.scalars(select(models.Risk)))
            comms = list(s.scalars(select(models.Communication)))
            s.expunge_all()
    finally:
        store.close()
    t = load_template()
    assert len(dump["goal"]) == len(t.kpis) == 4
    assert len(risks) == 6 and all(r.task_id and r.mitigation and r.contingency for r in risks)
    assert all(c.milestone_id is not None and c.planned_date is not None for c in comms)
    # sessions: leadership once, key users per wave, end users per department
    assert len(dump["training_session"]) == 1 + 4 + len(DEPTS)
    assert any(c.title == "Wave 2 go-live preview" for c in comms)


def test_training_is_sized_to_the_departments_headcounts(tmp_path: Path) -> None:
    counts = tuple([60, 0, 95] + [10] * (len(DEPTS) - 3))
    draft = draft_rollout(_inputs(headcounts=counts, pilot=3))
    by_dept = {n.department: n for n in draft.expansion.nodes if n.key == "end_users"}
    assert [by_dept[i].duration for i in range(3)] == [1, 1, 2]  # 2, 1 and 4 sessions, 2 a day
    path = tmp_path / "sized.oadesk"
    write_rollout(path, draft)
    store = open_plan(path)
    try:
        with store.read() as s:
            rows = s.execute(select(models.Department.name, models.Department.headcount))
            heads = {name: count for name, count in rows}
            items = s.query(models.ReadinessItem).count()
            sessions = s.query(models.TrainingSession).count()
    finally:
        store.close()
    assert heads["部门01"] == 60 and heads["部门02"] == 0
    assert items == 4 * len(DEPTS)
    # leadership once, key users per wave (4), end users 2 + 1 + 4 + one each for the rest
    assert sessions == 1 + 4 + 2 + 1 + 4 + (len(DEPTS) - 3)


def test_headcounts_must_match_the_departments() -> None:
    with pytest.raises(RolloutRefusal) as caught:
        draft_rollout(_inputs(headcounts=(1, 2)))
    assert caught.value.code == "headcounts"


def test_each_department_has_its_go_live_milestone_in_its_wave(
    tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]
) -> None:
    from oa_desk.services.departments import read_go_lives

    store = open_on_engine(_write(tmp_path))
    try:
        go_lives = read_go_lives(store)
        with store.read() as s:
            depts = {d.id: d.wave_id for d in s.query(models.Department)}
            waves = {w.id: w.planned_go_live for w in s.query(models.Wave)}
    finally:
        store.close()
    assert set(go_lives) == set(depts)
    for dep, (_task, day) in go_lives.items():
        wave_go_live = waves[depts[dep]]
        assert day is not None and wave_go_live is not None and day <= wave_go_live


def test_a_malformed_template_fails_loudly() -> None:
    import copy
    import json

    from oa_desk.resources import resource
    from oa_desk.services.rollout_template.expand import expand
    from oa_desk.services.rollout_template.template import TemplateError, parse_template

    data = json.loads(resource("templates", "rollout.json").read_text(encoding="utf-8"))
    assert parse_template(data) == load_template()
    no_english = copy.deepcopy(data)
    del no_english["tasks"][0]["name"]["en"]
    with pytest.raises(TemplateError, match="both zh_CN and en"):
        parse_template(no_english)
    two_go_lives = copy.deepcopy(data)
    two_go_lives["tasks"][0]["children"][0]["go_live"] = True
    with pytest.raises(TemplateError, match="exactly one go_live"):
        parse_template(two_go_lives)
    unknown = copy.deepcopy(data)
    unknown["tasks"][0]["children"][1]["after"] = ["no_such_task"]
    template = parse_template(unknown)
    with pytest.raises(TemplateError, match="no_such_task"):
        expand(template, "en", ("A", "B"), [("A",), ("B",)], {"org": "", "product": ""})


def test_no_communication_is_planned_before_the_plans_start(tmp_path: Path) -> None:
    import json

    from oa_desk.resources import resource
    from oa_desk.services.rollout_template.template import parse_template

    data = json.loads(resource("templates", "rollout.json").read_text(encoding="utf-8"))
    for item in data["publicity"]:
        item["offset"] = -90  # a quarter before each milestone: before the kickoff for some
    path = tmp_path / "early.oadesk"
    draft = draft_rollout(_inputs(), template=parse_template(data))
    write_rollout(path, draft)
    store = open_plan(path)
    try:
        with store.read() as s:
            days = [c.planned_date for c in s.query(models.Communication)]
    finally:
        store.close()
    assert days and all(d is not None and d >= draft.start for d in days)
    assert draft.start in days
