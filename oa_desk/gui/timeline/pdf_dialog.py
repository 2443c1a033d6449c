"""The Timeline PDF's choices: paper size and orientation, and the outline levels printed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QWidget

from oa_desk.gui.forms.ui_pdf_export_dialog import Ui_PdfExportDialog

PAPERS: tuple[tuple[str, bool], ...] = tuple(
    (size, landscape) for size in ("A4", "A3", "Letter") for landscape in (True, False)
)


@dataclass(frozen=True, slots=True)
class PdfChoice:
    size: str = "A4"
    landscape: bool = True
    levels: int | None = None  # print outline levels 1..levels; None: all


class PdfExportDialog(QDialog):
    """Paper and outline levels for File › Export Chart as PDF."""

    def __init__(self, depth: int, parent: QWidget | None = None) -> None:
        """``depth``: how many outline levels the rows to print have."""
        super().__init__(parent)
        self._ui = Ui_PdfExportDialog()
        self._ui.setupUi(self)
        paper = self._ui.paperCombo
        for size, landscape in PAPERS:
            text = self.tr("{size} landscape") if landscape else self.tr("{size} portrait")
            paper.addItem(text.format(size=size), (size, landscape))
        levels = self._ui.levelsCombo
        levels.addItem(self.tr("All levels"), 0)
        for n in range(1, depth):
            text = self.tr("Level 1 only") if n == 1 else self.tr("Levels 1–{n}")
            levels.addItem(text.format(n=n), n)
        levels.setEnabled(depth > 1)

    def choice(self) -> PdfChoice:
        size, landscape = self._ui.paperCombo.currentData()
        levels = int(self._ui.levelsCombo.currentData() or 0)
        return PdfChoice(str(size), bool(landscape), levels or None)
