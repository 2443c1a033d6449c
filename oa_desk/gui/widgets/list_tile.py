"""An Overview tile made of a summary line, a short list and a button to its page.

A feature's tile (``Feature.tile``) subclasses :class:`ListTile` and fills the
summary and the list from the open plan in :meth:`ListTile.fill`; the tile
reads again on every change its feature shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from oa_desk.domain.changes import Changes
from oa_desk.gui.document import PlanDocument


class ListTile(QGroupBox):
    def __init__(
        self,
        title: str,
        open_text: str,
        open_page: Callable[[], None],
        *,
        list_height: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(title)
        self._doc: PlanDocument | None = None
        box = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(list_height)
        box.addWidget(self.list)
        self.open_button = QPushButton(open_text, self)
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
            self.summary.setText(QCoreApplication.translate("ListTile", "No plan open."))
            return
        self.fill(self._doc)

    def fill(self, doc: PlanDocument) -> None:
        """Set :attr:`summary` and add the list's items (the list is empty)."""
        raise NotImplementedError
