"""The Timeline's files: PNG, PDF and print of the chart; MS Project XML out and in.

Long work (PDF, MS Project export and import) runs on the window's job runner
with progress; the MS Project import is one user intent, undone by restoring
the plan as it was before (``store.undo_files``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTextEdit, QWidget

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.jobs import JobRunner
from oa_desk.gui.operations import perform_job
from oa_desk.gui.timeline.import_notes import notes_text

if TYPE_CHECKING:
    from oa_desk.exchange.progress import Job
    from oa_desk.gui.timeline.pdf_dialog import PdfChoice
    from oa_desk.services.mspdi import ImportReport
    from oa_desk.services.timeline import TimelineData
    from oa_desk.store.undo_files import WholePlanEdit


MSPDI_KINDS = frozenset(
    {
        ChangeKind.TASK,
        ChangeKind.DEPENDENCY,
        ChangeKind.BASELINE,
        ChangeKind.BASELINE_TASK,
        ChangeKind.CALENDAR,
        ChangeKind.CALENDAR_EXCEPTION,
        ChangeKind.PLAN,  # the plan's start when the file starts earlier
    }
)


class TimelineFiles(QObject):
    """Exports and the MS Project import of one Timeline page."""

    def __init__(
        self,
        page: QWidget,
        jobs: JobRunner,
        document: Callable[[], PlanDocument | None],
        timeline: Callable[[], TimelineData],
        export_job: Callable[[], Any],
    ) -> None:
        super().__init__(page)
        self._page = page
        self._jobs = jobs
        self._document = document
        self._timeline = timeline
        self.notes_box: QMessageBox | None = None  # the last import's or export's notes, if any
        self._export_job = export_job
        # Tests replace these to answer the file dialogs.
        self.pick_save_file: Callable[[str, Path, str], str] = self._pick_save_file
        self.pick_open_file: Callable[[str, str], str] = self._pick_open_file
        self.pick_pdf_setup: Callable[[int], PdfChoice | None] = self._pick_pdf_setup

    # -- helpers ---------------------------------------------------------------------

    def _pick_save_file(self, title: str, suggestion: Path, kind: str) -> str:
        return QFileDialog.getSaveFileName(self._page, title, str(suggestion), kind)[0]

    def _pick_open_file(self, title: str, kind: str) -> str:
        return QFileDialog.getOpenFileName(self._page, title, str(Path.home()), kind)[0]

    def _ask_path(self, title: str, suffix: str, kind: str) -> Path | None:
        stem = self._timeline().plan_name or "timeline"
        filename = self.pick_save_file(title, Path.home() / f"{stem}{suffix}", kind)
        if not filename:
            return None
        path = Path(filename)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def _failed(self, exc: BaseException) -> None:
        doc = self._document()
        if doc is not None:
            doc.failed.emit(exc)

    def _said(self, text: str) -> None:
        doc = self._document()
        if doc is not None:
            doc.status.emit(text)

    # -- the chart ---------------------------------------------------------------------

    def export_png(self) -> None:
        from oa_desk.gui.timeline.export import export_png

        path = self._ask_path(self.tr("Export Chart as PNG"), ".png", self.tr("PNG images (*.png)"))
        if path is None:
            return
        try:
            export_png(self._export_job(), path)
        except (OSError, ValueError) as exc:
            self._failed(exc)
            return
        self._said(self.tr("Saved {path}").format(path=path))

    def _pick_pdf_setup(self, depth: int) -> PdfChoice | None:
        from oa_desk.gui.timeline.pdf_dialog import PdfExportDialog

        dialog = PdfExportDialog(depth, self._page)
        return dialog.choice() if dialog.exec() == PdfExportDialog.DialogCode.Accepted else None

    def export_pdf(self) -> None:
        from oa_desk.gui.timeline.export import PageSetup, export_pdf
        from oa_desk.gui.timeline.plan_export import limit_levels

        job = self._export_job()  # plain data: the worker paints it onto a QPdfWriter
        depth = 1 + max((row.level for row in job.rows), default=0)
        choice = self.pick_pdf_setup(depth)
        if choice is None:
            return
        path = self._ask_path(self.tr("Export Chart as PDF"), ".pdf", self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        job = limit_levels(job, choice.levels)
        setup = PageSetup(size=choice.size, landscape=choice.landscape)
        outcome = self._jobs.run(
            self.tr("Exporting {name}").format(name=path.name),
            lambda _job: export_pdf(job, path, setup),
            self._page,
            cancellable=False,
        )
        if outcome.error is not None:
            self._failed(outcome.error)
            return
        if outcome.value is None:
            return
        self._said(self.tr("Saved {path} ({pages} pages)").format(path=path, pages=outcome.value))

    def print_chart(self) -> None:
        from oa_desk.gui.timeline.export import PrintPreview

        PrintPreview(self._export_job(), self._page).exec()

    # -- MS Project XML ---------------------------------------------------------------------

    def export_mspdi(self) -> None:
        from oa_desk.services.mspdi import export_mspdi

        doc = self._document()
        if doc is None:
            return
        path = self._ask_path(
            self.tr("Export MS Project XML"), ".xml", self.tr("MS Project XML (*.xml)")
        )
        if path is None:
            return
        store, shown = doc.store, self._timeline().baseline_id
        outcome = self._jobs.run(
            self.tr("Exporting {name}").format(name=path.name),
            lambda _job: export_mspdi(store, path, shown_baseline=shown),
            self._page,
            reads_only=True,
        )
        if outcome.error is not None:
            self._failed(outcome.error)
            return
        if outcome.cancelled or outcome.value is None:
            return
        report = outcome.value
        self._said(
            self.tr("Exported {tasks} tasks and {links} links to {path}").format(
                tasks=report.tasks, links=report.links, path=path.name
            )
        )
        if report.warnings:  # what MS Project cannot hold (a twelfth baseline): said, not silent
            self._show_notes(
                self.tr("Export notes"),
                self.tr(
                    "The export made {notes} notes on what the file does not hold. Show "
                    "Details lists every one."
                ).format(notes=len(report.warnings)),
                report.warnings,
            )

    def import_mspdi(self) -> ImportReport | None:
        """Import a file as one undoable step; its report, or None if nothing was done."""
        from oa_desk.services.mspdi import import_mspdi
        from oa_desk.store.undo_files import (
            WholePlanEdit,
            WholePlanUndo,
            keep_before,
            restore_after,
            restore_before,
        )

        doc = self._document()
        # The file brings the schedule and its calendar: a role that may not change them
        # is refused before a file is chosen (the action is disabled, too).
        if doc is None or not doc.may_change(MSPDI_KINDS):
            return None
        filename = self.pick_open_file(
            self.tr("Import MS Project XML"), self.tr("MS Project XML (*.xml);;All files (*)")
        )
        if not filename:
            return None
        count = len(self._timeline().rows)
        replace = bool(count)
        if replace:
            answer = QMessageBox.question(
                self._page,
                self.tr("Replace the tasks?"),
                self.tr(
                    "This plan already has {n} tasks. Importing replaces all of them (with "
                    "their links, RACI entries and baselines) and the working calendar with "
                    "the project's. Edit › Undo brings them back."
                ).format(n=count),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        store, files, name = doc.store, doc.undo_files(), Path(filename).name
        reports: list[Any] = []

        def work(job: Job) -> WholePlanEdit:
            job.stage("Taking a snapshot")
            # The snapshot taken first is what undo restores (and File › Restore lists).
            before = keep_before(store, files)
            job.stage("Reading the file")
            report = import_mspdi(store, filename, replace=replace)
            reports.append(report)
            return WholePlanEdit(report.changes or Changes.all(), WholePlanUndo(files, before))

        done = perform_job(
            doc,
            self._jobs,
            self.tr("Import {name}").format(name=name),
            self.tr("Importing {name}").format(name=name),
            work,
            lambda edit: restore_before(store, edit),
            redo=lambda edit: restore_after(store, edit),
            parent=self._page,
            cancellable=False,
        )
        if done is None or not reports:
            return None
        self._said(
            self.tr("Imported {tasks} tasks and {links} links").format(
                tasks=reports[0].tasks, links=reports[0].links
            )
        )
        report: ImportReport = reports[0]
        self._show_import_notes(report)
        return report

    def _show_import_notes(self, report: ImportReport) -> None:
        """What the import had to change or leave out: never silently (not modal)."""
        if not report.warnings:
            return
        self._show_notes(
            self.tr("Import notes"),
            self.tr(
                "{moved} tasks do not have the file's dates, and the import made {notes} "
                "notes in all. Show Details lists every one, with the task and why."
            ).format(moved=len(report.moved), notes=len(report.warnings)),
            report.warnings,
        )

    def _show_notes(self, title: str, text: str, notes: Sequence[str]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self._page
        )
        box.setDetailedText(notes_text(notes))
        details = box.findChild(QTextEdit)
        if details is not None:  # room for a line per note, not a 400-pixel strip
            details.setMinimumWidth(720)
        self.notes_box = box  # kept alive while it is open
        box.open()
