"""The Knowledge base page: the Articles and Feedback rounds tabs, and the exports (the
Excel FAQ sheet, the PDF booklet). A hidden page is stale and reads when shown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QPushButton, QTabWidget, QVBoxLayout, QWidget

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.icons import icon
from oa_desk.gui.knowledge.articles_tab import ArticlesTab
from oa_desk.gui.knowledge.feedback_tab import FeedbackTab
from oa_desk.gui.knowledge.labels import module_label

if TYPE_CHECKING:
    from oa_desk.gui.features import Shell

ARTICLE_KINDS = frozenset(
    {
        ChangeKind.KB_ARTICLE,
        ChangeKind.KB_ARTICLE_TAG,
        ChangeKind.KB_ARTICLE_TICKET,
        ChangeKind.KB_TAG,
        ChangeKind.TICKET,
    }
)
ROUND_KINDS = frozenset({ChangeKind.FEEDBACK_ROUND, ChangeKind.DEPARTMENT})
ARTICLES, ROUNDS = range(2)


class KnowledgePage(QWidget):
    def __init__(self, shell: Shell | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shell = shell
        self._doc: PlanDocument | None = None
        self._stale: set[int] = set()
        box = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.articles = ArticlesTab(dt.date.today, self.tabs)
        if shell is not None:
            self.articles.open_ticket = self._open_ticket
        self.rounds = FeedbackTab(dt.date.today, self.tabs)
        self.tabs.addTab(self.articles, icon("question"), self.tr("&Articles"))
        self.tabs.addTab(self.rounds, icon("users-three"), self.tr("&Feedback rounds"))
        box.addWidget(self.tabs)
        self.faq_button = QPushButton(icon("file-xls"), self.tr("FAQ s&heet…"), self)
        self.faq_button.setToolTip(self.tr("Export the knowledge base as an Excel FAQ sheet"))
        self.pdf_button = QPushButton(icon("file-pdf"), self.tr("&PDF booklet…"), self)
        self.pdf_button.setToolTip(self.tr("Export the knowledge base as a printable booklet"))
        self.articles.export_bar.addWidget(self.faq_button)
        self.articles.export_bar.addWidget(self.pdf_button)
        self.faq_button.clicked.connect(lambda: self.export_faq())
        self.pdf_button.clicked.connect(lambda: self.export_booklet())
        self.tabs.currentChanged.connect(lambda _i: self._refresh_stale())
        self.set_document(None)

    def _open_ticket(self, ticket_id: int) -> None:
        """A linked ticket's dialog, through Support's shared action (if there is one)."""
        action = self._shell.shared_action("support.open_ticket") if self._shell else None
        if action is not None:
            action.setData(ticket_id)
            action.trigger()

    # -- the document ----------------------------------------------------------------------

    def set_document(self, doc: PlanDocument | None) -> None:
        self._doc = doc
        for button in (self.faq_button, self.pdf_button):
            button.setEnabled(doc is not None)
        self._stale = {ARTICLES, ROUNDS}
        self.articles.set_document(None)
        self.rounds.set_document(None)
        self._refresh_stale()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches(*ARTICLE_KINDS):
            self._stale.add(ARTICLES)
        if changes.touches(*ROUND_KINDS):
            self._stale.add(ROUNDS)
        self._refresh_stale()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh_stale()

    def _refresh_stale(self) -> None:
        if self._doc is not None and not self.isVisible():
            return
        tab = self.tabs.currentIndex()
        if tab not in self._stale and self._doc is not None:
            return
        self._stale.discard(tab)
        widget = self.articles if tab == ARTICLES else self.rounds
        if widget.document() is not self._doc:
            widget.set_document(self._doc)
        else:
            widget.reload()

    # -- exports -------------------------------------------------------------------------------

    def _target(self, title: str, suffix: str, filter_text: str) -> Path | None:
        name, _f = QFileDialog.getSaveFileName(self, title, f"FAQ{suffix}", filter_text)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def faq_headers(self) -> list[str]:
        return [
            self.tr("Question"),
            self.tr("Answer"),
            self.tr("Module"),
            self.tr("Tags"),
            self.tr("Linked tickets"),
            self.tr("Updated"),
        ]

    def export_faq(self, path: Path | None = None) -> int | None:
        from oa_desk.services.knowledge_export import export_faq

        doc = self._doc
        if doc is None:
            return None
        path = path or self._target(
            self.tr("Export FAQ sheet"), ".xlsx", self.tr("Excel workbook (*.xlsx)")
        )
        if path is None:
            return None
        try:
            n = export_faq(doc.store, path, self.tr("FAQ"), self.faq_headers(), module_label)
        except OSError as exc:
            doc.failed.emit(exc)
            return None
        doc.status.emit(self.tr("%n article(s) written to {name}", "", n).format(name=path.name))
        return n

    def export_booklet(self, path: Path | None = None) -> int | None:
        from oa_desk.gui.knowledge.booklet import export_booklet

        doc = self._doc
        if doc is None:
            return None
        path = path or self._target(
            self.tr("Export PDF booklet"), ".pdf", self.tr("PDF document (*.pdf)")
        )
        if path is None:
            return None
        try:
            pages, _n = export_booklet(doc.store, path, module_label, dt.date.today())
        except OSError as exc:
            doc.failed.emit(exc)
            return None
        doc.status.emit(self.tr("%n page(s) written to {name}", "", pages).format(name=path.name))
        return pages
