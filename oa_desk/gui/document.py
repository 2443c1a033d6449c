"""The open plan as the gui sees it: its store, its undo stack, its signals.

Features never connect to the database or to each other: they run intents
through :mod:`oa_desk.gui.operations`, and the main window forwards each
``Changes`` the document announces to the features that show those kinds.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from oa_desk.domain.changes import Changes
from oa_desk.store.planfile import PlanStore
from oa_desk.store.undo_files import UndoFiles


class PlanDocument(QObject):
    """Bridges services' ``Changes`` to Qt."""

    changed = Signal(object)  # Changes: what an intent, an undo or a redo changed
    failed = Signal(object)  # an exception: a refused intent, a failed undo or redo
    status = Signal(str)  # what just happened, for the status bar

    def __init__(self, store: PlanStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self._undo_files: UndoFiles | None = None

    def undo_files(self) -> UndoFiles:
        """The private whole-plan copies that undo of imports restores (made on first use)."""
        if self._undo_files is None:
            self._undo_files = UndoFiles()
        return self._undo_files

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def notify(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)

    def close(self) -> None:
        self.undo_stack.clear()
        self.store.close()
        if self._undo_files is not None:  # the undo steps that needed them are gone
            self._undo_files.remove()
            self._undo_files = None
