"""The dashboard's figures read from a plan, on both engines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from oa_desk.domain.enums import AudienceTier
from oa_desk.services import dashboard_data as data
from oa_desk.services import training
from oa_desk.services.demo import generate_demo
from oa_desk.store.overview import read_overview
from oa_desk.store.planfile import PlanStore, create_plan

TODAY = dt.date(2026, 6, 8)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dash") / "demo.oadesk"
    generate_demo(path, today=TODAY)
    return path


def test_demo_figures_agree_with_the_features_own_numbers(
    demo_file: Path, open_on_engine: Callable[[Path], PlanStore]
) -> None:
    store = open_on_engine(demo_file)
    try:
        figures = data.load_figures(store)
        rows = read_overview(store)
        matrix = training.coverage(store)
    finally:
        store.close()
    assert figures.support.open == rows.open_tickets
    assert 0 <= figures.support.breached <= figures.support.open
    assert len(figures.support.weeks) == data.TREND_WEEKS
    assert figures.support.weeks[-1].weekday() == 0
    for tier in figures.tiers:  # training's roll-up, not a second count
        cell = matrix.total(tier.tier)
        assert (tier.required, tier.trained, tier.passed) == (
            cell.required,
            cell.trained,
            cell.passed,
        )
    assert [t.tier for t in figures.tiers] == list(AudienceTier)
    s = figures.schedule
    assert s.tasks > 0 and s.with_baseline > 0
    assert s.ahead + s.on_baseline + s.behind == s.with_baseline
    assert s.critical_slipping <= s.behind
    scores = [r.score for r in figures.risks]
    assert scores == sorted(scores, reverse=True) and len(scores) <= data.TOP_RISKS
    assert figures.kpis and figures.adoption
    for curve in figures.adoption:
        assert all(0 <= r <= 1 for r in curve.rates)
        assert curve.go_live is None or curve.days[0] >= curve.go_live


def test_an_empty_plan_has_empty_figures(
    tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]
) -> None:
    path = tmp_path / "empty.oadesk"
    create_plan(path, name="空计划")
    store = open_on_engine(path)
    try:
        figures = data.load_figures(store, today=TODAY)
    finally:
        store.close()
    assert figures.schedule.tasks == 0 and figures.support.open == 0
    assert figures.risks == () and figures.kpis == () and figures.adoption == ()


def test_schedule_health_from_the_warm_scheduler_equals_a_full_pass(
    demo_file: Path, tmp_path: Path
) -> None:
    from oa_desk.services.schedule import set_progress
    from oa_desk.services.schedule.warm import discard_warm_state, is_warm
    from oa_desk.store.planfile import open_plan

    copy = tmp_path / "plan.oadesk"
    copy.write_bytes(demo_file.read_bytes())
    with open_plan(copy, snapshot=False) as store:
        with store.read_raw() as conn:
            (task,) = conn.execute("SELECT id FROM task WHERE kind = 'task' LIMIT 1").fetchone()
        set_progress(store, task, 10)
        set_progress(store, task, 20)
        assert is_warm(store)
        warm = data.schedule_health(store, TODAY)
        discard_warm_state(store)
        assert data.schedule_health(store, TODAY) == warm
