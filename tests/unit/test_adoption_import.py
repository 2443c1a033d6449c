"""The OA system's usage export: stickiness and paperless figures, Chinese headers under
a title row, GBK CSV; figures out of order refused with the cell named."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from oa_desk.exchange.changeset import Severity
from oa_desk.services import excel
from oa_desk.store.planfile import PlanStore
from tests.unit.excel_fixtures import dump_plan, make_plan


@pytest.fixture
def store(tmp_path: Path) -> Iterator[PlanStore]:
    s = make_plan(tmp_path / "plan.oadesk")
    yield s
    s.close()


def test_a_gbk_export_with_stickiness_and_paperless_figures(
    store: PlanStore, tmp_path: Path
) -> None:
    path = tmp_path / "usage.csv"
    content = (
        "统计日期,部门,登录人数,开通人数,周活跃人数,月活跃人数,审批量,审批总数\n"
        "2026/5/8,总部/财务部,15,20,15,18,300,320\n"
        "2026年5月8日,人事部,4,10,4,9,40,\n"
    )
    path.write_bytes(content.encode("gbk"))
    preview = excel.preview_foreign_import(store, path, "adoption")
    assert preview.errors == []
    rows = [r.values for r in preview.tables["adoption_snapshot"].inserts]
    assert [(r["day"], r["weekly_active"], r["monthly_active"]) for r in rows] == [
        (dt.date(2026, 5, 8), 15, 18),
        (dt.date(2026, 5, 8), 4, 9),
    ]
    assert rows[0]["total_approvals"] == 320 and "total_approvals" not in rows[1]
    excel.apply_import(store, preview)


def test_a_sheet_under_a_title_row_with_figures_out_of_order(
    store: PlanStore, tmp_path: Path
) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "2026年5月 OA 使用情况统计（e-cology 导出）"
    ws.merge_cells("A1:F1")
    ws.append(["部门", "日期", "活跃用户", "用户总数", "周活跃用户", "月活跃用户"])
    ws.append(["总部/财务部", "2026-05-15", 12, 20, 16, 14])  # more weekly than monthly
    ws.append(["人事部", "2026-05-15", 5, 10, 5, 12])  # more monthly actives than users
    ws.append(["人事部", "2026-05-16", 5, 10, 5, 8])
    path = tmp_path / "usage.xlsx"
    wb.save(path)
    before = dump_plan(store)
    preview = excel.preview_foreign_import(store, path, "adoption")
    found = {(p.cell, p.value) for p in preview.problems if p.severity is Severity.ERROR}
    assert found == {("E3", "16"), ("F4", "12")}
    assert all("more than the" in p.reason for p in preview.errors)
    with pytest.raises(ValueError):
        excel.apply_import(store, preview)
    assert dump_plan(store) == before


def test_a_requirements_sheet_brings_its_decisions(store: PlanStore, tmp_path: Path) -> None:
    path = tmp_path / "需求调研.csv"
    path.write_bytes("部门,需求,评审结论\n人事部,请假流程要能手机审批,标准功能配置\n".encode("gbk"))
    preview = excel.preview_foreign_import(store, path, "requirements")
    assert preview.errors == []
    (row,) = preview.tables["requirement"].inserts
    assert row.values["decision"] == "标准功能配置"


def test_an_update_keeps_the_figures_of_columns_not_in_the_sheet(
    store: PlanStore, tmp_path: Path
) -> None:
    first = tmp_path / "full.csv"
    first.write_text(
        "部门,日期,活跃用户,用户总数,月活跃用户\n人事部,2026-05-15,5,10,8\n", encoding="utf-8"
    )
    excel.apply_import(store, excel.preview_foreign_import(store, first, "adoption"))
    only_active = tmp_path / "active.csv"
    only_active.write_text("部门,日期,活跃用户\n人事部,2026-05-15,9\n", encoding="utf-8")
    preview = excel.preview_foreign_import(store, only_active, "adoption")
    assert preview.errors == []
    (update,) = preview.tables["adoption_snapshot"].updates
    assert update.fields == {"active_users": (5, 9)}  # 用户总数 stays 10
    too_many = tmp_path / "too_many.csv"
    too_many.write_text("部门,日期,活跃用户\n人事部,2026-05-15,11\n", encoding="utf-8")
    preview = excel.preview_foreign_import(store, too_many, "adoption")
    assert [(p.cell, p.value) for p in preview.errors] == [("C2", "11")]  # over the plan's 10
