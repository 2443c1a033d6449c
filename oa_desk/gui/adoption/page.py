"""The Adoption page: the ranked department scorecard of a month against the KPI targets,
the waves and the whole organisation below it; the adoption curve per department since
its go-live; Export Scorecard (the monthly 通报, .xlsx); and, for a department below
target, a retraining need, a risk or a communication in one click (undoable)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.gui.adoption import operations
from oa_desk.gui.adoption.model import (
    ScorecardModel,
    ScoreCol,
    headers,
    join,
    measure_labels,
    percent,
)
from oa_desk.gui.dates import from_qdate, to_qdate
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.icons import icon
from oa_desk.gui.roles import gate
from oa_desk.gui.widgets.figure_view import FigureView
from oa_desk.services import adoption
from oa_desk.services import plan as plan_service
from oa_desk.services.adoption import Scorecard, ScoreRow

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from oa_desk.charts.style import ChartStyle
    from oa_desk.gui.features import Shell


class AdoptionPage(QWidget):
    def __init__(self, shell: Shell | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shell = shell
        self._doc: PlanDocument | None = None
        self._card: Scorecard | None = None
        self._status = dt.date.today()
        self._stale = False
        self._month_set = False
        top = QHBoxLayout()
        self.month_label = QLabel()
        self.month_edit = QDateEdit()
        self.month_edit.setObjectName("monthEdit")
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setCalendarPopup(True)
        self.month_label.setBuddy(self.month_edit)
        self.month_edit.dateChanged.connect(lambda _d: self.reload())
        self.targets_label = QLabel()
        self.targets_label.setObjectName("targetsLabel")
        top.addWidget(self.month_label)
        top.addWidget(self.month_edit)
        top.addSpacing(12)
        top.addWidget(self.targets_label, 1)
        self.export_button = QPushButton(icon("microsoft-excel-logo"), "")
        self.export_button.setObjectName("exportScorecardButton")
        self.export_button.clicked.connect(lambda _c=False: self.export_dialog())
        top.addWidget(self.export_button)
        follow = QHBoxLayout()
        self.selection_label = QLabel()
        self.selection_label.setObjectName("selectionLabel")
        follow.addWidget(self.selection_label, 1)
        self.follow_buttons: dict[str, QPushButton] = {}
        for kind, name in (
            ("training_need", "list-checks"),
            ("risk", "warning"),
            ("communication", "rocket-launch"),
        ):
            button = QPushButton(icon(name), "")
            button.setObjectName(f"{kind}Button")
            button.clicked.connect(lambda _c=False, k=kind: self.follow_up(k))
            follow.addWidget(button)
            self.follow_buttons[kind] = button
        self.model = ScorecardModel(self)
        self.view = QTableView()
        self.view.setObjectName("scorecardView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ScoreCol.DEPARTMENT, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_selection())
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setWordWrap(True)
        self.chart = FigureView()
        self.chart.setObjectName("adoptionChart")
        self.chart.setMinimumHeight(220)
        table = QWidget()
        table_layout = QVBoxLayout(table)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.empty_label)
        table_layout.addWidget(self.view)
        table_layout.addLayout(follow)
        split = QSplitter()
        split.setOrientation(Qt.Orientation.Vertical)
        split.addWidget(table)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._retranslate()
        self.set_document(None)

    # -- document ---------------------------------------------------------------------

    def set_document(self, doc: PlanDocument | None) -> None:
        self._doc = doc
        self._month_set = False
        editable = doc is not None and not doc.read_only
        for button in self.follow_buttons.values():
            button.setVisible(editable)
        self.reload()

    def on_changed(self, changes: Changes) -> None:
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def card(self) -> Scorecard | None:
        return self._card

    def period(self) -> tuple[dt.date, dt.date]:
        day = from_qdate(self.month_edit.date())
        return adoption.month_of(day)

    def reload(self) -> None:
        doc = self._doc
        if doc is not None and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        if doc is None:
            self._card = None
        else:
            self._status = plan_service.status_date(doc.store)
            if not self._month_set:
                self._month_set = True
                self.month_edit.blockSignals(True)
                self.month_edit.setDate(to_qdate(self._status))
                self.month_edit.blockSignals(False)
            self._card = adoption.scorecard(doc.store, *self.period())
        self.model.set_card(self._card)
        self._show_texts()
        self._show_chart()
        self._show_selection()

    # -- showing ------------------------------------------------------------------------

    def _show_texts(self) -> None:
        card = self._card
        self.export_button.setEnabled(card is not None and bool(card.rows))
        if card is None:
            self.targets_label.setText("")
            self.empty_label.setText(self.tr("No plan open"))
            self.empty_label.setVisible(True)
            return
        goal = card.targets
        self.targets_label.setText(
            self.tr(
                "Targets (from the KPIs): active-user rate {active}, stickiness {sticky}, "
                "paperless rate {paperless}"
            ).format(
                active=percent(goal.active_rate),
                sticky=percent(goal.stickiness),
                paperless=percent(goal.paperless_rate),
            )
        )
        below = len(card.below_target())
        if not card.rows:
            self.empty_label.setText(
                self.tr(
                    "No adoption figures yet: import the OA system's usage export with "
                    "File › Import from Excel, as adoption figures (per department) or as OA "
                    "usage per person (logins)."
                )
            )
        else:
            self.empty_label.setText(
                self.tr("%n department(s) below target this month.", "", below)
            )
        self.empty_label.setVisible(True)

    def _show_chart(self) -> None:
        doc = self._doc
        if doc is None or self._card is None or not self._card.rows:
            self.chart.set_builder(None)
            return
        store = doc.store
        texts = self._chart_texts()
        loaded: list[Any] = []

        def build(style: ChartStyle) -> Figure:
            from oa_desk.charts.dashboard import build_adoption
            from oa_desk.services.dashboard_data import adoption_curves

            if not loaded:
                loaded.append(adoption_curves(store, most=10))
            return build_adoption(loaded[0], style, texts, size=(8.0, 2.6))

        self.chart.set_builder(build)

    def _chart_texts(self) -> Any:
        from oa_desk.charts.dashboard import DashboardTexts

        return DashboardTexts(
            adoption=self.tr("Active-user rate per department since its go-live"),
            target=self.tr("Target {percent}"),
            empty=self.tr("No adoption figures yet"),
            percent=self.tr("{value:.0f}%"),
            month_format=self.tr("%Y-%m"),
        )

    def selected(self) -> ScoreRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_selection(self) -> None:
        row = self.selected()
        below = row is not None and bool(row.below)
        for kind, button in self.follow_buttons.items():  # what the user's role allows
            gate(self._doc, {ChangeKind(kind)}, (button,), enabled=below)
        if row is None:
            self.selection_label.setText(
                self.tr("Select a department below target to follow it up.")
            )
        elif not row.below:
            self.selection_label.setText(
                self.tr("{department} meets its targets.").format(department=row.department)
            )
        else:
            labels = measure_labels()
            self.selection_label.setText(
                self.tr("{department} is below target on {measures}.").format(
                    department=row.department, measures=join([labels[b] for b in row.below])
                )
            )

    def select_department(self, department_id: int) -> bool:
        for r in range(self.model.rowCount()):
            row = self.model.row_at(r)
            if row is not None and row.department_id == department_id:
                self.view.setCurrentIndex(self.model.index(r, 0, QModelIndex()))
                return True
        return False

    # -- intents ------------------------------------------------------------------------

    def follow_up(self, kind: str) -> bool:
        doc, row = self._doc, self.selected()
        if doc is None or row is None or not row.below:
            return False
        if not doc.may_change({ChangeKind(kind)}):
            return False
        labels = measure_labels()
        measures = join([labels[b] for b in row.below])
        return operations.follow_up(doc, kind, row, measures, self._status) is not None

    def export_scorecard(self, path: Path) -> int:
        card = self._card
        if card is None:
            return 0
        start = card.start
        title = self.tr("OA adoption scorecard {month}").format(month=f"{start:%Y-%m}")
        return adoption.write_scorecard(path, card, title, headers(), measure_labels())

    def export_dialog(self) -> None:
        if self._card is None:
            return
        suggestion = Path.home() / self.tr("adoption-{month}.xlsx").format(
            month=f"{self._card.start:%Y-%m}"
        )
        filename, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Scorecard"), str(suggestion), self.tr("Excel workbooks (*.xlsx)")
        )
        if not filename:
            return
        path = Path(filename)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        try:
            n = self.export_scorecard(path)
        except OSError as exc:
            if self._shell is not None:
                self._shell.show_error(exc)
            return
        if self._shell is not None:
            self._shell.show_status(
                self.tr("Saved {path} (%n department(s))", "", n).format(path=path)
            )

    # -- words --------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.month_label.setText(self.tr("&Month:"))
        self.export_button.setText(self.tr("Export Scorecard…"))
        self.export_button.setToolTip(
            self.tr("Write the ranked scorecard (the monthly report) to Excel")
        )
        self.follow_buttons["training_need"].setText(self.tr("Retraining Need"))
        self.follow_buttons["risk"].setText(self.tr("Add Risk"))
        self.follow_buttons["communication"].setText(self.tr("Plan Communication"))
        self.follow_buttons["training_need"].setToolTip(
            self.tr("Record a need to retrain the selected department (Training picks it up)")
        )
        self.follow_buttons["risk"].setToolTip(
            self.tr("Add a risk of low adoption in the selected department")
        )
        self.follow_buttons["communication"].setToolTip(
            self.tr("Plan a communication to the selected department in a week")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.model.set_card(self._card)
            self._show_texts()
            self._show_chart()
            self._show_selection()
        super().changeEvent(event)
