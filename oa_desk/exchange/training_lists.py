"""Training lists to Excel: "no training, no account" and who is missing from a cell.

One sheet of plain rows (headers given already translated); every text cell
through the safe writer (:mod:`oa_desk.exchange.cells`), saved atomically.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from oa_desk.exchange.cells import safe_value, text_cell
from oa_desk.exchange.workbook import atomic_save

__all__ = ["write_list"]


def write_list(
    path: Path | str, title: str, headers: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """Write ``rows`` under ``headers`` to a one-sheet workbook; the number of rows."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title[:31] or "Sheet1")
    bold = Font(bold=True)
    header = []
    for text in headers:
        cell = text_cell(ws, text)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    n = 0
    for row in rows:
        ws.append([safe_value(ws, v) for v in row])
        n += 1
    with atomic_save(Path(path)) as tmp:
        wb.save(tmp)
    return n
