"""Suggested knowledge-base articles for what is being typed (a ticket's title at the
hotline): a short debounced search, the best five, one click or Enter to choose."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from oa_desk.gui.document import PlanDocument
from oa_desk.services.knowledge import find_articles

__all__ = ["ArticleSuggestions"]

DELAY_MS = 300
MOST = 5
_ID = Qt.ItemDataRole.UserRole + 1


class ArticleSuggestions(QWidget):
    """``set_text`` searches after a pause; ``article_chosen(id)`` when one is picked."""

    article_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc: PlanDocument | None = None
        self._text = ""
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("Knowledge base"), self)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(120)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        box.addWidget(self.title)
        box.addWidget(self.list)
        box.addWidget(self.note)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        self._show([])

    def set_document(self, doc: PlanDocument | None) -> None:
        self._doc = doc
        self.search_now()

    def set_text(self, text: str) -> None:
        """Search for ``text`` once typing pauses."""
        self._text = text
        self._timer.start()

    def search_now(self) -> None:
        self._timer.stop()
        if self._doc is None or not self._text.strip():
            self._show([])
            return
        self._show(
            [
                (hit.id, hit.question)
                for hit in find_articles(self._doc.store, self._text, limit=MOST)
            ]
        )

    def ids(self) -> list[int]:
        return [int(self.list.item(i).data(_ID)) for i in range(self.list.count())]

    def _show(self, hits: list[tuple[int, str]]) -> None:
        self.list.clear()
        for article_id, question in hits:
            item = QListWidgetItem(question, self.list)
            item.setData(_ID, article_id)
            item.setToolTip(question)
        self.list.setVisible(bool(hits))
        if hits:
            self.note.setText("")
        elif self._text.strip():
            self.note.setText(self.tr("No article matches yet."))
        else:
            self.note.setText(self.tr("Type the question: matching articles appear here."))

    def _chosen(self, item: QListWidgetItem) -> None:
        self.article_chosen.emit(int(item.data(_ID)))
