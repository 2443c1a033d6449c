"""Plan-file migrations: 0001 -> 0002 (baselines) -> 0003 (the shown baseline is a view
setting), and create_all == migrations."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

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


def test_0003_drops_the_shown_baseline_columns_and_keeps_the_baselines(tmp_path: Path) -> None:
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
        upgrade(conn, "0003")
        columns = {r[1] for r in conn.execute("PRAGMA table_info('task')")}
        assert {"baseline_start", "baseline_finish"}.isdisjoint(columns)
        assert {"start", "finish", "notes"} <= columns
        assert conn.execute("SELECT start, finish FROM baseline_task").fetchall() == [
            ("2025-01-01", "2025-01-03")
        ]
        assert conn.execute("SELECT name, progress FROM task").fetchall() == [("需求调研", 40)]
        assert conn.execute("PRAGMA user_version").fetchone() == (3,)
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
