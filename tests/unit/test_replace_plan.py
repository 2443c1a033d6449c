"""Replacing a plan (``demo --force``) never leaves an empty or half plan (issue 9)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest

from oa_desk.services import demo as demo_module
from oa_desk.services.demo import generate_demo, writer
from oa_desk.store.errors import PlanErrorKind, PlanFileError, PlanLockedError
from oa_desk.store.planfile import (
    building_beside,
    check_plan,
    create_plan,
    open_plan,
    same_file,
)

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


def test_save_as_onto_the_open_plan_itself_is_refused(tmp_path: Path) -> None:
    """Through its real path, a symlink, a hard link or a folder link: never a copy onto it."""
    real = tmp_path / "real.oadesk"
    create_plan(real, name="打开的计划")
    (tmp_path / "link.oadesk").symlink_to(real.name)
    os.link(real, tmp_path / "hard.oadesk")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to("..")
    before = real.read_bytes()
    targets = ["real.oadesk", "link.oadesk", "hard.oadesk", "sub/up/real.oadesk"]
    with open_plan(tmp_path / "link.oadesk", snapshot=False) as store:
        for name in targets:
            with pytest.raises(PlanFileError) as info:
                store.save_copy(tmp_path / name)
            assert info.value.kind is PlanErrorKind.SAME_FILE, name
            assert "cannot replace it" in str(info.value) and name in str(info.value)
    assert real.read_bytes() == before
    assert (tmp_path / "link.oadesk").is_symlink()
    assert (tmp_path / "hard.oadesk").samefile(real)
    assert same_file(tmp_path / "sub" / "up" / "link.oadesk", real)
    assert not same_file(tmp_path / "new.oadesk", real)


def test_a_demo_onto_an_open_plan_is_refused_before_it_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = tmp_path / "open.oadesk"
    create_plan(plan, name="打开的计划")

    def no_build(*_args: Any) -> None:
        raise AssertionError("built although the plan is open")

    monkeypatch.setattr(demo_module, "build", no_build)
    with open_plan(plan, snapshot=False), pytest.raises(PlanLockedError):
        generate_demo(plan, overwrite=True, today=TODAY)
