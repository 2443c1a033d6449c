"""The Knowledge base's tile on the Overview: how many articles, the questions asked
most (those to retrain on) and the latest feedback round's satisfaction."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from oa_desk.gui.document import PlanDocument
from oa_desk.gui.widgets.list_tile import ListTile
from oa_desk.services.knowledge_summary import summary

translate = QCoreApplication.translate


class KnowledgeTile(ListTile):
    def __init__(self, open_page: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(
            translate("KnowledgeTile", "Knowledge base"),
            translate("KnowledgeTile", "Open the knowledge base"),
            open_page,
            list_height=90,
            parent=parent,
        )

    def fill(self, doc: PlanDocument) -> None:
        data = summary(doc.store)
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
