"""What an import would change, before anything is written.

Counts per sheet, the changes as a tree (row › field old → new), every problem
with sheet, row, column, value and reason, and the notes; reasons and notes
are said in the user's language from their codes. Import stays disabled while
there are errors; the problems can be exported as a workbook.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTreeView,
    QWidget,
)

from oa_desk.exchange.changeset import ImportPreview
from oa_desk.gui.excel import texts
from oa_desk.gui.excel.models import ChangesModel, CountsModel, ProblemsModel
from oa_desk.gui.forms.ui_excel_preview_dialog import Ui_ExcelPreviewDialog
from oa_desk.gui.icons import icon

# Columns are sized from a sample of rows, never from all of them.
WIDTH_SAMPLE = 200
MAX_COLUMN_WIDTH = 420


def _sample_rows(model: QAbstractItemModel, limit: int) -> list[QModelIndex]:
    """Up to ``limit`` row indexes: the top level, then children in order (for trees)."""
    rows: list[QModelIndex] = []
    for row in range(min(model.rowCount(), limit)):
        top = model.index(row, 0)
        rows.append(top)
        children = min(model.rowCount(top), limit - len(rows))
        rows.extend(model.index(child, 0, top) for child in range(max(children, 0)))
        if len(rows) >= limit:
            break
    return rows


def fit_columns(view: QAbstractItemView, header: QHeaderView, sample: int = WIDTH_SAMPLE) -> None:
    """Size each column of ``view`` for its header and at most ``sample`` rows."""
    model = view.model()
    metrics = view.fontMetrics()
    rows = _sample_rows(model, sample)
    indent = view.indentation() * 2 if isinstance(view, QTreeView) else 0
    for col in range(model.columnCount()):
        title = str(model.headerData(col, header.orientation()) or "")
        width = metrics.horizontalAdvance(title) + 24
        for index in rows:
            text = index.sibling(index.row(), col).data()
            if text:
                extra = 36 + (indent if col == 0 else 0)
                width = max(width, metrics.horizontalAdvance(str(text)) + extra)
        header.resizeSection(col, min(width, MAX_COLUMN_WIDTH))


class PreviewDialog(QDialog):
    """Shows an :class:`ImportPreview`; accepted means "import it"."""

    delete_missing_changed = Signal(bool)
    export_problems_requested = Signal()

    def __init__(
        self,
        preview: ImportPreview,
        labels: Mapping[str, Mapping[int, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui = Ui_ExcelPreviewDialog()
        self._ui.setupUi(self)
        self._import: QPushButton = self._ui.buttonBox.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._import.setIcon(icon("download-simple"))
        self._ui.buttonBox.accepted.connect(self.accept)
        self._ui.exportErrorsButton.setIcon(icon("export"))
        self._ui.exportErrorsButton.clicked.connect(self.export_problems_requested)
        self.counts = CountsModel(self)
        self.changes = ChangesModel(self)
        self.problems = ProblemsModel(self)
        self._ui.countsView.setModel(self.counts)
        self._ui.countsView.verticalHeader().hide()
        self._ui.countsView.horizontalHeader().setStretchLastSection(True)
        self._ui.changesTree.setModel(self.changes)
        self._ui.problemsView.setModel(self.problems)
        self._ui.problemsView.horizontalHeader().setStretchLastSection(True)
        self._ui.problemsView.verticalHeader().setDefaultSectionSize(
            self._ui.problemsView.fontMetrics().height() + 8
        )
        self._ui.deleteMissingCheck.toggled.connect(self.delete_missing_changed)
        self.preview = preview
        self.set_preview(preview, labels)

    def set_preview(
        self, preview: ImportPreview, labels: Mapping[str, Mapping[int, str]] | None = None
    ) -> None:
        self.preview = preview
        self.counts.set_preview(preview)
        self.changes.set_preview(preview, labels)
        self.problems.set_problems(preview.problems)
        tree = self._ui.changesTree
        for group in range(self.changes.rowCount()):
            index = self.changes.index(group, 0)
            if self.changes.rowCount(index) <= 50:
                tree.expand(index)
        fit_columns(tree, tree.header())
        fit_columns(self._ui.problemsView, self._ui.problemsView.horizontalHeader())
        counts = self._ui.countsView
        fit_columns(counts, counts.horizontalHeader())
        rows = min(self.counts.rowCount(), 6)
        counts.setFixedHeight(
            counts.horizontalHeader().height()
            + max(rows, 1) * counts.verticalHeader().defaultSectionSize()
            + 2 * counts.frameWidth()
            + 2
        )
        is_workbook = preview.kind == texts.WORKBOOK
        check = self._ui.deleteMissingCheck
        check.setVisible(is_workbook)
        check.blockSignals(True)
        check.setChecked(any(t.delete_missing for t in preview.tables.values()))
        check.blockSignals(False)
        check.setEnabled(is_workbook and preview.missing > 0)
        self.retranslate()

    def retranslate(self) -> None:
        preview = self.preview
        templates = texts.problem_templates()
        self._ui.notesText.setPlainText("\n".join(texts.note(n, templates) for n in preview.notes))
        tabs = self._ui.tabs
        changes = preview.inserted + preview.updated + preview.missing
        tabs.setTabText(0, self.tr("Changes ({count})").format(count=texts.number(changes)))
        tabs.setTabText(
            1, self.tr("Problems ({count})").format(count=texts.number(len(preview.problems)))
        )
        tabs.setTabIcon(1, icon("warning-circle") if preview.errors else icon("list-checks"))
        tabs.setTabVisible(2, bool(preview.notes))
        self._ui.exportErrorsButton.setEnabled(bool(preview.problems))
        self.setWindowTitle(self.tr("Import Preview — {name}").format(name=preview.source.name))
        self._ui.summaryLabel.setText(
            self.tr(
                "{name}, imported as {kind}: {added} to add, {changed} to change, "
                "{deleted} to delete, {kept} not in the file (kept)."
            ).format(
                name=preview.source.name,
                kind=texts.kind_name(preview.kind),
                added=texts.number(preview.inserted),
                changed=texts.number(preview.updated),
                deleted=texts.number(preview.deleted),
                kept=texts.number(preview.missing - preview.deleted)
                if preview.missing >= preview.deleted
                else "0",
            )
        )
        self._ui.statusLabel.setText(self.status_text())
        self._import.setEnabled(self.can_import())
        if preview.errors:
            tabs.setCurrentIndex(1)

    def can_import(self) -> bool:
        return self.preview.ok and self.preview.has_changes

    def status_text(self) -> str:
        preview = self.preview
        errors, warnings = len(preview.errors), len(preview.warnings)
        if errors == 1:
            return self.tr(
                "%n error stops the import: fix it in the file and import it again. "
                "Nothing has been written.",
                "",
                errors,
            )
        if errors:
            return self.tr(
                "%n errors stop the import: fix them in the file and import it again. "
                "Nothing has been written.",
                "",
                errors,
            )
        if not preview.has_changes:
            return self.tr("The file holds no changes for this plan: there is nothing to import.")
        if warnings == 1:
            return self.tr(
                "Ready to import, with %n warning: that row is imported as shown; "
                "check it on the Problems tab.",
                "",
                warnings,
            )
        if warnings:
            return self.tr(
                "Ready to import, with %n warnings: those rows are imported as shown; "
                "check them on the Problems tab.",
                "",
                warnings,
            )
        return self.tr("Ready to import.")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._ui.retranslateUi(self)
            self.problems.retranslate()
            self.retranslate()
        super().changeEvent(event)
