"""The Training page: courses, sessions with their sign-in lists, and coverage.

Edits are intents of ``training.operations`` (one undo step each); the page
reads again what the Changes name, and only when shown (a hidden page is stale).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.enums import Attendance, AudienceTier
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.roles import gate
from oa_desk.gui.training import exports, operations
from oa_desk.gui.training.calendar_tab import CalendarTab
from oa_desk.gui.training.coverage_tab import CoverageTab, table
from oa_desk.gui.training.dialogs import CourseDialog, EnrolPersonDialog, RuleDialog
from oa_desk.gui.training.labels import label
from oa_desk.gui.training.model import CoursesModel
from oa_desk.gui.training.person_tab import PersonTab
from oa_desk.gui.training.session_dialog import SessionDialog
from oa_desk.gui.training.sessions_tab import SessionsTab
from oa_desk.gui.widgets.figure_view import FigureView
from oa_desk.services import training as service
from oa_desk.services.people_search import find_people
from oa_desk.services.training import CalendarEntry, Coverage

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from oa_desk.charts.style import ChartStyle
    from oa_desk.charts.training import DepartmentShares, TrainingTexts
    from oa_desk.gui.features import Shell
    from oa_desk.store.people_search import PersonHit

COURSES, SESSIONS, COVERAGE, CALENDAR, CHARTS, PEOPLE = range(6)
TAB_KEYS = ("courses", "sessions", "coverage", "calendar", "charts", "people")  # remembered by key


def department_shares(matrix: Coverage, most: int = 12) -> DepartmentShares:
    """The chart's departments: the top level, or the one top department's children."""
    from oa_desk.charts.training import TIERS, DepartmentShares

    top = [d for d in matrix.departments if d[1] is None]
    if len(top) == 1:
        top = [d for d in matrix.departments if d[1] == top[0][0]] or top
    top = top[:most]
    return DepartmentShares(
        [name for _d, _p, name, _depth in top],
        {t: [matrix.cell(d, t).share() for d, _p, _n, _depth in top] for t in TIERS},
    )


class TrainingPage(QWidget):
    """Shows one plan's training; ``shell`` is the window (None in some tests)."""

    def __init__(self, shell: Shell | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shell = shell
        self._doc: PlanDocument | None = None
        self._stale = False
        self._today = dt.date.today
        self.last_signin_dialog: QDialog | None = None
        self._person: int | None = None
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)
        self._build_courses()
        self.sessions_tab = SessionsTab(self)
        self.tabs.addTab(self.sessions_tab, self.tr("Sessions and sign-in"))
        self.coverage_tab = CoverageTab(self.document, shell, self)
        self.tabs.addTab(self.coverage_tab, self.tr("Coverage"))
        self.calendar_tab = CalendarTab(self)
        self.calendar_tab.read = self._read_calendar
        self.tabs.addTab(self.calendar_tab, self.tr("Calendar"))
        charts = QWidget(self)
        charts_layout = QHBoxLayout(charts)
        self.time_chart = FigureView(charts)
        self.department_chart = FigureView(charts)
        charts_layout.addWidget(self.time_chart, 1)
        charts_layout.addWidget(self.department_chart, 1)
        self.tabs.addTab(charts, self.tr("Charts"))
        self.person_tab = PersonTab(self)
        self.tabs.addTab(self.person_tab, self.tr("Attendance by person"))
        self.person_tab.picker.person_chosen.connect(self.show_person)
        self.person_tab.export_button.clicked.connect(lambda: self.export_attendance())
        s = self.sessions_tab
        s.connect_buttons(
            {
                "add": lambda: self.edit_session(None),
                "edit": lambda: self.edit_session(s.current_session()),
                "delete": self._delete_session,
                "enrol": self.enrol_person,
                "rule": self.enrol_by_rule,
                "withdraw": self._withdraw,
                "signin": lambda: self.import_signin(),
                "calendar": lambda: self.export_calendar(),
                "trainers": lambda: self.export_trainer_calendars(),
            }
        )
        s.course_filter.currentIndexChanged.connect(lambda _i: self._read_sessions())
        s.session_view.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self._read_roster()
        )
        s.session_view.doubleClicked.connect(lambda _i: self.edit_session(s.current_session()))
        s.roster_view.attendance.connect(self._attendance)
        s.roster.commit = self._commit_result
        if shell is not None and shell.settings.training_tab in TAB_KEYS:
            self.tabs.setCurrentIndex(TAB_KEYS.index(shell.settings.training_tab))
        self.tabs.currentChanged.connect(self._tab_changed)

    # -- building ----------------------------------------------------------------------

    def _build_courses(self) -> None:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        bar = QHBoxLayout()
        bar.addStretch(1)
        add = QPushButton(self.tr("New course…"), tab)
        edit = QPushButton(self.tr("Edit…"), tab)
        delete = QPushButton(self.tr("Delete"), tab)
        for b in (add, edit, delete):
            bar.addWidget(b)
        self.course_buttons = (add, edit, delete)
        layout.addLayout(bar)
        self.courses = CoursesModel(self)
        self.course_view = table(tab)
        self.course_view.setModel(self.courses)
        for column, width in enumerate((280, 170, 130, 200, 60, 80, 200)):
            self.course_view.setColumnWidth(column, width)
        layout.addWidget(self.course_view, 1)
        add.clicked.connect(lambda: self.edit_course(None))
        edit.clicked.connect(lambda: self.edit_course(self._current_course()))
        delete.clicked.connect(self._delete_course)
        self.course_view.doubleClicked.connect(lambda _i: self.edit_course(self._current_course()))
        self.tabs.addTab(tab, self.tr("Courses"))

    # -- the document ------------------------------------------------------------------

    def set_document(self, doc: PlanDocument | None) -> None:
        self._doc = doc
        # What the user's role allows: a support desk takes attendance, not the schedule.
        tab = self.sessions_tab
        gate(doc, {ChangeKind.COURSE}, self.course_buttons)
        gate(
            doc, {ChangeKind.TRAINING_SESSION}, (tab.add_button, tab.edit_button, tab.delete_button)
        )
        seats = (tab.enrol_button, tab.rule_button, tab.withdraw_button, tab.signin_button)
        gate(doc, {ChangeKind.ENROLLMENT}, seats)
        self.person_tab.picker.set_finder(self._finder())
        self.coverage_tab.forget()
        self._stale = True
        if self.isVisible():
            self.reload()

    def document(self) -> PlanDocument | None:
        return self._doc

    def on_changed(self, changes: Changes) -> None:
        self.coverage_tab.forget()
        self._stale = True
        if self.isVisible():
            only_enrollments = not changes.everything and changes.kinds() <= {ChangeKind.ENROLLMENT}
            self.reload(roster_only=only_enrollments)
            if self._person is not None and self.tabs.currentIndex() == PEOPLE:
                self.show_person(self._person)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self, *, roster_only: bool = False) -> None:
        self._stale = False
        if not roster_only:
            self._read_courses()
        self._read_sessions()
        self._read_tab()

    def _tab_changed(self, index: int) -> None:
        if self._shell is not None and 0 <= index < len(TAB_KEYS):
            self._shell.settings.training_tab = TAB_KEYS[index]
        self._read_tab()

    def _read_tab(self) -> None:
        if self.tabs.currentIndex() == COVERAGE and self.coverage_tab.matrix is None:
            self.coverage_tab.read()
        elif self.tabs.currentIndex() == CALENDAR:
            self.calendar_tab.refresh()
        elif self.tabs.currentIndex() == CHARTS:
            self._show_charts()

    def _chart_texts(self) -> TrainingTexts:
        from oa_desk.charts.training import TrainingTexts

        return TrainingTexts(
            tiers={t: label(t) for t in AudienceTier},
            over_time=self.tr("Trained share by tier"),
            by_department=self.tr("Passed share by department"),
            empty=self.tr("No one trained yet"),
        )

    def _show_charts(self) -> None:
        doc = self._doc
        if doc is None:
            self.time_chart.set_builder(None)
            self.department_chart.set_builder(None)
            return
        store = doc.store
        texts = self._chart_texts()
        matrix = self._coverage_matrix()

        def over_time(style: ChartStyle) -> Figure:
            from oa_desk.charts import training as charts

            return charts.build_over_time(service.trained_share_series(store), style, texts)

        def by_department(style: ChartStyle) -> Figure:
            from oa_desk.charts import training as charts

            return charts.build_by_department(department_shares(matrix), style, texts)

        self.time_chart.set_builder(over_time)
        self.department_chart.set_builder(by_department)

    def _read_calendar(self, start: dt.datetime, end: dt.datetime) -> list[CalendarEntry]:
        if self._doc is None:
            return []
        return service.calendar(self._doc.store, start, end)

    def _read_courses(self) -> None:
        doc = self._doc
        current = self._current_course()
        with_rows: list[tuple[Any, ...]] = []
        if doc is not None:
            with doc.store.read() as session:
                from oa_desk.store.training import course_rows

                with_rows = course_rows(session.connection())
        self.courses.set_rows(with_rows)
        box = self.sessions_tab.course_filter
        chosen = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("All courses"), None)
        for row in with_rows:
            box.addItem(f"{row[1]} · {label(row[2])}", row[0])
        index = box.findData(chosen)
        box.setCurrentIndex(max(0, index))
        box.blockSignals(False)
        self._select(self.course_view, self.courses.rows, current)

    def _read_sessions(self) -> None:
        doc = self._doc
        tab = self.sessions_tab
        current = tab.current_session()
        rows: list[tuple[Any, ...]] = []
        if doc is not None:
            from oa_desk.store.training import session_rows

            with doc.store.read() as session:
                rows = session_rows(session.connection(), tab.course_filter.currentData())
        tab.sessions.set_rows(rows)
        if current is None and rows:  # first shown: the next session to come
            now = dt.datetime.now()
            current = next((r[0] for r in rows if r[2] >= now), rows[-1][0])
        if current is not None:
            tab.select_session(current)
        self._read_roster()

    def _read_roster(self) -> None:
        doc = self._doc
        tab = self.sessions_tab
        row = tab.current_session_row()
        if doc is None or row is None:
            tab.set_roster([], self.tr("Choose a session to see its sign-in list."))
            return
        from oa_desk.store.activity import versions_of
        from oa_desk.store.training import roster_rows

        with doc.store.read() as session:  # the rows and their versions in one read
            rows = roster_rows(session.connection(), row[0])
            versions = versions_of(session.connection(), "enrollment", [r[0] for r in rows])
        doc.remember_versions("enrollment", versions)
        title = self.tr("{course}, {when}: {seated} of {capacity} seats, {waiting} waiting").format(
            course=row[1],
            when=row[2].strftime("%Y-%m-%d %H:%M"),
            seated=row[8],
            capacity=row[6],
            waiting=row[9],
        )
        tab.set_roster(rows, title)

    @staticmethod
    def _select(view: QTableView, rows: list[tuple[Any, ...]], row_id: int | None) -> None:
        for i, row in enumerate(rows):
            if row[0] == row_id:
                view.setCurrentIndex(view.model().index(i, 0))
                return

    def _coverage_matrix(self) -> Coverage:
        return self.coverage_tab.current()

    def _coverage_departments(self) -> tuple[tuple[int, int | None, str, int], ...]:
        return self._coverage_matrix().departments

    def _current_course(self) -> int | None:
        index = self.course_view.currentIndex()
        return self.courses.row_id(index.row()) if index.isValid() else None

    def _finder(self) -> Any:
        doc = self._doc
        if doc is None:
            return None

        def find(text: str) -> list[PersonHit]:
            return list(find_people(doc.store, text))

        return find

    def _parent(self) -> QWidget:
        return self._shell.widget() if self._shell is not None else self

    # -- intents -----------------------------------------------------------------------

    def edit_course(self, course_id: int | None) -> None:
        if self._doc is None:
            return
        row = next((r for r in self.courses.rows if r[0] == course_id), None)
        courses = [(r[0], r[1]) for r in self.courses.rows]
        dialog = CourseDialog(self._parent(), row, courses)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            operations.save_course(
                self._doc, course_id if row else None, dialog.values(), dialog.prerequisite_ids()
            )

    def _delete_course(self) -> None:
        course = self._current_course()
        if self._doc is not None and course is not None:
            operations.delete_course(self._doc, course)

    def edit_session(self, session_id: int | None) -> None:
        doc = self._doc
        if doc is None:
            return
        row = next((r for r in self.sessions_tab.sessions.rows if r[0] == session_id), None)
        courses = [(r[0], r[1]) for r in self.courses.rows]
        if not courses:
            QMessageBox.information(
                self._parent(), self.tr("Training"), self.tr("Add a course first.")
            )
            return
        dialog = SessionDialog(
            self._parent(),
            courses,
            self._finder(),
            row,
            self.sessions_tab.course_filter.currentData(),
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            operations.save_session(doc, session_id if row else None, dialog.values())

    def _delete_session(self) -> None:
        session = self.sessions_tab.current_session()
        if self._doc is not None and session is not None:
            operations.delete_session(self._doc, session)

    def enrol_person(self) -> None:
        session = self.sessions_tab.current_session()
        if self._doc is None or session is None:
            return
        dialog = EnrolPersonDialog(self._parent(), self._finder())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        person = dialog.person_id()
        if person is None:
            QMessageBox.information(
                self._parent(),
                self.tr("Enrol a person"),
                self.tr(
                    "Pick the person from the list under the field: "
                    "only people on the roster can be enrolled."
                ),
            )
            return
        operations.enrol_person(self._doc, session, person)

    def rule_dialog(self) -> RuleDialog | None:
        """The enrol-by-rule dialog for the current session (tests drive it)."""
        doc = self._doc
        session = self.sessions_tab.current_session()
        if doc is None or session is None:
            return None
        departments = self._coverage_departments()
        store = doc.store

        def preview(tier: AudienceTier | None, depts: list[int]) -> service.RulePreview:
            return service.preview_rule(store, session, tier, depts)

        return RuleDialog(self._parent(), departments, preview)

    def enrol_by_rule(self, dialog: RuleDialog | None = None) -> None:
        session = self.sessions_tab.current_session()
        dialog = dialog or self.rule_dialog()
        if dialog is None or self._doc is None or session is None:
            return
        accepted = dialog.isVisible() or dialog.exec() == QDialog.DialogCode.Accepted
        if accepted and dialog.preview is not None and dialog.preview.people:
            operations.enrol_by_rule(self._doc, session, dialog.preview)

    def _withdraw(self) -> None:
        enrollment = self.sessions_tab.current_enrollment()
        if self._doc is not None and enrollment is not None:
            operations.withdraw(self._doc, enrollment)

    def _attendance(self, row: int, value: Attendance) -> None:
        enrollment = self.sessions_tab.roster.row_id(row)
        if self._doc is not None and enrollment is not None:
            read = self._doc.versions_read("enrollment", [enrollment])
            operations.set_attendance(self._doc, enrollment, value, read=read)

    def _commit_result(self, row: int, field: str, value: Any) -> bool:
        enrollment = self.sessions_tab.roster.row_id(row)
        if self._doc is None or enrollment is None:
            return False
        read = self._doc.versions_read("enrollment", [enrollment])
        return operations.set_result(self._doc, enrollment, field, value, read=read) is not None

    def import_signin(self, path: Path | None = None, *, ask: bool = True) -> None:
        """Read a sign-in sheet for the current session, preview it, import on OK."""
        doc = self._doc
        session = self.sessions_tab.current_session()
        if doc is None or session is None:
            return
        if path is None:
            name, _f = QFileDialog.getOpenFileName(
                self._parent(),
                self.tr("Import sign-in sheet"),
                "",
                self.tr("Sign-in sheets (*.xlsx *.csv)"),
            )
            if not name:
                return
            path = Path(name)
        from oa_desk.gui.training.signin_dialog import SigninDialog
        from oa_desk.services.training_signin import preview_signin

        try:
            preview = preview_signin(doc.store, session, path)
        except (OSError, ValueError) as exc:
            doc.failed.emit(exc)
            return
        dialog = SigninDialog(self._parent(), preview, path.name)
        self.last_signin_dialog = dialog
        accepted = not ask or dialog.exec() == QDialog.DialogCode.Accepted
        if accepted and preview.matched:
            operations.import_signin(doc, preview)

    def export_calendar(self, path: Path | None = None) -> None:
        """Every session to an .ics calendar."""
        if self._doc is not None:
            exports.export_calendar(self._doc, self._parent(), path)

    def export_trainer_calendars(self, folder: Path | None = None) -> None:
        """One .ics per trainer into a folder."""
        if self._doc is not None:
            exports.export_trainer_calendars(self._doc, self._parent(), folder)

    def show_person(self, person_id: int) -> None:
        """One person's attendance across every session."""
        doc = self._doc
        if doc is None:
            return
        from oa_desk.store.training import attendance_rows

        with doc.store.read() as session:
            rows = attendance_rows(session.connection(), person_id)
        self._person = person_id
        self.person_tab.show_rows(self.person_tab.picker.text(), rows)

    def export_attendance(self, path: Path | None = None) -> None:
        """Everyone's attendance, one row per enrollment, to Excel."""
        if self._doc is not None:
            exports.export_attendance(self._doc, self._parent(), self.person_tab, path)
