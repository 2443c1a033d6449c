"""Checks an untrusted spreadsheet before any parser sees it.

A workbook is a zip of XML files, so a hostile one can be a zip bomb (a tiny
file that inflates to gigabytes), an XML bomb or an external-entity trap
inside a member, or simply something else wearing a ``.xlsx`` name: a legacy
``.xls``, a password-protected workbook (an OLE "encrypted package"), an HTML
page that an OA system exported as ``.xls``, a picture. :func:`check_spreadsheet`
looks at the bytes, streams every zip member through a capped inflater (the
sizes a zip declares can lie) and refuses anything doubtful with a
:class:`SpreadsheetRefused` whose message says what the file is and what to do.
Nothing here parses XML, so nothing here can be exploited by it.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from oa_desk.exchange.cell_range import RangeScanner, TagTooLong, cell_name

__all__ = [
    "Limits",
    "RefusalReason",
    "SpreadsheetKind",
    "SpreadsheetRefused",
    "check_spreadsheet",
    "ensure_defusedxml",
]


class SpreadsheetKind(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"


class RefusalReason(StrEnum):
    MISSING = "missing"
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    NOT_ZIP = "not_zip"
    CORRUPT = "corrupt"
    ZIP_BOMB = "zip_bomb"
    TOO_MANY_MEMBERS = "too_many_members"
    XML_DTD = "xml_dtd"
    ENCRYPTED = "encrypted"
    LEGACY_XLS = "legacy_xls"
    XLSB = "xlsb"
    ODS = "ods"
    HTML = "html"
    XML_2003 = "xml_2003"
    NOT_SPREADSHEET = "not_spreadsheet"
    NO_DEFUSEDXML = "no_defusedxml"
    BINARY_TEXT = "binary_text"
    CELL_RANGE = "cell_range"
    STRING_COUNT = "string_count"
    MIXED_ENCODING = "mixed_encoding"


_MESSAGES: dict[RefusalReason, str] = {
    RefusalReason.MISSING: "{name}: no such file.",
    RefusalReason.EMPTY: "{name} is empty (0 bytes): there is nothing to import.",
    RefusalReason.TOO_LARGE: "{name} is too large ({detail}).",
    RefusalReason.NOT_ZIP: (
        "{name} is not an Excel workbook: an .xlsx file is a zip archive and this is not one."
    ),
    RefusalReason.CORRUPT: (
        "{name} is damaged ({detail}). Open it in Excel or WPS, repair it and save it again."
    ),
    RefusalReason.ZIP_BOMB: (
        "{name} was refused: its part {member} {detail}. Real workbooks never look like this."
    ),
    RefusalReason.TOO_MANY_MEMBERS: "{name} was refused: it holds {detail} parts.",
    RefusalReason.XML_DTD: (
        "{name} was refused: its part {member} declares a DTD or entities "
        "(possible XML bomb or external entity). Real workbooks never do."
    ),
    RefusalReason.ENCRYPTED: (
        "{name} is protected by a password. Open it in Excel or WPS, remove the password "
        "(File › Info › Protect Workbook) and import the saved copy."
    ),
    RefusalReason.LEGACY_XLS: (
        "{name} is an old Excel 97-2003 (.xls) workbook. Open it in Excel or WPS and save it "
        "as an Excel Workbook (.xlsx), then import that."
    ),
    RefusalReason.XLSB: (
        "{name} is an Excel binary workbook (.xlsb). Save it as an Excel Workbook (.xlsx)."
    ),
    RefusalReason.ODS: (
        "{name} is an OpenDocument spreadsheet (.ods). Save it as an Excel Workbook (.xlsx)."
    ),
    RefusalReason.HTML: (
        "{name} is a web page (HTML) named like a spreadsheet, as some systems export. "
        "Open it in Excel or WPS and save it as an Excel Workbook (.xlsx)."
    ),
    RefusalReason.XML_2003: (
        "{name} is an Excel 2003 XML spreadsheet. Save it as an Excel Workbook (.xlsx)."
    ),
    RefusalReason.NOT_SPREADSHEET: "{name} is not a spreadsheet ({detail}).",
    RefusalReason.NO_DEFUSEDXML: (
        "The defusedxml package is missing, so workbooks cannot be read safely. Reinstall OA Desk."
    ),
    RefusalReason.BINARY_TEXT: (
        "{name} is not a text (CSV) file: it holds binary data ({detail})."
    ),
    RefusalReason.CELL_RANGE: (
        "{name} was refused: its sheet {sheet} reaches cell {cell} ({detail}). Delete the "
        "empty rows and columns after the data in Excel or WPS and save it again."
    ),
    RefusalReason.STRING_COUNT: (
        "{name} was refused: its part {member} claims {detail}. Real workbooks never do; "
        "open it in Excel or WPS and save it again."
    ),
    RefusalReason.MIXED_ENCODING: (
        "{name} mixes two text encodings: it is UTF-8 up to line {line}, where byte "
        "{byte} is not (GBK or another encoding from there on). Save the whole file "
        "again as UTF-8 (or as GBK) and import it again."
    ),
}


class SpreadsheetRefused(Exception):
    """A file that will not be parsed, with a message fit for the user.

    ``reason`` lets the gui choose a translated message; ``params`` holds its values.
    """

    def __init__(self, reason: RefusalReason, path: Path | str | None = None, **params: Any):
        self.reason = reason
        self.path = Path(path) if path is not None else None
        self.params: dict[str, Any] = {"name": self.path.name if self.path else "", **params}
        super().__init__(_MESSAGES[reason].format(**self.params))


@dataclass(frozen=True)
class Limits:
    """What a workbook may contain. The defaults fit a 1,000,000-row roster."""

    max_file_bytes: int = 256 * 1024 * 1024
    max_member_bytes: int = 1024 * 1024 * 1024  # uncompressed, one part
    max_total_bytes: int = 2 * 1024 * 1024 * 1024  # uncompressed, all parts
    max_ratio: float = 100.0  # uncompressed : compressed
    # Tiny parts compress well without being bombs; the ratio applies above this size.
    ratio_floor_bytes: int = 1024 * 1024
    max_members: int = 10_000
    # Rows x columns of one sheet, from A1 to the last cell it names: a reader
    # allocates all of them (1,000,000 rows of 20 columns fit).
    max_cells: int = 20_000_000


DEFAULT_LIMITS = Limits()

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_CHUNK = 1 << 16
_KNOWN_BINARY: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG picture"),
    (b"\xff\xd8\xff", "a JPEG picture"),
    (b"GIF87a", "a GIF picture"),
    (b"GIF89a", "a GIF picture"),
    (b"%PDF", "a PDF document"),
    (b"SQLite format 3\x00", "an SQLite database (perhaps an OA Desk plan?)"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BM", "a bitmap picture"),
    (b"MZ", "a Windows program"),
    (b"\x7fELF", "a program"),
)


def ensure_defusedxml() -> None:
    """Refuse to go on unless defusedxml guards openpyxl's XML parsing."""
    try:
        import defusedxml  # noqa: F401
        from openpyxl import xml as openpyxl_xml
    except ImportError:  # pragma: no cover - the dependency is declared
        raise SpreadsheetRefused(RefusalReason.NO_DEFUSEDXML) from None
    if not getattr(openpyxl_xml, "DEFUSEDXML", False):  # pragma: no cover
        raise SpreadsheetRefused(RefusalReason.NO_DEFUSEDXML)


