"""A department's go/no-go gate: its colour with the reasons, the readiness checklist,
and the decision (go / no-go, the day, who decided)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oa_desk.domain import colours
from oa_desk.domain.enums import GateDecision, ReadinessKind
from oa_desk.domain.gates import Gate, Verdict
from oa_desk.gui.dates import format_date
from oa_desk.gui.people import texts
from oa_desk.store.org import ItemRow, ReviewRow

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class GatePanel(QWidget):
    """Shows one department's gate; asks for edits through its signals."""

    item_ticked = Signal(int, bool)  # item id, done
    item_added = Signal(object, str)  # ReadinessKind, title
    decision_recorded = Signal(object, object, str)  # GateDecision, date | None, who

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gatePanel")
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.colour = QLabel()
        self.colour.setObjectName("gateColour")
        self.colour.setAutoFillBackground(True)
        self.colour.setMargin(6)
        self.criteria = QListWidget()
        self.criteria.setObjectName("gateCriteria")
        self.criteria.setWordWrap(True)
        self.items = QListWidget()
        self.items.setObjectName("gateItems")
        self.items.itemChanged.connect(self._item_changed)
        self.new_kind = QComboBox()
        for kind in ReadinessKind:
            self.new_kind.addItem(texts.item_kind_label(kind), kind)
        self.add_item_button = QPushButton(self.tr("Add item"))
        self.add_item_button.clicked.connect(
            lambda: self.item_added.emit(self.new_kind.currentData(), "")
        )
        adding = QHBoxLayout()
        adding.addWidget(self.new_kind, 1)
        adding.addWidget(self.add_item_button)
        self.decision = QComboBox()
        self.decision.setObjectName("gateDecision")
        for value in GateDecision:
            self.decision.addItem(texts.decision_label(value), value)
        self.decided_on = QDateEdit()
        self.decided_on.setCalendarPopup(True)
        self.decided_by = QLineEdit()
        self.decided_by.setPlaceholderText(self.tr("who decided (e.g. the steering committee)"))
        self.record_button = QPushButton(self.tr("Record decision"))
        self.record_button.clicked.connect(self._record)
        self.recorded = QLabel()
        self.recorded.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Decision"), self.decision)
        form.addRow(self.tr("Date"), self.decided_on)
        form.addRow(self.tr("Decided by"), self.decided_by)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.colour)
        layout.addWidget(self.criteria, 2)
        layout.addWidget(QLabel(self.tr("Readiness checklist")))
        layout.addWidget(self.items, 1)
        layout.addLayout(adding)
        layout.addLayout(form)
        layout.addWidget(self.record_button)
        layout.addWidget(self.recorded)
        self.show_gate(None, None, [], None)

    def show_gate(
        self,
        name: str | None,
        gate: Gate | None,
        items: list[ItemRow],
        review: ReviewRow | None,
        editable: bool = True,
    ) -> None:
        self.criteria.clear()
        self.items.blockSignals(True)
        self.items.clear()
        for w in (self.add_item_button, self.record_button, self.new_kind, self.decision):
            w.setEnabled(gate is not None and editable)
        if name is None or gate is None:
            self.heading.setText(self.tr("No department chosen"))
            self.colour.setText("")
            self.colour.setPalette(self.palette())
            self.recorded.setText("")
            self.items.blockSignals(False)
            return
        self.heading.setText(self.tr("Go/no-go gate: {name}").format(name=name))
        self.colour.setText(texts.colour_label(gate.colour))
        palette = self.colour.palette()
        palette.setColor(self.colour.backgroundRole(), QColor(colours.RAG_LIGHT[gate.colour.value]))
        palette.setColor(self.colour.foregroundRole(), QColor("#000000"))
        self.colour.setPalette(palette)
        for c in gate.criteria:
            line = QListWidgetItem(f"{texts.verdict_label(c.verdict)} · {texts.criterion_text(c)}")
            rag = {Verdict.GO: "green", Verdict.NO_GO: "red"}.get(c.verdict, "amber")
            line.setForeground(QColor(colours.RAG[rag]))
            self.criteria.addItem(line)
        for item in items:
            label = item.title or texts.item_kind_label(item.kind)
            if item.done and item.done_at is not None:
                who = f" · {item.done_by}" if item.done_by else ""
                label += f" ({format_date(item.done_at.date())}{who})"
            entry = QListWidgetItem(label)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
            entry.setData(ITEM_ROLE, item.id)
            if not editable:
                entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.items.addItem(entry)
        self.items.blockSignals(False)
        if review is not None:
            self.decision.setCurrentIndex(max(0, self.decision.findData(review.decision)))
            day = review.decided_on or dt.date.today()
            self.decided_on.setDate(QDate(day.year, day.month, day.day))
            self.decided_by.setText(review.decided_by)
            self.recorded.setText(
                self.tr("Recorded: {decision} on {day} by {who}").format(
                    decision=texts.decision_label(review.decision),
                    day=format_date(review.decided_on) if review.decided_on else "—",
                    who=review.decided_by or "—",
                )
            )
        else:
            self.decision.setCurrentIndex(0)
            today = dt.date.today()
            self.decided_on.setDate(QDate(today.year, today.month, today.day))
            self.decided_by.clear()
            self.recorded.setText(self.tr("No decision recorded yet"))

    def _item_changed(self, item: QListWidgetItem) -> None:
        self.item_ticked.emit(int(item.data(ITEM_ROLE)), item.checkState() == Qt.CheckState.Checked)

    def _record(self) -> None:
        q = self.decided_on.date()
        self.decision_recorded.emit(
            self.decision.currentData(),
            dt.date(q.year(), q.month(), q.day()),
            self.decided_by.text().strip(),
        )
