"""Foreign sheets as people keep them: totals under the table, bad contacts, bad rows."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from oa_desk.exchange.changeset import Severity
from oa_desk.exchange.foreign.core import is_summary_row
from oa_desk.exchange.foreign.people import phone_ok
from oa_desk.exchange.mapping import ImportKind
from oa_desk.exchange.problems import ProblemCode
from oa_desk.services import excel
from oa_desk.store.planfile import PlanStore
from tests.unit.excel_fixtures import make_plan


@pytest.fixture
def store(tmp_path: Path) -> PlanStore:
    s = make_plan(tmp_path / "plan.oadesk")
    yield s
    s.close()


def _roster(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["工号", "姓名", "部门", "邮箱", "手机"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("cells", "summary"),
    [
        (["合计", "", 7], True),
        (["小计：", 3], True),
        (["总计 12"], True),
        (["共 7 人"], True),
        (["", "共7人"], True),
        ([3, "合计"], True),  # a running number first
        (["Total", 5], True),
        (["财务部 小计", "3"], True),  # a unit's total: a department and a total word
        (["财务部小计"], True),
        (["总部/财务部 合计：", "3 人"], True),
        (["人数合计", "7"], True),
        (["合计人数：7"], True),
        (["总人数：7"], True),
        (["以上共 7 人"], True),
        (["共有 7 人"], True),
        (["Sub-total"], True),
        (["应到 6 人，实到 5 人", "", ""], True),  # a sign-in sheet's head count
        (["应到人数：6"], True),
        (["实际出席 5 人"], True),
        (["合计：3 人", "", ""], True),
        (["应到", "90013"], False),  # a word without its count is no footer
        (["E001", "合计科技"], False),
        (["90010", "计小明", "财务部"], False),  # a person whose name holds 计
        (["王小计", "90011", "财务部"], False),  # ... or 小计, even first
        (["王小计"], False),  # no department's name before the total word
        (["财务部小计", "90012", "张三"], False),  # a unit's total has only counts beside it
        (["E001", "张三", "合计"], False),
        (["总部"], False),
    ],
)
def test_summary_rows_are_told(cells: list[object], summary: bool) -> None:
    assert is_summary_row(cells) is summary


@pytest.mark.parametrize(
    ("phone", "ok"),
    [
        ("13812345678", True),
        ("+86 138 1234 5678", True),
        ("+8613812345678", True),
        ("138-1234-5678", True),
        ("010-12345678", True),
        ("+86 10 1234 5678", True),
        ("(+86)138-0013-8000", True),
        ("（+86）010-12345678", True),
        ("+86 10 1234", False),  # after +86: the area code and a whole local number
        ("+86 12345", False),
        ("1381234567", False),  # 10 digits
        ("1391234", False),  # a mobile cut short
        ("138123456789", False),  # 12 digits
        ("12812345678", False),  # no mobile starts 12
        ("tel 138", False),
    ],
)
def test_phone_numbers(phone: str, ok: bool) -> None:
    assert phone_ok(phone) is ok


@pytest.mark.parametrize(
    ("email", "ok"),
    [
        ("zhang.san@example.com", True),
        ("li-si+oa@mail.example.com.cn", True),
        ("王五@例子.中国", True),
        ("a@b.c", False),  # a one-letter top-level domain
        ("mailto:a@b.com", False),
        ("=a@b.com", False),
        ("qian@example", False),
        ("a b@example.com", False),
    ],
)
def test_email_addresses(email: str, ok: bool) -> None:
    from oa_desk.exchange.foreign.people import _EMAIL

    assert bool(_EMAIL.match(email)) is ok


def test_totals_are_skipped_and_bad_contacts_warn(store: PlanStore, tmp_path: Path) -> None:
    path = _roster(
        tmp_path / "roster.xlsx",
        [
            ["E101", "赵一", "总部", "zhao@example.com", "13812345678"],
            ["E102", "钱二", "总部", "qian@example", "+86 139 0000 1111"],
            ["E103", "孙三", "总部", "", "1391234"],
            ["合计", "", "", "", ""],
            ["共 3 人", "", "", "", ""],
            ["E104", "计小明", "总部", "", ""],
            ["总部 小计", "4", "", "", ""],
            ["以上共 4 人", "", "", "", ""],
        ],
    )
    preview = excel.preview_foreign_import(store, path, ImportKind.PEOPLE)
    assert preview.errors == []
    assert [i.values["employee_no"] for i in preview.tables["person"].inserts] == [
        "E101",
        "E102",
        "E103",
        "E104",
    ]
    (note,) = [n for n in preview.notes if n.code is ProblemCode.NOTE_SUMMARY_ROWS_SKIPPED]
    assert note.params == {"count": "4", "rows": "5, 6, 8, 9"}
    warned = {(p.cell, p.code) for p in preview.warnings}
    assert ("D3", ProblemCode.NOT_AN_EMAIL) in warned
    assert ("E4", ProblemCode.NOT_A_PHONE) in warned
    assert len(warned) == 2


def test_valid_rows_import_and_the_others_are_left_out(store: PlanStore, tmp_path: Path) -> None:
    good = [[f"E2{i:02}", f"人{i}", "总部", "", ""] for i in range(5)]
    bad = [["", "无工号", "总部", "", ""], ["E299", "", "总部", "", ""]]
    path = _roster(tmp_path / "roster.xlsx", good[:3] + bad + good[3:])
    mapping = excel.propose_foreign_mapping(excel.read_foreign(path), ImportKind.PEOPLE)
    blocked = excel.preview_foreign_import(store, path, ImportKind.PEOPLE, mapping)
    assert len(blocked.errors) == 2 and not blocked.ok
    mapping = dataclasses.replace(mapping, skip_invalid=True)
    preview = excel.preview_foreign_import(store, path, ImportKind.PEOPLE, mapping)
    assert preview.ok
    assert len(preview.tables["person"].inserts) == 5
    left = [p for p in preview.problems if p.severity is Severity.LEFT_OUT]
    assert sorted(p.row for p in left) == [5, 6]
    (note,) = [n for n in preview.notes if n.code is ProblemCode.NOTE_ROWS_LEFT_OUT]
    assert note.params == {"count": "2", "rows": "5, 6"}
    problems = tmp_path / "problems.xlsx"
    excel.write_error_workbook(preview, problems)
    rows = list(openpyxl.load_workbook(problems).active.iter_rows(values_only=True))
    assert sum(1 for r in rows if r[0] == "left_out") == 2
    excel.apply_import(store, preview)


def test_problems_are_listed_in_row_and_column_order(store: PlanStore, tmp_path: Path) -> None:
    path = _roster(
        tmp_path / "roster.xlsx",
        [
            ["E301", "名" * 101, "总部", "", ""],  # too long: found by a later pass
            [123.5, "钱二", "总部", "", ""],  # not an employee no.: found converting
            ["E303", "名" * 101, "总部", "bad@", ""],
            ["E304", "孙三", "总部", "", ""],
        ],
    )
    preview = excel.preview_foreign_import(store, path, ImportKind.PEOPLE)
    cells = [p.cell for p in preview.problems]
    assert cells[:3] == ["B2", "A3", "B4"]
    assert cells == sorted(cells, key=lambda c: (int(c[1:]), c[0]))
    problems = tmp_path / "problems.xlsx"
    excel.write_error_workbook(preview, problems)
    rows = list(openpyxl.load_workbook(problems).active.iter_rows(values_only=True))[1:]
    assert [f"{r[3]}{r[2]}" for r in rows] == cells


@pytest.mark.parametrize(
    "value", [dt.datetime(2020, 1, 1), dt.date(2020, 1, 1), dt.time(1, 2), True]
)
def test_a_date_or_yes_no_cell_is_no_employee_number(value: object) -> None:
    from oa_desk.exchange.normalize import CellError, parse_employee_no

    with pytest.raises(CellError) as caught:
        parse_employee_no(value)
    assert caught.value.code is ProblemCode.NOT_AN_EMPLOYEE_NO


def test_a_formula_without_a_value_is_never_read_as_blank(store: PlanStore, tmp_path: Path) -> None:
    # openpyxl writes formulas without their values, as a tool that never calculates does.
    path = _roster(
        tmp_path / "roster.xlsx",
        [
            ["E201", "周一", '=IF(1,"总部","")', "", ""],
            ["E202", '=IF(1,"吴二","")', "总部", "", ""],
            ["E203", "郑三", "总部", "", ""],
        ],
    )
    preview = excel.preview_foreign_import(store, path, ImportKind.PEOPLE)
    assert [(p.cell, p.code) for p in preview.errors] == [
        ("C2", ProblemCode.FORMULA_WITHOUT_VALUE_NEW),
        ("B3", ProblemCode.FORMULA_WITHOUT_VALUE_NEW),  # not "a value is required"
    ]
