"""The Articles tab: search, the list, and the editor (question, module, tags, the
rich-text answer, linked tickets). Saving is one undoable intent; the answer is
sanitised by the service."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QTextListFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from oa_desk.domain.changes import ChangeKind
from oa_desk.domain.enums import OaModule
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.icons import icon
from oa_desk.gui.knowledge import operations
from oa_desk.gui.knowledge.labels import module_label
from oa_desk.gui.knowledge.model import ID_ROLE, ArticleCol, ArticlesModel
from oa_desk.gui.roles import gate
from oa_desk.services import knowledge as kb

SEARCH_DELAY_MS = 250
_TAG_SPLIT = re.compile(r"[,，、;；]+")


def split_tags(text: str) -> list[str]:
    return [t.strip() for t in _TAG_SPLIT.split(text) if t.strip()]


# What writing an article writes: the article, its tags and its tickets.
KB_KINDS = frozenset(
    {
        ChangeKind.KB_ARTICLE,
        ChangeKind.KB_ARTICLE_TICKET,
        ChangeKind.KB_TAG,
        ChangeKind.KB_ARTICLE_TAG,
    }
)


class ArticlesTab(QWidget):
    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc: PlanDocument | None = None
        self._today = today
        self._current: kb.ArticleDetail | None = None
        self._new = False
        # Opens a linked ticket (the page gives Support's shared action; None: not offered)
        self.open_ticket: Callable[[int], None] | None = None
        box = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search questions, answers and tags…"))
        self.search.setClearButtonEnabled(True)
        self.module_filter = QComboBox(self)
        self.module_filter.addItem(self.tr("All modules"), None)
        for module in OaModule:
            self.module_filter.addItem(module_label(module.value), module.value)
        self.new_button = QPushButton(icon("plus"), self.tr("&New article"), self)
        self.from_ticket_button = QPushButton(icon("ticket"), self.tr("From &ticket…"), self)
        self.delete_button = QPushButton(icon("trash"), self.tr("&Delete"), self)
        bar.addWidget(self.search, 2)
        bar.addWidget(self.module_filter)
        for button in (self.new_button, self.from_ticket_button, self.delete_button):
            bar.addWidget(button)
        self.export_bar = QHBoxLayout()
        bar.addLayout(self.export_bar)
        box.addLayout(bar)
        self.summary = QLabel(self)
        box.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.model = ArticlesModel(self)
        self.view = QTableView(split)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ArticleCol.QUESTION, QHeaderView.ResizeMode.Stretch)
        split.addWidget(self.view)
        split.addWidget(self._editor(split))
        split.setSizes([520, 620])
        box.addWidget(split, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.module_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.new_button.clicked.connect(self.new_article)
        self.from_ticket_button.clicked.connect(self.from_ticket)
        self.delete_button.clicked.connect(self.delete_articles)
        self._show_detail(None)

    def _editor(self, parent: QWidget) -> QWidget:
        editor = QWidget(parent)
        form = QFormLayout(editor)
        self.question = QLineEdit(editor)
        self.question.setMaxLength(300)
        self.module = QComboBox(editor)
        for module in OaModule:
            self.module.addItem(module_label(module.value), module.value)
        self.tags = QLineEdit(editor)
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self._tag_names = QStringListModel(self)
        completer = QCompleter(self._tag_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        tools = QHBoxLayout()
        self.bold_button = self._tool("B", self.tr("Bold"), self._bold)
        self.italic_button = self._tool("I", self.tr("Italic"), self._italic)
        self.list_button = self._tool("•", self.tr("Bulleted list"), self._bullets)
        for button in (self.bold_button, self.italic_button, self.list_button):
            tools.addWidget(button)
        tools.addStretch(1)
        self.answer = QTextEdit(editor)
        self.answer.setAcceptRichText(True)
        self.answer.setTabChangesFocus(True)
        self.tickets = QListWidget(editor)
        self.tickets.setMaximumHeight(110)
        ticket_bar = QHBoxLayout()
        self.link_button = QPushButton(icon("link"), self.tr("&Link ticket…"), editor)
        self.unlink_button = QPushButton(icon("link-break"), self.tr("&Unlink"), editor)
        ticket_bar.addWidget(self.link_button)
        ticket_bar.addWidget(self.unlink_button)
        ticket_bar.addStretch(1)
        self.save_button = QPushButton(icon("floppy-disk"), self.tr("&Save article"), editor)
        self.save_button.setToolTip(self.tr("Save the article (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("&Revert"), editor)
        ticket_bar.addWidget(self.revert_button)
        ticket_bar.addWidget(self.save_button)
        self.empty_note = QLabel(editor)
        self.empty_note.setWordWrap(True)
        form.addRow(self.empty_note)
        form.addRow(self.tr("&Question:"), self.question)
        form.addRow(self.tr("&Module:"), self.module)
        form.addRow(self.tr("Ta&gs:"), self.tags)
        form.addRow(tools)
        form.addRow(self.tr("Ans&wer:"), self.answer)
        form.addRow(self.tr("Linked tickets:"), self.tickets)
        form.addRow(ticket_bar)
        QShortcut(QKeySequence.StandardKey.Save, editor, self.save)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(lambda: self._show_detail(self._current))
        self.link_button.clicked.connect(self.link_ticket)
        self.unlink_button.clicked.connect(self.unlink_ticket)
        self.tickets.itemActivated.connect(self._ticket_activated)
        return editor

    def _ticket_activated(self, item: QListWidgetItem) -> None:
        data = item.data(ID_ROLE)
        if self.open_ticket is not None and data:
            self.open_ticket(int(data[0]))

    def _tool(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _bold(self) -> None:
        bold = self.answer.fontWeight() < QFont.Weight.Bold
        self.answer.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)

    def _italic(self) -> None:
        self.answer.setFontItalic(not self.answer.fontItalic())

    def _bullets(self) -> None:
        self.answer.textCursor().createList(QTextListFormat.Style.ListDisc)

    # -- the document ----------------------------------------------------------------------

    def set_document(self, doc: PlanDocument | None) -> None:
        self._doc = doc
        self._current = None
        self._new = False
        self.reload()

    def document(self) -> PlanDocument | None:
        return self._doc

    def _editable(self) -> bool:
        """The user's role may write articles (a support desk may; read-only may not)."""
        return self._doc is not None and self._doc.may_change(KB_KINDS)

    def reload(self, select_id: int | None = None) -> None:
        doc = self._doc
        keep = select_id if select_id is not None else self.current_id()
        if doc is None:
            self.model.set_rows(())
            self._show_detail(None)
            self.summary.setText("")
            return
        rows = kb.list_articles(
            doc.store, self.search.text(), module=self.module_filter.currentData()
        )
        self.model.set_rows(rows)
        self._tag_names.setStringList(kb.tag_names(doc.store))
        typed = self.search.text().strip()
        if len(rows) >= kb.LIST_LIMIT:
            self.summary.setText(
                self.tr("The first %n articles are shown: search to narrow them.", "", len(rows))
            )
        elif typed:
            self.summary.setText(self.tr("%n article(s) found", "", len(rows)))
        else:
            self.summary.setText(self.tr("%n article(s)", "", len(rows)))
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and rows and not self._new:
            row = 0
        if row is not None:
            self.view.selectRow(row)
            self._load(self.model.row_at(row).id)
        elif not self._new:
            self._show_detail(None)
        gate(self._doc, KB_KINDS, (self.new_button, self.from_ticket_button, self.delete_button))

    def current_id(self) -> int | None:
        return self._current.id if self._current is not None else None

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._new = False
            self._load(int(current.siblingAtColumn(0).data(ID_ROLE)))

    def _load(self, article_id: int) -> None:
        if self._doc is None:
            return
        if self._current is not None and self._current.id == article_id and not self._new:
            detail = kb.article_detail(self._doc.store, article_id)
            if detail == self._current:
                return
        self._show_detail(kb.article_detail(self._doc.store, article_id))

    def _show_detail(self, detail: kb.ArticleDetail | None) -> None:
        self._current = detail
        editing = detail is not None or self._new
        fields = (self.question, self.module, self.tags, self.answer)
        tools = (self.bold_button, self.italic_button, self.list_button, self.save_button)
        gate(self._doc, KB_KINDS, (*fields, *tools), enabled=editing)
        self.revert_button.setEnabled(editing)
        links = (self.link_button, self.unlink_button)
        gate(self._doc, KB_KINDS, links, enabled=detail is not None)
        self.tickets.clear()
        if detail is None:
            self.question.clear()
            self.tags.clear()
            self.answer.clear()
            self.module.setCurrentIndex(self.module.findData(OaModule.OTHER.value))
            if self._new:
                self.empty_note.setText(self.tr("A new article: type its question and answer."))
            elif self._doc is not None and self.model.rowCount() == 0:
                self.empty_note.setText(
                    self.tr(
                        "No articles yet — add one, or create one from a ticket that "
                        "keeps coming back."
                    )
                    if not self.search.text().strip()
                    else self.tr("No article matches the search.")
                )
            else:
                self.empty_note.setText("")
            self.empty_note.setVisible(bool(self.empty_note.text()))
            return
        self.empty_note.setVisible(False)
        self.question.setText(detail.question)
        self.module.setCurrentIndex(max(0, self.module.findData(detail.module)))
        self.tags.setText(", ".join(detail.tags))
        self.answer.setHtml(detail.answer)
        for ticket_id, number, title in detail.tickets:
            item = QListWidgetItem(f"{number}  {title}", self.tickets)
            item.setData(ID_ROLE, (ticket_id, number))
            if self.open_ticket is not None:
                item.setToolTip(self.tr("Double-click to open the ticket"))

    # -- intents -------------------------------------------------------------------------------

    def new_article(self) -> None:
        if not self._editable():
            return
        self._new = True
        self.view.clearSelection()
        self._show_detail(None)
        self.question.setFocus()

    def save(self) -> None:
        doc = self._doc
        if doc is None or not self._editable() or (self._current is None and not self._new):
            return
        values = {
            "question": self.question.text(),
            "answer": self.answer.toHtml() if self.answer.toPlainText().strip() else "",
            "module": self.module.currentData(),
        }
        tags = split_tags(self.tags.text())
        current = self._current
        if current is not None:
            values = {k: v for k, v in values.items() if not self._same(k, v, current)}
            if not values and tags == list(current.tags):
                return
        edit = operations.save_article(
            doc, current.id if current is not None else None, values, tags, self._today()
        )
        if edit is not None:
            self._new = False
            self.reload(select_id=edit.article_id)

    @staticmethod
    def _same(key: str, value: object, current: kb.ArticleDetail) -> bool:
        if key == "answer":
            return kb.sanitize_html(str(value)) == current.answer
        return bool(getattr(current, key) == value)

    def delete_articles(self) -> None:
        doc = self._doc
        if doc is None or not self._editable():
            return
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        ids = [self.model.row_at(r).id for r in rows]
        if not ids:
            return
        text = (
            self.tr("Delete article {title}").format(title=self.model.row_at(rows[0]).question)
            if len(ids) == 1
            else self.tr("Delete %n article(s)", "", len(ids))
        )
        if operations.delete_articles(doc, ids, text) is not None:
            self._current = None
            self.reload()

    def _ask_ticket(self, title: str) -> tuple[int, str, str] | None:
        doc = self._doc
        if doc is None:
            return None
        text, ok = QInputDialog.getText(
            self, title, self.tr("Ticket number (for example T-00012):")
        )
        if not ok or not text.strip():
            return None
        found = kb.ticket_by_number(doc.store, text)
        if found is None:
            doc.failed.emit(
                Exception(self.tr("There is no ticket {number}.").format(number=text.strip()))
            )
        return found

    def from_ticket(self) -> None:
        doc = self._doc
        if doc is None or not self._editable():
            return
        found = self._ask_ticket(self.tr("Create article from ticket"))
        if found is None:
            return
        edit = operations.article_from_ticket(doc, found[0], found[1], self._today())
        if edit is not None:
            self.reload(select_id=edit.article_id)

    def link_ticket(self) -> None:
        doc, current = self._doc, self._current
        if doc is None or current is None or not self._editable():
            return
        found = self._ask_ticket(self.tr("Link ticket"))
        if found is not None and operations.link_ticket(doc, current.id, found[0], found[1]):
            self.reload(select_id=current.id)

    def unlink_ticket(self) -> None:
        doc, current = self._doc, self._current
        item = self.tickets.currentItem()
        if doc is None or current is None or item is None or not self._editable():
            return
        ticket_id, number = item.data(ID_ROLE)
        if operations.unlink_ticket(doc, current.id, int(ticket_id), str(number)):
            self.reload(select_id=current.id)
