"""Risk rules and the risk register's reads and checks."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest

from oa_desk.domain.enums import RiskCategory, RiskStatus
from oa_desk.domain.risks import RiskLevel, is_live, level, review_overdue, score
from oa_desk.services import records
from oa_desk.services.demo import generate_demo
from oa_desk.services.risks import load_risks
from oa_desk.store.planfile import open_plan
from tests.unit.test_row_snapshots import dump


@pytest.mark.parametrize(
    ("p", "i", "expected"),
    [
        (1, 4, RiskLevel.LOW),
        (1, 5, RiskLevel.MEDIUM),
        (3, 3, RiskLevel.MEDIUM),
        (2, 5, RiskLevel.HIGH),
        (4, 4, RiskLevel.HIGH),
        (4, 5, RiskLevel.CRITICAL),
        (5, 5, RiskLevel.CRITICAL),
    ],
)
def test_level_bands(p: int, i: int, expected: RiskLevel) -> None:
    assert level(p, i) is expected and score(p, i) == p * i


def test_overdue_review_only_for_live_risks() -> None:
    today = dt.date(2026, 12, 3)
    past = dt.date(2026, 12, 1)
    assert review_overdue(past, RiskStatus.OPEN, today)
    assert review_overdue(past, RiskStatus.OCCURRED, today)
    assert not review_overdue(past, RiskStatus.CLOSED, today)
    assert not review_overdue(past, RiskStatus.MITIGATED, today)
    assert not review_overdue(today, RiskStatus.OPEN, today)
    assert not review_overdue(None, RiskStatus.OPEN, today)
    assert is_live(RiskStatus.MONITORING) and not is_live(RiskStatus.CLOSED)


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("risks") / "demo.oadesk"
    generate_demo(path, scale=1)
    return path


@pytest.fixture
def plan(demo_master: Path, tmp_path: Path) -> Any:
    path = tmp_path / "plan.oadesk"
    shutil.copyfile(demo_master, path)
    with open_plan(path, snapshot=False) as store:
        yield store, path


def test_load_risks_names_owners_and_tasks(plan: Any) -> None:
    store, _ = plan
    data = load_risks(store)
    assert data.risks and data.tasks
    assert any(r.owner for r in data.risks)
    linked = [r for r in data.risks if r.task_id is not None]
    assert all(r.task.split(" ", 1)[0][0].isdigit() for r in linked)
    heat = data.heat()
    assert sum(heat.values()) == sum(1 for r in data.risks if is_live(r.status))
    assert sum(data.heat(live_only=False).values()) == len(data.risks)


def test_review_before_raised_is_refused_and_nothing_changes(plan: Any) -> None:
    store, path = plan
    before = dump(path)
    with pytest.raises(records.RecordError) as refused:
        records.add_record(
            store,
            "risk",
            {
                "title": "试点部门关键用户请假",
                "category": RiskCategory.RESOURCES,
                "raised_on": dt.date(2026, 6, 10),
                "review_date": dt.date(2026, 6, 1),
            },
        )
    assert refused.value.code == "review_before_raised"
    assert dump(path) == before


def test_overdue_reviews_against_the_status_date(plan: Any) -> None:
    store, _ = plan
    data = load_risks(store)
    risk = next(r for r in data.risks if is_live(r.status))
    records.update_record(
        store, "risk", risk.id, {"review_date": data.status_date - dt.timedelta(days=3)}
    )
    overdue = load_risks(store).overdue()
    assert risk.id in [r.id for r in overdue]
