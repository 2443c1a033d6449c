"""The People page: the roster, the department tree and the wave board, as tabs."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.people.roster import RosterTab

# What the roster shows of a change (the rest are the tree's and the board's).
_ROSTER_KINDS = (
    ChangeKind.PERSON,
    ChangeKind.DEPARTMENT,
    ChangeKind.TEAM_MEMBER,
    ChangeKind.STAKEHOLDER,
    ChangeKind.ENROLLMENT,
    ChangeKind.TICKET,
)


class PeoplePage(QWidget):
    """Shows one plan's people; reads when shown (a hidden page only marks itself stale)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePage")
        self._doc: PlanDocument | None = None
        self._stale = False
        self.tabs = QTabWidget()
        self.roster = RosterTab()
        self.tabs.addTab(self.roster, self.tr("Roster"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def set_document(self, doc: PlanDocument | None) -> None:
        self._doc = doc
        self._stale = True
        self.reload()

    def on_changed(self, changes: Changes) -> None:
        self._stale = True
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        if self._doc is not None and not self.isVisible():
            return
        self._stale = False
        self.roster.set_document(self._doc)
