"""The open plan as the gui sees it: its store, its undo stack, its change signal."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from oa_desk.domain.changes import Changes
from oa_desk.store.planfile import PlanStore

if TYPE_CHECKING:
    from oa_desk.gui.import_undo import UndoFiles

log = logging.getLogger(__name__)

Operation = Callable[[], Changes]
# An edit returns what it changed and the operation that undoes exactly that run.
Edit = Callable[[], tuple[Changes, Operation]]


class PlanDocument(QObject):
    """Bridges services' ``Changes`` to Qt: views connect to ``changed``."""

    changed = Signal(object)  # Changes
    failed = Signal(object)  # the exception an undo or redo raised

    def __init__(self, store: PlanStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self._undo_files: UndoFiles | None = None

    def undo_files(self) -> UndoFiles:
        """The private whole-plan copies that undo of imports restores (made on first use)."""
        if self._undo_files is None:
            from oa_desk.gui.import_undo import UndoFiles

            self._undo_files = UndoFiles()
        return self._undo_files

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def execute(self, text: str, do: Operation, undo: Operation) -> Changes:
        """Run ``do`` now and push it as one undo step; exceptions reach the caller
        before anything is pushed, so a refused edit leaves no undo entry."""
        changes = do()
        if changes:
            self.undo_stack.push(ServiceCommand(self, text, do, undo))
            self.changed.emit(changes)
        return changes

    def execute_edit(self, text: str, edit: Edit) -> Changes:
        """Like :meth:`execute`, for services whose undo depends on the run (new ids,
        what a reschedule overwrote): each redo records its own undo."""
        changes, undo = edit()
        if changes:
            self.undo_stack.push(EditCommand(self, text, edit, undo))
            self.changed.emit(changes)
        return changes

    def notify(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)

    def close(self) -> None:
        self.undo_stack.clear()
        self.store.close()
        if self._undo_files is not None:  # the undo steps that needed them are gone
            self._undo_files.remove()
            self._undo_files = None


class ServiceCommand(QUndoCommand):
    """One user intent: a service call to do it and one to undo it."""

    def __init__(self, doc: PlanDocument, text: str, do: Operation, undo: Operation) -> None:
        super().__init__(text)
        self._doc = doc
        self._do = do
        self._undo = undo
        self._done = True  # execute() already ran it: the push's redo() must not repeat it

    def redo(self) -> None:
        if self._done:
            return
        self._run(self._do)
        self._done = True

    def undo(self) -> None:
        self._run(self._undo)
        self._done = False

    def _run(self, operation: Operation) -> None:
        # Exceptions must not cross back into C++ (Qt would swallow them silently).
        try:
            changes = operation()
        except Exception as exc:
            log.exception("undo/redo of %r failed", self.text())
            self._doc.failed.emit(exc)
            self.setObsolete(True)
            return
        self._doc.notify(changes)


class EditCommand(QUndoCommand):
    """One user intent whose undo is produced by the run that did it."""

    def __init__(self, doc: PlanDocument, text: str, edit: Edit, undo: Operation) -> None:
        super().__init__(text)
        self._doc = doc
        self._edit = edit
        self._undo: Operation | None = undo  # set: the edit has been done

    def redo(self) -> None:
        if self._undo is not None:
            return  # execute_edit already did it
        try:
            changes, self._undo = self._edit()
        except Exception as exc:
            log.exception("redo of %r failed", self.text())
            self._doc.failed.emit(exc)
            self.setObsolete(True)
            return
        self._doc.notify(changes)

    def undo(self) -> None:
        if self._undo is None:
            return
        undo, self._undo = self._undo, None
        try:
            changes = undo()
        except Exception as exc:
            log.exception("undo of %r failed", self.text())
            self._doc.failed.emit(exc)
            self.setObsolete(True)
            return
        self._doc.notify(changes)
