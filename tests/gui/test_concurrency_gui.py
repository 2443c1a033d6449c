"""Who did what, seen from the window: Edit › History…, an item's history, another
user's change refusing a stale edit (explained, the view reloaded), undo refusing
over another user's change, and actions a role does not allow disabled."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from oa_desk.gui.activity.dialog import HistoryDialog, ItemRef
from oa_desk.gui.main_window import MainWindow
from oa_desk.gui.risks.dialog import RiskDialog
from oa_desk.gui.risks.page import RisksPage
from oa_desk.services import records
from oa_desk.services.demo import generate_demo
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore
from tests.gui.conftest import MessageBoxes


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("concur-gui") / "demo.oadesk"
    generate_demo(path, scale=1)
    return path


@pytest.fixture
def opened(window: MainWindow, demo_master: Path, tmp_path: Path) -> MainWindow:
    path = tmp_path / "plan.oadesk"
    shutil.copyfile(demo_master, path)
    assert window.open_path(path)
    assert window.doc is not None
    window.doc.store.wait_ready()
    window.show_page("risks")
    return window


def _other(store: PlanStore) -> PlanStore:
    other = PlanStore(store.path, read_only=False, lock=None)  # another client, no lock
    other._ready.set()
    return other


def _page(window: MainWindow) -> RisksPage:
    page = window.page("risks")
    assert isinstance(page, RisksPage)
    return page


def _edit_to(monkeypatch: pytest.MonkeyPatch, impact: int) -> None:
    def fill(dialog: RiskDialog) -> int:
        dialog._ui.impactSpin.setValue(impact)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(RiskDialog, "exec", fill)


def _impact(store: PlanStore, risk_id: int) -> int:
    with store.read() as s:
        return int(s.get_one(m.Risk, risk_id).impact)


def test_a_stale_edit_is_refused_explained_and_the_view_reloads(
    opened: MainWindow, message_boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = opened.doc
    assert doc is not None
    page = _page(opened)
    data = page.risks()
    assert data is not None
    risk = data.risks[0]
    other = _other(doc.store)
    try:
        records.update_record(other, "risk", risk.id, {"probability": 1 + risk.probability % 5})
    finally:
        other.close()
    _edit_to(monkeypatch, 1 + risk.impact % 5)
    page.edit_risk(risk.id)
    assert message_boxes.shown, "the refusal is explained"
    text = message_boxes.shown[-1][1]
    assert "since you read it" in text and doc.store.user_name in text
    assert _impact(doc.store, risk.id) == risk.impact  # nothing changed
    reloaded = next(r for r in page.risks().risks if r.id == risk.id)  # type: ignore[union-attr]
    assert reloaded.probability == 1 + risk.probability % 5  # the view shows their change
    page.edit_risk(risk.id)  # read again: now it goes through
    assert _impact(doc.store, risk.id) == 1 + risk.impact % 5
    assert doc.undo_stack.count() == 1


def test_undo_over_another_users_change_is_refused(
    opened: MainWindow, message_boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = opened.doc
    assert doc is not None
    page = _page(opened)
    risk = page.risks().risks[0]  # type: ignore[union-attr]
    _edit_to(monkeypatch, 1 + risk.impact % 5)
    page.edit_risk(risk.id)
    other = _other(doc.store)
    try:
        records.update_record(other, "risk", risk.id, {"probability": 1 + risk.probability % 5})
    finally:
        other.close()
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert "since you read it" in message_boxes.shown[-1][1]
    assert _impact(doc.store, risk.id) == 1 + risk.impact % 5  # nothing undone over theirs


def test_history_lists_the_plan_and_one_item(
    opened: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    doc = opened.doc
    assert doc is not None
    page = _page(opened)
    risk = page.risks().risks[0]  # type: ignore[union-attr]
    _edit_to(monkeypatch, 1 + risk.impact % 5)
    page.edit_risk(risk.id)
    action = opened.findChild(object, "historyAction")
    assert action is not None and action in opened.menu_edit.actions()
    plan = HistoryDialog(doc, None, opened)
    qtbot.addWidget(plan)
    assert plan.model.rowCount() >= 1
    assert plan.model.entry(0).intent.startswith("Edit risk")
    qtmodel_text = plan.model.index(0, 1).data()
    assert qtmodel_text == doc.store.user_name
    item = HistoryDialog(doc, ItemRef("risk", risk.id, risk.title), opened)
    qtbot.addWidget(item)
    assert item.model.rowCount() == 1
    assert risk.title in item.windowTitle()
    shared = opened.shared_action("activity.item_history")
    assert shared is not None and shared.isEnabled()


def test_history_model_passes_the_model_tester(opened: MainWindow, qtmodeltester: Any) -> None:
    doc = opened.doc
    assert doc is not None
    first = _page(opened).risks().risks[0]  # type: ignore[union-attr]
    records.update_record(doc.store, "risk", first.id, {"impact": 1 + first.impact % 5})
    dialog = HistoryDialog(doc, None, opened)
    qtmodeltester.check(dialog.model)


def test_a_role_that_may_not_change_risks_disables_their_actions(opened: MainWindow) -> None:
    doc = opened.doc
    assert doc is not None
    doc._role = "support_desk"
    page = _page(opened)
    page.set_document(doc)
    assert not page.add_button.isEnabled() and not page.edit_button.isEnabled()
    assert "does not allow" in page.add_button.toolTip()
    doc._role = "owner"
    page.set_document(doc)
    assert page.add_button.isEnabled() and "does not allow" not in page.add_button.toolTip()


def test_a_support_desk_takes_attendance_but_does_not_plan_training(opened: MainWindow) -> None:
    from oa_desk.gui.training.page import TrainingPage

    doc = opened.doc
    assert doc is not None
    opened.show_page("training")
    page = opened.page("training")
    assert isinstance(page, TrainingPage)
    doc._role = "support_desk"
    page.set_document(doc)
    tab = page.sessions_tab
    assert tab.enrol_button.isEnabled() and tab.signin_button.isEnabled()
    assert not tab.add_button.isEnabled() and not page.course_buttons[0].isEnabled()
    assert "does not allow" in tab.add_button.toolTip()


@pytest.mark.parametrize(
    ("key", "table"), [("requirements", "requirement"), ("publicity", "communication")]
)
def test_registers_offer_the_history_of_a_row(
    opened: MainWindow, key: str, table: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMenu

    opened.show_page(key)
    page = opened.page(key)
    view = page.view  # type: ignore[attr-defined]
    assert view.model().rowCount() > 0
    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda self, _pos: shown.append(self))
    rect = view.visualRect(view.model().index(0, 1))
    view.customContextMenuRequested.emit(rect.center())
    assert shown, "a context menu"
    (action,) = shown[0].actions()
    data = action.data()
    assert data[0] == table and isinstance(data[1], int) and data[2]


def test_the_history_filter_matches_the_table_labels_the_user_reads(opened: MainWindow) -> None:
    doc = opened.doc
    assert doc is not None
    with doc.store.read() as s:
        item_id = s.query(m.Communication.id).limit(1).scalar()
    assert item_id is not None
    records.update_record(doc.store, "communication", item_id, {"title": "上线动员会（改期）"})
    dialog = HistoryDialog(doc, None, opened)
    dialog._ui.filterEdit.setText("Publicity")  # the label; its code is "communication"
    dialog.reload()
    assert dialog.model.rowCount() >= 1
    assert "communication" in dialog.model._rows[0].tables
    dialog._ui.filterEdit.setText("no such table or intent")
    dialog.reload()
    assert dialog.model.rowCount() == 0
