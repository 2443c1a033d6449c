"""File › Excel: import from Excel or CSV, export the plan workbook, the weekly report,
blank templates.

Every step that reads or writes a file or the plan runs on a worker thread
with a progress dialog (the window's :class:`~oa_desk.gui.jobs.JobRunner`); one
job at a time. The import itself is one user intent
(:func:`~oa_desk.gui.operations.perform_job`), undone by restoring the plan as
it was before (``store.undo_files``). The dialogs and the services are
imported when an action runs, so openpyxl and calamine never load before the
main window is shown.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from oa_desk.domain.changes import ChangeKind
from oa_desk.gui.icons import icon
from oa_desk.gui.roles import WHOLE_PLAN, gate, role_tooltip

if TYPE_CHECKING:
    from oa_desk.exchange.changeset import ImportPreview
    from oa_desk.exchange.mapping import ColumnMapping, ImportKind
    from oa_desk.exchange.progress import Job
    from oa_desk.exchange.sheets import RawSheet
    from oa_desk.gui.excel.mapping_dialog import MappingDialog
    from oa_desk.gui.excel.preview_dialog import PreviewDialog
    from oa_desk.gui.features import Shell
    from oa_desk.gui.jobs import Outcome, ProgressDialog

log = logging.getLogger(__name__)

T = TypeVar("T")
XLSX_SUFFIX = ".xlsx"
NOTICE_SECONDS = 20


def safe_file_name(text: str) -> str:
    """``text`` usable as a file name on Windows, macOS and Linux."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', "_", text).strip(" .")
    return cleaned[:120] or "OA Desk"


@dataclass
class OpenedFile:
    """A spreadsheet the user picked: a plan workbook, or the sheets of another file."""

    path: Path
    plan_workbook: bool
    sheets: list[RawSheet] = field(default_factory=list)


class FileNotice(QWidget):
    """A status-bar notice for a written file, with buttons to open it or its folder."""

    def __init__(self, text: str, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("excelFileNotice")
        self.path = path
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(text)
        self.open_button = QPushButton(icon("microsoft-excel-logo"), self.tr("&Open"))
        self.open_button.setToolTip(str(path))
        self.open_button.setFlat(True)
        self.folder_button = QPushButton(icon("folder-open"), self.tr("Show in &Folder"))
        self.folder_button.setFlat(True)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.open_folder)
        layout.addWidget(self.label)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        layout.addStretch(1)

    def open_file(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))


