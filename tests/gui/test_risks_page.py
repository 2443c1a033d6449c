"""The Risks page: the heat map filters the register, edits are one undo step each,
refusals change nothing, and the model passes Qt's checks."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from oa_desk.domain.enums import RiskStatus
from oa_desk.domain.risks import is_live
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.main_window import MainWindow
from oa_desk.gui.messages import describe
from oa_desk.gui.risks import FEATURE
from oa_desk.gui.risks.dialog import RiskDialog
from oa_desk.gui.risks.model import ID_ROLE
from oa_desk.gui.risks.page import RisksPage
from oa_desk.gui.risks.tile import TopRisksTile
from oa_desk.services.demo import generate_demo
from oa_desk.services.risks import load_risks
from oa_desk.store.planfile import PlanStore, open_plan
from tests.unit.test_row_snapshots import dump


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("risks-gui") / "demo.oadesk"
    generate_demo(path, scale=1)
    return path


@pytest.fixture
def plan(demo_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "plan.oadesk"
    shutil.copyfile(demo_master, path)
    return path


class Opened:
    def __init__(self, page: RisksPage, doc: PlanDocument, store: PlanStore, path: Path) -> None:
        self.page, self.doc, self.store, self.path = page, doc, store, path
        self.errors: list[str] = []
        doc.failed.connect(lambda exc: self.errors.append(describe(exc)))
        doc.changed.connect(page.on_changed)


@pytest.fixture
def opened(plan: Path, qtbot: Any) -> Iterator[Opened]:
    with open_plan(plan, snapshot=False) as store:
        page = RisksPage()
        qtbot.addWidget(page)
        page.resize(1200, 700)
        page.show()
        qtbot.waitExposed(page)
        doc = PlanDocument(store)
        page.set_document(doc)
        yield Opened(page, doc, store, plan)
        page.set_document(None)


def _shown_ids(page: RisksPage) -> list[int]:
    return [int(page.proxy.index(r, 0).data(ID_ROLE)) for r in range(page.proxy.rowCount())]


def test_model_passes_the_model_tester(opened: Opened, qtmodeltester: Any) -> None:
    assert opened.page.model.rowCount() > 0
    qtmodeltester.check(opened.page.model)


def test_clicking_a_heat_map_cell_shows_its_risks(opened: Opened, qtbot: Any) -> None:
    page = opened.page
    data = page.risks()
    assert data is not None
    live = [r for r in data.risks if is_live(r.status)]
    assert sorted(_shown_ids(page)) == sorted(r.id for r in live)
    target = live[0]
    cell = page.heat_map.cell_rect(target.probability, target.impact).center().toPoint()
    qtbot.mouseClick(page.heat_map, Qt.MouseButton.LeftButton, pos=cell)
    expected = {
        r.id for r in live if (r.probability, r.impact) == (target.probability, target.impact)
    }
    assert set(_shown_ids(page)) == expected
    assert page.heat_map.selected() == (target.probability, target.impact)
    qtbot.mouseClick(page.heat_map, Qt.MouseButton.LeftButton, pos=cell)  # again: all
    assert len(_shown_ids(page)) == len(live)
    page.show_closed.setChecked(True)
    assert len(_shown_ids(page)) == len(data.risks)


def test_add_and_edit_a_risk_with_undo_and_redo(
    opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = opened.page
    before = dump(opened.path)

    def fill(dialog: RiskDialog) -> int:
        ui = dialog._ui
        ui.titleEdit.setText("试点部门关键用户请假")
        ui.probabilitySpin.setValue(4)
        ui.impactSpin.setValue(5)
        assert "20" in ui.scoreValue.text()
        ui.taskCombo.setCurrentIndex(3)
        ui.mitigationEdit.setPlainText("提前指定 B 角")
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(RiskDialog, "exec", fill)
    page.add_risk()
    added = next(r for r in page.risks().risks if r.title == "试点部门关键用户请假")  # type: ignore[union-attr]
    assert (added.probability, added.impact, added.mitigation) == (4, 5, "提前指定 B 角")
    assert added.task_id is not None and added.status is RiskStatus.OPEN

    def close(dialog: RiskDialog) -> int:
        ui = dialog._ui
        ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(RiskStatus.CLOSED.value))
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(RiskDialog, "exec", close)
    page.edit_risk(added.id)
    assert added.id not in _shown_ids(page)  # closed risks are hidden by default
    stack = opened.doc.undo_stack
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert dump(opened.path) == before
    stack.redo()
    stack.redo()
    again = next(r for r in page.risks().risks if r.id == added.id)  # type: ignore[union-attr]
    assert again.status is RiskStatus.CLOSED


def test_a_review_before_raising_is_refused(
    opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = opened.page
    before = dump(opened.path)

    def fill(dialog: RiskDialog) -> int:
        ui = dialog._ui
        ui.titleEdit.setText("数据迁移延期")
        ui.raisedEdit.setDate(ui.raisedEdit.date().addDays(5))
        ui.reviewEdit.setDate(ui.raisedEdit.date().addDays(-10))
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(RiskDialog, "exec", fill)
    page.add_risk()
    assert dump(opened.path) == before
    assert opened.errors and "review" in opened.errors[-1].lower()
    assert opened.doc.undo_stack.count() == 0


def test_delete_is_undone(opened: Opened) -> None:
    page = opened.page
    before = dump(opened.path)
    page.view.selectRow(0)
    doomed = _shown_ids(page)[0]
    page.delete_risks()
    assert doomed not in [r.id for r in page.risks().risks]  # type: ignore[union-attr]
    opened.doc.undo_stack.undo()
    assert dump(opened.path) == before


def test_overdue_reviews_are_counted(opened: Opened) -> None:
    from oa_desk.services import records

    data = load_risks(opened.store)
    risk = next(r for r in data.risks if is_live(r.status))
    records.update_record(
        opened.store, "risk", risk.id, {"review_date": data.status_date - dt.timedelta(days=2)}
    )
    opened.page.reload()
    assert "overdue" in opened.page.summary.text()


def test_the_window_has_the_page_and_the_tile(window: MainWindow, plan: Path) -> None:
    assert FEATURE in window.features
    assert window.open_path(plan)
    window.show_page("risks")
    page = window.page("risks")
    assert isinstance(page, RisksPage) and page.risks() is not None
    tiles = [t for t in window.page("overview").tiles() if isinstance(t, TopRisksTile)]  # type: ignore[attr-defined]
    assert tiles and tiles[0].list.count() > 0
