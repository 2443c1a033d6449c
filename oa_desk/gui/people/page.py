"""The People page: the roster, the department tree and the wave board, as tabs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.people.departments import DepartmentsTab
from oa_desk.gui.people.roster import RosterTab
from oa_desk.gui.people.wave_board import WaveBoard

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
        self.tabs = QTabWidget()
        self._stale_tabs: set[QWidget] = set()
        self._build_tabs()
        self.tabs.currentChanged.connect(lambda _i: self.reload())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._rebuild = QTimer(self)
        self._rebuild.setSingleShot(True)
        self._rebuild.setInterval(0)
        self._rebuild.timeout.connect(self._retranslate)

    def _build_tabs(self) -> None:
        self._built_in = QLocale().name()
        self.roster = RosterTab()
        self.departments = DepartmentsTab()
        self.board = WaveBoard()
        self.tabs.addTab(self.roster, self.tr("Roster"))
        self.tabs.addTab(self.departments, self.tr("Departments"))
        self.tabs.addTab(self.board, self.tr("Wave board"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._rebuild.start()  # after the event: the tabs are made again in the new words
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Build the tabs again in the language now installed, on the same tab and plan,
        the roster's search and filters kept. Nothing is rebuilt when the language is
        the one the tabs were built in (translators put in again the same)."""
        if QLocale().name() == self._built_in:
            return
        current = self.tabs.currentIndex()
        old_roster = self.roster
        self.tabs.blockSignals(True)
        while self.tabs.count():
            old = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if old is not None:
                old.deleteLater()
        self._build_tabs()
        self.roster.carry_from(old_roster)
        self.tabs.setCurrentIndex(max(0, current))
        self.tabs.blockSignals(False)
        self._stale_tabs = set(self._tabs())
        if self._doc is None:
            for tab in (self.roster, self.departments, self.board):
                tab.set_document(None)
        self.reload()

    def _tabs(self) -> tuple[QWidget, ...]:
        return (self.roster, self.departments, self.board)

    def set_document(self, doc: PlanDocument | None) -> None:
        self._doc = doc
        self._stale_tabs = set(self._tabs())
        if doc is None:  # no plan: every tab empties now
            self.roster.set_document(None)
            self.departments.set_document(None)
            self.board.set_document(None)
        self.reload()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches(*_ROSTER_KINDS):
            self._stale_tabs.add(self.roster)
        self._stale_tabs |= {self.departments, self.board}
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        """Read the shown tab if it is stale (hidden tabs read when shown)."""
        if self._doc is None or not self.isVisible():
            return
        tab = self.tabs.currentWidget()
        if tab in self._stale_tabs:
            self._stale_tabs.discard(tab)
            for shown in (self.roster, self.departments, self.board):
                if shown is tab:
                    shown.set_document(self._doc)
