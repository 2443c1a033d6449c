"""Which column feeds each field, for a sheet OA Desk did not make.

OA Desk proposes the header row and a column per field from header synonyms
(工号 / 员工编号 / Employee ID ...); the user checks the sample, corrects what
is wrong and goes on. A confirmed mapping is remembered for the file layout
(the header row's signature) and comes back the next time a file with the
same headers is imported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QWidget,
)

from oa_desk.exchange.foreign import field_specs
from oa_desk.exchange.mapping import (
    ColumnMapping,
    FieldSpec,
    ImportKind,
    layout_signature,
    propose_mapping,
)
from oa_desk.exchange.normalize import cell_text
from oa_desk.exchange.sheets import RawSheet, column_letter
from oa_desk.gui.excel import texts
from oa_desk.gui.excel.models import SampleModel
from oa_desk.gui.forms.ui_excel_mapping_dialog import Ui_ExcelMappingDialog
from oa_desk.gui.settings import Settings
from oa_desk.services import excel

NOT_IMPORTED = -1


class MappingDialog(QDialog):
    """Pick the import kind, the sheet, the header row and a column per field."""

    def __init__(
        self,
        path: Path,
        sheets: Sequence[RawSheet],
        settings: Settings,
        kind: ImportKind | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui = Ui_ExcelMappingDialog()
        self._ui.setupUi(self)
        self._path = path
        self._sheets = list(sheets)
        self._settings = settings
        self._combos: dict[str, QComboBox] = {}
        self._specs: tuple[FieldSpec, ...] = ()
        self._restored = False
        self._detected = 0  # the header row OA Desk found (1-based), 0 when none
        self._next: QPushButton = self._ui.buttonBox.addButton(
            self.tr("&Next"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._next.setDefault(True)
        self._ui.buttonBox.accepted.connect(self.accept)
        self._sample = SampleModel(self)
        self._ui.sampleView.setModel(self._sample)
        self._ui.sampleView.horizontalHeader().setDefaultSectionSize(140)
        self._ui.splitter.setStretchFactor(1, 1)
        self._ui.splitter.setSizes([380, 560])
        self._ui.fileLabel.setText(path.name)
        self._ui.fileLabel.setToolTip(str(path))
        if kind is None:
            saved = settings.excel_import_kind
            kind = ImportKind(saved) if saved in ImportKind._value2member_map_ else None
        kind = kind or ImportKind.PEOPLE
        self._mapping = ColumnMapping(kind, 1)
        self._fill_kinds(kind)
        for sheet in self._sheets:
            self._ui.sheetCombo.addItem(sheet.name, sheet.name)
        self._ui.sheetCombo.setEnabled(len(self._sheets) > 1)
        self._select_best_sheet()
        self._ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self._ui.sheetCombo.currentIndexChanged.connect(lambda _i: self._propose())
        self._ui.headerSpin.valueChanged.connect(self._header_chosen)
        self._skip = QCheckBox(
            self.tr("Import the &valid rows and leave the rows with errors out"), self
        )
        self._skip.setToolTip(
            self.tr(
                "The rows left out are listed with their problems; export them as a "
                "workbook, fix them and import them again."
            )
        )
        layout = self.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(layout.indexOf(self._ui.buttonBox), self._skip)
        self._propose()

    # -- state ---------------------------------------------------------------------

    def kind(self) -> ImportKind:
        return ImportKind(str(self._ui.kindCombo.currentData()))

    def sheet(self) -> RawSheet:
        return self._sheets[max(self._ui.sheetCombo.currentIndex(), 0)]

    def mapping(self) -> ColumnMapping:
        return replace(self._mapping, skip_invalid=self._skip.isChecked())

    def set_skip_invalid(self, on: bool) -> None:
        self._skip.setChecked(on)

    def restored(self) -> bool:
        """Whether the columns came from a mapping remembered for this layout."""
        return self._restored

    def problem(self) -> str:
        """Why Next is disabled, or ""."""
        missing = self._mapping.missing_required()
        if not self._sheets or not self.sheet().rows:
            return self.tr("The sheet is empty: choose another sheet or file.")
        if missing:
            names = ", ".join(f.label for f in missing)
            return self.tr("Choose a column for each required field: {fields}.").format(
                fields=names
            )
        if not self._mapping.columns:
            return self.tr("Choose at least one column to import.")
        return ""

    # -- filling ---------------------------------------------------------------------

    def _fill_kinds(self, selected: ImportKind) -> None:
        combo = self._ui.kindCombo
        combo.blockSignals(True)
        combo.clear()
        for kind in ImportKind:
            combo.addItem(texts.kind_name(kind.value), kind.value)
        combo.setCurrentIndex(max(combo.findData(selected.value), 0))
        combo.blockSignals(False)

    def _select_best_sheet(self) -> None:
        if len(self._sheets) < 2:
            return
        best = excel.propose_foreign_mapping(self._sheets, self.kind())
        index = self._ui.sheetCombo.findData(best.sheet)
        if index >= 0:
            self._ui.sheetCombo.blockSignals(True)
            self._ui.sheetCombo.setCurrentIndex(index)
            self._ui.sheetCombo.blockSignals(False)

    def _kind_changed(self, _index: int) -> None:
        self._select_best_sheet()
        self._propose()

    def _propose(self) -> None:
        """The proposed (or remembered) mapping for the chosen kind and sheet."""
        if not self._sheets:
            self._validate()
            return
        sheet, kind = self.sheet(), self.kind()
        proposed = excel.propose_foreign_mapping([sheet], kind)
        self._detected = proposed.header_row if proposed.signature else 0
        self._use(self._remembered(sheet, proposed))

    def _remembered(self, sheet: RawSheet, proposed: ColumnMapping) -> ColumnMapping:
        saved = self._settings.remembered_mapping(proposed.signature, proposed.kind.value)
        self._restored = False
        if saved is None:
            return proposed
        try:
            remembered = ColumnMapping.from_dict(saved)
        except (KeyError, TypeError, ValueError):
            return proposed  # a settings file from elsewhere: ignore what it holds
        self._restored = True
        return excel.propose_foreign_mapping([sheet], proposed.kind, saved=remembered)

    def _header_chosen(self, row: int) -> None:
        """The user says the headers are in ``row``: map from that row's texts."""
        sheet, kind = self.sheet(), self.kind()
        if not 1 <= row <= len(sheet.rows):
            return
        header = sheet.rows[row - 1]
        found = propose_mapping(RawSheet(sheet.name, [list(header)]), kind)
        proposed = ColumnMapping(
            kind, row, found.columns, found.headers, sheet.name, layout_signature(header)
        )
        self._use(self._remembered(sheet, proposed))

    def _use(self, mapping: ColumnMapping) -> None:
        self._mapping = mapping
        sheet = self.sheet()
        spin = self._ui.headerSpin
        spin.blockSignals(True)
        spin.setMaximum(max(len(sheet.rows), 1))
        spin.setValue(mapping.header_row)
        spin.blockSignals(False)
        if self._detected:
            self._ui.detectedLabel.setText(
                self.tr("OA Desk found the headers in row {row}.").format(row=self._detected)
            )
        else:
            self._ui.detectedLabel.setText(
                self.tr("No header row was recognised: choose the row that holds the headers.")
            )
        self._ui.restoredLabel.setVisible(self._restored)
        self._build_fields()
        self._sample.set_sheet(sheet.rows, mapping.header_row, self._mapped_labels())
        self._validate()

    def _header_cells(self) -> list[object]:
        rows = self.sheet().rows
        row = self._mapping.header_row - 1
        return list(rows[row]) if 0 <= row < len(rows) else []

    def _build_fields(self) -> None:
        layout = self._ui.fieldsLayout
        while layout.rowCount():
            layout.removeRow(0)
        self._combos.clear()
        self._specs = field_specs(self.kind())
        header = self._header_cells()
        width = max(self.sheet().width, len(header))
        for spec in self._specs:
            label = QLabel(f"{spec.label} *" if spec.required else spec.label)
            if spec.required:
                font = label.font()
                font.setBold(True)
                label.setFont(font)
                label.setToolTip(self.tr("Required: every row needs a value here."))
            combo = QComboBox()
            combo.setObjectName(f"field_{spec.key}")
            combo.addItem(self.tr("(not imported)"), NOT_IMPORTED)
            for col in range(width):
                text = cell_text(header[col]).strip() if col < len(header) else ""
                shown = text or self.tr("(no header)")
                combo.addItem(f"{column_letter(col)} — {shown}", col)
            combo.setCurrentIndex(max(combo.findData(self._mapping.columns.get(spec.key, -1)), 0))
            combo.currentIndexChanged.connect(lambda _i, key=spec.key: self._column_chosen(key))
            label.setBuddy(combo)
            layout.addRow(label, combo)
            self._combos[spec.key] = combo

    def _column_chosen(self, key: str) -> None:
        col = int(self._combos[key].currentData())
        header = self._header_cells()
        if col == NOT_IMPORTED:
            self._mapping.columns.pop(key, None)
            self._mapping.headers.pop(key, None)
        else:
            self._mapping.columns[key] = col
            self._mapping.headers[key] = cell_text(header[col]) if col < len(header) else ""
        self._sample.set_mapped(self._mapped_labels())
        self._validate()

    def set_column(self, key: str, column: int) -> None:
        """Choose ``column`` (0-based; -1: not imported) for field ``key``, as the combo does."""
        combo = self._combos[key]
        combo.setCurrentIndex(max(combo.findData(column), 0))

    def _mapped_labels(self) -> dict[int, str]:
        labels = {spec.key: spec.label for spec in field_specs(self.kind())}
        return {col: labels.get(key, key) for key, col in self._mapping.columns.items()}

    def _validate(self) -> None:
        problem = self.problem()
        self._ui.problemLabel.setText(problem)
        self._ui.problemLabel.setVisible(bool(problem))
        self._next.setEnabled(not problem)

    # -- closing ----------------------------------------------------------------------

    def accept(self) -> None:
        if self.problem():
            return
        kind = self.kind().value
        self._mapping.sheet = self.sheet().name
        self._settings.remember_mapping(self._mapping.signature, kind, self._mapping.to_dict())
        self._settings.excel_import_kind = kind
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._ui.retranslateUi(self)
        super().changeEvent(event)
