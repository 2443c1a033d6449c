"""The History dialog: the plan's activity log, or one row's, newest first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from oa_desk.gui.activity.labels import table_label, tables_labelled
from oa_desk.gui.dates import format_datetime
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.forms.ui_history_dialog import Ui_HistoryDialog
from oa_desk.services import activity
from oa_desk.services.activity import ActivityEntry

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
translate = QCoreApplication.translate


@dataclass(frozen=True)
class ItemRef:
    """One row of the plan: its table, id and how the user knows it ("Task 需求调研")."""

    table: str
    row_id: int
    label: str


class Col(IntEnum):
    WHEN = 0
    WHO = 1
    WHAT = 2
    WHERE = 3


class HistoryModel(QAbstractTableModel):
    """Activity entries as rows (read by the dialog through services.activity)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ActivityEntry] = []

    def set_rows(self, rows: Sequence[ActivityEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def entry(self, row: int) -> ActivityEntry:
        return self._rows[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(Col)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        entry = self._rows[index.row()]
        col = Col(index.column())
        if col is Col.WHEN:
            return format_datetime(entry.at)
        if col is Col.WHO:
            return entry.user
        if col is Col.WHAT:
            return entry.intent or self.tr("(not described)")
        where = ", ".join(table_label(t) for t in entry.tables)
        if entry.items > 1:
            return self.tr("%n row(s) in {where}", "", entry.items).format(where=where)
        return where

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Col.WHEN: self.tr("When"),
            Col.WHO: self.tr("Who"),
            Col.WHAT: self.tr("What"),
            Col.WHERE: self.tr("Where"),
        }[Col(section)]


class HistoryDialog(QDialog):
    """Edit › History… (``item`` None) or "History of this item…"."""

    def __init__(
        self, doc: PlanDocument, item: ItemRef | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self._doc = doc
        self._item = item
        self._ui = Ui_HistoryDialog()
        self._ui.setupUi(self)
        self.model = HistoryModel(self)
        self._ui.table.setModel(self.model)
        self._ui.table.verticalHeader().setVisible(False)
        header = self._ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(Col.WHEN, 130)
        header.resizeSection(Col.WHO, 110)
        header.resizeSection(Col.WHAT, 280)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self.reload)
        self._ui.filterEdit.textChanged.connect(lambda _t: self._typing.start())
        self._ui.userCombo.currentIndexChanged.connect(lambda _i: self.reload())
        self._ui.refreshButton.clicked.connect(self.reload)
        if item is not None:
            self.setWindowTitle(self.tr("History of {item}").format(item=item.label))
            self._ui.introLabel.setText(
                self.tr("Every change to {item}: who made it, when, and what it was.").format(
                    item=item.label
                )
            )
            self._ui.filterEdit.hide()
            self._ui.userCombo.hide()
        else:
            self._fill_users()
        self.reload()

    def _fill_users(self) -> None:
        combo = self._ui.userCombo
        combo.blockSignals(True)
        combo.addItem(self.tr("Everyone"), None)
        for user in activity.users(self._doc.store):
            combo.addItem(user, user)
        combo.blockSignals(False)

    def reload(self) -> None:
        store = self._doc.store
        if self._item is not None:
            rows = activity.item_history(store, self._item.table, self._item.row_id)
        else:
            text = self._ui.filterEdit.text().strip()
            rows = activity.plan_history(
                store,
                user=self._ui.userCombo.currentData(),
                text=text,
                tables=tables_labelled(text),  # "任务" / "Tasks" finds the task table's
            )
        self.model.set_rows(rows)
        self._ui.emptyLabel.setVisible(not rows)
