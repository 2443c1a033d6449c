"""The Requirements page and service: linked tasks set with an exact undo, one undo step
for fields and links together, the summary by department and fit, and the filter."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from oa_desk.domain.enums import Fit
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.main_window import MainWindow
from oa_desk.gui.messages import describe
from oa_desk.gui.requirements import FEATURE
from oa_desk.gui.requirements.dialog import RequirementDialog
from oa_desk.gui.requirements.model import ID_ROLE
from oa_desk.gui.requirements.page import RequirementsPage
from oa_desk.services import records, requirements
from oa_desk.services.demo import generate_demo
from oa_desk.store.planfile import PlanStore, open_plan
from tests.unit.test_row_snapshots import dump


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("req-gui") / "demo.oadesk"
    generate_demo(path, scale=1)
    return path


@pytest.fixture
def plan(demo_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "plan.oadesk"
    shutil.copyfile(demo_master, path)
    return path


class Opened:
    def __init__(
        self, page: RequirementsPage, doc: PlanDocument, store: PlanStore, path: Path
    ) -> None:
        self.page, self.doc, self.store, self.path = page, doc, store, path
        self.errors: list[str] = []
        doc.failed.connect(lambda exc: self.errors.append(describe(exc)))
        doc.changed.connect(page.on_changed)


@pytest.fixture
def opened(plan: Path, qtbot: Any) -> Iterator[Opened]:
    with open_plan(plan, snapshot=False) as store:
        page = RequirementsPage()
        qtbot.addWidget(page)
        page.resize(1200, 700)
        page.show()
        qtbot.waitExposed(page)
        doc = PlanDocument(store)
        page.set_document(doc)
        yield Opened(page, doc, store, plan)
        page.set_document(None)


def test_linked_tasks_set_and_undone_exactly(plan: Path) -> None:
    with open_plan(plan, snapshot=False) as store:
        data = requirements.load_requirements(store)
        req = data.requirements[0]
        before = dump(plan)
        edit = requirements.set_linked_tasks(store, req.id, [data.tasks[1].id, data.tasks[2].id])
        again = requirements.load_requirements(store).requirements[0]
        assert again.task_ids == tuple(sorted((data.tasks[1].id, data.tasks[2].id)))
        with pytest.raises(records.RecordError):
            requirements.set_linked_tasks(store, req.id, [10**6])
        requirements.revert_links(store, edit)
        assert dump(plan) == before


def test_models_pass_the_model_tester(opened: Opened, qtmodeltester: Any) -> None:
    assert opened.page.model.rowCount() > 0 and opened.page.summary.rowCount() > 1
    qtmodeltester.check(opened.page.model)
    qtmodeltester.check(opened.page.summary)


def test_summary_counts_match_and_filter_by_department(opened: Opened) -> None:
    page = opened.page
    data = page.requirements()
    assert data is not None
    summary = page.summary
    total_row = summary.rowCount() - 1
    assert summary.index(total_row, len(Fit) + 1).data() == len(data.requirements)
    name = summary.department_at(0)
    assert name is not None
    page._summary_clicked(summary.index(0, 0))
    shown = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert shown and set(shown) == {name}
    assert page.proxy.rowCount() == summary.index(0, len(Fit) + 1).data()
    page._summary_clicked(summary.index(0, 0))  # again: all
    assert page.proxy.rowCount() == len(data.requirements)


def test_edit_fields_and_links_is_one_undo_step(
    opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = opened.page
    data = page.requirements()
    assert data is not None
    req = data.requirements[0]
    before = dump(opened.path)
    new_task = next(t.id for t in data.tasks if t.id not in req.task_ids)

    def change(dialog: RequirementDialog) -> int:
        ui = dialog._ui
        ui.fitCombo.setCurrentIndex(ui.fitCombo.findData(Fit.GAP.value))
        dialog.set_checked(new_task, True)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(RequirementDialog, "exec", change)
    page.edit_requirement(req.id)
    edited = next(r for r in page.requirements().requirements if r.id == req.id)  # type: ignore[union-attr]
    assert edited.fit is Fit.GAP and new_task in edited.task_ids
    assert opened.doc.undo_stack.count() == 1
    opened.doc.undo_stack.undo()
    assert dump(opened.path) == before
    opened.doc.undo_stack.redo()
    redone = next(r for r in page.requirements().requirements if r.id == req.id)  # type: ignore[union-attr]
    assert redone.fit is Fit.GAP and new_task in redone.task_ids


def test_add_with_links_then_undo_and_an_empty_pain_point_refused(
    opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = opened.page
    data = page.requirements()
    assert data is not None
    before = dump(opened.path)

    def fill(dialog: RequirementDialog) -> int:
        dialog._ui.painPointEdit.setText("试点验收单要跑五个部门盖章")
        dialog.set_checked(data.tasks[3].id, True)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(RequirementDialog, "exec", fill)
    page.add_requirement()
    added = next(
        r for r in page.requirements().requirements if r.pain_point.startswith("试点验收单")
    )  # type: ignore[union-attr]
    assert added.task_ids == (data.tasks[3].id,)
    assert opened.doc.undo_stack.count() == 1
    opened.doc.undo_stack.undo()
    assert dump(opened.path) == before

    def empty(dialog: RequirementDialog) -> int:
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(RequirementDialog, "exec", empty)
    count = opened.doc.undo_stack.count()
    page.add_requirement()
    assert dump(opened.path) == before and opened.errors
    assert opened.doc.undo_stack.index() <= count


def test_delete_is_undone(opened: Opened) -> None:
    page = opened.page
    before = dump(opened.path)
    page.view.selectRow(0)
    doomed = int(page.proxy.index(0, 0).data(ID_ROLE))
    page.delete_requirements()
    assert doomed not in [r.id for r in page.requirements().requirements]  # type: ignore[union-attr]
    opened.doc.undo_stack.undo()
    assert dump(opened.path) == before


def test_the_window_has_the_page(window: MainWindow, plan: Path) -> None:
    assert FEATURE in window.features
    assert window.open_path(plan)
    window.show_page("requirements")
    page = window.page("requirements")
    assert isinstance(page, RequirementsPage) and page.requirements() is not None


def test_the_decision_is_edited_shown_and_undone(
    opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    from oa_desk.gui.requirements.model import ReqCol

    page = opened.page
    data = page.requirements()
    assert data is not None
    req = data.requirements[0]
    before = dump(opened.path)

    def decide(dialog: RequirementDialog) -> int:
        assert dialog._ui.decisionEdit.toPlainText() == req.decision
        dialog._ui.decisionEdit.setPlainText("二期定制开发\n先用标准流程过渡")
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(RequirementDialog, "exec", decide)
    page.edit_requirement(req.id)
    edited = next(r for r in page.requirements().requirements if r.id == req.id)  # type: ignore[union-attr]
    assert edited.decision == "二期定制开发\n先用标准流程过渡"
    assert page.model.headerData(ReqCol.DECISION, Qt.Orientation.Horizontal) == "Decision"
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id == req.id)
    cell = page.model.index(row, ReqCol.DECISION)
    assert cell.data() == "二期定制开发 先用标准流程过渡"  # one line in the table
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == edited.decision
    assert opened.doc.undo_stack.count() == 1
    opened.doc.undo_stack.undo()
    assert dump(opened.path) == before
