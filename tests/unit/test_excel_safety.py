"""Hostile and broken files end with a clear message, an unchanged plan, bounded cost."""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from oa_desk.exchange.safety import (
    Limits,
    RefusalReason,
    SpreadsheetKind,
    SpreadsheetRefused,
    check_spreadsheet,
    ensure_defusedxml,
)
from oa_desk.exchange.sheets import read_sheets
from oa_desk.services import excel
from oa_desk.store.planfile import PlanStore
from tests.unit.excel_fixtures import dump_plan, make_plan

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"></Types>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main"><sheets/></workbook>'
)
BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>"""
EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&xxe;</t></si></sst>"""


def _zip(path: Path, members: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def _package(path: Path, **extra: bytes | str) -> Path:
    members: dict[str, bytes | str] = {
        "[Content_Types].xml": CONTENT_TYPES,
        "xl/workbook.xml": WORKBOOK,
    }
    members.update({k.replace("__", "/"): v for k, v in extra.items()})
    return _zip(path, members)


def _ole(path: Path, *names: str) -> Path:
    body = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    for name in names:
        body += name.encode("utf-16-le") + b"\x00" * 64
    path.write_bytes(bytes(body) + b"\x00" * 4096)
    return path


def _zip_bomb(path: Path) -> Path:
    return _package(path, xl__worksheets__sheet1=b" " * (64 * 1024 * 1024))


def _xml_bomb(path: Path) -> Path:
    return _package(path, **{"xl__worksheets__sheet1.xml": BILLION_LAUGHS})


def _external_entity(path: Path) -> Path:
    return _package(path, **{"xl__sharedStrings.xml": EXTERNAL_ENTITY})


def _legacy_xls(path: Path) -> Path:
    return _ole(path, "Workbook", "SummaryInformation")


def _encrypted(path: Path) -> Path:
    return _ole(path, "EncryptionInfo", "EncryptedPackage")


def _truncated(path: Path) -> Path:
    good = _package(path.with_suffix(".full.xlsx"), **{"xl__worksheets__sheet1.xml": "<x/>" * 9})
    data = good.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _png(path: Path) -> Path:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(64))
    return path


def _empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def _html(path: Path) -> Path:
    path.write_text("<html><body><table><tr><td>工号</td></tr></table></body></html>")
    return path


def _docx(path: Path) -> Path:
    return _zip(path, {"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": "<w/>"})


def _bad_sheet_xml(path: Path) -> Path:
    """Passes the pre-check, but the sheet XML is garbage: the reader's error is caught."""
    return _package(
        path,
        **{
            "xl__worksheets__sheet1.xml": "<<<not xml",
            "xl___rels__workbook.xml.rels": "<Relationships/>",
        },
    )


HOSTILE: dict[str, tuple[Callable[[Path], Path], str, RefusalReason | None]] = {
    "zip bomb": (_zip_bomb, "bomb.xlsx", RefusalReason.ZIP_BOMB),
    "XML bomb": (_xml_bomb, "lol.xlsx", RefusalReason.XML_DTD),
    "external entity": (_external_entity, "xxe.xlsx", RefusalReason.XML_DTD),
    ".xls renamed": (_legacy_xls, "old.xlsx", RefusalReason.LEGACY_XLS),
    "encrypted": (_encrypted, "secret.xlsx", RefusalReason.ENCRYPTED),
    "truncated zip": (_truncated, "cut.xlsx", RefusalReason.CORRUPT),
    "PNG renamed": (_png, "picture.xlsx", RefusalReason.NOT_SPREADSHEET),
    "empty": (_empty, "empty.xlsx", RefusalReason.EMPTY),
    "HTML as xls": (_html, "export.xlsx", RefusalReason.HTML),
    "Word document": (_docx, "letter.xlsx", RefusalReason.NOT_SPREADSHEET),
    "garbage sheet XML": (_bad_sheet_xml, "garbage.xlsx", None),
}


@pytest.fixture
def store(tmp_path: Path) -> PlanStore:
    s = make_plan(tmp_path / "plan.oadesk")
    yield s
    s.close()


