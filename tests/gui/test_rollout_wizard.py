"""File › New from Rollout Template…: walking the wizard's pages, both languages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWizard

from oa_desk.gui.dates import to_qdate
from oa_desk.gui.main_window import MainWindow
from oa_desk.gui.wizard import flow
from oa_desk.gui.wizard.flow import RolloutWizard, save_and_open
from oa_desk.store import models as m
from oa_desk.store.planfile import open_plan

DEPTS = ["财务部", "人力资源部", "行政部", "销售部", "市场部", "采购部", "生产部", "质量部"]


def _fill_basics(wizard: RolloutWizard, go_live: dt.date) -> None:
    ui = wizard.basics.ui
    ui.organisationEdit.setText("华信集团")
    ui.startEdit.setDate(to_qdate(dt.date(2026, 12, 7)))
    ui.goLiveEdit.setDate(to_qdate(go_live))


def test_walking_the_pages_writes_and_opens_the_plan(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = RolloutWizard(None, "zh_CN", window)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.basics.isComplete()  # no organisation yet
    _fill_basics(wizard, dt.date(2027, 9, 1))
    assert wizard.basics.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.departments
    # pasted from Excel: two columns, the first is taken; a duplicate blocks Next
    wizard.departments.ui.departmentsEdit.setPlainText(
        "部门\t人数\n" + "\n".join(f"{d}\t10" for d in DEPTS) + "\n财务部\t3"
    )
    assert not wizard.departments.isComplete()
    assert "财务部" in wizard.departments.ui.problemLabel.text()
    wizard.departments.set_names(DEPTS)
    assert wizard.departments.isComplete()
    wizard.next()
    waves = wizard.waves
    waves.ui.pilotSpin.setValue(2)
    waves.ui.wavesSpin.setValue(3)
    tree = waves.ui.previewTree
    groups = [
        [tree.topLevelItem(i).child(j).text(0) for j in range(tree.topLevelItem(i).childCount())]
        for i in range(tree.topLevelItemCount())
    ]
    assert groups == [DEPTS[:2], DEPTS[2:4], DEPTS[4:6], DEPTS[6:]]
    # ticking a department makes it the pilot
    item = tree.topLevelItem(3).child(1)
    item.setCheckState(0, Qt.CheckState.Checked)
    assert waves.pilot_departments() == ("质量部",)
    assert [
        tree.topLevelItem(0).child(j).text(0) for j in range(tree.topLevelItem(0).childCount())
    ] == ["质量部"]
    waves.ui.wavesSpin.setValue(9)
    assert not waves.isComplete() and waves.ui.problemLabel.text()
    waves.ui.wavesSpin.setValue(3)
    wizard.next()
    summary = wizard.summary
    assert summary.isComplete()
    assert not summary.ui.fitGroup.isVisible()
    assert "2027-09-01" in summary.ui.summaryLabel.text()
    assert "第3批 go-live: 2027-09-01" in summary.ui.summaryLabel.text()  # the plan's wave names
    draft = wizard.draft()
    assert draft is not None
    target = tmp_path / "华信.oadesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    summary.ask_target = lambda d: flow._ask_target(window, d)
    assert summary.validatePage() and summary.target == target
    assert save_and_open(window, draft, target)
    assert window.doc is not None and Path(window.doc.store.path) == target
    window.close_plan()
    with open_plan(target, read_only=True) as store, store.read() as s:
        pilot = s.query(m.Wave).filter(m.Wave.is_pilot).one()
        names = [d.name for d in s.query(m.Department).filter(m.Department.wave_id == pilot.id)]
        assert names == ["质量部"]
        assert s.get_one(m.Plan, 1).target_go_live == dt.date(2027, 9, 1)


def test_a_go_live_too_close_offers_compress_or_move(window: MainWindow, qtbot: Any) -> None:
    wizard = RolloutWizard(None, "en", window)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_basics(wizard, dt.date(2027, 3, 3))
    wizard.next()
    wizard.departments.set_names(DEPTS)
    wizard.next()
    wizard.next()
    summary = wizard.summary
    assert summary.ui.fitGroup.isVisible()
    assert "more working days" in summary.ui.missingLabel.text()
    assert summary.ui.compressRadio.isChecked()
    compressed = wizard.draft()
    assert compressed is not None and compressed.go_live == dt.date(2027, 3, 3)
    assert "compressed" in summary.ui.summaryLabel.text()
    summary.ui.moveRadio.setChecked(True)
    moved = wizard.draft()
    assert moved is not None and moved.go_live == moved.earliest_go_live > dt.date(2027, 3, 3)
    assert any(n.name == "Kickoff meeting" for n in moved.expansion.nodes)  # the plan's language


def test_the_wizard_speaks_chinese_and_explains_refusals(window: MainWindow, qtbot: Any) -> None:
    window.set_language("zh_CN")
    try:
        wizard = RolloutWizard(None, "zh_CN", window)
        qtbot.addWidget(wizard)
        assert wizard.windowTitle() == "从推广模板新建"
        assert wizard.basics.ui.problemLabel.text() == "请填写组织名称。"
        _fill_basics(wizard, dt.date(2027, 10, 1))  # National Day: not a working day
        wizard.show()
        wizard.next()
        wizard.departments.set_names(DEPTS)
        assert wizard.departments.ui.countLabel.text() == "8 个部门"
        wizard.next()
        wizard.next()
        assert not wizard.summary.isComplete()
        assert "不是工作日" in wizard.summary.ui.problemLabel.text()
        qtbot.waitUntil(lambda: window.act_new_rollout.text() == "从推广模板新建(&W)…")
        assert window.act_new_rollout in window.menu_file.actions()
    finally:
        window.set_language("en")


def test_departments_come_from_the_open_plan_or_a_file(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    from oa_desk.services.demo import generate_demo

    demo = tmp_path / "demo.oadesk"
    generate_demo(demo, seed=1, today=dt.date(2026, 6, 8))
    assert window.open_path(demo)
    wizard = RolloutWizard(window.doc, "zh_CN", window)
    qtbot.addWidget(wizard)
    page = wizard.departments
    assert page.ui.fromPlanButton.isEnabled()
    page.ui.fromPlanButton.click()
    assert len(page.names()) >= 10
    gbk = tmp_path / "depts.txt"
    gbk.write_bytes("\n".join(DEPTS).encode("gbk"))
    page.take_from_file(gbk)
    assert page.names() == tuple(DEPTS)
    picture = tmp_path / "depts.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    page.take_from_file(picture)
    assert page.ui.problemLabel.text()  # refused, the list is unchanged
    assert page.names() == tuple(DEPTS)


def test_the_wizard_is_reached_from_the_file_menu_and_the_welcome_page(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[object] = []
    monkeypatch.setattr(flow, "run", calls.append)
    assert window.act_new_rollout in window.menu_file.actions()
    window.act_new_rollout.trigger()
    window.welcome._ui.templateButton.click()
    assert calls == [window, window]


def test_cancel_writes_nothing(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RolloutWizard, "exec", lambda self: QWizard.DialogCode.Rejected)
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    flow.run(window)
    assert asked == [] and window.doc is None


def test_cancelling_the_save_dialog_keeps_the_wizard_open(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = RolloutWizard(None, "en", window)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_basics(wizard, dt.date(2027, 9, 1))
    wizard.next()
    wizard.departments.set_names(DEPTS)
    wizard.next()
    wizard.next()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    wizard.summary.ask_target = lambda d: flow._ask_target(window, d)
    wizard.accept()  # Finish
    assert wizard.isVisible() and wizard.currentPage() is wizard.summary
    assert wizard.summary.target is None