def check_spreadsheet(path: Path | str, limits: Limits = DEFAULT_LIMITS) -> SpreadsheetKind:
    """Say whether ``path`` is a workbook or CSV that is safe to parse, or raise.

    Raises :class:`SpreadsheetRefused` for anything else. Time and memory are
    bounded: the file is read in 64 KiB chunks and each zip part is inflated
    with a cap, never into memory whole.
    """
    ensure_defusedxml()
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise SpreadsheetRefused(RefusalReason.NOT_SPREADSHEET, path, detail="a folder")
        with path.open("rb") as f:
            head = f.read(4096)
    except FileNotFoundError:
        raise SpreadsheetRefused(RefusalReason.MISSING, path) from None
    except OSError as exc:
        raise SpreadsheetRefused(
            RefusalReason.CORRUPT, path, detail=exc.strerror or str(exc)
        ) from None
    if size == 0:
        raise SpreadsheetRefused(RefusalReason.EMPTY, path)
    if size > limits.max_file_bytes:
        raise SpreadsheetRefused(
            RefusalReason.TOO_LARGE,
            path,
            detail=f"{size:,} bytes; at most {limits.max_file_bytes:,}",
        )
    if head.startswith(_ZIP_MAGICS):
        _check_zip(path, limits)
        return SpreadsheetKind.XLSX
    if head.startswith(_OLE_MAGIC):
        raise SpreadsheetRefused(_ole_reason(path), path, detail="an OLE compound file")
    for magic, what in _KNOWN_BINARY:
        if head.startswith(magic):
            raise SpreadsheetRefused(RefusalReason.NOT_SPREADSHEET, path, detail=what)
    text_reason = _markup_reason(head)
    if text_reason is not None:
        raise SpreadsheetRefused(text_reason, path)
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt", ".tsv"):
        _check_text(path, head)
        return SpreadsheetKind.CSV
    if suffix in (".xlsx", ".xlsm", ".xltx", ".xltm"):
        # A zip whose first bytes were lost, or a text file renamed.
        raise SpreadsheetRefused(RefusalReason.NOT_ZIP, path)
    raise SpreadsheetRefused(
        RefusalReason.NOT_SPREADSHEET, path, detail="neither an .xlsx workbook nor a CSV file"
    )


