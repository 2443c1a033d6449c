"""The Coverage tab: departments (a tree, rolled up) × tiers, and below it who has not
passed (a clicked cell, or "no training, no account" before go-live), exportable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oa_desk.gui.document import PlanDocument
from oa_desk.gui.training.labels import label
from oa_desk.gui.training.model import CoverageModel, NotPassedModel
from oa_desk.services import training as service
from oa_desk.services.training import Coverage

if TYPE_CHECKING:
    from oa_desk.gui.features import Shell


def table(parent: QWidget) -> QTableView:
    """A read-only table of rows, one selected at a time (the page's tables)."""
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    return view


class CoverageTab(QWidget):
    """``document`` gives the open plan; ``shell`` (None in some tests) shows errors."""

    def __init__(
        self,
        document: Callable[[], PlanDocument | None],
        shell: Shell | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._shell = shell
        self.matrix: Coverage | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Required, trained and passed headcount per department (with its "
                    "sub-departments) and tier. Click a cell to list who has not passed."
                ),
                self,
            )
        )
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.coverage = CoverageModel(self)
        self.coverage_view = table(split)
        self.coverage_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.coverage_view.setModel(self.coverage)
        self.coverage_view.setColumnWidth(0, 260)
        for column in (1, 2, 3):
            self.coverage_view.setColumnWidth(column, 270)
        self.coverage_view.clicked.connect(
            lambda index: self.show_missing(index.row(), index.column())
        )
        lower = QWidget(split)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.missing_title = QLabel(lower)
        bar.addWidget(self.missing_title, 1)
        bar.addWidget(QLabel(self.tr("Go-live within (days)"), lower))
        self.days = QSpinBox(lower)
        self.days.setRange(0, 365)
        self.days.setValue(14)
        bar.addWidget(self.days)
        no_account = QPushButton(self.tr("No training, no account"), lower)
        export = QPushButton(self.tr("Export to Excel…"), lower)
        bar.addWidget(no_account)
        bar.addWidget(export)
        lower_layout.addLayout(bar)
        self.missing = NotPassedModel(self)
        self.missing_view = table(lower)
        self.missing_view.setModel(self.missing)
        lower_layout.addWidget(self.missing_view, 1)
        no_account.clicked.connect(self.show_no_account)
        export.clicked.connect(lambda: self.export_list())
        split.addWidget(self.coverage_view)
        split.addWidget(lower)
        layout.addWidget(split, 1)

    def forget(self) -> None:
        """The plan changed: the matrix is read again when next needed."""
        self.matrix = None

    def current(self) -> Coverage:
        """The matrix, read now if it was not yet (the charts use it too)."""
        doc = self._document()
        if self.matrix is None and doc is not None:
            self.matrix = service.coverage(doc.store)
        return self.matrix or Coverage((), {})

    def read(self) -> None:
        if self._document() is None:
            self.coverage.set_rows([])
            return
        matrix = self.current()
        rows: list[tuple[Any, ...]] = [(None, self.tr("Whole organisation"), 0)]
        rows += [(d, name, depth + 1) for d, _p, name, depth in matrix.departments]
        self.coverage.cell = lambda d, t: matrix.total(t) if d is None else matrix.cell(d, t)
        self.coverage.set_rows(rows)

    def show_missing(self, row: int, column: int) -> None:
        tier = self.coverage.tier_of(column)
        doc = self._document()
        if doc is None or not 0 <= row < len(self.coverage.rows):
            return
        dept, name, _depth = self.coverage.rows[row]
        people = service.missing(doc.store, dept, tier)
        self.missing.set_rows(people)
        self.missing_title.setText(
            self.tr("{where}, {tier}: {n} have not passed").format(
                where=name, tier=label(tier) if tier else self.tr("all tiers"), n=len(people)
            )
        )

    def show_no_account(self) -> None:
        doc = self._document()
        if doc is None:
            return
        from oa_desk.services.plan import status_date

        days = self.days.value()
        people = service.no_account(doc.store, status_date(doc.store), days)
        self.missing.set_rows(people)
        self.missing_title.setText(
            self.tr(
                "No training, no account: {n} people go live within {days} days untrained"
            ).format(n=len(people), days=days)
        )

    def export_list(self, path: Path | None = None) -> None:
        """The list shown below the matrix, to Excel."""
        if path is None:
            parent = self._shell.widget() if self._shell is not None else self
            name, _f = QFileDialog.getSaveFileName(
                parent, self.tr("Export to Excel"), "", self.tr("Excel workbook (*.xlsx)")
            )
            if not name:
                return
            path = Path(name)
        from oa_desk.exchange.training_lists import write_list

        headers = [str(self.missing.headerData(c, Qt.Orientation.Horizontal)) for c in range(6)]
        rows = [
            [self.missing.index(r, c).data() for c in range(6)]
            for r in range(self.missing.rowCount())
        ]
        try:
            n = write_list(path, self.tr("Not passed"), headers, rows)
        except OSError as exc:
            if self._shell is not None:
                self._shell.show_error(exc)
            return
        if self._shell is not None:
            self._shell.show_status(self.tr("Wrote {n} rows to {path}").format(n=n, path=path))
