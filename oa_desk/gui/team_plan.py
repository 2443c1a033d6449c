"""The gui as a team-plan client: Connect, Publish, Pull, live refresh, a lost server.

* :class:`ConnectDialog` (``ui/connect_dialog.ui``) asks for server, port,
  database, user and password, tests the connection on a worker thread and says
  what is wrong in the user's words; it is also where Publish and Pull ask for
  their server.
* :class:`LiveBridge` brings :class:`oa_desk.store.live.LiveLink`'s
  notifications from its thread to the window's: other clients' Changes go to
  the document (pages refresh what they name), and a lost or regained server
  makes the window read-only or writable again.
* :func:`publish_file` and :func:`pull_copy` are jobs with progress and Cancel.

The password lives in the URL in memory only, or in the OS keyring when the
user ticks the box; settings and recent plans keep the URL without it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from oa_desk.domain.changes import Changes
from oa_desk.gui import messages
from oa_desk.gui.forms.ui_connect_dialog import Ui_ConnectDialog
from oa_desk.store.errors import PlanErrorKind, PlanFileError

if TYPE_CHECKING:
    from oa_desk.exchange.progress import Job
    from oa_desk.gui.jobs import JobRunner
    from oa_desk.store.connect import ProbeResult
    from oa_desk.store.live import LiveLink
    from oa_desk.store.planfile import PlanStore
    from oa_desk.store.table_copy import CopyReport, Progress
    from oa_desk.store.teamplan import TeamPlanStore

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def is_team_plan(store: PlanStore | None) -> bool:
    from oa_desk.store.teamplan import TeamPlanStore

    return isinstance(store, TeamPlanStore)


def shown_url(url: str) -> str:
    """A team plan's URL fit to show (no password)."""
    from oa_desk.store.teamplan import safe_url

    return safe_url(url)


class _Probe(QThread):
    """One test connection, off the gui thread (an unreachable server takes seconds)."""

    done = Signal(object, object)  # ProbeResult | None, the error | None

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._url = url

    def run(self) -> None:
        from oa_desk.store.connect import probe

        try:
            found = probe(self._url)
        except Exception as exc:  # handed to the gui thread, which explains it
            self.done.emit(None, exc)
            return
        self.done.emit(found, None)


_RUNNING: set[_Probe] = set()  # test connections under way, until each has finished


