"""One mechanism for every user intent: one undo step, errors shown one way, long work
on a worker thread with progress and Cancel.

A feature's ``operations.py`` has one small function per intent. Each calls
:func:`perform` (or :func:`perform_job` for long work) with

- ``do``: calls ONE service, which runs one unit of work and returns a result
  with ``.changes`` (the :class:`~oa_desk.domain.changes.Changes` it made) and
  the typed undo record the service's revert needs;
- ``undo``: calls the service that reverts exactly that result;
- ``redo`` (optional): how to do it again after an undo; by default ``do`` again.

A refused intent (the service raised) pushes nothing, changes nothing and is
explained by the window like every other error; a successful one is pushed as
one undo step, its Changes reach every feature that shows them, and the status
bar says what just happened.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from oa_desk.domain.changes import Changes
from oa_desk.exchange.progress import Job
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.jobs import JobRunner
from oa_desk.store.intents import describing, expecting, undoing

log = logging.getLogger(__name__)


class HasChanges(Protocol):
    """What every service intent returns: at least the Changes it made."""

    @property
    def changes(self) -> Changes: ...


R = TypeVar("R", bound=HasChanges)


class IntentCommand(QUndoCommand):
    """One done user intent on the undo stack."""

    def __init__(
        self,
        doc: PlanDocument,
        text: str,
        result: R,
        undo: Callable[[R], Changes],
        redo: Callable[[R], R],
    ) -> None:
        super().__init__(text)
        self._doc = doc
        self._result: object = result
        self._undo: Callable[[object], Changes] = undo  # type: ignore[assignment]
        self._redo: Callable[[object], object] = redo  # type: ignore[assignment]
        self._done = True  # pushed after it ran: the push's redo() must not repeat it

    def redo(self) -> None:
        if self._done:
            return
        try:
            with undoing(), describing(self._again("Redo: {text}")):
                self._result = self._redo(self._result)
        except Exception as exc:  # must not cross back into C++ (Qt would swallow it)
            self._failed("redo", exc)
            return
        self._done = True
        self._doc.notify(self._result.changes)  # type: ignore[attr-defined]
        self._doc.status.emit(
            QCoreApplication.translate("Operations", "Redo: {text}").format(text=self.text())
        )

    def _again(self, pattern: str) -> str:
        return QCoreApplication.translate("Operations", pattern).format(text=self.text())

    def undo(self) -> None:
        try:
            with undoing(), describing(self._again("Undo: {text}")):
                changes = self._undo(self._result)
        except Exception as exc:
            self._failed("undo", exc)
            return
        self._done = False
        self._doc.notify(changes)
        self._doc.status.emit(
            QCoreApplication.translate("Operations", "Undo: {text}").format(text=self.text())
        )

    def _failed(self, what: str, exc: Exception) -> None:
        if getattr(exc, "code", None) == "stale":  # someone else changed the rows since
            log.info("%s of %r refused: %s", what, self.text(), exc)
            reload_stale(self._doc, exc)
        else:
            log.exception("%s of %r failed", what, self.text())
        self._doc.failed.emit(exc)
        self.setObsolete(True)


def reload_stale(doc: PlanDocument, exc: BaseException) -> None:
    """After a refused stale edit, the views reload the rows someone else changed."""
    table, ids = getattr(exc, "table", None), getattr(exc, "ids", ())
    if table:
        from oa_desk.domain.changes import ChangeKind

        doc.notify(Changes.update(ChangeKind.of_table(table), ids))


def _push(
    doc: PlanDocument,
    text: str,
    result: R,
    undo: Callable[[R], Changes],
    redo: Callable[[R], R] | None,
    do: Callable[[], R] | None,
) -> None:
    if not result.changes:
        return
    if redo is None:
        assert do is not None
        again = do

        def redo_by_doing(_old: R) -> R:
            return again()

        redo = redo_by_doing
    doc.undo_stack.push(IntentCommand(doc, text, result, undo, redo))
    doc.notify(result.changes)
    doc.status.emit(text)


def perform(
    doc: PlanDocument | None,
    text: str,
    do: Callable[[], R],
    undo: Callable[[R], Changes],
    *,
    redo: Callable[[R], R] | None = None,
    explain: Callable[[BaseException], None] | None = None,
    read: Mapping[tuple[str, int], int] | None = None,
) -> R | None:
    """Run one user intent now and push it as one undo step; None when refused.

    ``text`` names the step in Edit › Undo and in the status bar ("Move Pilot go-live"),
    and the activity log records it. ``read``: the row versions the view read of the
    rows the intent edits ((table, id) -> version, ``doc.versions_read``); if someone
    else has changed one since, the intent is refused and the view reloads it.
    A refusal is explained by the window, or by ``explain`` when a feature has
    better words for it.
    """
    if doc is None:
        return None
    try:
        with describing(text), expecting(read or {}):
            result = do()
    except Exception as exc:  # refused: nothing changed; say why
        if getattr(exc, "code", None) == "stale":
            reload_stale(doc, exc)
        (explain or doc.failed.emit)(exc)
        return None
    _push(doc, text, result, undo, redo, do)
    return result


def perform_job(
    doc: PlanDocument | None,
    jobs: JobRunner,
    text: str,
    title: str,
    work: Callable[[Job], R],
    undo: Callable[[R], Changes],
    *,
    redo: Callable[[R], R] | None = None,
    parent: QWidget | None = None,
    cancellable: bool = True,
    stage_text: Callable[[str], str] | None = None,
    explain: Callable[[BaseException], None] | None = None,
) -> R | None:
    """Like :func:`perform` for long work: ``work(job)`` runs on a worker thread under a
    progress dialog (``title``) with Cancel. Cancelled or refused: None, nothing changed.

    ``redo`` is required when doing the work again is not the way to redo it (an
    import redone from a file the user may have changed since): give the inverse of
    ``undo`` instead.
    """
    if doc is None:
        return None
    plain = work

    def described(job: Job) -> R:  # on the worker thread: the log records the intent there
        with describing(text):
            return plain(job)

    work = described
    outcome = jobs.run(title, work, parent, cancellable=cancellable, stage_text=stage_text)
    if outcome.cancelled:
        doc.status.emit(QCoreApplication.translate("Operations", "Cancelled: nothing was changed."))
        return None
    if outcome.error is not None or outcome.value is None:
        (explain or doc.failed.emit)(outcome.error or RuntimeError(text))
        return None
    result = outcome.value
    if redo is None:

        def redo_in_background(_old: R) -> R:
            again = jobs.run(title, work, parent, cancellable=False, stage_text=stage_text)
            if again.error is not None or again.value is None:
                raise again.error or RuntimeError(text)
            return again.value

        redo = redo_in_background
    _push(doc, text, result, undo, redo, None)
    return result
