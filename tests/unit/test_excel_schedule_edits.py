"""A plan workbook's date edits are rescheduled with the links and tasks of the same import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import text

from oa_desk.exchange.changeset import Severity
from oa_desk.exchange.problems import ProblemCode
from oa_desk.services import excel
from oa_desk.services.schedule import reschedule
from oa_desk.store import models as M
from oa_desk.store.planfile import PlanStore, create_plan, open_plan

D = dt.date
T = dt.datetime
_TASKS = "任务 Tasks"


@pytest.fixture
def chain(tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]) -> PlanStore:
    """A (5 days) then B (3 days, FS), C (2 days) on its own; ids 1, 2, 3; dates as scheduled
    (on both engines)."""
    path = tmp_path / "chain.oadesk"
    create_plan(path, name="chain", start=D(2026, 3, 2), go_live=D(2026, 6, 30))
    store = open_on_engine(path)
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


def _rows(store: PlanStore) -> dict[str, tuple[Any, ...]]:
    with store.read() as s:
        rows = s.execute(text("SELECT name, start, finish, duration FROM task")).all()
    # Text as SQLite keeps dates; PostgreSQL gives dates.
    return {r[0]: tuple(str(v) if isinstance(v, dt.date) else v for v in r[1:]) for r in rows}


def _edit(store: PlanStore, path: Path, cells: dict[str, Any]) -> excel.ImportPreview:
    excel.export_workbook(store, path)
    wb = openpyxl.load_workbook(path)
    ws = wb[_TASKS]
    assert [ws[f"{c}1"].value for c in "ADGHIK"][1:] == [
        "名称 Name",
        "开始 Start",
        "完成 Finish",
        "工期(工作日) Duration (days)",
        "前置任务 Predecessors",
    ]
    for ref, value in cells.items():
        ws[ref] = value
    wb.save(path)
    return excel.preview_workbook_import(store, path)


def _updates(preview: excel.ImportPreview) -> dict[str, dict[str, tuple[Any, Any]]]:
    return {u.label: u.fields for u in preview.tables["task"].updates}


def test_a_link_added_with_a_moved_start_moves_the_successor(
    chain: PlanStore, tmp_path: Path
) -> None:
    # C moves a fortnight later, and B now waits for C too.
    preview = _edit(chain, tmp_path / "p.xlsx", {"G4": T(2026, 3, 16), "K3": "1, 3"})
    assert preview.errors == []
    fields = _updates(preview)
    assert fields["C"]["start"] == (D(2026, 3, 2), D(2026, 3, 16))
    assert fields["B"]["start"] == (D(2026, 3, 9), D(2026, 3, 18))
    assert fields["B"]["finish"] == (D(2026, 3, 11), D(2026, 3, 20))
    (note,) = [n for n in preview.notes if n.code is ProblemCode.NOTE_TASKS_RESCHEDULED]
    assert note.params == {"count": "1", "tasks": "B"}
    excel.apply_import(chain, preview)
    after = _rows(chain)
    assert after["B"] == ("2026-03-18", "2026-03-20", 3)
    assert after["C"] == ("2026-03-16", "2026-03-17", 2)


def test_a_link_edited_alone_moves_the_successor(chain: PlanStore, tmp_path: Path) -> None:
    # No date typed: C now follows B with a 1-day lag.
    preview = _edit(chain, tmp_path / "p.xlsx", {"K4": "2FS+1d"})
    assert preview.errors == []
    assert _updates(preview)["C"] == {
        "start": (D(2026, 3, 2), D(2026, 3, 13)),
        "finish": (D(2026, 3, 3), D(2026, 3, 16)),
    }
    excel.apply_import(chain, preview)
    assert _rows(chain)["C"] == ("2026-03-13", "2026-03-16", 2)


def test_a_removed_link_lets_the_successor_move_up(chain: PlanStore, tmp_path: Path) -> None:
    preview = _edit(chain, tmp_path / "p.xlsx", {"K3": None, "G2": T(2026, 3, 9)})
    fields = _updates(preview)
    assert fields["A"]["start"] == (D(2026, 3, 2), D(2026, 3, 9))
    assert fields["B"]["start"] == (D(2026, 3, 9), D(2026, 3, 2))


def test_a_task_added_in_the_same_import_is_scheduled(chain: PlanStore, tmp_path: Path) -> None:
    # A moves a week later; a new task N (4 days) follows it.
    preview = _edit(
        chain,
        tmp_path / "p.xlsx",
        {"G2": T(2026, 3, 9), "D5": "N", "C5": 1, "I5": 4, "K5": "1"},
    )
    assert preview.errors == []
    (new,) = preview.tables["task"].inserts
    assert (new.values["start"], new.values["finish"], new.values["duration"]) == (
        D(2026, 3, 16),
        D(2026, 3, 19),
        4,
    )
    assert _updates(preview)["B"]["start"][1] == D(2026, 3, 16)
    excel.apply_import(chain, preview)
    after = _rows(chain)
    assert after["N"] == ("2026-03-16", "2026-03-19", 4)
    assert after["A"] == ("2026-03-09", "2026-03-13", 5)


def test_a_new_task_with_a_start_starts_there(chain: PlanStore, tmp_path: Path) -> None:
    preview = _edit(
        chain,
        tmp_path / "p.xlsx",
        {"D5": "N", "C5": 1, "G5": T(2026, 4, 1), "I5": 2},
    )
    assert preview.errors == []
    (new,) = preview.tables["task"].inserts
    assert (new.values["start"], new.values["finish"]) == (D(2026, 4, 1), D(2026, 4, 2))
    assert new.values["constraint_type"] == "snet"
    assert new.values["constraint_date"] == D(2026, 4, 1)
    assert "task" not in {t for t, c in preview.tables.items() if c.updates}


@pytest.fixture
def outline(tmp_path: Path) -> PlanStore:
    """Summary S over A (3 days) and B (2 days); C (1 day) on its own."""
    path = tmp_path / "outline.oadesk"
    create_plan(path, name="outline", start=D(2026, 3, 2), go_live=D(2026, 6, 30))
    store = open_plan(path, snapshot=False)
    with store.write() as s:
        top = M.Task(name="S", seq=0, duration=1)
        s.add(top)
        s.flush()
        s.add_all(
            [
                M.Task(name="A", seq=0, duration=3, parent_id=top.id),
                M.Task(name="B", seq=1, duration=2, parent_id=top.id),
                M.Task(name="C", seq=1, duration=1),
            ]
        )
    reschedule(store)
    yield store
    store.close()


@pytest.mark.parametrize(("cell", "header"), [("G2", "开始 Start"), ("H2", "完成 Finish")])
def test_a_date_typed_on_a_summary_is_a_warning_naming_its_cell(
    outline: PlanStore, tmp_path: Path, cell: str, header: str
) -> None:
    preview = _edit(outline, tmp_path / "p.xlsx", {cell: T(2026, 5, 4)})
    assert preview.errors == []
    (warning,) = [p for p in preview.problems if p.code is ProblemCode.SUMMARY_DATES_ROLLED_UP]
    assert warning.severity is Severity.WARNING
    assert (warning.sheet, warning.cell, warning.header) == (_TASKS, cell, header)
    assert warning.params["task"] == "S"
    assert warning.params == {"task": "S", "start": "2026-03-02", "finish": "2026-03-04"}
    # The roll-up stands: nothing moves.
    assert not preview.has_changes


def test_not_one_of_lists_labels_and_codes_still_read(chain: PlanStore, tmp_path: Path) -> None:
    preview = _edit(chain, tmp_path / "p.xlsx", {"E2": "Launch", "E3": "implement"})
    (error,) = preview.errors
    assert (error.cell, error.code) == ("E2", ProblemCode.NOT_ONE_OF)
    assert error.params["choices"] == "prepare, implement, optimise"  # neutral: codes
    assert error.reason == "'Launch' is not one of: Prepare, Implement, Optimise"


def test_choices_shown_in_each_language() -> None:
    from oa_desk.exchange.labels import choices_shown

    assert choices_shown("prepare, implement, optimise", "zh_CN") == "准备, 实施, 优化"
    assert choices_shown("leadership, key_user, end_user", "en") == (
        "Leadership, Key user, End user"
    )
    assert choices_shown("FS, SS, FF, SF", "zh_CN") == "FS, SS, FF, SF"  # shown as codes


def test_new_rows_under_a_new_summary_roll_up(chain: PlanStore, tmp_path: Path) -> None:
    preview = _edit(
        chain,
        tmp_path / "p.xlsx",
        {"D5": "N", "C5": 1, "D6": "M", "C6": 2, "I6": 3, "K6": "1"},
    )
    assert preview.errors == []
    new = {i.label: i.values for i in preview.tables["task"].inserts}
    dates = {k: (v["start"], v["finish"], v["duration"]) for k, v in new.items()}
    assert dates["M"] == (D(2026, 3, 9), D(2026, 3, 11), 3)
    assert dates["N"] == (D(2026, 3, 9), D(2026, 3, 11), 3)
    excel.apply_import(chain, preview)
    assert _rows(chain)["N"] == ("2026-03-09", "2026-03-11", 3)


def test_a_calendar_edited_in_the_same_import_reschedules(chain: PlanStore, tmp_path: Path) -> None:
    path = tmp_path / "p.xlsx"
    excel.export_workbook(chain, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["日历 Calendars"]
    assert ws["C1"].value == "工作日(周一至周日) Working weekdays (Mon-Sun)"
    ws["C2"] = "1111110"  # Saturdays are working days now
    wb.save(path)
    preview = excel.preview_workbook_import(chain, path)
    assert preview.errors == []
    assert _updates(preview) == {
        "B": {
            "start": (D(2026, 3, 9), D(2026, 3, 7)),
            "finish": (D(2026, 3, 11), D(2026, 3, 10)),
        }
    }
