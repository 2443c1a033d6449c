"""Edit › History… and the shared "History of this item…" action."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction

from oa_desk.gui.activity.keys import ITEM_HISTORY
from oa_desk.gui.icons import icon

if TYPE_CHECKING:
    from oa_desk.gui.features import Shell


class ActivityActions(QObject):
    def __init__(self, shell: Shell) -> None:
        window = shell.widget()
        super().__init__(window)
        self.setObjectName("activityActions")
        self.shell = shell
        self.window = window
        self.act_history = QAction(icon("clock-counter-clockwise"), "", window)
        self.act_history.setObjectName("historyAction")
        self.act_history.triggered.connect(lambda _c=False: self.show_plan_history())
        self.act_item = QAction(icon("clock-counter-clockwise"), "", window)
        self.act_item.setObjectName("itemHistoryAction")
        self.act_item.triggered.connect(lambda _c=False: self.show_item_history())
        shell.add_edit_action(self.act_history)
        shell.share_action(ITEM_HISTORY, self.act_item)
        shell.plan_opened.connect(self.update_state)
        window.installEventFilter(self)
        self.retranslate()
        self.update_state()

    def retranslate(self) -> None:
        self.act_history.setText(self.tr("&History…"))
        self.act_history.setToolTip(self.tr("Every change to the plan: who made it, and when"))
        self.act_item.setText(self.tr("History of This Item…"))
        self.act_item.setToolTip(self.tr("Every change to this row: who made it, and when"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def update_state(self) -> None:
        has_plan = self.shell.doc is not None
        self.act_history.setEnabled(has_plan)
        self.act_item.setEnabled(has_plan)

    def show_plan_history(self) -> None:
        from oa_desk.gui.activity.dialog import HistoryDialog

        doc = self.shell.doc
        if doc is None:
            return
        HistoryDialog(doc, None, self.window).exec()

    def show_item_history(self) -> None:
        from oa_desk.gui.activity.dialog import HistoryDialog, ItemRef

        doc, data = self.shell.doc, self.act_item.data()
        if doc is None or not isinstance(data, (tuple, list)) or len(data) != 3:
            return
        table, row_id, label = data
        HistoryDialog(doc, ItemRef(str(table), int(row_id), str(label)), self.window).exec()
