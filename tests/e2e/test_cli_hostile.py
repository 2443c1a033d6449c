"""Hostile files and faults at the command line: exit 1, a message, the plan unchanged (issue 9)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from oa_desk.services.demo import generate_demo
from tests.e2e.test_cli import assert_clean_error, oa_desk
from tests.e2e.test_cli_exchange import digest
from tests.unit.test_hostile_store import _make_unwritable, _undo_unwritable


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "demo.oadesk"
    generate_demo(path, seed=9)
    return path


@pytest.fixture
def demo(demo_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "计划.oadesk"
    shutil.copy(demo_master, path)
    return path


@pytest.mark.parametrize("name", ["plan.xlsx", "plan.xml", "plan.pdf"])
def test_export_into_a_folder_that_cannot_be_made_is_a_message(
    demo: Path, tmp_path: Path, name: str
) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    before = digest(demo)
    result = oa_desk("export", str(demo), str(blocker / "out" / name))
    assert_clean_error(result, 1)
    assert "not a folder" in result.stderr
    assert "QPainter" not in result.stderr and "closed file" not in result.stderr
    assert digest(demo) == before


def test_report_into_a_folder_that_cannot_be_made_is_a_message(demo: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("x", encoding="utf-8")
    result = oa_desk("report", str(demo), str(blocker / "report.xlsx"))
    assert_clean_error(result, 1)
    assert "closed file" not in result.stderr


def test_imports_into_a_read_only_plan_are_refused(demo: Path, tmp_path: Path) -> None:
    xml = tmp_path / "plan.xml"
    book = tmp_path / "plan.xlsx"
    assert oa_desk("export", str(demo), str(xml)).returncode == 0
    assert oa_desk("export", str(demo), str(book)).returncode == 0
    _make_unwritable(demo)
    try:
        before = digest(demo)
        for args in (
            ("import", str(demo), str(xml), "--replace"),
            ("import", str(demo), str(book), "--yes"),
        ):
            result = oa_desk(*args)
            assert_clean_error(result, 1)
            assert "read-only" in result.stderr
        assert digest(demo) == before
    finally:
        _undo_unwritable(demo)


def _tamper(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute(sql)
    finally:
        conn.close()


def test_check_on_a_plan_with_a_table_dropped(demo: Path) -> None:
    _tamper(demo, "DROP TABLE ticket_event")
    result = oa_desk("check", str(demo))
    assert_clean_error(result, 1)
    assert "ticket_event: the table is missing" in result.stdout


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE task SET kind = 'bogus' WHERE id = 5",
        "UPDATE task SET start = 20260101 WHERE id = 6",
        "DELETE FROM plan",
        "UPDATE task SET parent_id = 3 WHERE id = 1",
    ],
)
def test_tampered_plan_check_and_exports_say_where(demo: Path, tmp_path: Path, sql: str) -> None:
    _tamper(demo, sql)
    before = digest(demo)
    check = oa_desk("check", str(demo))
    assert_clean_error(check, 1)
    assert "broken" in check.stdout
    for name in ("plan.xml", "plan.pdf"):
        result = oa_desk("export", str(demo), str(tmp_path / name))
        assert_clean_error(result, 1)
        assert "breaks its own rules" in result.stderr
        assert not (tmp_path / name).exists()
    assert_clean_error(oa_desk("report", str(demo), str(tmp_path / "r.xlsx")), 1)
    assert digest(demo) == before
