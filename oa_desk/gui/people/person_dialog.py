"""Add or edit a person of the roster: the values, checked by the service on OK.

The form is the Designer file ui/people/person_dialog.ui.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from oa_desk.domain.enums import AudienceTier
from oa_desk.gui.forms.ui_person_dialog import Ui_PersonDialog
from oa_desk.gui.people import texts
from oa_desk.services.departments import OrgTree
from oa_desk.store.roster import PersonCard


class PersonDialog(QDialog):
    """The fields of one person; ``values()`` is what changed (all of them for a new one)."""

    def __init__(
        self, tree: OrgTree, card: PersonCard | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personDialog")
        self._ui = ui = Ui_PersonDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Edit person") if card else self.tr("Add person"))
        self._card = card
        self.number = ui.numberEdit
        self.name = ui.nameEdit
        self.department = ui.departmentCombo
        self.title = ui.titleEdit
        self.email = ui.emailEdit
        self.phone = ui.phoneEdit
        self.tier = ui.tierCombo
        self.active = ui.activeCheck
        self.department.addItem(self.tr("(no department)"), None)
        for d in tree.departments:
            self.department.addItem(tree.path(d.id), d.id)
        for tier in AudienceTier:
            self.tier.addItem(texts.tier_label(tier), tier)
        self.active.setChecked(True)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        if card is not None:
            self.number.setText(card.employee_no)
            self.name.setText(card.name)
            self.department.setCurrentIndex(max(0, self.department.findData(card.department_id)))
            self.title.setText(card.title)
            self.email.setText(card.email)
            self.phone.setText(card.phone)
            self.tier.setCurrentIndex(max(0, self.tier.findData(card.tier)))
            self.active.setChecked(card.active)

    def all_values(self) -> dict[str, Any]:
        return {
            "employee_no": self.number.text().strip(),
            "name": self.name.text().strip(),
            "department_id": self.department.currentData(),
            "title": self.title.text().strip(),
            "email": self.email.text().strip(),
            "phone": self.phone.text().strip(),
            "tier": AudienceTier(str(self.tier.currentData())),
            "active": self.active.isChecked(),
        }

    def values(self) -> dict[str, Any]:
        """For a new person every field; for an edit only the fields that changed."""
        new = self.all_values()
        card = self._card
        if card is None:
            return new
        old = {
            "employee_no": card.employee_no,
            "name": card.name,
            "department_id": card.department_id,
            "title": card.title,
            "email": card.email,
            "phone": card.phone,
            "tier": card.tier,
            "active": card.active,
        }
        return {k: v for k, v in new.items() if old[k] != v}
