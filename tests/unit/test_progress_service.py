"""The Overview's progress figures read from a plan."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from oa_desk.services.demo import generate_demo
from oa_desk.services.progress import load_progress
from oa_desk.store.planfile import create_plan, open_plan


def test_demo_plan_progress_reaches_all_work_and_shows_the_status_date(tmp_path: Path) -> None:
    path = tmp_path / "demo.oadesk"
    generate_demo(path, today=dt.date(2026, 6, 8))
    with open_plan(path, read_only=True) as store:
        late = dt.date(2031, 1, 1)
        series = load_progress(store, status_date=late)
    assert series.days[-1] == late  # the actual point is inside the chart
    assert series.planned[-1] == pytest.approx(1.0)
    assert series.planned == tuple(sorted(series.planned))  # planned work only grows
    assert 0.0 < series.actual <= 1.0
    assert series.expected == pytest.approx(1.0)
    assert series.baseline is not None and series.baseline_name


def test_a_plan_without_tasks_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.oadesk"
    create_plan(path, name="空计划")
    with open_plan(path, read_only=True) as store:
        series = load_progress(store, status_date=dt.date(2026, 3, 1))
    assert series.empty and series.actual == 0.0
