"""Foreign sheets: rosters and exports with title rows, merged cells, text dates, GBK CSV."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from oa_desk.exchange.changeset import Severity
from oa_desk.exchange.mapping import ColumnMapping, ImportKind, layout_signature
from oa_desk.exchange.normalize import CellError, parse_date, parse_float
from oa_desk.services import excel
from oa_desk.store.planfile import PlanStore
from tests.unit.excel_fixtures import dump_plan, make_plan


@pytest.fixture
def store(tmp_path: Path) -> PlanStore:
    s = make_plan(tmp_path / "plan.oadesk")
    yield s
    s.close()


def _roster(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "花名册"
    ws["A1"] = "2026年3月 员工花名册"
    ws.merge_cells("A1:H1")
    ws["A2"] = "制表：人事部"
    ws.append([])
    ws.append(["序号", "员工编号", "姓 名", "所属部门", "岗位", "手机号码", "入职日期", "状态"])
    ws.append(
        [1, "00123", "张三", "总部/财务部/会计科", "会计主管 ", "13800000001", "2020/3/5", "在职"]
    )
    ws.append(
        [2, 125, "赵六", "总部／市场部", "经理", "１３９００００００００", "2021年7月1日", "在职"]
    )
    ws["B6"].number_format = "00000"
    ws.append([3, 126, "钱七", None, "专员", None, "2022.1.9", "离职"])
    ws.merge_cells("D6:D7")  # one department for two people
    ws.append([4, "E-9", "王五", "总部/财务部", "", "", "", "在职"])
    ws.append(["序号", "员工编号", "姓 名", "所属部门", "岗位", "手机号码", "入职日期", "状态"])
    wb.save(path)
    return path


def test_roster_is_mapped_and_previewed(store: PlanStore, tmp_path: Path) -> None:
    path = _roster(tmp_path / "roster.xlsx")
    sheets = excel.read_foreign(path)
    mapping = excel.propose_foreign_mapping(sheets, "people")
    assert mapping.header_row == 4
    assert {k: mapping.letter(k) for k in mapping.columns} == {
        "employee_no": "B",
        "name": "C",
        "department": "D",
        "title": "E",
        "phone": "F",
        "active": "H",
    }
    again = ColumnMapping.from_dict(json.loads(json.dumps(mapping.to_dict())))
    assert again == mapping
    assert mapping.signature == layout_signature(sheets[0].rows[3])
    before = dump_plan(store)
    preview = excel.preview_foreign_import(store, path, "people")
    assert preview.errors == []
    people = preview.tables["person"]
    inserted = {i.values["employee_no"]: i.values for i in people.inserts}
    assert set(inserted) == {"00125", "00126"}  # padded from the "00000" format
    assert inserted["00125"]["phone"] == "13900000000"  # full-width digits
    assert inserted["00126"]["active"] is False
    assert isinstance(inserted["00126"]["department_id"], object)
    updates = {u.id: u.fields for u in people.updates}
    # Trailing space trimmed; blank cells keep what the plan has.
    assert updates[1] == {"title": ("会计", "会计主管"), "phone": ("13800000000", "13800000001")}
    assert updates[3] == {"active": (False, True)}
    depts = preview.tables["department"]
    assert [i.label for i in depts.inserts] == ["总部/市场部"]
    assert inserted["00125"]["department_id"] is depts.inserts[0].token
    assert inserted["00126"]["department_id"] is depts.inserts[0].token  # merged cell
    assert dump_plan(store) == before
    changes = excel.apply_import(store, preview)
    assert len(changes.inserted["person"]) == 2
    with store.read() as s:
        row = s.execute(
            text(
                "SELECT d.name, p.name FROM person p JOIN department d ON d.id = "
                "p.department_id WHERE employee_no = '00126'"
            )
        ).one()
    assert tuple(row) == ("市场部", "钱七")
    lines = excel.preview_lines(preview)
    assert lines[0].startswith("Import of roster.xlsx (people): 3 to add, 2 to change")


def test_numbers_without_format_warn_about_leading_zeros(store: PlanStore, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["工号", "姓名"])
    ws.append([777, "孙八"])
    path = tmp_path / "r.xlsx"
    wb.save(path)
    preview = excel.preview_foreign_import(store, path, ImportKind.PEOPLE)
    assert [p.severity for p in preview.problems] == [Severity.WARNING]
    assert "leading zeros" in preview.problems[0].reason
    assert preview.problems[0].cell == "A2"
    assert preview.tables["person"].inserts[0].values["employee_no"] == "777"


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8", "utf-8-sig"])
def test_csv_encodings(store: PlanStore, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "adoption.csv"
    content = "部门,统计日期,活跃人数,开通人数,审批量\n总部/财务部,2026年5月1日,19,20,400\n"
    content += "人事部,2026-05-01,５,10,\n"
    path.write_bytes(content.encode(encoding))
    preview = excel.preview_foreign_import(store, path, "adoption")
    assert preview.errors == []
    rows = preview.tables["adoption_snapshot"].inserts
    assert [(r.values["day"], r.values["active_users"]) for r in rows] == [
        (dt.date(2026, 5, 1), 19),
        (dt.date(2026, 5, 1), 5),
    ]


def test_problems_name_sheet_row_column_value(store: PlanStore, tmp_path: Path) -> None:
    path = tmp_path / "feedback.csv"
    path.write_text(
        "部门,日期,满意度,意见\n总部/财务部,2026-13-40,4.5,好\n人事部,2026/5/2,9,差\n"
        ",,,\n人事部,,3,\n",
        encoding="utf-8",
    )
    before = dump_plan(store)
    preview = excel.preview_foreign_import(store, path, "feedback")
    found = {(p.cell, p.header, p.value) for p in preview.errors}
    assert ("B2", "日期", "2026-13-40") in found
    assert ("C3", "满意度", "9.0") in found or ("C3", "满意度", "9") in found
    assert ("B5", "日期", "") in found
    err = tmp_path / "errors.xlsx"
    excel.write_error_workbook(preview, err)
    rows = list(openpyxl.load_workbook(err).active.iter_rows(values_only=True))
    assert rows[0][0] == "级别 Severity" and len(rows) == len(preview.problems) + 1
    with pytest.raises(ValueError):
        excel.apply_import(store, preview)
    assert dump_plan(store) == before


def test_departments_requirements_and_tasks(store: PlanStore, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["部门路径", "部门编码", "编制人数", "是否试点"])
    ws.append(["总部/财务部", "FIN", 12, "是"])
    ws.append(["总部/信息部/运维组", "IT-OPS", 5, "否"])
    wb.save(tmp_path / "d.xlsx")
    preview = excel.preview_foreign_import(store, tmp_path / "d.xlsx", "departments")
    assert preview.errors == []
    depts = preview.tables["department"]
    assert [i.label for i in depts.inserts] == ["总部/信息部", "总部/信息部/运维组"]
    assert depts.updates[0].fields == {
        "code": ("", "FIN"),
        "headcount": (0, 12),
        "is_pilot": (True, True),
    } or depts.updates[0].fields == {"code": ("", "FIN"), "headcount": (0, 12)}
    excel.apply_import(store, preview)

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["需求调研表"])
    ws.append(["提出部门", "需求", "优先级", "模块", "提出日期"])
    ws.append(["总部/财务部", "报销审批慢", "高", "财务", "2026.1.10"])
    ws.append(["人事部", "请假流程线上化", "中", "流程", "2026年2月1日"])
    wb.save(tmp_path / "r.xlsx")
    preview = excel.preview_foreign_import(store, tmp_path / "r.xlsx", "requirements")
    assert preview.errors == []
    reqs = preview.tables["requirement"]
    assert [u.fields for u in reqs.updates] == [{"priority": ("must", "must")}] or not reqs.updates
    assert reqs.inserts[0].values["module"] == "workflow"
    assert reqs.inserts[0].values["raised_on"] == dt.date(2026, 2, 1)

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["标识号", "大纲级别", "任务名称", "工期", "开始时间", "完成时间", "前置任务"])
    ws.append([1, 1, "上线准备", "10 个工作日", "2026-05-04", "2026-05-15", ""])
    ws.append([2, 2, "数据迁移", "5d", "2026-05-04", "2026-05-08", ""])
    ws.append([3, 2, "切换演练", "2天", "2026-05-11", "2026-05-12", "2FS+1d"])
    wb.save(tmp_path / "t.xlsx")
    preview = excel.preview_foreign_import(store, tmp_path / "t.xlsx", "tasks")
    assert preview.errors == []
    tasks = preview.tables["task"].inserts
    assert [t.label for t in tasks] == ["上线准备", "上线准备/数据迁移", "上线准备/切换演练"]
    assert tasks[1].values["parent_id"] is tasks[0].token
    (link,) = preview.tables["dependency"].inserts
    assert link.values["predecessor_id"] is tasks[1].token and link.values["lag"] == 1
    excel.apply_import(store, preview)
    with store.read() as s:
        assert s.execute(text("SELECT count(*) FROM task")).scalar() == 7


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026-03-05", dt.date(2026, 3, 5)),
        ("2026/3/5", dt.date(2026, 3, 5)),
        ("2026.3.5", dt.date(2026, 3, 5)),
        ("2026年3月5日", dt.date(2026, 3, 5)),
        ("２０２６年３月５日", dt.date(2026, 3, 5)),
        # a weekday beside the date, as sign-in sheets and notices write it
        ("2026年3月5日 星期四", dt.date(2026, 3, 5)),
        ("2026-03-05（周四）", dt.date(2026, 3, 5)),
        ("2026/3/5 周四", dt.date(2026, 3, 5)),
        ("2026-3-5【周四】", dt.date(2026, 3, 5)),
        ("2026-03-08 礼拜天", dt.date(2026, 3, 8)),
        ("Thu 2026-03-05", dt.date(2026, 3, 5)),
        ("Thursday, 2026-03-05", dt.date(2026, 3, 5)),
        ("2026-03-05 (Thu.)", dt.date(2026, 3, 5)),
        ("2026-03-05 周四 10:30", dt.date(2026, 3, 5)),
        (46086.0, dt.date(2026, 3, 5)),
        ("46086", dt.date(2026, 3, 5)),
        (dt.datetime(2026, 3, 5, 10, 0), dt.date(2026, 3, 5)),
        ("", None),
    ],
)
def test_dates(raw: object, expected: dt.date | None) -> None:
    assert parse_date(raw) == expected


def test_numbers_as_text() -> None:
    assert parse_float("1,234.5") == 1234.5
    assert parse_float("８５") == 85.0
    assert parse_float("85%") == 0.85
    with pytest.raises(CellError):
        parse_float("12abc")
    with pytest.raises(CellError):
        parse_date("2026-02-30")


def test_repeated_english_header_is_skipped_and_bad_enum_reported_per_row(
    store: PlanStore, tmp_path: Path
) -> None:
    # The fast paths of a large import (an ASCII cell is never a repeated Chinese
    # header; an enumeration's outcome is remembered per text) keep every check.
    path = tmp_path / "roster.csv"
    path.write_text(
        "Employee ID,Name,Tier\nE1,Ann,普通用户\nE2,Bob,Boss\nEmployee ID,Name,Tier\n"
        "E3,Cid,Boss\nE4,Dee,关键用户\n",
        encoding="utf-8",
    )
    preview = excel.preview_foreign_import(store, path, "people")
    assert [(p.cell, p.value) for p in preview.errors] == [("C3", "Boss"), ("C5", "Boss")]
    assert all("is not one of" in p.reason for p in preview.errors)
    ok = tmp_path / "ok.csv"
    ok.write_text(
        "Employee ID,Name,Tier\nE1,Ann,普通用户\nEmployee ID,Name,Tier\nE4,Dee,关键用户\n",
        encoding="utf-8",
    )
    preview = excel.preview_foreign_import(store, ok, "people")
    assert preview.errors == []
    tiers = {i.values["employee_no"]: i.values["tier"] for i in preview.tables["person"].inserts}
    assert tiers == {"E1": "end_user", "E4": "key_user"}


def test_the_collector_pause_nests_and_restores_the_previous_state() -> None:
    import gc
    import threading

    from oa_desk.services.excel import _gc_paused

    assert gc.isenabled()
    with _gc_paused():
        assert not gc.isenabled()
        done = threading.Event()

        def other_thread() -> None:
            with _gc_paused():
                assert not gc.isenabled()
            done.set()

        threading.Thread(target=other_thread).start()
        assert done.wait(5)
        assert not gc.isenabled()  # the inner pause ended, the outer one still holds
    assert gc.isenabled()
    gc.disable()
    try:
        with _gc_paused():
            pass
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()
