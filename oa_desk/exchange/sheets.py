"""Reading sheets: .xlsx through python-calamine, CSV with encoding detection.

Readers return :class:`RawSheet` grids whose row ``i`` is Excel's row ``i+1``
and whose column ``j`` is column letter ``j`` (A = 0), so every problem can be
reported where the user sees it. Every file passes
:func:`oa_desk.exchange.safety.check_spreadsheet` first.

Why calamine: reading a 50,000-row, 12-column roster takes about 0.5 s with
python-calamine against over 5 s with openpyxl's read-only mode (see
tests/benchmarks/bench_excel.py); openpyxl stays the writer.
"""

from __future__ import annotations

import codecs
import csv
import io
import posixpath
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from oa_desk.exchange.safety import (
    RefusalReason,
    SpreadsheetKind,
    SpreadsheetRefused,
    check_spreadsheet,
)

__all__ = [
    "RawSheet",
    "column_letter",
    "decode_text",
    "detect_encoding",
    "fill_merged",
    "formulas_without_value",
    "number_formats",
    "read_csv",
    "read_sheets",
    "read_xlsx",
    "sheet_names",
]


@dataclass
class RawSheet:
    """A sheet's cells as values (str, float, bool, date, datetime, time or '')."""

    name: str
    rows: list[list[Any]]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1
    source: Path | None = None
    encoding: str | None = None  # CSV only
    # Cells holding a formula but no value (r, c as in ``rows``): LibreOffice and WPS
    # write TRUE() for booleans, and a tool that does not recalculate leaves them blank.
    no_value: frozenset[tuple[int, int]] = frozenset()

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def column_letter(index: int) -> str:
    """0 -> "A", 26 -> "AA"."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def fill_merged(sheet: RawSheet) -> None:
    """Give every cell of a merged range the value of its top-left cell.

    A header merged across columns names each of them; a department merged
    down several rows applies to each row. Ranges are capped to the data.
    """
    for r0, c0, r1, c1 in sheet.merged:
        if r0 >= len(sheet.rows):
            continue
        top = sheet.rows[r0]
        value = top[c0] if c0 < len(top) else ""
        for r in range(r0, min(r1, len(sheet.rows) - 1) + 1):
            row = sheet.rows[r]
            if len(row) <= c1:
                row.extend([""] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                if r == r0 and c == c0:
                    continue
                if row[c] in ("", None):
                    row[c] = value


def _refuse_panic(path: Path, exc: BaseException) -> None:
    """A panic in the native reader (pyo3's PanicException, a BaseException) is a
    damaged file to the user, not a traceback; anything else is left to propagate."""
    if type(exc).__name__ == "PanicException":
        raise SpreadsheetRefused(RefusalReason.CORRUPT, path, detail=str(exc)[:200]) from None


def _open_workbook(path: Path) -> Any:
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    try:
        return CalamineWorkbook.from_path(str(path))
    except PasswordError:
        raise SpreadsheetRefused(RefusalReason.ENCRYPTED, path) from None
    except (CalamineError, OSError, ValueError) as exc:
        raise SpreadsheetRefused(RefusalReason.CORRUPT, path, detail=str(exc)[:200]) from None
    except BaseException as exc:
        _refuse_panic(path, exc)
        raise


def read_xlsx(path: Path | str, names: Sequence[str] | None = None) -> list[RawSheet]:
    """Every worksheet (or those in ``names``) of an .xlsx that passed the safety check."""
    from python_calamine import CalamineError, SheetTypeEnum

    path = Path(path)
    workbook = _open_workbook(path)
    sheets = []
    try:
        for meta in workbook.sheets_metadata:
            if meta.typ != SheetTypeEnum.WorkSheet:
                continue
            if names is not None and meta.name not in names:
                continue
            sheet = workbook.get_sheet_by_name(meta.name)
            rows = sheet.to_python(skip_empty_area=False)
            merged = [(a[0], a[1], b[0], b[1]) for a, b in (sheet.merged_cell_ranges or [])]
            sheets.append(RawSheet(meta.name, rows, merged, path))
        blanks = formulas_without_value(path)
        for raw in sheets:
            cells = blanks.get(raw.name, {})
            for (r, c), value in cells.items():
                if value is not None and r < len(raw.rows):
                    row = raw.rows[r]
                    if len(row) <= c:
                        row.extend([""] * (c + 1 - len(row)))
                    row[c] = value
            raw.no_value = frozenset(k for k, v in cells.items() if v is None)
    except (CalamineError, OSError, ValueError) as exc:
        raise SpreadsheetRefused(RefusalReason.CORRUPT, path, detail=str(exc)[:200]) from None
    except BaseException as exc:
        _refuse_panic(path, exc)
        raise
    finally:
        workbook.close()
    return sheets


# A cell whose only content is a formula: no <v>, or an empty one (group 3: the
# formula's text, None for a shared formula's ``<f .../>``).
_NO_VALUE = re.compile(
    rb'<c\b[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"[^>]*>'
    rb"(?:<f\b[^>]*/>|<f\b[^>]*>([^<]*)</f>)(?:<v\s*/>|<v></v>)?</c>"
)
# Formulas whose value needs no calculation: LibreOffice and WPS write a boolean
# cell as TRUE() or FALSE().
_CONSTANTS = {b"TRUE()": True, b"FALSE()": False, b"TRUE": True, b"FALSE": False}


def _cell_index(letters: bytes, digits: bytes) -> tuple[int, int]:
    col = 0
    for ch in letters:
        col = col * 26 + ch - 64
    return int(digits) - 1, col - 1


def formulas_without_value(path: Path | str) -> dict[str, dict[tuple[int, int], bool | None]]:
    """Sheet name -> the cells (row, column from 0) that hold a formula but no value:
    the constant's value for ``TRUE()`` and ``FALSE()``, else None.

    Such a cell reads as empty, which is not what it says: it was written by an
    application that meant to compute it (LibreOffice's ``TRUE()``) and then saved
    by one that did not. A quick scan of each sheet's XML (no parse).
    """
    found: dict[str, dict[tuple[int, int], bool | None]] = {}
    try:
        with zipfile.ZipFile(Path(path)) as archive:
            for name, member in _sheet_members(archive).items():
                with archive.open(member) as f:
                    data = f.read()
                if b"<f" not in data:
                    continue
                cells = {
                    _cell_index(m[1], m[2]): _CONSTANTS.get((m[3] or b"").strip().upper())
                    for m in _NO_VALUE.finditer(data)
                }
                if cells:
                    found[name] = cells
    except (KeyError, zipfile.BadZipFile, ValueError, SyntaxError, OSError):
        return found
    return found


def _sheet_members(archive: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet name -> its member in the package."""
    workbook = _parse_xml(archive, "xl/workbook.xml")
    rels = _parse_xml(archive, "xl/_rels/workbook.xml.rels")
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.iter(f"{_PKG_REL}Relationship")}
    members = {}
    for sheet in workbook.iter(f"{_NS}sheet"):
        target = targets.get(sheet.get(f"{_REL_NS}id"))
        if not target:
            continue
        member = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        if member in archive.namelist():
            members[sheet.get("name", "")] = member
    return members


def sheet_names(path: Path | str) -> list[str]:
    """The worksheet names of an .xlsx that passed the safety check (cells are not read)."""
    from python_calamine import SheetTypeEnum

    path = Path(path)
    workbook = _open_workbook(path)
    try:
        return [m.name for m in workbook.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]
    except BaseException as exc:
        _refuse_panic(path, exc)
        raise
    finally:
        workbook.close()


def detect_encoding(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut by a sample's end is still UTF-8.
        if exc.start < len(data) - 4:
            return "gb18030"
    return "utf-8"


# UTF-8 characters beyond ASCII before the first byte that is not UTF-8: this many
# mean the file is UTF-8 with a part in another encoding, not GBK throughout (GBK
# text is almost never valid UTF-8 for more than a character or two).
_MIXED_AFTER = 4


def mixed_encoding(data: bytes) -> tuple[int, int] | None:
    """(line, byte offset) of the first non-UTF-8 byte of a file that is UTF-8 before it."""
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError as exc:
        start = exc.start
    head = data[:start].decode("utf-8")
    if sum(1 for ch in head if ord(ch) > 127 and ch != "\ufeff") < _MIXED_AFTER:
        return None
    return data.count(b"\n", 0, start) + 1, start


def decode_text(data: bytes, path: Path) -> tuple[str, str]:
    """A text file's text (without a BOM) and its encoding, detected as
    :func:`detect_encoding` does; a UTF-8 file with a part in GBK, or bytes of
    no known encoding, are refused naming the place."""
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
    return (text[1:] if text.startswith("\ufeff") else text), encoding


def read_csv(path: Path | str) -> RawSheet:
    """A CSV (or tab-separated) file, encoding and delimiter detected.

    A UTF-8 file with a part in GBK (two files pasted together) is refused
    naming the line and byte: decoded whole as GB18030 its UTF-8 part, the
    headers included, would turn to nonsense and the import would only say
    that no column is mapped.
    """
    path = Path(path)
    text, encoding = decode_text(path.read_bytes(), path)
    sample = text[:20_000]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",\t;|")
    except csv.Error:
        dialect = csv.excel_tab if sample.count("\t") > sample.count(",") else csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        rows = [list(r) for r in reader]
    except csv.Error as exc:  # a field over csv.field_size_limit() (128 KiB), a stray NUL
        raise SpreadsheetRefused(
            RefusalReason.CORRUPT, path, detail=f"line {reader.line_num}: {exc}"
        ) from None
    return RawSheet(path.stem, rows, [], path, encoding)


def read_sheets(path: Path | str) -> list[RawSheet]:
    """Check then read any supported file: an .xlsx's worksheets or one CSV sheet."""
    kind = check_spreadsheet(path)
    if kind is SpreadsheetKind.CSV:
        return [read_csv(path)]
    return read_xlsx(path)


# ---------------------------------------------------------------------------
# Number formats: calamine gives values, not formats; employee numbers typed as
# numbers keep their leading zeros only through a format such as "00000".

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_ZERO_PAD = re.compile(r'^(?:"[^"]*"|\\.)*(0+)(?:"[^"]*"|\\.)*$')


def _parse_xml(archive: zipfile.ZipFile, name: str) -> Any:
    from defusedxml import ElementTree

    with archive.open(name) as f:
        return ElementTree.parse(f).getroot()


def number_formats(path: Path | str, sheet_name: str, max_row: int = 200) -> dict[int, str]:
    """Column index -> the number format of numeric cells in the first ``max_row`` rows.

    Parsed with defusedxml from the (already checked) package; stops early.
    """
    from defusedxml import ElementTree

    path = Path(path)
    formats: dict[int, str] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            workbook = _parse_xml(archive, "xl/workbook.xml")
            rid = None
            for sheet in workbook.iter(f"{_NS}sheet"):
                if sheet.get("name") == sheet_name:
                    rid = sheet.get(f"{_REL_NS}id")
            rels = _parse_xml(archive, "xl/_rels/workbook.xml.rels")
            target = None
            for rel in rels.iter(f"{_PKG_REL}Relationship"):
                if rel.get("Id") == rid:
                    target = rel.get("Target", "")
            if target is None:
                return formats
            member = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            codes = {i: f"{i}" for i in range(200)}
            codes.update({1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 49: "@"})
            xf_formats: list[str] = []
            if "xl/styles.xml" in archive.namelist():
                styles = _parse_xml(archive, "xl/styles.xml")
                for fmt in styles.iter(f"{_NS}numFmt"):
                    codes[int(fmt.get("numFmtId", "0"))] = fmt.get("formatCode", "")
                cell_xfs = styles.find(f"{_NS}cellXfs")
                if cell_xfs is not None:
                    for xf in cell_xfs.findall(f"{_NS}xf"):
                        xf_formats.append(codes.get(int(xf.get("numFmtId", "0")), "General"))
            with archive.open(member) as f:
                for _event, elem in ElementTree.iterparse(f, events=("end",)):
                    if elem.tag == f"{_NS}row":
                        if int(elem.get("r", "0")) > max_row:
                            break
                        elem.clear()
                    elif elem.tag == f"{_NS}c" and elem.get("t", "n") == "n":
                        ref = elem.get("r", "")
                        style = int(elem.get("s", "0"))
                        letters = "".join(ch for ch in ref if ch.isalpha())
                        if letters and style < len(xf_formats):
                            col = 0
                            for ch in letters:
                                col = col * 26 + ord(ch) - 64
                            formats.setdefault(col - 1, xf_formats[style])
    except (KeyError, zipfile.BadZipFile, ValueError, SyntaxError):
        return formats
    return formats


def zero_pad_width(format_code: str) -> int | None:
    """The fixed width of a format such as "00000" or '"E"0000', else None."""
    match = _ZERO_PAD.match(format_code or "")
    if match and len(match.group(1)) > 1:
        return len(match.group(1))
    return None
