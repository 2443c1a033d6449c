"""Print set-up shared by the workbooks OA Desk writes: A4 landscape, fit to width.

openpyxl's ``fitToWidth`` alone does nothing: Excel, WPS and LibreOffice obey
it only when the sheet's ``fitToPage`` flag is set, and ``fitToHeight = 0``
lets the rows run over as many pages as they need. Header rows (and, for the
cell Gantt, the task-name columns) repeat on every page.

Given its column widths, a sheet is kept readable: one too wide for a page at
two thirds of its size spreads over pages side by side, its key columns (ID and
name) repeated on each; one narrow enough prints portrait (more rows a page).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from openpyxl.utils import get_column_letter

__all__ = ["A4", "PAGE_CHARS", "PORTRAIT_CHARS", "pages_wide", "print_setup"]

A4 = "9"  # the paperSize code of A4 in SpreadsheetML
# Column widths (in characters) A4 holds: landscape at two thirds of full size
# (LibreOffice prints some 104 characters at 100 %), portrait at full size.
PAGE_CHARS = 160
PORTRAIT_CHARS = 72


def pages_wide(widths: Sequence[float], key: int) -> int:
    """Pages side by side a sheet of ``widths`` takes, its first ``key`` columns on each."""
    total = sum(widths)
    if total <= PAGE_CHARS:
        return 1
    repeated = sum(widths[:key])
    if repeated >= PAGE_CHARS / 2:
        repeated = 0
    return math.ceil((total - repeated) / (PAGE_CHARS - repeated))


def print_setup(
    ws: Any,
    *,
    title_rows: str | None = "1:1",
    title_cols: str | None = None,
    widths: Sequence[float] | None = None,
    key_columns: int = 0,
) -> None:
    """A4 landscape, one page wide, as many pages tall as needed; titles repeated.

    With ``widths``: portrait when the sheet is that narrow, else as many pages
    wide as keep it readable, the first ``key_columns`` repeated on each.
    """
    wide = pages_wide(widths, key_columns) if widths else 1
    portrait = bool(widths) and sum(widths or ()) <= PORTRAIT_CHARS
    ws.page_setup.orientation = "portrait" if portrait else "landscape"
    ws.page_setup.paperSize = A4
    ws.page_setup.fitToWidth = wide
    if wide > 1:
        ws.page_setup.pageOrder = "overThenDown"  # a row's pages follow each other
        if key_columns and not title_cols and sum((widths or ())[:key_columns]) < PAGE_CHARS / 2:
            title_cols = f"A:{get_column_letter(key_columns)}"
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = False
    if title_rows:
        ws.print_title_rows = title_rows
    if title_cols:
        ws.print_title_cols = title_cols
