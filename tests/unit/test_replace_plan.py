"""Replacing a plan (``demo --force``) never leaves an empty or half plan (issue 9)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from oa_desk.services.demo import generate_demo, writer
from oa_desk.store.errors import PlanFileError, PlanLockedError
from oa_desk.store.planfile import building_beside, check_plan, create_plan, open_plan

TODAY = dt.date(2026, 4, 15)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_a_demo_that_fails_midway_leaves_the_old_plan_byte_for_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = tmp_path / "计划.oadesk"
    create_plan(plan, name="旧计划", organisation="原来的集团")
    before = plan.read_bytes()
    real_write = writer.write

    def write_half(g: Any, out: Any) -> dict[str, int]:
        real_write(g, out)  # every row written into the new file, then the disk fills
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer, "write", write_half)
    with pytest.raises(PlanFileError) as info:
        generate_demo(plan, overwrite=True, today=TODAY)
    assert "No space left" in str(info.value)
    assert plan.read_bytes() == before
    assert _leftovers(tmp_path) == []
    with open_plan(plan, read_only=True) as store:
        assert store.path == plan


def test_a_demo_replaces_the_old_plan_whole(tmp_path: Path) -> None:
    plan = tmp_path / "demo.oadesk"
    create_plan(plan, name="旧计划")
    stats = generate_demo(plan, overwrite=True, today=TODAY)
    assert stats.path == plan and stats.total_rows > 1000
    report = check_plan(plan)
    assert report.ok and report.counts["task"] > 100
    assert _leftovers(tmp_path) == []


def test_an_open_plan_is_refused_before_the_work(tmp_path: Path) -> None:
    plan = tmp_path / "open.oadesk"
    create_plan(plan, name="打开的计划")
    before = plan.read_bytes()
    with (
        open_plan(plan, snapshot=False),
        pytest.raises(PlanLockedError),
        building_beside(plan, overwrite=True),
    ):
        raise AssertionError("the block must not run")
    assert plan.read_bytes() == before


def test_an_existing_plan_needs_overwrite(tmp_path: Path) -> None:
    plan = tmp_path / "p.oadesk"
    create_plan(plan, name="p")
    with pytest.raises(PlanFileError), building_beside(plan):
        raise AssertionError("the block must not run")
