"""Plan workbooks that went through LibreOffice, WPS or a CSV come back as they were edited."""

from __future__ import annotations

import csv
import datetime as dt
import re
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import text

from oa_desk.domain import enums as E
from oa_desk.exchange.changeset import Severity
from oa_desk.exchange.labels import CODES_SHOWN, LABELS, enum_label
from oa_desk.exchange.problems import ProblemCode
from oa_desk.exchange.spec import SHEETS
from oa_desk.services import excel
from oa_desk.services.schedule import reschedule
from oa_desk.store import models as M
from oa_desk.store.planfile import PlanStore, create_plan, open_plan
from tests.unit.excel_fixtures import make_plan


@pytest.fixture
def store(tmp_path: Path) -> PlanStore:
    s = make_plan(tmp_path / "plan.oadesk")
    yield s
    s.close()


_BOOL = re.compile(rb'<c r="([A-Z]+[0-9]+)" t="b"><v>([01])</v></c>')


def as_libreoffice_without_values(src: Path, dst: Path, *, constant: bool = True) -> int:
    """``src`` with every boolean cell a LibreOffice ``TRUE()``/``FALSE()`` formula whose
    value was never calculated (as a tool that does not recalculate leaves it); not
    ``constant``: a formula whose value takes a calculation (``NOT(FALSE())``)."""
    count = 0

    def formula(m: re.Match[bytes]) -> bytes:
        nonlocal count
        count += 1
        fn = b"TRUE()" if m[2] == b"1" else b"FALSE()"
        if not constant:
            fn = b"NOT(FALSE())" if m[2] == b"1" else b"NOT(TRUE())"
        return b'<c r="' + m[1] + b'" s="0" t="b"><f aca="false">' + fn + b"</f></c>"

    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename.startswith("xl/worksheets/"):
                data = _BOOL.sub(formula, data)
            zout.writestr(item, data)
    return count


@pytest.mark.parametrize("constant", [True, False])
def test_formulas_without_values_keep_the_plan_and_name_their_cells(
    store: PlanStore, tmp_path: Path, constant: bool
) -> None:
    exported = tmp_path / "plan.xlsx"
    excel.export_workbook(store, exported)
    saved = tmp_path / "lo.xlsx"
    blanks = as_libreoffice_without_values(exported, saved, constant=constant)
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
    if constant:  # TRUE() and FALSE() are read as their values: nothing to warn about
        assert warned == set()
        return
    assert ("人员 People", "I4") in warned  # 王五 stays inactive
    assert ("批次 Waves", "D2") in warned  # the pilot stays the pilot
    assert len(warned) == blanks


def test_a_new_row_with_a_formula_without_value_is_refused(
    store: PlanStore, tmp_path: Path
) -> None:
    exported = tmp_path / "plan.xlsx"
    excel.export_workbook(store, exported)
    wb = openpyxl.load_workbook(exported)
    wb["人员 People"].append([None, "00999", "新人", "", "", "", "", "普通用户", "=NOT(FALSE())"])
    wb.save(exported)
    preview = excel.preview_workbook_import(store, exported)
    (problem,) = preview.errors
    assert problem.code is ProblemCode.FORMULA_WITHOUT_VALUE_NEW and problem.cell == "I5"


D = dt.date


@pytest.fixture
def chain(tmp_path: Path) -> PlanStore:
    """Three tasks: A (5 days) then B (3 days, FS), and C on its own; dates as scheduled."""
    path = tmp_path / "chain.oadesk"
    create_plan(path, name="chain", start=D(2026, 3, 2), go_live=D(2026, 6, 30))
    store = open_plan(path, snapshot=False)
    with store.write() as s:
        a = M.Task(name="A", seq=0, duration=5)
        b = M.Task(name="B", seq=1, duration=3)
        c = M.Task(name="C", seq=2, duration=2)
        s.add_all([a, b, c])
        s.flush()
        s.add(M.Dependency(predecessor_id=a.id, successor_id=b.id))
    reschedule(store)
    yield store
    store.close()


def _task_dates(store: PlanStore) -> dict[str, tuple[Any, ...]]:
    with store.read() as s:
        rows = s.execute(
            text("SELECT name, start, finish, duration, constraint_type FROM task")
        ).all()
    return {r[0]: tuple(r[1:]) for r in rows}


