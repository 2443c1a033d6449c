"""Writing cell values safely: formula injection and characters XML cannot hold.

A text that starts with ``=``, ``+``, ``-``, ``@``, tab, carriage return or NUL
(or the full-width ``＝ ＋ － ＠ ；`` a Chinese input method types, which some
spreadsheet programs take for their ASCII forms) could be taken for a formula
by Excel or by a program the sheet is pasted into. Such a text is written as
a *string* cell with the ``quotePrefix`` style: Excel and WPS show it as text
(as if typed with a leading apostrophe), never evaluate it, keep it text when
the cell is edited, and the stored value is the original string, so reading it
back gives exactly what was written.

XML 1.0 cannot hold most control characters, and XML parsers turn a carriage
return into a line feed. Such characters are written with the escape that
Excel itself uses in its files, ``_xHHHH_``; an underscore that would start
such an escape is written ``_x005F_``. Excel, LibreOffice and python-calamine
decode both, so the round trip is exact. Lone surrogates (which no UTF-8 text
can hold) and the non-characters U+FFFE/U+FFFF become U+FFFD.

Every workbook writer (plan workbook, templates, the weekly report, problem
lists) appends its rows through :func:`safe_row`, so no user text reaches a
sheet any other way.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

__all__ = [
    "FORMULA_TRIGGERS",
    "PRINTABLE_TRIGGERS",
    "escape_xml_text",
    "is_formula_like",
    "safe_row",
    "safe_value",
]

# The printable ones; with tab, CR and NUL they are every trigger.
PRINTABLE_TRIGGERS = "=+-@\uff1d\uff0b\uff0d\uff20\uff1b"  # and ＝ ＋ － ＠ ；
FORMULA_TRIGGERS = frozenset(PRINTABLE_TRIGGERS + "\t\r\x00")
_ESCAPE = re.compile(r"[\x00-\x08\x0b-\x1f]|_(?=x[0-9A-Fa-f]{4}_)")
_REPLACE = re.compile(r"[\ud800-\udfff\ufffe\uffff]")


def _escape_match(match: re.Match[str]) -> str:
    char = match.group()
    if char == "_":
        return "_x005F_"
    return f"_x{ord(char):04X}_"


def escape_xml_text(text: str) -> str:
    """``text`` in the form an .xlsx file stores it (``_xHHHH_`` escapes)."""
    text = _REPLACE.sub("\ufffd", text)
    if text and text.isspace():
        # Readers drop text nodes that are only whitespace; escape every character.
        return "".join(f"_x{ord(c):04X}_" for c in text)
    return _ESCAPE.sub(_escape_match, text)


def is_formula_like(text: str) -> bool:
    return bool(text) and text[0] in FORMULA_TRIGGERS


def _needs_care(text: str) -> bool:
    # Fast path in C for the common case; anything unusual goes the slow way.
    if text.isprintable() and "_x" not in text and not text.isspace():
        return text[:1] in FORMULA_TRIGGERS
    return True


def local_time(value: Any) -> Any:
    """A moment as the user's wall-clock time without a zone: what a spreadsheet holds.

    The plan stores moments in UTC (timezone-aware); Excel cells have no zone, and
    openpyxl refuses aware datetimes.
    """
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone().replace(tzinfo=None)
    return value


def safe_value(ws: WriteOnlyWorksheet, value: Any) -> Any:
    """``value`` ready for ``ws.append``: texts that need care become text cells,
    moments become local times."""
    if type(value) is str and _needs_care(value):
        return text_cell(ws, value)
    return local_time(value)


def safe_row(ws: WriteOnlyWorksheet, values: Iterable[Any]) -> list[Any]:
    """A row ready for ``ws.append``: every value through :func:`safe_value`."""
    return [safe_value(ws, v) for v in values]


def text_cell(ws: WriteOnlyWorksheet, text: str) -> Cell:
    """A string cell holding exactly ``text``, never read as a formula."""
    cell = WriteOnlyCell(ws)
    cell.data_type = "s"
    # Set the stored value directly: bypasses openpyxl's formula guess and XML check.
    cell._value = escape_xml_text(text)  # type: ignore[attr-defined]
    if is_formula_like(text):
        cell.quotePrefix = True
    return cell
