"""The table's columns: which are shown, in what order and how wide, remembered per user.

The layout is a setting (``Settings.timeline_columns``, JSON: the columns in
their order, the hidden ones, the widths the user dragged), not part of the
plan. :class:`ColumnLayout` applies it to the tree's header and keeps it up to
date when columns are dragged, resized or chosen in :class:`ColumnDialog`
(Columns… on the toolbar and the header's context menu). The task name is
always shown: the tree's outline hangs on it.

Default widths come from the font, so that Start and Finish show a whole date
and each title fits.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QDialog, QHeaderView, QListWidgetItem, QMenu, QWidget

from oa_desk.gui.forms.ui_column_dialog import Ui_ColumnDialog
from oa_desk.gui.timeline.model import Col, column_titles

if TYPE_CHECKING:
    from oa_desk.gui.settings import Settings

ALWAYS_SHOWN = Col.NAME
# Widths in characters of the font ("0" wide) where the content sets the width.
_CHARS: dict[Col, float] = {
    Col.ID: 5, Col.WBS: 7, Col.NAME: 28, Col.PHASE: 8, Col.DURATION: 7, Col.PROGRESS: 6,
    Col.PREDECESSORS: 12, Col.OWNER: 9, Col.DEPARTMENT: 11, Col.WAVE: 9, Col.VARIANCE: 7,
}  # fmt: skip


def default_widths(metrics: QFontMetrics) -> dict[Col, int]:
    """Widths that show each column's usual content and title whole."""
    titles = column_titles()
    digit = metrics.horizontalAdvance("0")
    date = metrics.horizontalAdvance("2026-12-30")
    out: dict[Col, int] = {}
    for col in Col:
        content = date if col in (Col.START, Col.FINISH) else round(_CHARS[col] * digit)
        title = metrics.horizontalAdvance(titles[col])
        out[col] = max(content, title) + 2 * digit + 8  # padding and the sort/frame margins
    return out


class ColumnLayout:
    """The header's column order, visibility and widths, and their setting."""

    def __init__(self, header: QHeaderView, settings: Settings | None) -> None:
        self._header = header
        self._settings = settings
        self._applying = False
        header.setSectionsMovable(True)
        header.setFirstSectionMovable(True)
        self.apply()
        header.sectionMoved.connect(lambda *_a: self._save())
        header.sectionResized.connect(lambda *_a: self._save())

    def _stored(self) -> dict[str, Any]:
        if self._settings is None:
            return {}
        try:
            data = json.loads(self._settings.timeline_columns or "{}")
        except ValueError:
            return {}  # a hand-edited settings file must not stop the Timeline
        return data if isinstance(data, dict) else {}

    def order(self) -> list[Col]:
        """Every column in the order shown (hidden ones too)."""
        header = self._header
        return [Col(header.logicalIndex(v)) for v in range(header.count())]

    def shown(self) -> list[Col]:
        """The columns shown, in their order."""
        return [c for c in self.order() if not self._header.isSectionHidden(c)]

    def apply(self, layout: dict[str, Any] | None = None) -> None:
        """Show the stored layout (or ``layout``); unknown names in it are ignored."""
        data = self._stored() if layout is None else layout
        names = {c.name: c for c in Col}
        order = [names[n] for n in data.get("order", []) if n in names]
        order += [c for c in Col if c not in order]
        hidden = {names[n] for n in data.get("hidden", []) if n in names} - {ALWAYS_SHOWN}
        widths = default_widths(QFontMetrics(self._header.font()))
        for name, px in dict(data.get("widths", {})).items():
            if name in names and isinstance(px, int) and 16 <= px <= 2000:
                widths[names[name]] = px
        header = self._header
        self._applying = True
        try:
            for visual, col in enumerate(order):
                header.moveSection(header.visualIndex(col), visual)
            for col in Col:
                header.setSectionHidden(col, col in hidden)
                header.resizeSection(col, widths[col])
        finally:
            self._applying = False
        self._save()

    def set_shown(self, order: Sequence[Col], shown: set[Col]) -> None:
        """The columns in ``order``, those in ``shown`` visible (the name always)."""
        layout = self._layout()
        layout["order"] = [c.name for c in order]
        layout["hidden"] = [c.name for c in order if c not in shown and c != ALWAYS_SHOWN]
        self.apply(layout)

    def reset(self) -> None:
        self.apply({})

    def _layout(self) -> dict[str, Any]:
        header = self._header
        defaults = default_widths(QFontMetrics(header.font()))
        return {
            "order": [c.name for c in self.order()],
            "hidden": [c.name for c in Col if header.isSectionHidden(c)],
            # only what the user changed: a new font or language re-fits the rest
            "widths": {
                c.name: header.sectionSize(c)
                for c in Col
                if not header.isSectionHidden(c) and header.sectionSize(c) != defaults[c]
            },
        }

    def _save(self) -> None:
        if self._applying or self._settings is None:
            return
        self._settings.timeline_columns = json.dumps(self._layout())

    def header_menu(self, pos: QPoint, choose: Callable[[], None]) -> QMenu:
        """The header's context menu: a tick per column, and Columns…."""
        header = self._header
        menu = QMenu(header)
        titles = column_titles()
        for col in self.order():
            action = menu.addAction(titles[col])
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(col))
            action.setEnabled(col != ALWAYS_SHOWN)
            action.toggled.connect(lambda on, c=col: self._toggle(c, on))
        menu.addSeparator()
        more = menu.addAction(QCoreApplication.translate("ColumnLayout", "Columns…"))
        more.triggered.connect(lambda _c=False: choose())
        menu.popup(header.mapToGlobal(pos))
        return menu

    def _toggle(self, col: Col, on: bool) -> None:
        self._header.setSectionHidden(col, not on)
        self._save()


