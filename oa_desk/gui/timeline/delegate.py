"""In-place editors of the task table: dates, numbers, phase, people, departments, waves."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from oa_desk.gui.timeline.model import EDIT_ROLE, Col, phase_names
from oa_desk.gui.widgets.person_picker import Finder, PersonPicker
from oa_desk.services.timeline import Choices

AnyIndex = QModelIndex | QPersistentModelIndex
ROW_HEIGHT = 24


class TaskDelegate(QStyledItemDelegate):
    """Fixed row height (the chart draws the same rows) and a fitting editor per column."""

    def __init__(
        self,
        parent: Any = None,
        *,
        choices: Callable[[], Choices] | None = None,
        finder: Callable[[], Finder | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._choices = choices or (lambda: Choices((), (), ()))
        self._finder = finder or (lambda: None)
        self._row_height = ROW_HEIGHT

    @property
    def choices(self) -> Choices:
        return self._choices()

    def set_row_height(self, px: int) -> None:
        self._row_height = px

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), self._row_height)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        col = Col(index.column())
        if col in (Col.START, Col.FINISH):
            date_edit = QDateEdit(parent)
            date_edit.setCalendarPopup(True)
            date_edit.setDisplayFormat("yyyy-MM-dd")
            return date_edit
        if col in (Col.DURATION, Col.PROGRESS):
            spin = QSpinBox(parent)
            spin.setRange(0, 100 if col == Col.PROGRESS else 9999)
            spin.setSuffix(" %" if col == Col.PROGRESS else "")
            return spin
        if col == Col.PHASE:
            combo = QComboBox(parent)
            for phase, label in phase_names().items():
                combo.addItem(label, phase.value)
            return combo
        if col in (Col.DEPARTMENT, Col.WAVE):
            combo = QComboBox(parent)
            combo.addItem("—", None)
            items = self.choices.departments if col == Col.DEPARTMENT else self.choices.waves
            for item_id, label in items:
                combo.addItem(label, item_id)
            return combo
        if col == Col.OWNER:
            # tens of thousands of people: searched in SQL by name, pinyin or number
            picker = PersonPicker(parent)
            picker.set_finder(self._finder())
            return picker
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(EDIT_ROLE)
        col = Col(index.column())
        if isinstance(editor, QDateEdit):
            editor.setDate(
                value if isinstance(value, QDate) and value.isValid() else QDate.currentDate()
            )
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif col == Col.OWNER and isinstance(editor, PersonPicker):
            shown = str(index.data(Qt.ItemDataRole.DisplayRole) or "").split(" · ")[0]
            if value is None:
                editor.setText("")
            else:
                editor.set_person(int(value), shown)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        col = Col(index.column())
        if isinstance(editor, QDateEdit):
            d = editor.date()
            model.setData(index, dt.date(d.year(), d.month(), d.day()), EDIT_ROLE)
        elif isinstance(editor, QSpinBox):
            model.setData(index, editor.value(), EDIT_ROLE)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), EDIT_ROLE)
        elif col == Col.OWNER and isinstance(editor, PersonPicker):
            if not editor.text().strip():
                model.setData(index, None, EDIT_ROLE)
            elif (person := editor.person_id()) is not None:
                model.setData(index, person, EDIT_ROLE)
            # a name not picked from the list is ignored: the cell keeps its owner
        else:
            super().setModelData(editor, model, index)
