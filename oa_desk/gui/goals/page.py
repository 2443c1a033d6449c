"""The Goals page: every goal with its KPI (baseline, latest, target, progress, trend,
state) above the selected goal's measurements. Each edit is one undo step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelection, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.kpis import KpiState
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.goals import operations
from oa_desk.gui.goals.dialogs import GoalDialog, MeasurementDialog
from oa_desk.gui.goals.model import (
    ID_ROLE,
    SORT_ROLE,
    GoalCol,
    GoalsModel,
    MeasurementsModel,
    SparklineDelegate,
)
from oa_desk.gui.icons import icon
from oa_desk.gui.roles import gate
from oa_desk.gui.widgets.person_picker import Finder
from oa_desk.services.activity import read_versions
from oa_desk.services.goals import GoalData, GoalRow, load_goals
from oa_desk.services.people_search import find_people


def _table(parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class GoalsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc: PlanDocument | None = None
        self._data: GoalData | None = None
        self._stale = False
        self._sized = False
        self._current: int | None = None  # the selected goal's id
        box = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_goal_button = QPushButton(icon("plus"), self.tr("&Add goal…"), self)
        self.edit_goal_button = QPushButton(icon("target"), self.tr("&Edit…"), self)
        self.delete_goal_button = QPushButton(icon("trash"), self.tr("&Delete"), self)
        self.add_goal_button.clicked.connect(self.add_goal)
        self.edit_goal_button.clicked.connect(lambda: self.edit_goal())
        self.delete_goal_button.clicked.connect(self.delete_goals)
        for button in (self.add_goal_button, self.edit_goal_button, self.delete_goal_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.summary = QLabel(self)
        bar.addWidget(self.summary)
        box.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.model = GoalsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = _table(split)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(GoalCol.CATEGORY, Qt.SortOrder.AscendingOrder)
        self.view.setItemDelegateForColumn(GoalCol.TREND, SparklineDelegate(self.view))
        self.view.setColumnWidth(GoalCol.TREND, 120)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        lower = QWidget(split)
        lbox = QVBoxLayout(lower)
        lbox.setContentsMargins(0, 0, 0, 0)
        mbar = QHBoxLayout()
        self.measurements_title = QLabel(lower)
        mbar.addWidget(self.measurements_title)
        mbar.addStretch(1)
        self.add_measurement_button = QPushButton(icon("plus"), self.tr("&Record a value…"), lower)
        self.edit_measurement_button = QPushButton(self.tr("Ch&ange…"), lower)
        self.delete_measurement_button = QPushButton(icon("trash"), self.tr("Remo&ve"), lower)
        self.add_measurement_button.clicked.connect(self.add_measurement)
        self.edit_measurement_button.clicked.connect(self.edit_measurement)
        self.delete_measurement_button.clicked.connect(self.delete_measurements)
        for button in (
            self.add_measurement_button,
            self.edit_measurement_button,
            self.delete_measurement_button,
        ):
            mbar.addWidget(button)
        lbox.addLayout(mbar)
        self.measurements = MeasurementsModel(self)
        self.measurements_view = _table(lower)
        self.measurements_view.setModel(self.measurements)
        self.measurements_view.doubleClicked.connect(lambda _i: self.edit_measurement())
        lbox.addWidget(self.measurements_view, 1)
        split.addWidget(self.view)
        split.addWidget(lower)
        split.setSizes([420, 260])
        box.addWidget(split, 1)
        self.set_document(None)

    # -- the document ----------------------------------------------------------------------

    def set_document(self, doc: PlanDocument | None) -> None:
        self._doc = doc
        self._current = None
        self.reload()

    def on_changed(self, changes: Changes) -> None:
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        if self._doc is not None and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        if self._doc is not None:  # the versions before the rows (services.activity)
            for table in ("goal", "kpi_measurement"):
                self._doc.remember_versions(table, read_versions(self._doc.store, table))
        self._data = load_goals(self._doc.store) if self._doc is not None else None
        self._show()

    def goals(self) -> GoalData | None:
        return self._data

    def _show(self) -> None:
        data = self._data
        today = data.status_date if data else dt.date.today()
        self.model.set_rows(data.goals if data else (), today)
        if data and data.goals and not self._sized:
            self._sized = True
            self.view.resizeColumnsToContents()
            self.view.setColumnWidth(GoalCol.TREND, 120)
        if data is not None and self._current is None and data.goals:
            self._current = data.goals[0].id
        if self._current is not None:
            row = self.model.row_of(self._current)
            if row is not None:
                proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.view.selectionModel().blockSignals(True)
                self.view.selectRow(proxy_index.row())
                self.view.selectionModel().blockSignals(False)
            else:
                self._current = None
        self._show_measurements()
        self._gate()
        if data is None:
            self.summary.setText("")
            return
        states = [g.state(today) for g in data.goals]
        good = sum(1 for s in states if s in (KpiState.MET, KpiState.ON_TRACK))
        self.summary.setText(
            self.tr("%n goal(s)", "", len(states))
            + " · "
            + self.tr("{good} met or on track").format(good=good)
        )

    def current_goal(self) -> GoalRow | None:
        if self._data is None or self._current is None:
            return None
        return next((g for g in self._data.goals if g.id == self._current), None)

    def _show_measurements(self) -> None:
        goal = self.current_goal()
        self.measurements.set_goal(goal)
        self.measurements_title.setText(
            self.tr("Measurements of {name}").format(name=goal.name)
            if goal
            else self.tr("Select a goal to see its measurements.")
        )

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.view.selectionModel().selectedRows()
        self._current = int(rows[0].data(ID_ROLE)) if rows else None
        self._show_measurements()
        self._gate()

    def _gate(self) -> None:
        """The edit actions the user's role allows (a tooltip says why not)."""
        chosen = self._current is not None
        gate(self._doc, {ChangeKind.GOAL}, (self.add_goal_button,))
        gate(
            self._doc,
            {ChangeKind.GOAL},
            (self.edit_goal_button, self.delete_goal_button),
            enabled=chosen,
        )
        measuring = (
            self.add_measurement_button,
            self.edit_measurement_button,
            self.delete_measurement_button,
        )
        gate(self._doc, {ChangeKind.KPI_MEASUREMENT}, measuring, enabled=chosen)

    def select_goal(self, goal_id: int) -> None:
        row = self.model.row_of(goal_id)
        if row is not None:
            self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    # -- intents -------------------------------------------------------------------------------

    def _finder(self) -> Finder | None:
        doc = self._doc
        return (lambda text: find_people(doc.store, text)) if doc is not None else None

    def _double_clicked(self, index: QModelIndex) -> None:
        self.edit_goal(int(index.siblingAtColumn(0).data(ID_ROLE)))

    def add_goal(self) -> None:
        if self._doc is None or self._data is None:
            return
        dialog = GoalDialog(None, self._finder(), self._data.status_date, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            step = operations.add_goal(self._doc, dialog.values())
            if step is not None:
                self.select_goal(step.new_id)

    def edit_goal(self, goal_id: int | None = None) -> None:
        if self._doc is None or self._data is None:
            return
        goal = next((g for g in self._data.goals if g.id == (goal_id or self._current)), None)
        if goal is None:
            return
        dialog = GoalDialog(goal, self._finder(), self._data.status_date, self)
        writable = self._doc.may_change({ChangeKind.GOAL})
        if dialog.exec() == QDialog.DialogCode.Accepted and writable:
            values = dialog.values()
            if values:
                operations.edit_goal(self._doc, goal.id, goal.name, values)

    def delete_goals(self) -> None:
        goal = self.current_goal()
        if self._doc is None or goal is None:
            return
        operations.delete_rows(
            self._doc, "goal", [goal.id], self.tr("Delete goal {name}").format(name=goal.name)
        )

    def add_measurement(self) -> None:
        goal = self.current_goal()
        if self._doc is None or self._data is None or goal is None:
            return
        dialog = MeasurementDialog(goal, None, self._data.status_date, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            operations.add_measurement(self._doc, goal.name, dialog.values())

    def _selected_measurement(self) -> int | None:
        rows = self.measurements_view.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None

    def edit_measurement(self) -> None:
        goal = self.current_goal()
        mid = self._selected_measurement()
        if self._doc is None or self._data is None or goal is None or mid is None:
            return
        row = next(m for m in goal.measurements if m.id == mid)
        dialog = MeasurementDialog(goal, row, self._data.status_date, self)
        writable = self._doc.may_change({ChangeKind.KPI_MEASUREMENT})
        if dialog.exec() == QDialog.DialogCode.Accepted and writable:
            values = dialog.values()
            if values:
                operations.edit_measurement(self._doc, mid, goal.name, values)

    def delete_measurements(self) -> None:
        goal = self.current_goal()
        mid = self._selected_measurement()
        if self._doc is None or goal is None or mid is None:
            return
        operations.delete_rows(
            self._doc,
            "kpi_measurement",
            [mid],
            self.tr("Remove a measurement of {name}").format(name=goal.name),
        )
