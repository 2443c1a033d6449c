"""Reads off the GUI thread: one worker for the dashboard's figure reads, results back
by a queued signal, each tagged so that a result read before a change is dropped.

The window's job runner is modal (a progress dialog with Cancel): right for an export
the user asked for, wrong for figures a page shows by itself. Here a read runs on a
``QThreadPool`` of one thread (the charts read one after another, in the order asked,
so they do not compete for the two cores with the page being painted), through the
store's ``read()``, which opens its own session and connection for each unit of work
and is safe from any thread. The answer comes back to the GUI thread as a queued
signal with the ticket it was asked with; the caller compares it to its current one.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

__all__ = ["BackgroundReads", "ReadDone"]

log = logging.getLogger(__name__)


class ReadDone(QObject):
    """Lives on the GUI thread; a worker emits on it, so the slots run there (queued)."""

    # name, ticket, value (None on error), error (None when it worked), milliseconds
    finished = Signal(str, int, object, object, float)


class _Read(QRunnable):
    def __init__(self, done: ReadDone, name: str, ticket: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._done, self._name, self._ticket, self._fn = done, name, ticket, fn

    def run(self) -> None:
        started = time.perf_counter()
        value: Any = None
        error: BaseException | None = None
        try:
            value = self._fn()
        except Exception as exc:  # reported on the GUI thread, where the page says so
            error = exc
        ms = (time.perf_counter() - started) * 1000
        self._done.finished.emit(self._name, self._ticket, value, error, ms)


class BackgroundReads:
    """Run named reads on a worker thread, one at a time; ``finished`` says each answer."""

    def __init__(self) -> None:
        # Not parented: the runnables keep it alive while they run, whatever the widget.
        self.done = ReadDone()
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)
        self.in_flight: dict[str, int] = {}  # name -> ticket, queued or running
        self.done.finished.connect(self._forget)

    def submit(self, name: str, ticket: int, fn: Callable[[], Any]) -> None:
        self.in_flight[name] = ticket
        self.pool.start(_Read(self.done, name, ticket, fn))

    def _forget(self, name: str, ticket: int, *_rest: Any) -> None:
        if self.in_flight.get(name) == ticket:
            del self.in_flight[name]

    def drop_all(self) -> None:
        """Forget the queued reads and wait for the one running (its store may be about
        to close); its answer, already stale, is dropped by the caller's ticket."""
        self.pool.clear()
        self.pool.waitForDone()
        self.in_flight.clear()

    def busy(self) -> bool:
        return bool(self.in_flight)
