"""A department's own fields: code, head (picked from the roster), headcount, readiness.

The form is the Designer file ui/people/department_dialog.ui.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from oa_desk.domain.enums import Readiness
from oa_desk.gui.forms.ui_department_dialog import Ui_DepartmentDialog
from oa_desk.gui.people import texts
from oa_desk.gui.widgets.person_picker import Finder
from oa_desk.store.org import DepartmentRow


class DepartmentDialog(QDialog):
    """``values()`` are the fields that changed (a head typed but not picked is none)."""

    def __init__(
        self, row: DepartmentRow, find: Finder | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("departmentDialog")
        self._ui = ui = Ui_DepartmentDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Department {name}").format(name=row.name))
        self._row = row
        self.code = ui.codeEdit
        self.head = ui.headEdit
        self.headcount = ui.headcountSpin
        self.readiness = ui.readinessCombo
        self.code.setText(row.code)
        self.head.set_finder(find)
        if row.head_id is not None:
            self.head.set_person(row.head_id, row.head_name)
        self.headcount.setValue(row.headcount)
        for value in Readiness:
            self.readiness.addItem(texts.readiness_label(value), value)
        self.readiness.setCurrentIndex(max(0, self.readiness.findData(row.readiness)))
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)

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
