"""store.table_rows and store.bulk_write: tables read as plain data, rows written in bulk."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from oa_desk.domain.changes import ChangeKind
from oa_desk.store import bulk_write, table_rows
from oa_desk.store import models as M
from oa_desk.store.bulk_write import LinkWrite, TableWrite
from oa_desk.store.planfile import PlanStore
from tests.unit.excel_fixtures import dump_plan, make_plan


@pytest.fixture
def store(tmp_path: Path) -> PlanStore:
    s = make_plan(tmp_path / "plan.oadesk")
    yield s
    s.close()


def test_tables_are_read_as_python_values_with_enumeration_codes(store: PlanStore) -> None:
    with store.read() as s:
        waves = table_rows.read_table(s.connection(), "wave")
    assert waves.names[0] == "id" and "gate_decision" in waves.names
    pilot = dict(zip(waves.names, waves.rows[1], strict=True))
    assert pilot["planned_start"] == dt.date(2026, 3, 2)
    assert pilot["is_pilot"] is True
    assert type(pilot["gate_decision"]) is str and pilot["gate_decision"] == "pending"


def test_a_table_is_read_by_id(store: PlanStore) -> None:
    with store.read() as s, pytest.raises(ValueError, match="first column"):
        table_rows.read_table(s.connection(), "person", ["name", "id"])


def test_rows_stream_in_id_order_a_chunk_at_a_time(
    store: PlanStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(table_rows, "STREAM_CHUNK", 2)
    with store.read() as s:
        conn = s.connection()
        streamed = list(table_rows.iter_rows(conn, "department", ["id", "name"]))
        ordered = table_rows.read_columns(conn, "department", ["id", "name"], order_by=["id"])
        assert table_rows.count_rows(conn, "department") == len(streamed) == 4
        # Streaming is the statement's option: later reads of the session are plain.
        assert "yield_per" not in conn.get_execution_options()
    assert streamed == ordered == sorted(ordered)


def test_the_fingerprint_tells_rows_added_or_deleted(store: PlanStore) -> None:
    with store.read() as s:
        seen = table_rows.fingerprint(s.connection(), ["person", "wave"])
    with store.write() as s:
        s.add(M.Person(employee_no="N1", name="新人"))
    with store.read() as s:
        assert table_rows.changed_tables(s.connection(), seen) == ["person"]


def test_writes_land_together_and_say_what_changed(store: PlanStore) -> None:
    with store.read() as s:
        conn = s.connection()
        requirement = table_rows.read_columns(conn, "requirement", ["id"])[0][0]
        tasks = sorted(table_rows.read_ids(conn, "task"))
    with store.write() as s:
        conn = s.connection()
        top = bulk_write.next_ids(conn, ["department", "person"])
        dept, person = top["department"] + 1, top["person"] + 1
        writes = [
            # The person comes first in the list, its new department second, and the
            # department's head is the new person: foreign keys are checked at commit.
            # 张三 moves out of 会计科 first: a department with people cannot be deleted.
            TableWrite(
                "person",
                inserts=[{"id": person, "employee_no": "N1", "name": "新人"}],
                updates=[(1, {"department_id": 2})],
            ),
            TableWrite(
                "department",
                inserts=[{"id": dept, "name": "信息部", "parent_id": 1, "head_id": person}],
                updates=[(3, {"code": "HR", "headcount": 8})],
                deletes=[4],
            ),
            TableWrite(
                "requirement",
                updates=[(requirement, {})],
                links=[
                    LinkWrite(
                        "requirement_task",
                        "requirement_id",
                        "task_id",
                        {requirement: frozenset(tasks[:2])},
                    )
                ],
            ),
        ]
        assert bulk_write.write_units(writes) == 6
        done: list[int] = []
        changes = bulk_write.apply_writes(
            conn, writes, plan={"name": "新名字"}, advance=done.append
        )
    assert sum(done) == 6
    assert changes.inserted == {ChangeKind.PERSON: {person}, ChangeKind.DEPARTMENT: {dept}}
    assert changes.updated == {
        ChangeKind.PERSON: {1},
        ChangeKind.DEPARTMENT: {3},
        ChangeKind.REQUIREMENT: {requirement},
        ChangeKind.PLAN: {1},
    }
    assert changes.deleted == {ChangeKind.DEPARTMENT: {4}}
    with store.read() as s:
        new = s.get(M.Person, person)
        assert new is not None and (new.title, new.tier, new.active) == ("", "end_user", True)
        it = s.get(M.Department, dept)
        assert it is not None and it.head_id == person and it.readiness == "not_started"
        hr = s.get(M.Department, 3)
        assert hr is not None and (hr.code, hr.headcount) == ("HR", 8)
        assert s.get(M.Department, 4) is None
        links = s.execute(
            select(M.RequirementTask.task_id).where(M.RequirementTask.requirement_id == requirement)
        ).scalars()
        assert sorted(links) == tasks[:2]
        plan = s.get(M.Plan, 1)
        assert plan is not None and plan.name == "新名字"


def test_a_write_stopped_half_way_leaves_the_plan_as_it_was(store: PlanStore) -> None:
    before = dump_plan(store)

    def stop(_done: int) -> None:
        raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError), store.write() as s:
        conn = s.connection()
        top = bulk_write.next_ids(conn, ["person"])["person"]
        rows = [{"id": top + i, "employee_no": f"X{i}", "name": "x"} for i in range(1, 4)]
        bulk_write.apply_writes(conn, [TableWrite("person", inserts=rows)], advance=stop)
    assert dump_plan(store) == before


def test_bulk_inserts_store_values_as_the_orm_does(store: PlanStore) -> None:
    """Dates, date-times, bools and enumeration codes go through the column types: a
    moment is stored in UTC and read back timezone-aware (a naive one is local time)."""
    at = dt.datetime(2026, 4, 1, 9, 30, 15, 250000, tzinfo=dt.UTC)
    with store.write() as s:
        conn = s.connection()
        top = bulk_write.next_ids(conn, ["ticket", "risk"])
        ticket, risk = top["ticket"] + 1, top["risk"] + 1
        bulk_write.apply_writes(
            conn,
            [
                TableWrite(
                    "ticket",
                    inserts=[
                        {
                            "id": ticket,
                            "number": "T-9",
                            "title": "无法登录",
                            "channel": "hotline",
                            "created_at": at,
                            "resolve_due": at + dt.timedelta(days=1),
                        }
                    ],
                ),
                TableWrite(
                    "risk",
                    inserts=[
                        {
                            "id": risk,
                            "title": "数据迁移",
                            "category": "data_migration",
                            "trigger": "迁移失败",
                            "review_date": dt.date(2026, 5, 1),
                        }
                    ],
                ),
            ],
        )
    with store.read() as s:
        row = s.get(M.Ticket, ticket)
        assert row is not None
        assert (row.created_at, row.resolve_due) == (at, at + dt.timedelta(days=1))
        assert (row.status, row.type, row.priority) == ("new", "question", "P3")
        found = s.get(M.Risk, risk)
        assert found is not None
        assert (found.trigger, found.review_date) == ("迁移失败", dt.date(2026, 5, 1))


def test_a_bulk_insert_checks_enumeration_codes(store: PlanStore) -> None:
    before = dump_plan(store)
    with pytest.raises(LookupError), store.write() as s:
        conn = s.connection()
        top = bulk_write.next_ids(conn, ["person"])["person"]
        row = {"id": top + 1, "employee_no": "N1", "name": "x", "tier": "boss"}
        bulk_write.apply_writes(conn, [TableWrite("person", inserts=[row])])
    assert dump_plan(store) == before
