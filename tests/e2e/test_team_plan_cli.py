"""oa-desk publish and pull, as a user runs them: a plan file goes to PostgreSQL and
comes back table for table. Skipped without OA_DESK_TEST_PG_URL (tests/pg.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect, select

from oa_desk.services.demo import generate_demo
from oa_desk.store import models as m
from oa_desk.store.planfile import create_plan
from tests.e2e.test_cli import assert_clean_error, oa_desk
from tests.pg import PgServer

pytestmark = pytest.mark.both_engines


def _tables(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, typed as the models read them, in primary-key order."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            return {
                t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns))]
                for t in m.TABLES
            }
    finally:
        engine.dispose()


def _server_tables(url: str) -> list[str]:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as conn:
            return sorted(inspect(conn).get_table_names())
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("team") / "demo.oadesk"
    generate_demo(path)
    return path


def test_the_demo_plan_goes_to_the_server_and_comes_back_table_for_table(
    pg_server: PgServer, demo: Path, tmp_path: Path
) -> None:
    url = pg_server.database()
    published = oa_desk("publish", str(demo), url)
    assert published.returncode == 0, published.stderr
    assert "rows" in published.stderr
    back = tmp_path / "back.oadesk"
    pulled = oa_desk("pull", url, str(back))
    assert pulled.returncode == 0, pulled.stderr
    before, after = _tables(demo), _tables(back)
    assert sum(len(rows) for rows in before.values()) > 5000
    for name, rows in before.items():
        assert after[name] == rows, name
    checked = oa_desk("check", str(back))
    assert checked.returncode == 0, checked.stderr
    assert "integrity:      ok" in checked.stdout


def test_publish_refuses_a_database_that_is_not_empty_and_changes_nothing(
    pg_server: PgServer, tmp_path: Path
) -> None:
    plan = tmp_path / "p.oadesk"
    create_plan(plan, name="试点")
    url = pg_server.database(schema=True)
    tables = _server_tables(url)
    result = oa_desk("publish", str(plan), url)
    assert_clean_error(result, 1)
    assert "not empty" in result.stderr
    assert _server_tables(url) == tables


def test_a_plan_the_server_refuses_leaves_the_database_empty(
    pg_server: PgServer, tmp_path: Path
) -> None:
    plan = tmp_path / "long.oadesk"
    create_plan(plan, name="试点")
    conn = sqlite3.connect(plan)
    # SQLite keeps text longer than its column's length; PostgreSQL refuses it.
    conn.execute(
        "INSERT INTO wave (name, seq, is_pilot, gate_criteria, gate_decision,"
        " gate_notes) VALUES (?, 0, 0, '', 'pending', '')",
        ("波" * 300,),
    )
    conn.commit()
    conn.close()
    url = pg_server.database()
    result = oa_desk("publish", str(plan), url)
    assert_clean_error(result, 1)
    assert "too long" in result.stderr
    assert _server_tables(url) == []  # the schema went with the refused copy


def test_pull_keeps_an_existing_file_unless_forced(pg_server: PgServer, tmp_path: Path) -> None:
    plan = tmp_path / "p.oadesk"
    create_plan(plan, name="试点")
    url = pg_server.database()
    assert oa_desk("publish", str(plan), url).returncode == 0
    target = tmp_path / "mine.oadesk"
    create_plan(target, name="我的离线计划")
    kept = target.read_bytes()
    result = oa_desk("pull", url, str(target))
    assert_clean_error(result, 1)
    assert "already exists" in result.stderr
    assert target.read_bytes() == kept
    forced = oa_desk("pull", url, str(target), "--force")
    assert forced.returncode == 0, forced.stderr
    assert _tables(target)["plan"][0][1] == "试点"


def test_pull_from_a_database_without_a_plan_is_refused(
    pg_server: PgServer, tmp_path: Path
) -> None:
    target = tmp_path / "none.oadesk"
    result = oa_desk("pull", pg_server.database(), str(target))
    assert_clean_error(result, 1)
    assert "holds no OA Desk plan" in result.stderr
    assert not target.exists()


def test_a_url_that_is_not_postgresql_is_a_usage_error(tmp_path: Path) -> None:
    result = oa_desk("pull", "mysql://pm@db/rollout", str(tmp_path / "x.oadesk"))
    assert_clean_error(result, 2)
    assert "not a PostgreSQL URL" in result.stderr


def test_export_report_and_import_take_a_team_plans_url(
    pg_server: PgServer, demo: Path, tmp_path: Path
) -> None:
    url = pg_server.database()
    assert oa_desk("publish", str(demo), url).returncode == 0
    workbook = tmp_path / "plan.xlsx"
    exported = oa_desk("export", url, str(workbook))
    assert exported.returncode == 0, exported.stderr
    reported = oa_desk("report", url, str(tmp_path / "report.xlsx"))
    assert reported.returncode == 0, reported.stderr
    again = oa_desk("import", url, str(workbook), "--yes")
    assert again.returncode == 0, again.stderr
    assert "nothing to change" in again.stderr  # the server plan is what was exported
