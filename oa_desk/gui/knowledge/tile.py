"""The Knowledge base's tile on the Overview: how many articles, the questions asked
most (those to retrain on) and the latest feedback round's satisfaction."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from oa_desk.domain.changes import Changes
from oa_desk.gui.document import PlanDocument
from oa_desk.services.knowledge_summary import summary


class KnowledgeTile(QGroupBox):
    def __init__(self, open_page: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Knowledge base"))
        self._doc: PlanDocument | None = None
        box = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(90)
        box.addWidget(self.list)
        self.open_button = QPushButton(self.tr("Open the knowledge base"), self)
        self.open_button.clicked.connect(open_page)
        box.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)
        self.set_document(None)

    def set_document(self, doc: PlanDocument | None) -> None:
        self._doc = doc
        self.reload()

    def on_changed(self, changes: Changes) -> None:
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        self.open_button.setEnabled(self._doc is not None)
        if self._doc is None:
            self.summary.setText(self.tr("No plan open."))
            return
        data = summary(self._doc.store)
        text = self.tr("%n article(s)", "", data.articles)
        if data.satisfaction is not None and data.satisfaction_day is not None:
            text += " · " + self.tr("satisfaction {score:.1f} of 5 on {day}").format(
                score=data.satisfaction, day=data.satisfaction_day.isoformat()
            )
        self.summary.setText(text)
        for question, tickets in data.top:
            self.list.addItem(
                self.tr("{question} — %n ticket(s)", "", tickets).format(question=question)
            )
