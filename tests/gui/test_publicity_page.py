"""The Publicity page: items tied to milestones follow their date, the strip shows this
week and next, late items are counted, and every edit is one undo step."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from oa_desk.domain.enums import Channel, CommStatus
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.main_window import MainWindow
from oa_desk.gui.messages import describe
from oa_desk.gui.publicity import FEATURE
from oa_desk.gui.publicity.dialog import CommunicationDialog
from oa_desk.gui.publicity.page import PublicityPage
from oa_desk.gui.publicity.strip import WeekStrip
from oa_desk.services import records
from oa_desk.services.demo import generate_demo
from oa_desk.services.publicity import load_publicity
from oa_desk.store.planfile import PlanStore, open_plan
from tests.unit.test_row_snapshots import dump


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pub-gui") / "demo.oadesk"
    generate_demo(path, scale=1)
    return path


@pytest.fixture
def plan(demo_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "plan.oadesk"
    shutil.copyfile(demo_master, path)
    return path


class Opened:
    def __init__(
        self, page: PublicityPage, doc: PlanDocument, store: PlanStore, path: Path
    ) -> None:
        self.page, self.doc, self.store, self.path = page, doc, store, path
        doc.changed.connect(page.on_changed)


@pytest.fixture
def opened(plan: Path, qtbot: Any) -> Iterator[Opened]:
    with open_plan(plan, snapshot=False) as store:
        page = PublicityPage()
        qtbot.addWidget(page)
        page.resize(1200, 700)
        page.show()
        qtbot.waitExposed(page)
        doc = PlanDocument(store)
        page.set_document(doc)
        yield Opened(page, doc, store, plan)
        page.set_document(None)


def test_model_passes_the_model_tester(opened: Opened, qtmodeltester: Any) -> None:
    assert opened.page.model.rowCount() > 0
    qtmodeltester.check(opened.page.model)


def test_an_item_tied_to_a_milestone_takes_its_date(
    opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = opened.page
    data = page.publicity()
    assert data is not None
    # the last milestone: three days before the first one would be before the plan starts
    milestone = [m for m in data.milestones if m.finish is not None][-1]
    assert milestone.finish is not None
    before = dump(opened.path)

    def fill(dialog: CommunicationDialog) -> int:
        ui = dialog._ui
        ui.titleEdit.setText("上线倒计时海报")
        ui.channelCombo.setCurrentIndex(ui.channelCombo.findData(Channel.POSTER.value))
        ui.milestoneCombo.setCurrentIndex(ui.milestoneCombo.findData(milestone.id))
        ui.offsetSpin.setValue(-3)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(CommunicationDialog, "exec", fill)
    page.add_item()
    added = next(i for i in page.publicity().items if i.title == "上线倒计时海报")  # type: ignore[union-attr]
    assert added.milestone_id == milestone.id
    assert added.planned_date == milestone.finish - dt.timedelta(days=3)
    assert added.offset_days == -3  # kept: the date follows the milestone when it moves
    from oa_desk.gui.publicity.model import ID_ROLE, CommCol

    shown = {
        page.model.index(r, CommCol.MILESTONE).data()
        for r in range(page.model.rowCount())
        if page.model.index(r, 0).data(ID_ROLE) == added.id
    }
    assert shown == {f"{milestone.label} (-3 d)"}
    opened.doc.undo_stack.undo()
    assert dump(opened.path) == before
    opened.doc.undo_stack.redo()
    assert any(i.id == added.id for i in page.publicity().items)  # type: ignore[union-attr]


def test_marking_sent_fills_the_sent_date(opened: Opened, monkeypatch: pytest.MonkeyPatch) -> None:
    page = opened.page
    data = page.publicity()
    assert data is not None
    item = next(i for i in data.items if i.status is CommStatus.PLANNED)

    def send(dialog: CommunicationDialog) -> int:
        ui = dialog._ui
        ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(CommStatus.PUBLISHED.value))
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(CommunicationDialog, "exec", send)
    page.edit_item(item.id)
    sent = next(i for i in page.publicity().items if i.id == item.id)  # type: ignore[union-attr]
    assert sent.status is CommStatus.PUBLISHED and sent.actual_date == data.status_date


def test_the_strip_shows_this_week_and_next(opened: Opened) -> None:
    data = load_publicity(opened.store)
    first = WeekStrip.first_day(data.status_date)
    assert first.weekday() == 0
    records.add_record(
        opened.store,
        "communication",
        {
            "title": "第二批上线通知",
            "channel": Channel.EMAIL,
            "planned_date": first + dt.timedelta(days=8),
        },
    )
    opened.page.reload()
    strip = opened.page.strip
    titles = [i.title for i in strip.items_on(first + dt.timedelta(days=8))]
    assert "第二批上线通知" in titles
    assert strip.days()[0] == first and len(strip.days()) == 14


def test_late_items_are_counted(opened: Opened) -> None:
    data = load_publicity(opened.store)
    records.add_record(
        opened.store,
        "communication",
        {
            "title": "迟发的培训通知",
            "channel": Channel.WECOM,
            "planned_date": data.status_date - dt.timedelta(days=2),
        },
    )
    opened.page.reload()
    assert any(i.late(data.status_date) for i in opened.page.publicity().items)  # type: ignore[union-attr]
    assert "late" in opened.page.summary.text()


def test_delete_is_undone(opened: Opened) -> None:
    page = opened.page
    before = dump(opened.path)
    count = len(load_publicity(opened.store).items)
    page.view.selectRow(0)
    page.delete_items()
    assert len(load_publicity(opened.store).items) == count - 1
    opened.doc.undo_stack.undo()
    assert dump(opened.path) == before


def test_the_window_has_the_page(window: MainWindow, plan: Path) -> None:
    assert FEATURE in window.features
    assert window.open_path(plan)
    window.show_page("publicity")
    assert isinstance(window.page("publicity"), PublicityPage)


def test_an_offset_before_the_plan_start_is_refused_and_nothing_changes(
    opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = opened.page
    data = page.publicity()
    assert data is not None
    first = next(m for m in data.milestones if m.finish is not None)
    before = dump(opened.path)

    def fill(dialog: CommunicationDialog) -> int:
        ui = dialog._ui
        ui.titleEdit.setText("过早的通知")
        ui.milestoneCombo.setCurrentIndex(ui.milestoneCombo.findData(first.id))
        ui.offsetSpin.setValue(-365)
        return int(QDialog.DialogCode.Accepted.value)

    errors: list[str] = []
    opened.doc.failed.connect(lambda exc: errors.append(describe(exc)))
    monkeypatch.setattr(CommunicationDialog, "exec", fill)
    page.add_item()
    assert dump(opened.path) == before
    assert errors and "before the plan starts" in errors[-1]
    assert opened.doc.undo_stack.count() == 0
