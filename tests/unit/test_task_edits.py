"""Work-breakdown edits: each does what it says, reschedules, and undoes exactly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from oa_desk.domain.enums import DependencyType, TaskKind
from oa_desk.domain.schedule import DependencyLoopError
from oa_desk.services import tasks as svc
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore, create_plan
from tests.pg import dump_store


@pytest.fixture
def plan(tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]) -> Any:
    path = tmp_path / "wbs.oadesk"
    create_plan(path, name="WBS", start=dt.date(2026, 3, 2), go_live=dt.date(2026, 9, 1))
    store = open_on_engine(path)
    with store.write() as s:
        s.add_all(
            [
                m.Task(id=1, name="准备", kind=TaskKind.SUMMARY, seq=0),
                m.Task(id=2, parent_id=1, name="启动会", seq=0, duration=1),
                m.Task(id=3, parent_id=1, name="需求调研", seq=1, duration=5),
                m.Task(id=4, parent_id=1, name="方案评审", seq=2, duration=2),
                m.Task(id=5, name="实施", kind=TaskKind.SUMMARY, seq=1),
                m.Task(
                    id=6, parent_id=5, name="试点上线", seq=0, kind=TaskKind.MILESTONE, duration=0
                ),
                m.Stakeholder(id=1, name="王总"),
                m.Baseline(id=1, name="初始"),
            ]
        )
        s.flush()
        s.add_all(
            [
                m.Dependency(predecessor_id=2, successor_id=3, type=DependencyType.FS),
                m.Dependency(predecessor_id=3, successor_id=4, type=DependencyType.FS, lag=1),
                m.Dependency(predecessor_id=4, successor_id=6, type=DependencyType.FS),
                m.RaciEntry(task_id=3, stakeholder_id=1, role="A"),
                m.Risk(title="数据迁移失败", category="data_migration", task_id=3),
                m.Communication(title="上线通知", channel="email", milestone_id=6),
                m.BaselineTask(baseline_id=1, task_id=3, start=dt.date(2026, 3, 3)),
            ]
        )
    from oa_desk.services.schedule import reschedule

    reschedule(store)
    yield store, path
    store.close()


def _dates(store: PlanStore) -> dict[int, tuple[Any, ...]]:
    with store.read() as s:
        return {
            r.id: (r.parent_id, r.seq, r.kind, r.start, r.finish)
            for r in s.execute(
                select(
                    m.Task.id,
                    m.Task.parent_id,
                    m.Task.seq,
                    m.Task.kind,
                    m.Task.start,
                    m.Task.finish,
                )
            )
        }


def _undo_restores(plan: Any, edit: svc.TaskEdit) -> None:
    store, _path = plan
    svc.revert_task_edit(store, edit.undo)


def check_round_trip(plan: Any, do: Any) -> svc.TaskEdit:
    store, _path = plan
    before = dump_store(store)
    edit = do(store)
    assert dump_store(store) != before
    svc.revert_task_edit(store, edit.undo)
    assert dump_store(store) == before
    return edit


def test_delete_subtree_and_undo_restores_everything(plan: Any) -> None:
    _store, _path = plan
    edit = check_round_trip(plan, lambda st: svc.delete_tasks(st, [1]))
    assert {2, 3, 4, 1} <= set(edit.changes.deleted["task"])


def test_delete_nulls_references_and_reschedules(plan: Any) -> None:
    store, _path = plan
    svc.delete_tasks(store, [4])
    with store.read() as s:
        assert s.scalars(select(m.Dependency.successor_id)).all() == [3]
        assert s.get_one(m.Task, 6).start is not None


def test_rename_and_undo(plan: Any) -> None:
    edit = check_round_trip(plan, lambda st: svc.set_task_fields(st, 3, {"name": "部门需求调研"}))
    assert edit.changes.updated["task"] == {3}


def test_empty_name_refused(plan: Any) -> None:
    store, _path = plan
    before = dump_store(store)
    with pytest.raises(svc.TaskEditError) as info:
        svc.set_task_fields(store, 3, {"name": "  "})
    assert info.value.code == "empty_name"
    assert dump_store(store) == before


def test_predecessors_text_edits_links(plan: Any) -> None:
    store, _ = plan
    check_round_trip(plan, lambda st: svc.set_predecessors(st, 4, "2SS+1d, 3FS+2d"))
    edit = svc.set_predecessors(store, 4, "2SS+1d")
    with store.read() as s:
        links = s.execute(
            select(m.Dependency.predecessor_id, m.Dependency.type, m.Dependency.lag).where(
                m.Dependency.successor_id == 4
            )
        ).all()
    assert [tuple(x) for x in links] == [(2, DependencyType.SS, 1)]
    assert "task" in edit.changes.updated


def test_predecessor_loop_refused_unchanged(plan: Any) -> None:
    store, _path = plan
    before = dump_store(store)
    with pytest.raises(DependencyLoopError):
        svc.set_predecessors(store, 2, "4")
    assert dump_store(store) == before


def test_unknown_predecessor_refused(plan: Any) -> None:
    store, _path = plan
    with pytest.raises(svc.TaskEditError) as info:
        svc.set_predecessors(store, 4, "99")
    assert info.value.code == "unknown_predecessor" and "99" in str(info.value)


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"predecessors": "4"}, "self_link"),
        ({"predecessors": "2FS+10000d"}, "out_of_range"),
        ({"duration": 10_000}, "out_of_range"),
        ({"progress": 101}, "out_of_range"),
    ],
)
def test_the_shared_rules_refuse_bad_values_unchanged(
    plan: Any, kwargs: dict[str, Any], code: str
) -> None:
    """The task services refuse what domain.checks refuses, as the imports do."""
    store, _path = plan
    before = dump_store(store)
    with pytest.raises(svc.TaskEditError) as info:
        svc.update_task(store, 4, **kwargs)
    assert info.value.code == code
    assert dump_store(store) == before


def test_insert_after_and_undo(plan: Any) -> None:
    edit = check_round_trip(plan, lambda st: svc.insert_task(st, after=2, name="编制推广方案"))
    assert len(edit.new_ids) == 1


def test_insert_places_task_after_its_anchor(plan: Any) -> None:
    store, _ = plan
    edit = svc.insert_task(store, after=2, name="新任务")
    new = edit.new_ids[0]
    dates = _dates(store)
    order = sorted((v[1], k) for k, v in dates.items() if v[0] == 1)
    assert [k for _, k in order] == [2, new, 3, 4]


def test_indent_makes_a_summary_and_undo(plan: Any) -> None:
    store, _ = plan
    new = svc.insert_task(store, after=4, name="培训材料").new_ids[0]
    check_round_trip(plan, lambda st: svc.indent_tasks(st, [new]))
    svc.indent_tasks(store, [new])
    dates = _dates(store)
    assert dates[new][0] == 4 and dates[4][2] == TaskKind.SUMMARY
    svc.outdent_tasks(store, [new])
    assert _dates(store)[4][2] == TaskKind.TASK


def test_indent_under_a_linked_predecessor_is_refused_unchanged(plan: Any) -> None:
    from oa_desk.domain.schedule import LinkError

    store, _path = plan
    before = dump_store(store)
    with pytest.raises(LinkError) as info:
        svc.indent_tasks(store, [4])  # 3 -> 4 would link a summary to its own child
    assert info.value.reason == "outline"
    assert dump_store(store) == before


def test_outdent_and_undo(plan: Any) -> None:
    store, _ = plan
    check_round_trip(plan, lambda st: svc.outdent_tasks(st, [3]))
    svc.outdent_tasks(store, [3])
    dates = _dates(store)
    assert dates[3][0] is None
    roots = sorted((v[1], k) for k, v in dates.items() if v[0] is None)
    assert [k for _, k in roots] == [1, 3, 5]


def test_cannot_indent_first_child(plan: Any) -> None:
    store, _path = plan
    before = dump_store(store)
    with pytest.raises(svc.TaskEditError) as info:
        svc.indent_tasks(store, [2])
    assert info.value.code == "cannot_indent"
    assert dump_store(store) == before


def test_move_up_and_down(plan: Any) -> None:
    store, _ = plan
    check_round_trip(plan, lambda st: svc.move_tasks(st, [4], -1))
    svc.move_tasks(store, [4], -1)
    order = sorted((v[1], k) for k, v in _dates(store).items() if v[0] == 1)
    assert [k for _, k in order] == [2, 4, 3]
    svc.move_tasks(store, [3, 4], -1)
    order = sorted((v[1], k) for k, v in _dates(store).items() if v[0] == 1)
    assert [k for _, k in order] == [4, 3, 2]
    with pytest.raises(svc.TaskEditError):
        svc.move_tasks(store, [4], -1)


def test_update_task_changes_many_fields_in_one_undoable_step(plan: Any) -> None:
    from oa_desk.domain.enums import ConstraintType, Phase

    store, _ = plan
    edit = check_round_trip(
        plan,
        lambda st: svc.update_task(
            st,
            4,
            fields={"name": "方案评审会", "phase": Phase.IMPLEMENT, "notes": "邀请各部门负责人"},
            duration=3,
            progress=40,
            constraint=(ConstraintType.SNET, dt.date(2026, 4, 1)),
            predecessors="2SS+1d",
        ),
    )
    assert 4 in edit.changes.updated["task"]
    svc.update_task(store, 4, duration=0)
    with store.read() as s:
        task = s.get_one(m.Task, 4)
        assert (task.kind, task.duration) == (TaskKind.MILESTONE, 0)


def test_insert_can_reuse_an_id_for_redo(plan: Any) -> None:
    store, _ = plan
    first = svc.insert_task(store, after=2, name="新任务")
    svc.revert_task_edit(store, first.undo)
    again = svc.insert_task(store, after=2, name="新任务", task_id=first.new_ids[0])
    assert again.new_ids == first.new_ids
