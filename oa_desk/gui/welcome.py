"""The page shown when no plan is open: new plan, demo plan, open, recent plans."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidgetItem, QWidget

from oa_desk.gui.forms.ui_welcome_page import Ui_WelcomePage
from oa_desk.gui.icons import icon
from oa_desk.store.teamplan import is_server_url


class WelcomePage(QWidget):
    new_requested = Signal()
    template_requested = Signal()
    demo_requested = Signal()
    open_requested = Signal()
    connect_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_WelcomePage()
        self._ui.setupUi(self)
        heading = QFont(self.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.8)
        heading.setBold(True)
        self._ui.headingLabel.setFont(heading)
        self._ui.newButton.setIcon(icon("file-plus"))
        self._ui.templateButton.setIcon(icon("list-checks"))
        self._ui.demoButton.setIcon(icon("rocket-launch"))
        self._ui.openButton.setIcon(icon("folder-open"))
        self._ui.connectButton.setIcon(icon("link"))
        self._ui.newButton.clicked.connect(self.new_requested)
        self._ui.templateButton.clicked.connect(self.template_requested)
        self._ui.demoButton.clicked.connect(self.demo_requested)
        self._ui.openButton.clicked.connect(self.open_requested)
        self._ui.connectButton.clicked.connect(self.connect_requested)
        self._ui.recentList.itemActivated.connect(
            lambda item: self.recent_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))
        )
        self._recent: list[str] = []

    def set_recent(self, paths: list[str]) -> None:
        self._recent = list(paths)
        lst = self._ui.recentList
        lst.clear()
        for text in paths:
            if is_server_url(text):  # a team plan: kept without its password
                database = text.rsplit("/", 1)[-1]
                item = QListWidgetItem(icon("users-three"), f"{database}  —  {text}")
            else:
                path = Path(text)
                item = QListWidgetItem(icon("files"), f"{path.name}  —  {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, text)
            item.setToolTip(text)
            lst.addItem(item)
        self._ui.recentLabel.setVisible(bool(paths))
        lst.setVisible(bool(paths))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._ui.retranslateUi(self)
        super().changeEvent(event)
