"""Print set-up shared by the workbooks OA Desk writes: A4 landscape, fit to width.

openpyxl's ``fitToWidth`` alone does nothing: Excel, WPS and LibreOffice obey
it only when the sheet's ``fitToPage`` flag is set, and ``fitToHeight = 0``
lets the rows run over as many pages as they need. Header rows (and, for the
cell Gantt, the task-name columns) repeat on every page.
"""

from __future__ import annotations

from typing import Any

__all__ = ["A4", "print_setup"]

A4 = "9"  # the paperSize code of A4 in SpreadsheetML


def print_setup(ws: Any, *, title_rows: str | None = "1:1", title_cols: str | None = None) -> None:
    """A4 landscape, one page wide, as many pages tall as needed; titles repeated."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = False
    if title_rows:
        ws.print_title_rows = title_rows
    if title_cols:
        ws.print_title_cols = title_cols