def test_a_moved_start_moves_the_task_and_its_successors(chain: PlanStore, tmp_path: Path) -> None:
    assert _task_dates(chain)["B"][:2] == ("2026-03-09", "2026-03-11")
    path = tmp_path / "plan.xlsx"
    excel.export_workbook(chain, path)
    wb = openpyxl.load_workbook(path)
    tasks = wb["任务 Tasks"]
    assert tasks["D2"].value == "A" and tasks["G1"].value == "开始 Start"
    tasks["G2"] = dt.datetime(2026, 3, 9)  # only the start: "move A a week later"
    wb.save(path)
    preview = excel.preview_workbook_import(chain, path)
    assert preview.errors == []
    by_label = {u.label: u.fields for u in preview.tables["task"].updates}
    assert by_label["A"]["start"] == (D(2026, 3, 2), D(2026, 3, 9))
    assert by_label["A"]["finish"] == (D(2026, 3, 6), D(2026, 3, 13))
    assert "duration" not in by_label["A"]
    assert by_label["A"]["constraint_type"][1] == "snet"
    assert by_label["B"]["start"] == (D(2026, 3, 9), D(2026, 3, 16))
    assert by_label["B"]["finish"] == (D(2026, 3, 11), D(2026, 3, 18))
    assert "C" not in by_label
    (note,) = [n for n in preview.notes if n.code is ProblemCode.NOTE_TASKS_RESCHEDULED]
    assert note.params == {"count": "1", "tasks": "B"}
    excel.apply_import(chain, preview)
    after = _task_dates(chain)
    assert after["A"] == ("2026-03-09", "2026-03-13", 5, "snet")
    assert after["B"][:3] == ("2026-03-16", "2026-03-18", 3)
    assert after["C"][:2] == ("2026-03-02", "2026-03-03")


@pytest.mark.parametrize(
    ("typed", "start", "finish", "warning"),
    [
        # Wednesday: A's five days now cross a weekend, and stay five.
        (dt.datetime(2026, 3, 4), D(2026, 3, 4), D(2026, 3, 10), None),
        # Saturday: the next working day, and a warning saying so (not "the links").
        (
            dt.datetime(2026, 3, 7),
            D(2026, 3, 9),
            D(2026, 3, 13),
            ProblemCode.START_NOT_WORKING_DAY,
        ),
    ],
)
def test_a_start_moved_across_days_off_keeps_the_duration(
    chain: PlanStore,
    tmp_path: Path,
    typed: dt.datetime,
    start: dt.date,
    finish: dt.date,
    warning: ProblemCode | None,
) -> None:
    path = tmp_path / "plan.xlsx"
    excel.export_workbook(chain, path)
    wb = openpyxl.load_workbook(path)
    wb["任务 Tasks"]["G2"] = typed  # only A's start
    wb.save(path)
    preview = excel.preview_workbook_import(chain, path)
    assert preview.errors == []
    assert [(p.row, p.column, p.code) for p in preview.warnings] == (
        [(2, "G", warning)] if warning else []
    )
    excel.apply_import(chain, preview)
    assert _task_dates(chain)["A"][:3] == (start.isoformat(), finish.isoformat(), 5)


def test_a_moved_finish_changes_the_duration(chain: PlanStore, tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    excel.export_workbook(chain, path)
    wb = openpyxl.load_workbook(path)
    wb["任务 Tasks"]["H2"] = dt.datetime(2026, 3, 10)  # A ends two working days later
    wb.save(path)
    preview = excel.preview_workbook_import(chain, path)
    by_label = {u.label: u.fields for u in preview.tables["task"].updates}
    assert by_label["A"] == {
        "finish": (D(2026, 3, 6), D(2026, 3, 10)),
        "duration": (5, 7),
    }
    assert by_label["B"]["start"][1] == D(2026, 3, 11)


def _sheet_as_csv(xlsx: Path, title: str, dst: Path, edit: dict[str, Any]) -> None:
    """One sheet saved as CSV the way a spreadsheet's "Save As CSV" writes it: texts only."""
    ws = openpyxl.load_workbook(xlsx)[title]
    for ref, value in edit.items():
        ws[ref] = value
    rows = []
    for row in ws.iter_rows(values_only=True):
        cells = []
        for value in row:
            if isinstance(value, dt.datetime):
                value = value.date().isoformat()
            elif isinstance(value, bool):
                value = "TRUE" if value else "FALSE"
            cells.append("" if value is None else str(value))
        rows.append(cells)
    with dst.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)


