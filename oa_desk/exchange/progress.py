"""Progress reporting and cancellation for long Excel work.

The gui creates a :class:`Job` with a callback, runs the service on a worker
thread and calls :meth:`Job.cancel` from its Cancel button. Services call
:meth:`Job.stage` and :meth:`Job.advance`; both raise :class:`Cancelled` once
cancel was asked, and the service's transaction rolls back, so a cancelled
import leaves the plan unchanged. Callbacks are throttled (at most about 50 per
stage) and run on the worker thread: the gui forwards them with a queued signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Cancelled", "Job", "ProgressUpdate"]


class Cancelled(Exception):
    """The user cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Cancelled: nothing was changed.")


@dataclass(frozen=True)
class ProgressUpdate:
    stage: str  # short English description: "Reading 人员 People", "Writing enrollments"
    done: int  # units done in this stage
    total: int  # units in this stage; 0 when unknown (busy indicator)
    stage_index: int  # 1-based number of this stage
    stage_count: int  # how many stages the job expects; 0 when unknown

    @property
    def fraction(self) -> float | None:
        """Done / total within the stage, or None when the total is unknown."""
        return min(self.done / self.total, 1.0) if self.total else None


class Job:
    """A long-running operation's progress sink and cancel switch (thread-safe)."""

    def __init__(
        self,
        on_progress: Callable[[ProgressUpdate], None] | None = None,
        *,
        stage_count: int = 0,
    ) -> None:
        self._on_progress = on_progress
        self._cancel = threading.Event()
        self._stage = ""
        self._done = 0
        self._total = 0
        self._stage_index = 0
        self.stage_count = stage_count
        self._next_report = 0

    def cancel(self) -> None:
        """Ask the work to stop at its next check; safe from any thread."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if cancel was asked."""
        if self._cancel.is_set():
            raise Cancelled()

    def stage(self, name: str, total: int = 0) -> None:
        """Start a new stage of ``total`` units (0: unknown)."""
        self.check()
        self._stage = name
        self._done = 0
        self._total = max(total, 0)
        self._stage_index += 1
        self.stage_count = max(self.stage_count, self._stage_index)
        self._next_report = 0
        self._emit()

    def advance(self, units: int = 1) -> None:
        """Count ``units`` more done; reports now and then, raises if cancelled."""
        self._done += units
        if self._done >= self._next_report:
            self.check()
            self._emit()

    def _emit(self) -> None:
        step = max(self._total // 50, 1) if self._total else 1000
        self._next_report = self._done + step
        if self._on_progress is not None:
            self._on_progress(
                ProgressUpdate(
                    self._stage, self._done, self._total, self._stage_index, self.stage_count
                )
            )


def ensure_job(job: Job | None) -> Job:
    """The caller's job, or a silent one that can never be cancelled."""
    return job if job is not None else Job()
