"""The Training page: sign-in by keyboard with undo, enrolment by rule through its preview,
a refused session explained, the coverage matrix and its missing list."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from oa_desk.domain.enums import Attendance, AudienceTier, SessionStatus
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.training.page import COVERAGE, TrainingPage
from oa_desk.services import training
from oa_desk.services.demo import generate_demo
from oa_desk.store.planfile import open_plan


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("training-gui") / "demo.oadesk"
    # As of a fixed day: the demo's planned sessions with people depend on "today".
    generate_demo(path, scale=1, today=dt.date(2026, 12, 3))
    return path


@pytest.fixture
def page(qtbot: Any, demo_master: Path, tmp_path: Path) -> Iterator[TrainingPage]:
    path = tmp_path / "plan.oadesk"
    shutil.copyfile(demo_master, path)
    store = open_plan(path, snapshot=False)
    doc = PlanDocument(store)
    widget = TrainingPage(None)
    qtbot.addWidget(widget)
    doc.changed.connect(widget.on_changed)
    widget.set_document(doc)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    doc.close()


def _open_session(page: TrainingPage, *, with_people: bool) -> int:
    tab = page.sessions_tab
    page.tabs.setCurrentIndex(1)
    for row, values in enumerate(tab.sessions.rows):
        if (values[8] > 0) == with_people and values[7] is SessionStatus.PLANNED:
            tab.session_view.setCurrentIndex(tab.sessions.index(row, 0))
            return int(values[0])
    raise AssertionError("no such session in the demo")


def test_models_pass_the_model_tester(page: TrainingPage, qtmodeltester: Any) -> None:
    _open_session(page, with_people=True)
    page.tabs.setCurrentIndex(COVERAGE)
    for model in (
        page.courses,
        page.sessions_tab.sessions,
        page.sessions_tab.roster,
        page.coverage_tab.coverage,
    ):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_attendance_by_keyboard_moves_down_and_undoes(qtbot: Any, page: TrainingPage) -> None:
    _open_session(page, with_people=True)
    tab = page.sessions_tab
    view = tab.roster_view
    view.setFocus()
    view.setCurrentIndex(tab.roster.index(0, 0))
    before = [r[4] for r in tab.roster.rows[:3]]
    qtbot.keyClick(view, Qt.Key.Key_P)
    qtbot.keyClick(view, Qt.Key.Key_L)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert [r[4] for r in tab.roster.rows[:4]][:2] == [Attendance.PRESENT, Attendance.LATE]
    assert tab.roster.rows[3][4] is Attendance.ABSENT
    assert view.currentIndex().row() == 4
    doc = page.document()
    assert doc is not None and doc.undo_stack.count() == 3
    assert doc.undo_stack.undoText() == "Record attendance"
    for _ in range(3):
        doc.undo_stack.undo()
    assert [r[4] for r in tab.roster.rows[:3]] == before


def test_a_score_out_of_range_is_refused_with_a_message(page: TrainingPage) -> None:
    _open_session(page, with_people=True)
    tab = page.sessions_tab
    doc = page.document()
    assert doc is not None
    errors: list[BaseException] = []
    doc.failed.connect(errors.append)
    index = tab.roster.index(0, 5)
    assert not tab.roster.setData(index, "120")
    assert "between 0 and 100" in str(errors[-1])
    assert tab.roster.setData(index, "88")
    assert tab.roster.rows[0][5] == 88.0


def test_enrol_by_rule_previews_then_adds_and_undo_takes_all_back(page: TrainingPage) -> None:
    doc = page.document()
    assert doc is not None
    start = dt.datetime.now() + dt.timedelta(days=30)
    values = {
        "course_id": page.courses.rows[0][0],
        "starts_at": start,
        "ends_at": start + dt.timedelta(hours=2),
        "capacity": 10,
    }
    training.save_session(doc.store, None, values)
    page.reload()
    session = _open_session(page, with_people=False)
    dialog = page.rule_dialog()
    assert dialog is not None
    dialog.set_tier(AudienceTier.END_USER)
    top = next(d for d, parent, _n, _depth in page._coverage_departments() if parent is None)
    dialog.check(top)
    preview = dialog.preview
    assert preview is not None and len(preview.people) == dialog.people.rowCount() > 0
    assert str(len(preview.people)) in dialog.summary.text()
    dialog.show()
    page.enrol_by_rule(dialog)
    dialog.close()
    tab = page.sessions_tab
    assert tab.current_session() == session
    assert tab.roster.rowCount() == len(preview.people)
    waiting = sum(1 for r in tab.roster.rows if r[8])
    assert waiting == preview.waiting
    assert doc.undo_stack.undoText() == "Enrol by rule"
    doc.undo_stack.undo()
    assert tab.roster.rowCount() == 0
    doc.undo_stack.redo()
    assert tab.roster.rowCount() == len(preview.people)


def test_a_past_planned_session_is_refused_and_explained(page: TrainingPage) -> None:
    doc = page.document()
    assert doc is not None
    errors: list[BaseException] = []
    doc.failed.connect(errors.append)
    from oa_desk.gui.training import operations

    course = page.courses.rows[0][0]
    start = dt.datetime.now() - dt.timedelta(days=3)
    values = {"course_id": course, "starts_at": start, "ends_at": start + dt.timedelta(hours=1)}
    assert operations.save_session(doc, None, values) is None
    assert "already over" in str(errors[-1])
    assert doc.undo_stack.count() == 0


def test_coverage_cell_lists_who_is_missing(page: TrainingPage) -> None:
    page.tabs.setCurrentIndex(COVERAGE)
    QApplication.processEvents()
    assert page.coverage_tab.coverage.rowCount() > 1
    column = 1 + list(AudienceTier).index(AudienceTier.END_USER)
    page.coverage_tab.show_missing(0, column)
    doc = page.document()
    assert doc is not None
    total = training.coverage(doc.store).total(AudienceTier.END_USER)
    assert page.coverage_tab.missing.rowCount() == min(total.missing, 5000)
    assert str(total.missing) in page.coverage_tab.missing_title.text()


def test_sign_in_import_and_calendar_export_from_the_page(
    page: TrainingPage, tmp_path: Path
) -> None:
    import icalendar

    _open_session(page, with_people=True)
    tab = page.sessions_tab
    numbers = [r[1] for r in tab.roster.rows[:2]]
    csv = tmp_path / "signin.csv"
    csv.write_bytes(
        f"培训签到表\r\n工号,姓名,出勤\r\n{numbers[0]},,迟到\r\n{numbers[1]},,缺席\r\nX1,无名,出席\r\n".encode(
            "gbk"
        )
    )
    page.import_signin(csv, ask=False)
    dialog = page.last_signin_dialog
    assert dialog is not None and dialog.problems.rowCount() == 1  # type: ignore[attr-defined]
    got = {r[1]: r[4] for r in tab.roster.rows}
    assert (got[numbers[0]], got[numbers[1]]) == (Attendance.LATE, Attendance.ABSENT)
    doc = page.document()
    assert doc is not None and doc.undo_stack.undoText() == "Import sign-in sheet"
    ics = tmp_path / "training.ics"
    page.export_calendar(ics)
    cal = icalendar.Calendar.from_ical(ics.read_bytes())
    assert len(cal.walk("VEVENT")) == len(tab.sessions.rows)
    page.export_trainer_calendars(tmp_path)
    assert len(list(tmp_path.glob("*.ics"))) > 1


def test_the_calendar_marks_clashes_by_week_and_month(
    page: TrainingPage, qtmodeltester: Any
) -> None:
    from oa_desk.gui.training.calendar_tab import MONTH, WEEK
    from oa_desk.gui.training.page import CALENDAR

    doc = page.document()
    assert doc is not None
    course = page.courses.rows[0][0]
    day = dt.date.today() + dt.timedelta(days=60)
    start = dt.datetime.combine(day, dt.time(9, 0))
    for location in ("第九会议室", "第九会议室"):  # one room, twice at once
        training.save_session(
            doc.store,
            None,
            {
                "course_id": course,
                "starts_at": start,
                "ends_at": start + dt.timedelta(hours=2),
                "location": location,
            },
        )
    page.tabs.setCurrentIndex(CALENDAR)
    cal = page.calendar_tab
    cal.go_to(day)
    cal.set_mode(WEEK)
    assert cal.model.rowCount() == 1
    qtmodeltester.check(cal.model)
    index = cal.model.index(0, day.weekday())
    assert "⚠" in index.data() and "第九会议室" in index.data()
    assert "booked twice" in index.data(Qt.ItemDataRole.ToolTipRole)
    cal.set_mode(MONTH)
    assert cal.model.rowCount() in (4, 5, 6)
    assert len(cal.model.clashing()) >= 2


def test_the_charts_draw_from_the_plan(qtbot: Any, page: TrainingPage) -> None:
    from oa_desk.charts.style import PRINT
    from oa_desk.charts.training import build_by_department, build_over_time
    from oa_desk.gui.training.page import CHARTS, department_shares

    doc = page.document()
    assert doc is not None
    with qtbot.waitSignal(page.time_chart.drawn, timeout=20000):
        page.tabs.setCurrentIndex(CHARTS)
    series = training.trained_share_series(doc.store)
    assert not series.empty
    fig = build_over_time(series, PRINT, page._chart_texts())
    assert len(fig.axes[0].get_lines()) >= 2
    shares = department_shares(training.coverage(doc.store))
    assert shares.names
    fig = build_by_department(shares, PRINT, page._chart_texts())
    assert len(fig.axes[0].patches) == 3 * len(shares.names)


def test_one_persons_attendance_and_everyones_to_excel(page: TrainingPage, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from oa_desk.gui.training.page import PEOPLE

    page.tabs.setCurrentIndex(PEOPLE)
    picker = page.person_tab.picker
    _open_session(page, with_people=True)
    number = page.sessions_tab.roster.rows[0][1]
    page.tabs.setCurrentIndex(PEOPLE)
    picker.setText(number)
    picker.search_now()
    picker.pick(0)
    rows = page.person_tab.model.rows
    assert rows and all(r[1] == number for r in rows)
    out = tmp_path / "attendance.xlsx"
    page.export_attendance(out)
    sheet = load_workbook(out, read_only=True).worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:3] == ("Employee no.", "Name", "Department")
    doc = page.document()
    assert doc is not None
    with doc.store.read() as s:
        from sqlalchemy import func, select

        from oa_desk.store import models as m

        total = s.execute(select(func.count()).select_from(m.Enrollment)).scalar_one()
    assert len(values) == total + 1
    assert any(v[0] == number for v in values[1:])


def test_course_dialog_ticks_prerequisites_saved_in_one_undo_step(
    qtbot: Any, page: TrainingPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    from oa_desk.gui.training import page as page_module
    from oa_desk.gui.training.dialogs import CourseDialog

    doc = page.document()
    assert doc is not None
    first, second = page.courses.rows[0], page.courses.rows[1]
    seen: list[CourseDialog] = []

    def tick(dialog: CourseDialog) -> int:
        seen.append(dialog)
        names = [dialog.required.item(i).text() for i in range(dialog.required.count())]
        assert first[1] not in names  # never itself
        item = dialog.required.item(names.index(second[1]))
        item.setCheckState(Qt.CheckState.Checked)
        return int(page_module.QDialog.DialogCode.Accepted)

    monkeypatch.setattr(CourseDialog, "exec", tick)
    page.edit_course(first[0])
    assert seen and doc.undo_stack.undoText() == "Edit course"
    row = next(r for r in page.courses.rows if r[0] == first[0])
    assert row[10] == (second[0],)
    column = 6  # Prerequisites
    shown = page.courses.data(page.courses.index(page.courses.rows.index(row), column))
    assert second[1] in shown
    doc.undo_stack.undo()
    assert next(r for r in page.courses.rows if r[0] == first[0])[10] == ()
    doc.undo_stack.redo()
    assert next(r for r in page.courses.rows if r[0] == first[0])[10] == (second[0],)


def test_the_overview_has_the_training_tile(
    qtbot: Any, window: Any, demo_master: Path, tmp_path: Path
) -> None:
    from oa_desk.gui.training.tile import TrainingTile

    path = tmp_path / "tile.oadesk"
    shutil.copyfile(demo_master, path)
    assert window.open_path(path)
    tiles = [t for t in window.page("overview").tiles() if isinstance(t, TrainingTile)]
    assert len(tiles) == 1
    tile = tiles[0]
    from oa_desk.services.plan import status_date

    store = window.doc.store
    today = status_date(store)
    totals = training.coverage(store)  # the SQLAlchemy reads: the tile's raw ones agree
    blocked = training.no_account(store, today, 14)
    assert f"{len(blocked)} people without training" in tile.summary.text()
    shown = [tile.list.item(i).text() for i in range(tile.list.count())]
    for tier in AudienceTier:
        cell = totals.total(tier)
        assert any(f"{cell.passed} of {cell.required} passed" in s for s in shown), tier
    tile.open_button.click()
    assert window.stack.currentWidget().findChild(TrainingPage) is not None


def test_the_session_dialog_form_shows_a_session_and_gives_its_values(
    page: TrainingPage,
) -> None:
    from oa_desk.gui.training.session_dialog import SessionDialog

    row = page.sessions_tab.sessions.rows[0]
    courses = [(r[0], r[1]) for r in page.courses.rows]
    dialog = SessionDialog(page, courses, None, row)
    values = dialog.values()
    assert (values["course_id"], values["starts_at"], values["ends_at"]) == (row[10], *row[2:4])
    assert (values["location"], values["capacity"], values["status"]) == (row[4], row[6], row[7])
    assert values["trainer_id"] == row[11]
    fresh = SessionDialog(page, courses, None, course_id=courses[-1][0]).values()
    assert fresh["course_id"] == courses[-1][0] and fresh["status"] == SessionStatus.PLANNED
    assert fresh["ends_at"] - fresh["starts_at"] == dt.timedelta(hours=2)


def test_no_training_no_account_lists_and_exports(page: TrainingPage, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from oa_desk.services.plan import status_date

    doc = page.document()
    assert doc is not None
    tab = page.coverage_tab
    page.tabs.setCurrentIndex(COVERAGE)
    tab.days.setValue(30)
    tab.show_no_account()
    expected = training.no_account(doc.store, status_date(doc.store), 30)
    assert tab.missing.rowCount() == len(expected) > 0
    assert f"{len(expected)} people go live within 30 days" in tab.missing_title.text()
    out = tmp_path / "未培训.xlsx"
    tab.export_list(out)
    sheet = load_workbook(out).active
    assert sheet is not None and sheet.max_row == len(expected) + 1
