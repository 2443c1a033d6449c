"""The Adoption page: the ranked scorecard of a month, a follow-up of a department below
target in one click and its undo, the Excel export, the words in both languages."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from oa_desk.gui.adoption import FEATURE
from oa_desk.gui.adoption.page import AdoptionPage
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.registry import features
from oa_desk.services.demo import generate_demo
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore, open_plan
from tests.unit.test_row_snapshots import dump

TODAY = dt.date(2026, 6, 8)


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("adoption-gui") / "demo.oadesk"
    generate_demo(path, today=TODAY)
    return path


@pytest.fixture
def opened(
    demo_master: Path, tmp_path: Path, qtbot: Any
) -> Iterator[tuple[AdoptionPage, PlanDocument, PlanStore, Path]]:
    path = tmp_path / "plan.oadesk"
    shutil.copyfile(demo_master, path)
    with open_plan(path, snapshot=False) as store:
        page = AdoptionPage()
        qtbot.addWidget(page)
        page.resize(1200, 800)
        page.show()
        qtbot.waitExposed(page)
        doc = PlanDocument(store)
        doc.changed.connect(page.on_changed)
        page.set_document(doc)
        yield page, doc, store, path
        page.set_document(None)


def _count(store: PlanStore, model: Any) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_the_feature_is_in_the_sidebar() -> None:
    assert FEATURE in features() and FEATURE.key == "adoption"


def test_the_month_scorecard_is_ranked_against_the_kpis(opened: Any, qtmodeltester: Any) -> None:
    page, _doc, _store, _path = opened
    card = page.card()
    assert card is not None and card.start == dt.date(2026, 6, 1)
    assert "95.0 %" in page.targets_label.text() and "90.0 %" in page.targets_label.text()
    assert card.rows and page.model.rowCount() == len(card.rows) + len(card.waves) + 1
    assert page.model.index(0, 0).data() == "1"
    qtmodeltester.check(page.model)


@pytest.mark.parametrize(
    ("kind", "model"),
    [("training_need", m.TrainingNeed), ("risk", m.Risk), ("communication", m.Communication)],
)
def test_a_follow_up_in_one_click_and_its_undo(opened: Any, kind: str, model: Any) -> None:
    page, doc, store, path = opened
    card = page.card()
    below = card.below_target()[0]
    assert page.select_department(below.department_id)
    assert page.follow_buttons[kind].isEnabled()
    assert below.department in page.selection_label.text()
    before, rows = dump(path), _count(store, model)
    page.follow_buttons[kind].click()
    assert _count(store, model) == rows + 1
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert dump(path) == before
    doc.undo_stack.redo()
    assert _count(store, model) == rows + 1


def test_a_department_on_target_gets_no_follow_up(opened: Any) -> None:
    page, _doc, _store, _path = opened
    page.view.clearSelection()
    page.view.setCurrentIndex(page.model.index(page.model.rowCount() - 1, 0))  # the total line
    assert not any(b.isEnabled() for b in page.follow_buttons.values())
    assert not page.follow_up("risk")


def test_export_the_scorecard(opened: Any, tmp_path: Path) -> None:
    page, _doc, _store, _path = opened
    out = tmp_path / "通报.xlsx"
    n = page.export_scorecard(out)
    assert n == len(page.card().rows)
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert "2026-06" in rows[0][0] and rows[1][0] == "Rank"


def test_another_month_reads_again(opened: Any) -> None:
    page, _doc, _store, _path = opened
    page.month_edit.setDate(page.month_edit.date().addMonths(-1))
    assert page.card() is not None and page.card().start == dt.date(2026, 5, 1)


def test_no_plan(qtbot: Any) -> None:
    page = AdoptionPage()
    qtbot.addWidget(page)
    assert page.card() is None and not page.export_button.isEnabled()