class ConnectDialog(QDialog):
    """Where a team plan is: server, port, database, user, password."""

    tested = Signal(bool)  # the last test connection's outcome (tests wait for it)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        url: str | None = None,
        purpose: str = "connect",
        message: str = "",
    ) -> None:
        super().__init__(parent)
        self._ui = Ui_ConnectDialog()
        self._ui.setupUi(self)
        self._purpose = purpose
        self._probe: _Probe | None = None
        self.last_probe: ProbeResult | None = None
        from oa_desk.store.connect import keyring_available, split_url

        if url:
            parts = split_url(url)
            self._ui.hostEdit.setText(parts.host)
            self._ui.portSpin.setValue(parts.port)
            self._ui.databaseEdit.setText(parts.database)
            self._ui.userEdit.setText(parts.user)
        else:
            self._ui.hostEdit.setText("localhost")
        self._keyring = keyring_available()
        self._ui.savePasswordCheck.setEnabled(self._keyring)
        self._ui.testButton.clicked.connect(self.test_connection)
        self._ui.buttonBox.accepted.connect(self._accept)
        for edit in (self._ui.hostEdit, self._ui.databaseEdit, self._ui.userEdit):
            edit.textChanged.connect(self._update)
        self._retranslate()
        self._ui.resultLabel.setText(message)
        self._update()

    def _retranslate(self) -> None:
        self._ui.retranslateUi(self)
        ok = self._ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if self._purpose == "publish":
            self.setWindowTitle(self.tr("Publish to Team Plan"))
            ok.setText(self.tr("&Publish"))
        elif self._purpose == "pull":
            self.setWindowTitle(self.tr("Pull Offline Copy"))
            ok.setText(self.tr("&Pull…"))
        else:
            ok.setText(self.tr("&Connect"))
        if not self._keyring:
            self._ui.savePasswordCheck.setToolTip(
                self.tr(
                    "No system keyring is available (install the Python package "
                    "\u201ckeyring\u201d); the password is used for this session only."
                )
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _update(self) -> None:
        complete = bool(self._ui.hostEdit.text().strip() and self._ui.databaseEdit.text().strip())
        self._ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(complete)
        self._ui.testButton.setEnabled(complete and self._probe is None)

    def public_url(self) -> str:
        """The URL without a password (what recent plans keep)."""
        from oa_desk.store.connect import build_url

        ui = self._ui
        return build_url(
            ui.hostEdit.text(), ui.portSpin.value(), ui.databaseEdit.text(), ui.userEdit.text()
        )

    def url(self) -> str:
        """The URL to connect with: the typed password in it, if any (memory only)."""
        from oa_desk.store.connect import with_password

        return with_password(self.public_url(), self._ui.passwordEdit.text())

    def set_password(self, password: str) -> None:
        self._ui.passwordEdit.setText(password)

    def test_connection(self) -> None:
        if self._probe is not None:
            return
        self._ui.resultLabel.setText(self.tr("Connecting…"))
        # Not the dialog's child: a dialog closed while the server is still being asked
        # must not destroy a running thread (Qt aborts the process). Kept alive here.
        probe = _Probe(self.url())
        _RUNNING.add(probe)
        probe.done.connect(self._tested)
        probe.finished.connect(lambda: _RUNNING.discard(probe))
        probe.finished.connect(probe.deleteLater)
        self._probe = probe
        self._update()
        self._probe.start()

    def _tested(self, found: ProbeResult | None, error: BaseException | None) -> None:
        self._probe = None
        self.last_probe = found
        self._update()
        if found is None:
            self._ui.resultLabel.setText(
                messages.describe(error) if error else self.tr("The test failed.")
            )
            self.tested.emit(False)
            return
        if found.has_plan:
            text = self.tr("Connected to PostgreSQL {version}: an OA Desk plan (format {rev}).")
        elif found.empty:
            text = self.tr(
                "Connected to PostgreSQL {version}; the database is empty: a plan file can "
                "be published into it."
            )
        else:
            text = self.tr(
                "Connected to PostgreSQL {version}, but the database holds no OA Desk plan."
            )
        self._ui.resultLabel.setText(text.format(version=found.server_version, rev=found.revision))
        self.tested.emit(True)

    def _accept(self) -> None:
        if self._ui.savePasswordCheck.isChecked() and self._ui.passwordEdit.text():
            from oa_desk.store.connect import save_password

            if not save_password(self.public_url(), self._ui.passwordEdit.text()):
                log.info("the password could not be kept in the keyring")
        self.accept()

    def done(self, result: int) -> None:
        if self._probe is not None:  # a test still running: let it end on its own
            self._probe.done.disconnect(self._tested)
            self._probe.wait(100)
        super().done(result)


class LiveBridge(QObject):
    """A team plan's live link, with its news on the gui thread.

    The link's thread emits the private signals; they are queued to this object's
    thread, which passes them on as :attr:`arrived` and :attr:`connection` unless the
    bridge was closed meanwhile (news of a plan that is no longer shown is dropped).
    """

    arrived = Signal(object)  # Changes made by another client
    connection = Signal(bool)  # the server was lost (False) or is back (True)
    _from_thread = Signal(object)
    _state_from_thread = Signal(bool)

    def __init__(self, store: TeamPlanStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from oa_desk.store.live import LiveLink

        self._closed = False
        self._from_thread.connect(self._pass_changes, Qt.ConnectionType.QueuedConnection)
        self._state_from_thread.connect(self._pass_state, Qt.ConnectionType.QueuedConnection)
        self.link: LiveLink = LiveLink(store, self._from_thread.emit, self._state_from_thread.emit)

    def _pass_changes(self, changes: Changes) -> None:
        if not self._closed:
            self.arrived.emit(changes)

    def _pass_state(self, up: bool) -> None:
        if not self._closed:
            self.connection.emit(up)

    def start(self) -> None:
        self.link.start()

    def announce(self, changes: Changes) -> None:
        self.link.announce(changes)

    def recheck(self) -> None:
        self.link.listener.recheck()

    def close(self) -> None:
        self._closed = True
        self.link.close()


def is_disconnected(exc: object) -> bool:
    return isinstance(exc, PlanFileError) and exc.kind is PlanErrorKind.DISCONNECTED


def _job_progress(job: Job) -> Progress:
    stage = [""]

    def progress(table: str, done: int) -> None:
        if table != stage[0]:
            stage[0] = table
            job.stage(table)
        job.advance(0)
        job.check()

    return progress


def publish_file(jobs: JobRunner, parent: QWidget, source: Path, url: str) -> CopyReport | None:
    """Copy the plan file ``source`` into the empty database at ``url``, as a job.

    None (after saying why) when refused or cancelled; the database is then unchanged.
    """
    from oa_desk.store.publish import publish_plan

    def work(job: Job) -> CopyReport:
        return publish_plan(source, url, progress=_job_progress(job))

    return _run(jobs, parent, translate("TeamPlan", "Publishing to the team plan…"), work)


def pull_copy(jobs: JobRunner, parent: QWidget, url: str, target: Path) -> CopyReport | None:
    """Write the team plan at ``url`` into the plan file ``target``, as a job."""
    from oa_desk.store.publish import pull_plan

    def work(job: Job) -> CopyReport:
        return pull_plan(url, target, progress=_job_progress(job))

    return _run(jobs, parent, translate("TeamPlan", "Pulling an offline copy…"), work)


def _run(
    jobs: JobRunner, parent: QWidget, title: str, work: Callable[[Job], CopyReport]
) -> CopyReport | None:
    from PySide6.QtWidgets import QMessageBox

    outcome = jobs.run(title, work, parent, stage_text=_table_stage)
    if outcome.cancelled:
        QMessageBox.information(
            parent, title, translate("TeamPlan", "Cancelled: nothing was changed.")
        )
        return None
    if outcome.error is not None or outcome.value is None:
        error = outcome.error or RuntimeError(title)
        QMessageBox.warning(parent, translate("TeamPlan", "Team Plan"), messages.describe(error))
        return None
    return outcome.value


def _table_stage(table: str) -> str:
    return translate("TeamPlan", "Copying {table}…").format(table=table)
