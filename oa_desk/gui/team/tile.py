"""The Team feature's tile on the Overview: stakeholders overdue for contact."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
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
from oa_desk.gui.dates import format_date
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.team import texts
from oa_desk.services import dashboard

_SHOWN = 8  # the longest overdue first; the page lists them all


class OverdueContactsTile(QGroupBox):
    """Who is overdue for contact, longest first, with a way to the register."""

    def __init__(self, open_page: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Stakeholders to contact"))
        self._doc: PlanDocument | None = None
        self._stale = False
        box = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(180)
        box.addWidget(self.list)
        self.open_button = QPushButton(self.tr("Open the stakeholder register"), self)
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
        if self._doc is None:
            self.summary.setText(self.tr("No plan open."))
            self.open_button.setEnabled(False)
            return
        self.open_button.setEnabled(True)
        status_date, overdue = dashboard.overdue_contacts(self._doc.store)
        if not overdue:
            self.summary.setText(
                self.tr("Every stakeholder has been contacted within their cadence.")
            )
            return
        self.summary.setText(
            self.tr("%n stakeholder(s) overdue for contact as of {date}:", "", len(overdue)).format(
                date=format_date(status_date)
            )
        )
        cadences = texts.cadence_names()
        for s in overdue[:_SHOWN]:
            last = format_date(s.last_contact) if s.last_contact else self.tr("never contacted")
            item = QListWidgetItem(
                self.tr("{name} — last contact {last} ({cadence})").format(
                    name=s.name, last=last, cadence=cadences[s.cadence]
                )
            )
            self.list.addItem(item)
        if len(overdue) > _SHOWN:
            self.list.addItem(self.tr("… and %n more", "", len(overdue) - _SHOWN))
