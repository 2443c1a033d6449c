"""A department's own fields: code, head (picked from the roster), headcount, readiness."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from oa_desk.domain.enums import Readiness
from oa_desk.gui.people import texts
from oa_desk.gui.widgets.person_picker import Finder, PersonPicker
from oa_desk.store.org import DepartmentRow


class DepartmentDialog(QDialog):
    """``values()`` are the fields that changed (a head typed but not picked is none)."""

    def __init__(
        self, row: DepartmentRow, find: Finder | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("departmentDialog")
        self.setWindowTitle(self.tr("Department {name}").format(name=row.name))
        self._row = row
        self.code = QLineEdit(row.code)
        self.head = PersonPicker()
        self.head.set_finder(find)
        if row.head_id is not None:
            self.head.set_person(row.head_id, row.head_name)
        self.headcount = QSpinBox()
        self.headcount.setRange(0, 1_000_000)
        self.headcount.setValue(row.headcount)
        self.readiness = QComboBox()
        for value in Readiness:
            self.readiness.addItem(texts.readiness_label(value), value)
        self.readiness.setCurrentIndex(max(0, self.readiness.findData(row.readiness)))
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Head"), self.head)
        form.addRow(self.tr("Headcount"), self.headcount)
        form.addRow(self.tr("Readiness"), self.readiness)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        row = self._row
        head = self.head.person_id() if self.head.text().strip() else None
        new = {
            "code": self.code.text().strip(),
            "head_id": head,
            "headcount": self.headcount.value(),
            "readiness": Readiness(str(self.readiness.currentData())),
        }
        old = {
            "code": row.code,
            "head_id": row.head_id,
            "headcount": row.headcount,
            "readiness": row.readiness,
        }
        return {k: v for k, v in new.items() if old[k] != v}
