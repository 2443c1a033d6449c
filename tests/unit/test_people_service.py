"""The roster's reads and the people / department / gate intents, each undone exactly."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from oa_desk.domain.enums import AudienceTier, GateDecision, ReadinessKind
from oa_desk.domain.gates import Criterion, Verdict
from oa_desk.services import departments as deps
from oa_desk.services import gates, people
from oa_desk.services.demo import generate_demo
from oa_desk.store.planfile import PlanStore, open_plan
from oa_desk.store.roster import RosterQuery, RosterSort
from tests.unit.test_row_snapshots import dump


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("people") / "demo.oadesk"
    generate_demo(path, scale=1)
    return path


@pytest.fixture
def plan(demo_master: Path, tmp_path: Path) -> Iterator[tuple[PlanStore, Path]]:
    path = tmp_path / "plan.oadesk"
    shutil.copyfile(demo_master, path)
    with open_plan(path, snapshot=False) as store:
        yield store, path


def _tree(store: PlanStore) -> deps.OrgTree:
    return deps.read_tree(store)


def test_roster_windows_filter_and_sort_in_sql(plan: Any) -> None:
    store, _ = plan
    everyone = RosterQuery()
    total = people.read_count(store, everyone)
    first = people.read_window(store, everyone, 0, 50)
    second = people.read_window(store, everyone, 50, 50)
    assert total > 100 and len(first) == len(second) == 50
    assert not {r.id for r in first} & {r.id for r in second}  # windows never overlap
    by_no = people.read_window(store, RosterQuery(sort=RosterSort.EMPLOYEE_NO), 0, total)
    assert [r.employee_no for r in by_no] == sorted(r.employee_no for r in by_no)
    down = people.read_window(
        store, RosterQuery(sort=RosterSort.EMPLOYEE_NO, descending=True), 0, 3
    )
    assert down[0].employee_no == by_no[-1].employee_no
    leaders = people.read_window(store, RosterQuery(tier=AudienceTier.LEADERSHIP), 0, total)
    assert leaders and all(r.tier == AudienceTier.LEADERSHIP for r in leaders)
    one = by_no[7]
    found = people.read_window(store, RosterQuery(text=one.employee_no), 0, 10)
    assert one.id in {r.id for r in found}
    assert one.id in {r.id for r in people.read_window(store, RosterQuery(text=one.email), 0, 10)}


def test_a_department_filter_takes_its_sub_departments(plan: Any) -> None:
    store, _ = plan
    tree = _tree(store)
    top = next(d for d in tree.departments if d.parent_id is None and tree.children(d.id))
    below = {top.id}
    changed = True
    while changed:
        more = {d.id for d in tree.departments if d.parent_id in below} - below
        below |= more
        changed = bool(more)
    expected = sum(people.read_count(store, RosterQuery(department_id=d)) for d in [top.id])
    direct = sum(d.people for d in tree.departments if d.id in below)
    active = people.read_count(store, RosterQuery(department_id=top.id, active=True))
    assert active == direct and expected >= active > top.people


def test_a_person_is_added_edited_deactivated_and_each_undone(plan: Any) -> None:
    store, path = plan
    start = dump(path)
    dep = _tree(store).departments[0].id
    added = people.add_person(
        store, {"employee_no": "990001", "name": "测试 张三", "department_id": dep}
    )
    (pid,) = added.new_ids
    assert people.read_card(store, pid).department_id == dep  # type: ignore[union-attr]
    after_add = dump(path)
    edited = people.edit_person(store, pid, {"title": "会计"})
    off = people.set_active(store, [pid], False)
    assert people.read_card(store, pid).active is False  # type: ignore[union-attr]
    people.revert(store, off.undo)
    people.revert(store, edited.undo)
    assert dump(path) == after_add
    people.revert(store, added.undo)
    assert dump(path) == start


def test_bad_people_are_refused_and_nothing_changes(plan: Any) -> None:
    store, path = plan
    start = dump(path)
    someone = people.read_window(store, RosterQuery(), 0, 2)
    with pytest.raises(people.PeopleRefusal) as taken:
        people.edit_person(store, someone[0].id, {"employee_no": someone[1].employee_no})
    assert taken.value.code == "employee_no_taken"
    empty = deps.add_department(store, "临时部门", None)
    (gone,) = empty.new_ids
    deps.delete_department(store, gone)
    with pytest.raises(people.PeopleRefusal) as deleted:
        people.edit_person(store, someone[0].id, {"department_id": gone})
    assert deleted.value.code == "department_missing"
    assert dump(path)["person"] == start["person"]


def test_department_rules_refuse_with_the_reason(plan: Any) -> None:
    store, path = plan
    start = dump(path)
    tree = _tree(store)
    top = next(d for d in tree.departments if d.parent_id is None and tree.children(d.id))
    child = tree.children(top.id)[0]
    with pytest.raises(deps.DepartmentRefusal) as ancestor:
        deps.move_department(store, top.id, child.id)
    assert ancestor.value.code == "own_ancestor"
    with pytest.raises(deps.DepartmentRefusal) as itself:
        deps.move_department(store, top.id, top.id)
    assert itself.value.code == "own_ancestor"
    sibling = tree.children(top.id)[1]
    with pytest.raises(deps.DepartmentRefusal) as twice:
        deps.edit_department(store, sibling.id, {"name": f" {child.name.upper()} "})
    assert twice.value.code == "name_taken"
    with pytest.raises(deps.DepartmentRefusal) as twice_added:
        deps.add_department(store, child.name, top.id)
    assert twice_added.value.code == "name_taken"
    with pytest.raises(deps.DepartmentRefusal) as held:
        deps.delete_department(store, top.id)
    assert held.value.code == "not_empty" and held.value.params["children"] > 0
    assert dump(path) == start


def test_move_rename_and_merge_are_undone_exactly(plan: Any) -> None:
    store, path = plan
    start = dump(path)
    tree = _tree(store)
    top = next(d for d in tree.departments if d.parent_id is None and tree.children(d.id))
    a, b = tree.children(top.id)[:2]
    moved = deps.move_department(store, a.id, b.id)
    assert next(d for d in _tree(store).departments if d.id == a.id).parent_id == b.id
    deps.revert(store, moved.undo)
    renamed = deps.edit_department(store, a.id, {"name": "新名字"})
    deps.revert(store, renamed.undo)
    assert dump(path) == start
    # a merge moves people and sub-departments, then deletes the source
    source = deps.add_department(store, "待合并", top.id).new_ids[0]
    inner = deps.add_department(store, "内部小组", source).new_ids[0]
    person = people.add_person(
        store, {"employee_no": "990002", "name": "李四", "department_id": source}
    ).new_ids[0]
    before = dump(path)
    merged = deps.merge_department(store, source, b.id)
    after = _tree(store)
    assert source not in {d.id for d in after.departments}
    assert next(d for d in after.departments if d.id == inner).parent_id == b.id
    assert people.read_card(store, person).department_id == b.id  # type: ignore[union-attr]
    deps.revert_merge(store, merged.undo)
    assert dump(path) == before
    with pytest.raises(deps.DepartmentRefusal):
        deps.merge_department(store, source, inner)  # into its own sub-department


def test_gates_change_with_the_plan_and_decisions_are_recorded(plan: Any) -> None:
    store, path = plan
    start = dump(path)
    tree = _tree(store)
    with_items = {d.id for d in tree.departments if gates.read_items(store, d.id)}
    leaves = [
        d for d in tree.departments
        if not tree.children(d.id) and d.id not in with_items and d.wave_id is not None
    ]  # fmt: skip
    dep = max(leaves, key=lambda d: d.people).id
    first = gates.read_gates(store).gates[dep]
    items = {c.criterion: c for c in first.criteria}
    assert items[Criterion.READINESS_ITEMS].verdict == Verdict.NO_DATA  # no checklist yet
    item = gates.add_item(store, dep, ReadinessKind.ROLLBACK_PLAN)
    (iid,) = item.new_ids
    assert {c.criterion: c for c in gates.read_gates(store).gates[dep].criteria}[
        Criterion.READINESS_ITEMS
    ].verdict == Verdict.NO_GO
    done = gates.set_item_done(store, iid, True, None)
    now = {c.criterion: c for c in gates.read_gates(store).gates[dep].criteria}
    assert now[Criterion.READINESS_ITEMS].verdict == Verdict.GO
    wave = next(d for d in tree.departments if d.id == dep).wave_id
    assert wave is not None
    with pytest.raises(gates.GateRefusal):
        gates.set_thresholds(store, wave, {"trained_go": 50, "trained_nogo": 80})
    strict = gates.set_thresholds(store, wave, {"trained_go": 100, "trained_nogo": 100})
    assert gates.read_gates(store).thresholds_of(wave).trained_go == 100
    decided = gates.record_decision(
        store, dep, GateDecision.GO, dt.date(2026, 12, 1), "指导委员会", "按期上线"
    )
    review = gates.read_gates(store).reviews[dep]
    assert (review.decision, review.decided_by) == (GateDecision.GO, "指导委员会")
    for edit in (decided, strict, done, item):
        gates.revert(store, edit.undo)
    assert dump(path) == start


def test_a_departments_go_live_is_its_milestone_on_the_timeline(plan: Any) -> None:
    from oa_desk.services import schedule

    store, path = plan
    lives = deps.read_go_lives(store)
    dep, (task, day) = next((d, v) for d, v in lives.items() if v[1] is not None)
    assert day is not None
    later = day + dt.timedelta(days=14)
    before = dump(path)
    moved = deps.move_go_live(store, dep, later)
    new_task, new_day = deps.read_go_lives(store)[dep]
    assert new_task == task and new_day is not None and new_day >= later  # a working day
    schedule.revert(store, moved.undo)
    assert dump(path) == before
    empty = deps.add_department(store, "无里程碑", None).new_ids[0]
    with pytest.raises(deps.DepartmentRefusal) as none:
        deps.move_go_live(store, empty, later)
    assert none.value.code == "no_milestone"
