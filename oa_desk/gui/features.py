"""The feature registry: what the main window is made of.

Every area of the rollout (Overview, Timeline, Excel, and the people,
training, support and method areas to come) is a :class:`Feature`: a key, a
title, an icon, the change kinds it shows, a page built on first use, and the
menu actions it installs. The main window builds its sidebar, pages and
feature menus from :func:`features` and never names a page; it forwards each
``Changes`` the document announces to the pages whose feature shows one of
its kinds.

A feature talks to the window only through :class:`Shell`, so no feature
imports the main window (and none imports another feature).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QStatusBar, QWidget

from oa_desk.domain.changes import ChangeKind, Changes

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from oa_desk.gui.document import PlanDocument
    from oa_desk.gui.jobs import JobRunner
    from oa_desk.gui.settings import Settings


class Shell(Protocol):
    """What the main window offers every feature."""

    @property
    def doc(self) -> PlanDocument | None:
        """The open plan, or None."""

    @property
    def settings(self) -> Settings: ...

    @property
    def jobs(self) -> JobRunner:
        """The window's runner for long work (one job at a time)."""

    @property
    def plan_opened(self) -> SignalInstance:
        """Emitted after a plan was opened or closed (``doc`` tells which)."""

    def widget(self) -> QWidget:
        """The window, as the parent of dialogs."""

    def add_file_menu(self, menu: QMenu) -> None:
        """Put a feature's submenu into File, above Close."""

    def status_bar(self) -> QStatusBar: ...

    def show_status(self, text: str) -> None: ...

    def show_error(self, exc: object) -> None: ...

    def show_page(self, key: str) -> None: ...

    def share_action(self, key: str, action: QAction) -> None:
        """Offer one of a feature's actions to the others by a key ("excel.import")."""

    def shared_action(self, key: str) -> QAction | None:
        """An action another feature shared (None if no feature did): a feature uses
        another's action without importing it (the empty Timeline's Excel import)."""


class FeaturePage(Protocol):
    """A feature's page: shows one plan and refreshes from the Changes it is given."""

    def set_document(self, doc: PlanDocument | None) -> None:
        """Show ``doc`` (None: no plan). Read lazily: a hidden page reads when shown."""

    def on_changed(self, changes: Changes) -> None:
        """Refresh what ``changes`` names (only kinds the feature declared are sent)."""


@dataclass(frozen=True)
class Feature:
    """One area of the app, as the main window needs to know it.

    ``page`` and ``install`` import the feature's heavy modules inside them, so
    that the registry itself stays cheap to import at start-up.
    """

    key: str
    title: Callable[[], str]  # translated when called
    icon: str | None = None  # the sidebar's icon; a feature without a page has none
    shows: frozenset[ChangeKind] = field(default_factory=frozenset)
    page: Callable[[Shell], QWidget] | None = None  # the page, built when first shown
    install: Callable[[Shell], object] | None = None  # menus and actions, once per window

    def wants(self, changes: Changes) -> bool:
        return changes.everything or changes.touches(*self.shows)


def features() -> Sequence[Feature]:
    """Every feature, in sidebar order."""
    from oa_desk.gui.excel import FEATURE as EXCEL
    from oa_desk.gui.overview import FEATURE as OVERVIEW
    from oa_desk.gui.timeline import FEATURE as TIMELINE

    return (OVERVIEW, TIMELINE, EXCEL)
