"""The hotline's fast-entry form: keyboard only, Enter saves, Esc cancels.

The caller is found by typing a name, pinyin initials or an employee number
(the shared :class:`~oa_desk.gui.widgets.person_picker.PersonPicker`); someone
not on the roster is kept as the free text typed. Picking a person fills in
their department. The form is the Designer file ui/support/hotline_dialog.ui;
``articleSlot`` holds the knowledge-base suggestions (:meth:`add_suggestions`).
Saving goes through the ``save`` callback; a refusal leaves the form open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from oa_desk.domain.enums import OaModule, TicketChannel, TicketPriority, TicketType
from oa_desk.gui.forms.ui_hotline_dialog import Ui_HotlineDialog
from oa_desk.gui.support import texts
from oa_desk.gui.widgets.person_picker import Finder
from oa_desk.services.support_board import Choices


class HotlineDialog(QDialog):
    """A new ticket typed while the caller is on the line."""

    def __init__(
        self,
        choices: Choices,
        find: Finder | None,
        save: Callable[[dict[str, Any]], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hotlineDialog")
        self._save = save
        self.article_id: int | None = None  # a knowledge-base article the caller was given
        self.ui = ui = Ui_HotlineDialog()
        ui.setupUi(self)
        self._departments = {name: did for did, name in choices.departments}
        ui.reporterEdit.set_finder(find)
        ui.reporterEdit.person_chosen.connect(self._person_chosen)
        for t in TicketType:
            ui.typeCombo.addItem(texts.type_label(t), t)
        for p in TicketPriority:
            ui.priorityCombo.addItem(texts.priority_label(p), p)
        ui.priorityCombo.setCurrentIndex(ui.priorityCombo.findData(TicketPriority.P3))
        ui.moduleCombo.addItem(self.tr("(none)"), None)
        for module in OaModule:
            ui.moduleCombo.addItem(texts.module_label(module), module)
        ui.departmentCombo.addItem(self.tr("(none)"), None)
        for did, name in choices.departments:
            ui.departmentCombo.addItem(name, did)
        for c in TicketChannel:
            ui.channelCombo.addItem(texts.channel_label(c), c)
        ui.assigneeCombo.addItem(self.tr("(nobody yet)"), None)
        for pid, name in choices.team:
            ui.assigneeCombo.addItem(name, pid)
        ok = ui.buttons.button(ui.buttons.StandardButton.Ok)
        ok.setText(self.tr("Save"))
        ok.setDefault(True)  # Enter in any field saves
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)  # and Esc cancels, as in every dialog
        ui.articleSlot.hide()
        ui.reporterEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        """Save; a refused ticket keeps the form open with what was typed."""
        if self._save(self.values()):
            super().accept()

    def add_suggestions(self, widget: QWidget) -> None:
        """Put the knowledge-base suggestions under the fields: they follow what is typed
        as the question (``set_text(str)``); the article picked (``article_chosen(int)``)
        is :attr:`article_id`."""
        self.ui.articleLayout.addWidget(widget)
        self.ui.articleSlot.show()
        set_text = getattr(widget, "set_text", None)
        if callable(set_text):
            self.ui.titleEdit.textChanged.connect(set_text)
        chosen = getattr(widget, "article_chosen", None)
        if chosen is not None:
            chosen.connect(self._article_chosen)

    def _article_chosen(self, article_id: int) -> None:
        self.article_id = article_id

    def _person_chosen(self, _person_id: int) -> None:
        for hit in self.ui.reporterEdit.hits():
            if hit.id == _person_id and hit.department in self._departments:
                combo = self.ui.departmentCombo
                combo.setCurrentIndex(combo.findData(self._departments[hit.department]))

    def values(self) -> dict[str, Any]:
        ui = self.ui
        reporter_id = ui.reporterEdit.person_id()
        out: dict[str, Any] = {
            "title": ui.titleEdit.text().strip(),
            "description": ui.descriptionEdit.text().strip(),
            "type": ui.typeCombo.currentData(),
            "priority": ui.priorityCombo.currentData(),
            "channel": ui.channelCombo.currentData(),
        }
        for key, combo in (
            ("module", ui.moduleCombo),
            ("department_id", ui.departmentCombo),
            ("assignee_id", ui.assigneeCombo),
        ):
            if combo.currentData() is not None:
                out[key] = combo.currentData()
        if reporter_id is not None:
            out["reporter_id"] = reporter_id
        elif ui.reporterEdit.text().strip():
            out["reporter_name"] = ui.reporterEdit.text().strip()
        if self.article_id is not None:
            out["article_id"] = self.article_id
        return out
