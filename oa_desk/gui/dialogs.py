"""Static dialogs built from the Designer forms in ``ui/``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTreeWidgetItem,
    QWidget,
)

from oa_desk.gui.dates import format_datetime
from oa_desk.gui.forms.ui_new_plan_dialog import Ui_NewPlanDialog
from oa_desk.gui.forms.ui_preferences_dialog import Ui_PreferencesDialog
from oa_desk.gui.forms.ui_restore_dialog import Ui_RestoreDialog
from oa_desk.gui.i18n import LANGUAGES, SYSTEM
from oa_desk.store.snapshots import SnapshotInfo

# QDateEdit cannot be empty: its minimum date stands for "not set" and shows a text.
UNSET_DATE = QDate(1900, 1, 1)


def setup_optional_date(edit: QDateEdit, unset_text: str) -> None:
    edit.setMinimumDate(UNSET_DATE)
    edit.setSpecialValueText(unset_text)


def set_optional_date(edit: QDateEdit, value: dt.date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value else UNSET_DATE)


def optional_date(edit: QDateEdit) -> dt.date | None:
    value = edit.date()
    if value == UNSET_DATE:
        return None
    return dt.date(value.year(), value.month(), value.day())


def human_size(size: int) -> str:
    locale = QLocale()
    return locale.formattedDataSize(size)


class NewPlanDialog(QDialog):
    """Asks for the new plan's name and dates; the file name is asked next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_NewPlanDialog()
        self._ui.setupUi(self)
        today = dt.date.today()
        for edit in (self._ui.startEdit, self._ui.goLiveEdit):
            setup_optional_date(edit, self.tr("Not set"))
        set_optional_date(self._ui.startEdit, today)
        set_optional_date(self._ui.goLiveEdit, today + dt.timedelta(days=180))
        self._ui.buttonBox.accepted.connect(self._accept)
        self._ui.nameEdit.textChanged.connect(self._validate)
        self._ui.startEdit.dateChanged.connect(self._validate)
        self._ui.goLiveEdit.dateChanged.connect(self._validate)
        self._validate()

    def _problem(self) -> str:
        if not self._ui.nameEdit.text().strip():
            return self.tr("Give the plan a name.")
        start, go_live = self.start(), self.go_live()
        if start and go_live and start > go_live:
            return self.tr("The start date is after the go-live date.")
        return ""

    def _validate(self) -> None:
        problem = self._problem()
        self._ui.problemLabel.setText(problem)
        ok = self._ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)

    def _accept(self) -> None:
        if not self._problem():
            self.accept()

    def name(self) -> str:
        return self._ui.nameEdit.text().strip()

    def organisation(self) -> str:
        return self._ui.organisationEdit.text().strip()

    def start(self) -> dt.date | None:
        return optional_date(self._ui.startEdit)

    def go_live(self) -> dt.date | None:
        return optional_date(self._ui.goLiveEdit)

    def set_name(self, name: str) -> None:
        self._ui.nameEdit.setText(name)


class PreferencesDialog(QDialog):
    """Language and toolbar buttons (applied at once) and where OA Desk keeps its files."""

    language_changed = Signal(str)
    toolbar_text_changed = Signal(str)  # a value of settings.TOOLBAR_TEXT

    def __init__(
        self,
        language: str,
        snapshots: Path,
        settings_at: str,
        parent: QWidget | None = None,
        *,
        toolbar_text: str = "icons",
    ) -> None:
        super().__init__(parent)
        self._ui = Ui_PreferencesDialog()
        self._ui.setupUi(self)
        self._ui.snapshotsPath.setText(str(snapshots))
        self._ui.settingsPath.setText(settings_at)
        self._fill_languages(language)
        self._fill_toolbar(toolbar_text)
        self._ui.languageCombo.currentIndexChanged.connect(
            lambda _i: self.language_changed.emit(self.selected_language())
        )
        self._ui.toolbarCombo.currentIndexChanged.connect(
            lambda _i: self.toolbar_text_changed.emit(self.selected_toolbar_text())
        )

    def _fill_toolbar(self, selected: str) -> None:
        combo = self._ui.toolbarCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Icons only"), "icons")
        combo.addItem(self.tr("Text under the icons"), "text-under")
        combo.addItem(self.tr("Text beside the icons"), "text-beside")
        combo.setCurrentIndex(max(0, combo.findData(selected)))
        combo.blockSignals(False)

    def selected_toolbar_text(self) -> str:
        return str(self._ui.toolbarCombo.currentData())

    def _fill_languages(self, selected: str) -> None:
        combo = self._ui.languageCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Same as the system"), SYSTEM)
        for code, name in LANGUAGES.items():
            combo.addItem(name, code)
        combo.setCurrentIndex(max(0, combo.findData(selected)))
        combo.blockSignals(False)

    def selected_language(self) -> str:
        return str(self._ui.languageCombo.currentData())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._ui.retranslateUi(self)
            self._fill_languages(self.selected_language())
            self._fill_toolbar(self.selected_toolbar_text())
        super().changeEvent(event)


class RestoreDialog(QDialog):
    """Lists a plan's snapshots, newest first; ``chosen()`` is the one to restore."""

    def __init__(self, snapshots: list[SnapshotInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_RestoreDialog()
        self._ui.setupUi(self)
        self._restore: QPushButton = self._ui.buttonBox.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._ui.buttonBox.accepted.connect(self.accept)
        reasons = {
            "open": self.tr("Opened"),
            "hourly": self.tr("Hourly while editing"),
            "before-restore": self.tr("Before a restore"),
            "before-import": self.tr("Before an import"),
        }
        tree = self._ui.snapshotTree
        for snap in snapshots:
            item = QTreeWidgetItem(
                [
                    format_datetime(snap.taken_at),
                    reasons.get(snap.reason, snap.reason),
                    human_size(snap.size),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(snap.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tree.addTopLevelItem(item)
        for column in range(3):
            tree.resizeColumnToContents(column)
        tree.itemSelectionChanged.connect(self._selection_changed)
        tree.itemDoubleClicked.connect(lambda *_: self.accept())
        self._ui.emptyLabel.setVisible(not snapshots)
        tree.setVisible(bool(snapshots))
        first = tree.topLevelItem(0)
        if first is not None:
            tree.setCurrentItem(first)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self._restore.setEnabled(self.chosen() is not None)

    def chosen(self) -> Path | None:
        item = self._ui.snapshotTree.currentItem()
        if item is None or not item.isSelected():
            return None
        return Path(str(item.data(0, Qt.ItemDataRole.UserRole)))
