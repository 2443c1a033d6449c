"""One rule for employee numbers in .xlsx and CSV (issue 9, see normalize.employee_no_key).

Text keeps its leading zeros ("01" and "0001" are not "1"); a number cell and a
whole number written with a decimal point ("1.0") are its whole-number text.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from oa_desk.exchange.normalize import employee_no_key, parse_employee_no, unprotected
from oa_desk.services import excel
from oa_desk.store.planfile import create_plan, open_plan


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        (1, "1"),
        (1.0, "1"),
        ("1", "1"),
        ("1.0", "1"),
        ("1.00", "1"),
        ("１", "1"),
        (" 1.0 ", "1"),
        ("01", "01"),
        ("0001", "0001"),
        ("00123", "00123"),
        ("1.5", "1.5"),
        ("E001", "E001"),
    ],
)
def test_the_rule(raw: object, key: str) -> None:
    assert employee_no_key(raw) == key  # type: ignore[arg-type]
    assert parse_employee_no(raw)[0] == key  # type: ignore[arg-type]


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "p.oadesk"
    create_plan(path, name="工号")
    csv = tmp_path / "first.csv"
    csv.write_text("工号,姓名\n1,张三\n", encoding="utf-8")
    with open_plan(path, snapshot=False) as store:
        preview = excel.preview_foreign_import(store, csv, "people")
        assert preview.ok and preview.inserted == 1
        excel.apply_import(store, preview)
    return path


SPELLINGS = [1, 1.0, "1", "1.0", "01", "0001"]


def _added(plan: Path, file: Path) -> list[str]:
    with open_plan(plan, read_only=True) as store:
        preview = excel.preview_foreign_import(store, file, "people")
    lines = excel.preview_lines(preview, detail=50)
    return sorted(line.split(": ", 1)[1].split()[0] for line in lines if "+ row" in line)


def test_csv_and_xlsx_give_the_same_people(plan: Path, tmp_path: Path) -> None:
    csv = tmp_path / "people.csv"
    csv.write_text(
        "工号,姓名\n" + "".join(f"{s},张三{i}\n" for i, s in enumerate(SPELLINGS)), "utf-8"
    )
    book = tmp_path / "people.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["工号", "姓名"])
    for i, s in enumerate(SPELLINGS):
        ws.append([s, f"张三{i}"])
    wb.save(book)
    from_csv, from_xlsx = _added(plan, csv), _added(plan, book)
    assert from_csv == from_xlsx == ["0001", "01"]  # every other spelling is person "1"


def _import(plan: Path, file: Path) -> tuple[list[str], list[tuple[str, str, str]]]:
    with open_plan(plan, read_only=True) as store:
        preview = excel.preview_foreign_import(store, file, "people")
    people = preview.tables["person"].inserts if "person" in preview.tables else []
    added = [i.values["employee_no"] for i in people]
    return added, [(p.cell, p.code.value, p.params.get("key", "")) for p in preview.warnings]


def test_numbers_that_lost_their_zeros_match_the_one_padded_number(tmp_path: Path) -> None:
    path = tmp_path / "p.oadesk"
    create_plan(path, name="工号")
    first = tmp_path / "first.csv"
    first.write_text("工号,姓名\n000101,孙鹏文\n0007,甲\n007,乙\n", encoding="utf-8")
    with open_plan(path, snapshot=False) as store:
        excel.apply_import(store, excel.preview_foreign_import(store, first, "people"))
    book = tmp_path / "numbers.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["工号", "姓名"])
    ws.append([101, "孙鹏文"])  # a number cell: Excel dropped the zeros
    ws.append([7, "甲"])  # 0007 or 007: which one is not known
    wb.save(book)
    matched = ("A2", "employee_no_zeros_matched", "000101")
    assert _import(path, book) == (["7"], [matched, ("A3", "employee_no_as_number", "")])
    csv = tmp_path / "text.csv"
    csv.write_text("工号,姓名\n101,孙鹏文\n0000101,丙\n00101,丁\n", encoding="utf-8")
    # Text that lost its zeros matches too; zeros written in the file still count.
    assert _import(path, csv) == (["0000101", "00101"], [matched])


@pytest.mark.parametrize(
    ("raw", "meant"),
    [
        ('="00123"', "00123"),
        (' = "00123" ', "00123"),
        ("'00124", "00124"),
        ("00125", "00125"),
        ("=SUM(A1)", "=SUM(A1)"),
        ("'", "'"),
        (123, 123),
    ],
)
def test_the_ways_a_csv_keeps_leading_zeros(raw: object, meant: object) -> None:
    assert unprotected(raw) == meant


def test_a_csv_read_as_its_zeros_were_kept(tmp_path: Path) -> None:
    path = tmp_path / "p.oadesk"
    create_plan(path, name="工号")
    csv = tmp_path / "protected.csv"
    csv.write_text(
        '工号,姓名,手机,职务\n="00123",甲,="13800138000",\'经理\n\'00124,乙,\'13800138001,\n',
        encoding="utf-8-sig",
    )
    with open_plan(path, read_only=True) as store:
        preview = excel.preview_foreign_import(store, csv, "people")
    assert preview.problems == []
    rows = [i.values for i in preview.tables["person"].inserts]
    assert [(r["employee_no"], r["phone"]) for r in rows] == [
        ("00123", "13800138000"),
        ("00124", "13800138001"),
    ]
    assert rows[0]["title"] == "'经理"  # free text is kept as written
