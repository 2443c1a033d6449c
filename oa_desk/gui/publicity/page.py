"""The Publicity page: the communication plan across channels, tied to milestones, with
a calendar strip of what goes out this week and next. Each edit is one undo step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oa_desk.domain import colours
from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.history_menu import offer_row_history
from oa_desk.gui.icons import icon
from oa_desk.gui.publicity import operations
from oa_desk.gui.publicity.dialog import CommunicationDialog
from oa_desk.gui.publicity.model import ID_ROLE, SORT_ROLE, CommCol, CommunicationsModel
from oa_desk.gui.publicity.strip import DAYS, WeekStrip
from oa_desk.gui.roles import gate
from oa_desk.gui.widgets.person_picker import Finder
from oa_desk.services.activity import read_versions
from oa_desk.services.people_search import find_people
from oa_desk.services.publicity import PublicityData, load_publicity


class PublicityPage(QWidget):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        history: Callable[[], QAction | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._doc: PlanDocument | None = None
        self._data: PublicityData | None = None
        self._stale = False
        self._sized = False
        box = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(icon("plus"), self.tr("&Add item…"), self)
        self.edit_button = QPushButton(icon("rocket-launch"), self.tr("&Edit…"), self)
        self.delete_button = QPushButton(icon("trash"), self.tr("&Delete"), self)
        self.add_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(lambda: self.edit_item())
        self.delete_button.clicked.connect(self.delete_items)
        for button in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.summary = QLabel(self)
        bar.addWidget(self.summary)
        box.addLayout(bar)
        box.addWidget(QLabel(self.tr("This week and next"), self))
        self.strip = WeekStrip(self)
        box.addWidget(self.strip)
        self.model = CommunicationsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(CommCol.DATE, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(self._double_clicked)
        offer_row_history(self.view, history, self._history_item)
        box.addWidget(self.view, 1)
        self.set_document(None)

    def set_document(self, doc: PlanDocument | None) -> None:
        self._doc = doc
        gate(
            doc, {ChangeKind.COMMUNICATION}, (self.add_button, self.edit_button, self.delete_button)
        )
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
            self._doc.remember_versions("communication", read_versions(store, "communication"))
        self._data = load_publicity(self._doc.store) if self._doc is not None else None
        data = self._data
        if data is None:
            self.model.set_rows((), dt.date.today())
            self.strip.set_items((), dt.date.today())
            self.summary.setText("")
            return
        self.model.set_rows(data.items, data.status_date)
        first = WeekStrip.first_day(data.status_date)
        self.strip.set_items(data.window(first, DAYS), data.status_date)
        if data.items and not self._sized:
            self._sized = True
            self.view.resizeColumnsToContents()
            self.view.setColumnWidth(CommCol.TITLE, min(self.view.columnWidth(CommCol.TITLE), 320))
        late = sum(1 for i in data.items if i.late(data.status_date))
        text = self.tr("%n item(s)", "", len(data.items))
        if late:
            text += " · " + self.tr("%n late", "", late)
        self.summary.setText(text)
        self.summary.setStyleSheet(
            f"color: {colours.RAG['red']}; font-weight: bold;" if late else ""
        )

    def publicity(self) -> PublicityData | None:
        return self._data

    def _finder(self) -> Finder | None:
        doc = self._doc
        return (lambda text: find_people(doc.store, text)) if doc is not None else None

    def _history_item(self, index: QModelIndex) -> tuple[str, int, str]:
        row_id = int(index.siblingAtColumn(0).data(ID_ROLE))
        return ("communication", row_id, str(index.siblingAtColumn(CommCol.TITLE).data() or row_id))

    def _selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [int(self.proxy.index(row, 0).data(ID_ROLE)) for row in rows]

    def _double_clicked(self, index: QModelIndex) -> None:
        self.edit_item(int(index.siblingAtColumn(0).data(ID_ROLE)))

    def add_item(self) -> None:
        if self._doc is None or self._data is None:
            return
        dialog = CommunicationDialog(
            None, self._data.milestones, self._finder(), self._data.status_date, self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            operations.add_item(self._doc, dialog.values())

    def edit_item(self, item_id: int | None = None) -> None:
        if self._doc is None or self._data is None:
            return
        if item_id is None:
            ids = self._selected_ids()
            if not ids:
                return
            item_id = ids[0]
        row = next((i for i in self._data.items if i.id == item_id), None)
        if row is None:
            return
        dialog = CommunicationDialog(
            row, self._data.milestones, self._finder(), self._data.status_date, self
        )
        writable = self._doc.may_change({ChangeKind.COMMUNICATION})
        if dialog.exec() == QDialog.DialogCode.Accepted and writable:
            values = dialog.values()
            if values:
                operations.edit_item(self._doc, row.id, row.title, values)

    def delete_items(self) -> None:
        if self._doc is None or self._data is None:
            return
        ids = self._selected_ids()
        if not ids:
            return
        titles = [i.title for i in self._data.items if i.id in ids]
        text = (
            self.tr("Delete publicity item {title}").format(title=titles[0])
            if len(ids) == 1
            else self.tr("Delete %n publicity item(s)", "", len(ids))
        )
        operations.delete_items(self._doc, ids, text)
