"""The adoption scorecard (the monthly 通报) to Excel: a title row, the ranked departments,
then each wave and the whole organisation; rates as percentages; A4 landscape printing
with the header repeated. Every text cell through the safe writer
(:mod:`oa_desk.exchange.cells`), saved atomically."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Font

from oa_desk.exchange.cells import safe_row, text_cell
from oa_desk.exchange.printing import print_setup
from oa_desk.exchange.workbook import atomic_save

__all__ = ["RATE_COLUMNS", "write_scorecard_workbook"]

# The columns (0-based) that hold rates: shown as percentages.
RATE_COLUMNS = (5, 6, 8)
_DATE_COLUMN = 3
_WIDTHS = (6, 24, 14, 12, 10, 12, 12, 12, 12, 28)


def write_scorecard_workbook(
    path: Path | str,
    title: str,
    headers: Sequence[str],
    body: Sequence[Sequence[Any]],
    footer: Sequence[Sequence[Any]],
) -> int:
    """Write the scorecard; returns the number of department rows."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet((title[:31] or "Sheet1").replace("/", "-"))
    for i, width in enumerate(_WIDTHS):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    print_setup(ws, title_rows="2:2")
    bold = Font(bold=True)
    heading = text_cell(ws, title)
    heading.font = Font(bold=True, size=14)
    ws.append([heading])
    row = []
    for text in headers:
        cell = text_cell(ws, text)
        cell.font = bold
        row.append(cell)
    ws.append(row)

    def append(values: Sequence[Any], font: Font | None = None) -> None:
        cells = []
        for i, value in enumerate(safe_row(ws, values)):
            cell = value if isinstance(value, Cell) else WriteOnlyCell(ws, value)
            if i in RATE_COLUMNS and isinstance(cell.value, float):
                cell.number_format = "0.0%"
            if i == _DATE_COLUMN and cell.value is not None:
                cell.number_format = "yyyy-mm-dd"
            if font is not None:
                cell.font = font
            cells.append(cell)
        ws.append(cells)

    for values in body:
        append(values)
    for values in footer:
        append(values, bold)
    with atomic_save(Path(path)) as tmp:
        wb.save(tmp)
    return len(body)
