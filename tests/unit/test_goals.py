"""KPI rules and the goals service: progress either way, on-track states, the target
checks and one measurement per day."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest

from oa_desk.domain.enums import KpiCategory, KpiDirection
from oa_desk.domain.kpis import KpiState, progress, state, target_problem
from oa_desk.services import dashboard, goals, records
from oa_desk.services.demo import generate_demo
from oa_desk.store.planfile import open_plan
from tests.unit.test_row_snapshots import dump

UP, DOWN = KpiDirection.INCREASE, KpiDirection.DECREASE


def test_progress_counts_toward_the_target_in_either_direction() -> None:
    assert progress(20, 90, 55, UP) == pytest.approx(0.5)
    assert progress(5.2, 1.5, 3.35, DOWN) == pytest.approx(0.5)
    assert progress(5.2, 1.5, 6.0, DOWN) < 0  # worse than the baseline
    assert progress(None, 100, 25, UP) == pytest.approx(0.25)  # from zero
    assert progress(None, 24, 30, DOWN) is None  # lower-is-better needs a baseline
    assert progress(10, 10, 10, UP) is None
    assert progress(10, 20, None, UP) is None


def test_state_by_due_date_and_elapsed_time() -> None:
    start, due = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
    half = dt.date(2026, 7, 2)
    points = [(start, 0.0), (half, 50.0)]
    assert state(0, 100, UP, points, due, half) is KpiState.ON_TRACK
    assert state(0, 100, UP, [(start, 0.0), (half, 20.0)], due, half) is KpiState.BEHIND
    assert state(0, 100, UP, [(start, 0.0), (half, 100.0)], due, half) is KpiState.MET
    assert state(0, 100, UP, points, due, dt.date(2027, 1, 5)) is KpiState.MISSED
    assert state(0, 100, UP, [], due, half) is KpiState.NO_DATA


def test_target_problems() -> None:
    assert (
        target_problem({"baseline": 5, "target": 5, "direction": UP}).code
        == "target_equals_baseline"
    )  # type: ignore[union-attr]
    assert target_problem({"baseline": 5, "target": 2, "direction": UP}).code == "target_wrong_way"  # type: ignore[union-attr]
    assert target_problem({"baseline": 5, "target": 2, "direction": DOWN}) is None
    assert target_problem({"baseline": None, "target": 2, "direction": UP}) is None


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("goals") / "demo.oadesk"
    generate_demo(path, scale=1)
    return path


@pytest.fixture
def plan(demo_master: Path, tmp_path: Path) -> Any:
    path = tmp_path / "plan.oadesk"
    shutil.copyfile(demo_master, path)
    with open_plan(path, snapshot=False) as store:
        yield store, path


def test_load_goals_and_the_dashboard_agree(plan: Any) -> None:
    store, _ = plan
    data = goals.load_goals(store)
    lines = {line.id: line for line in dashboard.kpi_lines(store)}
    assert data.goals and set(lines) == {g.id for g in data.goals}
    for g in data.goals:
        assert lines[g.id].state is g.state(data.status_date)
        assert lines[g.id].progress == g.progress()


def test_a_wrong_way_target_is_refused_and_nothing_changes(plan: Any) -> None:
    store, path = plan
    before = dump(path)
    with pytest.raises(records.RecordError) as refused:
        records.add_record(
            store,
            "goal",
            {
                "name": "审批周期",
                "category": KpiCategory.EFFICIENCY,
                "baseline": 5.0,
                "target": 8.0,
                "direction": DOWN,
            },
        )
    assert refused.value.code == "target_wrong_way"
    goal = goals.load_goals(store).goals[0]
    with pytest.raises(records.RecordError):
        records.update_record(store, "goal", goal.id, {"target": goal.baseline})
    assert dump(path) == before


def test_one_measurement_per_day_and_undo(plan: Any) -> None:
    store, path = plan
    goal = goals.load_goals(store).goals[0]
    taken = goal.measurements[-1]
    before = dump(path)
    with pytest.raises(records.RecordError) as refused:
        goals.add_measurement(store, {"goal_id": goal.id, "day": taken.day, "value": 1.0})
    assert refused.value.code == "measurement_day_taken"
    assert dump(path) == before
    step = goals.add_measurement(
        store, {"goal_id": goal.id, "day": taken.day + dt.timedelta(days=1), "value": 2.0}
    )
    with pytest.raises(records.RecordError):
        goals.edit_measurement(store, step.new_id, {"day": taken.day})
    records.undo_add_step(store, step)
    assert dump(path) == before
