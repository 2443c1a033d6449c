"""The schema: every entity round-trips, and migrations build what the models declare."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from enum import Enum as PyEnum
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    Float,
    Integer,
    String,
    Text,
    create_engine,
    inspect,
    select,
    text,
)
from sqlalchemy.exc import IntegrityError

from oa_desk.store import models as m
from oa_desk.store.migrations import upgrade
from oa_desk.store.planfile import (
    HEAD_REVISION,
    SCHEMA_VERSION,
    create_plan,
    init_schema,
    open_plan,
)
from oa_desk.store.sqlitefile import APPLICATION_ID
from oa_desk.store.types import UtcDateTime

_BEIJING = dt.timezone(dt.timedelta(hours=8))


def _value(table: str, column: Any, index: int) -> Any:
    """A valid, distinctive value for a column (tests of every entity use it)."""
    special = {
        ("calendar", "working_weekdays"): "1111110",
        ("task", "kind"): "task",
        ("task", "constraint_type"): "snet",
        ("training_session", "starts_at"): dt.datetime(2026, 3, 5, 9, 30, 15, 123456),
        ("training_session", "ends_at"): dt.datetime(2026, 3, 5, 11, 0, 0, 654321),
        ("adoption_snapshot", "total_users"): 40,
        ("adoption_snapshot", "active_users"): 31,
        ("enrollment", "score"): 87.5,
        ("feedback_round", "satisfaction"): 4.25,
    }
    if (table, column.name) in special:
        return special[(table, column.name)]
    kind = column.type
    if isinstance(kind, Enum):
        members = list(kind.enum_class) if kind.enum_class else kind.enums
        member = members[min(1, len(members) - 1)]
        return member
    if isinstance(kind, Boolean):
        return True
    if isinstance(kind, Integer):
        return 2 + index % 3
    if isinstance(kind, Float):
        return 3.5
    if isinstance(kind, UtcDateTime):  # a point in time: any zone in, the same instant out
        return dt.datetime(2026, 3, 5, 8, 15, 30, 250000, tzinfo=_BEIJING)
    if isinstance(kind, DateTime):
        return dt.datetime(2026, 3, 5, 8, 15, 30, 250000)
    if isinstance(kind, Date):
        return dt.date(2026, 3, 5)
    if isinstance(kind, (String, Text)):
        text = f"工号 0{index:03d} {column.name} 值"
        return text[: kind.length] if kind.length else text
    raise AssertionError(f"no sample value for {table}.{column.name} ({kind!r})")


def _entity_classes() -> list[type[m.Base]]:
    by_table = {mapper.local_table.name: mapper.class_ for mapper in m.Base.registry.mappers}
    return [by_table[t.name] for t in m.TABLES]


def test_every_table_has_a_model() -> None:
    assert len(_entity_classes()) == len(m.TABLES) >= 26


def _derived_columns(table: str) -> set[str]:
    from oa_desk.store.derived import derived, derives

    if not derives(table, ("name",)):
        return set()
    return set(derived(table, {"name": "张三"}))


def test_every_entity_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "全部.oadesk"
    create_plan(path, name="往返")
    written: dict[type[m.Base], dict[str, Any]] = {}
    with open_plan(path) as store:
        with store.write() as s:
            for cls in _entity_classes():
                table = cls.__table__
                values: dict[str, Any] = {}
                for i, column in enumerate(table.columns):
                    if column.primary_key and not column.foreign_keys:
                        values[column.name] = 1 if cls is m.Plan else 7
                        continue
                    fks = list(column.foreign_keys)
                    if fks:
                        target = fks[0].column.table.name
                        # self references and the department head (a cycle) stay empty
                        if target == table.name or (table.name, column.name) == (
                            "department",
                            "head_id",
                        ):
                            values[column.name] = None
                        elif (table.name, column.name) in (
                            ("dependency", "successor_id"),
                            ("course_prerequisite", "prerequisite_id"),
                        ):
                            values[column.name] = 8  # a second row: a link needs two ends
                        else:
                            values[column.name] = 1 if target in ("plan", "calendar") else 7
                        continue
                    values[column.name] = _value(table.name, column, i)
                for derived_column in _derived_columns(table.name):
                    values.pop(derived_column, None)  # the store writes these itself
                if cls is m.Plan:
                    s.query(m.Plan).delete()
                    s.flush()
                s.add(cls(**values))
                if cls is m.Task:
                    s.add(m.Task(id=8, name="第二个任务"))
                if cls is m.Course:
                    s.add(m.Course(id=8, name="第二门课", tier="end_user", format="lecture"))
                s.flush()
                written[cls] = values
        with store.read() as s:
            for cls, values in written.items():
                pk = values.get("id", None)
                row = s.scalars(select(cls)).one() if pk is None else s.get_one(cls, pk)
                for name, expected in values.items():
                    got = getattr(row, name)
                    assert got == expected, f"{cls.__name__}.{name}: {got!r} != {expected!r}"
                    if isinstance(expected, PyEnum):
                        assert type(got) is type(expected)
                    if expected is not None:
                        assert type(got) is type(expected) or isinstance(got, type(expected))


@pytest.mark.parametrize(
    ("statement", "constraint"),
    [
        ("UPDATE task SET progress = 101", "progress"),
        ("UPDATE task SET kind = 'epic'", "kind"),
        ("UPDATE task SET kind = 'milestone', duration = 3", "milestone"),
        ("UPDATE task SET start = '2026-03-09', finish = '2026-03-02'", "dates"),
        ("UPDATE stakeholder SET influence = 6", "influence"),
        (
            "INSERT INTO dependency (predecessor_id, successor_id, type, lag)"
            " VALUES (1, 1, 'FS', 0)",
            "self",
        ),
        (
            "INSERT INTO raci_entry (task_id, stakeholder_id, role) VALUES (1, 2, 'A')",
            "accountable",
        ),
        (
            "INSERT INTO dependency (predecessor_id, successor_id, type, lag)"
            " VALUES (1, 999, 'FS', 0)",
            "foreign key",
        ),
    ],
)
def test_database_refuses_invalid_rows(tmp_path: Path, statement: str, constraint: str) -> None:
    path = tmp_path / "p.oadesk"
    create_plan(path, name="检查")
    with open_plan(path) as store:
        with store.write() as s:
            s.add_all(
                [
                    m.Task(id=1, name="启动会", kind="task", duration=1),
                    m.Stakeholder(id=1, name="王总"),
                    m.Stakeholder(id=2, name="李经理"),
                ]
            )
            s.flush()
            s.add(m.RaciEntry(task_id=1, stakeholder_id=1, role="A"))
        with pytest.raises(IntegrityError), store.write() as s:
            s.execute(text(statement))


def _normalised_schema(conn: sqlite3.Connection) -> dict[str, Any]:
    def norm(sql: str | None) -> Any:
        text = re.sub(r"\s+", " ", sql or "").strip()
        # A table rebuilt by a migration is renamed into place: SQLite then quotes its name.
        text = re.sub(r"^CREATE TABLE \"(\w+)\"", r"CREATE TABLE \1", text)
        match = re.match(r"(CREATE TABLE \w+) \((.*)\)$", text)
        if not match:
            return text
        parts, depth, current = [], 0, ""
        for ch in match.group(2):
            depth += ch == "("
            depth -= ch == ")"
            if ch == "," and depth == 0:
                parts.append(current.strip())
                current = ""
            else:
                current += ch
        parts.append(current.strip())
        return (match.group(1), frozenset(parts))

    return {name: norm(sql) for name, sql in conn.execute("SELECT name, sql FROM sqlite_master")}


def test_migrations_build_the_schema_the_models_declare() -> None:
    migrated = sqlite3.connect(":memory:", isolation_level=None)
    upgrade(migrated)
    created = sqlite3.connect(":memory:", isolation_level=None)
    init_schema(created)
    assert _normalised_schema(migrated) == _normalised_schema(created)
    assert migrated.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert (
        migrated.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    )


def test_head_revision_is_the_newest_migration() -> None:
    from alembic.script import ScriptDirectory

    from oa_desk.store.migrations import alembic_config

    script = ScriptDirectory.from_config(alembic_config())  # type: ignore[arg-type]
    assert script.get_current_head() == HEAD_REVISION


def test_plan_from_the_initial_revision_opens_at_head(tmp_path: Path) -> None:
    path = tmp_path / "老计划.oadesk"
    conn = sqlite3.connect(path, isolation_level=None)
    upgrade(conn, "0001")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(
        "INSERT INTO plan (id, name, organisation, oa_product, vendor, description,"
        " created_at) VALUES (1, '老计划', '', '', '', '', '2026-01-05 09:00:00.000000')"
    )
    conn.execute(
        "INSERT INTO department (id, seq, name, code, headcount, is_pilot, readiness)"
        " VALUES (3, 0, '财务部', '', 12, 1, 'ready')"
    )
    conn.close()
    with open_plan(path) as store, store.read() as s:
        assert s.get_one(m.Plan, 1).name == "老计划"
        dept = s.get_one(m.Department, 3)
        assert (dept.name, dept.headcount) == ("财务部", 12)
        # A pilot department without a wave joined a pilot wave (revision 0003).
        assert dept.wave_id is not None and s.get_one(m.Wave, dept.wave_id).is_pilot
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert check.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    check.close()
    inspector_engine = create_engine(f"sqlite:///{path}")
    assert set(inspect(inspector_engine).get_table_names()) >= {t.name for t in m.TABLES}
    inspector_engine.dispose()


def test_every_table_has_a_change_kind() -> None:
    from oa_desk.domain.changes import ChangeKind

    tables = {t.name for t in m.Base.metadata.sorted_tables}
    kinds = {k.value for k in ChangeKind}
    assert tables - kinds == set(), "add a ChangeKind for each new table"
    assert kinds - tables == {"task_outline"}, "a kind that is not a table must be explained"
