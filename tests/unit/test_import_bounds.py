"""Bounds at the door: dates of 1900-2200, bounded durations and lags, a size cap (issue 9).

Each refusal names the cell (sheets, CSV) or the task (MS Project XML).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import openpyxl
import pytest

from oa_desk.domain import checks
from oa_desk.exchange import mspdi, mspdi_parse
from oa_desk.exchange.normalize import CellError, parse_date, parse_datetime
from oa_desk.exchange.problems import ProblemCode
from oa_desk.services.demo import generate_demo
from oa_desk.services.excel import export_workbook, preview_foreign_import, preview_workbook_import
from oa_desk.services.mspdi import export_mspdi
from oa_desk.store.planfile import create_plan, open_plan


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bounds") / "demo.oadesk"
    generate_demo(path, seed=5)
    return path


@pytest.mark.parametrize(
    "value",
    [
        "9999-12-30",
        "0001-01-01",
        "1899-12-31",
        "2201-01-01",
        dt.date(9999, 12, 30),
        dt.datetime(1, 1, 1),
        2958464.0,
    ],
)
def test_dates_outside_the_range_are_refused(value: object) -> None:
    with pytest.raises(CellError) as err:
        parse_date(value)  # type: ignore[arg-type]
    assert err.value.code is ProblemCode.DATE_OUT_OF_RANGE


@pytest.mark.parametrize("value", ["1900-01-01", "2200-12-31", dt.date(2026, 3, 5), 46000])
def test_dates_inside_the_range_pass(value: object) -> None:
    day = parse_date(value)  # type: ignore[arg-type]
    assert day is not None and checks.DATE_RANGE[0] <= day <= checks.DATE_RANGE[1]
    assert parse_datetime(value) is not None  # type: ignore[arg-type]


def test_the_plan_workbook_names_the_cell_of_a_far_date(demo: Path, tmp_path: Path) -> None:
    book = tmp_path / "plan.xlsx"
    with open_plan(demo, read_only=True) as store:
        export_workbook(store, book)
    wb = openpyxl.load_workbook(book)
    ws = wb["任务 Tasks"]
    ws.cell(4, 8).value = dt.datetime(9999, 12, 30)
    ws.cell(4, 9).value = None
    wb.save(book)
    with open_plan(demo, read_only=True) as store:
        preview = preview_workbook_import(store, book)
    assert not preview.ok
    found = [e for e in preview.errors if e.code == ProblemCode.DATE_OUT_OF_RANGE]
    assert found and found[0].row == 4 and found[0].column == "H"


def test_a_foreign_csv_names_the_cells_of_far_dates(tmp_path: Path) -> None:
    plan = tmp_path / "p.oadesk"
    create_plan(plan, name="边界")
    csv = tmp_path / "tasks.csv"
    csv.write_text("名称,开始,完成\n甲,2026-07-10,9999-12-30\n乙,0001-01-01,2026-07-01\n", "utf-8")
    with open_plan(plan, read_only=True) as store:
        preview = preview_foreign_import(store, csv, "tasks")
    cells = sorted((e.row, e.column) for e in preview.errors)
    assert cells == [(2, "C"), (3, "B")]
    assert all(e.code == ProblemCode.DATE_OUT_OF_RANGE for e in preview.errors)


@pytest.fixture
def xml_text(demo: Path, tmp_path: Path) -> str:
    xml = tmp_path / "plan.xml"
    with open_plan(demo, read_only=True) as store:
        export_mspdi(store, xml)
    return xml.read_text("utf-8")


def _second(pattern: str, text: str, repl: str) -> str:
    """Replace the second match: the first task of the file is the project summary (skipped)."""
    found = list(re.finditer(pattern, text))
    m = found[1] if len(found) > 1 else found[0]
    return text[: m.start()] + repl + text[m.end() :]


@pytest.mark.parametrize(
    ("pattern", "repl", "code"),
    [
        (r"<Finish>[^<]*</Finish>", "<Finish>9999-12-30T17:00:00</Finish>", "date_range"),
        (r"<Start>[^<]*</Start>", "<Start>0001-01-01T08:00:00</Start>", "date_range"),
        (r"<Duration>[^<]*</Duration>", "<Duration>PT99999999H0M0S</Duration>", "duration_range"),
        (r"<LinkLag>[^<]*</LinkLag>", "<LinkLag>999999999999</LinkLag>", "duration_range"),
        (r"<OutlineLevel>[^<]*</OutlineLevel>", "<OutlineLevel>1e400</OutlineLevel>", "not_number"),
    ],
)
def test_mspdi_out_of_bounds_values_name_the_task(
    xml_text: str, tmp_path: Path, pattern: str, repl: str, code: str
) -> None:
    assert re.search(pattern, xml_text), pattern
    bad = tmp_path / "bad.xml"
    bad.write_text(_second(pattern, xml_text, repl), "utf-8")
    with pytest.raises(mspdi.MspdiError) as err:
        mspdi.read_mspdi(bad)
    assert err.value.code == code
    assert "bad.xml" in str(err.value)
    if code != "not_number":
        assert "task" in str(err.value)


def test_mspdi_over_the_size_cap_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.xml"
    big.write_bytes(b"<Project>" + b" " * 5000 + b"</Project>")
    monkeypatch.setattr(mspdi_parse, "MAX_FILE_BYTES", 4096)
    with pytest.raises(mspdi.MspdiError) as err:
        mspdi.read_mspdi(big)
    assert err.value.code == "too_large"


def test_finish_before_start_is_caught_in_the_preview_with_its_cell(
    demo: Path, tmp_path: Path
) -> None:
    book = tmp_path / "plan.xlsx"
    with open_plan(demo, read_only=True) as store:
        export_workbook(store, book)
    wb = openpyxl.load_workbook(book)
    ws = wb["任务 Tasks"]
    ws.append(
        [
            None,
            None,
            1,
            "新任务",
            "prepare",
            "task",
            dt.datetime(2026, 7, 8),
            dt.datetime(2026, 7, 1),
        ]
    )
    wb.save(book)
    with open_plan(demo, read_only=True) as store:
        preview = preview_workbook_import(store, book)
    found = [e for e in preview.errors if e.code == ProblemCode.FINISH_BEFORE_START]
    assert found and found[0].column == "H" and found[0].row == ws.max_row
