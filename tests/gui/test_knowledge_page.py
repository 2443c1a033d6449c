"""The Knowledge base page: search, the article editor and its undo, a refusal that
changes nothing, articles from tickets, feedback rounds from a results file, the FAQ
sheet and the PDF booklet; the suggestion widget and the support charts."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog

from oa_desk.domain.changes import Changes
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.knowledge import FEATURE
from oa_desk.gui.knowledge.page import ROUNDS, KnowledgePage
from oa_desk.gui.knowledge.round_dialog import RoundDialog
from oa_desk.gui.main_window import MainWindow
from oa_desk.gui.messages import describe
from oa_desk.gui.widgets.article_suggest import ArticleSuggestions
from oa_desk.gui.widgets.support_charts import SupportCharts
from oa_desk.services import feedback
from oa_desk.services import knowledge as kb
from oa_desk.services.demo import generate_demo
from oa_desk.store.planfile import PlanStore, open_plan
from tests.pdf_text import pdf_text
from tests.pg import dump_store


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kb-gui") / "demo.oadesk"
    generate_demo(path, scale=1)
    return path


@pytest.fixture
def plan(demo_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "plan.oadesk"
    shutil.copyfile(demo_master, path)
    return path


class Opened:
    def __init__(self, page: KnowledgePage, doc: PlanDocument, store: PlanStore) -> None:
        self.page, self.doc, self.store = page, doc, store
        self.errors: list[str] = []
        doc.failed.connect(lambda exc: self.errors.append(describe(exc)))
        doc.changed.connect(page.on_changed)


@pytest.fixture
def opened(plan: Path, qtbot: Any) -> Iterator[Opened]:
    with open_plan(plan, snapshot=False) as store:
        page = KnowledgePage()
        qtbot.addWidget(page)
        page.resize(1200, 700)
        page.show()
        qtbot.waitExposed(page)
        doc = PlanDocument(store)
        page.set_document(doc)
        yield Opened(page, doc, store)
        page.set_document(None)


def test_models_pass_the_model_tester(opened: Opened, qtmodeltester: Any) -> None:
    assert opened.page.articles.model.rowCount() > 0
    qtmodeltester.check(opened.page.articles.model)
    opened.page.tabs.setCurrentIndex(ROUNDS)
    assert opened.page.rounds.model.rowCount() > 0
    qtmodeltester.check(opened.page.rounds.model)
    opened.page.rounds.chart.draw_now()  # satisfaction by round, beside the rounds
    figure = opened.page.rounds.chart.figure()
    assert figure is not None and figure.axes[0].lines


def test_searching_a_two_character_chinese_word(opened: Opened, qtbot: Any) -> None:
    tab = opened.page.articles
    everything = tab.model.rowCount()
    tab.search.setText("密码")
    qtbot.waitUntil(lambda: tab.model.rowCount() < everything, timeout=3000)
    questions = [tab.model.row_at(r).question for r in range(tab.model.rowCount())]
    assert questions and all("密码" in kb.plain_text(q) or q for q in questions)
    hits = {h.id for h in kb.find_articles(opened.store, "密码", limit=500)}
    assert {tab.model.row_at(r).id for r in range(tab.model.rowCount())} == hits
    assert "found" in tab.summary.text()


def test_a_new_article_is_one_undo_step_and_redo_keeps_its_id(opened: Opened) -> None:
    tab = opened.page.articles
    before = dump_store(opened.store)
    tab.new_article()
    tab.question.setText("电子签章怎么申请？")
    tab.answer.setHtml("<p>在<b>印章管理</b>中提交申请。</p><script>x()</script>")
    tab.tags.setText("签章, 印章")
    tab.save()
    assert not opened.errors
    current = tab._current
    assert current is not None and current.question == "电子签章怎么申请？"
    assert "<b>印章管理</b>" in current.answer and "script" not in current.answer
    assert current.tags == ("印章", "签章")
    stack = opened.doc.undo_stack
    assert stack.count() == 1 and "电子签章" in stack.undoText()
    stack.undo()
    assert dump_store(opened.store) == before
    stack.redo()
    assert kb.article_detail(opened.store, current.id) is not None
    assert [h.id for h in kb.find_articles(opened.store, "电子签章")] == [current.id]


def test_an_empty_question_is_refused_with_a_message_and_nothing_changes(opened: Opened) -> None:
    tab = opened.page.articles
    before = dump_store(opened.store)
    tab.question.setText("   ")
    tab.save()
    assert opened.errors == ["Question cannot be empty."]  # the register's own words
    assert dump_store(opened.store) == before
    assert opened.doc.undo_stack.count() == 0


def test_an_article_from_a_ticket_and_linking_another(
    opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = opened.page.articles
    with opened.store.read() as s:
        sql = "SELECT number FROM ticket ORDER BY number LIMIT 2"
        first, second = s.connection().exec_driver_sql(sql).scalars()
    numbers = iter([f" {first.lower()} ", second])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(numbers), True))
    tab.from_ticket()
    current = tab._current
    assert current is not None and [t[1] for t in current.tickets] == [first]
    tab.link_ticket()
    current = tab._current
    assert current is not None and [t[1] for t in current.tickets] == [first, second]
    tab.tickets.setCurrentRow(1)
    tab.unlink_ticket()
    assert tab._current is not None and len(tab._current.tickets) == 1
    assert opened.doc.undo_stack.count() == 3
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("T-99999", True))
    tab.link_ticket()
    assert opened.errors == ["There is no ticket T-99999."]


def _results(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["满意度", "意见", "建议"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_importing_results_lists_problems_or_adds_the_round(
    opened: Opened, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened.page.tabs.setCurrentIndex(ROUNDS)
    tab = opened.page.rounds
    before = dump_store(opened.store)
    tab.import_results(_results(tmp_path / "bad.xlsx", [[4, "好", ""], [7, "", ""]]))
    assert "nothing was imported" in tab.problem_box.text()
    assert "Row 3, column A, “7”" in tab.problem_box.detailedText()
    tab.problem_box.close()
    fake = tmp_path / "结果.xlsx"
    fake.write_bytes(b"not a workbook at all")
    tab.import_results(fake)
    assert len(opened.errors) == 1 and "结果.xlsx" in opened.errors[0]
    opened.errors.clear()
    assert dump_store(opened.store) == before
    count = tab.model.rowCount()
    monkeypatch.setattr(RoundDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    tab.import_results(
        _results(tmp_path / "ok.xlsx", [[4, "好用", "希望手机也能批量审批"], [5, "", ""]])
    )
    assert tab.model.rowCount() == count + 1
    new = max(feedback.list_rounds(opened.store), key=lambda r: r.id)
    assert (new.respondents, new.satisfaction) == (2, 4.5)
    row = next(r for r in range(tab.model.rowCount()) if tab.model.row_at(r).id == new.id)
    tab.view.selectRow(row)
    tab.comments.setCurrentRow(1)
    assert tab.comments.currentItem().text() == "★ 希望手机也能批量审批"
    tab.suggestion_to_ticket()
    assert not opened.errors
    assert "ticket" in opened.doc.undo_stack.undoText().lower()
    opened.doc.undo_stack.undo()
    opened.doc.undo_stack.undo()
    assert dump_store(opened.store) == before


def test_the_faq_sheet_and_the_pdf_booklet(opened: Opened, tmp_path: Path) -> None:
    n = opened.page.export_faq(tmp_path / "faq.xlsx")
    assert n == len(kb.list_articles(opened.store))
    wb = openpyxl.load_workbook(tmp_path / "faq.xlsx")
    ws = wb.active
    assert ws is not None
    assert [c.value for c in ws[1]][:2] == ["Question", "Answer"]
    assert ws.max_row == n + 1
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$1:$1"
    assert all("<" not in str(ws.cell(r, 2).value or "") for r in range(2, n + 2))
    pages = opened.page.export_booklet(tmp_path / "faq.pdf")
    assert pages is not None and pages >= 2
    text = pdf_text(tmp_path / "faq.pdf")
    question = kb.list_articles(opened.store)[0].question
    assert question[:6] in text.replace("\n", "")
    assert "Knowledge base" in text


def test_article_suggestions_are_the_top_five_and_a_click_chooses(
    opened: Opened, qtbot: Any
) -> None:
    widget = ArticleSuggestions()
    qtbot.addWidget(widget)
    widget.show()
    widget.set_document(opened.doc)
    widget.set_text("报销")
    qtbot.waitUntil(lambda: bool(widget.ids()), timeout=3000)
    expected = [h.id for h in kb.find_articles(opened.store, "报销", limit=5)]
    assert widget.ids() == expected and len(expected) <= 5
    with qtbot.waitSignal(widget.article_chosen) as chosen:
        item = widget.list.item(0)
        rect = widget.list.visualItemRect(item)
        qtbot.mouseClick(widget.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chosen.args == [expected[0]]
    widget.set_text("")
    widget.search_now()
    assert widget.ids() == []


def test_support_charts_draw_each_figure(opened: Opened, qtbot: Any) -> None:
    panel = SupportCharts()
    qtbot.addWidget(panel)
    panel.resize(1000, 900)
    panel.show()
    panel.set_document(opened.doc)
    figures = panel.figures()
    assert figures is not None and not figures.flow.empty
    for view in panel.views:
        view.draw_now()
        assert view.has_figure()
    panel.on_changed(
        kb.save_article(
            opened.store, None, {"question": "新问题"}, today=figures.flow.days[-1]
        ).changes
    )
    assert panel.figures() is not figures


def test_the_overview_tile_counts_articles_and_the_questions_asked_most(
    opened: Opened, qtbot: Any
) -> None:
    from oa_desk.gui.knowledge.tile import KnowledgeTile

    shown: list[bool] = []
    tile = KnowledgeTile(lambda: shown.append(True))
    qtbot.addWidget(tile)
    tile.set_document(opened.doc)
    from oa_desk.services.knowledge_summary import summary

    data = summary(opened.store)
    assert data.articles == len(kb.list_articles(opened.store))
    assert tile.summary.text().startswith(f"{data.articles} article")
    assert "satisfaction" in tile.summary.text()
    assert tile.list.count() == len(data.top) == 3
    assert tile.list.item(0).text().startswith(data.top[0][0])
    tile.open_button.click()
    assert shown == [True]
    kb.save_article(opened.store, None, {"question": "又一篇"}, today=dt.date(2026, 6, 1))
    tile.on_changed(Changes.all())
    assert tile.summary.text().startswith(f"{data.articles + 1} article")


def test_the_window_has_the_page(window: MainWindow, plan: Path) -> None:
    assert FEATURE in window.features
    keys = [f.key for f in window.features]
    assert keys.index("knowledge") == keys.index("support") + 1
    assert window.open_path(plan)
    window.show_page("knowledge")
    page = window.page("knowledge")
    assert isinstance(page, KnowledgePage) and page.articles.model.rowCount() > 0
    from oa_desk.gui.knowledge.tile import KnowledgeTile

    tiles = [t for t in window.page("overview").tiles() if isinstance(t, KnowledgeTile)]  # type: ignore[attr-defined]
    assert tiles and tiles[0].list.count() > 0


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_each_tab_has_unique_mnemonics(window: MainWindow, plan: Path, language: str) -> None:
    from tests.gui.test_mnemonics import clashes, widget_texts

    window.set_language(language)
    assert window.open_path(plan)
    window.show_page("knowledge")
    page = window.page("knowledge")
    assert isinstance(page, KnowledgePage)
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    for tab in (page.articles, page.rounds):
        texts = [*tabs, *widget_texts(tab)]
        assert not clashes(texts), texts
    if language == "zh_CN":
        assert page.tabs.tabText(0) == "文章(&A)"
