"""``oa-desk check`` tells the truth: tampered rows, loops, missing tables (issue 9)."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from oa_desk.domain.integrity import dependency_loops, parent_cycles
from oa_desk.services.demo import generate_demo
from oa_desk.store.plan_check import PlanInvariantError
from oa_desk.store.planfile import check_plan, open_plan


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("check") / "demo.oadesk"
    generate_demo(path, seed=3)
    return path


@pytest.fixture
def plan(master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "p.oadesk"
    shutil.copy(master, path)
    return path


def tamper(path: Path, *sql: str) -> None:
    """Write around the schema's rules, as a hand edit in a database tool can."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA ignore_check_constraints = ON")
        for statement in sql:
            conn.execute(statement)
    finally:
        conn.close()


def null_task_name(path: Path) -> None:
    """NOT NULL cannot be switched off: edit the schema text, then write the NULL."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = replace(sql, 'name VARCHAR(300) NOT NULL',"
            " 'name VARCHAR(300)') WHERE name = 'task'"
        )
    finally:
        conn.close()
    tamper(path, "UPDATE task SET name = NULL WHERE id = 4")


CASES: dict[str, tuple[Callable[[Path], None], str, str]] = {
    "bad enum": (
        lambda p: tamper(p, "UPDATE task SET kind = 'bogus' WHERE id = 5"),
        "task row 5",
        "kind IN",
    ),
    "integer in a date": (
        lambda p: tamper(p, "UPDATE task SET start = 20260101 WHERE id = 6"),
        "task row 6",
        "not a date",
    ),
    "year 9999": (
        lambda p: tamper(p, "UPDATE task SET finish = '9999-12-30' WHERE id = 6"),
        "task row 6",
        "1900-2200",
    ),
    "null name": (null_task_name, "task row 4", "name is empty"),
    "no plan row": (lambda p: tamper(p, "DELETE FROM plan"), "plan", "missing"),
    "task parent loop": (
        lambda p: tamper(p, "UPDATE task SET parent_id = 3 WHERE id = 1"),
        "task row",
        "parents form a loop",
    ),
    "department parent loop": (
        lambda p: tamper(
            p,
            "UPDATE department SET parent_id = (SELECT min(id) FROM department d"
            " WHERE d.parent_id = (SELECT min(id) FROM department WHERE parent_id IS NULL))"
            " WHERE id = (SELECT min(id) FROM department WHERE parent_id IS NULL)",
        ),
        "department row",
        "parents form a loop",
    ),
    "dependency loop": (
        lambda p: tamper(
            p,
            "INSERT INTO dependency (predecessor_id, successor_id, type, lag)"
            " SELECT successor_id, predecessor_id, 'FS', 0 FROM dependency LIMIT 1",
        ),
        "dependency",
        "links form a loop",
    ),
    "orphan": (
        lambda p: tamper(p, "UPDATE task SET owner_id = 987654 WHERE id = 3"),
        "task row 3",
        "person row that does not exist",
    ),
    "over-long text": (
        lambda p: tamper(p, "UPDATE task SET name = printf('%.*c', 200000, 'x') WHERE id = 7"),
        "task row 7",
        "more than its 300",
    ),
    "dropped table": (lambda p: tamper(p, "DROP TABLE ticket_event"), "ticket_event", "missing"),
}


def test_a_sound_plan_passes(plan: Path) -> None:
    report = check_plan(plan)
    assert report.ok, [p.text() for p in report.problems]
    assert report.counts["task"] > 100


@pytest.mark.parametrize("case", sorted(CASES))
def test_check_names_table_row_and_reason(plan: Path, case: str) -> None:
    damage, where, reason = CASES[case]
    damage(plan)
    report = check_plan(plan)
    assert not report.ok
    texts = [p.text() for p in report.problems]
    assert any(where in t and reason in t for t in texts), texts


@pytest.mark.parametrize("case", ["bad enum", "task parent loop", "no plan row", "null name"])
def test_exports_of_a_plan_that_breaks_its_rules_are_refused(
    plan: Path, tmp_path: Path, case: str
) -> None:
    from oa_desk.services.excel import export_workbook, write_report
    from oa_desk.services.mspdi import export_mspdi

    CASES[case][0](plan)
    with open_plan(plan, read_only=True) as store:
        for export in (export_mspdi, export_workbook, write_report):
            target = tmp_path / f"out-{export.__name__}.xml"
            with pytest.raises(PlanInvariantError) as err:
                export(store, target.with_suffix(".xml" if export is export_mspdi else ".xlsx"))
            assert CASES[case][1] in str(err.value)
    assert not list(tmp_path.glob("out-*"))


def test_parent_cycles_finds_each_loop_once() -> None:
    pairs = [(1, None), (2, 3), (3, 2), (4, 2), (5, 6), (6, 7), (7, 5), (8, 8)]
    loops = sorted(sorted(x) for x in parent_cycles(pairs))
    assert loops == [[2, 3], [5, 6, 7], [8]]
    assert parent_cycles([(1, None), (2, 1), (3, 2)]) == []


def test_dependency_loops() -> None:
    assert dependency_loops([(1, 2), (2, 3), (1, 3)]) == []
    loops = dependency_loops([(1, 2), (2, 3), (3, 1), (4, 5)])
    assert [sorted(x) for x in loops] == [[1, 2, 3]]
