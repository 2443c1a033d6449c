"""The Risks page: the 5 × 5 heat map beside the register. Clicking a cell shows its
risks; overdue reviews stand out; each add, edit and delete is one undo step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oa_desk.domain import colours
from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.risks import level
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.icons import icon
from oa_desk.gui.risks import operations, texts
from oa_desk.gui.risks.dialog import RiskDialog
from oa_desk.gui.risks.heatmap import RiskHeatMap
from oa_desk.gui.risks.model import ID_ROLE, RiskCol, RiskFilter, RisksModel
from oa_desk.gui.roles import gate
from oa_desk.gui.widgets.person_picker import Finder
from oa_desk.services.activity import read_versions
from oa_desk.services.people_search import find_people
from oa_desk.services.risks import RiskData, load_risks

_SWATCH = "&nbsp;" * 3


class RisksPage(QWidget):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        history: Callable[[], QAction | None] = lambda: None,
        linked_tickets: Callable[[], QAction | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._history = history  # the shared "History of this item…" action, if any
        self._linked_tickets = linked_tickets  # Support's shared "Linked tickets…", if any
        self._doc: PlanDocument | None = None
        self._data: RiskData | None = None
        self._stale = False
        self._sized = False
        box = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(icon("plus"), self.tr("&Add risk…"), self)
        self.edit_button = QPushButton(icon("warning"), self.tr("&Edit…"), self)
        self.delete_button = QPushButton(icon("trash"), self.tr("&Delete"), self)
        self.show_closed = QCheckBox(self.tr("Show &mitigated and closed"), self)
        self.add_button.clicked.connect(self.add_risk)
        self.edit_button.clicked.connect(lambda: self.edit_risk())
        self.delete_button.clicked.connect(self.delete_risks)
        for widget in (self.add_button, self.edit_button, self.delete_button, self.show_closed):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.summary = QLabel(self)
        bar.addWidget(self.summary)
        box.addLayout(bar)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(split)
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Live risks by probability and impact"), left)
        lbox.addWidget(title)
        self.heat_map = RiskHeatMap(left)
        lbox.addWidget(self.heat_map, 1)
        self.cell_note = QLabel(left)
        self.cell_note.setWordWrap(True)
        lbox.addWidget(self.cell_note)
        legend = QLabel(left)
        legend.setText(
            "  ".join(
                f'<span style="background:{colours.RISK_LEVEL[lvl.value]}">{_SWATCH}</span> {name}'
                for lvl, name in texts.level_names().items()
            )
        )
        lbox.addWidget(legend)
        self.model = RisksModel(self)
        self.proxy = RiskFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(split)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(RiskCol.SCORE, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._row_menu)
        split.addWidget(left)
        split.addWidget(self.view)
        split.setSizes([360, 840])
        box.addWidget(split, 1)
        self.heat_map.cell_clicked.connect(self._cell_clicked)
        self.show_closed.toggled.connect(self._show_closed)
        self.set_document(None)

    # -- the document ----------------------------------------------------------------------

    def set_document(self, doc: PlanDocument | None) -> None:
        self._doc = doc
        gate(doc, {ChangeKind.RISK}, (self.add_button, self.edit_button, self.delete_button))
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
        doc = self._doc
        if doc is not None:
            # The versions first: a change landing between the two reads makes an edit
            # refused needlessly, never accepted over a change the page does not show.
            doc.remember_versions("risk", read_versions(doc.store, "risk"))
        self._data = load_risks(doc.store) if doc is not None else None
        self._show()

    def risks(self) -> RiskData | None:
        return self._data

    def _show(self) -> None:
        data = self._data
        if data is None:
            self.model.set_rows((), dt.date.today())
            self.heat_map.set_counts({})
            self.summary.setText("")
            self.cell_note.setText("")
            return
        self.model.set_rows(data.risks, data.status_date)
        self.heat_map.set_counts(data.heat())
        if data.risks and not self._sized:
            self._sized = True
            self.view.resizeColumnsToContents()
            self.view.setColumnWidth(RiskCol.TITLE, min(self.view.columnWidth(RiskCol.TITLE), 320))
        live = sum(data.heat().values())
        overdue = len(data.overdue())
        parts = [self.tr("%n live risk(s)", "", live)]
        if overdue:
            parts.append(self.tr("%n review(s) overdue", "", overdue))
        self.summary.setText(" · ".join(parts))
        self.summary.setStyleSheet(
            f"color: {colours.RAG['red']}; font-weight: bold;" if overdue else ""
        )
        self._note_cell()

    def _note_cell(self) -> None:
        cell = self.heat_map.selected()
        if cell is None:
            self.cell_note.setText(self.tr("Click a cell to show only its risks."))
            return
        p, i = cell
        self.cell_note.setText(
            self.tr(
                "Showing probability {p} × impact {i} ({level}); click the cell again to show all."
            ).format(p=p, i=i, level=texts.level_names()[level(p, i)])
        )

    def _cell_clicked(self, probability: int, impact: int) -> None:
        self.proxy.set_cell((probability, impact) if probability else None)
        self._note_cell()

    def _show_closed(self, show: bool) -> None:
        self.proxy.set_show_closed(show)

    # -- intents -------------------------------------------------------------------------------

    def _finder(self) -> Finder | None:
        doc = self._doc
        return (lambda text: find_people(doc.store, text)) if doc is not None else None

    def _selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [int(self.proxy.index(row, 0).data(ID_ROLE)) for row in rows]

    def _row_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid() or self._doc is None:
            return
        risk_id = int(index.siblingAtColumn(0).data(ID_ROLE))
        title = str(index.siblingAtColumn(RiskCol.TITLE).data() or risk_id)
        menu = QMenu(self)
        menu.addAction(
            self.edit_button.icon(), self.edit_button.text(), lambda: self.edit_risk(risk_id)
        )
        menu.addAction(self.delete_button.icon(), self.delete_button.text(), self.delete_risks)
        for action in menu.actions():
            action.setEnabled(self.edit_button.isEnabled())
        label = self.tr("risk {title}").format(title=title)
        menu.addSeparator()
        linked = self._linked_tickets()
        if linked is not None:
            linked.setData(("risk", risk_id, label))
            menu.addAction(linked)
        history = self._history()
        if history is not None:
            history.setData(("risk", risk_id, label))
            menu.addAction(history)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def _double_clicked(self, index: QModelIndex) -> None:
        risk_id = int(index.siblingAtColumn(0).data(ID_ROLE))
        linked = self._linked_tickets()
        if index.column() == RiskCol.TICKETS and index.data() and linked is not None:
            title = str(index.siblingAtColumn(RiskCol.TITLE).data() or risk_id)
            linked.setData(("risk", risk_id, self.tr("risk {title}").format(title=title)))
            linked.trigger()  # the tickets it came from, not the risk's dialog
            return
        self.edit_risk(risk_id)

    def add_risk(self) -> None:
        if self._doc is None or self._data is None:
            return
        dialog = RiskDialog(None, self._data.tasks, self._finder(), self._data.status_date, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            operations.add_risk(self._doc, dialog.values())

    def edit_risk(self, risk_id: int | None = None) -> None:
        if self._doc is None or self._data is None:
            return
        if risk_id is None:
            ids = self._selected_ids()
            if not ids:
                return
            risk_id = ids[0]
        row = next((r for r in self._data.risks if r.id == risk_id), None)
        if row is None:
            return
        dialog = RiskDialog(row, self._data.tasks, self._finder(), self._data.status_date, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and self._doc.may_change({ChangeKind.RISK}):
            values = dialog.values()
            if values:
                read = self._doc.versions_read("risk", [row.id])
                operations.edit_risk(self._doc, row.id, row.title, values, read=read)

    def delete_risks(self) -> None:
        if self._doc is None or self._data is None:
            return
        ids = self._selected_ids()
        if not ids:
            return
        titles = [r.title for r in self._data.risks if r.id in ids]
        text = (
            self.tr("Delete risk {title}").format(title=titles[0])
            if len(ids) == 1
            else self.tr("Delete %n risk(s)", "", len(ids))
        )
        operations.delete_risks(self._doc, ids, text, read=self._doc.versions_read("risk", ids))
