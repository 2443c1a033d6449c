"""Features put tiles on the Overview; the Overview forwards them their Changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.gui.features import Feature, page_wants
from oa_desk.gui.overview import FEATURE as OVERVIEW
from oa_desk.gui.overview.page import OverviewPage


class _Tile(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.docs: list[Any] = []
        self.changes: list[Changes] = []

    def set_document(self, doc: Any) -> None:
        self.docs.append(doc)

    def on_changed(self, changes: Changes) -> None:
        self.changes.append(changes)


SUPPORT = Feature(
    key="support", title=lambda: "Support", shows=frozenset({ChangeKind.TICKET}), tile=None
)


def test_a_tile_gets_the_document_and_only_its_changes(qtbot: Any) -> None:
    page = OverviewPage()
    qtbot.addWidget(page)
    tile = _Tile()
    page.add_tile(SUPPORT, tile)
    assert tile.docs == [None] and page.tiles() == [tile]
    page.set_document(None)
    assert tile.docs == [None, None]
    tickets = Changes.update(ChangeKind.TICKET, [1])
    page.on_changed(tickets)
    page.on_changed(Changes.update(ChangeKind.RISK, [1]))
    assert tile.changes == [tickets]


def test_the_window_tells_the_overview_of_its_tiles_changes() -> None:
    training = Feature(
        key="training",
        title=lambda: "Training",
        shows=frozenset({ChangeKind.FEEDBACK_ROUND}),
        tile=lambda _shell: QWidget(),
    )
    enrolled = Changes.update(ChangeKind.FEEDBACK_ROUND, [1])
    assert not OVERVIEW.wants(enrolled)  # not the Overview's own kind…
    assert page_wants(OVERVIEW, enrolled, [OVERVIEW, training])  # …but its tile's
    assert not page_wants(OVERVIEW, Changes.update(ChangeKind.KB_TAG, [1]), [OVERVIEW, training])
