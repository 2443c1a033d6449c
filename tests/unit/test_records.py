"""Register rows: add, change, delete, each checked first and undone exactly."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from oa_desk.domain import checks
from oa_desk.domain.enums import RiskCategory
from oa_desk.services import records
from oa_desk.services.demo import generate_demo
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore
from tests.pg import dump_store


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("records") / "demo.oadesk"
    generate_demo(path, scale=1)
    return path


@pytest.fixture
def plan(demo_master: Path, tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]) -> Any:
    """The demo plan, as a file and (with a test server) as a team plan."""
    path = tmp_path / "plan.oadesk"
    shutil.copyfile(demo_master, path)
    with open_on_engine(path) as store:
        yield store, path


def _risk(**more: Any) -> dict[str, Any]:
    return {
        "title": "关键用户请假",
        "category": RiskCategory.RESOURCES,
        "probability": 3,
        "impact": 4,
        "trigger": "试点前两周仍无人顶岗",
        "review_date": dt.date(2026, 6, 1),
        **more,
    }


def test_add_change_delete_and_undo_each(plan: Any) -> None:
    store, _path = plan
    start = dump_store(store)
    added = records.add_record(store, "risk", _risk())
    (rid,) = added.new_ids
    after_add = dump_store(store)
    changed = records.update_record(store, "risk", rid, {"impact": 5, "title": " 关键用户离岗 "})
    with store.read() as s:
        row = s.get_one(m.Risk, rid)
        assert (row.impact, row.title) == (5, "关键用户离岗")  # stripped
    records.revert_record_edit(store, changed.undo)
    assert dump_store(store) == after_add
    records.revert_record_edit(store, added.undo)
    assert dump_store(store) == start
    assert not records.update_record(store, "goal", 1, {}).changes  # nothing to change


def test_deleting_takes_what_cascades_and_undo_brings_it_all_back(plan: Any) -> None:
    store, _path = plan
    before = dump_store(store)
    with store.read() as s:
        course = s.scalars(m.Course.__table__.select().with_only_columns(m.Course.id)).first()
    edit = records.delete_records(store, "course", [course])
    assert edit.undo.deleted.rows("enrollment")  # sessions took their enrollments with them
    records.revert_record_edit(store, edit.undo)
    assert dump_store(store) == before


@pytest.mark.parametrize(
    ("values", "code"),
    [
        (_risk(probability=6), checks.Check.ABOVE_MAXIMUM.value),  # scores are 1..5
        (_risk(impact=0), checks.Check.BELOW_MINIMUM.value),
        (_risk(title="  "), checks.Check.VALUE_REQUIRED.value),
        (_risk(title="长" * 301), checks.Check.TEXT_TOO_LONG.value),
        (_risk(category="weather"), "wrong_type"),
        (_risk(probability="high"), "wrong_type"),
        (_risk(review_date="2026-06-01"), "wrong_type"),
        ({**_risk(), "id": 9}, "unknown_field"),
    ],
)
def test_bad_values_are_refused_and_nothing_changes(
    plan: Any, values: dict[str, Any], code: str
) -> None:
    store, _path = plan
    before = dump_store(store)
    with pytest.raises(records.RecordError) as info:
        records.add_record(store, "risk", values)
    assert info.value.code == code
    assert dump_store(store) == before


def test_a_delete_the_schema_restricts_is_refused_naming_it(plan: Any) -> None:
    store, _path = plan
    before = dump_store(store)
    with pytest.raises(records.RecordError) as info:
        records.delete_records(store, "department", [1])  # it has people
    assert info.value.code == "held"
    assert dump_store(store) == before


def test_a_features_rule_is_applied_to_the_row_after_the_edit(plan: Any) -> None:
    store, _path = plan

    def probability_times_impact(row: Any) -> list[checks.Finding]:
        if row["probability"] * row["impact"] > 20:
            return [checks.Finding(checks.Check.ABOVE_MAXIMUM, "impact", {"high": 20})]
        return []

    records.register_rule("risk", probability_times_impact)
    try:
        (rid,) = records.add_record(store, "risk", _risk()).new_ids
        with pytest.raises(records.RecordError):
            records.update_record(store, "risk", rid, {"probability": 5, "impact": 5})
    finally:
        records._RULES["risk"].remove(probability_times_impact)  # the risks' own rules stay


def test_unknown_rows_are_refused(plan: PlanStore) -> None:
    store, _path = plan
    with pytest.raises(records.RecordError) as info:
        records.update_record(store, "risk", 10**9, {"impact": 2})
    assert info.value.code == "missing"
    with pytest.raises(records.RecordError):
        records.delete_records(store, "risk", [10**9])
