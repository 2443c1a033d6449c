"""Undo by whole-plan copies (imports): the plan as it was before, kept while it is open.

An import can touch tens of thousands of rows in many tables and delete rows
whose children go with them (foreign-key cascades), so a row-by-row inverse
would be neither small nor certain. Instead the import takes a snapshot
first (``store.snapshot("before-import")``, listed under File › Restore from
Snapshot and kept by the usual rotation) and keeps a private link to it that
rotation cannot remove (:func:`keep_before`). Undo restores that copy
(:func:`restore_before`); redo restores the copy of the imported plan that
undo kept (:func:`restore_after`). Both go through ``PlanStore.restore``,
which snapshots the content it replaces first, so neither ever loses data.

Undo and redo run from the gui's undo stack, which takes back every later
step first; the private copies are deleted when the plan is closed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from oa_desk.domain.changes import Changes
from oa_desk.store.paths import data_dir
from oa_desk.store.planfile import PlanStore

# Private copies of crashed sessions are removed after this long.
STALE_AFTER_SECONDS = 2 * 24 * 3600


def _undo_root() -> Path:
    return data_dir() / "undo"


def _remove_stale(root: Path) -> None:
    now = time.time()
    with contextlib.suppress(OSError):
        for folder in root.iterdir():
            with contextlib.suppress(OSError):
                if now - folder.stat().st_mtime > STALE_AFTER_SECONDS:
                    shutil.rmtree(folder, ignore_errors=True)


class UndoFiles:
    """A private folder of whole-plan copies for one open plan."""

    def __init__(self) -> None:
        root = _undo_root()
        root.mkdir(parents=True, exist_ok=True)
        _remove_stale(root)
        self.folder = Path(tempfile.mkdtemp(prefix="undo-", dir=root))
        self._count = 0

    def _next_path(self, name: str) -> Path:
        self._count += 1
        return self.folder / f"{self._count:04d}-{name}.oadesk"

    def keep(self, snapshot: Path, name: str) -> Path:
        """A private link to (or copy of) a closed snapshot file."""
        target = self._next_path(name)
        try:
            os.link(snapshot, target)
        except OSError:  # another file system, or no hard links there
            shutil.copyfile(snapshot, target)
        return target

    def copy_of(self, store: PlanStore, name: str) -> Path:
        """A consistent copy of the plan as it is now (a file's backup API, or a
        team plan's copy into a file)."""
        target = self._next_path(name)
        store.save_copy(target)
        return target

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


@dataclass
class WholePlanUndo:
    """The undo record of an intent undone by restoring the whole plan (an import).

    ``before`` is the private copy of the plan as it was; ``after`` the copy of the
    plan as the intent left it, made when it is undone, so that redo restores it.
    """

    files: UndoFiles
    before: Path
    after: Path | None = None


@dataclass(frozen=True)
class WholePlanEdit:
    """A service result whose undo restores the whole plan."""

    changes: Changes
    undo: WholePlanUndo


def keep_before(store: PlanStore, files: UndoFiles, reason: str = "before-import") -> Path:
    """Snapshot the plan before a whole-plan intent; return the private copy undo restores.

    The snapshot is also listed under File › Restore from Snapshot.
    """
    snapshot = store.snapshot(reason)
    return files.keep(snapshot, reason)


def restore_before(store: PlanStore, edit: WholePlanEdit) -> Changes:
    """Undo: keep a copy of the plan as it is, then restore the copy from before."""
    record = edit.undo
    record.after = record.files.copy_of(store, "after")
    store.restore(record.before)
    return Changes.all()


def restore_after(store: PlanStore, edit: WholePlanEdit) -> WholePlanEdit:
    """Redo: keep a copy of the plan as it is, then restore the copy undo kept."""
    record = edit.undo
    if record.after is None:
        raise RuntimeError("nothing to redo: the step was not undone")
    record.before = record.files.copy_of(store, "before")
    store.restore(record.after)
    return WholePlanEdit(Changes.all(), record)
