"""The Team & stakeholders page: the project team with its org chart, the stakeholder
register, the power/interest grid, the engagement assessment matrix and the RACI
matrix. One read of the Team service feeds every tab; each edit is one undo step."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from oa_desk.domain import colours
from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.enums import RaciRole
from oa_desk.domain.stakeholders import ENGAGEMENT_ORDER
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.icons import icon
from oa_desk.gui.roles import gate
from oa_desk.gui.team import operations, texts
from oa_desk.gui.team.dialogs import MemberDialog, StakeholderDialog
from oa_desk.gui.team.grid import PowerInterestGrid
from oa_desk.gui.team.model import (
    ID_ROLE,
    SORT_ROLE,
    EngagementModel,
    MemberCol,
    MembersModel,
    RaciModel,
    StakeholderCol,
    StakeholdersModel,
)
from oa_desk.gui.team.orgchart import OrgChart
from oa_desk.gui.widgets.person_picker import Finder
from oa_desk.services import team as team_service
from oa_desk.services.people_search import find_people
from oa_desk.services.team import TeamData

translate = QCoreApplication.translate
_KEYS = {
    Qt.Key.Key_R: RaciRole.R,
    Qt.Key.Key_A: RaciRole.A,
    Qt.Key.Key_C: RaciRole.C,
    Qt.Key.Key_I: RaciRole.I,
}


def _sorted(source: QAbstractTableModel, parent: QWidget) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(source)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


def _table(parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    return view


def _button(text: str, icon_name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(icon(icon_name), text, parent)
    return button


class RaciView(QTableView):
    """The RACI matrix: a click cycles a cell (none → R → A → C → I), the keys R, A, C, I
    set it and Delete clears it. The page runs the edit (``page.set_raci``)."""

    def __init__(self, page: TeamPage) -> None:
        super().__init__(page)
        self._page = page
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clicked.connect(self._clicked)

    def _clicked(self, index: QModelIndex) -> None:
        model = self._page.raci
        if model.cell(index) is not None:
            self._page.set_raci(index, model.next_role(index))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        key = Qt.Key(event.key())
        if self._page.raci.cell(index) is not None and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            if key in _KEYS:
                self._page.set_raci(index, _KEYS[key])
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._page.set_raci(index, None)
                return
        super().keyPressEvent(event)


class TeamPage(QWidget):
    """The whole Team & stakeholders feature."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc: PlanDocument | None = None
        self._data: TeamData | None = None
        self._stale = False
        self._sized = False
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)
        self.members = MembersModel(self)
        self.stakeholders = StakeholdersModel(self)
        self.engagement = EngagementModel(self)
        self.raci = RaciModel(self)
        self._build_team_tab()
        self._build_register_tab()
        self._build_grid_tab()
        self._build_engagement_tab()
        self._build_raci_tab()
        self.set_document(None)

    # -- building ------------------------------------------------------------------------

    def _toolbar(
        self, host: QVBoxLayout, *buttons: QPushButton, note: QLabel | None = None
    ) -> None:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        if note is not None:
            row.addWidget(note)
        host.addLayout(row)

    def _build_team_tab(self) -> None:
        tab = QWidget()
        box = QVBoxLayout(tab)
        self.add_member_button = _button(self.tr("&Add member…"), "plus", tab)
        self.edit_member_button = _button(self.tr("&Edit…"), "users", tab)
        self.remove_member_button = _button(self.tr("&Remove"), "trash", tab)
        self.add_member_button.clicked.connect(self.add_member)
        self.edit_member_button.clicked.connect(self.edit_member)
        self.remove_member_button.clicked.connect(self.remove_members)
        self._toolbar(
            box, self.add_member_button, self.edit_member_button, self.remove_member_button
        )
        split = QSplitter(Qt.Orientation.Horizontal, tab)
        self.members_view = _table(split)
        self._members_proxy = _sorted(self.members, self)
        self.members_view.setModel(self._members_proxy)
        self.members_view.setSortingEnabled(True)
        self.members_view.sortByColumn(MemberCol.ROLE, Qt.SortOrder.AscendingOrder)
        self.members_view.doubleClicked.connect(lambda _i: self.edit_member())
        self.members_view.horizontalHeader().setStretchLastSection(True)
        self.org_chart = OrgChart()
        scroll = QScrollArea(split)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.org_chart)
        split.addWidget(self.members_view)
        split.addWidget(scroll)
        split.setSizes([420, 560])
        box.addWidget(split, 1)
        self.tabs.addTab(tab, icon("users-three"), self.tr("Project team"))

    def _build_register_tab(self) -> None:
        tab = QWidget()
        box = QVBoxLayout(tab)
        self.add_stakeholder_button = _button(self.tr("Add &stakeholder…"), "plus", tab)
        self.edit_stakeholder_button = _button(self.tr("E&dit…"), "users", tab)
        self.delete_stakeholder_button = _button(self.tr("De&lete"), "trash", tab)
        self.add_stakeholder_button.clicked.connect(self.add_stakeholder)
        self.edit_stakeholder_button.clicked.connect(self.edit_stakeholder)
        self.delete_stakeholder_button.clicked.connect(self.delete_stakeholders)
        self.overdue_note = QLabel(tab)
        self._toolbar(
            box,
            self.add_stakeholder_button,
            self.edit_stakeholder_button,
            self.delete_stakeholder_button,
            note=self.overdue_note,
        )
        self.register_view = _table(tab)
        self._register_proxy = _sorted(self.stakeholders, self)
        self.register_view.setModel(self._register_proxy)
        self.register_view.setSortingEnabled(True)
        self.register_view.sortByColumn(StakeholderCol.INFLUENCE, Qt.SortOrder.DescendingOrder)
        self.register_view.doubleClicked.connect(lambda _i: self.edit_stakeholder())
        header = self.register_view.horizontalHeader()
        header.setSectionResizeMode(StakeholderCol.NAME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(StakeholderCol.NAME, 160)
        header.resizeSection(StakeholderCol.ORGANISATION, 170)
        box.addWidget(self.register_view, 1)
        self.tabs.addTab(tab, icon("list-checks"), self.tr("Stakeholder register"))

    def _build_grid_tab(self) -> None:
        tab = QWidget()
        box = QVBoxLayout(tab)
        hint = QLabel(
            self.tr(
                "Drag a stakeholder to another cell to change their influence and interest; "
                "hover for details."
            ),
            tab,
        )
        hint.setWordWrap(True)
        legend = QLabel(tab)
        legend.setText(
            "  ".join(
                f'<span style="color:{colours.ENGAGEMENT[level]}">●</span> {name}'
                for level, name in texts.engagement_names().items()
            )
        )
        self._toolbar(box, note=legend)
        box.insertWidget(0, hint)
        self.grid = PowerInterestGrid(tab)
        self.grid.moved.connect(self._grid_moved)
        box.addWidget(self.grid, 1)
        self.tabs.addTab(tab, icon("crosshair"), self.tr("Power/interest grid"))

    def _build_engagement_tab(self) -> None:
        tab = QWidget()
        box = QVBoxLayout(tab)
        note = QLabel(
            self.tr(
                "C: current engagement, D: desired. Rows with a gap are highlighted; "
                "click a column title to sort (the Gap column puts the largest first)."
            ),
            tab,
        )
        note.setWordWrap(True)
        box.addWidget(note)
        self.engagement_view = _table(tab)
        self._engagement_proxy = _sorted(self.engagement, self)
        self.engagement_view.setModel(self._engagement_proxy)
        self.engagement_view.setSortingEnabled(True)
        self.engagement_view.sortByColumn(EngagementModel.GAP, Qt.SortOrder.DescendingOrder)
        self.engagement_view.doubleClicked.connect(self._edit_from_engagement)
        header = self.engagement_view.horizontalHeader()
        header.resizeSection(0, 200)
        for col in range(1, len(ENGAGEMENT_ORDER) + 2):
            header.resizeSection(col, 90)
        box.addWidget(self.engagement_view, 1)
        self.tabs.addTab(tab, icon("chart-line-up"), self.tr("Engagement matrix"))

    def _build_raci_tab(self) -> None:
        tab = QWidget()
        box = QVBoxLayout(tab)
        self.export_raci_button = _button(self.tr("E&xport to Excel…"), "microsoft-excel-logo", tab)
        self.export_raci_button.clicked.connect(self.export_raci)
        note = QLabel(
            self.tr(
                "Click a cell to cycle R → A → C → I → empty, or type R, A, C, I; Delete clears."
            ),
            tab,
        )
        self._toolbar(box, self.export_raci_button, note=note)
        split = QSplitter(Qt.Orientation.Horizontal, tab)
        self.raci_view = RaciView(self)
        self.raci_view.setParent(split)
        self.raci_view.setModel(self.raci)
        self.raci_view.horizontalHeader().setDefaultSectionSize(64)
        self.raci_view.verticalHeader().setVisible(False)
        problems = QWidget(split)
        pbox = QVBoxLayout(problems)
        pbox.setContentsMargins(0, 0, 0, 0)
        self.problems_title = QLabel(problems)
        pbox.addWidget(self.problems_title)
        self.problems_list = QListWidget(problems)
        self.problems_list.itemActivated.connect(self._go_to_problem)
        self.problems_list.itemClicked.connect(self._go_to_problem)
        pbox.addWidget(self.problems_list, 1)
        split.addWidget(self.raci_view)
        split.addWidget(problems)
        split.setSizes([760, 260])
        box.addWidget(split, 1)
        self.tabs.addTab(tab, icon("kanban"), self.tr("RACI matrix"))

    # -- the document ----------------------------------------------------------------------

    def set_document(self, doc: PlanDocument | None) -> None:
        self._doc = doc
        members = (self.add_member_button, self.edit_member_button, self.remove_member_button)
        gate(doc, {ChangeKind.TEAM_MEMBER}, members)
        stakeholders = (
            self.add_stakeholder_button,
            self.edit_stakeholder_button,
            self.delete_stakeholder_button,
        )
        gate(doc, {ChangeKind.STAKEHOLDER}, stakeholders)
        self.grid.read_only = doc is None or not doc.may_change({ChangeKind.RACI_ENTRY})
        self.export_raci_button.setEnabled(doc is not None)
        self.reload()

    def on_changed(self, changes: Changes) -> None:
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        if self._doc is not None and not self.isVisible():
            self._stale = True  # read when looked at
            return
        self._stale = False
        self._data = team_service.load_team(self._doc.store) if self._doc is not None else None
        self._show()

    def team(self) -> TeamData | None:
        return self._data

    def _show(self) -> None:
        data = self._data
        empty = TeamData((), (), (), {}, dt.date.today())
        shown = data or empty
        self.members.set_rows(shown.members)
        self.org_chart.set_members(shown.members)
        self.stakeholders.set_team(shown)
        self.engagement.set_team(shown)
        self.grid.set_stakeholders(shown.stakeholders)
        self.raci.set_team(shown)
        if shown.stakeholders and not self._sized:  # a few dozen rows: sizing is cheap
            self._sized = True
            self.register_view.resizeColumnsToContents()
            self.members_view.resizeColumnsToContents()
            self.raci_view.setColumnWidth(0, 280)
        overdue = shown.overdue()
        self.overdue_note.setText(
            self.tr("%n stakeholder(s) overdue for contact", "", len(overdue)) if overdue else ""
        )
        self.overdue_note.setStyleSheet(f"color: {colours.RAG['red']}; font-weight: bold;")
        problems = self.raci.problems()
        by_id = {t.id: t for t in shown.tasks}
        if not shown.tasks:
            self.problems_title.setText(
                self.tr("No tasks yet: the matrix fills in as the plan gets tasks.")
            )
        elif not shown.stakeholders:
            self.problems_title.setText(
                self.tr("No stakeholders yet: add them in the register to assign R, A, C and I.")
            )
        elif problems:
            self.problems_title.setText(
                self.tr(
                    "%n task(s) break the RACI rule (one A, at least one R)",
                    "",
                    len({p.task_id for p in problems}),
                )
            )
        else:
            self.problems_title.setText(self.tr("Every task has one A and at least one R."))
        self.problems_title.setWordWrap(True)
        self.problems_list.clear()
        for problem in problems:
            task = by_id[problem.task_id]
            item = QListWidgetItem(
                f"{task.wbs} {task.name}: {texts.raci_problem_text(problem.code)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, problem.task_id)
            self.problems_list.addItem(item)

    # -- selection helpers -----------------------------------------------------------------

    def _selected_ids(self, view: QTableView) -> list[int]:
        rows = {index.row() for index in view.selectionModel().selectedRows()}
        proxy = view.model()
        return [int(proxy.index(row, 0).data(ID_ROLE)) for row in sorted(rows)]

    def _finder(self) -> Finder | None:
        doc = self._doc
        return (lambda text: find_people(doc.store, text)) if doc is not None else None

    # -- stakeholder intents -----------------------------------------------------------------

    def add_stakeholder(self) -> None:
        if self._doc is None or self._data is None:
            return
        dialog = StakeholderDialog(None, self._finder(), self._data.status_date, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            operations.add_stakeholder(self._doc, dialog.values())

    def edit_stakeholder(self, stakeholder_id: int | None = None) -> None:
        if self._doc is None or self._data is None:
            return
        if stakeholder_id is None:
            ids = self._selected_ids(self.register_view)
            if not ids:
                return
            stakeholder_id = ids[0]
        row = next((s for s in self._data.stakeholders if s.id == stakeholder_id), None)
        if row is None:
            return
        dialog = StakeholderDialog(row, self._finder(), self._data.status_date, self)
        writable = self._doc.may_change({ChangeKind.STAKEHOLDER})
        if dialog.exec() == QDialog.DialogCode.Accepted and writable:
            values = dialog.values()
            if values:
                operations.edit_stakeholder(self._doc, row.id, row.name, values)

    def _edit_from_engagement(self, index: QModelIndex) -> None:
        self.edit_stakeholder(int(index.data(ID_ROLE)))

    def delete_stakeholders(self) -> None:
        if self._doc is None or self._data is None:
            return
        ids = self._selected_ids(self.register_view)
        if not ids:
            return
        names = [s.name for s in self._data.stakeholders if s.id in ids]
        text = (
            self.tr("Delete stakeholder {name}").format(name=names[0])
            if len(ids) == 1
            else self.tr("Delete %n stakeholder(s)", "", len(ids))
        )
        operations.delete_rows(self._doc, "stakeholder", ids, text)

    def _grid_moved(self, stakeholder_id: int, influence: int, interest: int) -> None:
        if self._doc is None or self._data is None:
            return
        name = next(s.name for s in self._data.stakeholders if s.id == stakeholder_id)
        operations.move_on_grid(self._doc, stakeholder_id, name, influence, interest)

    # -- team intents ------------------------------------------------------------------------

    def add_member(self) -> None:
        if self._doc is None:
            return
        dialog = MemberDialog(None, self._finder(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()
            operations.add_member(self._doc, values, dialog.person_name())

    def edit_member(self) -> None:
        if self._doc is None or self._data is None:
            return
        ids = self._selected_ids(self.members_view)
        if not ids:
            return
        row = next(m for m in self._data.members if m.id == ids[0])
        dialog = MemberDialog(row, self._finder(), self)
        writable = self._doc.may_change({ChangeKind.TEAM_MEMBER})
        if dialog.exec() == QDialog.DialogCode.Accepted and writable:
            values = dialog.values()
            if values:
                operations.edit_member(self._doc, row.id, row.name, values)

    def remove_members(self) -> None:
        if self._doc is None or self._data is None:
            return
        ids = self._selected_ids(self.members_view)
        if not ids:
            return
        names = [m.name for m in self._data.members if m.id in ids]
        text = (
            self.tr("Remove {name} from the team").format(name=names[0])
            if len(ids) == 1
            else self.tr("Remove %n member(s) from the team", "", len(ids))
        )
        operations.delete_rows(self._doc, "team_member", ids, text)

    # -- RACI --------------------------------------------------------------------------------

    def set_raci(self, index: QModelIndex, role: RaciRole | None) -> None:
        key = self.raci.cell(index)
        if self._doc is None or self._data is None or key is None:
            return
        if not self._doc.may_change({ChangeKind.RACI_ENTRY}):
            return
        task = self._data.tasks[index.row()]
        who = self._data.stakeholders[index.column() - 1]
        where = f"{task.wbs} {task.name} · {who.name}"
        if operations.set_raci(self._doc, key[0], key[1], role, where) is not None:
            self.raci_view.setCurrentIndex(self.raci.index(index.row(), index.column()))

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        task_id = item.data(Qt.ItemDataRole.UserRole)
        row = self.raci.task_row(int(task_id))
        index = self.raci.index(row, 1)
        self.raci_view.setCurrentIndex(index)
        self.raci_view.scrollTo(index)
        self.raci_view.setFocus()

    def export_raci(self, path: str | None = None) -> Path | None:
        """Write the matrix to a workbook (asks where, unless ``path`` is given)."""
        if self._data is None:
            return None
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the RACI matrix"),
                self.tr("RACI matrix.xlsx"),
                self.tr("Excel workbook (*.xlsx)"),
            )
            if not path:
                return None
        from oa_desk.exchange.raci import RaciSheet, write_raci_workbook

        data = self._data
        by_id = {t.id: t for t in data.tasks}
        names = texts.raci_names()
        sheet = RaciSheet(
            title=self.tr("RACI matrix"),
            problems_title=self.tr("Problems"),
            wbs_header=self.tr("WBS"),
            task_header=self.tr("Task"),
            problem_header=self.tr("Problem"),
            stakeholders=[s.name for s in data.stakeholders],
            rows=[
                (
                    t.wbs,
                    t.level,
                    t.name,
                    [
                        r.value if (r := data.raci.get((t.id, s.id))) is not None else ""
                        for s in data.stakeholders
                    ],
                )
                for t in data.tasks
            ],
            problems=[
                (by_id[p.task_id].wbs, by_id[p.task_id].name, texts.raci_problem_text(p.code))
                for p in self.raci.problems()
            ],
            legend=" · ".join(f"{role.value} {label}" for role, label in names.items()),
        )
        target = Path(path)
        try:
            write_raci_workbook(target, sheet)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export the RACI matrix"),
                self.tr("Could not write {path}: {error}").format(
                    path=target, error=exc.strerror or exc
                ),
            )
            return None
        if self._doc is not None:
            self._doc.status.emit(self.tr("RACI matrix exported to {path}").format(path=target))
        return target
