"""The Goals feature's tile on the Overview: each KPI's progress toward its target."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidgetItem, QWidget

from oa_desk.gui.document import PlanDocument
from oa_desk.gui.goals import texts
from oa_desk.gui.goals.texts import STATE_COLOUR
from oa_desk.gui.widgets.list_tile import ListTile
from oa_desk.services import dashboard

translate = QCoreApplication.translate


class KpiTile(ListTile):
    def __init__(self, open_page: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(
            translate("KpiTile", "Goals and KPIs"),
            translate("KpiTile", "Open the goals"),
            open_page,
            list_height=180,
            parent=parent,
        )

    def fill(self, doc: PlanDocument) -> None:
        lines = dashboard.kpi_lines(doc.store)
        self.summary.setText(self.tr("%n goal(s)", "", len(lines)))
        states = texts.state_names()
        for g in lines:
            item = QListWidgetItem(
                self.tr("{name}: {latest} of {target} ({progress}) — {state}").format(
                    name=g.name,
                    latest=texts.number(g.latest, g.unit) if g.latest is not None else "—",
                    target=texts.number(g.target, g.unit) if g.target is not None else "—",
                    progress="—" if g.progress is None else f"{round(g.progress * 100)} %",
                    state=states[g.state],
                )
            )
            item.setBackground(QBrush(QColor(STATE_COLOUR[g.state])))
            self.list.addItem(item)