def _valid_read_seconds(store: PlanStore, folder: Path) -> float:
    """How long previewing a small valid workbook takes here and now (both ways)."""
    path = _package(folder / "valid.xlsx")
    wb = openpyxl.Workbook()
    wb.active.append(["工号", "姓名"])
    wb.active.append(["00123", "张三"])
    wb.save(path)
    excel.preview_foreign_import(store, path, "people")  # warm up: imports, caches
    started = time.perf_counter()
    excel.preview_workbook_import(store, path)
    excel.preview_foreign_import(store, path, "people")
    return time.perf_counter() - started


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_file_is_refused_with_plan_unchanged(
    case: str, store: PlanStore, tmp_path: Path
) -> None:
    build, name, reason = HOSTILE[case]
    path = build(tmp_path / name)
    before = dump_plan(store)
    valid = _valid_read_seconds(store, tmp_path)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(SpreadsheetRefused) as refused:
            excel.preview_workbook_import(store, path)
        with pytest.raises(SpreadsheetRefused):
            excel.preview_foreign_import(store, path, "people")
        elapsed = time.perf_counter() - started
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    if reason is not None:
        assert refused.value.reason is reason
    else:
        assert refused.value.reason in (RefusalReason.CORRUPT, RefusalReason.NOT_SPREADSHEET)
    message = str(refused.value)
    assert name in message and len(message) > 30
    # Bounded time, against this machine's speed in the same run: refusing is a
    # pre-check, cheaper than reading a two-row workbook (inflating the 64 MB bomb
    # would take many times that).
    assert elapsed < 3 * valid
    assert peak < 64 * 1024 * 1024  # bounded memory: nothing is inflated whole
    assert dump_plan(store) == before


def test_messages_say_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetRefused, match=r"\.xlsx"):
        check_spreadsheet(_legacy_xls(tmp_path / "a.xls"))
    with pytest.raises(SpreadsheetRefused, match="password"):
        check_spreadsheet(_encrypted(tmp_path / "b.xlsx"))
    with pytest.raises(SpreadsheetRefused, match="no such file"):
        check_spreadsheet(tmp_path / "missing.xlsx")


def test_ratio_limit_and_member_count(tmp_path: Path) -> None:
    path = _package(tmp_path / "dense.xlsx", xl__big=b"a" * (3 * 1024 * 1024))
    with pytest.raises(SpreadsheetRefused, match="ratio"):
        check_spreadsheet(path)
    assert check_spreadsheet(path, Limits(max_ratio=100_000)) is SpreadsheetKind.XLSX
    many = _package(tmp_path / "many.xlsx", **{f"m{i}": "x" for i in range(20)})
    with pytest.raises(SpreadsheetRefused) as refused:
        check_spreadsheet(many, Limits(max_members=10))
    assert refused.value.reason is RefusalReason.TOO_MANY_MEMBERS


def test_inflate_cap_catches_sizes_that_lie(tmp_path: Path) -> None:
    """A member whose header understates its size is stopped while inflating."""
    path = tmp_path / "liar.xlsx"
    buffer = io.BytesIO()
    payload = b"<row/>" * 400_000  # 2.4 MB, compresses far beyond 100:1
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/worksheets/sheet1.xml", payload)
    data = bytearray(buffer.getvalue())
    size = len(payload).to_bytes(4, "little")
    small = (1000).to_bytes(4, "little")
    data = bytearray(bytes(data).replace(size, small))  # local and central headers
    path.write_bytes(bytes(data))
    with pytest.raises(SpreadsheetRefused) as refused:
        check_spreadsheet(path)
    assert refused.value.reason in (RefusalReason.ZIP_BOMB, RefusalReason.CORRUPT)


def test_csv_with_binary_content_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(b"a,b\x00c\n")
    with pytest.raises(SpreadsheetRefused) as refused:
        check_spreadsheet(path)
    assert refused.value.reason is RefusalReason.BINARY_TEXT


def test_csv_field_over_the_csv_modules_limit_is_refused_with_its_line(tmp_path: Path) -> None:
    # Regression: a 200 KB field raised "_csv.Error: field larger than field limit" as a traceback.
    path = tmp_path / "roster.csv"
    path.write_text("工号,姓名\n0001,张三\n0002," + "长" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(SpreadsheetRefused) as refused:
        read_sheets(path)
    assert refused.value.reason is RefusalReason.CORRUPT
    assert "line 3" in str(refused.value)


def test_defusedxml_is_guarding_openpyxl() -> None:
    ensure_defusedxml()
    from openpyxl import xml

    assert xml.DEFUSEDXML is True


def test_a_zip_part_without_a_name_is_a_damaged_file(tmp_path: Path) -> None:
    """Found by the fuzz test: zipfile lists a part whose name is empty, and asking
    whether it is a folder raised IndexError instead of a message."""
    path = tmp_path / "noname.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("x", "data")
    data = path.read_bytes()
    # Zero the last part's name in the central directory: zipfile cuts a name at its
    # first NUL, so the part's name becomes "".
    entry = data.rindex(b"PK\x01\x02")
    name_at = entry + 46
    assert data[name_at : name_at + 1] == b"x"
    path.write_bytes(data[:name_at] + b"\x00" + data[name_at + 1 :])
    with pytest.raises(SpreadsheetRefused) as refused:
        check_spreadsheet(path)
    assert refused.value.reason is RefusalReason.CORRUPT
