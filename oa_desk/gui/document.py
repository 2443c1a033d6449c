"""The open plan as the gui sees it: its store, its undo stack, its signals.

Features never connect to the database or to each other: they run intents
through :mod:`oa_desk.gui.operations`, and the main window forwards each
``Changes`` the document announces to the features that show those kinds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.store.planfile import PlanStore
from oa_desk.store.undo_files import UndoFiles


class Announcer(Protocol):
    """Tells other clients of a team plan what this one changed (gui/team_plan.py)."""

    def announce(self, changes: Changes) -> None: ...

    def close(self) -> None: ...


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
        self.live: Announcer | None = None  # a team plan's live link, once it listens
        # table -> id -> the row version the views last read (passed back with an edit)
        self._versions: dict[str, dict[int, int]] = {}
        self._role: str | None = None

    # -- optimistic concurrency and roles ---------------------------------------------

    def remember_versions(self, table: str, versions: Mapping[int, int]) -> None:
        """The row versions a view just read with its rows (``services.activity``)."""
        self._versions.setdefault(table, {}).update(versions)

    def versions_read(self, table: str, ids: Iterable[int]) -> dict[tuple[str, int], int]:
        """What to pass as an edit's ``read`` versions: those the views read of ``ids``
        (a row never read is not checked)."""
        known = self._versions.get(table, {})
        left = self.store.left_versions  # rows this client changed last: its views show that
        out: dict[tuple[str, int], int] = {}
        for i in ids:
            seen = max(known.get(i, 0), left.get((table, i), 0))
            if seen:
                out[(table, i)] = seen
        return out

    @property
    def role(self) -> str:
        """The user's role on this plan (``domain.roles.Role``): a file's user owns it."""
        if self._role is None:
            try:
                self._role = self.store.role
            except Exception:  # the server cannot say now: offer nothing to change
                return "read_only"
        return self._role

    def may_change(self, kinds: Iterable[ChangeKind]) -> bool:
        """Whether the user's role allows an intent that changes ``kinds``."""
        from oa_desk.domain.roles import may_change

        return not self.read_only and may_change(self.role, kinds)

    def undo_files(self) -> UndoFiles:
        """The private whole-plan copies that undo of imports restores (made on first use)."""
        if self._undo_files is None:
            self._undo_files = UndoFiles()
        return self._undo_files

    @property
    def read_only(self) -> bool:
        """Nothing can be changed: opened so, or a team plan whose server is out of reach."""
        return self.store.read_only or bool(getattr(self.store, "offline", False))

    def notify(self, changes: Changes) -> None:
        """What this window's intent, undo or redo changed (told to other clients too)."""
        if changes:
            if self.live is not None:
                self.live.announce(changes)
            self.changed.emit(changes)

    def receive(self, changes: Changes) -> None:
        """What another client of the team plan changed."""
        if changes:
            self.changed.emit(changes)

    @property
    def location(self) -> str:
        """Where the plan is, fit to show: a file's path, a team plan's URL (no password)."""
        return str(getattr(self.store, "location", None) or self.store.path)

    @property
    def file_path(self) -> str:
        """The plan file's path; empty for a team plan (it has none)."""
        return "" if hasattr(self.store, "location") else str(self.store.path)

    def close(self) -> None:
        if self.live is not None:
            self.live.close()
            self.live = None
        self.undo_stack.clear()
        self.store.close()
        if self._undo_files is not None:  # the undo steps that needed them are gone
            self._undo_files.remove()
            self._undo_files = None
