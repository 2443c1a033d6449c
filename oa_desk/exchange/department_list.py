"""A list of department names from a file or pasted text: one a line, or a sheet's first column.

Text files are UTF-8 (with or without BOM), UTF-16 with BOM, or GBK/GB18030;
``.csv`` and ``.xlsx`` go through the same hostile-file checks and readers as
every import (:mod:`oa_desk.exchange.safety`, :mod:`oa_desk.exchange.sheets`).
Pasted Excel cells are tab-separated: the first column is taken, and a first
cell that is a column heading ("部门", "Department"…) is skipped. A roster (a
sheet whose heading row names a department column further right) gives that
column's departments, each once, in the order they first appear.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from oa_desk.exchange.safety import RefusalReason, SpreadsheetKind, SpreadsheetRefused

__all__ = [
    "HEADINGS",
    "MAX_TEXT_BYTES",
    "entries_from_text",
    "names_from_text",
    "read_department_entries",
    "read_department_file",
]

MAX_TEXT_BYTES = 4 * 1024 * 1024  # a department list of a few thousand lines is far smaller
_SHEET_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm", ".csv", ".tsv", ".xls")
DEPARTMENT_HEADINGS = frozenset(
    {"部门", "部门名称", "所属部门", "department", "departments", "department name", "dept"}
)
HEADINGS = DEPARTMENT_HEADINGS | {"name", "名称"}  # a first column's heading, skipped


def _cell(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip() if value is not None else ""


def _count(value: Any) -> int:
    """A headcount cell: a whole number from 0 to a million, else unknown (0)."""
    text = _cell(value).replace(",", "")
    return int(text) if text.isdigit() and int(text) <= 1_000_000 else 0


def _entries(rows: list[list[Any]]) -> list[tuple[str, int]]:
    """(name, headcount) of each department; a headcount not given is 0.

    A roster (a heading row naming a department column right of the first): that
    column's departments, each once in order of first appearance, with the number
    of people listed in each. Otherwise the first column's names (a heading there
    skipped), with a whole number in the second column as the headcount.
    """
    header = next((row for row in rows if any(_cell(v) for v in row)), [])
    for col, value in enumerate(header):
        if _cell(value).casefold() in DEPARTMENT_HEADINGS and col > 0:
            counts: dict[str, int] = {}
            for row in rows[rows.index(header) + 1 :]:
                name = _cell(row[col]) if col < len(row) else ""
                if name:
                    counts[name] = counts.get(name, 0) + 1
            return list(counts.items())
    out = [(_cell(row[0]), _count(row[1]) if len(row) > 1 else 0) for row in rows if row]
    out = [(name, n) for name, n in out if name]
    if out and out[0][0].casefold() in HEADINGS:
        out = out[1:]
    return out


def entries_from_text(text: str) -> list[tuple[str, int]]:
    """(name, headcount) from text: a name a line, or tab-separated rows (pasted cells)."""
    return _entries([line.split("\t") for line in text.splitlines()])


def names_from_text(text: str) -> list[str]:
    """Department names from text: a name a line, or the first cell of tab-separated rows."""
    return [name for name, _n in entries_from_text(text)]


def read_department_file(path: Path | str) -> list[str]:
    """The department names in ``path`` (SpreadsheetRefused for a file that is refused)."""
    return [name for name, _n in read_department_entries(path)]


def read_department_entries(path: Path | str) -> list[tuple[str, int]]:
    """(name, headcount) of the departments in ``path`` (SpreadsheetRefused if refused)."""
    from oa_desk.exchange.safety import check_spreadsheet
    from oa_desk.exchange.sheets import decode_text, read_csv, read_xlsx

    path = Path(path)
    if path.suffix.lower() in _SHEET_SUFFIXES:
        kind = check_spreadsheet(path)
        if kind is SpreadsheetKind.XLSX:
            sheets = read_xlsx(path)
            return _entries(sheets[0].rows) if sheets else []
        if path.suffix.lower() == ".csv":
            return _entries(read_csv(path).rows)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise SpreadsheetRefused(RefusalReason.NOT_SPREADSHEET, path, detail="a folder")
        if size > MAX_TEXT_BYTES:
            raise SpreadsheetRefused(
                RefusalReason.TOO_LARGE, path, detail=f"{size:,} bytes; at most {MAX_TEXT_BYTES:,}"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise SpreadsheetRefused(RefusalReason.MISSING, path) from None
    if not data:
        raise SpreadsheetRefused(RefusalReason.EMPTY, path)
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SpreadsheetRefused(
            RefusalReason.NOT_SPREADSHEET, path, detail="not a text file (it holds NUL bytes)"
        )
    text, _encoding = decode_text(data, path)
    return entries_from_text(text)
