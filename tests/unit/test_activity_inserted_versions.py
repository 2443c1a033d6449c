"""The activity log knows the version of a row its unit of work inserted without
reading it back (it is row_version's default, 1), on both engines, and still reads
back every row the unit of work changed after inserting it, or that a DELETE's
cascade or SQL text may have reached. An MS Project import itemises every row it
wrote and leaves them at version 1, except those its reschedule moved on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import cast

import pytest
from sqlalchemy import Connection, Table, delete, func, insert, select, text, update

from oa_desk.domain.enums import TaskKind
from oa_desk.exchange.mspdi import MsLink, MspdiDocument, MsTask, write_mspdi
from oa_desk.services.mspdi import import_mspdi
from oa_desk.services.schedule import move_task
from oa_desk.store import activity
from oa_desk.store import models as m
from oa_desk.store.intents import describing, expecting
from oa_desk.store.planfile import PlanStore, create_plan

D = dt.date
_TASK = cast(Table, m.Task.__table__)


@pytest.fixture
def plan(tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]) -> Iterator[PlanStore]:
    path = tmp_path / "plan.oadesk"
    create_plan(path, name="版本", start=D(2026, 3, 2), go_live=D(2026, 12, 31))
    with open_on_engine(path) as store:
        yield store


def _versions(store: PlanStore, table: str, ids: list[int]) -> dict[int, int]:
    with store.read() as s:
        return activity.versions_of(s.connection(), table, ids)


def _task(row_id: int, parent: int | None = None) -> dict[str, object]:
    return {"id": row_id, "parent_id": parent, "seq": row_id, "name": f"任务{row_id}"}


def test_rows_inserted_and_left_alone_are_remembered_at_version_1(
    plan: PlanStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[str] = []
    real = activity.versions_of

    def spy(conn: Connection, table: str, ids: list[int] | tuple[int, ...]) -> dict[int, int]:
        read.extend(f"{table}#{i}" for i in ids)
        return real(conn, table, ids)

    monkeypatch.setattr(activity, "versions_of", spy)
    with plan.write() as s:
        s.execute(insert(_TASK), [_task(1), _task(2), _task(3)])
        s.execute(update(_TASK).where(_TASK.c.id == 2).values(notes="改过"))
    # What the log read back at the end: only the row changed after its insert.
    assert [r for r in read if r.startswith("task#")] == ["task#2"]
    monkeypatch.undo()
    assert _versions(plan, "task", [1, 2, 3]) == {1: 1, 2: 2, 3: 1}
    assert {i: plan.left_versions[("task", i)] for i in (1, 2, 3)} == {1: 1, 2: 2, 3: 1}


def test_a_cascade_or_sql_text_after_an_insert_is_read_back(plan: PlanStore) -> None:
    with plan.write() as s:
        s.execute(insert(_TASK), [_task(1), _task(2, parent=1), _task(3)])
        s.execute(delete(_TASK).where(_TASK.c.id == 1))  # cascades to task 2
    assert _versions(plan, "task", [1, 2, 3]) == {3: 1}
    assert ("task", 2) not in plan.left_versions  # gone: not a row this store left
    assert plan.left_versions[("task", 3)] == 1
    with plan.write() as s:
        s.execute(insert(_TASK), [_task(4)])
        s.execute(text("UPDATE task SET row_version = 7 WHERE id = 4"))
    assert plan.left_versions[("task", 4)] == 7


def test_an_insert_giving_its_version_is_read_back(plan: PlanStore) -> None:
    with plan.write() as s:
        s.execute(insert(_TASK), [{**_task(1), "row_version": 5}])
    assert plan.left_versions[("task", 1)] == 5


def _file(tmp_path: Path) -> Path:
    """Three tasks; the milestone starts a day before its link allows, so the import's
    reschedule moves it (and its row version on)."""
    doc = MspdiDocument(
        name="导入",
        start=D(2026, 3, 2),
        tasks=[
            MsTask(1, "调研", 1, TaskKind.TASK, 5, D(2026, 3, 2), D(2026, 3, 6)),
            MsTask(2, "配置", 1, TaskKind.TASK, 3, D(2026, 3, 9), D(2026, 3, 11)),
            MsTask(3, "上线", 1, TaskKind.MILESTONE, 0, D(2026, 3, 11), D(2026, 3, 11)),
        ],
        links=[MsLink(1, 2), MsLink(2, 3)],
    )
    xml = tmp_path / "plan.xml"
    write_mspdi(doc, xml)
    return xml


def test_an_import_itemises_its_rows_at_the_versions_it_left(
    plan: PlanStore, tmp_path: Path
) -> None:
    with describing("Import plan.xml"):
        report = import_mspdi(plan, _file(tmp_path))
    assert report.tasks == 3 and [x.name for x in report.moved] == ["上线"]
    with plan.read() as s:
        tasks = dict(s.execute(select(m.Task.name, m.Task.id)).all())
        links = list(s.scalars(select(m.Dependency.id)))
        (entry,) = activity.plan_history(s.connection(), limit=1)
        items = s.execute(
            select(m.ActivityItem.table_name, m.ActivityItem.row_id).where(
                m.ActivityItem.activity_id == entry.id
            )
        ).all()
    assert entry.intent == "Import plan.xml"
    assert {(t, i) for t, i in items if t in ("task", "dependency")} == {
        *(("task", i) for i in tasks.values()),
        *(("dependency", i) for i in links),
    }
    moved = tasks["上线"]
    expected = {i: 2 if i == moved else 1 for i in tasks.values()}
    assert _versions(plan, "task", list(tasks.values())) == expected
    assert {i: plan.left_versions[("task", i)] for i in tasks.values()} == expected
    assert all(plan.left_versions[("dependency", i)] == 1 for i in links)
    # A later edit from a read of those versions goes through; from an older one, refused.
    with expecting({("task", tasks["配置"]): 1}):
        move_task(plan, tasks["配置"], D(2026, 3, 10))
    with pytest.raises(activity.StaleEdit), expecting({("task", moved): 1}):
        move_task(plan, moved, D(2026, 3, 20))
    with plan.read() as s:
        assert s.scalar(select(func.count()).select_from(m.Activity)) == 2


def test_the_log_itemises_at_most_its_limit_of_one_tables_rows_first_come_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(activity, "MAX_ITEMS_PER_TABLE", 5)
    recorder = activity.Recorder("pm")
    recorder.note("task", [1, 2, 3])
    recorder.note("task", [2, 3, 4])  # rows already noted take no more room
    recorder.note("task", [5, 6, 7, 8], inserted=True)
    assert list(recorder.items["task"]) == [1, 2, 3, 4, 5]
    assert recorder.inserted["task"] == {5, 6, 7, 8}  # known versions, itemised or not
    recorder.note("task", [6])  # changed after its insert: read back
    assert recorder.inserted["task"] == {5, 7, 8}
    recorder.note("task", None)
    assert "task" not in recorder.inserted
