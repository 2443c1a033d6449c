"""The Support feature's shared actions, so other features show a ticket without
importing this one:

* ``support.open_ticket`` (data: the ticket's id) opens the ticket's dialog over the
  page the user is on (the Knowledge base's linked tickets use it);
* ``support.linked_tickets`` (data: ``("task" | "risk", id, label)``) lists the
  tickets turned into that task or risk; a double-click (or Enter) opens one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from oa_desk.gui.icons import icon

if TYPE_CHECKING:
    from oa_desk.gui.features import Shell

__all__ = ["LINKED_TICKETS", "OPEN_TICKET", "LinkedTicketsDialog", "TicketLinks"]

OPEN_TICKET = "support.open_ticket"
LINKED_TICKETS = "support.linked_tickets"
_ID = Qt.ItemDataRole.UserRole + 1


class LinkedTicketsDialog(QDialog):
    """The tickets a task or a risk came from; choosing one closes the list and opens it."""

    def __init__(
        self,
        what: str,
        tickets: list[tuple[int, str, str]],
        open_ticket: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("linkedTicketsDialog")
        self.setWindowTitle(self.tr("Linked tickets"))
        self._open = open_ticket
        box = QVBoxLayout(self)
        note = QLabel(
            self.tr("Tickets turned into {what}:").format(what=what)
            if tickets
            else self.tr("No ticket was turned into {what}.").format(what=what),
            self,
        )
        note.setWordWrap(True)
        box.addWidget(note)
        self.list = QListWidget(self)
        self.list.setObjectName("linkedTicketsList")
        for ticket_id, number, title in tickets:
            item = QListWidgetItem(icon("ticket"), f"{number}  {title}", self.list)
            item.setData(_ID, ticket_id)
            item.setToolTip(self.tr("Double-click to open the ticket"))
        if tickets:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda item: self.open_item(item))
        box.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = buttons.addButton(
            self.tr("&Open ticket"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setEnabled(bool(tickets))
        buttons.accepted.connect(lambda: self.open_item(self.list.currentItem()))
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.resize(460, 280)

    def open_item(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        ticket_id = int(item.data(_ID))
        self.accept()  # first: the ticket's dialog is not blocked by this modal one
        self._open(ticket_id)


class TicketLinks(QObject):
    """Owns the two shared actions and does what they ask."""

    def __init__(self, shell: Shell) -> None:
        window = shell.widget()
        super().__init__(window)
        self.setObjectName("ticketLinks")
        self.shell = shell
        self.window = window
        self.act_open = QAction(icon("ticket"), "", window)
        self.act_open.setObjectName("openTicketAction")
        self.act_open.triggered.connect(lambda _c=False: self._open_from_data())
        self.act_linked = QAction(icon("ticket"), "", window)
        self.act_linked.setObjectName("linkedTicketsAction")
        self.act_linked.triggered.connect(lambda _c=False: self.show_linked())
        shell.share_action(OPEN_TICKET, self.act_open)
        shell.share_action(LINKED_TICKETS, self.act_linked)
        shell.plan_opened.connect(self.update_state)
        window.installEventFilter(self)
        self.last_dialog: QDialog | None = None  # the list or ticket shown last (tests)
        self.retranslate()
        self.update_state()

    def retranslate(self) -> None:
        self.act_open.setText(self.tr("Open Ticket…"))
        self.act_linked.setText(self.tr("Linked Tickets…"))
        self.act_linked.setToolTip(self.tr("The support tickets turned into this row"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def update_state(self) -> None:
        has_plan = self.shell.doc is not None
        self.act_open.setEnabled(has_plan)
        self.act_linked.setEnabled(has_plan)

    def _open_from_data(self) -> None:
        data = self.act_open.data()
        if isinstance(data, int):
            self.open_ticket(data)

    def open_ticket(self, ticket_id: int) -> None:
        """The ticket's dialog, from whichever page the user is on."""
        from oa_desk.gui.support.page import SupportPage

        # The feature's key (gui/support/__init__.py); built, not shown: the user stays
        # where they are.
        page = self.shell.page("support")
        if isinstance(page, SupportPage) and self.shell.doc is not None:
            self.last_dialog = page.open_ticket(self.shell.doc, ticket_id)

    def show_linked(self) -> None:
        from oa_desk.services.support_desk import linked_tickets

        doc, data = self.shell.doc, self.act_linked.data()
        if doc is None or not isinstance(data, (tuple, list)) or len(data) != 3:
            return
        kind, row_id, label = data
        if kind == "task":
            tickets = linked_tickets(doc.store, task_id=int(row_id))
        elif kind == "risk":
            tickets = linked_tickets(doc.store, risk_id=int(row_id))
        else:
            return
        dialog = LinkedTicketsDialog(str(label), tickets, self.open_ticket, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()
