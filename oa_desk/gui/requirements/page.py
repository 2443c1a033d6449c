"""The Requirements page (需求调研): the register, filtered by department from the
summary of requirements per department and fit beside it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
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
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.history_menu import offer_row_history
from oa_desk.gui.icons import icon
from oa_desk.gui.requirements import operations
from oa_desk.gui.requirements.dialog import RequirementDialog
from oa_desk.gui.requirements.model import (
    ID_ROLE,
    DepartmentFilter,
    ReqCol,
    RequirementsModel,
    SummaryModel,
)
from oa_desk.gui.roles import gate
from oa_desk.gui.widgets.person_picker import Finder
from oa_desk.services import plan as plan_service
from oa_desk.services.activity import read_versions
from oa_desk.services.people_search import find_people
from oa_desk.services.requirements import RequirementData, load_requirements

# What editing a requirement writes: the row and its tasks.
KINDS = frozenset({ChangeKind.REQUIREMENT, ChangeKind.REQUIREMENT_TASK})


class RequirementsPage(QWidget):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        history: Callable[[], QAction | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._doc: PlanDocument | None = None
        self._data: RequirementData | None = None
        self._stale = False
        self._sized = False
        self._department: str | None = None
        box = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(icon("plus"), self.tr("&Add requirement…"), self)
        self.edit_button = QPushButton(icon("clipboard-text"), self.tr("&Edit…"), self)
        self.delete_button = QPushButton(icon("trash"), self.tr("&Delete"), self)
        self.add_button.clicked.connect(self.add_requirement)
        self.edit_button.clicked.connect(lambda: self.edit_requirement())
        self.delete_button.clicked.connect(self.delete_requirements)
        for button in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.filter_note = QLabel(self)
        bar.addWidget(self.filter_note)
        box.addLayout(bar)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.model = RequirementsModel(self)
        self.proxy = DepartmentFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(split)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(ReqCol.DEPARTMENT, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(self._double_clicked)
        offer_row_history(self.view, history, self._history_item)
        right = QWidget(split)
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        rbox.addWidget(QLabel(self.tr("By department and fit (click a row to filter)"), right))
        self.summary = SummaryModel(self)
        self.summary_view = QTableView(right)
        self.summary_view.setModel(self.summary)
        self.summary_view.verticalHeader().setVisible(False)
        self.summary_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.summary_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.summary_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary_view.clicked.connect(self._summary_clicked)
        rbox.addWidget(self.summary_view, 1)
        split.addWidget(self.view)
        split.addWidget(right)
        split.setSizes([820, 420])
        box.addWidget(split, 1)
        self.set_document(None)

    def set_document(self, doc: PlanDocument | None) -> None:
        self._doc = doc
        self._department = None
        self.proxy.set_department(None)
        gate(doc, KINDS, (self.add_button, self.edit_button, self.delete_button))
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
            store = self._doc.store
            self._doc.remember_versions("requirement", read_versions(store, "requirement"))
        self._data = load_requirements(self._doc.store) if self._doc is not None else None
        self.model.set_data(self._data)
        self.summary.set_data(self._data)
        if self._data and self._data.requirements and not self._sized:
            self._sized = True
            self.view.resizeColumnsToContents()
            self.view.setColumnWidth(
                ReqCol.PAIN_POINT, min(self.view.columnWidth(ReqCol.PAIN_POINT), 320)
            )
            for col in range(1, self.summary.columnCount()):
                self.summary_view.setColumnWidth(col, 64)
        self._note()

    def requirements(self) -> RequirementData | None:
        return self._data

    def _note(self) -> None:
        shown = self.proxy.rowCount()
        if self._department is None:
            self.filter_note.setText(self.tr("%n requirement(s)", "", shown))
        else:
            self.filter_note.setText(
                self.tr("%n requirement(s) of {department}", "", shown).format(
                    department=self._department or self.tr("no department")
                )
            )

    def show_department(self, name: str | None) -> None:
        """Show one department's requirements (None: all; "": those of no department)."""
        self._department = name
        self.proxy.set_department(name)
        self._note()

    def _summary_clicked(self, index: QModelIndex) -> None:
        name = self.summary.department_at(index.row())
        self.show_department(None if name is None or name == self._department else name)

    # -- intents -------------------------------------------------------------------------------

    def _finder(self) -> Finder | None:
        doc = self._doc
        return (lambda text: find_people(doc.store, text)) if doc is not None else None

    def _today(self) -> dt.date:
        return plan_service.status_date(self._doc.store) if self._doc else dt.date.today()

    def _history_item(self, index: QModelIndex) -> tuple[str, int, str]:
        row_id = int(index.siblingAtColumn(0).data(ID_ROLE))
        return (
            "requirement",
            row_id,
            str(index.siblingAtColumn(ReqCol.PAIN_POINT).data() or row_id),
        )

    def _selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [int(self.proxy.index(row, 0).data(ID_ROLE)) for row in rows]

    def _double_clicked(self, index: QModelIndex) -> None:
        self.edit_requirement(int(index.siblingAtColumn(0).data(ID_ROLE)))

    def add_requirement(self) -> None:
        if self._doc is None or self._data is None:
            return
        dept = next((d.id for d in self._data.departments if d.label == self._department), None)
        dialog = RequirementDialog(
            None, self._data, self._finder(), self._today(), self, department_id=dept
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            operations.add_requirement(self._doc, dialog.values(), dialog.task_ids())

    def edit_requirement(self, requirement_id: int | None = None) -> None:
        if self._doc is None or self._data is None:
            return
        if requirement_id is None:
            ids = self._selected_ids()
            if not ids:
                return
            requirement_id = ids[0]
        row = next((r for r in self._data.requirements if r.id == requirement_id), None)
        if row is None:
            return
        dialog = RequirementDialog(row, self._data, self._finder(), self._today(), self)
        writable = self._doc.may_change(KINDS)
        if dialog.exec() == QDialog.DialogCode.Accepted and writable:
            values = dialog.values()
            tasks = dialog.task_ids()
            links = tasks if tasks != row.task_ids else None
            if values or links is not None:
                operations.edit_requirement(self._doc, row.id, row.pain_point, values, links)

    def delete_requirements(self) -> None:
        if self._doc is None or self._data is None:
            return
        ids = self._selected_ids()
        if not ids:
            return
        names = [r.pain_point for r in self._data.requirements if r.id in ids]
        text = (
            self.tr("Delete requirement {name}").format(name=names[0])
            if len(ids) == 1
            else self.tr("Delete %n requirement(s)", "", len(ids))
        )
        operations.delete_requirements(self._doc, ids, text)
