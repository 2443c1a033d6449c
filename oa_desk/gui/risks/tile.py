"""The Risks feature's tile on the Overview: the top live risks and overdue reviews."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidgetItem, QWidget

from oa_desk.domain import colours
from oa_desk.domain.risks import level
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.risks import texts
from oa_desk.gui.widgets.list_tile import ListTile
from oa_desk.services import dashboard

_TOP = 5
translate = QCoreApplication.translate


class TopRisksTile(ListTile):
    def __init__(self, open_page: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(
            translate("TopRisksTile", "Top risks"),
            translate("TopRisksTile", "Open the risk register"),
            open_page,
            list_height=150,
            parent=parent,
        )

    def fill(self, doc: PlanDocument) -> None:
        live, overdue = dashboard.risk_lines(doc.store)
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
