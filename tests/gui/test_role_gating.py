"""Every page that edits offers only what the user's role allows (issue 16): a
read-only user of a team plan sees the edit actions disabled with a tooltip saying
why; a support desk keeps the hotline, the knowledge base and feedback, not Goals."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

from oa_desk.gui.main_window import MainWindow
from oa_desk.services.demo import generate_demo

WHY = "does not allow"


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("roles-gui") / "demo.oadesk"
    generate_demo(path, scale=1)
    return path


@pytest.fixture
def opened(window: MainWindow, demo_master: Path, tmp_path: Path) -> MainWindow:
    path = tmp_path / "plan.oadesk"
    shutil.copyfile(demo_master, path)
    assert window.open_path(path)
    assert window.doc is not None
    window.doc.store.wait_ready()
    return window


def _as(window: MainWindow, role: str, key: str) -> Any:
    """Show page ``key`` to a user with ``role`` (as the server would say)."""
    doc = window.doc
    assert doc is not None
    doc._role = role
    window.show_page(key)
    page = window.page(key)
    page.set_document(doc)  # type: ignore[attr-defined]
    return page


def _refused(controls: Iterable[Any]) -> None:
    for control in controls:
        assert not control.isEnabled(), control
        assert WHY in control.toolTip(), control


def _goals(page: Any) -> list[Any]:
    page.view.selectRow(0)
    return [
        page.add_goal_button,
        page.edit_goal_button,
        page.delete_goal_button,
        page.add_measurement_button,
    ]


def _buttons(page: Any) -> list[Any]:
    return [page.add_button, page.edit_button, page.delete_button]


def _team(page: Any) -> list[Any]:
    return [
        page.add_member_button,
        page.edit_member_button,
        page.add_stakeholder_button,
        page.delete_stakeholder_button,
    ]


def _roster(page: Any) -> list[Any]:
    return [page.roster.add_button]


def _departments(page: Any) -> list[Any]:
    page.tabs.setCurrentWidget(page.departments)
    page.departments.set_document(page._doc)
    return [page.departments.buttons["add"]]


def _gates(page: Any) -> list[Any]:
    tab = page.departments
    page.tabs.setCurrentWidget(tab)
    tab.set_document(page._doc)
    gated = next(i for i in tab.gates.gates)  # a department whose wave has a gate
    assert tab.select(gated)
    return [tab.gate.record_button]


def _tickets(page: Any) -> list[Any]:
    return [page.tickets.new_button]


def _articles(page: Any) -> list[Any]:
    return [page.articles.new_button, page.articles.from_ticket_button]


def _rounds(page: Any) -> list[Any]:
    page.rounds.set_document(page._doc)
    return [page.rounds.add_button, page.rounds.import_button]


def _empty_timeline(page: Any) -> list[Any]:
    return [page.empty_insert, page.empty_excel, page.empty_import]


PAGES: list[tuple[str, Callable[[Any], list[Any]]]] = [
    ("timeline", _empty_timeline),
    ("goals", _goals),
    ("requirements", _buttons),
    ("publicity", _buttons),
    ("team", _team),
    ("people", _roster),
    ("people", _departments),
    ("people", _gates),
    ("support", _tickets),
    ("knowledge", _articles),
    ("knowledge", _rounds),
]


@pytest.mark.parametrize(("key", "controls"), PAGES, ids=[f"{k}-{c.__name__}" for k, c in PAGES])
def test_a_read_only_role_may_not_edit_on_any_page(
    opened: MainWindow, key: str, controls: Callable[[Any], list[Any]]
) -> None:
    page = _as(opened, "read_only", key)
    _refused(controls(page))
    # The owner gets them back, with their own tooltips.
    page = _as(opened, "owner", key)
    found = controls(page)
    assert found[0].isEnabled() and WHY not in found[0].toolTip()


def test_a_support_desk_keeps_the_hotline_but_not_the_goals(opened: MainWindow) -> None:
    support = _as(opened, "support_desk", "support")
    assert support.tickets.new_button.isEnabled()
    assert support.tickets.hotline_dialog() is not None
    knowledge = _as(opened, "support_desk", "knowledge")
    assert knowledge.articles.new_button.isEnabled()
    goals = _as(opened, "support_desk", "goals")
    _refused(_goals(goals))
    for key, controls in (("requirements", _buttons), ("team", _team)):
        _refused(controls(_as(opened, "support_desk", key)))


def test_a_read_only_role_has_no_hotline(opened: MainWindow) -> None:
    support = _as(opened, "read_only", "support")
    assert support.tickets.hotline_dialog() is None


def test_overview_fields_are_read_only_saying_why(opened: MainWindow) -> None:
    page = _as(opened, "support_desk", "overview")
    fields = list(page._line_edits.values())
    assert fields and all(f.isReadOnly() for f in fields)
    assert WHY in fields[0].toolTip()
    assert page.form.startEdit.isReadOnly()
    page = _as(opened, "editor", "overview")
    assert not page.form.startEdit.isReadOnly() and WHY not in fields[0].toolTip()


def test_adoption_follow_ups_need_their_tables(opened: MainWindow) -> None:
    page = _as(opened, "support_desk", "adoption")
    for button in page.follow_buttons.values():
        assert not button.isEnabled()
        assert WHY in button.toolTip()
    assert page.follow_up("risk") is False


def test_file_menu_writes_are_refused_to_a_support_desk(opened: MainWindow) -> None:
    from oa_desk.gui.excel.actions import find

    doc = opened.doc
    assert doc is not None
    doc._role = "support_desk"
    opened._update_state()
    actions = find(opened)
    assert actions is not None
    actions.update_state()
    assert not actions.act_import.isEnabled() and WHY in actions.act_import.toolTip()
    assert not opened.act_restore.isEnabled() and WHY in opened.act_restore.toolTip()
    doc._role = "owner"
    opened._update_state()
    actions.update_state()
    assert actions.act_import.isEnabled() and opened.act_restore.isEnabled()


def test_a_double_click_does_not_edit_what_the_role_may_not(
    opened: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from oa_desk.gui.people.person_dialog import PersonDialog

    page = _as(opened, "support_desk", "people")
    page.roster.set_document(page._doc)
    page.roster.view.selectRow(0)
    shown: list[object] = []
    monkeypatch.setattr(PersonDialog, "exec", lambda self: shown.append(self) or 0)
    page.roster.edit_current()
    assert shown == []
    page = _as(opened, "editor", "people")
    page.roster.edit_current()
    assert len(shown) == 1


def test_an_import_the_role_may_not_write_is_refused_before_writing(
    opened: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import Workbook

    from oa_desk.gui.excel.actions import ExcelActions, find
    from oa_desk.services import activity, excel

    doc = opened.doc
    assert doc is not None
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["工号", "姓名"])
    ws.append(["88001", "新同事"])
    sheet = tmp_path / "roster.xlsx"
    wb.save(sheet)
    preview = excel.preview_foreign_import(doc.store, sheet, "people")
    assert preview.ok
    before = activity.plan_history(doc.store, limit=1)
    said: list[str] = []
    monkeypatch.setattr(ExcelActions, "show_problem", lambda self, text: said.append(text))
    actions = find(opened)
    assert actions is not None
    doc._role = "support_desk"
    assert actions.apply(preview) is False
    assert said and WHY in said[0]
    assert activity.plan_history(doc.store, limit=1) == before  # nothing written
