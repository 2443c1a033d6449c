"""The Training feature's tile on the Overview: passed share per tier, the "no training,
no account" count before go-live and the sessions of the coming week."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
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
from oa_desk.domain.training import cell_health
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.training.labels import label
from oa_desk.gui.training.model import HEALTH
from oa_desk.services.training_dashboard import summary


class TrainingTile(QGroupBox):
    def __init__(
        self,
        open_page: Callable[[], None],
        parent: QWidget | None = None,
        today: Callable[[], dt.date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Training"))
        self._doc: PlanDocument | None = None
        self._stale = False
        self._today = today  # None: the plan's status date, as the Training page uses
        box = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(100)
        box.addWidget(self.list)
        self.open_button = QPushButton(self.tr("Open Training"), self)
        self.open_button.clicked.connect(open_page)
        box.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)
        self.set_document(None)

    def set_document(self, doc: PlanDocument | None) -> None:
        self._doc = doc
        self.reload()

    def on_changed(self, changes: Changes) -> None:
        # Sign-in by keyboard changes enrollments at every key: a hidden tile (another
        # page shown) reads again only when it is shown.
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        self.list.clear()
        self.open_button.setEnabled(self._doc is not None)
        if self._doc is None:
            self.summary.setText(self.tr("No plan open."))
            return
        if self._today is not None:
            today = self._today()
        else:
            from oa_desk.services.plan import status_date

            today = status_date(self._doc.store)
        figures = summary(self._doc.store, today)
        if not figures.courses:
            self.summary.setText(self.tr("No courses yet: add them on the Training page."))
            return
        text = self.tr(
            "%n person(s) without training for a go-live within {days} days",
            "",
            figures.no_account,
        ).format(days=figures.days)
        text += " · " + self.tr("%n session(s) in the next 7 days", "", figures.upcoming)
        self.summary.setText(text)
        for tier, cell in figures.tiers.items():
            if not cell.required:
                continue
            share = cell.share() or 0.0
            item = QListWidgetItem(
                self.tr("{tier}: {passed} of {required} passed ({share:.0%})").format(
                    tier=label(tier), passed=cell.passed, required=cell.required, share=share
                )
            )
            colour = HEALTH.get(cell_health(cell))
            if colour:
                back = QColor(colour)
                back.setAlpha(70)  # as the coverage matrix colours its cells
                item.setBackground(QBrush(back))
            self.list.addItem(item)
