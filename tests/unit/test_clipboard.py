"""Copy and paste of tasks, rows from Excel, and linking several tasks: each paste or
link is one unit of work whose undo gives back exactly the plan as it was."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from oa_desk.domain.enums import ConstraintType, DependencyType, TaskKind
from oa_desk.domain.schedule import DependencyLoopError
from oa_desk.services import tasks as svc
from oa_desk.services.clipboard import (
    MAX_CLIP_TASKS,
    Clip,
    ClipboardError,
    ClipLink,
    ClipTask,
    clip_from_json,
    copy_tasks,
    paste_tasks,
)
from oa_desk.services.clipboard_text import clip_from_text
from oa_desk.services.task_links import link_tasks, unlink_tasks
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore, create_plan, open_plan
from tests.pg import dump_store

Opener = Callable[[Path], PlanStore]


def _open_file(path: Path) -> PlanStore:
    return open_plan(path, snapshot=False)


def _plan(path: Path, *, people: bool = True, opener: Opener = _open_file) -> PlanStore:
    create_plan(path, name=path.stem, start=dt.date(2026, 3, 2), go_live=dt.date(2026, 9, 1))
    store = opener(path)
    with store.write() as s:
        if people:
            s.add_all(
                [
                    m.Department(id=1, name="信息中心"),
                    m.Person(id=1, employee_no="0007", name="李工", department_id=1),
                    m.Wave(id=1, name="试点", seq=0, is_pilot=True),
                ]
            )
            s.flush()
        s.add_all(
            [
                m.Task(id=1, name="准备", kind=TaskKind.SUMMARY, seq=0),
                m.Task(
                    id=2, parent_id=1, name="启动会", seq=0, duration=1,
                    owner_id=1 if people else None, department_id=1 if people else None,
                    wave_id=1 if people else None, notes="全员参加",
                ),
                m.Task(id=3, parent_id=1, name="需求调研", seq=1, duration=5, progress=40),
                m.Task(id=4, name="实施", seq=1, duration=3),
            ]
        )  # fmt: skip
        s.flush()
        s.add(m.Dependency(predecessor_id=2, successor_id=3, type=DependencyType.FS, lag=1))
        s.add(m.Dependency(predecessor_id=3, successor_id=4, type=DependencyType.FS))
    from oa_desk.services.schedule import reschedule

    reschedule(store)
    return store


@pytest.fixture
def plan(tmp_path: Path, open_on_engine: Opener) -> Any:
    store = _plan(tmp_path / "源计划.oadesk", opener=open_on_engine)
    yield store, tmp_path / "源计划.oadesk"
    store.close()


def _tasks(store: PlanStore) -> dict[int, Any]:
    with store.read() as s:
        return {r.id: r for r in s.execute(select(m.Task.__table__))}


def _links(store: PlanStore) -> set[tuple[int, int, str, int]]:
    with store.read() as s:
        return {
            (r.predecessor_id, r.successor_id, r.type, r.lag)
            for r in s.execute(select(m.Dependency.__table__))
        }


def test_copy_takes_the_subtree_and_the_links_inside_it(plan: Any) -> None:
    store, _path = plan
    clip = copy_tasks(store, [1, 3])  # 3 is under 1: copied once
    assert [(t.key, t.parent, t.name) for t in clip.tasks] == [
        (1, None, "准备"),
        (2, 1, "启动会"),
        (3, 1, "需求调研"),
    ]
    assert clip.links == (ClipLink(2, 3, DependencyType.FS, 1),)  # 3 -> 4 leads outside
    assert clip.tasks[1].owner == "李工 · 0007" and clip.tasks[1].notes == "全员参加"
    assert clip_from_json(clip.to_json()) == clip


def test_paste_in_the_same_plan_is_one_step_undone_exactly(plan: Any) -> None:
    store, _path = plan
    clip = copy_tasks(store, [1])
    before = dump_store(store)
    result = paste_tasks(store, clip, after=1)
    tasks = _tasks(store)
    new = result.new_ids
    assert len(new) == 3 and not set(new) & {1, 2, 3, 4}
    top, first, second = (tasks[i] for i in new)
    assert top.parent_id is None and top.seq == 1 and top.kind == TaskKind.SUMMARY
    assert (first.parent_id, second.parent_id) == (top.id, top.id)
    assert tasks[4].seq == 2  # the task below moved down
    assert (first.owner_id, first.department_id, first.wave_id) == (1, 1, 1)
    assert second.progress == 40 and first.notes == "全员参加"
    assert (first.id, second.id, "FS", 1) in _links(store)
    assert second.start == tasks[3].start  # the same work, scheduled the same way
    svc.revert_task_edit(store, result.undo)
    assert dump_store(store) == before
    again = paste_tasks(store, clip, after=1, task_ids=new)  # redo: the same ids
    assert again.new_ids == new


def test_paste_into_another_plan_matches_people_by_name(plan: Any, tmp_path: Path) -> None:
    store, _path = plan
    clip = clip_from_json(copy_tasks(store, [2]).to_json())  # through the clipboard's text
    other = _plan(tmp_path / "另一个.oadesk", people=False)
    try:
        with other.write() as s:
            s.add(m.Person(id=9, employee_no="0007", name="李工"))
        result = paste_tasks(other, clip)
        (task_id,) = result.new_ids
        row = _tasks(other)[task_id]
        assert row.name == "启动会" and row.parent_id is None and row.seq == 2
        assert row.owner_id == 9  # the same person, by name and number
        assert row.department_id is None and row.wave_id is None  # none of that name here
    finally:
        other.close()


def test_rows_from_excel_become_tasks_with_links_by_column(plan: Any) -> None:
    store, _path = plan
    text = (
        "ID\t任务名称\t工期\t开始\t前置任务\r\n"
        "1\t数据迁移\t5 天\t2026/3/9\t\r\n"
        "2\t用户验收\t3d\t\t1FS+1d\r\n"
        "3\t上线\t0\t\t2, 4\r\n"
    )
    clip = clip_from_text(text)
    before = dump_store(store)
    result = paste_tasks(store, clip, after=4)
    rows = [_tasks(store)[i] for i in result.new_ids]
    assert [(r.name, r.kind, r.duration) for r in rows] == [
        ("数据迁移", TaskKind.TASK, 5),
        ("用户验收", TaskKind.TASK, 3),
        ("上线", TaskKind.MILESTONE, 0),
    ]
    assert rows[0].constraint_type == ConstraintType.SNET
    assert rows[0].start == dt.date(2026, 3, 9)
    a, b, c = result.new_ids
    # "1" and "2" are the pasted rows' IDs; "4" is the plan's task 4
    assert {(a, b, "FS", 1), (b, c, "FS", 0), (4, c, "FS", 0)} <= _links(store)
    svc.revert_task_edit(store, result.undo)
    assert dump_store(store) == before


def test_rows_without_a_header_are_name_duration_start_predecessors() -> None:
    clip = clip_from_text("培训讲师选拔\t4\t2026-04-01\t3SS\n问卷设计\n")
    first, second = clip.tasks
    assert (first.name, first.duration, first.constraint_date) == (
        "培训讲师选拔", 4, dt.date(2026, 4, 1),
    )  # fmt: skip
    assert (second.name, second.duration) == ("问卷设计", 1)
    assert clip.links == (ClipLink(3, first.key, DependencyType.SS, 0, outside=True),)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "clip_empty"),
        ("\t\t\n", "clip_empty"),
        ("任务\t十天\n", "clip_bad_cell"),
        ("调研\t2\t下周一\n", "clip_bad_cell"),
        ("调研\t2\t\t12XX\n", "clip_bad_cell"),
        ("ID\t工期\n1\t2\n", "clip_unreadable"),
    ],
)
def test_unreadable_rows_are_refused(text: str, code: str) -> None:
    with pytest.raises(ClipboardError) as info:
        clip_from_text(text)
    assert info.value.code == code


def test_a_bad_clip_is_refused_and_nothing_changes(plan: Any) -> None:
    store, _path = plan
    before = dump_store(store)
    for clip, code in (
        (Clip(()), "clip_empty"),
        (Clip((ClipTask(-1, None, "  "),)), "empty_name"),
        (Clip((ClipTask(-1, None, "x", duration=-3),)), "out_of_range"),
        (Clip((ClipTask(-1, 99, "orphan"),)), "clip_unreadable"),
        (
            Clip((ClipTask(-1, None, "x"),), (ClipLink(77, -1, outside=True),)),
            "unknown_predecessor",
        ),
        (
            Clip(tuple(ClipTask(-k, None, "x") for k in range(1, MAX_CLIP_TASKS + 2))),
            "clip_too_many",
        ),
    ):
        with pytest.raises(ClipboardError) as info:
            paste_tasks(store, clip, after=2)
        assert info.value.code == code
    with pytest.raises(DependencyLoopError):  # a loop among the pasted tasks
        paste_tasks(
            store,
            Clip(
                (ClipTask(-1, None, "a"), ClipTask(-2, None, "b")),
                (ClipLink(-1, -2), ClipLink(-2, -1)),
            ),
        )
    for text in ("", "{}", '{"format": "oa-desk-tasks/1", "tasks": [{"key": "x"}]}', "[1]"):
        with pytest.raises(ClipboardError):
            clip_from_json(text)
    assert dump_store(store) == before


def test_link_chosen_tasks_in_outline_order_and_unlink(plan: Any) -> None:
    store, _path = plan
    before = dump_store(store)
    result = link_tasks(store, [4, 2])  # in outline order: 2 then 4
    assert (2, 4, "FS", 0) in _links(store)
    svc.revert_task_edit(store, result.undo)
    assert dump_store(store) == before
    gone = unlink_tasks(store, [3])  # one task: all of its links
    assert not {(p, s) for p, s, _t, _l in _links(store)} & {(2, 3), (3, 4)}
    svc.revert_task_edit(store, gone.undo)
    assert dump_store(store) == before
    assert dump_store(store) == before


def test_a_loop_only_the_new_links_close_is_refused(plan: Any) -> None:
    from oa_desk.services.schedule import add_dependency

    store, _path = plan
    unlink_tasks(store, [3])  # 2 -> 3 and 3 -> 4 go
    add_dependency(store, 4, 2)  # 4 before 2: fine on its own
    before = dump_store(store)
    with pytest.raises(DependencyLoopError):  # 2 -> 3 -> 4 would close 4 -> 2
        link_tasks(store, [2, 3, 4])
    assert dump_store(store) == before


def test_link_tasks_refuses_what_cannot_be_linked(plan: Any) -> None:
    store, _path = plan
    before = dump_store(store)
    with pytest.raises(svc.TaskEditError):
        link_tasks(store, [2])
    with pytest.raises(svc.TaskEditError):
        unlink_tasks(store, [2, 4])  # not linked to each other
    assert dump_store(store) == before
