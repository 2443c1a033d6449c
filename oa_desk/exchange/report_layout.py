"""Column widths and header heights for the report workbook, from what its cells hold.

A write-only sheet writes its column widths with its first row and a row's
height with that row, so a sheet's rows are gathered first (:class:`SheetRows`),
measured, and only then appended. Widths: the longest value of each column
(CJK characters counted as two, indents and bold included) plus a margin,
between a floor and a cap; header words are never cut (a bilingual header wraps
between its words), and the header row is as tall as its most wrapped title.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from openpyxl.cell.cell import Cell

from oa_desk.exchange.workbook import display_width

__all__ = ["LINE_HEIGHT", "SheetRows", "cell_width", "fit_widths", "header_lines", "rotated_height"]

LINE_HEIGHT = 15.0  # points per line of 11-point text, CJK fallback fonts included
_MARGIN = 2
_CHAR_POINTS = 6.5  # points a character of 11-point bold text takes, rotated up


def cell_width(value: Any) -> float:
    """Characters a value needs as the report shows it."""
    indent = bold = 0.0
    if isinstance(value, Cell):
        if "%" in (value.number_format or ""):
            return 5
        indent = float(value.alignment.indent or 0) * 2 if value.has_style else 0.0
        bold = 0.1 if value.has_style and value.font.b else 0.0
        value = value.value
    if isinstance(value, dt.datetime):
        need = 19.0  # openpyxl's yyyy-mm-dd h:mm:ss
    elif isinstance(value, float):
        need = float(len(f"{value:g}"))
    else:
        need = float(display_width(value))
    return need * (1 + bold) + indent


def _words(title: str) -> list[str]:
    return title.split()


def fit_widths(
    headers: Sequence[Sequence[str]],
    rows: Sequence[Sequence[Any]],
    floors: Sequence[float],
    caps: Sequence[float],
) -> list[float]:
    """Per column: the longest value or header word, plus a margin, in [floor, cap]."""
    widths = []
    for i, (floor, cap) in enumerate(zip(floors, caps, strict=True)):
        need = max((cell_width(r[i]) for r in rows if i < len(r)), default=0.0)
        word = max(
            (display_width(w) * 1.1 for h in headers if i < len(h) for w in _words(h[i])),
            default=0.0,
        )
        widths.append(round(min(cap, max(floor, need + _MARGIN, word + _MARGIN)), 1))
    return widths


def header_lines(title: str, width: float) -> int:
    """Lines a wrapped header takes in a column ``width`` characters wide."""
    room = max(width - 1, 1.0)
    lines, used = 1, 0.0
    for word in _words(title):
        need = display_width(word) * 1.1
        if used and used + 1 + need > room:
            lines, used = lines + 1, 0.0
        if need > room:  # a word wider than the column breaks where it must
            extra = math.ceil(need / room) - 1
            lines, used = lines + extra, need - extra * room
        else:
            used += need + (1 if used else 0)
    return lines


def rotated_height(labels: Sequence[str]) -> float:
    """Points a header row of labels turned upright needs."""
    longest = max((display_width(t) for t in labels), default=0)
    return longest * _CHAR_POINTS + 8


@dataclass
class SheetRows:
    """A sheet's rows gathered before they are written: ``(is_header, values)``."""

    entries: list[tuple[bool, list[Any]]] = field(default_factory=list)

    def header(self, titles: Sequence[str]) -> None:
        self.entries.append((True, list(titles)))

    def row(self, values: Sequence[Any]) -> None:
        self.entries.append((False, list(values)))

    def widths(
        self, floors: Sequence[float], caps: Sequence[float], *, table_only: bool = False
    ) -> list[float]:
        """The columns' widths; ``table_only`` leaves out one-cell rows (titles and
        notes, which run on over the empty cells beside them)."""
        headers = [v for h, v in self.entries if h]
        rows = [v for h, v in self.entries if not h and (len(v) > 1 or not table_only)]
        return fit_widths(headers, rows, floors, caps)

    def header_height(self, titles: Sequence[str], widths: Sequence[float]) -> float:
        lines = max(
            (header_lines(t, w) for t, w in zip(titles, widths, strict=False) if t), default=1
        )
        return lines * LINE_HEIGHT + 2
