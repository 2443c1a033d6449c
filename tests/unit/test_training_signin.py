"""Sign-in sheets: a title row above Chinese headers, employee numbers that lost their
leading zeros, text dates, GBK CSV; unknown, ambiguous and duplicate rows reported with
their row before anything is written; applying is one unit of work, undone exactly."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from oa_desk.domain.enums import Attendance
from oa_desk.exchange.signin import read_signin
from oa_desk.services import training_signin as signin
from oa_desk.services.demo import generate_demo
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore, open_plan
from tests.unit.test_row_snapshots import dump


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("signin") / "demo.oadesk"
    generate_demo(path, scale=1)
    return path


@pytest.fixture
def plan(demo_master: Path, tmp_path: Path) -> Any:
    path = tmp_path / "plan.oadesk"
    shutil.copyfile(demo_master, path)
    with open_plan(path, snapshot=False) as store:
        yield store, path


def _facts(store: PlanStore) -> dict[str, Any]:
    """A session with enrolled people, someone not enrolled, and a name two people share."""
    with store.read() as s:
        session = s.execute(
            select(m.Enrollment.session_id).group_by(m.Enrollment.session_id).limit(1)
        ).scalar_one()
        enrolled = s.execute(
            select(m.Person.employee_no, m.Person.name, m.Department.name)
            .join(m.Enrollment, m.Enrollment.person_id == m.Person.id)
            .join(m.Department, m.Department.id == m.Person.department_id)
            .where(m.Enrollment.session_id == session)
            .limit(3)
        ).all()
        taken = select(m.Enrollment.person_id).where(m.Enrollment.session_id == session)
        walk_in = s.execute(
            select(m.Person.employee_no).where(m.Person.id.not_in(taken)).limit(1)
        ).scalar_one()
        shared = s.execute(
            select(m.Person.name).group_by(m.Person.name).having(func.count() > 1).limit(1)
        ).scalar_one()
    return {"session": session, "enrolled": enrolled, "walk_in": walk_in, "shared": shared}


def _sheet(path: Path, f: dict[str, Any]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["OA 系统培训签到表"])
    ws.append(["培训日期：2026年12月8日"])
    ws.append(["序号", "工号", "姓名", "部门", "签到状态", "成绩", "满意度", "签到时间"])
    (no1, name1, dept1), (no2, _n2, _d2), (_no3, name3, dept3) = f["enrolled"]
    ws.append([1, int(no1), name1, dept1, "出席", 88, 5, "2026-12-08 08:55"])  # lost zeros
    ws.cell(row=4, column=2).number_format = "000000"
    ws.append([2, no2, "", "", "迟到", "", 4, "2026年12月8日"])
    ws.append([3, "", name3, dept3, "", 59, "", ""])  # by name and department
    ws.append([4, f["walk_in"], "", "", "出席", "", "", ""])  # came without enrolling
    ws.append([5, "999999", "查无此人", "", "出席", "", "", ""])  # unknown
    ws.append([6, "", f["shared"], "", "出席", "", "", ""])  # ambiguous
    ws.append([7, no2, "", "", "出席", "", "", ""])  # duplicate of row 5
    ws.append([8, no1, "", "", "到场了吗", "", "", "下周二"])  # bad attendance and date
    wb.save(path)
    return path


def test_the_sheet_reads_past_its_title_rows_and_keeps_leading_zeros(
    plan: Any, tmp_path: Path
) -> None:
    store, _path = plan
    f = _facts(store)
    sheet = read_signin(_sheet(tmp_path / "签到表.xlsx", f))
    assert sheet.header_row == 3
    assert sheet.rows[0].employee_no == f["enrolled"][0][0]
    assert sheet.rows[0].signed_at == dt.datetime(2026, 12, 8, 8, 55)
    assert sheet.rows[1].signed_at == dt.datetime(2026, 12, 8)
    assert sheet.rows[1].attendance is Attendance.LATE
    assert sheet.rows[2].attendance is Attendance.PRESENT
    bad = {(p.row, p.column, p.code) for p in sheet.problems}
    assert bad == {(11, "E", "unknown_attendance"), (11, "H", "not_a_date")}


def test_problems_are_listed_by_row_and_nothing_is_written_until_applied(
    plan: Any, tmp_path: Path
) -> None:
    store, path = plan
    f = _facts(store)
    before = dump(path)
    preview = signin.preview_signin(store, f["session"], _sheet(tmp_path / "s.xlsx", f))
    assert dump(path) == before
    assert sorted((p.row, p.code) for p in preview.problems) == [
        (8, "unknown_person"),
        (9, "ambiguous_person"),
        (10, "duplicate_row"),
        (11, "not_a_date"),
        (11, "unknown_attendance"),
    ]
    assert len(preview.matched) == 4 and preview.walk_ins == 1
    edit = signin.apply_signin(store, preview)
    assert (edit.updated, edit.added) == (3, 1)
    with store.read() as s:
        rows = s.execute(
            select(m.Person.employee_no, m.Enrollment.attendance, m.Enrollment.score)
            .join(m.Enrollment, m.Enrollment.person_id == m.Person.id)
            .where(m.Enrollment.session_id == f["session"])
        ).all()
    got = {no: (att, score) for no, att, score in rows}
    assert got[f["enrolled"][0][0]] == (Attendance.PRESENT, 88.0)
    assert got[f["enrolled"][1][0]][0] is Attendance.LATE
    assert got[f["walk_in"]][0] is Attendance.PRESENT
    signin.revert_signin(store, edit.undo)
    assert dump(path) == before


def test_a_gbk_csv_without_an_employee_column_matches_by_name(plan: Any, tmp_path: Path) -> None:
    store, _path = plan
    f = _facts(store)
    _no, name, dept = f["enrolled"][2]
    csv = tmp_path / "signin.csv"
    csv.write_bytes(f"姓名,部门,出勤\r\n{name},{dept},请假\r\n".encode("gbk"))
    preview = signin.preview_signin(store, f["session"], csv)
    assert preview.problems == []
    assert [mm.row.attendance for mm in preview.matched] == [Attendance.EXCUSED]


def test_a_sheet_without_the_columns_is_refused_whole(plan: Any, tmp_path: Path) -> None:
    store, _path = plan
    csv = tmp_path / "other.csv"
    csv.write_text("项目,金额\r\n差旅,100\r\n", encoding="utf-8")
    preview = signin.preview_signin(store, _facts(store)["session"], csv)
    assert [(p.row, p.code) for p in preview.problems] == [(0, "missing_columns")]
    assert preview.matched == []


def _shared_name_in_a_department(store: PlanStore) -> tuple[str, str, str]:
    """(a name two people share, the department of one of them, another person there)."""
    with store.read() as s:
        rows = s.execute(
            select(m.Person.name, m.Department.name).join(
                m.Department, m.Department.id == m.Person.department_id
            )
        ).all()
    count: dict[str, int] = {}
    for name, _dept in rows:
        count[name] = count.get(name, 0) + 1
    pairs = {(n, d) for n, d in rows}
    for name, dept in rows:
        if count[name] > 1 and sum(1 for n, d in rows if (n, d) == (name, dept)) == 1:
            others = [n for n, d in pairs if d == dept and count[n] == 1]
            if others:
                return name, dept, others[0]
    raise AssertionError("the demo has no shared name to test with")


def test_footers_are_skipped_with_a_note_and_a_merged_department_names_each_row(
    plan: Any, tmp_path: Path
) -> None:
    store, path = plan
    f = _facts(store)
    shared, dept, other = _shared_name_in_a_department(store)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "OA 培训签到表"
    ws.merge_cells("A1:D1")
    ws.append(["部门", "姓名", "签到", "成绩"])
    ws.append([dept, other[0] + "\u3000" + other[1:], "√", 90])  # a stray full-width space
    ws.append([None, shared, "迟到", 80])  # the department merged down: which of the two
    ws.merge_cells("A3:A4")
    ws.append(["合计：2 人", "", "", ""])
    ws.append(["应到 6 人，实到 2 人", "", "", ""])
    before = dump(path)
    preview = signin.preview_signin(store, f["session"], _sheet_file(tmp_path, wb))
    assert dump(path) == before
    assert preview.problems == []
    assert [(mm.row.row, mm.row.department) for mm in preview.matched] == [(3, dept), (4, dept)]
    assert [(n.row, n.code, n.value) for n in preview.notes] == [
        (0, "summary_rows_skipped", "5, 6")
    ]


def test_an_employee_no_typed_as_a_number_matches_the_one_it_pads_to(
    plan: Any, tmp_path: Path
) -> None:
    store, _path = plan
    f = _facts(store)
    number = f["enrolled"][0][0]
    assert number.startswith("0") and number.isdigit()
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["工号", "姓名", "出勤"])
    ws.append([int(number), "", "出勤"])  # 107 for 000107, no number format to pad it
    preview = signin.preview_signin(store, f["session"], _sheet_file(tmp_path, wb))
    assert preview.problems == []
    assert [mm.row.row for mm in preview.matched] == [2]
    assert [(n.row, n.column, n.code, n.value, n.key) for n in preview.notes] == [
        (2, "A", "employee_no_zeros_matched", str(int(number)), number)
    ]


def _sheet_file(tmp_path: Path, wb: Workbook) -> Path:
    path = tmp_path / "签到.xlsx"
    wb.save(path)
    return path


def test_a_sign_in_date_with_its_weekday_is_read_and_a_wrong_weekday_is_named(
    plan: Any, tmp_path: Path
) -> None:
    store, _path = plan
    f = _facts(store)
    (no1, _n1, _d1), (no2, _n2, _d2), _third = f["enrolled"]
    csv = tmp_path / "signin.csv"
    rows = f"工号,签到时间\r\n{no1},2026年3月5日 星期四\r\n{no2},2026-03-05（周三）\r\n"
    csv.write_text(rows, encoding="utf-8")
    preview = signin.preview_signin(store, f["session"], csv)
    assert [mm.row.signed_at for mm in preview.matched] == [dt.datetime(2026, 3, 5)]
    assert [(p.row, p.column, p.code) for p in preview.problems] == [(3, "B", "weekday_mismatch")]
