"""Foreign rosters as people send them: the sheet and header found wherever they are,
rows left out without losing what good rows need, footers skipped, numbers matched."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from oa_desk.services import excel
from oa_desk.store.planfile import PlanStore
from tests.unit.excel_fixtures import make_plan


@pytest.fixture
def store(tmp_path: Path) -> Iterator[PlanStore]:
    s = make_plan(tmp_path / "plan.oadesk")
    yield s
    s.close()


def test_a_header_on_row_1_of_the_second_sheet_is_found(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active.append(["本表由人力资源部维护"])
    ws = wb.create_sheet("花名册")
    ws.append(["工号", "姓名"])
    ws.append(["99001", "甲"])
    path = tmp_path / "r.xlsx"
    wb.save(path)
    mapping = excel.propose_foreign_mapping(excel.read_foreign(path), "people")
    assert (mapping.sheet, mapping.header_row) == ("花名册", 1)
    assert set(mapping.columns) == {"employee_no", "name"}