def _markup_reason(head: bytes) -> RefusalReason | None:
    probe = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if probe.startswith((b"<!doctype html", b"<html", b"<table", b"<meta", b"<head")):
        return RefusalReason.HTML
    if probe.startswith(b"<?xml"):
        if b"urn:schemas-microsoft-com:office:spreadsheet" in head.lower():
            return RefusalReason.XML_2003
        if b"<html" in probe:
            return RefusalReason.HTML
    return None


def _check_text(path: Path, head: bytes) -> None:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return  # UTF-16 text with a byte-order mark ("Unicode text" from Excel)
    with path.open("rb") as f:
        sample = f.read(_CHUNK)
    if b"\x00" in sample:
        raise SpreadsheetRefused(RefusalReason.BINARY_TEXT, path, detail="NUL bytes")


def _ole_reason(path: Path) -> RefusalReason:
    """Tell an encrypted OOXML package from a legacy .xls or another OLE file.

    The stream names sit in the compound file's directory as UTF-16LE; the
    file is scanned in chunks (bounded by the size limit checked before).
    """
    names = {
        "EncryptedPackage": RefusalReason.ENCRYPTED,
        "EncryptionInfo": RefusalReason.ENCRYPTED,
        "Workbook": RefusalReason.LEGACY_XLS,
        "Book": RefusalReason.LEGACY_XLS,
    }
    needles = {name.encode("utf-16-le"): reason for name, reason in names.items()}
    found: set[RefusalReason] = set()
    overlap = max(len(n) for n in needles)
    tail = b""
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            window = tail + chunk
            for needle, reason in needles.items():
                if needle in window:
                    found.add(reason)
            tail = window[-overlap:]
    if RefusalReason.ENCRYPTED in found:
        return RefusalReason.ENCRYPTED
    if RefusalReason.LEGACY_XLS in found:
        return RefusalReason.LEGACY_XLS
    return RefusalReason.NOT_SPREADSHEET


