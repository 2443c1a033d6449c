"""The Overview's dashboard: numbers first, each chart read on its own turn and drawn
lazily, a change re-reads only its charts, an undo shows the figures before, the
words follow the language, and the status report is written from the page."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.overview import FEATURE
from oa_desk.gui.overview.dashboard import ALL_KINDS, CHART_NAMES
from oa_desk.gui.overview.page import OverviewPage
from oa_desk.gui.risks import operations as risk_operations
from oa_desk.services.demo import generate_demo
from oa_desk.store.planfile import open_plan


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dashboard-gui") / "demo.oadesk"
    generate_demo(path, scale=1)
    return path


@pytest.fixture
def page_and_doc(demo_master: Path, tmp_path: Path, qtbot: Any) -> Iterator[tuple[Any, Any]]:
    path = tmp_path / "plan.oadesk"
    shutil.copyfile(demo_master, path)
    with open_plan(path, snapshot=False) as store:
        page = OverviewPage()
        qtbot.addWidget(page)
        page.resize(1200, 900)
        page.show()
        qtbot.waitExposed(page)
        doc = PlanDocument(store)
        doc.changed.connect(page.on_changed)
        yield page, doc
        page.set_document(None)


def test_the_overview_hears_every_change_its_charts_show() -> None:
    assert FEATURE.shows >= ALL_KINDS


def test_numbers_paint_before_the_charts_are_read(page_and_doc: Any, qtbot: Any) -> None:
    page, doc = page_and_doc
    board = page.dashboard
    page.set_document(doc)
    assert page.form.tasksValue.text() not in ("", "—")  # the page's numbers: at once
    assert not board.figures  # the charts' figures: after the first paint
    qtbot.waitUntil(lambda: set(board.figures) == set(CHART_NAMES), timeout=10_000)
    assert "late" in board.summary.text() and "open ticket" in board.summary.text()
    for name in CHART_NAMES:
        view = board.views[name]
        view.draw_now()
        assert view.has_figure(), name


def test_a_new_risk_re_reads_the_risks_chart_and_undo_restores_it(
    page_and_doc: Any, qtbot: Any
) -> None:
    page, doc = page_and_doc
    board = page.dashboard
    page.set_document(doc)
    board.load_all()
    before = board.figures["risks"]
    schedule = board.figures["schedule"]
    loaded: list[str] = []
    board.loaded.connect(loaded.append)
    new = {"title": "关键用户集体请假", "category": "resistance", "probability": 5, "impact": 5}
    step = risk_operations.add_risk(doc, new)
    assert step is not None
    qtbot.waitUntil(lambda: "risks" in loaded, timeout=5000)
    assert board.figures["risks"][0].title == "关键用户集体请假"
    assert board.figures["schedule"] is schedule  # not read again: no task changed
    assert loaded == ["risks"]
    doc.undo_stack.undo()
    qtbot.waitUntil(lambda: loaded.count("risks") == 2, timeout=5000)
    assert board.figures["risks"] == before


def test_the_charts_speak_the_users_language(page_and_doc: Any) -> None:
    page, doc = page_and_doc
    page.set_document(doc)
    texts = page.dashboard.chart_texts()
    assert texts.schedule == "Schedule health"
    report = page.dashboard.report_texts()
    assert report.title == "Status report" and report.charts == texts


def test_export_the_status_report_from_the_page(page_and_doc: Any, tmp_path: Path) -> None:
    page, doc = page_and_doc
    page.set_document(doc)
    pdf = tmp_path / "status.pdf"
    assert page.dashboard.export_button.isEnabled()
    assert page.dashboard.export_pdf(pdf) == 3
    assert pdf.read_bytes().startswith(b"%PDF")


def test_no_plan_no_charts(qtbot: Any) -> None:
    page = OverviewPage()
    qtbot.addWidget(page)
    page.set_document(None)
    assert not page.dashboard.export_button.isEnabled()
    assert not page.dashboard.figures
    page.dashboard.on_changed(Changes.update(ChangeKind.RISK, [1]))
    assert not page.dashboard.figures


def test_a_chart_whose_read_fails_says_so_and_the_others_still_load(
    page_and_doc: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from oa_desk.services import dashboard_data

    def broken(*_args: Any) -> Any:
        raise OSError("disk I/O error")

    monkeypatch.setattr(dashboard_data, "support_figures", broken)
    page, doc = page_and_doc
    page.set_document(doc)
    page.dashboard.load_all()
    assert "support" not in page.dashboard.figures
    assert set(page.dashboard.figures) == set(CHART_NAMES) - {"support"}
    assert "disk I/O error" in page.dashboard.summary.text()


def test_the_dashboard_and_the_adoption_page_in_chinese(
    window: Any, demo_master: Path, tmp_path: Path, qtbot: Any
) -> None:
    path = tmp_path / "plan.oadesk"
    shutil.copyfile(demo_master, path)
    assert window.open_path(path)
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.menu_file.title() == "文件(&F)")
    overview = window.page("overview")
    board = overview.dashboard
    assert board.title() == "仪表板" and board.export_button.text() == "导出状态报告（PDF）…"
    texts = board.chart_texts()
    assert texts.schedule == "进度健康度" and texts.empty == "暂无数据"
    assert board.report_texts().title == "项目状态报告"
    # Below the fold of the real window (never painted): its charts still read, later.
    qtbot.waitUntil(lambda: set(board.figures) == set(CHART_NAMES), timeout=15_000)
    window.show_page("adoption")
    adoption = window.page("adoption")
    qtbot.waitUntil(lambda: adoption.card() is not None)
    assert adoption.export_button.text() == "导出通报…"
    assert "目标（来自 KPI）" in adoption.targets_label.text()
    assert adoption.model.headerData(0, Qt.Orientation.Horizontal) == "排名"
    window.set_language("en")
    qtbot.waitUntil(lambda: adoption.export_button.text() == "Export Scorecard…")


def _gated(monkeypatch: pytest.MonkeyPatch, name: str) -> tuple[Any, list[int]]:
    """Make ``dashboard_data.<name>`` wait for a gate on its first call; returns the
    gate and the threads every call ran on."""
    import threading

    from oa_desk.services import dashboard_data

    real = getattr(dashboard_data, name)
    gate, threads = threading.Event(), []

    def slow(*args: Any) -> Any:
        threads.append(threading.get_ident())
        if len(threads) == 1:
            assert gate.wait(10), "the test never opened the gate"
        return real(*args)

    monkeypatch.setattr(dashboard_data, name, slow)
    return gate, threads


def test_the_figures_are_read_off_the_gui_thread_and_the_window_keeps_turning(
    page_and_doc: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from PySide6.QtCore import QTimer

    gate, threads = _gated(monkeypatch, "schedule_health")
    page, doc = page_and_doc
    board = page.dashboard
    page.set_document(doc)
    qtbot.waitUntil(lambda: bool(threads), timeout=5000)  # the schedule read has started
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=2000)  # while the read is blocked
    timer.stop()
    assert "schedule" not in board.figures  # still reading
    assert threads[0] != threading.get_ident()  # not on the GUI thread
    gate.set()
    qtbot.waitUntil(lambda: set(board.figures) == set(CHART_NAMES), timeout=10_000)
    assert "late" in board.summary.text()


def test_an_answer_read_before_a_change_is_dropped_and_read_again(
    page_and_doc: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate, threads = _gated(monkeypatch, "risk_bars")
    page, doc = page_and_doc
    board = page.dashboard
    page.set_document(doc)
    qtbot.waitUntil(lambda: bool(threads), timeout=5000)  # the first risks read is running
    new = {"title": "关键用户集体请假", "category": "resistance", "probability": 5, "impact": 5}
    assert risk_operations.add_risk(doc, new) is not None  # meanwhile, a new risk
    gate.set()  # the first read now answers, with or without the new risk: out of date
    qtbot.waitUntil(lambda: board.dropped >= 1 and "risks" in board.figures, timeout=10_000)
    assert len(threads) == 2  # read again after the change
    assert board.figures["risks"][0].title == "关键用户集体请假"


def test_closing_the_plan_while_a_chart_is_read_drops_its_answer(
    page_and_doc: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate, threads = _gated(monkeypatch, "schedule_health")
    page, doc = page_and_doc
    board = page.dashboard
    page.set_document(doc)
    qtbot.waitUntil(lambda: bool(threads), timeout=5000)
    import threading

    threading.Timer(0.1, gate.set).start()  # the read ends while the GUI thread waits
    page.set_document(None)  # waits for the read in flight (its store closes next)
    qtbot.wait(50)  # the stale answer arrives, and is dropped
    assert not board.figures and not board._reads.busy()
    assert board.summary.text() == ""
