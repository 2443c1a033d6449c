"""Long work on a worker thread, with a progress dialog and a Cancel that works.

Every long job of the app runs here: Excel and MS Project import and export,
PDF, the weekly report; user intents that take long run through
:func:`oa_desk.gui.operations.perform` with ``job=``, which uses it too.

:func:`run_job` runs ``work(job)`` on a :class:`QThread` and waits in a local
event loop, so the window keeps painting and the progress dialog keeps moving
while the caller's code stays a straight line. The service reports progress
through the :class:`~oa_desk.exchange.progress.Job` on the worker thread; a
queued signal brings it to the dialog. Cancel asks the job to stop: the
service raises ``Cancelled`` at its next check and rolls its transaction back,
so the plan is unchanged. Until the job ends, user input to every other
window is swallowed, so no second job (nor an edit, nor an undo) can start
while the plan is being written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import (
    SIGNAL,
    SLOT,
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from oa_desk.exchange.progress import Cancelled, Job, ProgressUpdate

T = TypeVar("T")

# The dialog appears only for work that lasts; short jobs never flash it.
SHOW_AFTER_MS = 400


@dataclass
class Outcome(Generic[T]):
    """How a job ended: its value, the error it raised, or cancelled."""

    value: T | None = None
    error: BaseException | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and not self.cancelled


class _Worker(QThread):
    progressed = Signal(object)  # ProgressUpdate, emitted on the worker thread

    def __init__(self, work: Callable[[Job], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.job = Job(on_progress=self.progressed.emit)
        self.value: object = None
        self.error: BaseException | None = None
        self.cancelled = False

    def run(self) -> None:
        try:
            self.value = self._work(self.job)
        except Cancelled:
            self.cancelled = True
        except Exception as exc:  # handed to the gui thread, which explains it
            self.error = exc


class ProgressDialog(QProgressDialog):
    """Stays up while cancelling; Escape and the close button ask to cancel too."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        # QProgressDialog hides itself on cancel; it must stay until the work stopped.
        QObject.disconnect(self, SIGNAL("canceled()"), self, SLOT("cancel()"))
        self.canceled.connect(self.cancel_requested)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(2**31 - 1)  # shown by run_job's timer, not by setValue
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)

    def reject(self) -> None:
        self.canceled.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.canceled.emit()


class _InputBlocker(QObject):
    """Swallows mouse and keyboard input to every widget but the progress dialog."""

    BLOCKED = frozenset(
        {
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.KeyPress,
            QEvent.Type.KeyRelease,
            QEvent.Type.Wheel,
            QEvent.Type.ShortcutOverride,
            QEvent.Type.Shortcut,
            QEvent.Type.ContextMenu,
            QEvent.Type.Close,  # closing the window would close the plan under the job
        }
    )

    def __init__(self, allowed: QWidget) -> None:
        super().__init__()
        self._allowed = allowed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in self.BLOCKED or not isinstance(watched, QWidget):
            return False
        if watched is self._allowed or self._allowed.isAncestorOf(watched):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # keeps menu shortcuts (Undo!) from firing
        elif event.type() == QEvent.Type.Close:
            event.ignore()  # a close event is accepted unless told otherwise
        return True


def run_job(
    parent: QWidget,
    title: str,
    work: Callable[[Job], T],
    *,
    cancellable: bool = True,
    reads_only: bool = False,
    on_dialog: Callable[[ProgressDialog, Job], None] | None = None,
    stage_text: Callable[[str], str] | None = None,
) -> Outcome[T]:
    """Run ``work(job)`` on a worker thread; show progress; return how it ended.

    A job that only reads (``reads_only``) counts as cancelled when Cancel was
    pressed, even if the work finished before it noticed: the user asked to
    stop. A job that writes reports what it did: when it finished, it finished.
    ``on_dialog`` is called with the progress dialog and the job once the work
    has started (tests use it to press Cancel). ``stage_text`` translates the
    services' English stage names for the dialog (a feature's own vocabulary).
    """
    dialog = ProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(title)
    dialog.setRange(0, 0)
    if cancellable:
        dialog.setCancelButtonText(QCoreApplication.translate("Jobs", "Cancel"))
    else:
        dialog.setCancelButton(None)
    worker = _Worker(work)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)

    def show_progress(update: ProgressUpdate) -> None:
        if worker.job.cancelled:
            return
        text = stage_text(update.stage) if stage_text else update.stage
        if update.stage_index > 1:
            # Services do not know their stage count in advance: no "of n".
            text = QCoreApplication.translate("Jobs", "{stage} (step {index})").format(
                stage=text, index=update.stage_index
            )
        dialog.setLabelText(text)
        if update.total:
            dialog.setRange(0, update.total)
            dialog.setValue(min(update.done, update.total))
        else:
            dialog.setRange(0, 0)

    def cancel() -> None:
        if not cancellable or worker.job.cancelled:
            return
        worker.job.cancel()
        dialog.setLabelText(QCoreApplication.translate("Jobs", "Cancelling…"))
        button_text = QCoreApplication.translate("Jobs", "Cancelling…")
        dialog.setCancelButtonText(button_text)

    def show_dialog() -> None:
        if worker.isRunning():
            dialog.show()

    worker.progressed.connect(show_progress)
    dialog.cancel_requested.connect(cancel)
    blocker = _InputBlocker(dialog)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(blocker)
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        worker.start()
        QTimer.singleShot(SHOW_AFTER_MS, dialog, show_dialog)
        if on_dialog is not None:
            on_dialog(dialog, worker.job)
        if not worker.isFinished():
            loop.exec()
        worker.wait()
    finally:
        QApplication.restoreOverrideCursor()
        app.removeEventFilter(blocker)
        dialog.hide()
        dialog.deleteLater()
        worker.deleteLater()
    if worker.cancelled or (reads_only and worker.job.cancelled):
        return Outcome(cancelled=True)
    if worker.error is not None:
        return Outcome(error=worker.error)
    return Outcome(value=worker.value)  # type: ignore[arg-type]


class JobRunner(QObject):
    """One long job at a time for a window: actions ask :attr:`busy` to disable themselves."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.busy = False
        # Tests set this to press Cancel in the progress dialog of the next jobs.
        self.on_dialog: Callable[[ProgressDialog, Job], None] | None = None

    def run(
        self,
        title: str,
        work: Callable[[Job], T],
        parent: QWidget | None = None,
        *,
        cancellable: bool = True,
        reads_only: bool = False,
        stage_text: Callable[[str], str] | None = None,
    ) -> Outcome[T]:
        """Run ``work`` as the window's one job (see :func:`run_job`)."""
        if self.busy:
            return Outcome(error=JobBusy())
        self._set_busy(True)
        try:
            return run_job(
                parent or self._parent,
                title,
                work,
                cancellable=cancellable,
                reads_only=reads_only,
                on_dialog=self.on_dialog,
                stage_text=stage_text,
            )
        finally:
            self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_changed.emit(busy)


class JobBusy(RuntimeError):
    """Another long job of this window is still running."""

    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate(
                "Jobs", "Another long task is still running; try again when it has finished."
            )
        )
