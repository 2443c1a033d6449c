"""Choose a knowledge-base article to link to a ticket: type words of its question or
answer, pick one of the best matches (the hotline's suggestions widget)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from oa_desk.gui.document import PlanDocument
from oa_desk.gui.widgets.article_suggest import ArticleSuggestions

__all__ = ["ArticlePicker"]


class ArticlePicker(QDialog):
    """``chosen`` is the article picked (None until one is)."""

    def __init__(self, doc: PlanDocument, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articlePicker")
        self.setWindowTitle(self.tr("Link article"))
        self.chosen: int | None = None
        box = QVBoxLayout(self)
        label = QLabel(self.tr("&Search the knowledge base:"), self)
        self.search = QLineEdit(self)
        self.search.setObjectName("articleSearch")
        label.setBuddy(self.search)
        box.addWidget(label)
        box.addWidget(self.search)
        self.suggestions = ArticleSuggestions(self)
        self.suggestions.set_document(doc)
        box.addWidget(self.suggestions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.search.textChanged.connect(self.suggestions.set_text)
        self.search.returnPressed.connect(self._first)
        self.suggestions.article_chosen.connect(self.choose)
        self.search.setText(text)  # the ticket's title: its articles are likely there
        self.search.selectAll()
        self.resize(480, 300)

    def choose(self, article_id: int) -> None:
        self.chosen = article_id
        self.accept()

    def _first(self) -> None:
        self.suggestions.search_now()
        ids = self.suggestions.ids()
        if ids:
            self.choose(ids[0])