def test_a_sheet_saved_as_csv_is_matched_by_its_ids(store: PlanStore, tmp_path: Path) -> None:
    exported = tmp_path / "plan.xlsx"
    excel.export_workbook(store, exported)
    saved = tmp_path / "tasks.csv"
    _sheet_as_csv(exported, "任务 Tasks", saved, {"D3": "需求调研(改名)"})
    assert excel.is_plan_workbook(saved)
    preview = excel.preview_workbook_import(store, saved)
    assert preview.errors == []
    assert list(preview.tables) == ["task"]
    changes = preview.tables["task"]
    assert changes.inserts == []
    assert [(u.id, u.fields) for u in changes.updates] == [
        (2, {"name": ("需求调研", "需求调研(改名)")})
    ]
    assert "dependency" not in preview.tables  # no duplicate links
    excel.apply_import(store, preview)
    with store.read() as s:
        assert s.execute(text("SELECT count(*) FROM task")).scalar() == 4
        assert s.execute(text("SELECT name FROM task WHERE id = 2")).scalar() == "需求调研(改名)"


def test_a_roster_csv_is_no_plan_sheet(tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text("工号,姓名,部门\n001,张三,财务部\n", encoding="utf-8")
    assert not excel.is_plan_workbook(roster)


def test_every_enumeration_has_a_label_in_both_languages() -> None:
    enums = {c.enum for s in SHEETS for c in s.columns if c.enum is not None}
    for enum in enums:
        if enum.__name__ in CODES_SHOWN:
            assert enum.__name__ not in LABELS
            continue
        labels = LABELS[enum.__name__]
        assert set(labels) == {m.value for m in enum}, enum.__name__
        for lang in (0, 1):
            texts = [pair[lang].lower() for pair in labels.values()]
            assert len(set(texts)) == len(texts), enum.__name__
            assert not any("," in t for t in texts)
    assert enum_label(E.Phase, "prepare", "zh_CN") == "准备"
    assert enum_label(E.Phase, "prepare", "en") == "Prepare"
    assert enum_label(E.Phase, "prepare", None) == "prepare"


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_cells_and_drop_downs_show_labels_that_re_import(
    store: PlanStore, tmp_path: Path, language: str
) -> None:
    path = tmp_path / "plan.xlsx"
    excel.export_workbook(store, path, language=language)
    wb = openpyxl.load_workbook(path)
    tasks = wb["任务 Tasks"]
    assert tasks["E2"].value == ("准备" if language == "zh_CN" else "Prepare")
    phase = next(dv for dv in tasks.data_validations.dataValidation if "E2" in dv.sqref)
    zh = language == "zh_CN"
    assert phase.formula1 == ('"准备,实施,优化"' if zh else '"Prepare,Implement,Optimise"')
    people = wb["人员 People"]
    assert people["H2"].value == ("关键用户" if zh else "Key user")
    preview = excel.preview_workbook_import(store, path)
    assert preview.problems == [] and not preview.has_changes
    # A label of the other language reads too.
    tasks["E3"] = "Implement" if zh else "实施"
    wb.save(path)
    preview = excel.preview_workbook_import(store, path)
    assert [(u.id, u.fields) for u in preview.tables["task"].updates] == [
        (2, {"phase": ("prepare", "implement")})
    ]


def test_every_sheet_prints_on_a4_readably(store: PlanStore, tmp_path: Path) -> None:
    """A4, fit to width, the header on every page; a sheet too wide for one page at
    two thirds of its size spreads over pages side by side with its ID and name
    columns on each, a narrow one prints portrait."""
    from oa_desk.exchange.printing import PAGE_CHARS, PORTRAIT_CHARS

    path = tmp_path / "plan.xlsx"
    excel.export_workbook(store, path, language="zh_CN")
    wb = openpyxl.load_workbook(path)
    seen = set()
    for ws in wb.worksheets:
        assert ws.sheet_properties.pageSetUpPr.fitToPage is True, ws.title
        setup = ws.page_setup
        assert setup.paperSize == 9 and setup.fitToHeight == 0, ws.title
        assert ws.print_title_rows == "$1:$1", ws.title
        width = sum(ws.column_dimensions[c.column_letter].width or 8.43 for c in ws[1])
        pages = setup.fitToWidth
        if width > PAGE_CHARS:
            assert pages > 1 and ws.print_title_cols, ws.title
            assert width / pages <= PAGE_CHARS, ws.title
            seen.add("wide")
        else:
            assert pages == 1, ws.title
        portrait = width <= PORTRAIT_CHARS
        assert setup.orientation == ("portrait" if portrait else "landscape"), ws.title
        seen.add("portrait" if portrait else "landscape")
    assert seen == {"wide", "portrait", "landscape"}
    assert wb["任务 Tasks"].print_title_cols == "$A:$D"  # ID, WBS, outline level, name


def _sheet_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return {
            ws.title: list(ws.iter_rows(values_only=True))
            for ws in book.worksheets
            if ws.title != "关于 About"  # holds the time of the export
        }
    finally:
        book.close()


def test_a_workbook_seeds_a_new_empty_plan_with_its_ids(
    tmp_path: Path, open_on_engine: Any
) -> None:
    source = make_plan(tmp_path / "source.oadesk")
    exported = tmp_path / "source.xlsx"
    try:
        reschedule(source)  # the fixture's dates as typed; a plan's are scheduled
        excel.export_workbook(source, exported)
    finally:
        source.close()
    create_plan(tmp_path / "copy.oadesk", name="空计划", start=dt.date(2026, 1, 5))
    copy = open_on_engine(tmp_path / "copy.oadesk")
    try:
        preview = excel.preview_workbook_import(copy, exported)
        assert preview.errors == []
        assert sum(len(t.inserts) for t in preview.tables.values()) > 20
        excel.apply_import(copy, preview)
        again = tmp_path / "copy.xlsx"
        excel.export_workbook(copy, again)
        # Every sheet as the source's, ids and the references that name them included.
        assert _sheet_rows(again) == _sheet_rows(exported)
        reread = excel.preview_workbook_import(copy, exported)
        assert reread.errors == []
        assert not any(t.inserts or t.updates for t in reread.tables.values())
    finally:
        copy.close()


def test_links_in_both_the_tasks_and_the_dependencies_sheet_must_agree(tmp_path: Path) -> None:
    source = make_plan(tmp_path / "source.oadesk")
    exported = tmp_path / "source.xlsx"
    try:
        excel.export_workbook(source, exported)
    finally:
        source.close()
    book = openpyxl.load_workbook(exported)
    deps = book["依赖 Dependencies"]
    assert deps.max_row >= 2
    deps.cell(2, 5).value = 3  # the lag: the Tasks sheet's predecessor text says otherwise
    book.save(exported)
    create_plan(tmp_path / "copy.oadesk", name="空计划", start=dt.date(2026, 1, 5))
    copy = open_plan(tmp_path / "copy.oadesk")
    try:
        preview = excel.preview_workbook_import(copy, exported)
        assert [(p.sheet, p.row, p.code) for p in preview.errors] == [
            ("依赖 Dependencies", 2, ProblemCode.LINKS_EDITED_TWICE)
        ]
    finally:
        copy.close()


def test_a_renamed_sheet_is_found_by_its_headers_and_another_sheet_is_named(
    store: PlanStore, tmp_path: Path
) -> None:
    exported = tmp_path / "plan.xlsx"
    excel.export_workbook(store, exported)
    wb = openpyxl.load_workbook(exported)
    wb["任务 Tasks"].title = "任务清单"
    wb["任务清单"]["D3"] = "需求调研(改名)"
    wb.create_sheet("我的备注")["A1"] = "周会上再确认"
    wb.save(exported)
    preview = excel.preview_workbook_import(store, exported)
    assert preview.errors == []
    assert [(u.id, u.fields) for u in preview.tables["task"].updates] == [
        (2, {"name": ("需求调研", "需求调研(改名)")})
    ]
    notes = {n.code: n.params for n in preview.notes}
    assert notes[ProblemCode.NOTE_SHEET_BY_HEADERS] == {"name": "任务清单", "sheet": "任务 Tasks"}
    assert notes[ProblemCode.NOTE_SHEET_LEFT_OUT] == {"name": "我的备注"}


def test_merged_cells_read_as_the_value_they_show(store: PlanStore, tmp_path: Path) -> None:
    exported = tmp_path / "plan.xlsx"
    excel.export_workbook(store, exported)
    wb = openpyxl.load_workbook(exported)
    people = wb["人员 People"]
    assert people["H1"].value == "培训层级 Audience tier" and people["H2"].value == "key_user"
    people.merge_cells("H2:H3")  # both rows show row 2's tier; row 3's cell is emptied
    wb.save(exported)
    preview = excel.preview_workbook_import(store, exported)
    assert preview.errors == []
    assert [(u.id, u.fields) for u in preview.tables["person"].updates] == [
        (2, {"tier": ("leadership", "key_user")})
    ]


@pytest.mark.parametrize(
    ("new", "same"),
    [
        (dt.datetime(2026, 9, 28, 9, 48, 26), True),  # a CSV's seconds
        (dt.datetime(2026, 9, 28, 9, 48), True),  # a CSV shown to the minute
        (dt.datetime(2026, 9, 28, 9, 48, 27), False),
        (dt.datetime(2026, 9, 28, 9, 49), False),
        (dt.datetime(2026, 9, 28, 9, 48, 26, 500), False),  # finer than shown: an edit
    ],
)
def test_a_time_compares_at_the_precision_the_sheet_shows(new: dt.datetime, same: bool) -> None:
    from oa_desk.exchange.changeset import same_value
    from oa_desk.exchange.sheet_spec import ColType

    stored = dt.datetime(2026, 9, 28, 9, 48, 26, 358_000)
    assert same_value(stored, new, ColType.DATETIME) is same


def test_an_owner_number_without_its_leading_zeros_names_the_one_person_it_can(
    store: PlanStore, tmp_path: Path
) -> None:
    exported = tmp_path / "plan.xlsx"
    excel.export_workbook(store, exported)
    saved = tmp_path / "tasks.csv"
    # A CSV opened and saved in LibreOffice: "00124" comes back as 124.
    _sheet_as_csv(exported, "任务 Tasks", saved, {"L4": 124})
    preview = excel.preview_workbook_import(store, saved)
    assert preview.errors == []
    assert [(u.id, u.fields) for u in preview.tables["task"].updates] == [
        (3, {"owner_id": (None, 2)})
    ]


def test_a_workbook_of_another_plan_is_warned_about(store: PlanStore, tmp_path: Path) -> None:
    other = make_plan(tmp_path / "other.oadesk")
    theirs, ours = tmp_path / "other.xlsx", tmp_path / "plan.xlsx"
    try:
        excel.export_workbook(other, theirs)
    finally:
        other.close()
    excel.export_workbook(store, ours)

    def other_plan(preview: Any) -> list[tuple[str, str | None]]:
        return [(p.sheet, p.cell) for p in preview.warnings if p.code is ProblemCode.OTHER_PLAN]

    assert other_plan(excel.preview_workbook_import(store, theirs)) == [("关于 About", "B6")]
    assert other_plan(excel.preview_workbook_import(store, ours)) == []
    create_plan(tmp_path / "new.oadesk", name="新计划", start=dt.date(2026, 1, 5))
    new = open_plan(tmp_path / "new.oadesk")
    try:  # a new, empty plan seeded from it: nothing of its own is matched by ID
        assert other_plan(excel.preview_workbook_import(new, theirs)) == []
    finally:
        new.close()


def test_a_title_row_above_the_header_is_passed_over_and_rows_keep_their_numbers(
    store: PlanStore, tmp_path: Path
) -> None:
    exported = tmp_path / "plan.xlsx"
    excel.export_workbook(store, exported)
    wb = openpyxl.load_workbook(exported)
    tasks = wb["任务 Tasks"]
    tasks.insert_rows(1)
    tasks["A1"] = "集团OA推广 任务清单（2026年3月）"
    assert tasks["D5"].value == "启动会" and tasks["J1"].value is None
    tasks["D5"] = "项目启动会"
    tasks["J6"] = "八十"  # the progress of the row below: an error on row 6
    wb.save(exported)
    preview = excel.preview_workbook_import(store, exported)
    assert [(p.sheet, p.cell) for p in preview.errors] == [("任务 Tasks", "J6")]
    wb["任务 Tasks"]["J6"] = 0
    wb.save(exported)
    preview = excel.preview_workbook_import(store, exported)
    assert preview.errors == []
    assert [(u.id, u.row, u.fields) for u in preview.tables["task"].updates] == [
        (3, 5, {"name": ("启动会", "项目启动会")})
    ]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ([1, 2, 3, 4], [1, 2, 3, 4]),  # unchanged
        ([1, 3, 2, 4], [1, 2, 3, 4]),  # two rows swapped: those two change
        ([4, 1, 2, 3], [0, 1, 2, 3]),  # the last row moved first: it alone changes
        ([1, None, 2], [0, 1, 2]),  # a new row between neighbours: numbered afresh
        ([1, None, 5], [1, 2, 5]),  # a new row where there is room
    ],
)
def test_sibling_order_numbers_change_only_where_rows_moved(
    old: list[int | None], new: list[int]
) -> None:
    from oa_desk.exchange.plan_import.tree import assign_seq

    assert assign_seq(old) == new