class ColumnDialog(QDialog):
    """Tick, order and reset the table's columns."""

    def __init__(self, layout: ColumnLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_ColumnDialog()
        self._ui.setupUi(self)
        self._layout = layout
        self._fill(layout.order(), set(layout.shown()))
        self._ui.upButton.clicked.connect(lambda: self._move(-1))
        self._ui.downButton.clicked.connect(lambda: self._move(1))
        self._ui.resetButton.clicked.connect(lambda: self._fill(list(Col), set(Col)))

    def _fill(self, order: Sequence[Col], shown: set[Col]) -> None:
        titles = column_titles()
        lst = self._ui.columnList
        lst.clear()
        for col in order:
            item = QListWidgetItem(titles[col])
            item.setData(Qt.ItemDataRole.UserRole, int(col))
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            if col == ALWAYS_SHOWN:
                flags &= ~Qt.ItemFlag.ItemIsUserCheckable
                item.setToolTip(self.tr("The task name is always shown."))
            item.setFlags(flags)
            item.setCheckState(
                Qt.CheckState.Checked if col in shown or col == ALWAYS_SHOWN
                else Qt.CheckState.Unchecked
            )  # fmt: skip
            lst.addItem(item)
        lst.setCurrentRow(0)

    def _move(self, step: int) -> None:
        lst = self._ui.columnList
        row = lst.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < lst.count():
            return
        item = lst.takeItem(row)
        lst.insertItem(target, item)
        lst.setCurrentRow(target)

    def chosen(self) -> tuple[list[Col], set[Col]]:
        """The columns in the chosen order, and those ticked."""
        lst = self._ui.columnList
        order, shown = [], set()
        for row in range(lst.count()):
            item = lst.item(row)
            col = Col(int(item.data(Qt.ItemDataRole.UserRole)))
            order.append(col)
            if item.checkState() == Qt.CheckState.Checked:
                shown.add(col)
        return order, shown

    def accept(self) -> None:
        order, shown = self.chosen()
        self._layout.set_shown(order, shown)
        super().accept()
