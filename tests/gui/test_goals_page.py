"""The Goals page: goals and measurements edited with undo, refusals named, models pass
Qt's checks, and the KPI tile on the Overview."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from oa_desk.domain.enums import KpiDirection
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.goals import FEATURE
from oa_desk.gui.goals.dialogs import GoalDialog, MeasurementDialog
from oa_desk.gui.goals.model import TREND_ROLE, GoalCol
from oa_desk.gui.goals.page import GoalsPage
from oa_desk.gui.goals.tile import KpiTile
from oa_desk.gui.main_window import MainWindow
from oa_desk.gui.messages import describe
from oa_desk.services.demo import generate_demo
from oa_desk.store.planfile import PlanStore, open_plan
from tests.unit.test_row_snapshots import dump


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("goals-gui") / "demo.oadesk"
    generate_demo(path, scale=1)
    return path


@pytest.fixture
def plan(demo_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "plan.oadesk"
    shutil.copyfile(demo_master, path)
    return path


class Opened:
    def __init__(self, page: GoalsPage, doc: PlanDocument, store: PlanStore, path: Path) -> None:
        self.page, self.doc, self.store, self.path = page, doc, store, path
        self.errors: list[str] = []
        doc.failed.connect(lambda exc: self.errors.append(describe(exc)))
        doc.changed.connect(page.on_changed)


@pytest.fixture
def opened(plan: Path, qtbot: Any) -> Iterator[Opened]:
    with open_plan(plan, snapshot=False) as store:
        page = GoalsPage()
        qtbot.addWidget(page)
        page.resize(1200, 700)
        page.show()
        qtbot.waitExposed(page)
        doc = PlanDocument(store)
        page.set_document(doc)
        yield Opened(page, doc, store, plan)
        page.set_document(None)


def test_models_pass_the_model_tester(opened: Opened, qtmodeltester: Any) -> None:
    assert opened.page.model.rowCount() > 0 and opened.page.measurements.rowCount() > 0
    qtmodeltester.check(opened.page.model)
    qtmodeltester.check(opened.page.measurements)
    values, _target = opened.page.model.index(0, GoalCol.TREND).data(TREND_ROLE)
    assert values


def test_add_goal_then_measure_it_with_undo(
    opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = opened.page
    before = dump(opened.path)

    def fill(dialog: GoalDialog) -> int:
        ui = dialog._ui
        ui.nameEdit.setText("移动端审批占比")
        ui.unitEdit.setText("%")
        ui.baselineSpin.setValue(10)
        ui.targetSpin.setValue(60)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(GoalDialog, "exec", fill)
    page.add_goal()
    goal = page.current_goal()
    assert goal is not None and goal.name == "移动端审批占比" and goal.target == 60

    def measure(dialog: MeasurementDialog) -> int:
        dialog._ui.valueSpin.setValue(35)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(MeasurementDialog, "exec", measure)
    page.add_measurement()
    goal = page.current_goal()
    assert goal is not None and [m.value for m in goal.measurements] == [35.0]
    assert goal.progress() == pytest.approx(0.5)
    page.add_measurement()  # the same day again: refused, named
    assert opened.errors and "measurement" in opened.errors[-1]
    stack = opened.doc.undo_stack
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert dump(opened.path) == before
    stack.redo()
    stack.redo()
    redone = next(g for g in page.goals().goals if g.name == "移动端审批占比")  # type: ignore[union-attr]
    assert [m.value for m in redone.measurements] == [35.0]


def test_a_target_equal_to_the_baseline_is_refused(
    opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = opened.page
    goal = page.current_goal()
    assert goal is not None and goal.baseline is not None
    before = dump(opened.path)

    def same(dialog: GoalDialog) -> int:
        dialog._ui.targetSpin.setValue(goal.baseline or 0)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(GoalDialog, "exec", same)
    page.edit_goal()
    assert dump(opened.path) == before
    assert opened.errors and "baseline" in opened.errors[-1]


def test_changing_a_measurement_and_removing_it(
    opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = opened.page
    before = dump(opened.path)
    page.measurements_view.selectRow(0)

    def change(dialog: MeasurementDialog) -> int:
        dialog._ui.noteEdit.setPlainText("系统后台导出")
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(MeasurementDialog, "exec", change)
    page.edit_measurement()
    goal = page.current_goal()
    assert goal is not None and goal.measurements[-1].note == "系统后台导出"
    page.measurements_view.selectRow(0)
    page.delete_measurements()
    assert len(page.current_goal().measurements) == len(goal.measurements) - 1  # type: ignore[union-attr]
    opened.doc.undo_stack.undo()
    opened.doc.undo_stack.undo()
    assert dump(opened.path) == before


def test_lower_is_better_goals_progress_downward(opened: Opened) -> None:
    data = opened.page.goals()
    assert data is not None
    down = next(g for g in data.goals if g.direction is KpiDirection.DECREASE and g.baseline)
    last = down.latest()
    assert last is not None and down.baseline is not None and down.target is not None
    assert down.progress() == pytest.approx(
        (last[1] - down.baseline) / (down.target - down.baseline)
    )
    assert 0 < (down.progress() or 0) < 1


def test_the_window_has_the_page_and_the_tile(window: MainWindow, plan: Path) -> None:
    assert FEATURE in window.features
    assert window.open_path(plan)
    window.show_page("goals")
    assert isinstance(window.page("goals"), GoalsPage)
    tiles = [t for t in window.page("overview").tiles() if isinstance(t, KpiTile)]  # type: ignore[attr-defined]
    assert tiles and tiles[0].list.count() == len(window.page("goals").goals().goals)  # type: ignore[attr-defined]


def test_measurement_dialog_starts_on_the_status_date(opened: Opened, qtbot: Any) -> None:
    goal = opened.page.current_goal()
    assert goal is not None
    dialog = MeasurementDialog(goal, None, dt.date(2026, 12, 3))
    qtbot.addWidget(dialog)
    assert dialog.values()["day"] == dt.date(2026, 12, 3)
