"""Python's cyclic garbage collector runs on the gui thread only.

Left alone, the collector runs in whichever thread happens to allocate when
its thresholds are reached, such as a job's worker thread parsing an MS
Project file or the store's snapshot thread. If that collection frees a cycle
holding Qt objects made on the gui thread (a closed dialog, a page of a plan
closed a moment ago), their C++ destructors run on the wrong thread, and the
process may crash. :class:`GuiThreadCollector` switches automatic collection
off and instead collects from a timer on the gui thread, generation by
generation, with the interpreter's own thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

# How often the gui thread looks at the allocation counts.
INTERVAL_MS = 250


class GuiThreadCollector(QObject):
    """Collects cyclic garbage on the thread that owns it (make it on the gui thread)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        gc.disable()
        self._timer.start()

    def check(self) -> None:
        """Collect the generations whose allocation counts passed their thresholds."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()


_installed: list[GuiThreadCollector] = []


def install(app: QObject) -> GuiThreadCollector:
    """Start collecting on the gui thread for ``app``'s lifetime (once per process)."""
    if not _installed:
        collector = GuiThreadCollector(app)
        _installed.append(collector)
    return _installed[0]


def uninstall() -> None:
    """Stop the collector :func:`install` started (the collector is on again)."""
    while _installed:
        _installed.pop().stop()
