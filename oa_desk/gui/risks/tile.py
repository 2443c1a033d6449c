"""The Risks feature's tile on the Overview: the top live risks and overdue reviews."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oa_desk.domain import colours
from oa_desk.domain.changes import Changes
from oa_desk.domain.risks import level
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.risks import texts
from oa_desk.services import dashboard

_TOP = 5


class TopRisksTile(QGroupBox):
    def __init__(self, open_page: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Top risks"))
        self._doc: PlanDocument | None = None
        box = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(150)
        box.addWidget(self.list)
        self.open_button = QPushButton(self.tr("Open the risk register"), self)
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
        live, overdue = dashboard.risk_lines(self._doc.store)
        text = self.tr("%n live risk(s)", "", len(live))
        if overdue:
            text += " · " + self.tr("%n review(s) overdue", "", overdue)
        self.summary.setText(text)
        for r in live[:_TOP]:
            band = level(r.probability, r.impact)
            item = QListWidgetItem(
                self.tr("{score} {level} — {title}").format(
                    score=r.score, level=texts.level_names()[band], title=r.title
                )
            )
            item.setBackground(QBrush(QColor(colours.RISK_LEVEL[band.value])))
            self.list.addItem(item)