def _check_zip(path: Path, limits: Limits) -> None:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise SpreadsheetRefused(RefusalReason.CORRUPT, path, detail=_zip_detail(exc)) from None
    with archive:
        infos = archive.infolist()
        if any(not info.filename for info in infos):  # a damaged central directory
            raise SpreadsheetRefused(
                RefusalReason.CORRUPT, path, detail="broken zip archive: a part has no name"
            )
        if len(infos) > limits.max_members:
            raise SpreadsheetRefused(RefusalReason.TOO_MANY_MEMBERS, path, detail=f"{len(infos):,}")
        names = {info.filename for info in infos}
        _check_package_kind(path, archive, names)
        sheets = _sheet_names_by_part(archive, names)
        total = 0
        for info in infos:
            if info.is_dir():
                continue
            if info.flag_bits & 0x1:
                raise SpreadsheetRefused(RefusalReason.ENCRYPTED, path)
            declared = _declared_problem(info, limits)
            if declared:
                raise SpreadsheetRefused(
                    RefusalReason.ZIP_BOMB, path, member=info.filename, detail=declared
                )
            total += _inflate_checked(path, archive, info, limits, sheets)
            if total > limits.max_total_bytes:
                raise SpreadsheetRefused(
                    RefusalReason.ZIP_BOMB,
                    path,
                    member=info.filename,
                    detail=f"takes the total over {limits.max_total_bytes:,} bytes",
                )


def _check_package_kind(path: Path, archive: zipfile.ZipFile, names: set[str]) -> None:
    if "xl/workbook.xml" in names and "[Content_Types].xml" in names:
        return
    if "xl/workbook.bin" in names:
        raise SpreadsheetRefused(RefusalReason.XLSB, path)
    if "mimetype" in names:
        try:
            with archive.open("mimetype") as f:
                mime = f.read(200)
        except (zipfile.BadZipFile, OSError, RuntimeError, zlib.error) as exc:
            raise SpreadsheetRefused(RefusalReason.CORRUPT, path, detail=_zip_detail(exc)) from None
        if b"opendocument.spreadsheet" in mime:
            raise SpreadsheetRefused(RefusalReason.ODS, path)
    if "word/document.xml" in names:
        what = "a Word document"
    elif "ppt/presentation.xml" in names:
        what = "a PowerPoint presentation"
    else:
        what = "a zip archive without a workbook in it"
    raise SpreadsheetRefused(RefusalReason.NOT_SPREADSHEET, path, detail=what)


def _declared_problem(info: zipfile.ZipInfo, limits: Limits) -> str | None:
    if info.file_size > limits.max_member_bytes:
        return f"inflates to {info.file_size:,} bytes (at most {limits.max_member_bytes:,})"
    if info.file_size > limits.ratio_floor_bytes:
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > limits.max_ratio:
            return f"has a compression ratio of {ratio:,.0f}:1 (at most {limits.max_ratio:.0f}:1)"
    return None


def _inflate_checked(
    path: Path,
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    limits: Limits,
    sheets: dict[str, str] | None = None,
) -> int:
    """Inflate one part with a cap, checking real size, ratio, CRC, DTDs and (in every
    XML part, since a reader may take any of them for a sheet) the cell range; return
    its size."""
    cap = min(limits.max_member_bytes, max(info.compress_size, 1) * limits.max_ratio)
    cap = max(cap, limits.ratio_floor_bytes)
    cap = min(cap, limits.max_member_bytes)
    is_xml = info.filename.endswith((".xml", ".rels", ".vml"))
    size = 0
    head = b""
    scanner = RangeScanner() if is_xml and not info.filename.endswith(".rels") else None
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                if scanner is not None:
                    scanner.feed(chunk)
                    if scanner.cells > limits.max_cells:
                        _refuse_range(path, info.filename, scanner, limits, sheets or {})
                    if scanner.strings > limits.max_cells:
                        raise SpreadsheetRefused(
                            RefusalReason.STRING_COUNT,
                            path,
                            member=info.filename,
                            detail=(
                                f"{scanner.strings:,} shared strings (at most {limits.max_cells:,})"
                            ),
                        )
                if is_xml and len(head) < 8192:
                    head += chunk[: 8192 - len(head)]
                    if _has_dtd(head):
                        raise SpreadsheetRefused(RefusalReason.XML_DTD, path, member=info.filename)
                size += len(chunk)
                if size > cap:
                    raise SpreadsheetRefused(
                        RefusalReason.ZIP_BOMB,
                        path,
                        member=info.filename,
                        detail=(
                            f"inflates to more than {int(cap):,} bytes from "
                            f"{info.compress_size:,} (ratio above {limits.max_ratio:.0f}:1 "
                            "or size over the limit)"
                        ),
                    )
    except SpreadsheetRefused:
        raise
    except TagTooLong as exc:
        raise SpreadsheetRefused(
            RefusalReason.CORRUPT, path, detail=f"its part {info.filename} holds {exc}"
        ) from None
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, zlib.error, ValueError) as exc:
        raise SpreadsheetRefused(RefusalReason.CORRUPT, path, detail=_zip_detail(exc)) from None
    return size


