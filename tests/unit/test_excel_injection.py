"""Formula injection: risky texts are stored as text, shown as text, read back unchanged."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from oa_desk.exchange.cells import FORMULA_TRIGGERS, safe_value
from oa_desk.exchange.sheets import read_xlsx
from oa_desk.services import excel
from tests.unit.excel_fixtures import make_plan

# Lone surrogates cannot be stored as UTF-8 (nor in the plan); U+FFFE/U+FFFF are
# non-characters that XML forbids: both are written as U+FFFD by design.
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\ufffe\uffff"),
    max_size=40,
)
RISKY = st.builds(lambda head, tail: head + tail, st.sampled_from(sorted(FORMULA_TRIGGERS)), TEXT)


def _write(path: Path, values: list[str]) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("s")
    for value in values:
        ws.append([safe_value(ws, value)])
    wb.save(path)


@settings(max_examples=150, deadline=None)
@given(values=st.lists(st.one_of(TEXT, RISKY), min_size=1, max_size=8))
def test_any_text_round_trips_and_never_becomes_a_formula(
    tmp_path_factory: pytest.TempPathFactory, values: list[str]
) -> None:
    path = tmp_path_factory.mktemp("inj") / "t.xlsx"
    _write(path, values)
    (sheet,) = read_xlsx(path)
    got = [row[0] if row else "" for row in sheet.rows]
    got += [""] * (len(values) - len(got))
    assert got == values
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in xml  # no cell holds a formula
    ws = openpyxl.load_workbook(path).active
    for row, value in enumerate(values, start=1):
        cell = ws.cell(row, 1)
        if value and value[0] in FORMULA_TRIGGERS:
            assert cell.data_type == "s" and cell.quotePrefix


def test_plan_texts_starting_with_formula_characters_are_safe(tmp_path: Path) -> None:
    store = make_plan(tmp_path / "p.oadesk")
    try:
        path = tmp_path / "p.xlsx"
        excel.export_workbook(store, path)
        people = openpyxl.load_workbook(path)["人员 People"]
        title = people["E3"]
        assert title.value == '=HYPERLINK("x")' and title.data_type == "s" and title.quotePrefix
        assert not excel.preview_workbook_import(store, path).has_changes
    finally:
        store.close()


@pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui",
)
def test_libreoffice_reads_the_same_values(tmp_path: Path) -> None:
    """A real spreadsheet program opens the export and sees the same values (as CSV)."""
    import csv

    store = make_plan(tmp_path / "p.oadesk")
    try:
        path = tmp_path / "plan.xlsx"
        excel.export_workbook(store, path)
    finally:
        store.close()
    ours = {s.name: s for s in read_xlsx(path)}
    out = tmp_path / "csv"
    profile = (tmp_path / "lo-profile").as_uri()
    # Filter options: comma, double quote, UTF-8, ..., sheet -1 = one CSV per sheet.
    options = "44,34,76,1,,0,false,true,false,false,false,-1"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            f"csv:Text - txt - csv (StarCalc):{options}",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    compared = dates = 0
    for name in ("人员 People", "任务 Tasks", "报名签到 Enrollments", "工单 Tickets"):
        with (out / f"plan-{name}.csv").open(encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        sheet = ours[name]
        assert rows[0] == [str(v) for v in sheet.rows[0]]
        assert len(rows) == len(sheet.rows)
        for got, want in zip(rows[1:], sheet.rows[1:], strict=True):
            width = max(len(got), len(want))
            got = got + [""] * (width - len(got))
            want = list(want) + [None] * (width - len(want))
            for g, w in zip(got, want, strict=True):
                if w is None:
                    assert g == ""
                elif isinstance(w, bool):
                    assert g.upper() == str(w).upper()
                elif isinstance(w, float | int):
                    assert float(g) == pytest.approx(float(w))
                elif isinstance(w, str):
                    assert g == w.replace("\r\n", "\n").replace("\r", "\n")
                elif isinstance(w, dt.datetime):  # a real date-time, shown in our format
                    assert g == w.isoformat(sep=" ", timespec="seconds")
                    dates += 1
                elif isinstance(w, dt.date):
                    assert g == w.isoformat()
                    dates += 1
                else:
                    raise AssertionError(f"{name}: unexpected value {w!r}")
                compared += 1
    assert compared > 50 and dates >= 5


# Texts around the column screen's own mark (¦) and its shortcuts: spaces only,
# "_x" escapes, a trigger right after the mark inside a text.
SCREEN_TEXT = st.one_of(
    TEXT,
    RISKY,
    st.sampled_from(["", " ", "   ", "a ¦=b", "¦", "_x0041_", "a_", "x", "None", "-"]),
)
CELL = st.one_of(SCREEN_TEXT, st.none(), st.integers(-5, 5))


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(st.lists(CELL, min_size=2, max_size=2), min_size=1, max_size=30))
def test_column_screen_marks_exactly_the_cells_that_need_care(rows: list[list[object]]) -> None:
    """The export screens a chunk a column at a time; it must agree with the per-cell rule."""
    from openpyxl.cell.cell import Cell

    from oa_desk.exchange.cells import _needs_care
    from oa_desk.exchange.workbook import _screen_chunk

    ws = Workbook(write_only=True).create_sheet("s")
    chunk = [list(r) for r in rows]
    _screen_chunk(ws, chunk, [0, 1])
    for before, after in zip(rows, chunk, strict=True):
        for value, cell in zip(before, after, strict=True):
            care = type(value) is str and _needs_care(value)
            assert isinstance(cell, Cell) == care, value
            if not care:
                assert cell is value
