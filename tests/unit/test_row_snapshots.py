"""Row snapshots: a delete and its undo leave every table of the plan as it was.

For every table of the schema, one row of the demo plan is deleted through
:func:`oa_desk.store.rows.delete_rows` (the database cascades and nulls what it
declares), then the undo restores the snapshot, and every table of the file,
compared in full, must be exactly as before.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from oa_desk.services.demo import generate_demo
from oa_desk.services.schedule import Undo, revert
from oa_desk.store import models as m
from oa_desk.store import rows
from oa_desk.store.planfile import open_plan

TABLES = [t.name for t in m.Base.metadata.sorted_tables]


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's full contents, as the file stores them."""
    conn = sqlite3.connect(path)
    try:
        names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.oadesk"
    generate_demo(path, scale=1)
    return path


@pytest.fixture
def demo(demo_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "plan.oadesk"
    shutil.copyfile(demo_master, path)
    return path


def _first_key(path: Path, table: str) -> Any:
    """The first row's primary key (a tuple for a composite key)."""
    t = m.Base.metadata.tables[table]
    cols = list(t.primary_key.columns)
    with open_plan(path, snapshot=False, read_only=True) as store, store.read() as session:
        row = session.execute(select(*cols).order_by(*cols).limit(1)).first()
    assert row is not None, f"the demo plan has no {table} row to delete"
    return row[0] if len(cols) == 1 else tuple(row)


@pytest.mark.parametrize("table", TABLES)
def test_delete_and_undo_leaves_every_table_unchanged(demo: Path, table: str) -> None:
    key = _first_key(demo, table)
    before = dump(demo)
    with open_plan(demo, snapshot=False) as store:
        with store.write() as session:
            snapshot = rows.delete_rows(session.connection(), table, [key])
        after_delete = dump(demo)
        assert len(after_delete[table]) < len(before[table])
        for name in before:  # the snapshot holds exactly the rows the database deleted
            assert len(before[name]) - len(after_delete[name]) == len(snapshot.rows(name)), name
        lost = {n for n in before if before[n] != after_delete[n]}
        captured = {part.table for part in snapshot.tables} | {r.table for r in snapshot.nulled}
        assert lost == captured, "the snapshot names exactly the tables the delete changed"
        revert(store, Undo(deleted=snapshot))
    assert dump(demo) == before


def test_cascades_are_followed_all_the_way_down(demo: Path) -> None:
    """A course takes its sessions and their enrollments; undo brings all three back."""
    with open_plan(demo, snapshot=False) as store:
        with store.read() as session:
            course = session.execute(
                select(m.TrainingSession.course_id)
                .join(m.Enrollment, m.Enrollment.session_id == m.TrainingSession.id)
                .limit(1)
            ).scalar_one()
        with store.write() as session:
            snapshot = rows.capture(session.connection(), "course", [course])
        assert snapshot.ids("course") == [course]
        sessions = snapshot.ids("training_session")
        assert sessions
        assert {r["session_id"] for r in snapshot.rows("enrollment")} <= set(sessions)
        assert snapshot.rows("enrollment")
        assert snapshot.changes(restored=True).inserted["enrollment"]


def test_department_subtree_and_nulled_people(demo: Path) -> None:
    """A department takes its sub-departments (recursively); its people stay, unassigned."""
    before = dump(demo)
    with open_plan(demo, snapshot=False) as store:
        with store.read() as session:
            grand = session.execute(
                select(m.Department.parent_id)
                .where(m.Department.parent_id.is_not(None))
                .order_by(m.Department.id)
                .limit(1)
            ).scalar_one()
        with store.write() as session:
            snapshot = rows.delete_rows(session.connection(), "department", [grand])
        assert len(snapshot.ids("department")) > 1
        people = [r for r in snapshot.nulled if r.table == "person"]
        assert people and {r.column for r in people} == {"department_id"}
        assert not snapshot.rows("person")
        revert(store, Undo(deleted=snapshot))
    assert dump(demo) == before


def test_snapshots_combine_and_ignore_missing_keys(demo: Path) -> None:
    with open_plan(demo, snapshot=False) as store, store.read() as session:
        conn = session.connection()
        assert not rows.capture(conn, "ticket", [10**9])
        a = rows.capture(conn, "ticket", [1])
        b = rows.capture(conn, "ticket", [2])
        both = a | b
        assert both.ids("ticket") == [1, 2]
        assert len(both.rows("ticket_event")) == len(a.rows("ticket_event")) + len(
            b.rows("ticket_event")
        )
        assert both.count() == a.count() + b.count()


def test_deleting_a_phase_of_the_demo_and_undoing_it(demo: Path) -> None:
    """delete_tasks keeps the snapshot: links, RACI, baseline and requirement rows, and the
    risks and publicity items pointing at the tasks, all come back with their ids."""
    from oa_desk.services import tasks

    before = dump(demo)
    with open_plan(demo, snapshot=False) as store:
        with store.read() as session:  # the phase above the first task a requirement names
            parent = {i: p for i, p in session.execute(select(m.Task.id, m.Task.parent_id))}
            phase = session.execute(select(m.RequirementTask.task_id).limit(1)).scalar_one()
        while parent[phase] is not None:
            phase = parent[phase]
        edit = tasks.delete_tasks(store, [phase])
        after = dump(demo)
        for name in ("dependency", "raci_entry", "baseline_task", "requirement_task"):
            assert len(after[name]) < len(before[name]), name
        assert after["risk"] != before["risk"] or after["communication"] != before["communication"]
        assert edit.changes.deleted["task"] == set(edit.undo.deleted.ids("task"))
        tasks.revert_task_edit(store, edit.undo)
    assert dump(demo) == before


def test_a_reference_cycle_comes_back_whole(demo: Path) -> None:
    """A department's head works in that department: restoring both rows needs one of
    the two references set after the other row is back."""
    before = dump(demo)
    with open_plan(demo, snapshot=False) as store:
        with store.read() as session:
            dept, head = session.execute(
                select(m.Department.id, m.Department.head_id)
                .join(m.Person, m.Person.id == m.Department.head_id)
                .where(m.Person.department_id == m.Department.id)
                .limit(1)
            ).one()
        with store.write() as session:
            conn = session.connection()
            both = rows.delete_rows(conn, "department", [dept]) | rows.delete_rows(
                conn, "person", [head]
            )
        assert both.ids("person") == [head] and dept in both.ids("department")
        revert(store, Undo(deleted=both))
    assert dump(demo) == before
