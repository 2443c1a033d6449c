"""The knowledge base as an Excel FAQ sheet: one article a row, ready to print.

Plain data in (an answer already reduced to its text, enumeration codes as the
user's labels, headers already translated); every text cell through the safe
writer (:func:`oa_desk.exchange.cells.safe_row`), the print set-up of
``exchange/printing`` (A4 landscape, one page wide, the header repeated)
before the first row, wrapped long columns; saved beside the target and
renamed into place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font

from oa_desk.exchange.cells import safe_row, text_cell
from oa_desk.exchange.printing import print_setup
from oa_desk.exchange.workbook import atomic_save

__all__ = ["FaqEntry", "write_faq"]

# Question, answer, module, tags, linked tickets, updated: widths in characters.
WIDTHS = (36, 80, 12, 18, 14, 12)


@dataclass(frozen=True, slots=True)
class FaqEntry:
    question: str
    answer: str  # plain text, one line per paragraph
    module: str  # the module's label
    tags: str
    tickets: int
    updated: dt.date | None


def write_faq(
    path: Path | str, title: str, headers: Sequence[str], entries: Iterable[FaqEntry]
) -> int:
    """Write the FAQ sheet; the number of articles written."""
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title[:31] or "FAQ")
    print_setup(ws)  # before the first row: a write-only sheet writes it with that row
    for i, width in enumerate(WIDTHS, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for text in headers:
        cell = text_cell(ws, text)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    wrap = Alignment(wrap_text=True, vertical="top")
    n = 0
    for entry in entries:
        values = safe_row(
            ws,
            [entry.question, entry.answer, entry.module, entry.tags, entry.tickets, entry.updated],
        )
        row = []
        for value in values:
            cell = value if isinstance(value, Cell) else WriteOnlyCell(ws, value=value)
            cell.alignment = wrap
            row.append(cell)
        if entry.updated is not None:
            row[5].number_format = "yyyy-mm-dd"
        ws.append(row)
        n += 1
    with atomic_save(Path(path)) as tmp:
        wb.save(tmp)
    return n
