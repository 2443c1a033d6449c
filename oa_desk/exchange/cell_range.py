"""How many cells a worksheet part makes a reader allocate, found before it does.

python-calamine turns a sheet into a dense grid from A1 to the last cell it
saw: one cell at XFD1048576 asks for 17 billion cells (the process aborts),
one at ALL200000 for 200 million (24 s and 8 GB). :class:`RangeScanner` is fed
a worksheet's XML in chunks while the zip pre-check inflates it and keeps the
largest row and column named anywhere a reader would use them: the
``<dimension ref>``, each ``<row r>`` and ``<c r>`` (or the position a cell
without ``r`` takes: the next row, the next column), and each ``<mergeCell
ref>``; and the count a shared-string table claims (``<sst uniqueCount>``),
for which the reader reserves room at once (4,000,000,000 asks for 96 GB).
Nothing is parsed as XML and memory stays bounded by the chunk size; attributes
are read with their quoting and character references, so a ``>``
inside another attribute or ``r="&#88;FD1"`` cannot hide a reference.

These are all the allocations calamine's .xlsx reader sizes from the file (read
from its source): the dense grid ``Range`` from A1 (``to_python`` with
``skip_empty_area=False``) or from the first cell, ``strings.reserve(uniqueCount)``,
and a cell buffer reserved from the dimension only below 100,000 cells.
"""

from __future__ import annotations

import html
import re

__all__ = ["MAX_TAG_BYTES", "RangeScanner", "TagTooLong", "cell_name", "parse_ref"]

# An element start tag of a worksheet is at most a few hundred bytes.
MAX_TAG_BYTES = 1 << 20
# Past Excel's limits (XFD, 1,048,576): any larger figure is as bad.
_HUGE = 1 << 40

