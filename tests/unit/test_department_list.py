"""Department lists from text, pasted cells, CSV, workbooks and rosters; hostile files refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from oa_desk.exchange.department_list import names_from_text, read_department_file
from oa_desk.exchange.safety import SpreadsheetRefused


def test_one_a_line_or_the_first_pasted_column_without_its_heading() -> None:
    assert names_from_text("财务部\n\n 销售部 \r\n") == ["财务部", "销售部"]
    assert names_from_text("部门\t人数\n财务部\t12\n销售部\t30") == ["财务部", "销售部"]


def test_a_roster_gives_its_department_column_once_each_in_order() -> None:
    text = "工号\t姓名\t部门\n001\t张三\t销售部\n002\t李四\t财务部\n003\t王五\t销售部\n"
    assert names_from_text(text) == ["销售部", "财务部"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "utf-16"])
def test_text_files_in_the_encodings_offices_use(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "depts.txt"
    path.write_bytes("财务部\n人力资源部\n".encode(encoding))
    assert read_department_file(path) == ["财务部", "人力资源部"]


def test_a_workbook_roster_and_a_csv(tmp_path: Path) -> None:
    book = tmp_path / "roster.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Employee no.", "Name", "Department"])
    ws.append(["0001", "Zhang", "Sales"])
    ws.append(["0002", "Li", "Finance"])
    ws.append(["0003", "Wang", "Sales"])
    wb.save(book)
    assert read_department_file(book) == ["Sales", "Finance"]
    csv = tmp_path / "d.csv"
    csv.write_text("Department\nFinance\nIT\n", encoding="utf-8")
    assert read_department_file(csv) == ["Finance", "IT"]


def test_hostile_or_wrong_files_are_refused(tmp_path: Path) -> None:
    binary = tmp_path / "d.txt"
    binary.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00")
    with pytest.raises(SpreadsheetRefused):
        read_department_file(binary)
    with pytest.raises(SpreadsheetRefused):
        read_department_file(tmp_path / "missing.txt")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(SpreadsheetRefused):
        read_department_file(empty)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a\n" * (3 * 1024 * 1024))
    with pytest.raises(SpreadsheetRefused):
        read_department_file(big)
    fake = tmp_path / "d.xlsx"
    fake.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(SpreadsheetRefused):
        read_department_file(fake)
