"""The main window's team-plan side: File › Connect, Publish, Pull; live refresh; faults.

Owned by :class:`oa_desk.gui.plan_lifecycle.PlanLifecycle`, which opens a plan
by URL through :meth:`TeamPlanClient.open_url` and hands every shown document to
:meth:`TeamPlanClient.attach`.

A team plan whose server goes away (a unit of work refused as DISCONNECTED, or
the live link's connection broken) is read-only until the live link reaches the
server again: the status bar says so, edits are refused with that message, and
the plan becomes writable again by itself, reloading what it shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from oa_desk.gui import messages
from oa_desk.gui.icons import icon
from oa_desk.gui.team_plan import (
    ConnectDialog,
    LiveBridge,
    is_disconnected,
    is_team_plan,
    publish_file,
    pull_copy,
    shown_url,
)
from oa_desk.store.errors import PlanErrorKind, PlanFileError
from oa_desk.store.planfile import PLAN_SUFFIX

if TYPE_CHECKING:
    from oa_desk.gui.document import PlanDocument
    from oa_desk.gui.plan_window import Lifecycle, PlanWindow
    from oa_desk.store.planfile import PlanStore
    from oa_desk.store.teamplan import TeamPlanStore


class TeamPlanClient(QObject):
    """Opens team plans, publishes and pulls, keeps the open one live."""

    def __init__(self, lifecycle: Lifecycle, window: PlanWindow) -> None:
        super().__init__(lifecycle.qobject())
        self.lifecycle = lifecycle
        self.w = window
        self.live: LiveBridge | None = None
        self.server_label = QLabel()
        self.server_label.setObjectName("teamPlanState")
        self.server_label.hide()
        window.statusBar().addPermanentWidget(self.server_label)
        self.act_connect = self._action("link", self.connect_dialog)
        self.act_publish = self._action("upload-simple", self.publish)
        self.act_pull = self._action("download-simple", self.pull)
        menu = window.menu_file
        menu.insertActions(window.act_save_as, [self.act_connect])
        menu.insertSeparator(window.act_save_as)
        menu.insertActions(window.act_save_as, [self.act_publish, self.act_pull])
        menu.insertSeparator(window.act_save_as)

    def _action(self, icon_name: str, slot: object) -> QAction:
        action = QAction(icon(icon_name), "", self.w.widget())
        action.triggered.connect(lambda _c=False: slot())  # type: ignore[operator]
        return action

    def retranslate(self) -> None:
        self.act_connect.setText(self.tr("Conn&ect to Team Plan…"))
        self.act_connect.setToolTip(self.tr("Open a plan shared on a PostgreSQL server"))
        self.act_publish.setText(self.tr("&Publish to Team Plan…"))
        self.act_pull.setText(self.tr("P&ull Offline Copy…"))
        self.act_pull.setToolTip(self.tr("Copy a team plan into a plan file to work offline"))
        self.update_state()

    def update_state(self) -> None:
        doc = self.w.doc
        team = doc is not None and is_team_plan(doc.store)
        self.act_publish.setEnabled(doc is not None and not team)
        self.act_publish.setToolTip(
            self.tr("Copy this plan file into an empty PostgreSQL database")
            if doc is not None and not team
            else self.tr("Open a plan file to publish it (this plan is already a team plan)")
            if team
            else self.tr("Open a plan file to publish it")
        )
        self._show_server_state()

    # -- opening --------------------------------------------------------------------

    def is_open(self, url: str) -> bool:
        from oa_desk.store.connect import public_url

        doc = self.w.doc
        if doc is None or not is_team_plan(doc.store):
            return False
        store: TeamPlanStore = doc.store  # type: ignore[assignment]
        return public_url(store.url) == public_url(url)

    def open_url(self, url: str, *, read_only: bool = False, ask: bool = True) -> bool:
        """Open the team plan at ``url``; on failure say why (and, for a refused
        password or an empty database, offer what helps) and keep the current plan."""
        from oa_desk.store.connect import public_url
        from oa_desk.store.teamplan import open_team_plan

        if self.is_open(url):
            self.w.show_status(self.tr("{url} is already open.").format(url=shown_url(url)))
            return True
        try:
            store = open_team_plan(url, read_only=read_only)
        except PlanFileError as exc:
            if ask and exc.kind is PlanErrorKind.SERVER_AUTH:
                return self.connect_dialog(url, message=messages.describe(exc))
            if ask and exc.kind is PlanErrorKind.NO_PLAN:
                return self._offer_publish(url, exc)
            self.w.show_error(exc)
            return False
        self.lifecycle.set_store(store)
        self.w.settings.last_plan = public_url(url)
        self.w.show_status(self.tr("Opened the team plan {url}").format(url=store.location))
        return True

    def connect_dialog(self, url: str | None = None, *, message: str = "") -> bool:
        """File › Connect to Team Plan…"""
        dialog = ConnectDialog(self.w.widget(), url=url, message=message)
        if dialog.exec() != ConnectDialog.DialogCode.Accepted:
            return False
        return self.open_url(dialog.url())

    def _offer_publish(self, url: str, exc: PlanFileError) -> bool:
        box = QMessageBox(self.w.widget())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("No plan on the server"))
        box.setText(messages.describe(exc))
        publish = box.addButton(self.tr("&Publish a Plan File…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not publish:
            return False
        return self.publish(url)

    # -- publish and pull -----------------------------------------------------------

    def _plan_file(self) -> Path | None:
        doc = self.w.doc
        if doc is not None and not is_team_plan(doc.store):
            return doc.store.path
        filename, _ = QFileDialog.getOpenFileName(
            self.w.widget(),
            self.tr("Plan File to Publish"),
            str(self.lifecycle._default_folder()),
            self.tr("OA Desk plans (*.oadesk)"),
        )
        return Path(filename) if filename else None

    def publish(self, url: str | None = None) -> bool:
        """File › Publish to Team Plan…: the open plan file (or one chosen) into an
        empty database; then, if the user wants, continue in the team plan."""
        source = self._plan_file()
        if source is None:
            return False
        dialog = ConnectDialog(self.w.widget(), url=url, purpose="publish")
        if dialog.exec() != ConnectDialog.DialogCode.Accepted:
            return False
        target = dialog.url()
        report = publish_file(self.w.jobs, self.w.widget(), source, target)
        if report is None:
            return False
        answer = QMessageBox.question(
            self.w.widget(),
            self.tr("Published"),
            self.tr(
                "{file} was published to {url} ({rows} rows). Continue in the team plan now?"
            ).format(file=source.name, url=shown_url(target), rows=f"{report.total:,}"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            return self.open_url(target)
        return True

    def pull(self) -> bool:
        """File › Pull Offline Copy…: the open team plan (or one chosen) into a file."""
        doc = self.w.doc
        if doc is not None and is_team_plan(doc.store):
            store: TeamPlanStore = doc.store  # type: ignore[assignment]
            url = store.url
        else:
            dialog = ConnectDialog(self.w.widget(), purpose="pull")
            if dialog.exec() != ConnectDialog.DialogCode.Accepted:
                return False
            url = dialog.url()
        from oa_desk.store.connect import split_url

        name = split_url(url).database or "team-plan"
        target = self.lifecycle._ask_save_path(
            self.tr("Save the Offline Copy"),
            self.lifecycle._default_folder() / (name + PLAN_SUFFIX),
        )
        if target is None or self.lifecycle._refuse_open_target(target):
            return False
        report = pull_copy(self.w.jobs, self.w.widget(), url, target)
        if report is None:
            return False
        answer = QMessageBox.question(
            self.w.widget(),
            self.tr("Offline copy saved"),
            self.tr("{url} was copied into {file} ({rows} rows). Open the copy now?").format(
                url=shown_url(url), file=target, rows=f"{report.total:,}"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            return self.lifecycle.open_path(target)
        return True

    # -- live refresh and faults -------------------------------------------------------

    def attach(self, doc: PlanDocument) -> None:
        """Make ``doc`` (just shown) live when it is a team plan."""
        if not is_team_plan(doc.store):
            self.live = None
            self._show_server_state()
            return
        store: TeamPlanStore = doc.store  # type: ignore[assignment]
        bridge = LiveBridge(store, doc)
        bridge.arrived.connect(doc.receive)
        bridge.connection.connect(lambda up, d=doc: self._connection(d, up))
        doc.failed.connect(lambda exc, d=doc: self._failed(d, exc))
        doc.live = bridge
        self.live = bridge
        bridge.start()
        self._show_server_state()

    def _failed(self, doc: PlanDocument, exc: object) -> None:
        if is_disconnected(exc) and doc.live is not None:
            doc.live.recheck()  # type: ignore[attr-defined]
            self._refresh(doc)

    def _connection(self, doc: PlanDocument, up: bool) -> None:
        store = doc.store
        if not is_team_plan(store) or store.read_only:
            return
        was_offline = bool(getattr(store, "offline", False))
        store.offline = not up  # type: ignore[attr-defined]
        self._refresh(doc)
        if up and was_offline:
            self.w.show_status(self.tr("The server is back: the plan can be changed again."))
        elif not up:
            self.w.show_status(self.tr("The connection to the server was lost."))

    def _refresh(self, doc: PlanDocument) -> None:
        if doc is self.w.doc:
            self.w._update_state()

    def read_only_reason(self) -> str | None:
        """Why the open team plan cannot be changed just now; None if that is not why."""
        doc = self.w.doc
        if doc is None or not getattr(doc.store, "offline", False):
            return None
        return self.tr(
            "The connection to the team plan's server was lost, so nothing can be changed "
            "until it is back. OA Desk reconnects by itself and then reloads what it shows."
        )

    def suggested_file(self, store: PlanStore) -> Path:
        """Where Save As suggests to write a team plan's copy."""
        from oa_desk.store.connect import split_url

        name = split_url(store.url).database or "team-plan"  # type: ignore[attr-defined]
        return self.lifecycle._default_folder() / (name + PLAN_SUFFIX)

    def _show_server_state(self) -> None:
        doc = self.w.doc
        if doc is None or not is_team_plan(doc.store):
            self.server_label.hide()
            return
        if getattr(doc.store, "offline", False):
            self.server_label.setText(self.tr("Server lost: read-only, reconnecting…"))
        else:
            self.server_label.setText(self.tr("Team plan: live"))
        self.server_label.show()
