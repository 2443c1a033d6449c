"""A cell's value as text, and a code-like value cleaned: the two conversions every
reader and the label table share (kept free of imports, so the label table can use
them without reaching the problem messages that use the labels).
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata

Raw = object

# Spaces a cell's text is trimmed of: ASCII, the ideographic space, no-break space,
# BOM and zero-width space (WPS and copy-paste from web pages leave them).
_TRIM = " \t\r\n\u3000\u00a0\ufeff\u200b"


def clean_code(value: Raw) -> str:
    """A code-like value: NFKC (full-width to ASCII), trimmed, inner runs of spaces kept."""
    text = value if type(value) is str else cell_text(value)
    if text.isascii():
        return text.strip(_TRIM)  # NFKC leaves ASCII as it is
    return unicodedata.normalize("NFKC", text).strip(_TRIM)


def cell_text(value: Raw) -> str:
    """Any cell value as the text a person would see."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)
