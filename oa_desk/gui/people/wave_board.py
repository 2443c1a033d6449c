"""The wave board: one column per wave (pilot first), one card per department with its
readiness and gate colour; dragging a card to another column moves the department to
that wave (one undo step). A department whose parent is in the same wave goes with its
parent and has no card of its own."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QMimeData, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from oa_desk.domain import colours
from oa_desk.domain.changes import ChangeKind
from oa_desk.gui.dates import format_date
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.people import operations, texts
from oa_desk.gui.people.thresholds_dialog import ThresholdsDialog
from oa_desk.gui.roles import gate as role_gate
from oa_desk.services import departments as dep_service
from oa_desk.services import gates as gate_service
from oa_desk.services.departments import OrgTree

CARD_ROLE = Qt.ItemDataRole.UserRole + 1
CARD_MIME = "application/x-oadesk-department-cards"


class WaveColumn(QListWidget):
    """A wave's cards; a card dropped here from another column asks to move."""

    card_dropped = Signal(int, object)  # department id, wave id (None: no wave)

    def __init__(self, wave_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wave_id = wave_id
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSpacing(3)
        self.setWordWrap(True)
        self.setMinimumWidth(180)

    def mimeTypes(self) -> list[str]:
        return [CARD_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        """The dragged cards' departments and the wave they come from."""
        data = QMimeData()
        ids = ",".join(str(int(item.data(CARD_ROLE))) for item in items)
        data.setData(CARD_MIME, QByteArray(f"{self.wave_id}:{ids}".encode()))
        return data

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(CARD_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(CARD_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        data = event.mimeData()
        if data.hasFormat(CARD_MIME):
            origin, _, ids = bytes(data.data(CARD_MIME).data()).decode().partition(":")
            if origin != str(self.wave_id):
                for text in filter(None, ids.split(",")):
                    self.card_dropped.emit(int(text), self.wave_id)
        # The board is rebuilt from the plan after the move: Qt moves no item itself.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()


class WaveBoard(QWidget):
    """Every wave as a column of department cards."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc: PlanDocument | None = None
        self.columns: list[WaveColumn] = []
        self.headers: list[QLabel] = []
        self._inner = QWidget()
        self._row = QHBoxLayout(self._inner)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._inner)
        self.hint = QLabel(
            self.tr("Drag a department's card to another wave to move it there (undoable).")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)

    def set_document(self, doc: PlanDocument | None) -> None:
        self._doc = doc
        self.reload()

    def _clear(self) -> None:
        while self._row.count():
            item = self._row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.columns.clear()
        self.headers.clear()

    def reload(self) -> None:
        self._clear()
        doc = self._doc
        tree = dep_service.read_tree(doc.store) if doc else OrgTree((), ())
        gates = gate_service.read_gates(doc.store) if doc else None
        by_id = {d.id: d for d in tree.departments}
        waves: list[tuple[int | None, str, str]] = []
        for w in tree.waves:
            when = self.tr("go-live {day}").format(day=format_date(w.planned_go_live))
            pilot = self.tr("pilot")
            title = f"{w.name} · {pilot}" if w.is_pilot else w.name
            waves.append((w.id, title, when if w.planned_go_live else self.tr("go-live not set")))
        waves.append((None, self.tr("No wave"), ""))
        for wave_id, title, when in waves:
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            header = QLabel(f"<b>{title}</b><br>{when}")
            header.setTextFormat(Qt.TextFormat.RichText)
            top = QHBoxLayout()
            top.addWidget(header, 1)
            if wave_id is not None and gates is not None:
                limits = gates.thresholds_of(wave_id)
                button = QPushButton(self.tr("Thresholds…"))
                button.setToolTip(
                    self.tr("GO when: trained ≥ {trained}%, key users ≥ {keys}, open P1/P2 "
                            "tickets ≤ {tickets}, checklist done ≥ {items}%").format(
                        trained=limits.trained_go, keys=limits.key_users_go,
                        tickets=limits.tickets_go, items=limits.items_go,
                    )
                )  # fmt: skip
                button.clicked.connect(
                    lambda _c=False, w=wave_id, t=title: self.edit_thresholds(w, t)
                )
                role_gate(doc, {ChangeKind.WAVE_GATE}, (button,))
                top.addWidget(button)
            column = WaveColumn(wave_id)
            column.setObjectName(f"wave-{wave_id}")
            column.card_dropped.connect(self.move_card)
            box_layout.addLayout(top)
            box_layout.addWidget(column, 1)
            self._row.addWidget(box)
            self.columns.append(column)
            self.headers.append(header)
        index = {c.wave_id: c for c in self.columns}
        for d in tree.departments:
            parent = by_id.get(d.parent_id) if d.parent_id is not None else None
            if parent is not None and parent.wave_id == d.wave_id:
                continue  # it goes live with its parent
            if d.wave_id is None and parent is not None:
                continue  # a section without a wave of its own
            gate = gates.gates.get(d.id) if gates else None
            lines = [d.name, texts.readiness_label(d.readiness)]
            if gate is not None:
                lines.append(
                    self.tr("gate: {colour}").format(colour=texts.colour_label(gate.colour))
                )
                reasons = gate.reasons()
                if reasons:
                    lines.append(texts.criterion_text(reasons[0]))
            card = QListWidgetItem("\n".join(lines))
            card.setData(CARD_ROLE, d.id)
            card.setToolTip(tree.path(d.id))
            if gate is not None:
                card.setBackground(QColor(colours.RAG_LIGHT[gate.colour.value]))
                card.setForeground(QColor("#000000"))
            index.get(d.wave_id, index[None]).addItem(card)

    def edit_thresholds(self, wave_id: int, title: str) -> None:
        """Ask for a wave's thresholds and set them (one undo step)."""
        doc = self._doc
        if doc is None:
            return
        current = gate_service.read_gates(doc.store).thresholds_of(wave_id)
        dialog = ThresholdsDialog(title, current, self)
        if dialog.exec() == ThresholdsDialog.DialogCode.Accepted and dialog.values():
            operations.set_thresholds(doc, wave_id, title, dialog.values())

    def column_of(self, wave_id: int | None) -> WaveColumn | None:
        return next((c for c in self.columns if c.wave_id == wave_id), None)

    def card_ids(self, wave_id: int | None) -> list[int]:
        column = self.column_of(wave_id)
        if column is None:
            return []
        return [int(column.item(i).data(CARD_ROLE)) for i in range(column.count())]

    def move_card(self, department_id: int, wave_id: int | None) -> None:
        """Move a department (the card's) to a wave: one undo step."""
        doc = self._doc
        if doc is None or not doc.may_change({ChangeKind.DEPARTMENT}):
            return
        tree = dep_service.read_tree(doc.store)
        d = next((x for x in tree.departments if x.id == department_id), None)
        if d is None or d.wave_id == wave_id:
            return
        wave = next((w.name for w in tree.waves if w.id == wave_id), self.tr("no wave"))
        label = self.tr("Move {name} to {wave}").format(name=d.name, wave=wave)
        operations.edit_department(doc, department_id, label, {"wave_id": wave_id})
