"""The Training page's file exports: every session to an .ics calendar, one calendar
per trainer, everyone's attendance to Excel. A path of None asks for one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from oa_desk.gui.document import PlanDocument
from oa_desk.gui.training.person_tab import PersonTab
from oa_desk.services import training as service

translate = QCoreApplication.translate
_CTX = "TrainingExports"


def _save_as(parent: QWidget, title: str, kinds: str) -> Path | None:
    name, _f = QFileDialog.getSaveFileName(parent, title, "", kinds)
    return Path(name) if name else None


def export_calendar(doc: PlanDocument, parent: QWidget, path: Path | None = None) -> None:
    """Every session to an .ics calendar."""
    if path is None:
        path = _save_as(
            parent, translate(_CTX, "Export calendar"), translate(_CTX, "Calendar (*.ics)")
        )
        if path is None:
            return
    try:
        n = service.export_ics(doc.store, path, name=translate(_CTX, "Training"))
    except OSError as exc:
        doc.failed.emit(exc)
        return
    doc.status.emit(translate(_CTX, "Wrote {n} sessions to {path}").format(n=n, path=path))


def export_trainer_calendars(
    doc: PlanDocument, parent: QWidget, folder: Path | None = None
) -> None:
    """One .ics per trainer into a folder."""
    if folder is None:
        name = QFileDialog.getExistingDirectory(parent, translate(_CTX, "Calendars per trainer"))
        if not name:
            return
        folder = Path(name)
    try:
        files = service.export_ics_per_trainer(doc.store, folder)
    except OSError as exc:
        doc.failed.emit(exc)
        return
    doc.status.emit(
        translate(_CTX, "Wrote {n} trainer calendars to {path}").format(n=len(files), path=folder)
    )


def export_attendance(
    doc: PlanDocument, parent: QWidget, tab: PersonTab, path: Path | None = None
) -> None:
    """Everyone's attendance, one row per enrollment, to Excel (the person tab's columns)."""
    if path is None:
        path = _save_as(
            parent,
            translate(_CTX, "Export to Excel"),
            translate(_CTX, "Excel workbook (*.xlsx)"),
        )
        if path is None:
            return
    from oa_desk.exchange.training_lists import write_list
    from oa_desk.store.training import attendance_rows

    with doc.store.read() as session:
        rows = attendance_rows(session.connection())
    model = tab.model
    try:
        n = write_list(
            path,
            translate(_CTX, "Attendance"),
            model.export_headers(),
            (model.export_row(r) for r in rows),
        )
    except OSError as exc:
        doc.failed.emit(exc)
        return
    doc.status.emit(translate(_CTX, "Wrote {n} rows to {path}").format(n=n, path=path))
