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

__all__ = ["HEADINGS", "MAX_TEXT_BYTES", "names_from_text", "read_department_file"]

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


def _first_column(rows: list[list[Any]]) -> list[str]:
    """The names of the column headed "部门"/"Department" (a roster: each name once, in
    order of first appearance), else of the first column (a heading there skipped)."""
    header = next((row for row in rows if any(_cell(v) for v in row)), [])
    for col, value in enumerate(header):
        if _cell(value).casefold() in DEPARTMENT_HEADINGS and col > 0:
            start = rows.index(header) + 1
            seen: dict[str, None] = {}
            for row in rows[start:]:
                name = _cell(row[col]) if col < len(row) else ""
                if name:
                    seen.setdefault(name, None)
            return list(seen)
    names = [_cell(row[0]) if row else "" for row in rows]
    names = [n for n in names if n]
    if names and names[0].casefold() in HEADINGS:
        names = names[1:]
    return names


def names_from_text(text: str) -> list[str]:
    """Department names from text: a name a line, or the first cell of tab-separated rows."""
    return _first_column([line.split("\t") for line in text.splitlines()])


def read_department_file(path: Path | str) -> list[str]:
    """The department names in ``path`` (SpreadsheetRefused for a file that is refused)."""
    from oa_desk.exchange.safety import check_spreadsheet
    from oa_desk.exchange.sheets import detect_encoding, mixed_encoding, read_csv, read_xlsx

    path = Path(path)
    if path.suffix.lower() in _SHEET_SUFFIXES:
        kind = check_spreadsheet(path)
        if kind is SpreadsheetKind.XLSX:
            sheets = read_xlsx(path)
            return _first_column(sheets[0].rows) if sheets else []
        if path.suffix.lower() == ".csv":
            return _first_column(read_csv(path).rows)
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
    encoding = detect_encoding(data)
    if encoding == "gb18030":
        mixed = mixed_encoding(data)
        if mixed is not None:
            raise SpreadsheetRefused(
                RefusalReason.MIXED_ENCODING, path, line=mixed[0], byte=mixed[1]
            )
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise SpreadsheetRefused(
            RefusalReason.CORRUPT,
            path,
            detail=f"text is neither UTF-8 nor GBK/GB18030 (byte {exc.start})",
        ) from None
    return names_from_text(text.lstrip("\ufeff"))
