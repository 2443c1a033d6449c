"""Python's cyclic garbage collector runs on the gui thread only.

Left alone, the collector runs in whichever thread happens to allocate when
its thresholds are reached, such as a job's worker thread parsing an MS
Project file or the store's snapshot thread. If that collection frees a cycle
holding Qt objects made on the gui thread (a closed dialog, a page of a plan
closed a moment ago), their C++ destructors run on the wrong thread, and the
process may crash. :class:`GuiThreadCollector` switches automatic collection
off and instead collects from a timer on the gui thread, generation by
generation, with the interpreter's own thresholds and its rule for the oldest
generation: a full collection (about 0.2 s with the large demo plan open, more
as the heap grows) waits until the objects that reached that generation since
the last one are a quarter of those it kept then.
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
        self._long_lived = 0  # objects in the oldest generation after the last full collection
        self._grown: tuple[int, bool] = (-1, False)  # (count of gen 2, grown enough) measured
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        gc.disable()
        self._timer.start()

    def check(self) -> None:
        """Collect the oldest generation whose allocation count passed its threshold,
        as the interpreter would at this point (nothing when little was allocated)."""
        counts = gc.get_count()
        if counts[0] <= self._thresholds[0]:
            return
        for generation in (2, 1, 0):
            if counts[generation] <= self._thresholds[generation]:
                continue
            if generation == 2 and not self._long_lived_grew(counts[2]):
                continue
            gc.collect(generation)
            if generation == 2:
                self._long_lived = len(gc.get_objects(2))
                self._grown = (-1, False)
            return

    def _long_lived_grew(self, count: int) -> bool:
        """Whether the oldest generation has grown by a quarter since the last full
        collection; measured again only after a collection of the middle one."""
        if self._grown[0] != count:
            pending = len(gc.get_objects(2)) - self._long_lived  # 20 ms for 400,000 objects
            self._grown = (count, pending > self._long_lived // 4)
        return self._grown[1]

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
