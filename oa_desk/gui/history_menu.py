"""A row's context menu offering "History of this item…": the activity feature shares
that action (``activity.item_history``); a page passes a way to get it, so that no
feature imports another."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QMenu

# How a page names a row for its history: (table, id, label), or None for no item.
ItemOf = Callable[[QModelIndex], tuple[str, int, str] | None]


def offer_row_history(
    view: QAbstractItemView, history: Callable[[], QAction | None], item_of: ItemOf
) -> None:
    """Right-clicking a row of ``view`` offers its history (when the action exists)."""

    def menu(pos: QPoint) -> None:
        index = view.indexAt(pos)
        item = item_of(index) if index.isValid() else None
        action = history()
        if item is None or action is None:
            return
        action.setData(item)
        popup = QMenu(view)
        popup.addAction(action)
        popup.popup(view.viewport().mapToGlobal(pos))

    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(menu)