_P = rb"<(?:[A-Za-z_][\w.\-]*:)?"  # an element's start, with any namespace prefix
_ATTR = rb"""[^\s=<>/"']+\s*=\s*(?:"[^"]*"|'[^']*')"""
_TAG = re.compile(_P + rb"(c|row|dimension|mergeCell|sst)((?:\s+" + _ATTR + rb")*)\s*/?>")
_ANY_TAG = re.compile(rb"<(?:/[^<>]*>|[^\s<>/\"'!?]+(?:\s+" + _ATTR + rb")*\s*/?>)")
_ONE_ATTR = re.compile(rb"""([^\s=<>/"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_REF = re.compile(r"\s*\$?([A-Za-z]{0,12})\$?([0-9]{0,15})\s*")
# The fast path: what Excel, WPS, LibreOffice and openpyxl write, read at C speed.
_FAST_LETTERS = re.compile(rb' r="([A-Z]{1,3})[1-9]')
_FAST_DIGITS = re.compile(rb' r="[A-Z]{1,3}([1-9][0-9]{0,6})"')
_FAST_ROWS = re.compile(rb'<row r="([1-9][0-9]{0,6})"')
# Anything else sends a chunk down the careful path: other whitespace, prefixes,
# character references, spaces around "=", the rare tags.
_ODD = (b"\t", b"\n", b"\r", b"&#", b":c", b":row", b"r =", b"dimension", b"mergeCell", b"sst")


class TagTooLong(ValueError):
    """A start tag longer than :data:`MAX_TAG_BYTES`: no real workbook has one."""


def parse_ref(text: str) -> tuple[int, int] | None:
    """``"XFD1048576"`` -> (row 1048576, column 16384), 1-based; 0 for a part left out.

    None when ``text`` is no cell reference at all.
    """
    match = _REF.fullmatch(text)
    if match is None:
        return None
    letters, digits = match.groups()
    col = 0
    for ch in letters.upper():
        col = min(col * 26 + ord(ch) - 64, _HUGE)
    row = min(int(digits), _HUGE) if digits else 0
    return row, col


def cell_name(row: int, col: int) -> str:
    """(1048576, 16384) -> "XFD1048576"; figures past Excel's limits are written as such."""
    if col <= 0:
        return str(row)
    if col > 16384 * 26:
        return f"R{row}C{col}"
    letters = ""
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return f"{letters}{row}"


def _pairs(raw: bytes) -> list[tuple[bytes, str]]:
    found = []
    for name, dq, sq in _ONE_ATTR.findall(raw):
        value = (dq or sq).decode("utf-8", errors="replace")
        found.append((name, html.unescape(value) if "&" in value else value))
    return found


def _attrs(raw: bytes) -> dict[bytes, str]:
    return dict(_pairs(raw))


class RangeScanner:
    """Feed a worksheet's bytes with :meth:`feed`; read ``rows`` and ``cols`` after."""

    def __init__(self) -> None:
        self.rows = 0  # the largest row number named (1-based)
        self.cols = 0  # the largest column number named (1-based)
        self.dimension: str | None = None
        # What a shared-string table says it holds: a reader reserves room for that many.
        self.strings = 0
        self._row = 0  # the row the next cell without a reference falls in
        self._col = 0  # the column of the last cell seen in that row
        self._tail = b""

    @property
    def cells(self) -> int:
        return self.rows * self.cols

    def feed(self, chunk: bytes) -> None:
        """Scan the complete tags of ``chunk`` (and of what the last call left over)."""
        data = self._tail + chunk
        cut = data.rfind(b"<")
        if cut < 0:
            self._tail = b""
            return  # text only
        whole = _ANY_TAG.match(data, cut)
        if whole is not None:  # the last tag is complete; only text follows it
            self._scan(data[: whole.end()])
            self._tail = b""
            return
        self._scan(data[:cut])
        self._tail = data[cut:]
        if len(self._tail) > MAX_TAG_BYTES:
            raise TagTooLong(f"a tag longer than {MAX_TAG_BYTES:,} bytes")

    def _scan(self, data: bytes) -> None:
        if not self._scan_fast(data):
            for match in _TAG.finditer(data):
                self._tag(match.group(1), match.group(2))

    def _scan_fast(self, data: bytes) -> bool:
        """Scan ``data`` if every cell and row in it has a plain ``r`` first; else False."""
        if any(odd in data for odd in _ODD):
            return False
        cells = data.count(b'<c r="')
        rows = data.count(b'<row r="')
        # Every <c and <row starts with a plain r (other tags such as <col send the
        # chunk the careful way), and no other r attribute exists (a repeated one).
        if (
            data.count(b"<c") != cells
            or data.count(b"<row") != rows
            or data.count(b" r=") != cells + rows
        ):
            return False
        digits = _FAST_DIGITS.findall(data)
        if len(digits) != cells:
            return False
        if cells:
            letters = max(set(_FAST_LETTERS.findall(data)), key=lambda t: (len(t), t))
            col = 0
            for ch in letters:
                col = col * 26 + ch - 64
            self._see(max(map(int, set(digits))), col)
        # Where the next cell without a reference would go: after the last tag.
        last_cell = data.rfind(b'<c r="')
        last_row = data.rfind(b'<row r="')
        if last_row > last_cell:
            self._row, self._col = int(_FAST_ROWS.findall(data, last_row)[0]), 0
        elif cells:
            end = data.index(b'"', last_cell + 6)
            ref = parse_ref(data[last_cell + 6 : end].decode("ascii"))
            assert ref is not None
            self._row, self._col = ref
        return True

    def _see(self, row: int, col: int) -> None:
        self.rows = max(self.rows, row)
        self.cols = max(self.cols, col)

    def _tag(self, name: bytes, raw: bytes) -> None:
        attrs = _attrs(raw) if raw else {}
        if name == b"c":
            refs = [parse_ref(v) for k, v in _pairs(raw) if k == b"r"]
            for other in refs[:-1]:  # a repeated attribute: whichever a reader takes
                if other is not None:
                    self._see(*other)
            ref = refs[-1] if refs else None
            if ref is not None and ref[1] > 0:
                row, col = ref
                self._row = row or self._row
                self._col = col
            else:
                self._col += 1
            self._see(max(self._row, 1), self._col)
        elif name == b"row":
            ref = parse_ref(attrs.get(b"r", "")) if b"r" in attrs else None
            self._row = ref[0] if ref is not None and ref[0] > 0 else self._row + 1
            self._col = 0  # a row without cells makes no reader allocate anything
        elif name == b"sst":
            for key in (b"count", b"uniqueCount"):
                digits = attrs.get(key, "").strip()
                if digits.isdigit():
                    self.strings = max(self.strings, min(int(digits[:15]), _HUGE))
        elif b"ref" in attrs:  # dimension, mergeCell: "A1:XFD1048576" or "B2"
            text = attrs[b"ref"]
            if name == b"dimension":
                self.dimension = text[:40]
            for part in text.split(":")[:2]:
                ref = parse_ref(part)
                if ref is not None:
                    self._see(*ref)
