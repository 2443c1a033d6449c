"""Plan workbooks that went through LibreOffice, WPS or a CSV come back as they were edited."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from oa_desk.exchange.changeset import Severity
from oa_desk.exchange.problems import ProblemCode
from oa_desk.services import excel
from oa_desk.store.planfile import PlanStore
from tests.unit.excel_fixtures import make_plan


@pytest.fixture
def store(tmp_path: Path) -> PlanStore:
    s = make_plan(tmp_path / "plan.oadesk")
    yield s
    s.close()


_BOOL = re.compile(rb'<c r="([A-Z]+[0-9]+)" t="b"><v>([01])</v></c>')


def as_libreoffice_without_values(src: Path, dst: Path) -> int:
    """``src`` with every boolean cell a LibreOffice ``TRUE()``/``FALSE()`` formula whose
    value was never calculated (as a tool that does not recalculate leaves it)."""
    count = 0

    def formula(m: re.Match[bytes]) -> bytes:
        nonlocal count
        count += 1
        fn = b"TRUE()" if m[2] == b"1" else b"FALSE()"
        return b'<c r="' + m[1] + b'" s="0" t="b"><f aca="false">' + fn + b"</f></c>"

    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename.startswith("xl/worksheets/"):
                data = _BOOL.sub(formula, data)
            zout.writestr(item, data)
    return count


def test_formulas_without_values_keep_the_plan_and_name_their_cells(
    store: PlanStore, tmp_path: Path
) -> None:
    exported = tmp_path / "plan.xlsx"
    excel.export_workbook(store, exported)
    saved = tmp_path / "lo.xlsx"
    blanks = as_libreoffice_without_values(exported, saved)
    assert blanks >= 8
    wb = openpyxl.load_workbook(saved)  # a tool that edits and never recalculates
    wb["任务 Tasks"]["D2"] = "改名的任务"
    wb["人员 People"]["E2"] = "主管会计"
    wb["批次 Waves"]["B3"] = "第一批(改)"
    wb.save(saved)
    preview = excel.preview_workbook_import(store, saved)
    assert preview.errors == []
    changes = sorted(
        (table, key) for table, t in preview.tables.items() for u in t.updates for key in u.fields
    )
    assert changes == [("person", "title"), ("task", "name"), ("wave", "name")]
    assert not any(t.inserts for t in preview.tables.values())
    warned = {
        (p.sheet, p.cell)
        for p in preview.problems
        if p.code is ProblemCode.FORMULA_WITHOUT_VALUE and p.severity is Severity.WARNING
    }
    assert ("人员 People", "I4") in warned  # 王五 stays inactive
    assert ("批次 Waves", "D2") in warned  # the pilot stays the pilot
    assert len(warned) == blanks


def test_a_new_row_with_a_formula_without_value_is_refused(
    store: PlanStore, tmp_path: Path
) -> None:
    exported = tmp_path / "plan.xlsx"
    excel.export_workbook(store, exported)
    wb = openpyxl.load_workbook(exported)
    wb["人员 People"].append([None, "00999", "新人", "", "", "", "", "普通用户", "=TRUE()"])
    wb.save(exported)
    preview = excel.preview_workbook_import(store, exported)
    (problem,) = preview.errors
    assert problem.code is ProblemCode.FORMULA_WITHOUT_VALUE_NEW and problem.cell == "I5"
