"""The departments tab: the organisation tree with head, headcount, wave, pilot flag and
gate colour; add, rename, move, merge, delete; a department's gate beside it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from oa_desk.domain import colours
from oa_desk.domain.changes import ChangeKind
from oa_desk.domain.enums import GateDecision, ReadinessKind
from oa_desk.gui.dates import format_date
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.people import operations, texts
from oa_desk.gui.people.department_dialog import DepartmentDialog
from oa_desk.gui.people.gate_panel import GatePanel
from oa_desk.gui.roles import gate
from oa_desk.services import departments as dep_service
from oa_desk.services import gates as gate_service
from oa_desk.services import people_search
from oa_desk.services.departments import OrgTree
from oa_desk.services.gates import Gates

DEPT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = 10
NAME, CODE, HEAD, HEADCOUNT, PEOPLE, WAVE, PILOT, GO_LIVE, READINESS, GATE = range(COLUMNS)


# What a gate's panel writes: its readiness items and the review's decision.
GATE_KINDS = frozenset({ChangeKind.READINESS_ITEM, ChangeKind.GATE_REVIEW})


class DepartmentsTab(QWidget):
    """The tree and a department's gate; every edit is one intent of ``operations``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc: PlanDocument | None = None
        self.tree_data = OrgTree((), ())
        self.gates: Gates | None = None
        self.go_lives: dict[int, tuple[int, dt.date | None]] = {}
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Department"),
                self.tr("Code"),
                self.tr("Head"),
                self.tr("Headcount"),
                self.tr("People"),
                self.tr("Wave"),
                self.tr("Pilot"),
                self.tr("Go-live"),
                self.tr("Readiness"),
                self.tr("Gate"),
            ]
        )
        self.view = QTreeView()
        self.view.setObjectName("departmentTree")
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        em = self.fontMetrics().horizontalAdvance("M")
        for col, chars in ((NAME, 16), (CODE, 7), (HEAD, 6), (HEADCOUNT, 5), (PEOPLE, 5)):
            header.resizeSection(col, chars * em)
        for col, chars in ((WAVE, 6), (PILOT, 4), (GO_LIVE, 7), (READINESS, 6)):
            header.resizeSection(col, chars * em)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, text, slot in (
            ("add", self.tr("Add…"), self.add_dialog),
            ("add_sub", self.tr("Add sub-department…"), self.add_sub_dialog),
            ("rename", self.tr("Rename…"), self.rename_dialog),
            ("edit", self.tr("Edit…"), self.edit_dialog),
            ("move", self.tr("Move under…"), self.move_dialog),
            ("merge", self.tr("Merge into…"), self.merge_dialog),
            ("delete", self.tr("Delete"), self.delete_current),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Go-live")))
        self.go_live = QDateEdit()
        self.go_live.setObjectName("departmentGoLive")
        self.go_live.setCalendarPopup(True)
        self.go_live.setToolTip(
            self.tr(
                "The department's go-live milestone on the Timeline: moving one moves the other"
            )
        )
        self.go_live.editingFinished.connect(self._go_live_chosen)
        bar.addWidget(self.go_live)
        bar.addWidget(QLabel(self.tr("Wave")))
        self.wave = QComboBox()
        self.wave.setObjectName("departmentWave")
        self.wave.activated.connect(self._wave_chosen)
        bar.addWidget(self.wave)
        self.rule = QLabel(
            self.tr(
                "A department with people or sub-departments cannot be deleted: move them, "
                "or merge it into another department (its people, sub-departments and "
                "history go to the target)."
            )
        )
        self.rule.setWordWrap(True)
        self.gate = GatePanel()
        self.gate.item_ticked.connect(self._item_ticked)
        self.gate.item_added.connect(self._item_added)
        self.gate.decision_recorded.connect(self._decision)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.rule)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.gate)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._update_buttons()

    # -- reading -------------------------------------------------------------------------

    def set_document(self, doc: PlanDocument | None) -> None:
        self._doc = doc
        self.reload()

    def reload(self) -> None:
        chosen = self.current_id()
        expanded = self._expanded_ids()
        doc = self._doc
        self.tree_data = dep_service.read_tree(doc.store) if doc else OrgTree((), ())
        self.gates = gate_service.read_gates(doc.store) if doc else None
        self.go_lives = dep_service.read_go_lives(doc.store) if doc else {}
        self.model.removeRows(0, self.model.rowCount())
        waves = {w.id: w for w in self.tree_data.waves}
        self.wave.clear()
        self.wave.addItem(self.tr("(no wave)"), None)
        for w in self.tree_data.waves:
            self.wave.addItem(w.name, w.id)

        def add(parent: QStandardItem, parent_id: int | None) -> None:
            for d in self.tree_data.children(parent_id):
                wave = waves.get(d.wave_id) if d.wave_id is not None else None
                gate = self.gates.gates.get(d.id) if self.gates else None
                cells = [
                    d.name,
                    d.code,
                    d.head_name,
                    str(d.headcount),
                    str(d.people),
                    wave.name if wave else "",
                    self.tr("pilot") if wave and wave.is_pilot else "",
                    format_date(self.go_lives.get(d.id, (0, None))[1]),
                    texts.readiness_label(d.readiness),
                    texts.colour_label(gate.colour) if gate else "",
                ]
                row = [QStandardItem(text) for text in cells]
                row[NAME].setData(d.id, DEPT_ROLE)
                if gate is not None:
                    row[GATE].setBackground(QColor(colours.RAG_LIGHT[gate.colour.value]))
                    row[GATE].setForeground(QColor("#000000"))
                for cell in row:
                    cell.setEditable(False)
                parent.appendRow(row)
                add(row[NAME], d.id)

        add(self.model.invisibleRootItem(), None)
        if expanded is None:
            self.view.expandToDepth(0)
        else:
            self._expand(expanded)
        if chosen is not None:
            self.select(chosen)
        self._show_current()

    def _walk(self, parent: QModelIndex | None = None) -> list[QModelIndex]:
        out: list[QModelIndex] = []
        root = parent or QModelIndex()
        for r in range(self.model.rowCount(root)):
            index = self.model.index(r, 0, root)
            out.append(index)
            out += self._walk(index)
        return out

    def _expanded_ids(self) -> set[int] | None:
        if self.model.rowCount() == 0:
            return None
        return {int(i.data(DEPT_ROLE)) for i in self._walk() if self.view.isExpanded(i)}

    def _expand(self, ids: set[int]) -> None:
        for index in self._walk():
            if int(index.data(DEPT_ROLE)) in ids:
                self.view.expand(index)

    def select(self, department_id: int) -> bool:
        for index in self._walk():
            if index.data(DEPT_ROLE) == department_id:
                self.view.setCurrentIndex(index)
                return True
        return False

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        value = index.siblingAtColumn(NAME).data(DEPT_ROLE)
        return int(value) if value is not None else None

    def _row(self, department_id: int | None) -> dep_service.DepartmentRow | None:
        return next((d for d in self.tree_data.departments if d.id == department_id), None)

    def _selection_changed(self, _a: QItemSelection, _b: QItemSelection) -> None:
        self._show_current()

    def _show_current(self) -> None:
        d = self._row(self.current_id())
        self._update_buttons()
        if d is None or self._doc is None or self.gates is None:
            self.gate.show_gate(None, None, [], None)
            return
        self.wave.setCurrentIndex(max(0, self.wave.findData(d.wave_id)))
        day = self.go_lives.get(d.id, (0, None))[1]
        self.go_live.blockSignals(True)
        gate(self._doc, {ChangeKind.DEPARTMENT}, (self.go_live,), enabled=day is not None)
        if day is not None:
            self.go_live.setDate(QDate(day.year, day.month, day.day))
        self.go_live.blockSignals(False)
        self.gate.show_gate(
            d.name,
            self.gates.gates.get(d.id),
            gate_service.read_items(self._doc.store, d.id),
            self.gates.reviews.get(d.id),
            self._doc.may_change(GATE_KINDS),
        )
        panel = self.gate  # what the role allows, saying why not
        deciding = (panel.add_item_button, panel.record_button, panel.new_kind, panel.decision)
        gate(self._doc, GATE_KINDS, deciding, enabled=self.gates.gates.get(d.id) is not None)

    def _update_buttons(self) -> None:
        chosen = self.current_id() is not None
        for key, button in self.buttons.items():
            gate(self._doc, {ChangeKind.DEPARTMENT}, (button,), enabled=key == "add" or chosen)
        gate(self._doc, {ChangeKind.DEPARTMENT}, (self.wave,), enabled=chosen)

    # -- intents (the dialogs ask, these do) ---------------------------------------------

    def add(self, name: str, parent_id: int | None) -> None:
        if self._doc is not None:
            edit = operations.add_department(self._doc, name, parent_id)
            if edit is not None:
                self.select(edit.new_ids[0])

    def rename(self, department_id: int, name: str) -> None:
        d = self._row(department_id)
        if self._doc is not None and d is not None:
            label = self.tr("Rename {old} to {new}").format(old=d.name, new=name)
            operations.edit_department(self._doc, department_id, label, {"name": name})

    def move_under(self, department_id: int, parent_id: int | None) -> None:
        d = self._row(department_id)
        if self._doc is not None and d is not None:
            operations.move_department(self._doc, department_id, d.name, parent_id)

    def merge(self, source_id: int, target_id: int) -> None:
        s, t = self._row(source_id), self._row(target_id)
        if self._doc is not None and s is not None and t is not None:
            operations.merge_department(self._doc, source_id, s.name, target_id, t.name)

    def delete(self, department_id: int) -> None:
        d = self._row(department_id)
        if self._doc is not None and d is not None:
            operations.delete_department(self._doc, department_id, d.name)

    def move_go_live(self, department_id: int, day: dt.date) -> None:
        d = self._row(department_id)
        current = self.go_lives.get(department_id, (0, None))[1]
        if self._doc is not None and d is not None and day != current:
            operations.move_go_live(self._doc, department_id, d.name, day)

    def _go_live_chosen(self) -> None:
        department_id = self.current_id()
        if department_id is not None and self.go_live.isEnabled():
            q = self.go_live.date()
            self.move_go_live(department_id, dt.date(q.year(), q.month(), q.day()))

    def set_wave(self, department_id: int, wave_id: int | None) -> None:
        d = self._row(department_id)
        if self._doc is None or d is None:
            return
        wave = next((w.name for w in self.tree_data.waves if w.id == wave_id), self.tr("no wave"))
        label = self.tr("Move {name} to {wave}").format(name=d.name, wave=wave)
        operations.edit_department(self._doc, department_id, label, {"wave_id": wave_id})

    # -- dialogs -----------------------------------------------------------------------

    def _ask_name(self, title: str, current: str = "") -> str | None:
        name, ok = QInputDialog.getText(self, title, self.tr("Name"), text=current)
        return name.strip() if ok and name.strip() else None

    def _ask_department(self, title: str, label: str, *, none_text: str | None) -> int | None:
        choices = [(self.tree_data.path(d.id), d.id) for d in self.tree_data.departments]
        choices.sort()
        names = ([none_text] if none_text else []) + [c[0] for c in choices]
        picked, ok = QInputDialog.getItem(self, title, label, names, 0, False)
        if not ok:
            return -1
        if none_text and picked == none_text:
            return None
        return next(i for p, i in choices if p == picked)

    def add_dialog(self) -> None:
        name = self._ask_name(self.tr("Add department"))
        if name:
            d = self._row(self.current_id())
            self.add(name, d.parent_id if d else None)

    def add_sub_dialog(self) -> None:
        parent = self.current_id()
        name = self._ask_name(self.tr("Add sub-department"))
        if name and parent is not None:
            self.add(name, parent)

    def rename_dialog(self) -> None:
        d = self._row(self.current_id())
        if d is not None:
            name = self._ask_name(self.tr("Rename department"), d.name)
            if name:
                self.rename(d.id, name)

    def edit_dialog(self) -> None:
        d = self._row(self.current_id())
        doc = self._doc
        if d is None or doc is None:
            return
        store = doc.store
        dialog = DepartmentDialog(d, lambda text: people_search.find_people(store, text), self)
        if dialog.exec() == DepartmentDialog.DialogCode.Accepted:
            self.edit(d.id, dialog.values())

    def edit(self, department_id: int, values: dict[str, object]) -> None:
        """Change a department's code, head, headcount or readiness (one undo step)."""
        d = self._row(department_id)
        if self._doc is not None and d is not None and values:
            label = self.tr("Edit department {name}").format(name=d.name)
            operations.edit_department(self._doc, department_id, label, values)

    def move_dialog(self) -> None:
        d = self._row(self.current_id())
        if d is None:
            return
        target = self._ask_department(
            self.tr("Move {name}").format(name=d.name),
            self.tr("Put it under"),
            none_text=self.tr("(top level)"),
        )
        if target != -1:
            self.move_under(d.id, target)

    def merge_dialog(self) -> None:
        d = self._row(self.current_id())
        if d is None:
            return
        target = self._ask_department(
            self.tr("Merge {name}").format(name=d.name),
            self.tr("Merge into (its people and sub-departments move there)"),
            none_text=None,
        )
        if target is not None and target != -1:
            self.merge(d.id, target)

    def delete_current(self) -> None:
        department_id = self.current_id()
        if department_id is not None:
            self.delete(department_id)

    def _wave_chosen(self, _index: int) -> None:
        department_id = self.current_id()
        if department_id is not None:
            self.set_wave(department_id, self.wave.currentData())

    # -- the gate ----------------------------------------------------------------------

    def _item_ticked(self, item_id: int, done: bool) -> None:
        if self._doc is not None:
            operations.set_item_done(self._doc, item_id, done)

    def _item_added(self, kind: object, title: str) -> None:
        department_id = self.current_id()
        if self._doc is not None and department_id is not None:
            operations.add_item(self._doc, department_id, ReadinessKind(str(kind)), title)

    def _decision(self, decision: object, day: object, who: str) -> None:
        d = self._row(self.current_id())
        if self._doc is not None and d is not None:
            when = day if isinstance(day, dt.date) else None
            value = GateDecision(str(decision))
            operations.record_decision(self._doc, d.id, d.name, value, when, who)
