"""The People page: the roster (windowed, filtered and sorted in SQL), a person's page,
the department tree with its gate, the wave board; each edit undone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from oa_desk.domain.enums import AudienceTier
from oa_desk.domain.gates import GateColour
from oa_desk.gui.main_window import MainWindow
from oa_desk.gui.people.page import PeoplePage
from oa_desk.gui.people.roster_model import ID_ROLE, PAGE, RosterCol, RosterModel
from oa_desk.services import departments as dep_service
from oa_desk.services import gates as gate_service
from oa_desk.services import people as people_service
from oa_desk.services.demo import generate_demo
from oa_desk.store.roster import RosterRow, RosterSort
from tests.gui.conftest import MessageBoxes


def _rows(n: int) -> list[RosterRow]:
    return [
        RosterRow(i, f"{i:06d}", f"员工{i}", "财务部", "会计", f"e{i}@x.cn",
                  AudienceTier.END_USER, i % 7 != 0)
        for i in range(1, n + 1)
    ]  # fmt: skip


def test_the_roster_model_loads_windows_when_painted(qtmodeltester: Any) -> None:
    everyone = _rows(PAGE * 3 + 17)
    reads: list[tuple[int, int]] = []

    def load(offset: int, limit: int) -> list[RosterRow]:
        reads.append((offset, limit))
        return everyone[offset : offset + limit]

    model = RosterModel()
    model.set_source(len(everyone), load)
    assert model.rowCount() == len(everyone) and reads == [(0, PAGE)]  # the first screen only
    far = model.index(PAGE * 3 + 5, RosterCol.NAME)
    assert model.data(far) is None  # not read yet
    model.want(PAGE * 3 + 5)
    assert reads == [(0, PAGE)]  # asked for, read when control returns to the loop
    model.load_wanted()
    assert model.data(far) == everyone[PAGE * 3 + 5].name
    model.ensure_rows(PAGE + 1, PAGE * 2 + 1)  # what a scroll shows is read before it paints
    assert reads[-2:] == [(PAGE, PAGE), (PAGE * 2, PAGE)]
    assert model.row_at(PAGE * 2 + 1) == everyone[PAGE * 2 + 1]
    assert model.data(far, ID_ROLE) == everyone[PAGE * 3 + 5].id
    qtmodeltester.check(model)
    sorts: list[tuple[RosterSort, bool]] = []
    model.sort_requested.connect(lambda s, d: sorts.append((s, d)))
    model.sort(RosterCol.EMAIL, Qt.SortOrder.DescendingOrder)
    assert sorts == [(RosterSort.EMAIL, True)]


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("people") / "demo.oadesk"
    generate_demo(path, today=dt.date(2026, 11, 20))
    return path


@pytest.fixture
def page(window: MainWindow, demo_master: Path, tmp_path: Path, qtbot: Any) -> PeoplePage:
    path = tmp_path / "人员.oadesk"
    path.write_bytes(demo_master.read_bytes())
    assert window.open_path(path)
    window.show_page("people")
    people = window.page("people")
    assert isinstance(people, PeoplePage)
    qtbot.waitUntil(lambda: people.roster.model.total() > 0)
    return people


def test_search_filters_and_sorting_are_queries(page: PeoplePage, qtbot: Any) -> None:
    roster = page.roster
    total = roster.model.total()
    first = roster.model.row_at(0)
    assert first is not None
    roster.search.setText(first.employee_no)
    qtbot.waitUntil(lambda: page.roster.model.total() < total)
    roster = page.roster  # the same tab unless a language change made it again
    assert first.id in {roster.model.data(roster.model.index(r, 0), ID_ROLE)
                        for r in range(roster.model.rowCount())}  # fmt: skip
    roster.search.clear()
    qtbot.waitUntil(lambda: page.roster.model.total() == total)
    roster = page.roster
    roster.tier.setCurrentIndex(roster.tier.findData(AudienceTier.LEADERSHIP))
    assert 0 < roster.model.total() < total
    assert all(
        roster.model.row_at(r).tier == AudienceTier.LEADERSHIP  # type: ignore[union-attr]
        for r in range(min(PAGE, roster.model.total()))
    )
    roster.tier.setCurrentIndex(0)
    roster.view.horizontalHeader().setSortIndicator(
        RosterCol.EMPLOYEE_NO, Qt.SortOrder.DescendingOrder
    )
    numbers = [roster.model.row_at(r).employee_no for r in range(20)]  # type: ignore[union-attr]
    assert numbers == sorted(numbers, reverse=True)
    assert roster.count.text().startswith(str(total))


def test_a_person_is_shown_added_deactivated_and_undone(
    page: PeoplePage, window: MainWindow, qtbot: Any
) -> None:
    roster = page.roster
    doc = window.doc
    assert doc is not None
    roster.view.selectRow(0)
    card = roster.panel
    assert card.heading.text().startswith(roster.model.row_at(0).name)  # type: ignore[union-attr]
    assert card.trainings.count() > 0 and card.tickets.count() > 0
    pid = roster.current_id()
    assert pid is not None
    roster.toggle_active()
    assert people_service.read_card(doc.store, pid).active is False  # type: ignore[union-attr]
    assert roster.deactivate_button.text() == "Reactivate"
    doc.undo_stack.undo()
    assert people_service.read_card(doc.store, pid).active is True  # type: ignore[union-attr]
    total = roster.model.total()
    from oa_desk.gui.people import operations

    operations.add_person(doc, {"employee_no": "990001", "name": "新同事"})
    assert roster.model.total() == total + 1
    doc.undo_stack.undo()
    assert roster.model.total() == total


def test_bad_department_edits_are_refused_with_a_message(
    page: PeoplePage, window: MainWindow, message_boxes: MessageBoxes
) -> None:
    page.tabs.setCurrentWidget(page.departments)
    tab = page.departments
    tree = tab.tree_data
    top = next(d for d in tree.departments if d.parent_id is None and tree.children(d.id))
    child = tree.children(top.id)[0]
    tab.move_under(top.id, child.id)
    assert "cannot be its own ancestor" in message_boxes.shown[-1][1]
    tab.rename(tree.children(top.id)[1].id, child.name)
    assert "already called" in message_boxes.shown[-1][1]
    tab.delete(top.id)
    assert "cannot be deleted" in message_boxes.shown[-1][1]
    doc = window.doc
    assert doc is not None and not doc.undo_stack.canUndo()  # nothing was done


def test_rename_move_and_undo_in_the_tree(page: PeoplePage, window: MainWindow) -> None:
    page.tabs.setCurrentWidget(page.departments)
    tab = page.departments
    doc = window.doc
    assert doc is not None
    tree = tab.tree_data
    top = next(d for d in tree.departments if d.parent_id is None and tree.children(d.id))
    a, b = tree.children(top.id)[:2]
    tab.rename(a.id, "综合管理部")
    assert "综合管理部" in {d.name for d in tab.tree_data.departments}
    tab.move_under(a.id, b.id)
    assert next(d for d in tab.tree_data.departments if d.id == a.id).parent_id == b.id
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert next(d for d in tab.tree_data.departments if d.id == a.id) == a


def test_the_gate_colour_follows_the_checklist(page: PeoplePage, window: MainWindow) -> None:
    page.tabs.setCurrentWidget(page.departments)
    tab = page.departments
    doc = window.doc
    assert doc is not None and tab.gates is not None
    # a department whose only shortfall is its checklist
    dep = next(
        d for d, g in tab.gates.gates.items()
        if [r.criterion.value for r in g.reasons()] == ["readiness_items"]
        and not tab.tree_data.children(d)
    )  # fmt: skip
    tab.select(dep)
    before = tab.gates.gates[dep].colour
    assert before in (GateColour.AMBER, GateColour.RED)
    open_items = [i for i in gate_service.read_items(doc.store, dep) if not i.done]
    for item in open_items:
        tab.gate.items.findItems(item.title, Qt.MatchFlag.MatchStartsWith)[0].setCheckState(
            Qt.CheckState.Checked
        )
    assert tab.gates.gates[dep].colour == GateColour.GREEN
    assert tab.gate.colour.text().startswith("green")
    for _ in open_items:
        doc.undo_stack.undo()
    assert tab.gates.gates[dep].colour == before


def test_a_decision_is_recorded_and_undone(page: PeoplePage, window: MainWindow) -> None:
    page.tabs.setCurrentWidget(page.departments)
    tab = page.departments
    doc = window.doc
    assert doc is not None and tab.gates is not None
    dep = next(d for d in tab.gates.gates if d not in tab.gates.reviews)
    tab.select(dep)
    tab.gate.decision.setCurrentIndex(tab.gate.decision.findText("no-go"))
    tab.gate.decided_by.setText("指导委员会")
    tab.gate.record_button.click()
    assert tab.gates.reviews[dep].decided_by == "指导委员会"
    assert "no-go" in tab.gate.recorded.text()
    doc.undo_stack.undo()
    assert dep not in tab.gates.reviews


def test_dragging_a_card_moves_the_department_to_the_wave(
    page: PeoplePage, window: MainWindow
) -> None:
    page.tabs.setCurrentWidget(page.board)
    board = page.board
    doc = window.doc
    assert doc is not None
    waves = [c.wave_id for c in board.columns if c.wave_id is not None]
    first, second = waves[0], waves[1]
    card = board.card_ids(first)[0]
    board.move_card(card, second)
    assert card in board.card_ids(second) and card not in board.card_ids(first)
    tree = dep_service.read_tree(doc.store)
    assert next(d for d in tree.departments if d.id == card).wave_id == second
    assert doc.undo_stack.undoText().startswith("Move")
    doc.undo_stack.undo()
    assert card in board.card_ids(first)


def test_moving_a_go_live_moves_its_milestone_and_undoes_as_one(
    page: PeoplePage, window: MainWindow
) -> None:
    page.tabs.setCurrentWidget(page.departments)
    tab = page.departments
    doc = window.doc
    assert doc is not None
    dep, (task, day) = next((d, v) for d, v in tab.go_lives.items() if v[1] is not None)
    assert day is not None
    tab.select(dep)
    tab.move_go_live(dep, day + dt.timedelta(days=21))
    moved = tab.go_lives[dep][1]
    assert moved is not None and moved >= day + dt.timedelta(days=21)
    from oa_desk.services.timeline import load_timeline

    rows = {r.id: r for r in load_timeline(doc.store).rows}
    assert rows[task].finish == moved  # the Timeline's milestone is the department's go-live
    assert doc.undo_stack.undoText().startswith("Move the go-live")
    doc.undo_stack.undo()
    assert tab.go_lives[dep] == (task, day)


def test_a_waves_thresholds_turn_its_gates_and_contradictions_are_refused(
    page: PeoplePage, window: MainWindow, message_boxes: MessageBoxes, qtbot: Any
) -> None:
    from oa_desk.domain.gates import Thresholds
    from oa_desk.gui.people import operations
    from oa_desk.gui.people.thresholds_dialog import ThresholdsDialog

    doc = window.doc
    assert doc is not None
    dialog = ThresholdsDialog("第一批", Thresholds())
    qtbot.addWidget(dialog)
    dialog.spins["trained_go"].setValue(100)
    assert dialog.values() == {"trained_go": 100}
    gates = gate_service.read_gates(doc.store)
    tree = dep_service.read_tree(doc.store)
    wave = tree.waves[1].id
    in_wave = [d.id for d in tree.departments if d.wave_id == wave]
    operations.set_thresholds(doc, wave, "第一批", {"trained_go": 100, "trained_nogo": 100})
    after = gate_service.read_gates(doc.store)
    assert all(after.gates[d].colour == GateColour.RED for d in in_wave)  # nobody is at 100 %
    operations.set_thresholds(doc, wave, "第一批", {"trained_nogo": 100, "trained_go": 10})
    assert "contradict" in message_boxes.shown[-1][1]
    doc.undo_stack.undo()
    assert gate_service.read_gates(doc.store).gates == gates.gates


def test_the_page_follows_the_language(page: PeoplePage, window: MainWindow, qtbot: Any) -> None:
    page.tabs.setCurrentWidget(page.departments)
    window.translations.apply("zh_CN")
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "花名册")
    assert page.tabs.currentWidget() is page.departments  # the same tab, built again
    assert page.departments.model.horizontalHeaderItem(0).text() == "部门"
    assert page.departments.model.rowCount() > 0  # and the same plan
    window.translations.apply("en")
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "Roster")


def test_a_language_change_keeps_the_rosters_search_filters_and_sort(
    page: PeoplePage, window: MainWindow, qtbot: Any
) -> None:
    roster = page.roster
    roster.tier.setCurrentIndex(roster.tier.findData(AudienceTier.LEADERSHIP))
    roster.view.horizontalHeader().setSortIndicator(
        RosterCol.EMPLOYEE_NO, Qt.SortOrder.DescendingOrder
    )
    leaders = roster.model.total()
    roster.search.setText("0")  # typed, not yet applied when the language changes
    window.translations.apply("zh_CN")
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "花名册")
    rebuilt = page.roster
    assert rebuilt is not roster
    assert rebuilt.search.text() == "0"
    assert rebuilt.tier.currentData() == AudienceTier.LEADERSHIP
    assert rebuilt.tier.currentText() != roster.tier.currentText()  # in the new words
    assert rebuilt.query.sort == RosterSort.EMPLOYEE_NO and rebuilt.query.descending
    header = rebuilt.view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        RosterCol.EMPLOYEE_NO, Qt.SortOrder.DescendingOrder
    )  # fmt: skip
    qtbot.waitUntil(lambda: rebuilt.query.text == "0")  # the typed search, applied
    assert 0 < rebuilt.model.total() <= leaders
    numbers = [rebuilt.model.row_at(r).employee_no for r in range(rebuilt.model.total())]  # type: ignore[union-attr]
    assert numbers == sorted(numbers, reverse=True)
    window.translations.apply("zh_CN")  # the same language again: nothing is made again
    qtbot.wait(50)
    assert page.roster is rebuilt
    window.translations.apply("en")
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "Roster")


def test_the_person_dialog_adds_edits_and_refuses_a_taken_number(
    page: PeoplePage,
    window: MainWindow,
    message_boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from oa_desk.gui.people.person_dialog import PersonDialog

    roster = page.roster
    doc = window.doc
    assert doc is not None
    taken = roster.model.row_at(1)
    assert taken is not None
    typed: dict[str, str] = {}

    def fill(dialog: PersonDialog) -> int:
        for name, value in typed.items():
            getattr(dialog, name).setText(value)
        return int(PersonDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(PersonDialog, "exec", fill)
    total = roster.model.total()
    typed.update(number=taken.employee_no, name="重复工号")
    roster.add_person()
    assert f"already belongs to {taken.name}" in message_boxes.shown[-1][1]
    assert roster.model.total() == total and not doc.undo_stack.canUndo()
    typed.update(number="990777", name="王小明")
    roster.add_person()
    assert roster.model.total() == total + 1
    roster.search.setText("990777")
    roster._apply_filters()
    roster.view.selectRow(0)
    typed.clear()
    typed.update(title="信息专员")
    roster.edit_current()
    card = roster.panel
    assert "信息专员" in card.department.text()
    assert doc.undo_stack.undoText() == "Edit 王小明"
    dialog = PersonDialog(
        roster._tree, people_service.read_card(doc.store, roster.current_id() or 0)
    )
    assert dialog.values() == {}  # nothing typed: nothing to change


def test_a_departments_head_and_headcount_are_edited_and_undone(
    page: PeoplePage, window: MainWindow, qtbot: Any
) -> None:
    from oa_desk.gui.people.department_dialog import DepartmentDialog
    from oa_desk.store.people_search import PersonHit

    page.tabs.setCurrentWidget(page.departments)
    tab = page.departments
    doc = window.doc
    assert doc is not None
    d = next(x for x in tab.tree_data.departments if x.head_id is not None)
    someone = page.roster.model.row_at(5)
    assert someone is not None
    hit = PersonHit(someone.id, someone.employee_no, someone.name, "", "", True)
    dialog = DepartmentDialog(d, lambda _t: [hit])
    qtbot.addWidget(dialog)
    assert dialog.values() == {}
    dialog.head.setText(someone.employee_no)
    dialog.head.search_now()
    dialog.head.pick(0)
    dialog.headcount.setValue(d.headcount + 5)
    values = dialog.values()
    assert values == {"head_id": someone.id, "headcount": d.headcount + 5}
    tab.edit(d.id, values)
    after = tab.tree_data.by_id[d.id]
    assert (after.head_name, after.headcount) == (someone.name, d.headcount + 5)
    doc.undo_stack.undo()
    assert tab.tree_data.by_id[d.id] == d


def test_a_card_dropped_on_another_column_moves_its_department(
    page: PeoplePage, window: MainWindow
) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    page.tabs.setCurrentWidget(page.board)
    board = page.board
    doc = window.doc
    assert doc is not None
    waves = [c.wave_id for c in board.columns if c.wave_id is not None]
    source, target = board.column_of(waves[0]), board.column_of(waves[-1])
    assert source is not None and target is not None
    card = source.item(0)
    dep = int(card.data(Qt.ItemDataRole.UserRole + 1))
    data = source.mimeData([card])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    target.dropEvent(drop)
    assert dep in board.card_ids(waves[-1])
    again = board.column_of(waves[0])
    assert again is not None
    same = again.mimeData([again.item(0)])  # kept: the event does not own its data
    again.dropEvent(  # dropped back where it came from: nothing moves
        QDropEvent(
            QPointF(5, 5),
            Qt.DropAction.MoveAction,
            same,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert dep in board.card_ids(waves[0])


def test_a_merge_in_the_tree_moves_the_people_and_is_undone(
    page: PeoplePage, window: MainWindow
) -> None:
    page.tabs.setCurrentWidget(page.departments)
    tab = page.departments
    doc = window.doc
    assert doc is not None
    tree = tab.tree_data
    target = next(d for d in tree.departments if d.parent_id is None and tree.children(d.id))
    tab.add("临时项目组", target.id)
    source = next(d.id for d in tab.tree_data.departments if d.name == "临时项目组")
    from oa_desk.gui.people import operations

    operations.add_person(doc, {"employee_no": "990555", "name": "赵六", "department_id": source})
    tab.merge(source, target.id)
    assert source not in tab.tree_data.by_id
    assert doc.undo_stack.undoText() == f"Merge 临时项目组 into {target.name}"
    doc.undo_stack.undo()
    assert source in tab.tree_data.by_id and tab.tree_data.by_id[source].people == 1
