"""Every import records one activity entry, on both engines: the intent the caller
describes and the tables it wrote (issue 16). The bulk paths (an MS Project import's
driver-level inserts on SQLite, a whole-plan copy) used to leave no trace."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from oa_desk.services import activity as history
from oa_desk.services import excel, mspdi
from oa_desk.services import training_signin as signin
from oa_desk.services.demo import generate_demo
from oa_desk.store import activity as log
from oa_desk.store import models as m
from oa_desk.store.activity import ActivityEntry
from oa_desk.store.intents import describing
from oa_desk.store.planfile import PlanStore


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("import-activity") / "demo.oadesk"
    generate_demo(path, scale=1)
    return path


@pytest.fixture
def plan(demo_master: Path, tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]) -> Any:
    path = tmp_path / "plan.oadesk"
    shutil.copyfile(demo_master, path)
    with open_on_engine(path) as store:
        yield store


def _count(store: PlanStore) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(m.Activity)) or 0)


def _one_entry(store: PlanStore, before: int, intent: str) -> ActivityEntry:
    """The import left exactly one entry, with its intent."""
    assert _count(store) == before + 1
    (latest,) = history.plan_history(store, limit=1)
    assert latest.intent == intent
    assert latest.user == store.user_name
    return latest


def test_a_plan_workbook_import_records_one_entry(plan: PlanStore, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    book = tmp_path / "plan.xlsx"
    excel.export_workbook(plan, book)
    wb = load_workbook(book)
    people = wb["人员 People"]
    people["C2"] = "张三丰"
    people.append([None, "00999", "新人", "", "", "", "", "普通用户", "是"])
    wb.save(book)
    preview = excel.preview_workbook_import(plan, book)
    assert preview.ok, preview.errors
    before = _count(plan)
    with describing("Import plan.xlsx"):
        excel.apply_import(plan, preview)
    entry = _one_entry(plan, before, "Import plan.xlsx")
    assert "person" in entry.tables
    with plan.read() as s:
        new_id = s.scalar(select(m.Person.id).where(m.Person.employee_no == "00999"))
        assert new_id is not None
        found = {e.intent for e in log.item_history(s.connection(), "person", new_id)}
    assert found == {"Import plan.xlsx"}  # the inserted row is itemised too


def test_a_foreign_roster_import_records_one_entry(plan: PlanStore, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["工号", "姓名"])
    ws.append(["77001", "新同事甲"])
    ws.append(["77002", "新同事乙"])
    path = tmp_path / "花名册.xlsx"
    wb.save(path)
    preview = excel.preview_foreign_import(plan, path, "people")
    assert preview.ok, preview.errors
    before = _count(plan)
    with describing("Import 花名册.xlsx"):
        excel.apply_import(plan, preview)
    entry = _one_entry(plan, before, "Import 花名册.xlsx")
    assert entry.tables == ("person",) and entry.items == 2


def test_an_mspdi_import_records_one_entry_naming_its_tables(
    plan: PlanStore, tmp_path: Path
) -> None:
    xml = tmp_path / "plan.xml"
    mspdi.export_mspdi(plan, xml)
    before = _count(plan)
    with describing("Import plan.xml from MS Project"):
        mspdi.import_mspdi(plan, xml, replace=True)
    entry = _one_entry(plan, before, "Import plan.xml from MS Project")
    assert {"task", "dependency"} <= set(entry.tables)
    with plan.read() as s:
        (task_id,) = s.execute(select(func.max(m.Task.id))).one()
        touched = log.item_history(s.connection(), "task", int(task_id))
    assert [e.intent for e in touched][:1] == ["Import plan.xml from MS Project"]


def test_a_usage_import_records_one_entry(plan: PlanStore, tmp_path: Path) -> None:
    with plan.read() as s:
        people = s.execute(
            select(m.Person.employee_no).where(m.Person.department_id.is_not(None)).limit(2)
        ).scalars()
        numbers = list(people)
    path = tmp_path / "登录统计.csv"
    lines = ["工号,登录日期,登录次数,发起流程数,纸质审批数"]
    lines += [f"{no},2026-05-0{i + 1},3,2,1" for i, no in enumerate(numbers)]
    path.write_bytes(("\n".join(lines) + "\n").encode("gbk"))
    preview = excel.preview_foreign_import(plan, path, "usage")
    assert preview.errors == []
    before = _count(plan)
    with describing("Import 登录统计.csv"):
        excel.apply_import(plan, preview)
    entry = _one_entry(plan, before, "Import 登录统计.csv")
    assert entry.tables == ("adoption_snapshot",) and entry.items > 0


def test_a_signin_import_records_one_entry(plan: PlanStore, tmp_path: Path) -> None:
    from openpyxl import Workbook

    with plan.read() as s:
        session_id, number = s.execute(
            select(m.Enrollment.session_id, m.Person.employee_no)
            .join(m.Person, m.Person.id == m.Enrollment.person_id)
            .limit(1)
        ).one()
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["工号", "签到状态", "成绩"])
    ws.append([number, "出席", 90])
    sheet = tmp_path / "签到.xlsx"
    wb.save(sheet)
    preview = signin.preview_signin(plan, session_id, sheet)
    assert preview.matched
    before = _count(plan)
    with describing("Import sign-in sheet 签到.xlsx"):
        signin.apply_signin(plan, preview)
    entry = _one_entry(plan, before, "Import sign-in sheet 签到.xlsx")
    assert entry.tables == ("enrollment",)


def test_a_restored_snapshot_records_one_entry_naming_the_plan(plan: PlanStore) -> None:
    snapshot = plan.snapshot("manual")
    with plan.write() as s:
        s.get_one(m.Plan, 1).name = "改过的名字"
    with describing("Restore the snapshot"):
        plan.restore(snapshot)
    with plan.read() as s:
        assert s.get_one(m.Plan, 1).name != "改过的名字"
    (latest,) = history.plan_history(plan, limit=1)
    assert latest.intent == "Restore the snapshot" and "plan" in latest.tables
    assert latest.user == plan.user_name
