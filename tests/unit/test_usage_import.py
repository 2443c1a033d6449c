"""OA usage per person (the login export): counted per department and day into adoption
figures, with stickiness over the export's days and paper approvals where given."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from oa_desk.exchange.changeset import Severity
from oa_desk.services import excel, records
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore
from tests.unit.excel_fixtures import make_plan


@pytest.fixture
def store(tmp_path: Path) -> Iterator[PlanStore]:
    s = make_plan(tmp_path / "plan.oadesk")
    yield s
    s.close()


def _people(store: PlanStore) -> list[tuple[str, int | None]]:
    p = m.Person
    with store.read() as s:
        return [tuple(r) for r in s.execute(select(p.employee_no, p.department_id).order_by(p.id))]


def test_a_gbk_login_export_under_a_title_row(store: PlanStore, tmp_path: Path) -> None:
    people = [(no, d) for no, d in _people(store) if d is not None]
    assert len(people) >= 2
    (a, dept_a), (b, _dept_b) = people[0], people[1]
    path = tmp_path / "登录统计.csv"
    lines = [
        "OA 用户登录统计（2026年5月）,,,,",
        "工号,登录日期,登录次数,发起流程数,纸质审批数",
        f"{a},2026-05-01,3,2,1",
        f"{a},2026-05-05,0,0,",
        f"{a},2026/5/6,1,1,0",
    ]
    if _dept_b == dept_a:
        lines.append(f"{b},2026-05-06,2,4,1")
    path.write_bytes(("\n".join(lines) + "\n").encode("gbk"))
    preview = excel.preview_foreign_import(store, path, "usage")
    assert preview.errors == []
    rows = {
        (r.values["department_id"], r.values["day"]): r.values
        for r in preview.tables["adoption_snapshot"].inserts
    }
    first = rows[(dept_a, dt.date(2026, 5, 1))]
    assert (first["active_users"], first["online_approvals"], first["total_approvals"]) == (1, 2, 3)
    idle = rows[(dept_a, dt.date(2026, 5, 5))]
    assert idle["active_users"] == 0 and "total_approvals" not in idle
    assert idle["weekly_active"] == 1 and idle["monthly_active"] == 1  # active on the 1st
    last = rows[(dept_a, dt.date(2026, 5, 6))]
    together = 2 if _dept_b == dept_a else 1
    assert last["active_users"] == together and last["weekly_active"] == together
    assert all(v["total_users"] >= v["active_users"] for v in rows.values())
    excel.apply_import(store, preview)


def test_unknown_people_are_errors_and_people_without_a_department_warnings(
    store: PlanStore, tmp_path: Path
) -> None:
    loose = records.add_record(store, "person", {"employee_no": "X9", "name": "无部门"})
    assert loose.new_ids
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["账号", "日期", "登录次数"])
    ws.append(["X9", "2026-05-01", 1])
    ws.append(["NOBODY", "2026-05-01", 1])
    path = tmp_path / "usage.xlsx"
    wb.save(path)
    preview = excel.preview_foreign_import(store, path, "usage")
    found = {(p.cell, p.severity) for p in preview.problems}
    assert ("A2", Severity.WARNING) in found and ("A3", Severity.ERROR) in found


def test_the_import_command_takes_the_usage_kind(store: PlanStore, tmp_path: Path) -> None:
    from oa_desk import cli

    (number, dept), *_ = [(no, d) for no, d in _people(store) if d is not None]
    path = tmp_path / "usage.csv"
    path.write_bytes(f"工号,日期,登录次数\n{number},2026-05-04,2\n".encode("gbk"))
    plan = store.path
    store.close()
    assert cli.main(["import", str(plan), str(path), "--kind", "usage", "--yes"]) == 0
    from oa_desk.store.planfile import open_plan

    with open_plan(plan, read_only=True) as again, again.read() as s:
        a = m.AdoptionSnapshot
        got = s.execute(
            select(a.department_id, a.day, a.active_users).where(a.day == dt.date(2026, 5, 4))
        ).all()
    assert [tuple(r) for r in got] == [(dept, dt.date(2026, 5, 4), 1)]
