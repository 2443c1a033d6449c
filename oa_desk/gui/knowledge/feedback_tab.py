"""The Feedback rounds tab: rounds per department and date, a round's comments, results
imported from Excel (every problem listed by row), a suggestion turned into a ticket."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oa_desk.domain.changes import ChangeKind
from oa_desk.domain.support import CHINA_TZ
from oa_desk.exchange.feedback_results import Results, read_results
from oa_desk.exchange.safety import SpreadsheetRefused
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.icons import icon
from oa_desk.gui.knowledge import operations
from oa_desk.gui.knowledge.labels import Explained, explain, problem_reason
from oa_desk.gui.knowledge.model import RoundCol, RoundsModel
from oa_desk.gui.knowledge.round_dialog import RoundDialog
from oa_desk.gui.roles import gate
from oa_desk.gui.widgets.figure_view import FigureView
from oa_desk.services import feedback
from oa_desk.services.feedback import RoundRow

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from oa_desk.charts.style import ChartStyle

MAX_PROBLEMS_SHOWN = 30


class FeedbackTab(QWidget):
    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc: PlanDocument | None = None
        self._today = today
        box = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(icon("plus"), self.tr("Add &round…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(icon("trash"), self.tr("&Delete"), self)
        self.import_button = QPushButton(icon("file-arrow-up"), self.tr("&Import results…"), self)
        self.import_button.setToolTip(
            self.tr(
                "An Excel or CSV file with one answer a row: satisfaction (1–5), "
                "comment, suggestion"
            )
        )
        for button in (self.add_button, self.edit_button, self.delete_button, self.import_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.summary = QLabel(self)
        bar.addWidget(self.summary)
        box.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.model = RoundsModel(self)
        self.view = QTableView(split)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(RoundCol.DEPARTMENT, 200)
        lower = QWidget(split)
        lbox = QVBoxLayout(lower)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addWidget(QLabel(self.tr("Comments and suggestions (★) of the round:"), lower))
        self.comments = QListWidget(lower)
        self.comments.setWordWrap(True)
        lbox.addWidget(self.comments, 1)
        ticket_bar = QHBoxLayout()
        self.ticket_button = QPushButton(
            icon("ticket"), self.tr("Turn into feature-request &ticket"), lower
        )
        ticket_bar.addWidget(self.ticket_button)
        ticket_bar.addStretch(1)
        lbox.addLayout(ticket_bar)
        self.chart = FigureView(split)  # satisfaction by round and department
        split.addWidget(self.view)
        split.addWidget(lower)
        split.addWidget(self.chart)
        split.setSizes([300, 160, 240])
        box.addWidget(split, 1)
        self.empty_note = QLabel(self)
        box.addWidget(self.empty_note)
        self.add_button.clicked.connect(self.add_round)
        self.edit_button.clicked.connect(self.edit_round)
        self.delete_button.clicked.connect(self.delete_rounds)
        self.import_button.clicked.connect(lambda: self.import_results())
        self.ticket_button.clicked.connect(self.suggestion_to_ticket)
        self.view.doubleClicked.connect(lambda _i: self.edit_round())
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.comments.currentRowChanged.connect(lambda _r: self._enable())

    def set_document(self, doc: PlanDocument | None) -> None:
        self._doc = doc
        self.reload()

    def document(self) -> PlanDocument | None:
        return self._doc

    def _editable(self) -> bool:
        """The user's role may record feedback rounds (a support desk may)."""
        return self._doc is not None and self._doc.may_change({ChangeKind.FEEDBACK_ROUND})

    def reload(self) -> None:
        doc = self._doc
        keep = self.current()
        rows = feedback.list_rounds(doc.store) if doc is not None else []
        self.model.set_rows(rows)
        self.summary.setText(self.tr("%n round(s)", "", len(rows)) if doc is not None else "")
        self.empty_note.setText(
            self.tr("No feedback rounds yet — add one or import a round's results from Excel.")
            if doc is not None and not rows
            else ""
        )
        self.empty_note.setVisible(bool(self.empty_note.text()))
        self._chart(rows)
        index = next((i for i, r in enumerate(rows) if keep and r.id == keep.id), 0)
        if rows:
            self.view.selectRow(index)
        self._show_comments()
        self._enable()

    def _chart(self, rows: list[RoundRow]) -> None:
        if self._doc is None:
            self.chart.set_builder(None)
            return
        from oa_desk.domain.support_figures import RoundScore
        from oa_desk.gui.widgets.support_charts import support_texts

        scores = [
            RoundScore(r.department, r.day, r.satisfaction, r.respondents)
            for r in sorted(rows, key=lambda r: r.day)
            if r.satisfaction is not None
        ]
        texts = support_texts()

        def build(style: ChartStyle) -> Figure:
            from oa_desk.charts.support import build_satisfaction

            return build_satisfaction(scores, style, texts)

        self.chart.set_builder(build)

    def current(self) -> RoundRow | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def _row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_comments()
        self._enable()

    def _show_comments(self) -> None:
        self.comments.clear()
        row = self.current()
        if row is not None:
            self.comments.addItems(feedback.comment_lines(row.comments))

    def _enable(self) -> None:
        has = self.current() is not None
        rounds = {ChangeKind.FEEDBACK_ROUND}
        gate(self._doc, rounds, (self.add_button, self.import_button))
        gate(self._doc, rounds, (self.edit_button, self.delete_button), enabled=has)
        comment = self.comments.currentItem() is not None
        gate(self._doc, {ChangeKind.TICKET}, (self.ticket_button,), enabled=comment)

    # -- intents -------------------------------------------------------------------------------

    def _departments(self) -> list[tuple[int, str]]:
        return feedback.department_choices(self._doc.store) if self._doc is not None else []

    def add_round(self) -> None:
        if self._doc is None or not self._editable():
            return
        dialog = RoundDialog(None, self._departments(), self._today(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            operations.add_round(self._doc, dialog.values())

    def edit_round(self) -> None:
        row = self.current()
        if self._doc is None or row is None or not self._editable():
            return
        dialog = RoundDialog(row, self._departments(), self._today(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()
            if values:
                operations.edit_round(self._doc, row.id, values)

    def delete_rounds(self) -> None:
        if self._doc is None or not self._editable():
            return
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        ids = [self.model.row_at(r).id for r in rows]
        if ids:
            text = self.tr("Delete %n feedback round(s)", "", len(ids))
            operations.delete_rounds(self._doc, ids, text)

    def import_results(self, path: Path | None = None) -> None:
        """Read a results file; list its problems, or confirm the round it makes."""
        doc = self._doc
        if doc is None or not self._editable():
            return
        if path is None:
            name, _f = QFileDialog.getOpenFileName(
                self,
                self.tr("Import feedback results"),
                "",
                self.tr("Spreadsheets (*.xlsx *.csv)"),
            )
            if not name:
                return
            path = Path(name)
        try:
            results = read_results(path)
        except SpreadsheetRefused as exc:  # hostile, damaged or not a spreadsheet at all
            from oa_desk.gui.excel.texts import refusal  # the one wording of a refused file

            doc.failed.emit(Explained(refusal(exc)))
            return
        except OSError as exc:
            doc.failed.emit(exc)
            return
        if results.problems:
            self._show_problems(path, results)
            return
        from oa_desk.domain.enums import FeedbackChannel

        try:
            filled = feedback.round_values(
                results,
                department_id=None,
                day=self._today(),
                channel=FeedbackChannel.QUESTIONNAIRE,
            )
        except Exception as exc:
            doc.failed.emit(explain(exc))
            return
        dialog = RoundDialog(
            None, self._departments(), self._today(), self, filled=filled, counted=True
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            operations.import_round(doc, results, dialog.values(), path.name)

    def _show_problems(self, path: Path, results: Results) -> None:
        lines = [
            self.tr("Row {row}, column {column}, “{value}”: {reason}").format(
                row=p.row, column=p.column, value=p.value, reason=problem_reason(p.code)
            )
            if p.row
            else problem_reason(p.code)
            for p in results.problems[:MAX_PROBLEMS_SHOWN]
        ]
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Import feedback results"))
        box.setText(
            self.tr(
                "{name} has %n problem(s); nothing was imported.", "", len(results.problems)
            ).format(name=path.name)
        )
        box.setDetailedText("\n".join(lines))
        box.setInformativeText("\n".join(lines[:5]))
        box.open()
        self.problem_box = box  # kept for the tests

    def suggestion_to_ticket(self) -> None:
        row, item = self.current(), self.comments.currentItem()
        if self._doc is None or row is None or item is None or not self._editable():
            return
        note = self.tr("From the feedback round of {day} ({department})").format(
            day=row.day.isoformat(), department=row.department or self.tr("whole organisation")
        )
        now = dt.datetime.now(CHINA_TZ)
        operations.suggestion_ticket(self._doc, row.id, item.text(), note, now)