def _refuse_range(
    path: Path, member: str, scanner: RangeScanner, limits: Limits, sheets: dict[str, str]
) -> None:
    last = cell_name(scanner.rows, scanner.cols)
    dimension = f"dimension {scanner.dimension}, " if scanner.dimension else ""
    raise SpreadsheetRefused(
        RefusalReason.CELL_RANGE,
        path,
        sheet=sheets.get(member, member),
        cell=last,
        detail=(
            f"{dimension}A1:{last} is {scanner.rows:,} rows by {scanner.cols:,} columns; "
            f"at most {limits.max_cells:,} cells"
        ),
    )


_SHEET_TAG = re.compile(rb"<(?:[\w.\-]+:)?sheet\s([^>]*)>")
_REL_TAG = re.compile(rb"<(?:[\w.\-]+:)?Relationship\s([^>]*)>")
_ATTR = re.compile(rb"""([\w.\-:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_NAMES_PART_BYTES = 4 * 1024 * 1024


def _tag_attrs(raw: bytes) -> dict[str, str]:
    import html

    return {
        k.decode("utf-8", "replace").rsplit(":", 1)[-1]: html.unescape(
            (dq or sq).decode("utf-8", "replace")
        )
        for k, dq, sq in _ATTR.findall(raw)
    }


def _sheet_names_by_part(archive: zipfile.ZipFile, names: set[str]) -> dict[str, str]:
    """Zip part -> the worksheet name it holds, for messages (best effort, no XML parser)."""
    try:
        with archive.open("xl/workbook.xml") as f:
            workbook = f.read(_NAMES_PART_BYTES)
        rels = b""
        if "xl/_rels/workbook.xml.rels" in names:
            with archive.open("xl/_rels/workbook.xml.rels") as f:
                rels = f.read(_NAMES_PART_BYTES)
    except (KeyError, zipfile.BadZipFile, OSError, EOFError, RuntimeError, zlib.error, ValueError):
        return {}  # the inflation check says what is wrong with the part
    targets: dict[str, str] = {}
    for raw in _REL_TAG.findall(rels):
        attrs = _tag_attrs(raw)
        target = attrs.get("Target", "")
        part = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        targets[attrs.get("Id", "")] = posixpath.normpath(part)
    found: dict[str, str] = {}
    for raw in _SHEET_TAG.findall(workbook):
        attrs = _tag_attrs(raw)
        sheet_part = targets.get(attrs.get("id", ""))
        if sheet_part and "name" in attrs:
            found[sheet_part] = attrs["name"]
    return found


def _has_dtd(head: bytes) -> bool:
    probe = head
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        probe = head.decode("utf-16", errors="ignore").encode("utf-8")
    probe = probe.upper()
    return b"<!DOCTYPE" in probe or b"<!ENTITY" in probe


def _zip_detail(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    if isinstance(exc, zipfile.BadZipFile) and "CRC" in text:
        return "a part fails its checksum"
    if isinstance(exc, EOFError):
        return "the file is truncated"
    return f"broken zip archive: {text}"
