"""What the plan's lifecycle and the team-plan client use of the main window.

A protocol, so that :mod:`oa_desk.gui.plan_lifecycle` and
:mod:`oa_desk.gui.team_client` need not import the main window that owns them
(no import circles, tests/unit/test_import_cycles.py); :class:`Lifecycle` is what
the team-plan client uses of the lifecycle that owns it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtCore import QObject, SignalInstance
    from PySide6.QtGui import QAction, QUndoGroup
    from PySide6.QtWidgets import QMenu, QStatusBar, QWidget

    from oa_desk.domain.changes import Changes
    from oa_desk.gui.document import PlanDocument
    from oa_desk.gui.features import Feature
    from oa_desk.gui.jobs import JobRunner
    from oa_desk.gui.settings import Settings
    from oa_desk.gui.welcome import WelcomePage
    from oa_desk.store.planfile import PlanStore


class PlanWindow(Protocol):
    """The main window as its plan lifecycle sees it."""

    doc: PlanDocument | None
    settings: Settings
    welcome: WelcomePage
    menu_file: QMenu
    menu_recent: QMenu
    act_save_as: QAction
    undo_group: QUndoGroup
    _painted: bool
    _plan_name: str

    @property
    def plan_changed(self) -> SignalInstance: ...

    @property
    def jobs(self) -> JobRunner: ...

    def widget(self) -> QWidget: ...

    def statusBar(self) -> QStatusBar: ...

    def show_error(self, exc: object) -> None: ...

    def show_status(self, text: str) -> None: ...

    def _built_pages(self) -> list[tuple[Feature, QWidget]]: ...

    def _on_changes(self, changes: Changes) -> None: ...

    def _update_state(self) -> None: ...


class Lifecycle(Protocol):
    """The plan lifecycle as the team-plan client sees it."""

    def qobject(self) -> QObject: ...

    def set_store(self, store: PlanStore) -> None: ...

    def open_path(self, path: Path, *, read_only: bool = False) -> bool: ...

    def _default_folder(self) -> Path: ...

    def _ask_save_path(self, title: str, suggestion: Path) -> Path | None: ...

    def _refuse_open_target(self, target: Path) -> bool: ...