class ExcelActions(QObject):
    """The Excel submenu of File and everything its actions do."""

    def __init__(self, shell: Shell) -> None:
        window = shell.widget()
        super().__init__(window)
        self.setObjectName("excelActions")
        self.shell = shell
        self.window = window
        self.notice: FileNotice | None = None
        # Names for the ids of the last preview (department paths, people).
        self.labels: Mapping[str, Mapping[int, str]] = {}
        # Tests replace these to drive the dialogs without a person.
        self.pick_open_file: Callable[[], Path | None] = self._pick_open_file
        self.pick_save_file: Callable[[str, Path, str], Path | None] = self._pick_save_file

        self.menu = QMenu(window)
        self.menu.setObjectName("excelMenu")
        self.menu.setIcon(icon("microsoft-excel-logo"))
        self.act_import = self._action("download-simple", self.import_spreadsheet)
        self.act_export = self._action("export", self.export_workbook)
        self.act_report = self._action("chart-line-up", self.weekly_report)
        self.act_template = self._action("file-xls", self.blank_template)
        self.menu.addAction(self.act_import)
        self.menu.addSeparator()
        self.menu.addActions([self.act_export, self.act_report])
        self.menu.addSeparator()
        self.menu.addAction(self.act_template)
        shell.add_file_menu(self.menu)
        shell.share_action("excel.import", self.act_import)  # the empty Timeline offers it
        shell.plan_opened.connect(self._plan_changed)
        shell.jobs.busy_changed.connect(lambda _busy: self.update_state())
        window.installEventFilter(self)
        shell.status_bar().messageChanged.connect(self._status_message_changed)
        self.retranslate()
        self.update_state()

    def _action(self, icon_name: str, slot: Callable[[], object]) -> QAction:
        action = QAction(icon(icon_name), "", self.window)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("E&xcel"))
        self.act_import.setText(self.tr("&Import from Excel/CSV…"))
        self.act_import.setToolTip(
            self.tr("Import a plan workbook, a roster or another sheet; preview before writing")
        )
        self.act_export.setText(self.tr("&Export Plan Workbook…"))
        self.act_export.setToolTip(self.tr("Write the whole plan to one Excel workbook"))
        self.act_report.setText(self.tr("Weekly &Report…"))
        self.act_report.setToolTip(self.tr("Write this week's status report as a workbook"))
        self.act_template.setText(self.tr("Blank &Template…"))
        self.act_template.setToolTip(
            self.tr("Empty sheets with the workbook's headers and drop-downs, to collect data")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # -- state ----------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.shell.jobs.busy

    @property
    def on_progress_dialog(self) -> Callable[[ProgressDialog, Job], None] | None:
        """Called with each progress dialog (tests press Cancel through it)."""
        return self.shell.jobs.on_dialog

    @on_progress_dialog.setter
    def on_progress_dialog(self, hook: Callable[[ProgressDialog, Job], None] | None) -> None:
        self.shell.jobs.on_dialog = hook

    def update_state(self) -> None:
        doc = self.shell.doc
        has_plan = doc is not None
        idle = not self.busy
        gate(doc, WHOLE_PLAN, (self.act_import,), enabled=idle)  # what the role allows
        self.act_export.setEnabled(has_plan and idle)
        self.act_report.setEnabled(has_plan and idle)
        self.act_template.setEnabled(idle)  # needs no plan: data is collected before one

    def _plan_changed(self) -> None:
        self.update_state()

    def _status_message_changed(self, text: str) -> None:
        if text and self.notice is not None:
            self._drop_notice()

    # -- running work -------------------------------------------------------------------

    def run(
        self,
        title: str,
        work: Callable[[Job], T],
        parent: QWidget | None = None,
        *,
        cancellable: bool = True,
        reads_only: bool = False,
    ) -> Outcome[T]:
        """Run ``work`` as this window's one job, with Excel's stage names."""
        from oa_desk.gui.excel import texts

        return self.shell.jobs.run(
            title,
            work,
            parent,
            cancellable=cancellable,
            reads_only=reads_only,
            stage_text=texts.stage,
        )

    def _explain(self, outcome: Outcome[Any], path: Path | None = None) -> None:
        from oa_desk.gui.excel import texts

        if outcome.cancelled:
            self.shell.show_status(texts.cancelled())
            return
        if outcome.error is not None:
            self.show_problem(texts.describe(outcome.error, path))

    def show_problem(self, text: str) -> None:
        QMessageBox.warning(self.window, self.tr("Excel"), text)

    # -- files ----------------------------------------------------------------------------

    def _folder(self) -> Path:
        settings = self.shell.settings
        for text in (settings.excel_folder, settings.last_folder):
            if text and Path(text).is_dir():
                return Path(text)
        return Path.home()

    def _pick_open_file(self) -> Path | None:
        filename, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import from Excel or CSV"),
            str(self._folder()),
            self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)"),
        )
        return Path(filename) if filename else None

    def _pick_save_file(self, title: str, suggestion: Path, filter_text: str) -> Path | None:
        filename, _ = QFileDialog.getSaveFileName(self.window, title, str(suggestion), filter_text)
        if not filename:
            return None
        path = Path(filename)
        if path.suffix.lower() != XLSX_SUFFIX:
            path = path.with_name(path.name + XLSX_SUFFIX)
        return path

    def _save_path(self, title: str, name: str) -> Path | None:
        path = self.pick_save_file(
            title,
            self._folder() / (safe_file_name(name) + XLSX_SUFFIX),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path is not None:
            self.shell.settings.excel_folder = str(path.parent)
        return path

    def _plan_name(self) -> str:
        from oa_desk.store import models

        doc = self.shell.doc
        if doc is None:
            return "OA Desk"
        with doc.store.read() as session:
            plan = session.get(models.Plan, 1)
            return plan.name if plan is not None and plan.name else doc.store.path.stem

    def announce_file(self, text: str, path: Path) -> None:
        """Say in the status bar what was written, with buttons to open it."""
        self._drop_notice()
        bar = self.shell.status_bar()
        bar.clearMessage()
        self.notice = FileNotice(text, path, bar)
        bar.addWidget(self.notice, 1)
        QTimer.singleShot(NOTICE_SECONDS * 1000, self.notice, self._drop_notice)

    def _drop_notice(self) -> None:
        if self.notice is not None:
            self.shell.status_bar().removeWidget(self.notice)
            self.notice.deleteLater()
            self.notice = None

    # -- export, report, template ------------------------------------------------------------

    @property
    def language(self) -> str:
        """The language of the workbooks written: the user's ("zh_CN", "en")."""
        from PySide6.QtCore import QLocale

        return str(self.shell.settings.language or QLocale().name())

    def export_workbook(self, path: Path | None = None) -> bool:
        from oa_desk.services import excel

        doc = self.shell.doc
        if doc is None or self.busy:
            return False
        if path is None:
            name = self.tr("{plan} {date}").format(plan=self._plan_name(), date=dt.date.today())
            path = self._save_path(self.tr("Export Plan Workbook"), name)
            if path is None:
                return False
        store = doc.store
        language = self.language
        outcome = self.run(
            self.tr("Exporting the plan"),
            lambda job: excel.export_workbook(store, path, job=job, language=language),
        )
        if not outcome.ok or outcome.value is None:
            self._explain(outcome, path)
            return False
        rows = outcome.value
        if rows == 1:
            text = self.tr("Exported the plan to {name} (%Ln row).", "", rows)
        else:
            text = self.tr("Exported the plan to {name} (%Ln rows).", "", rows)
        self.announce_file(text.format(name=path.name), path)
        return True

    def weekly_report(self, path: Path | None = None) -> bool:
        from oa_desk.services import excel

        doc = self.shell.doc
        if doc is None or self.busy:
            return False
        if path is None:
            name = self.tr("{plan} weekly report {date}").format(
                plan=self._plan_name(), date=dt.date.today()
            )
            path = self._save_path(self.tr("Weekly Report"), name)
            if path is None:
                return False
        store = doc.store
        language = self.language
        outcome = self.run(
            self.tr("Writing the weekly report"),
            lambda job: excel.write_report(store, path, job=job, language=language),
        )
        if not outcome.ok:
            self._explain(outcome, path)
            return False
        self.announce_file(self.tr("Wrote the weekly report {name}.").format(name=path.name), path)
        return True

    def blank_template(self, path: Path | None = None, tables: Sequence[str] | None = None) -> bool:
        from oa_desk.gui.excel.template_dialog import TemplateDialog
        from oa_desk.services import excel

        if self.busy:
            return False
        if tables is None:
            dialog = TemplateDialog(self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            tables = dialog.tables()
        if path is None:
            path = self._save_path(self.tr("Blank Template"), self.tr("OA Desk template"))
            if path is None:
                return False
        chosen = list(tables)
        language = self.language
        outcome = self.run(
            self.tr("Writing the template"),
            lambda _job: excel.write_template(path, chosen, language=language),
        )
        if not outcome.ok:
            self._explain(outcome, path)
            return False
        self.announce_file(self.tr("Wrote the template {name}.").format(name=path.name), path)
        return True

    # -- import -------------------------------------------------------------------------------

    def import_spreadsheet(self) -> bool:
        path = self.pick_open_file()
        if path is None:
            return False
        self.shell.settings.excel_folder = str(path.parent)
        return self.import_path(path)

    def import_path(self, path: Path) -> bool:
        """The whole import: read, map (foreign sheets), preview, confirm, write."""
        doc = self.shell.doc
        if doc is None or doc.read_only or self.busy:
            return False
        opened = self.open_file(path)
        if opened is None:
            return False
        if opened.plan_workbook:
            preview = self.preview_workbook(path)
        else:
            mapping = self.choose_mapping(opened)
            if mapping is None:
                self.shell.show_status(self.tr("Import cancelled: nothing was changed."))
                return False
            preview = self.preview_foreign(opened, mapping)
        if preview is None:
            return False
        confirmed = self.confirm(preview)
        if confirmed is None:
            self.shell.show_status(self.tr("Import cancelled: nothing was changed."))
            return False
        return self.apply(confirmed)

    def open_file(self, path: Path) -> OpenedFile | None:
        """Check the file and read what the next step needs; explain a refusal."""
        from oa_desk.exchange.safety import SpreadsheetKind
        from oa_desk.services import excel

        def work(job: Job) -> OpenedFile:
            job.stage("Reading the file")
            kind = excel.check_file(path)
            # A plan workbook, or one of its sheets saved as CSV: matched by the ID column.
            if kind in (SpreadsheetKind.XLSX, SpreadsheetKind.CSV) and excel.is_plan_workbook(path):
                return OpenedFile(path, plan_workbook=True)
            return OpenedFile(path, plan_workbook=False, sheets=excel.read_foreign(path))

        outcome = self.run(self.tr("Reading {name}").format(name=path.name), work, reads_only=True)
        if not outcome.ok or outcome.value is None:
            self._explain(outcome, path)
            return None
        return outcome.value

    def choose_mapping(self, opened: OpenedFile) -> ColumnMapping | None:
        """The mapping dialog; None when cancelled."""
        dialog = self.mapping_dialog(opened)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.mapping()

    def mapping_dialog(self, opened: OpenedFile, kind: ImportKind | None = None) -> MappingDialog:
        from oa_desk.gui.excel.mapping_dialog import MappingDialog

        return MappingDialog(opened.path, opened.sheets, self.shell.settings, kind, self.window)

    def _with_labels(
        self, make: Callable[[Job], ImportPreview]
    ) -> Callable[[Job], tuple[ImportPreview, dict[str, dict[int, str]]]]:
        from oa_desk.services import excel

        doc = self.shell.doc
        assert doc is not None
        store = doc.store

        def work(job: Job) -> tuple[ImportPreview, dict[str, dict[int, str]]]:
            preview = make(job)
            job.stage("Looking up names")
            return preview, excel.preview_labels(store)

        return work

    def preview_workbook(
        self, path: Path, *, delete_missing: bool = False, parent: QWidget | None = None
    ) -> ImportPreview | None:
        from oa_desk.services import excel

        doc = self.shell.doc
        assert doc is not None
        store = doc.store
        outcome = self.run(
            self.tr("Comparing {name} with the plan").format(name=path.name),
            self._with_labels(
                lambda job: excel.preview_workbook_import(
                    store, path, delete_missing=delete_missing, job=job
                )
            ),
            parent,
            reads_only=True,
        )
        if not outcome.ok or outcome.value is None:
            self._explain(outcome, path)
            return None
        preview, self.labels = outcome.value
        return preview

    def preview_foreign(self, opened: OpenedFile, mapping: ColumnMapping) -> ImportPreview | None:
        from oa_desk.services import excel

        doc = self.shell.doc
        assert doc is not None
        store = doc.store
        outcome = self.run(
            self.tr("Comparing {name} with the plan").format(name=opened.path.name),
            self._with_labels(
                lambda job: excel.preview_foreign_import(
                    store, opened.path, mapping.kind, mapping, job=job, sheets=opened.sheets
                )
            ),
            reads_only=True,
        )
        if not outcome.ok or outcome.value is None:
            self._explain(outcome, opened.path)
            return None
        preview, self.labels = outcome.value
        return preview

    def preview_dialog(self, preview: ImportPreview) -> PreviewDialog:
        """The preview dialog, wired to re-preview and to export its problems."""
        from oa_desk.gui.excel.preview_dialog import PreviewDialog

        dialog = PreviewDialog(preview, self.labels, self.window)

        def delete_missing(on: bool) -> None:
            again = self.preview_workbook(preview.source, delete_missing=on, parent=dialog)
            # Cancelled or failed: show the preview as it was (the box follows it).
            dialog.set_preview(again or dialog.preview, self.labels)

        dialog.delete_missing_changed.connect(delete_missing)
        dialog.export_problems_requested.connect(lambda: self.export_problems(dialog.preview))
        return dialog

    def confirm(self, preview: ImportPreview) -> ImportPreview | None:
        """Show the preview; the preview to import (it may have been redone), or None."""
        dialog = self.preview_dialog(preview)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.can_import():
            return None
        return dialog.preview

    def export_problems(self, preview: ImportPreview, path: Path | None = None) -> bool:
        from oa_desk.services import excel

        if path is None:
            name = self.tr("{name} problems").format(name=preview.source.stem)
            path = self._save_path(self.tr("Export Problems"), name)
            if path is None:
                return False
        from oa_desk.gui.excel import texts

        # The sentences are looked up here, on the gui thread; the worker only formats.
        reason, severity = texts.reason_formatter(), texts.severity_formatter()
        outcome = self.run(
            self.tr("Writing the problems"),
            lambda _job: excel.write_error_workbook(
                preview, path, reason=reason, severity=severity
            ),
        )
        if not outcome.ok:
            self._explain(outcome, path)
            return False
        count = len(preview.problems)
        if count == 1:
            text = self.tr("Wrote %Ln problem to {name}.", "", count)
        else:
            text = self.tr("Wrote %Ln problems to {name}.", "", count)
        self.announce_file(text.format(name=path.name), path)
        return True

    def apply(self, preview: ImportPreview) -> bool:
        """Write a confirmed preview (all or nothing) as one undoable step."""
        from oa_desk.gui.excel import texts
        from oa_desk.gui.operations import perform_job
        from oa_desk.services import excel
        from oa_desk.store.undo_files import (
            WholePlanEdit,
            WholePlanUndo,
            keep_before,
            restore_after,
            restore_before,
        )

        doc = self.shell.doc
        if doc is None or doc.read_only:
            return False
        kinds = {ChangeKind.of_table(t) for t in preview.tables}
        if preview.plan_fields:
            kinds.add(ChangeKind.PLAN)
        if not doc.may_change(kinds):  # the server would refuse it: say so first
            self.show_problem(role_tooltip(doc.role))
            return False
        store = doc.store
        files = doc.undo_files()

        def work(job: Job) -> WholePlanEdit:
            job.stage("Taking a snapshot")
            before = keep_before(store, files)
            changes = excel.apply_import(store, preview, job=job)
            return WholePlanEdit(changes, WholePlanUndo(files, before))

        done = perform_job(
            doc,
            self.shell.jobs,
            self.tr("Import {name}").format(name=preview.source.name),
            self.tr("Importing {name}").format(name=preview.source.name),
            work,
            lambda edit: restore_before(store, edit),
            redo=lambda edit: restore_after(store, edit),
            stage_text=texts.stage,
            explain=lambda exc: self.show_problem(self._import_failed(exc)),
        )
        if done is None:
            return False
        self.shell.show_status(self.imported_text(preview))
        return True

    def _import_failed(self, error: BaseException | None) -> str:
        from oa_desk.gui.excel import texts

        detail = texts.describe(error) if error is not None else ""
        return self.tr("Nothing was imported and the plan is unchanged. {detail}").format(
            detail=detail
        )

    def imported_text(self, preview: ImportPreview) -> str:
        """ "1,204 people imported from roster.xlsx: 1,200 new, 4 changed, 0 deleted." """
        from oa_desk.gui.excel import texts

        count = preview.inserted + preview.updated
        main = {
            "people": "person",
            "departments": "department",
            "requirements": "requirement",
            "tasks": "task",
            "adoption": "adoption_snapshot",
            "usage": "adoption_snapshot",
            "feedback": "feedback_round",
        }.get(preview.kind)
        if main is not None and main in preview.tables:
            table = preview.tables[main]
            count = len(table.inserts) + len(table.updates)
        text = self.tr("{headline} from {name}: {added} new, {changed} changed, {deleted} deleted.")
        return text.format(
            headline=self.imported(preview.kind, count),
            name=preview.source.name,
            added=texts.number(preview.inserted),
            changed=texts.number(preview.updated),
            deleted=texts.number(preview.deleted),
        )

    def imported(self, kind: str, n: int) -> str:
        """ "1,204 people imported": English picks singular or plural here; a
        translation's numerus forms pick their own."""
        one = n == 1
        if kind == "people":
            if one:
                return self.tr("%Ln person imported", "", n)
            return self.tr("%Ln people imported", "", n)
        if kind == "departments":
            if one:
                return self.tr("%Ln department imported", "", n)
            return self.tr("%Ln departments imported", "", n)
        if kind == "requirements":
            if one:
                return self.tr("%Ln requirement imported", "", n)
            return self.tr("%Ln requirements imported", "", n)
        if kind == "tasks":
            if one:
                return self.tr("%Ln task imported", "", n)
            return self.tr("%Ln tasks imported", "", n)
        if kind in ("adoption", "usage"):
            if one:
                return self.tr("%Ln adoption figure imported", "", n)
            return self.tr("%Ln adoption figures imported", "", n)
        if kind == "feedback":
            if one:
                return self.tr("%Ln feedback result imported", "", n)
            return self.tr("%Ln feedback results imported", "", n)
        if one:
            return self.tr("%Ln row imported", "", n)
        return self.tr("%Ln rows imported", "", n)


def install(shell: Shell) -> ExcelActions:
    return ExcelActions(shell)


def find(window: QObject) -> ExcelActions | None:
    found = window.findChild(ExcelActions, "excelActions")
    return found if isinstance(found, ExcelActions) else None
