"""Storage faults say what happened: a full disk, a read-only plan (issue 9).

A full disk is simulated with ``PRAGMA max_page_count`` on every writing
connection: SQLite then fails with SQLITE_FULL exactly as on a full volume.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import oa_desk.store.planfile as planfile
from oa_desk.store.errors import PlanErrorKind, PlanFileError
from oa_desk.store.planfile import create_plan, open_plan


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every writing connection may grow the file by no page at all."""
    real = planfile.connect

    def tiny(path: Path, **kw: Any) -> sqlite3.Connection:
        conn = real(path, **kw)
        if not kw.get("read_only"):
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count = {max(pages, 1)}")
        return conn

    monkeypatch.setattr(planfile, "connect", tiny)


@pytest.fixture
def plan(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "p.oadesk"
    create_plan(path, name="满盘")
    yield path


def _many_tasks(conn: sqlite3.Connection) -> None:
    conn.executemany(
        "INSERT INTO task (id, seq, name, phase, kind, start, finish, duration, progress,"
        " deliverable, acceptance, constraint_type, notes) VALUES"
        " (?, ?, ?, 'prepare', 'task', '2026-01-05', '2026-01-09', 5, 0, '', '', 'asap', ?)",
        [(i, i, f"任务 {i}", "x" * 2000) for i in range(1, 400)],
    )


def test_a_full_disk_in_a_bulk_write_names_the_full_disk(plan: Path, full_disk: None) -> None:
    before = digest(plan)
    with (
        open_plan(plan, snapshot=False) as store,
        pytest.raises(PlanFileError) as err,
        store.bulk() as conn,
    ):
        _many_tasks(conn)
    assert err.value.kind is PlanErrorKind.DISK_FULL
    assert "disk is full" in str(err.value)
    assert "no transaction" not in str(err.value)
    assert digest(plan) == before


def test_a_full_disk_in_a_unit_of_work_names_the_full_disk(plan: Path, full_disk: None) -> None:
    before = digest(plan)
    with (
        open_plan(plan, snapshot=False) as store,
        pytest.raises(PlanFileError) as err,
        store.write() as session,
    ):
        _many_tasks(session.connection().connection.driver_connection)  # type: ignore[arg-type]
    assert err.value.kind is PlanErrorKind.DISK_FULL
    assert digest(plan) == before


def test_a_full_disk_during_an_upgrade_is_refused_and_the_plan_is_unchanged(
    tmp_path: Path, full_disk: None
) -> None:
    from tests.unit.test_migrations import _plan_at_0001

    path = tmp_path / "old.oadesk"
    _plan_at_0001(path)
    before = digest(path)
    with pytest.raises(PlanFileError) as err:
        open_plan(path)
    assert err.value.kind in (PlanErrorKind.DISK_FULL, PlanErrorKind.MIGRATION_FAILED)
    assert "no transaction" not in str(err.value)
    assert digest(path) == before


def _make_unwritable(path: Path) -> None:
    path.chmod(0o444)
    if os.access(path, os.W_OK):  # root writes anyway; an immutable file it cannot
        if shutil.which("chattr") is None:
            pytest.skip("running as root without chattr")
        done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
        if done.returncode or os.access(path, os.W_OK):
            pytest.skip("cannot make a file unwritable here")


def _undo_unwritable(path: Path) -> None:
    if shutil.which("chattr"):
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)
    path.chmod(0o644)


@pytest.fixture
def unwritable(plan: Path) -> Iterator[Path]:
    _make_unwritable(plan)
    yield plan
    _undo_unwritable(plan)


def test_a_read_only_plan_file_is_refused_for_writing_with_a_message(unwritable: Path) -> None:
    before = digest(unwritable)
    with pytest.raises(PlanFileError) as err:
        open_plan(unwritable)
    assert err.value.kind is PlanErrorKind.NOT_WRITABLE
    assert "read-only" in str(err.value)
    with open_plan(unwritable, read_only=True, snapshot=False) as store:
        assert store.read_only
    assert digest(unwritable) == before
