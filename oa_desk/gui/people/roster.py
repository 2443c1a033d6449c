"""The roster tab: filters, the windowed table, a person's page beside it, and the
add / edit / deactivate actions."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oa_desk.domain.changes import ChangeKind
from oa_desk.domain.enums import AudienceTier
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.people import operations, texts
from oa_desk.gui.people.person_dialog import PersonDialog
from oa_desk.gui.people.person_panel import PersonPanel
from oa_desk.gui.people.roster_model import ID_ROLE, SORT_OF_COLUMN, RosterCol, RosterModel
from oa_desk.gui.roles import gate
from oa_desk.services import departments as dep_service
from oa_desk.services import people as people_service
from oa_desk.services.departments import OrgTree
from oa_desk.store.roster import RosterQuery, RosterSort

# Fixed widths (characters) instead of sizing to 50,000 rows' contents.
_WIDTHS = {
    RosterCol.EMPLOYEE_NO: 10,
    RosterCol.NAME: 10,
    RosterCol.DEPARTMENT: 16,
    RosterCol.TITLE: 14,
    RosterCol.EMAIL: 20,
    RosterCol.TIER: 9,
}


class RosterTab(QWidget):
    """Everyone of the roster; every filter and sort is one query."""

    reloaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc: PlanDocument | None = None
        self._tree = OrgTree((), ())
        self.query = RosterQuery()
        self.search = QLineEdit()
        self.search.setObjectName("rosterSearch")
        self.search.setPlaceholderText(
            self.tr("Search: name, pinyin initials, employee number or e-mail")
        )
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.department = QComboBox()
        self.department.setObjectName("rosterDepartment")
        self.department.setMinimumContentsLength(14)
        self.tier = QComboBox()
        self.tier.addItem(self.tr("Every tier"), None)
        for tier in AudienceTier:
            self.tier.addItem(texts.tier_label(tier), tier)
        self.active = QComboBox()
        self.active.addItem(self.tr("Active and inactive"), None)
        self.active.addItem(self.tr("Active only"), True)
        self.active.addItem(self.tr("Inactive only"), False)
        for combo in (self.department, self.tier, self.active):
            combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.count = QLabel()
        self.count.setObjectName("rosterCount")
        self.add_button = QPushButton(self.tr("Add person…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.deactivate_button = QPushButton(self.tr("Deactivate"))
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_current)
        self.deactivate_button.clicked.connect(self.toggle_active)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.department, 1)
        filters.addWidget(self.tier)
        filters.addWidget(self.active)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.deactivate_button)

        self.model = RosterModel(self)
        self.model.sort_requested.connect(self._sort)
        self.view = QTableView()
        self.view.setObjectName("rosterTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        vertical = self.view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vertical.hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        em = self.fontMetrics().horizontalAdvance("M")
        for col, chars in _WIDTHS.items():
            header.resizeSection(col, chars * em)
        header.setSortIndicator(RosterCol.NAME, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self.model.sort)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The rows about to be shown are read before they are painted.
        self.view.verticalScrollBar().valueChanged.connect(lambda _v: self.ensure_visible())
        self.view.verticalScrollBar().rangeChanged.connect(lambda _a, _b: self.ensure_visible())
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.doubleClicked.connect(lambda _i: self.edit_current())
        self.panel = PersonPanel()
        split = QSplitter()
        split.addWidget(self.view)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self._tree_timer = QTimer(self)
        self._tree_timer.setSingleShot(True)
        self._tree_timer.setInterval(0)
        self._tree_timer.timeout.connect(self.reload_tree)
        self._fill_departments()
        self._update_buttons()

    def carry_from(self, old: RosterTab) -> None:
        """Take ``old``'s search, filters, sort and department list: the tab is made
        again in a new language and the reader keeps what they were looking at
        (text typed but not yet applied is applied after the usual pause)."""
        self._tree = old._tree
        self._fill_departments()
        self.query = old.query
        choices = (
            (self.department, old.department.currentData()),
            (self.tier, old.tier.currentData()),
            (self.active, old.active.currentData()),
        )
        for combo, value in choices:
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(old.search.text())
        self.search.blockSignals(False)
        if old.search.text() != self.query.text:
            self._search_timer.start()
        column = next(c for c, s in SORT_OF_COLUMN.items() if s == self.query.sort)
        order = (
            Qt.SortOrder.DescendingOrder if self.query.descending else Qt.SortOrder.AscendingOrder
        )
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)

    # -- reading --------------------------------------------------------------------

    def set_document(self, doc: PlanDocument | None) -> None:
        """Show ``doc``'s roster: the first window paints now, the department filter's
        tree is read right after (a plan may have thousands of departments)."""
        self._doc = doc
        self.reload()
        self._tree_timer.start()

    def reload_tree(self) -> None:
        self._tree = dep_service.read_tree(self._doc.store) if self._doc else OrgTree((), ())
        self._fill_departments()

    def _fill_departments(self) -> None:
        chosen = self.department.currentData()
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(self.tr("Every department"), None)
        depth: dict[int, int] = {}
        for d in self._ordered():
            depth[d.id] = depth.get(d.parent_id, -1) + 1 if d.parent_id is not None else 0
            self.department.addItem("    " * depth[d.id] + d.name, d.id)
        index = self.department.findData(chosen)
        self.department.setCurrentIndex(max(0, index))
        self.department.blockSignals(False)

    def _ordered(self) -> list[dep_service.DepartmentRow]:
        out: list[dep_service.DepartmentRow] = []

        def walk(parent: int | None) -> None:
            for d in self._tree.children(parent):
                out.append(d)
                walk(d.id)

        walk(None)
        return out

    def reload(self) -> None:
        """Count, then load the first window (the rest when scrolled to)."""
        doc = self._doc
        chosen = self.current_id()
        if doc is None:
            self.model.set_source(0, None)
        else:
            source = people_service.RosterSource(doc.store, self.query)  # SQL sorts, filters
            self.model.set_source(source.total, source.rows)
        self.count.setText(self.tr("%n person(s)", "", self.model.total()))
        if chosen is not None:
            row = self.model.row_of(chosen)
            if row is not None:
                self.view.selectRow(row)
        self._show_current()
        self.reloaded.emit()

    def ensure_visible(self) -> None:
        """Read the windows of the rows the table shows now (and a screen below)."""
        first = max(0, self.view.rowAt(0))
        height = max(1, self.view.verticalHeader().defaultSectionSize())
        shown = self.view.viewport().height() // height + 1
        self.model.ensure_rows(first, first + 2 * shown)

    def _apply_filters(self) -> None:
        self.query = replace(
            self.query,
            text=self.search.text(),
            department_id=self.department.currentData(),
            tier=AudienceTier(tier) if (tier := self.tier.currentData()) else None,
            active=self.active.currentData(),
        )
        self.reload()

    def _sort(self, sort: RosterSort, descending: bool) -> None:
        if (sort, descending) != (self.query.sort, self.query.descending):
            self.query = replace(self.query, sort=sort, descending=descending)
            self.reload()

    # -- the current person ---------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        value = self.model.data(self.model.index(index.row(), 0), ID_ROLE)
        return int(value) if value is not None else None

    def _selection_changed(self, _a: QItemSelection, _b: QItemSelection) -> None:
        self._show_current()

    def _show_current(self) -> None:
        pid = self.current_id()
        card = people_service.read_card(self._doc.store, pid) if self._doc and pid else None
        self.panel.show_card(card)
        self._update_buttons(card.active if card else None)

    def _update_buttons(self, active: bool | None = None) -> None:
        gate(self._doc, {ChangeKind.PERSON}, (self.add_button,))
        chosen = (self.edit_button, self.deactivate_button)
        gate(self._doc, {ChangeKind.PERSON}, chosen, enabled=active is not None)
        self.deactivate_button.setText(
            self.tr("Reactivate") if active is False else self.tr("Deactivate")
        )

    # -- intents --------------------------------------------------------------------------

    def add_person(self) -> None:
        if self._doc is None:
            return
        dialog = PersonDialog(self._tree, None, self)
        if dialog.exec() == PersonDialog.DialogCode.Accepted:
            operations.add_person(self._doc, dialog.values())

    def edit_current(self) -> None:
        pid = self.current_id()
        if self._doc is None or pid is None:
            return
        card = people_service.read_card(self._doc.store, pid)
        if card is None:
            return
        if not self._doc.may_change({ChangeKind.PERSON}):  # the card beside shows it all
            return
        dialog = PersonDialog(self._tree, card, self)
        if dialog.exec() == PersonDialog.DialogCode.Accepted and dialog.values():
            operations.edit_person(self._doc, pid, card.name, dialog.values())

    def toggle_active(self) -> None:
        pid = self.current_id()
        if self._doc is None or pid is None:
            return
        card = people_service.read_card(self._doc.store, pid)
        if card is not None:
            operations.set_active(self._doc, [pid], not card.active, card.name)
