"""The Team feature's tile on the Overview: stakeholders overdue for contact."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QListWidgetItem, QWidget

from oa_desk.gui.dates import format_date
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.team import texts
from oa_desk.gui.widgets.list_tile import ListTile
from oa_desk.services import dashboard

_SHOWN = 8  # the longest overdue first; the page lists them all
translate = QCoreApplication.translate


class OverdueContactsTile(ListTile):
    """Who is overdue for contact, longest first, with a way to the register."""

    def __init__(self, open_page: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(
            translate("OverdueContactsTile", "Stakeholders to contact"),
            translate("OverdueContactsTile", "Open the stakeholder register"),
            open_page,
            list_height=180,
            parent=parent,
        )

    def fill(self, doc: PlanDocument) -> None:
        status_date, overdue = dashboard.overdue_contacts(doc.store)
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
