"""Department paths in foreign sheets: a path without its root names the one department
whose path ends so; one ending more than one department is refused, naming them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from oa_desk.exchange.problems import ProblemCode
from oa_desk.services import excel
from oa_desk.store.planfile import PlanStore
from tests.unit.excel_fixtures import make_plan


@pytest.fixture
def store(tmp_path: Path) -> Iterator[PlanStore]:
    s = make_plan(tmp_path / "plan.oadesk")  # 总部 / 财务部 / 会计科, 总部 / 人事部
    yield s
    s.close()


def _csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_path_without_its_root_names_the_department(store: PlanStore, tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "r.csv",
        "工号,姓名,部门\n80001,甲,会计科\n80002,乙,财务部/会计科\n80003,丙,财务部 / 新科\n"
        "80004,丁,新科\n",
    )
    preview = excel.preview_foreign_import(store, path, "people")
    assert preview.errors == []
    (new,) = preview.tables["department"].inserts  # 新科, under the plan's 财务部
    assert new.label == "总部/财务部/新科"
    people = {i.values["employee_no"]: i.values for i in preview.tables["person"].inserts}
    assert people["80001"]["department_id"] == people["80002"]["department_id"] == 4
    assert new.values["parent_id"] == 2
    assert people["80003"]["department_id"] is people["80004"]["department_id"] is new.token


def test_a_name_two_departments_end_with_is_refused_naming_them(
    store: PlanStore, tmp_path: Path
) -> None:
    first = _csv(tmp_path / "d.csv", "部门路径\n总部/财务部/综合科\n总部/人事部/综合科\n")
    excel.apply_import(store, excel.preview_foreign_import(store, first, "departments"))
    roster = _csv(tmp_path / "r.csv", "工号,姓名,部门\n97001,甲,综合科\n97002,乙,人事部/综合科\n")
    preview = excel.preview_foreign_import(store, roster, "people")
    (error,) = preview.errors
    assert (error.sheet, error.cell, error.code) == ("r", "C2", ProblemCode.DEPARTMENT_AMBIGUOUS)
    assert error.params == {"key": "综合科", "paths": "总部/人事部/综合科; 总部/财务部/综合科"}
    assert "department" not in preview.tables  # no third 综合科
    usage = _csv(tmp_path / "a.csv", "部门,日期,活跃用户\n综合科,2026-05-15,3\n")
    preview = excel.preview_foreign_import(store, usage, "adoption")
    assert [(p.cell, p.code) for p in preview.errors] == [("A2", ProblemCode.DEPARTMENT_AMBIGUOUS)]
