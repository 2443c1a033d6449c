"""The feature registry: what the main window is made of.

Every area of the rollout (Overview, Timeline, Excel, and the people,
training, support and method areas to come) is a :class:`Feature`: a key, a
title, an icon, the change kinds it shows, a page built on first use, and the
menu actions it installs. The main window builds its sidebar, pages and
feature menus from ``gui.registry.features()`` and never names a page; it forwards each
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

    def add_edit_action(self, action: QAction) -> None:
        """Put a feature's action into Edit, above Preferences."""

    def status_bar(self) -> QStatusBar: ...

    def show_status(self, text: str) -> None: ...

    def show_error(self, exc: object) -> None: ...

    def show_page(self, key: str) -> None: ...

    def page(self, key: str) -> QWidget:
        """A feature's page, built now (not shown) if it was not yet."""

    @property
    def features(self) -> Sequence[Feature]:
        """Every feature of the window, in sidebar order (``gui.registry``)."""

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
    # The feature's tile on the Overview dashboard (a FeaturePage too: the Overview
    # gives it the document and forwards it the Changes this feature shows).
    tile: Callable[[Shell], QWidget] | None = None
    # The page shows the other features' tiles (the Overview): it is sent their Changes too.
    hosts_tiles: bool = False

    def wants(self, changes: Changes) -> bool:
        return changes.everything or changes.touches(*self.shows)


def page_wants(feature: Feature, changes: Changes, every: Sequence[Feature]) -> bool:
    """Whether ``feature``'s page is to be told of ``changes`` (its own, or its tiles')."""
    if feature.wants(changes):
        return True
    return feature.hosts_tiles and any(f.tile is not None and f.wants(changes) for f in every)
