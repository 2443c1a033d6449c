"""Row versions, the activity log and refused stale edits, on both engines.

"Another client" is a second store on the same plan: a second connection to the
team plan, or a second store on the same file (as another OA Desk would be, were
it not for the lock file, which this test leaves out).
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from oa_desk.domain.enums import Attendance, RiskCategory, TicketStatus
from oa_desk.services import records, support, tasks, training
from oa_desk.services.demo import generate_demo
from oa_desk.services.schedule import move_task, revert
from oa_desk.store import activity
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore
from oa_desk.store.teamplan import TeamPlanStore
from tests.pg import dump_store

NOW = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("concur") / "demo.oadesk"
    generate_demo(path, scale=1)
    return path


@pytest.fixture
def plan(demo_master: Path, tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]) -> Any:
    path = tmp_path / "plan.oadesk"
    shutil.copyfile(demo_master, path)
    with open_on_engine(path) as store:
        yield store


def other_client(store: PlanStore) -> PlanStore:
    """A second client of the same plan."""
    if isinstance(store, TeamPlanStore):
        return TeamPlanStore(store.url)
    other = PlanStore(store.path, read_only=False, lock=None)
    other._ready.set()
    return other


def _risk(store: PlanStore) -> int:
    values = {"title": "关键用户请假", "category": RiskCategory.RESOURCES}
    return records.add_record(store, "risk", {**values, "probability": 3, "impact": 3}).new_ids[0]


def version(store: PlanStore, table: str, row_id: int) -> int:
    with store.read() as s:
        return activity.versions_of(s.connection(), table, [row_id])[row_id]


def test_every_update_moves_the_row_version_on(plan: PlanStore) -> None:
    store = plan
    rid = _risk(store)
    assert version(store, "risk", rid) == 1
    records.update_record(store, "risk", rid, {"impact": 5})
    records.update_record(store, "risk", rid, {"impact": 4})
    assert version(store, "risk", rid) == 3
    task = _first(store, m.Task.id)
    before = version(store, "task", task)
    tasks.set_task_fields(store, task, {"notes": "由 PMO 复核"})
    assert version(store, "task", task) == before + 1


def test_each_unit_of_work_records_who_when_and_what(plan: PlanStore) -> None:
    store = plan
    with activity.describing("Add risk"):
        rid = _risk(store)
    records.update_record(store, "risk", rid, {"impact": 5})
    with store.read() as s:
        history = activity.item_history(s.connection(), "risk", rid)
        latest = activity.plan_history(s.connection(), limit=1)
    assert [h.intent for h in history] == ["", "Add risk"]
    assert {h.user for h in history} == {store.user_name} and store.user_name
    assert history[0].tables == ("risk",)
    assert dt.datetime.now(dt.UTC) - history[0].at < dt.timedelta(minutes=1)
    assert latest[0].id == history[0].id and latest[0].items == 1


def test_a_refused_unit_of_work_leaves_no_activity(plan: PlanStore) -> None:
    store = plan
    with store.read() as s:
        count = s.scalar(select(func.count()).select_from(m.Activity))
    with pytest.raises(records.RecordError):
        records.update_record(store, "risk", 10**6, {"impact": 5})
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(m.Activity)) == count


def _first(store: PlanStore, column: Any, *where: Any) -> int:
    with store.read() as s:
        return int(s.scalar(select(column).where(*where).order_by(column).limit(1)))


def test_an_edit_from_a_stale_read_is_refused_naming_who_and_nothing_changes(
    plan: PlanStore,
) -> None:
    mine = plan
    rid = _risk(mine)
    read = version(mine, "risk", rid)
    theirs = other_client(mine)
    try:
        with activity.describing("Raise impact"):
            records.update_record(theirs, "risk", rid, {"impact": 5})
        before = dump_store(mine)
        with activity.expecting({("risk", rid): read}), pytest.raises(activity.StaleEdit) as err:
            records.update_record(mine, "risk", rid, {"impact": 1})
        assert err.value.code == "stale" and err.value.ids == (rid,)
        assert err.value.params["user"] == theirs.user_name
        assert err.value.params["intent"] == "Raise impact"
        assert isinstance(err.value.params["at"], dt.datetime)
        assert dump_store(mine) == before
        # Read again: the edit goes through.
        now = version(mine, "risk", rid)
        with activity.expecting({("risk", rid): now}):
            records.update_record(mine, "risk", rid, {"impact": 1})
    finally:
        theirs.close()


def test_stale_reads_are_refused_on_every_concurrent_path(plan: PlanStore) -> None:
    store = plan
    ticket = support.create_ticket(store, {"title": "无法登录"}, actor_id=None, now=NOW)
    tid = ticket.ticket_ids[0]
    task = _first(store, m.Task.id, m.Task.kind == "task")
    enrollment = _first(store, m.Enrollment.id)
    read = {
        ("ticket", tid): version(store, "ticket", tid),
        ("task", task): version(store, "task", task),
        ("enrollment", enrollment): version(store, "enrollment", enrollment),
    }
    # Someone else changes each row...
    support.bulk_edit(store, [tid], actor_id=None, now=NOW, priority="P1")
    tasks.set_task_fields(store, task, {"notes": "改期"})
    training.set_result(store, enrollment, {"attendance": Attendance.ABSENT})
    # ...so every edit from the old read is refused.
    attempts: list[Callable[[], object]] = [
        lambda: support.bulk_edit(
            store, [tid], actor_id=None, now=NOW, status=TicketStatus.WAITING
        ),
        lambda: tasks.set_task_fields(store, task, {"name": "新名称"}),
        lambda: move_task(store, task, dt.date(2027, 3, 1)),
        lambda: training.set_result(store, enrollment, {"attendance": Attendance.PRESENT}),
    ]
    for attempt in attempts:
        with activity.expecting(read), pytest.raises(activity.StaleEdit):
            attempt()


def test_undo_checks_the_rows_are_as_this_client_left_them(plan: PlanStore) -> None:
    mine = plan
    rid = _risk(mine)
    edit = records.update_record(mine, "risk", rid, {"impact": 5})
    theirs = other_client(mine)
    try:
        records.update_record(theirs, "risk", rid, {"probability": 1})
        with activity.undoing(), pytest.raises(activity.StaleEdit) as err:
            records.revert_record_edit(mine, edit.undo)
        assert err.value.params["user"] == theirs.user_name
        with mine.read() as s:
            assert s.get_one(m.Risk, rid).probability == 1
    finally:
        theirs.close()
    # Nobody else touched it: the undo of one's own steps goes through, in order.
    second = records.update_record(mine, "risk", rid, {"impact": 2})
    with activity.undoing():
        records.revert_record_edit(mine, second.undo)
    with mine.read() as s:
        assert s.get_one(m.Risk, rid).impact == 5


def test_undo_of_a_move_is_refused_after_another_clients_edit(plan: PlanStore) -> None:
    mine = plan
    task = _first(mine, m.Task.id, m.Task.kind == "task")
    moved = move_task(mine, task, dt.date(2027, 3, 1))
    theirs = other_client(mine)
    try:
        tasks.set_task_fields(theirs, task, {"notes": "别动"})
    finally:
        theirs.close()
    with activity.undoing(), pytest.raises(activity.StaleEdit):
        revert(mine, moved.undo)


def test_a_stale_edit_that_would_change_nothing_is_refused_too(plan: PlanStore) -> None:
    """Two clients add one to the same count from the same read: the second must not
    count as done (it would write what the first wrote, and an update would be lost)."""
    store = plan
    rid = _risk(store)
    read = version(store, "risk", rid)
    with activity.expecting({("risk", rid): read}):
        records.update_record(store, "risk", rid, {"impact": 4})  # the first: 3 + 1
    with activity.expecting({("risk", rid): read}), pytest.raises(activity.StaleEdit):
        records.update_record(store, "risk", rid, {"impact": 4})  # the second, from 3 too


def test_one_intent_of_two_units_of_work_expects_what_its_first_left(plan: PlanStore) -> None:
    store = plan
    rid = _risk(store)
    with activity.expecting({("risk", rid): version(store, "risk", rid)}):
        records.update_record(store, "risk", rid, {"impact": 4})
        records.update_record(store, "risk", rid, {"impact": 5})
    assert version(store, "risk", rid) == 3


def test_a_planners_warm_schedule_survives_the_hotline_but_not_a_task_edit(
    plan: PlanStore,
) -> None:
    from oa_desk.services.schedule import is_warm

    planner = plan
    task = _first(planner, m.Task.id, m.Task.kind == "task")
    move_task(planner, task, dt.date(2027, 3, 1))
    move_task(planner, task, dt.date(2027, 3, 2))
    assert is_warm(planner)
    desk = other_client(planner)
    try:
        support.create_ticket(desk, {"title": "打印失败"}, actor_id=None, now=NOW)
        move_task(planner, task, dt.date(2027, 3, 3))
        if isinstance(planner, TeamPlanStore):  # a file notices any other writer
            assert is_warm(planner)
        tasks.set_task_fields(desk, task, {"notes": "由他人修改"})
        move_task(planner, task, dt.date(2027, 3, 4))  # rebuilt: it sees the other's edit
        with planner.read() as s:
            assert s.get_one(m.Task, task).notes == "由他人修改"
    finally:
        desk.close()


def test_the_history_filter_finds_the_tables_named_not_their_lookalikes(plan: PlanStore) -> None:
    store = plan
    with activity.describing("Add risk for the filter"):
        _risk(store)
    with store.read() as s:
        conn = s.connection()
        by_table = activity.plan_history(conn, text="关键词不在意图里", tables=["risk"])
        lookalike = activity.plan_history(conn, text="关键词不在意图里", tables=["ris"])
        nothing = activity.plan_history(conn, text="关键词不在意图里")
    assert by_table and by_table[0].intent == "Add risk for the filter"
    assert all("risk" in e.tables for e in by_table)
    assert lookalike == [] and nothing == []  # a code is matched whole, between commas
