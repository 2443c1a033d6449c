"""The Support page: tabs, the first of which is Tickets.

Other tabs (the support charts, the knowledge base) join through
:meth:`SupportPage.add_tab`; a tab with ``set_document(doc)`` and
``on_changed(changes)`` gets the plan and its Changes like the page does.
A hidden page, or a hidden tab, only marks itself stale and reads when shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout, QWidget

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.settings import Settings
from oa_desk.gui.support.tickets_tab import TicketsTab

# What the ticket list shows of a change.
_LIST_KINDS = (
    ChangeKind.TICKET,
    ChangeKind.TICKET_EVENT,
    ChangeKind.PERSON,
    ChangeKind.DEPARTMENT,
    ChangeKind.WAVE,
    ChangeKind.TEAM_MEMBER,
    ChangeKind.CALENDAR,
    ChangeKind.CALENDAR_EXCEPTION,
)
_CALENDAR_KINDS = (ChangeKind.CALENDAR, ChangeKind.CALENDAR_EXCEPTION, ChangeKind.PLAN)


class SupportPage(QWidget):
    """One plan's go-live support."""

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supportPage")
        self._settings = settings
        self._doc: PlanDocument | None = None
        self._stale: set[QWidget] = set()
        self._titles: dict[QWidget, Callable[[], str]] = {}
        self.tabs = QTabWidget()
        self.tabs.setObjectName("supportTabs")
        self.tickets = TicketsTab(settings)
        self._built_in = QLocale().name()
        self.tabs.addTab(self.tickets, self.tr("Tickets"))
        self.tabs.currentChanged.connect(lambda _i: self.reload())
        from oa_desk.gui.widgets.support_charts import SupportCharts

        self.charts = SupportCharts()
        self._titles[self.charts] = lambda: self.tr("Charts")
        self.tabs.addTab(self.charts, self.tr("Charts"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._rebuild = QTimer(self)
        self._rebuild.setSingleShot(True)
        self._rebuild.setInterval(0)
        self._rebuild.timeout.connect(self._retranslate)

    def add_tab(self, widget: QWidget, title: str | Callable[[], str]) -> int:
        """Add a tab after the others (the hook for Charts and the like).

        ``title`` is the tab's text, or a function giving it in the language now
        installed (asked again when the language changes).
        """
        if callable(title):
            self._titles[widget] = title
        index = self.tabs.addTab(widget, title() if callable(title) else title)
        self._stale.add(widget)
        self.reload()
        return index

    def _tab_widgets(self) -> list[QWidget]:
        return [w for i in range(self.tabs.count()) if (w := self.tabs.widget(i)) is not None]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._rebuild.start()  # after the event: the list is made again in the new words
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """The Tickets tab again in the language now installed, on the same plan, its
        filters and sort kept. Nothing is rebuilt when the language is the one the tab was built in
        (translators put in again the same): its filters and selection stay."""
        if QLocale().name() == self._built_in:
            return
        self._built_in = QLocale().name()
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        old = self.tickets
        self.tickets = TicketsTab(self._settings)
        self.tickets.carry_from(old)
        self.tabs.removeTab(0)
        self.tabs.insertTab(0, self.tickets, self.tr("Tickets"))
        old.deleteLater()
        for widget, title in self._titles.items():
            index = self.tabs.indexOf(widget)
            if index >= 0:
                self.tabs.setTabText(index, title())
        self.tabs.setCurrentIndex(max(0, current))
        self.tabs.blockSignals(False)
        self._stale.add(self.tickets)
        self.reload()

    def set_document(self, doc: PlanDocument | None) -> None:
        self._doc = doc
        self._stale = set(self._tab_widgets())
        if doc is None:
            for tab in self._tab_widgets():
                setter = getattr(tab, "set_document", None)
                if setter is not None:
                    setter(None)
        self.reload()

    def open_ticket(self, doc: PlanDocument, ticket_id: int) -> QDialog | None:
        """Open one ticket's dialog, shown or not (the shared ``support.open_ticket``)."""
        if self.tickets.document() is not doc:
            self.tickets.set_document(doc)
        dialog = self.tickets.ticket_dialog(ticket_id)
        if dialog is not None:
            dialog.open()
        return dialog

    def on_changed(self, changes: Changes) -> None:
        if changes.touches(*_CALENDAR_KINDS):
            self.tickets.calendar_changed()
            self._stale.add(self.tickets)
        if changes.touches(*_LIST_KINDS):
            self._stale.add(self.tickets)
        for tab in self._tab_widgets():
            forward = getattr(tab, "on_changed", None)
            if tab is not self.tickets and forward is not None:
                forward(changes)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        """Read the shown tab if it is stale."""
        if self._doc is None or not self.isVisible():
            return
        tab = self.tabs.currentWidget()
        if tab is not None and tab in self._stale:
            self._stale.discard(tab)
            setter = getattr(tab, "set_document", None)
            if setter is not None:
                setter(self._doc)
