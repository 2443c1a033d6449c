"""Row snapshots: a delete and its undo leave every table of the plan as it was.

For every table of the schema, one row of the demo plan is deleted through
:func:`oa_desk.store.rows.delete_rows` (the database cascades and nulls what it
declares), then the undo restores the snapshot, and every table of the plan
(a file, or a team plan with a test server), compared in full, must be exactly as before.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from oa_desk.services.demo import generate_demo
from oa_desk.services.schedule import Undo, revert
from oa_desk.store import models as m
from oa_desk.store import rows
from oa_desk.store.planfile import PlanStore
from tests.pg import content_sql, dump_store


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's full contents, as the plan file stores them (the registers' tests
    compare a file before and after a refused or undone intent)."""
    conn = sqlite3.connect(path)
    try:
        return {
            t.name: sorted(conn.execute(content_sql(t)).fetchall(), key=repr)
            for t in m.CONTENT_TABLES
        }
    finally:
        conn.close()


TABLES = [t.name for t in m.CONTENT_TABLES]


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.oadesk"
    generate_demo(path, scale=1)
    return path


@dataclass
class Demo:
    """The demo plan, open on one engine for the whole test (a file or a team plan)."""

    store: PlanStore

    def open(self) -> contextlib.nullcontext[PlanStore]:
        return contextlib.nullcontext(self.store)

    def dump(self) -> dict[str, list[tuple[object, ...]]]:
        return dump_store(self.store)


@pytest.fixture
def demo(
    demo_master: Path, tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]
) -> Iterator[Demo]:
    path = tmp_path / "plan.oadesk"
    shutil.copyfile(demo_master, path)
    with open_on_engine(path) as store:
        yield Demo(store)


def _first_deletable_key(demo: Demo, table: str) -> Any:
    """The first row's primary key (a tuple for a composite key) that the schema lets
    go: rows that others RESTRICT (a department with people) are skipped; None when
    every row is held so."""
    t = m.Base.metadata.tables[table]
    cols = list(t.primary_key.columns)
    with demo.open() as store:
        with store.read() as session:
            keys = session.execute(select(*cols).order_by(*cols).limit(400)).all()
        assert keys, f"the demo plan has no {table} row to delete"
        for row in keys:
            key = row[0] if len(cols) == 1 else tuple(row)
            try:
                with store.write() as session:
                    rows.delete_rows(session.connection(), table, [key])
                    raise _TryOnly()
            except _TryOnly:
                return key
            except IntegrityError:
                continue
    return None


class _TryOnly(Exception):
    """Rolls a trial delete back."""


@pytest.mark.parametrize("table", TABLES)
def test_delete_and_undo_leaves_every_table_unchanged(demo: Demo, table: str) -> None:
    key = _first_deletable_key(demo, table)
    before = demo.dump()
    if key is None:  # every row is held (RESTRICT): the delete is refused, nothing changes
        with (
            demo.open() as store,
            pytest.raises(IntegrityError),
            store.write() as session,
        ):
            t = m.Base.metadata.tables[table]
            first = session.execute(select(*t.primary_key.columns).limit(1)).first()
            assert first is not None
            rows.delete_rows(session.connection(), table, [first[0]])
        assert demo.dump() == before
        return
    with demo.open() as store:
        with store.write() as session:
            snapshot = rows.delete_rows(session.connection(), table, [key])
        after_delete = demo.dump()
        assert len(after_delete[table]) < len(before[table])
        for name in before:  # the snapshot holds exactly the rows the database deleted
            assert len(before[name]) - len(after_delete[name]) == len(snapshot.rows(name)), name
        lost = {n for n in before if before[n] != after_delete[n]}
        captured = {part.table for part in snapshot.tables} | {r.table for r in snapshot.nulled}
        assert lost == captured, "the snapshot names exactly the tables the delete changed"
        revert(store, Undo(deleted=snapshot))
    assert demo.dump() == before


def test_cascades_are_followed_all_the_way_down(demo: Demo) -> None:
    """A course takes its sessions and their enrollments; undo brings all three back."""
    with demo.open() as store:
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


def test_a_department_with_sub_departments_or_people_is_refused(demo: Demo) -> None:
    """The stated rule (store/models.py): people, sub-departments and history keep their
    department; only an empty one is deleted, and its undo brings it back."""
    before = demo.dump()
    with demo.open() as store:
        with store.read() as session:
            parent = session.execute(
                select(m.Department.parent_id)
                .where(m.Department.parent_id.is_not(None))
                .order_by(m.Department.id)
                .limit(1)
            ).scalar_one()
        with pytest.raises(IntegrityError), store.write() as session:
            rows.delete_rows(session.connection(), "department", [parent])
        assert demo.dump() == before
        with store.write() as session:
            conn = session.connection()
            empty = conn.execute(
                insert(m.Department.__table__).values(parent_id=parent, name="待撤销的空部门")
            ).inserted_primary_key[0]  # type: ignore[index]
        with_empty = demo.dump()
        with store.write() as session:
            snapshot = rows.delete_rows(session.connection(), "department", [empty])
        assert snapshot.ids("department") == [empty]
        revert(store, Undo(deleted=snapshot))
    assert demo.dump() == with_empty


def test_snapshots_combine_and_ignore_missing_keys(demo: Demo) -> None:
    with demo.open() as store, store.read() as session:
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


def test_deleting_a_phase_of_the_demo_and_undoing_it(demo: Demo) -> None:
    """delete_tasks keeps the snapshot: links, RACI, baseline and requirement rows, and the
    risks and publicity items pointing at the tasks, all come back with their ids."""
    from oa_desk.services import tasks

    before = demo.dump()
    with demo.open() as store:
        with store.read() as session:  # the phase above the first task a requirement names
            parent = {i: p for i, p in session.execute(select(m.Task.id, m.Task.parent_id))}
            phase = session.execute(select(m.RequirementTask.task_id).limit(1)).scalar_one()
        while parent[phase] is not None:
            phase = parent[phase]
        edit = tasks.delete_tasks(store, [phase])
        after = demo.dump()
        for name in ("dependency", "raci_entry", "baseline_task", "requirement_task"):
            assert len(after[name]) < len(before[name]), name
        assert after["risk"] != before["risk"] or after["communication"] != before["communication"]
        assert edit.changes.deleted["task"] == set(edit.undo.deleted.ids("task"))
        tasks.revert_task_edit(store, edit.undo)
    assert demo.dump() == before


def test_a_reference_cycle_comes_back_whole(demo: Demo) -> None:
    """A department's head works in that department: restoring both rows needs one of
    the two references set after the other row is back."""
    with demo.open() as store, store.write() as session:
        conn = session.connection()
        dept = conn.execute(
            insert(m.Department.__table__).values(name="循环引用部")
        ).inserted_primary_key[0]  # type: ignore[index]
        head = conn.execute(
            insert(m.Person.__table__).values(
                employee_no="C0001", name="部门负责人", department_id=dept
            )
        ).inserted_primary_key[0]  # type: ignore[index]
        conn.execute(
            m.Department.__table__.update().where(m.Department.id == dept).values(head_id=head)
        )
    before = demo.dump()
    with demo.open() as store:
        with store.write() as session:
            conn = session.connection()
            # The person first (the department's head becomes NULL), then the department.
            both = rows.delete_rows(conn, "person", [head]) | rows.delete_rows(
                conn, "department", [dept]
            )
        assert both.ids("person") == [head] and dept in both.ids("department")
        revert(store, Undo(deleted=both))
    assert demo.dump() == before
