"""The cell range a worksheet makes a reader allocate is found before it reads (issue 9)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from oa_desk.exchange.cell_range import MAX_TAG_BYTES, RangeScanner, TagTooLong, cell_name
from oa_desk.exchange.safety import RefusalReason, SpreadsheetRefused, check_spreadsheet
from oa_desk.exchange.sheets import read_sheets
from tests.hostile_files import (
    far_cell_workbook,
    one_cell,
    sheet_xml,
    string_count_workbook,
    workbook_with_sheet,
)


def scan(xml: str, chunk: int = 65536) -> RangeScanner:
    data = xml.encode("utf-8")
    scanner = RangeScanner()
    for i in range(0, len(data), chunk):
        scanner.feed(data[i : i + chunk])
    return scanner


def test_cell_names() -> None:
    assert cell_name(1048576, 16384) == "XFD1048576"
    assert cell_name(200000, 1000) == "ALL200000"
    assert cell_name(1, 1) == "A1"


PLAIN = sheet_xml(one_cell("A1") + one_cell("C2") + one_cell("B7"))
# Each hides XFD1048576 from a reader that looks only at plain `<c r="...">` tags.
DISGUISED = {
    "plain": sheet_xml(one_cell("XFD1048576")),
    "prefix": sheet_xml('<x:row r="3"><x:c r="XFD1048576"><x:v>1</x:v></x:c></x:row>'),
    "r after > in a value": sheet_xml(
        '<row r="1"><c t="s" x=">" r="XFD1048576"><v>1</v></c></row>'
    ),
    "single quotes": sheet_xml("<row r='2'><c r='XFD1048576'><v>1</v></c></row>"),
    "character reference": sheet_xml('<row r="2"><c r="&#88;FD1048576"><v>1</v></c></row>'),
    "spaces around =": sheet_xml('<row r="2"><c r = "XFD1048576"><v>1</v></c></row>'),
    "newline in tag": sheet_xml('<row r="2"><c\nr="XFD1048576"><v>1</v></c></row>'),
    "repeated r": sheet_xml('<row r="2"><c r="A2" r="XFD1048576"><v>1</v></c></row>'),
    "dimension": sheet_xml(one_cell("A1"), dimension="A1:XFD1048576"),
    "merged range": sheet_xml(one_cell("A1")).replace(
        "</worksheet>", '<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>'
    ),
    # A cell without r goes to the row's next column: row 1048576, then r= column XFD.
    "no r after a far row": sheet_xml('<row r="1048576"><c r="XFC1048576"/><c><v>1</v></c></row>'),
    "row only": sheet_xml('<row r="1048576"><c r="XFD"><v>1</v></c></row>'),
}


def test_a_plain_sheet_is_measured() -> None:
    scanner = scan(PLAIN)
    assert (scanner.rows, scanner.cols) == (7, 3)


@pytest.mark.parametrize("name", sorted(DISGUISED))
@pytest.mark.parametrize("chunk", [1, 7, 65536])
def test_every_disguise_is_seen_at_every_chunk_boundary(name: str, chunk: int) -> None:
    scanner = scan(DISGUISED[name], chunk)
    assert scanner.rows >= 1048576 and scanner.cols >= 16384, name


def test_cells_without_references_count_along_the_row() -> None:
    scanner = scan(sheet_xml('<row><c/><c/><c/></row><row><c/></row><row r="9"><c/></row>'))
    assert (scanner.rows, scanner.cols) == (9, 3)


def test_a_tag_that_never_ends_is_refused() -> None:
    scanner = RangeScanner()
    scanner.feed(b'<worksheet><c r="A1" t="')
    with pytest.raises(TagTooLong):
        for _ in range(MAX_TAG_BYTES // 65536 + 2):
            scanner.feed(b"x" * 65536)


@pytest.mark.parametrize(
    ("ref", "cells"), [("XFD1048576", "1,048,576 rows by 16,384 columns"), ("ALL200000", "")]
)
def test_a_far_cell_is_refused_before_the_reader_allocates(
    tmp_path: Path, ref: str, cells: str
) -> None:
    path = far_cell_workbook(tmp_path / f"{ref}.xlsx", ref)
    started = time.perf_counter()
    with pytest.raises(SpreadsheetRefused) as info:
        read_sheets(path)
    assert time.perf_counter() - started < 5
    assert info.value.reason is RefusalReason.CELL_RANGE
    message = str(info.value)
    assert "人员" in message and ref in message and cells in message


@pytest.mark.parametrize("name", sorted(DISGUISED))
def test_every_disguise_is_refused_by_the_pre_check(tmp_path: Path, name: str) -> None:
    path = workbook_with_sheet(tmp_path / "hostile.xlsx", DISGUISED[name])
    with pytest.raises(SpreadsheetRefused) as info:
        check_spreadsheet(path)
    assert info.value.reason is RefusalReason.CELL_RANGE, name


def test_a_sheet_within_the_bound_is_read(tmp_path: Path) -> None:
    body = "".join(one_cell(f"{col}{row}") for row in range(1, 50) for col in ("A", "Z"))
    path = workbook_with_sheet(tmp_path / "fine.xlsx", sheet_xml(body))
    (sheet,) = read_sheets(path)
    assert len(sheet.rows) == 49 and sheet.width == 26


def test_a_shared_string_table_claiming_billions_is_refused(tmp_path: Path) -> None:
    """calamine reserves room for uniqueCount strings at once: 96 GB for 4,000,000,000."""
    path = string_count_workbook(tmp_path / "strings.xlsx")
    with pytest.raises(SpreadsheetRefused) as info:
        read_sheets(path)
    assert info.value.reason is RefusalReason.STRING_COUNT
    assert "xl/sharedStrings.xml" in str(info.value) and "4,000,000,000" in str(info.value)
    (sheet,) = read_sheets(string_count_workbook(tmp_path / "fine.xlsx", 1))
    assert sheet.rows == [["x"]]


class PanicException(BaseException):
    """Named like pyo3's: what a panic in the native reader raises."""


def test_a_panic_in_the_native_reader_is_a_damaged_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import python_calamine

    from oa_desk.exchange.sheets import read_xlsx, sheet_names

    def panic(*_args: object) -> None:
        raise PanicException("chunk size must be non-zero")

    path = workbook_with_sheet(tmp_path / "p.xlsx", PLAIN)
    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", panic)
    for read in (read_xlsx, sheet_names):
        with pytest.raises(SpreadsheetRefused) as info:
            read(path)
        assert info.value.reason is RefusalReason.CORRUPT
        assert "chunk size must be non-zero" in str(info.value)


def test_other_base_exceptions_pass_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import python_calamine

    from oa_desk.exchange.sheets import read_xlsx

    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", interrupted)
    with pytest.raises(KeyboardInterrupt):
        read_xlsx(workbook_with_sheet(tmp_path / "p.xlsx", PLAIN))
