"""Plan-file migrations: 0001 -> 0002 (baselines) -> 0003 (schema fixes) -> 0004 (the
shown baseline is a view setting) -> 0005 (the status date), and create_all == migrations."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from oa_desk.store import models as m
from oa_desk.store.errors import PlanErrorKind, PlanFileError
from oa_desk.store.migrations import upgrade
from oa_desk.store.planfile import HEAD_REVISION, SCHEMA_VERSION, init_schema, open_plan
from oa_desk.store.sqlitefile import APPLICATION_ID, connect, read_header


def _schema(conn: sqlite3.Connection) -> dict[str, object]:
    """Tables with their columns, foreign keys, indexes and named constraints."""
    out: dict[str, object] = {}
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    for name, sql in rows:
        cols = conn.execute(f"PRAGMA table_info('{name}')").fetchall()
        fks = sorted(
            (r[2], r[3], r[4], r[6]) for r in conn.execute(f"PRAGMA foreign_key_list('{name}')")
        )
        indexes = sorted(
            (
                r[1] if not r[1].startswith("sqlite_autoindex") else "auto",
                r[2],
                tuple(x[2] for x in conn.execute(f"PRAGMA index_info('{r[1]}')")),
            )
            for r in conn.execute(f"PRAGMA index_list('{name}')")
        )
        constraints = sorted(re.findall(r"CONSTRAINT (\w+)", sql))
        out[name] = (cols, fks, indexes, constraints)
    partial = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql LIKE '%WHERE%'"
    ).fetchall()
    out["partial indexes"] = sorted(n for n, _ in partial)
    return out


def test_create_all_and_migrations_give_the_same_schema(tmp_path: Path) -> None:
    created = connect(tmp_path / "created.db", create=True)
    migrated = connect(tmp_path / "migrated.db", create=True)
    try:
        init_schema(created)
        upgrade(migrated, "head")
        assert _schema(created) == _schema(migrated)
        version = migrated.execute("SELECT version_num FROM alembic_version").fetchone()
        assert version == (HEAD_REVISION,)
        assert migrated.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    finally:
        created.close()
        migrated.close()


def _plan_at_0001(path: Path) -> None:
    conn = connect(path, create=True)
    try:
        upgrade(conn, "0001")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO calendar (id, name, working_weekdays) VALUES (1, 'Std', '1111100')"
        )
        conn.execute(
            "INSERT INTO plan (id, name, organisation, oa_product, vendor, calendar_id,"
            " description, created_at) VALUES (1, '试点', '', '', '', 1, '', '2025-01-01 00:00:00')"
        )
        conn.execute(
            "INSERT INTO task (id, seq, name, phase, kind, start, finish, duration, progress,"
            " deliverable, acceptance, constraint_type, notes)"
            " VALUES (7, 0, '需求调研', 'prepare', 'task', '2025-01-06', '2025-01-10', 5, 40,"
            " '', '', 'asap', '')"
        )
        conn.execute("COMMIT")
    finally:
        conn.close()


def test_a_0001_plan_opens_migrated_with_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.oadesk"
    _plan_at_0001(path)
    assert read_header(path).user_version == 1
    store = open_plan(path)
    try:
        with store.write() as session:
            session.connection().exec_driver_sql(
                "INSERT INTO baseline (id, name, created_at) VALUES (1, 'B', '2025-01-01')"
            )
            session.connection().exec_driver_sql(
                "INSERT INTO baseline_task (baseline_id, task_id, start, finish)"
                " VALUES (1, 7, '2025-01-06', '2025-01-10')"
            )
        with store.read() as session:
            row = session.connection().exec_driver_sql(
                "SELECT name, duration, progress FROM task WHERE id = 7"
            )
            assert row.fetchall() == [("需求调研", 5, 40)]
    finally:
        store.close()
    assert read_header(path).user_version == SCHEMA_VERSION
    backups = list(tmp_path.glob("old.format1-backup-*.oadesk"))
    assert len(backups) == 1
    assert read_header(backups[0]).user_version == 1
    old = sqlite3.connect(backups[0])
    try:
        assert old.execute("SELECT name FROM task").fetchall() == [("需求调研",)]
        tables = {r[0] for r in old.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "baseline" not in tables
    finally:
        old.close()


def test_0004_drops_the_shown_baseline_columns_and_keeps_the_baselines(tmp_path: Path) -> None:
    path = tmp_path / "old.oadesk"
    conn = connect(path, create=True)
    try:
        upgrade(conn, "0002")
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO task (id, seq, name, phase, kind, start, finish, duration, progress,"
            " deliverable, acceptance, constraint_type, notes, baseline_start, baseline_finish)"
            " VALUES (7, 0, '需求调研', 'prepare', 'task', '2025-01-06', '2025-01-10', 5, 40,"
            " '', '', 'asap', '', '2025-01-01', '2025-01-03')"
        )
        conn.execute("INSERT INTO baseline (id, name, created_at) VALUES (1, 'B', '2025-01-01')")
        conn.execute(
            "INSERT INTO baseline_task (baseline_id, task_id, start, finish)"
            " VALUES (1, 7, '2025-01-01', '2025-01-03')"
        )
        conn.execute("COMMIT")
        upgrade(conn, "0004")
        columns = {r[1] for r in conn.execute("PRAGMA table_info('task')")}
        assert {"baseline_start", "baseline_finish"}.isdisjoint(columns)
        assert {"start", "finish", "notes"} <= columns
        assert conn.execute("SELECT start, finish FROM baseline_task").fetchall() == [
            ("2025-01-01", "2025-01-03")
        ]
        assert conn.execute("SELECT name, progress FROM task").fetchall() == [("需求调研", 40)]
        assert conn.execute("PRAGMA user_version").fetchone() == (4,)
    finally:
        conn.close()


def test_0007_adds_an_unset_status_date_and_keeps_the_plan(tmp_path: Path) -> None:
    path = tmp_path / "old.oadesk"
    conn = connect(path, create=True)
    try:
        upgrade(conn, "0004")
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO plan (id, name, organisation, oa_product, vendor, start_date,"
            " target_go_live, description, created_at) VALUES (1, '集团 OA 推广', '集团', 'OA',"
            " '', '2025-01-06', '2025-06-30', '说明', '2025-01-01 00:00:00')"
        )
        conn.execute("COMMIT")
        upgrade(conn, "0007")
        assert conn.execute(
            "SELECT name, start_date, target_go_live, description, status_date FROM plan"
        ).fetchall() == [("集团 OA 推广", "2025-01-06", "2025-06-30", "说明", None)]
        assert conn.execute("PRAGMA user_version").fetchone() == (7,)
    finally:
        conn.close()


def test_a_damaged_0001_plan_is_refused_before_any_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.oadesk"
    _plan_at_0001(path)
    conn = sqlite3.connect(path)
    task_root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'task'").fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    start = (task_root[0] - 1) * page_size
    data[start : start + page_size] = bytes((i * 7 + 3) % 256 for i in range(page_size))
    path.write_bytes(bytes(data))
    with pytest.raises(PlanFileError) as info:
        open_plan(path)
    assert info.value.kind == PlanErrorKind.DAMAGED, str(info.value)
    assert path.read_bytes() == bytes(data)  # untouched: not half upgraded
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.oadesk"]  # no backup, no lock


def _plan_at_0002(path: Path) -> None:
    """A plan of format 2 with everything revision 0003 must carry forward."""
    conn = connect(path, create=True)
    try:
        upgrade(conn, "0002")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("BEGIN")
        run = conn.execute
        run(
            "INSERT INTO calendar (id, name, working_weekdays, preset)"
            " VALUES (1, 'CN', '1111100', 'CN')"
        )
        run(
            "INSERT INTO calendar_exception (calendar_id, day, working, name) VALUES"
            " (1, '2026-10-01', 0, '国庆节'), (1, '2026-03-03', 0, '公司年会')"
        )
        run(
            "INSERT INTO plan (id, name, organisation, oa_product, vendor, calendar_id,"
            " description, created_at) VALUES (1, '旧计划', '', '', '', 1, '',"
            " '2026-01-05 09:30:00.000000')"
        )
        run(
            "INSERT INTO wave (id, name, seq, is_pilot, gate_criteria, gate_decision, gate_notes)"
            " VALUES (1, '第一批', 1, 0, '', 'pending', '')"
        )
        departments = [
            # id, parent, name, wave, pilot, planned go-live
            (1, None, "总部", None, 0, None),
            (2, None, "总部", None, 0, None),
            (3, 1, "财务部", None, 1, "2026-04-30"),
            (4, 1, "财务部", 1, 0, "2026-06-01"),
            (5, 1, "财务部 (2)", 1, 0, "2026-05-20"),
            (6, 1, "法务部", None, 0, "2026-09-01"),
            (7, 6, "合同科", None, 0, "2026-09-01"),
        ]
        conn.executemany(
            "INSERT INTO department (id, parent_id, seq, name, code, headcount, wave_id, is_pilot,"
            " readiness, planned_go_live) VALUES (?, ?, 0, ?, '', 0, ?, ?, 'not_started', ?)",
            departments,
        )
        run(
            "INSERT INTO adoption_snapshot (department_id, day, active_users, total_users,"
            " online_approvals) VALUES (7, '2026-09-08', 3, 5, 9)"
        )
        run(
            "INSERT INTO ticket (id, number, title, description, type, channel, priority, status,"
            " department_id, created_at, resolved_at) VALUES (1, 'OA-1', '登录', '', 'question',"
            " 'hotline', 'P3', 'resolved', 3, '2026-05-08 09:30:00.000000',"
            " '2026-05-08 11:00:00.000000')"
        )
        run(
            "INSERT INTO ticket_event (ticket_id, at, kind, old_value, new_value, comment)"
            " VALUES (1, '2026-05-08 09:30:00.000000', 'created', '', 'new', '')"
        )
        run("INSERT INTO baseline (id, name, created_at) VALUES (1, '立项', '2026-01-05')")
        run(
            "INSERT INTO kb_article (id, question, answer, module, tags, views) VALUES"
            " (1, '忘记密码?', '', 'other', '登录,密码、 手机；登录', 0),"
            " (2, '手机登录?', '', 'mobile', '密码', 0), (3, '其他', '', 'other', '', 0)"
        )
        conn.execute("COMMIT")
    finally:
        conn.close()


def _utc_text(local: str) -> str:
    """How a naive local time of a 0002 plan reads after the upgrade (UTC text)."""
    moment = dt.datetime.fromisoformat(local).astimezone(dt.UTC).replace(tzinfo=None)
    return moment.isoformat(" ", "microseconds")


def test_a_0002_plan_carries_its_data_into_the_schema_fixes(tmp_path: Path) -> None:
    path = tmp_path / "format2.oadesk"
    _plan_at_0002(path)
    with open_plan(path, snapshot=False) as store, store.read() as s:
        q = s.connection().exec_driver_sql
        names = dict(q("SELECT id, name FROM department").fetchall())
        # Duplicate siblings renamed, the first keeping its name, numbers not in use.
        assert (names[1], names[2]) == ("总部", "总部 (2)")
        assert (names[3], names[4], names[5]) == ("财务部", "财务部 (3)", "财务部 (2)")
        waves = {
            r[0]: r[1:]
            for r in q("SELECT id, name, seq, is_pilot, planned_go_live FROM wave").fetchall()
        }
        wave_of = dict(q("SELECT id, wave_id FROM department").fetchall())
        pilot = waves[wave_of[3]]  # the pilot department without a wave got a pilot wave
        assert (pilot[0], pilot[1], pilot[2]) == ("试点", 0, 1)
        assert waves[1][3] == "2026-05-20"  # its departments' earliest planned go-live
        later = waves[wave_of[6]]
        assert (later[0], later[2], later[3]) == ("计划上线 2026-09-01", 0, "2026-09-01")
        assert wave_of[7] == wave_of[6] and later[1] > waves[1][1]
        assert wave_of[1] is None  # nothing planned: no wave invented
        # Points in time are UTC now.
        assert q("SELECT created_at FROM plan").scalar() == _utc_text("2026-01-05 09:30:00")
        assert q("SELECT created_at, resolved_at FROM ticket").fetchone() == (
            _utc_text("2026-05-08 09:30:00"),
            _utc_text("2026-05-08 11:00:00"),
        )
        assert q("SELECT at FROM ticket_event").scalar() == _utc_text("2026-05-08 09:30:00")
        assert q("SELECT created_at FROM baseline").scalar() == _utc_text("2026-01-05 00:00:00")
        # Tags split into the table, shared and without duplicates.
        tags = q(
            "SELECT a.article_id, t.name FROM kb_article_tag a JOIN kb_tag t ON t.id = a.tag_id"
            " ORDER BY a.article_id, t.id"
        ).fetchall()
        assert tags == [(1, "登录"), (1, "密码"), (1, "手机"), (2, "密码")]
        # Calendar days say where they came from.
        sources = dict(q("SELECT day, source FROM calendar_exception").fetchall())
        assert sources == {"2026-10-01": "preset", "2026-03-03": "user"}
        ticket = s.get_one(m.Ticket, 1)
        assert ticket.created_at.tzinfo is dt.UTC
    with open_plan(path, snapshot=False) as store:
        with pytest.raises(IntegrityError), store.write() as s:
            s.connection().exec_driver_sql("DELETE FROM department WHERE id = 7")  # has history
        with pytest.raises(IntegrityError), store.write() as s:
            s.connection().exec_driver_sql("UPDATE department SET name = '总部' WHERE id = 2")
