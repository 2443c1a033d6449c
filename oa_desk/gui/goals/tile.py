"""The Goals feature's tile on the Overview: each KPI's progress toward its target."""

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

from oa_desk.domain.changes import Changes
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.goals import texts
from oa_desk.gui.goals.texts import STATE_COLOUR
from oa_desk.services import dashboard


class KpiTile(QGroupBox):
    def __init__(self, open_page: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Goals and KPIs"))
        self._doc: PlanDocument | None = None
        box = QVBoxLayout(self)
        self.summary = QLabel(self)
        box.addWidget(self.summary)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(180)
        box.addWidget(self.list)
        self.open_button = QPushButton(self.tr("Open the goals"), self)
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
        lines = dashboard.kpi_lines(self._doc.store)
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
