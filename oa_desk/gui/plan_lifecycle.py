"""The plan's lifecycle in the main window: open, new, demo, Save As, restore, recent, lock.

Moved out of :mod:`oa_desk.gui.main_window` as it was; the window keeps one
small method per entry point and this object does the work. The open plan
stays the window's ``doc``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from oa_desk.domain.changes import Changes
from oa_desk.gui import messages, plan_report
from oa_desk.gui.dialogs import NewPlanDialog, RestoreDialog
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.operations import perform
from oa_desk.gui.team_client import TeamPlanClient
from oa_desk.gui.team_plan import is_team_plan, shown_url
from oa_desk.services import plan as plan_service
from oa_desk.store.errors import PlanFileError, PlanLockedError
from oa_desk.store.lock import REFRESH_EVERY_SECONDS
from oa_desk.store.paths import data_dir
from oa_desk.store.planfile import (
    PLAN_SUFFIX,
    PlanStore,
    copy_plan,
    create_plan,
    open_plan,
    same_file,
)
from oa_desk.store.snapshots import list_snapshots
from oa_desk.store.teamplan import is_server_url
from oa_desk.store.undo_files import (
    WholePlanEdit,
    WholePlanUndo,
    restore_after,
    restore_before,
)

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from oa_desk.gui.plan_window import PlanWindow


class PlanLifecycle(QObject):
    """Opens, creates, copies and closes the window's plan."""

    def __init__(self, window: PlanWindow) -> None:
        super().__init__(window.widget())
        self.w = window
        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(REFRESH_EVERY_SECONDS * 1000)
        self._lock_timer.timeout.connect(self._refresh_lock)
        # The plan that was open while a newly opened large one is still being checked.
        self._previous: PlanDocument | None = None
        self._check_timer = QTimer(self)
        self._check_timer.setInterval(200)
        self._check_timer.timeout.connect(self._poll_check)
        self.team = TeamPlanClient(self, window)
        window.welcome.connect_requested.connect(lambda: self.team.connect_dialog())

    def qobject(self) -> QObject:
        return self

    def open_target(self, target: Path | str, *, read_only: bool = False) -> bool:
        """Open a plan file's path or a team plan's ``postgresql://`` URL."""
        if is_server_url(target):
            return self.team.open_url(str(target), read_only=read_only)
        return self.open_path(Path(target), read_only=read_only)

    def _fill_recent(self) -> None:
        self.w.menu_recent.clear()
        recent = self.w.settings.recent_files
        for number, text in enumerate(recent, start=1):
            team = is_server_url(text)
            shown = shown_url(text) if team else text
            name = shown if team else Path(text).name
            action = self.w.menu_recent.addAction(f"&{number % 10} {name}")
            action.setToolTip(shown)
            action.setStatusTip(shown)
            action.triggered.connect(lambda _c=False, t=text: self.open_target(t))
        if not recent:
            empty = self.w.menu_recent.addAction(self.tr("No recent plans"))
            empty.setEnabled(False)
        else:
            self.w.menu_recent.addSeparator()
            clear = self.w.menu_recent.addAction(self.tr("Clear Recent Plans"))
            clear.triggered.connect(self._clear_recent)

    def _clear_recent(self) -> None:
        self.w.settings.recent_files = []
        self.w.welcome.set_recent([])

    def set_store(self, store: PlanStore) -> None:
        """Show ``store`` as the open plan, closing the previous one.

        A large plan is shown while its integrity check still runs: the previous
        plan stays open (hidden) until the check passes, and comes back if it fails.
        """
        if store.verifying and store.is_ready and store.ready_error is not None:
            # Its check has already failed: never show it, keep the plan that is open.
            error = store.ready_error
            store.close()
            self.w.show_error(error)
            return
        doc = PlanDocument(store, self.w.widget())
        doc.changed.connect(self.w._on_changes)
        doc.failed.connect(self.w.show_error)
        doc.status.connect(self.w.show_status)
        self._close_previous()
        old = self.w.doc
        if old is not None:
            self.w.undo_group.removeStack(old.undo_stack)
            if store.verifying:  # kept until _poll_check has seen the check pass
                self._previous = old
            else:
                old.close()
        self._show_document(doc)

    def _close_previous(self) -> None:
        if self._previous is not None:
            previous, self._previous = self._previous, None
            previous.close()

    def _show_document(self, doc: PlanDocument) -> None:
        store = doc.store
        self.w._plan_name = plan_service.plan_fields(store, ("name",))["name"]
        self.w.undo_group.addStack(doc.undo_stack)
        self.w.undo_group.setActiveStack(doc.undo_stack)
        self.w.doc = doc
        self._set_document_on_pages(doc)
        if is_team_plan(store):
            from oa_desk.store.connect import public_url

            url = public_url(store.url)  # type: ignore[attr-defined]
            self.w.settings.last_plan = url
            self.w.settings.add_recent(url)
        else:
            path = store.path
            self.w.settings.last_plan = str(path.resolve())
            self.w.settings.add_recent(path)
            self.w.settings.last_folder = str(path.resolve().parent)
        self.team.attach(doc)
        if store.read_only:
            self._lock_timer.stop()
        else:
            self._lock_timer.start()
        if store.verifying or not store.is_ready:
            if store.verifying and not store.is_ready:
                self.w.statusBar().showMessage(self.tr("Checking the plan's integrity…"))
            self._check_timer.start()
        self.w._update_state()
        self.w.plan_changed.emit()

    def _set_document_on_pages(self, doc: PlanDocument | None) -> None:
        for _feature, page in self.w._built_pages():
            try:
                page.set_document(doc)  # type: ignore[attr-defined]
            except Exception:  # a large plan still being checked: its check will say
                if doc is None or not doc.store.verifying:
                    raise
                log.warning("a page could not read %s before its check", doc.store.path)

    def close_plan(self) -> None:
        if self.w.doc is None:
            return
        doc, self.w.doc = self.w.doc, None
        self.w.settings.last_plan = ""  # closed on purpose: do not reopen it at the next start
        self._lock_timer.stop()
        self._check_timer.stop()
        self._set_document_on_pages(None)
        self.w.undo_group.removeStack(doc.undo_stack)
        doc.close()
        self.w._update_state()
        self.w.plan_changed.emit()

    def open_path(self, path: Path, *, read_only: bool = False) -> bool:
        """Open ``path``; on failure explain why and keep the current plan open."""
        path = path.expanduser().absolute()
        if (
            self._is_open(path)
            and self.w.doc is not None
            and (read_only or not self.w.doc.read_only)
        ):
            # e.g. picked again from Open Recent: it is already here (a read-only
            # one is opened again for writing when that is what was asked)
            self.w.show_status(self.tr("{name} is already open.").format(name=path.name))
            return True
        try:
            opened = open_plan(path, read_only=read_only)
            # Checking the plan's rules needs SQLAlchemy, which start-up does not import
            # before the window paints: the plan opened at start is checked once it has.
            store = (
                opened if not self.w._painted else plan_report.open_checked(self.w.widget(), opened)
            )
        except PlanLockedError as exc:
            return self._open_locked(path, exc)
        except PlanFileError as exc:
            if plan_report.is_not_writable(exc):  # a read-only file opens read-only
                return self.open_path(path, read_only=True)
            if exc.kind == "missing":
                self.w.settings.remove_recent(path)
                self.w.welcome.set_recent(self.w.settings.recent_files)
            self.w.show_error(exc)
            return False
        except OSError as exc:
            self.w.show_error(exc)
            return False
        self.set_store(store)
        self.w.show_status(self.tr("Opened {name}").format(name=path.name))
        if not self.w._painted:
            plan_report.check_once_painted(self.w.widget())
        return True

    def _is_open(self, path: Path) -> bool:
        if self.w.doc is None or is_team_plan(self.w.doc.store):
            return False
        try:
            return path.resolve() == self.w.doc.store.path.resolve()
        except OSError:
            return False

    def _refuse_open_target(self, target: Path) -> bool:
        """True (after saying why) when ``target`` is the plan open in this window."""
        if not self._is_open(target):
            return False
        QMessageBox.warning(
            self.w.widget(),
            self.tr("Plan in use"),
            self.tr(
                "{path} is the plan open in this window; it cannot be replaced. "
                "Choose another name."
            ).format(path=target),
        )
        return True

    def _open_locked(self, path: Path, exc: PlanLockedError) -> bool:
        box = QMessageBox(self.w.widget())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Plan in use"))
        box.setText(messages.describe(exc))
        box.setInformativeText(
            self.tr(
                "You can open it read-only, or open a copy of it as it is now and work in the copy."
            )
        )
        read_only = box.addButton(self.tr("Open &Read-Only"), QMessageBox.ButtonRole.AcceptRole)
        copy = box.addButton(self.tr("Open a &Copy…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        if box.clickedButton() is read_only:
            return self.open_path(path, read_only=True)
        if box.clickedButton() is copy:
            target = self._ask_save_path(
                self.tr("Save a Copy of the Plan"),
                path.with_name(self.tr("{stem} (copy)").format(stem=path.stem) + PLAN_SUFFIX),
            )
            if target is None or self._refuse_open_target(target):
                return False
            try:
                copy_plan(path, target)
            except (PlanFileError, OSError) as err:
                self.w.show_error(err)
                return False
            return self.open_path(target)
        return False

    def _ask_save_path(self, title: str, suggestion: Path) -> Path | None:
        filename, _ = QFileDialog.getSaveFileName(
            self.w.widget(), title, str(suggestion), self.tr("OA Desk plans (*.oadesk)")
        )
        if not filename:
            return None
        target = Path(filename)
        if target.suffix.lower() != PLAN_SUFFIX:
            target = target.with_name(target.name + PLAN_SUFFIX)
        return target

    def _default_folder(self) -> Path:
        folder = Path(self.w.settings.last_folder) if self.w.settings.last_folder else Path.home()
        return folder if folder.is_dir() else Path.home()

    def open_dialog(self) -> None:
        filename, _ = QFileDialog.getOpenFileName(
            self.w.widget(),
            self.tr("Open Plan"),
            str(self._default_folder()),
            self.tr("OA Desk plans (*.oadesk);;All files (*)"),
        )
        if filename:
            self.open_path(Path(filename))

    def new_plan(self) -> None:
        dialog = NewPlanDialog(self.w.widget())
        if dialog.exec() != NewPlanDialog.DialogCode.Accepted:
            return
        target = self._ask_save_path(
            self.tr("Save the New Plan"), self._default_folder() / (dialog.name() + PLAN_SUFFIX)
        )
        if target is None or self._refuse_open_target(target):
            return
        try:
            create_plan(
                target,
                name=dialog.name(),
                organisation=dialog.organisation(),
                start=dialog.start(),
                go_live=dialog.go_live(),
                overwrite=target.exists(),  # the save dialog asked before replacing
            )
        except (PlanFileError, OSError, ValueError) as exc:
            self.w.show_error(exc)
            return
        self.open_path(target)

    def demo_path(self) -> Path:
        return data_dir() / "demo" / f"oa-desk-demo{PLAN_SUFFIX}"

    def open_demo(self) -> None:
        path = self.demo_path()
        if not path.exists():
            from oa_desk.services.demo import generate_demo

            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                generate_demo(path)
            except (PlanFileError, OSError) as exc:
                self.w.show_error(exc)
                return
            finally:
                QApplication.restoreOverrideCursor()
        self.open_path(path)

    def save_as(self) -> None:
        if self.w.doc is None:
            return
        current = self.w.doc.store.path
        team = is_team_plan(self.w.doc.store)  # its path names its snapshots, not a file
        suggestion = self.team.suggested_file(self.w.doc.store) if team else current
        target = self._ask_save_path(self.tr("Save Plan As"), suggestion)
        if target is None:
            return
        if same_file(target, current):
            self.w.show_status(self.tr("The plan is saved automatically after every change."))
            return
        try:
            self.w.doc.store.save_copy(target)
        except (PlanFileError, OSError) as exc:
            self.w.show_error(exc)
            return
        if self.open_path(target):
            self.w.show_status(
                self.tr("Saved as {path}; you are now working in it.").format(path=target)
            )

    def restore_snapshot(self) -> None:
        from oa_desk.gui.roles import WHOLE_PLAN

        if self.w.doc is None or not self.w.doc.may_change(WHOLE_PLAN):
            return
        dialog = RestoreDialog(list_snapshots(self.w.doc.store.path), self.w.widget())
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        chosen = dialog.chosen()
        assert chosen is not None
        doc = self.w.doc
        store = doc.store
        files = doc.undo_files()

        def do() -> WholePlanEdit:
            # restore() lists a snapshot of the replaced content itself; undo needs a
            # private copy that rotation cannot remove.
            before = files.copy_of(store, "before-restore")
            store.restore(chosen)
            return WholePlanEdit(Changes.all(), WholePlanUndo(files, before))

        # One undo step like any other: Edit › Undo brings the replaced content back.
        perform(
            doc,
            self.tr("Restore the snapshot of {time}").format(time=chosen.stem[:15]),
            do,
            lambda edit: restore_before(store, edit),
            redo=lambda edit: restore_after(store, edit),
        )

    def _refresh_lock(self) -> None:
        if self.w.doc is None or self.w.doc.read_only:
            return
        if not self.w.doc.store.refresh_lock():
            path = self.w.doc.store.path
            self.close_plan()
            QMessageBox.warning(
                self.w.widget(),
                self.tr("Plan taken over"),
                self.tr(
                    "Another OA Desk has taken over {path}; it is reopened read-only here."
                ).format(path=path),
            )
            self.open_path(path, read_only=True)

    def _poll_check(self) -> None:
        doc = self.w.doc
        if doc is None:
            self._check_timer.stop()
            return
        if not doc.store.is_ready:
            return
        self._check_timer.stop()
        error = doc.store.ready_error
        if error is None:
            self._close_previous()
            if doc.store.verifying:
                self.w.show_status(self.tr("Integrity check passed."))
            return
        previous, self._previous = self._previous, None
        self.close_plan()
        if previous is not None:  # the plan that was open before comes back
            self._show_document(previous)
        self.w.show_error(error)

    def close_plan_quietly(self) -> None:
        self._close_previous()
        if self.w.doc is not None:
            doc, self.w.doc = self.w.doc, None
            self._set_document_on_pages(None)
            doc.close()
