"""Task owners are people of the roster, picked by name, pinyin initials or employee
number in the task dialog and in the Timeline's owner cell (searched in SQL)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from oa_desk.gui.main_window import MainWindow
from oa_desk.gui.timeline.model import Col
from oa_desk.gui.timeline.page import TimelinePage
from oa_desk.gui.timeline.task_dialog import TaskDialog
from oa_desk.services import timeline as timeline_service
from oa_desk.services.demo import generate_demo
from oa_desk.store import models as m


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("owner") / "demo.oadesk"
    generate_demo(path, seed=11, today=dt.date(2026, 6, 8))
    return path


@pytest.fixture
def page(window: MainWindow, demo_master: Path, tmp_path: Path, qtbot: Any) -> TimelinePage:
    path = tmp_path / "plan.oadesk"
    path.write_bytes(demo_master.read_bytes())
    assert window.open_path(path)
    window.show_page("timeline")
    qtbot.waitUntil(lambda: bool(window.page("timeline").model.timeline.rows))
    return window.page("timeline")


def _someone(page: TimelinePage, not_id: int | None) -> tuple[int, str, str]:
    """(id, pinyin initials, employee no.) of an active person other than ``not_id``."""
    assert page.store is not None
    with page.store.read() as s:
        row = s.execute(
            select(m.Person.id, m.Person.name_initials, m.Person.employee_no)
            .where(m.Person.active, m.Person.id != (not_id or 0))
            .order_by(m.Person.id.desc())
        ).first()
    assert row is not None
    return int(row.id), str(row.name_initials), str(row.employee_no)


def test_the_dialog_picks_the_owner_by_pinyin_initials(page: TimelinePage, qtbot: Any) -> None:
    row = next(r for r in page._visible if r.owner_id is not None and not r.has_children)
    pid, letters, _no = _someone(page, row.owner_id)
    details = timeline_service.load_task_details(page.store, row.id)
    dialog = TaskDialog(row, details, page.choices(), find=page.finder())
    qtbot.addWidget(dialog)
    picker = dialog._ui.ownerEdit
    assert picker.person_id() == row.owner_id  # the current owner is shown and kept
    assert "owner_id" not in dialog.changes().get("fields", {})
    picker.setText(letters)
    picker.search_now()
    hits = picker.hits()
    index = next(i for i, h in enumerate(hits) if h.id == pid)
    picker.pick(index)
    assert dialog.changes()["fields"]["owner_id"] == pid


def test_free_text_that_is_no_one_is_refused_with_a_message(page: TimelinePage, qtbot: Any) -> None:
    row = next(r for r in page._visible if not r.has_children)
    details = timeline_service.load_task_details(page.store, row.id)
    dialog = TaskDialog(row, details, page.choices(), find=page.finder())
    qtbot.addWidget(dialog)
    dialog._ui.ownerEdit.setText("不在花名册的人")
    dialog._accept()
    assert "owner" in dialog._ui.problemLabel.text().lower()
    assert dialog.result() != TaskDialog.DialogCode.Accepted


def test_the_owner_cell_searches_by_employee_number_and_undoes(
    page: TimelinePage, window: MainWindow
) -> None:
    row_index = next(i for i, r in enumerate(page._visible) if not r.has_children)
    row = page._visible[row_index]
    pid, _name, number = _someone(page, row.owner_id)
    index = page.model.index_of(row.id, Col.OWNER)
    editor = page.delegate.createEditor(page.tree.viewport(), None, index)  # type: ignore[arg-type]
    page.delegate.setEditorData(editor, index)
    editor.setText(number)
    editor.search_now()
    editor.pick(next(i for i, h in enumerate(editor.hits()) if h.id == pid))
    page.delegate.setModelData(editor, page.model, index)
    assert page.model.row_of(row.id).owner_id == pid  # type: ignore[union-attr]
    assert window.doc is not None
    window.doc.undo_stack.undo()
    assert page.model.row_of(row.id).owner_id == row.owner_id  # type: ignore[union-attr]
