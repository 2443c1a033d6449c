"""Choose the sheets of a blank template workbook."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QPushButton, QWidget

from oa_desk.exchange.spec import SHEETS
from oa_desk.gui.forms.ui_excel_template_dialog import Ui_ExcelTemplateDialog

TABLE_ROLE = Qt.ItemDataRole.UserRole


class TemplateDialog(QDialog):
    """Every sheet of the plan workbook, checked; ``tables()`` are the chosen ones."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_ExcelTemplateDialog()
        self._ui.setupUi(self)
        self._save: QPushButton = self._ui.buttonBox.addButton(
            self.tr("&Save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._ui.buttonBox.accepted.connect(self.accept)
        for spec in SHEETS:
            item = QListWidgetItem(spec.title)
            item.setData(TABLE_ROLE, spec.table)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self._ui.sheetList.addItem(item)
        self._ui.sheetList.itemChanged.connect(lambda _item: self._validate())
        self._ui.allButton.clicked.connect(lambda: self.check_all(True))
        self._ui.noneButton.clicked.connect(lambda: self.check_all(False))
        self._validate()

    def check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self._ui.sheetList.count()):
            self._ui.sheetList.item(row).setCheckState(state)

    def tables(self) -> list[str]:
        items = (self._ui.sheetList.item(row) for row in range(self._ui.sheetList.count()))
        return [str(i.data(TABLE_ROLE)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def _validate(self) -> None:
        self._save.setEnabled(bool(self.tables()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._ui.retranslateUi(self)
            self._save.setText(self.tr("&Save…"))
        super().changeEvent(event)
