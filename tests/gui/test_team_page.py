"""The Team and stakeholders page: each view edits through one undo step, refuses
what breaks a rule, and its models pass Qt's model checks."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QDialog

from oa_desk.domain.changes import Changes
from oa_desk.domain.enums import RaciRole, TeamRole
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.main_window import MainWindow
from oa_desk.gui.messages import describe
from oa_desk.gui.team import FEATURE
from oa_desk.gui.team.dialogs import MemberDialog, StakeholderDialog
from oa_desk.gui.team.model import ID_ROLE, EngagementModel
from oa_desk.gui.team.page import TeamPage
from oa_desk.gui.team.tile import OverdueContactsTile
from oa_desk.services import team as team_service
from oa_desk.services.demo import generate_demo
from oa_desk.store.planfile import PlanStore, open_plan
from tests.unit.test_row_snapshots import dump


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("team-gui") / "demo.oadesk"
    generate_demo(path, scale=1)
    return path


@pytest.fixture
def plan(demo_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "plan.oadesk"
    shutil.copyfile(demo_master, path)
    return path


class Opened:
    def __init__(self, page: TeamPage, doc: PlanDocument, store: PlanStore, path: Path) -> None:
        self.page, self.doc, self.store, self.path = page, doc, store, path
        self.errors: list[str] = []
        doc.failed.connect(lambda exc: self.errors.append(describe(exc)))
        doc.changed.connect(page.on_changed)


@pytest.fixture
def opened(plan: Path, qtbot: Any) -> Iterator[Opened]:
    with open_plan(plan, snapshot=False) as store:
        page = TeamPage()
        qtbot.addWidget(page)
        page.resize(1200, 800)
        page.show()
        qtbot.waitExposed(page)
        doc = PlanDocument(store)
        page.set_document(doc)
        yield Opened(page, doc, store, plan)
        page.set_document(None)


def test_models_pass_the_model_tester(opened: Opened, qtmodeltester: Any) -> None:
    page = opened.page
    for model in (page.members, page.stakeholders, page.engagement, page.raci):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_grid_drag_changes_both_scores_in_one_undo_step(opened: Opened, qtbot: Any) -> None:
    page = opened.page
    page.tabs.setCurrentWidget(page.grid.parentWidget())
    qtbot.waitExposed(page.grid)
    data = page.team()
    assert data is not None
    who = next(s for s in data.stakeholders if (s.influence, s.interest) != (1, 5))
    before = dump(opened.path)
    start = page.grid.dot_centre(who.id)
    target = page.grid.cell_rect(1, 5).center().toPoint()
    qtbot.mousePress(page.grid, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(page.grid, pos=target)
    qtbot.mouseRelease(page.grid, Qt.MouseButton.LeftButton, pos=target)
    moved = next(s for s in team_service.load_team(opened.store).stakeholders if s.id == who.id)
    assert (moved.influence, moved.interest) == (1, 5)
    assert opened.doc.undo_stack.count() == 1
    assert page.grid.scores_at(QPointF(page.grid.dot_centre(who.id))) == (1, 5)
    opened.doc.undo_stack.undo()
    assert dump(opened.path) == before
    back = next(s for s in page.team().stakeholders if s.id == who.id)  # type: ignore[union-attr]
    assert (back.influence, back.interest) == (who.influence, who.interest)


def test_a_drag_that_stays_in_its_cell_changes_nothing(opened: Opened, qtbot: Any) -> None:
    page = opened.page
    page.tabs.setCurrentWidget(page.grid.parentWidget())
    who = page.team().stakeholders[0]  # type: ignore[union-attr]
    start = page.grid.dot_centre(who.id)
    qtbot.mousePress(page.grid, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseRelease(page.grid, Qt.MouseButton.LeftButton, pos=start + QPoint(2, 1))
    assert opened.doc.undo_stack.count() == 0


def _cell(opened: Opened, task_id: int, stakeholder_id: int) -> Any:
    data = opened.page.team()
    assert data is not None
    row = next(i for i, t in enumerate(data.tasks) if t.id == task_id)
    col = next(i for i, s in enumerate(data.stakeholders) if s.id == stakeholder_id) + 1
    return opened.page.raci.index(row, col)


def test_raci_keys_set_and_clear_with_undo(opened: Opened, qtbot: Any) -> None:
    page = opened.page
    page.tabs.setCurrentWidget(page.raci_view.parentWidget().parentWidget())
    data = page.team()
    assert data is not None
    task = data.tasks[-1]
    free = next(s for s in data.stakeholders if (task.id, s.id) not in data.raci)
    before = dump(opened.path)
    index = _cell(opened, task.id, free.id)
    page.raci_view.setCurrentIndex(index)
    page.raci_view.setFocus()
    qtbot.keyClick(page.raci_view, Qt.Key.Key_C)
    assert page.team().raci[(task.id, free.id)] is RaciRole.C  # type: ignore[union-attr]
    assert page.raci.data(_cell(opened, task.id, free.id)) == "C"
    qtbot.keyClick(page.raci_view, Qt.Key.Key_Delete)
    assert (task.id, free.id) not in page.team().raci  # type: ignore[union-attr]
    assert opened.doc.undo_stack.count() == 2
    opened.doc.undo_stack.undo()
    opened.doc.undo_stack.undo()
    assert dump(opened.path) == before


def test_raci_click_cycles_and_a_second_a_is_refused(opened: Opened, qtbot: Any) -> None:
    page = opened.page
    page.tabs.setCurrentWidget(page.raci_view.parentWidget().parentWidget())
    data = page.team()
    assert data is not None
    task_id, holder = next(k for k, v in data.raci.items() if v is RaciRole.A)
    free = next(s for s in data.stakeholders if (task_id, s.id) not in data.raci)
    index = _cell(opened, task_id, free.id)
    assert page.raci.next_role(index) is RaciRole.R
    page.set_raci(index, page.raci.next_role(index))  # what a click does
    assert page.team().raci[(task_id, free.id)] is RaciRole.R  # type: ignore[union-attr]
    before = dump(opened.path)
    index = _cell(opened, task_id, free.id)
    assert page.raci.next_role(index) is RaciRole.A
    page.set_raci(index, RaciRole.A)  # the next click: a second A
    assert dump(opened.path) == before
    holder_name = next(s.name for s in data.stakeholders if s.id == holder)
    assert opened.errors and holder_name in opened.errors[-1]
    assert opened.doc.undo_stack.count() == 1


def test_raci_violations_are_listed_and_highlighted(opened: Opened) -> None:
    page = opened.page
    data = page.team()
    assert data is not None
    task = data.tasks[-1]
    # Take every R away from one task: it is listed, and its row is coloured.
    for (task_id, sid), role in list(data.raci.items()):
        if task_id == task.id and role is RaciRole.R:
            page.set_raci(_cell(opened, task_id, sid), None)
    listed = [page.problems_list.item(i).text() for i in range(page.problems_list.count())]
    assert any(text.startswith(f"{task.wbs} {task.name}") for text in listed)
    row = page.raci.task_row(task.id)
    assert page.raci.data(page.raci.index(row, 0), Qt.ItemDataRole.BackgroundRole) is not None


def test_raci_export_writes_the_matrix(opened: Opened, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = opened.page.export_raci(str(tmp_path / "raci.xlsx"))
    assert out is not None
    ws = load_workbook(out).worksheets[0]
    data = opened.page.team()
    assert data is not None
    assert ws.max_row >= len(data.tasks) + 1
    assert [c.value for c in ws[1]][2:] == [s.name for s in data.stakeholders]


def test_stakeholder_dialog_adds_and_edits_with_undo(
    opened: Opened, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = opened.page
    before = dump(opened.path)

    def fill(dialog: StakeholderDialog) -> int:
        ui = dialog._ui
        ui.nameEdit.setText("审计顾问")
        ui.externalCheck.setChecked(True)
        ui.organisationEdit.setText("中诚会计师事务所")
        ui.influenceSpin.setValue(4)
        ui.interestSpin.setValue(2)
        ui.awarenessSpin.setValue(4)
        ui.desireSpin.setValue(2)
        assert "意愿" in ui.barrierValue.text() or "Desire" in ui.barrierValue.text()
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(StakeholderDialog, "exec", fill)
    page.add_stakeholder()
    added = next(s for s in page.team().stakeholders if s.name == "审计顾问")  # type: ignore[union-attr]
    assert added.external and (added.influence, added.interest) == (4, 2)
    assert added.adkar[:2] == (4, 2)

    def change(dialog: StakeholderDialog) -> int:
        dialog._ui.positionEdit.setText("合伙人")
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(StakeholderDialog, "exec", change)
    page.edit_stakeholder(added.id)
    edited = next(s for s in page.team().stakeholders if s.id == added.id)  # type: ignore[union-attr]
    assert edited.position == "合伙人" and edited.organisation == "中诚会计师事务所"
    assert opened.doc.undo_stack.count() == 2
    opened.doc.undo_stack.undo()
    opened.doc.undo_stack.undo()
    assert dump(opened.path) == before
    opened.doc.undo_stack.redo()  # the same row comes back, so the edit redoes onto it
    opened.doc.undo_stack.redo()
    again = next(s for s in page.team().stakeholders if s.id == added.id)  # type: ignore[union-attr]
    assert again.position == "合伙人"


def test_a_team_member_needs_a_roster_person(
    opened: Opened, message_boxes: Any, qtbot: Any
) -> None:
    dialog = MemberDialog(None, None, opened.page)
    qtbot.addWidget(dialog)
    dialog._ui.personEdit.setText("不在花名册的人")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert message_boxes.shown and "roster" in message_boxes.shown[-1][1]


def test_member_added_in_a_role_is_undone(opened: Opened, monkeypatch: pytest.MonkeyPatch) -> None:
    page = opened.page
    data = page.team()
    assert data is not None
    member = next(m for m in data.members if m.role is TeamRole.KEY_USER)
    before = dump(opened.path)

    def pick(dialog: MemberDialog) -> int:
        dialog._ui.personEdit.set_person(member.person_id, member.name)
        dialog._ui.roleCombo.setCurrentIndex(dialog._ui.roleCombo.findData(TeamRole.IT.value))
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(MemberDialog, "exec", pick)
    page.add_member()
    roles = {m.role for m in page.team().members if m.person_id == member.person_id}  # type: ignore[union-attr]
    assert roles == {TeamRole.KEY_USER, TeamRole.IT}
    page.add_member()  # the same role a second time: refused, named
    assert opened.errors and member.name in opened.errors[-1]
    opened.doc.undo_stack.undo()
    assert dump(opened.path) == before


def test_engagement_matrix_sorts_by_gap(opened: Opened) -> None:
    page = opened.page
    proxy = page.engagement_view.model()
    gaps = [proxy.index(r, EngagementModel.GAP).data() for r in range(proxy.rowCount())]
    assert gaps == sorted(gaps, reverse=True) and gaps[0] > 0
    first = proxy.index(0, 0).data(ID_ROLE)
    assert isinstance(first, int)


def test_overdue_tile_lists_who_to_contact(opened: Opened, qtbot: Any) -> None:
    shown: list[str] = []
    tile = OverdueContactsTile(lambda: shown.append("team"))
    qtbot.addWidget(tile)
    tile.set_document(opened.doc)
    overdue = team_service.load_team(opened.store).overdue()
    assert overdue and tile.list.count() == min(len(overdue), 8) + (len(overdue) > 8)
    assert overdue[0].name in tile.list.item(0).text()
    tile.open_button.click()
    assert shown == ["team"]
    # Contacting them today takes them off the list.
    from oa_desk.services import records

    data = team_service.load_team(opened.store)
    for s in overdue:
        records.update_record(opened.store, "stakeholder", s.id, {"last_contact": data.status_date})
    tile.on_changed(Changes.all())

    assert tile.list.count() == 0


def test_the_window_has_the_page_and_the_tile(window: MainWindow, plan: Path) -> None:
    assert FEATURE in window.features
    assert window.open_path(plan)
    window.show_page("team")
    page = window.page("team")
    assert isinstance(page, TeamPage) and page.team() is not None
    overview = window.page("overview")
    assert any(isinstance(t, OverdueContactsTile) for t in overview.tiles())  # type: ignore[attr-defined]
