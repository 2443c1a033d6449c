"""A long job without an event loop keeps its lock fresh (issue 9)."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest

from oa_desk import cli
from oa_desk.services import excel
from oa_desk.store import lock as lock_module
from oa_desk.store.lock import (
    STALE_AFTER_SECONDS,
    PlanLock,
    is_stale,
    kept_fresh,
    lock_path_for,
    read_lock,
)
from oa_desk.store.planfile import create_plan

AGED = STALE_AFTER_SECONDS * 2


def _age(lock_file: Path) -> None:
    """Make the lock look as if its holder stopped refreshing it long ago."""
    then = time.time() - AGED
    os.utime(lock_file, (then, then))


def _fresh(plan: Path) -> bool:
    current = read_lock(plan)
    assert current is not None
    return not is_stale(*current)


def test_a_held_lock_is_refreshed_while_the_block_runs(tmp_path: Path) -> None:
    plan = tmp_path / "p.oadesk"
    create_plan(plan, name="p")
    lock = PlanLock.acquire(plan)
    try:
        with kept_fresh(lock, every=0.05):
            _age(lock.path)
            assert not _fresh(plan)
            deadline = time.monotonic() + 5
            while not _fresh(plan) and time.monotonic() < deadline:
                time.sleep(0.02)
            assert _fresh(plan)
        # After the block nothing touches it any more.
        _age(lock.path)
        time.sleep(0.2)
        assert not _fresh(plan)
    finally:
        lock.release()


def test_a_cli_import_keeps_its_lock_fresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "p.oadesk"
    create_plan(plan, name="p")
    csv_file = tmp_path / "people.csv"
    csv_file.write_text("工号,姓名\n1,张三\n", encoding="utf-8")
    monkeypatch.setattr(lock_module, "REFRESH_EVERY_SECONDS", 0.05)
    seen: list[bool] = []

    def slow_preview(store: Any, path: Any, kind: str) -> Any:
        _age(lock_path_for(plan))  # a job that has run for twenty minutes
        time.sleep(0.5)
        seen.append(_fresh(plan))
        raise ValueError("stopped by the test")

    monkeypatch.setattr(excel, "preview_foreign_import", slow_preview)
    code = cli.main(["import", str(plan), str(csv_file), "--kind", "people"])
    assert code == cli.EXIT_REFUSED and "stopped by the test" in capsys.readouterr().err
    assert seen == [True]
    assert not lock_path_for(plan).exists()
