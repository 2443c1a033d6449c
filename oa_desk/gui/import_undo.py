"""Undo for imports: the plan as it was before, kept aside while the plan is open.

An import can touch tens of thousands of rows in many tables and delete rows
whose children go with them (foreign-key cascades), so a row-by-row inverse
would be neither small nor certain. Instead the import takes a snapshot
first (``store.snapshot("before-import")``, listed under File › Restore from
Snapshot and kept by the usual rotation) and keeps a private link to it that
rotation cannot remove. Undo restores that copy; redo restores the copy of
the imported plan that undo kept. Both go through ``PlanStore.restore``,
which snapshots the content it replaces first, so neither ever loses data.

Undo and redo run from the undo stack, which takes back every later command
first; the private copies are deleted when the plan is closed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from pathlib import Path

from oa_desk.domain.changes import Changes
from oa_desk.gui.document import PlanDocument, ServiceCommand
from oa_desk.store.paths import data_dir
from oa_desk.store.planfile import PlanStore
from oa_desk.store.sqlitefile import backup_to, connect

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
        """A consistent copy of the plan as it is now (SQLite backup API)."""
        target = self._next_path(name)
        source = connect(store.path, read_only=True)
        try:
            backup_to(source, target)
        finally:
            source.close()
        return target

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


class ImportUndo:
    """Undo and redo of one import by restoring whole-plan copies."""

    def __init__(self, doc: PlanDocument, files: UndoFiles, before: Path) -> None:
        self._doc = doc
        self._files = files
        self._before = before
        self._after: Path | None = None

    def undo(self) -> Changes:
        store = self._doc.store
        self._after = self._files.copy_of(store, "after-import")
        store.restore(self._before)
        return Changes.all()

    def redo(self) -> Changes:
        if self._after is None:  # pragma: no cover - the stack undoes before it redoes
            raise RuntimeError("nothing to redo")
        store = self._doc.store
        self._before = self._files.copy_of(store, "before-import")
        store.restore(self._after)
        return Changes.all()

    def command(self, text: str) -> ServiceCommand:
        """The undo step for an import that has just been written."""
        return ServiceCommand(self._doc, text, self.redo, self.undo)


def before_import(store: PlanStore, files: UndoFiles) -> Path:
    """Snapshot the plan before an import; return the private copy undo restores."""
    snapshot = store.snapshot("before-import")
    return files.keep(snapshot, "before-import")
