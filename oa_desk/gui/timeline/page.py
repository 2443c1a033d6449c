"""The Timeline page: the WBS as a tree table beside the Gantt chart.

Every edit — typing in a cell, dragging a bar, the task dialog, insert,
delete, indent, outdent, move, link, paste — is one intent of
``timeline.operations`` (one service call, one undo step), made by
``timeline.edits`` and ``timeline.clipboard``. Views refresh from the
``Changes`` each intent returns: a date edit re-reads only the rows it moved;
an outline edit rebuilds the tree, keeping what was expanded, selected and
scrolled to. Late tasks, the health colours and the chart's day line are as
of the plan's status date. The actions, toolbar and context menu are
``timeline.actions``, the filter bar ``timeline.filter_bar``, Find and the
go-to actions ``timeline.navigation``, the columns ``timeline.columns``, the
baseline shown ``timeline.baseline_view``, the files ``timeline.file_actions``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from oa_desk.domain.calendar import WorkCalendar
from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.enums import TaskKind
from oa_desk.gui.dialogs import optional_date, set_optional_date
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.icons import icon
from oa_desk.gui.jobs import JobRunner
from oa_desk.gui.roles import WHOLE_PLAN, gate
from oa_desk.gui.settings import tool_button_style
from oa_desk.gui.timeline import operations as ops
from oa_desk.gui.timeline.actions import TimelineActions
from oa_desk.gui.timeline.baseline_view import BaselineView
from oa_desk.gui.timeline.clipboard import TimelineClipboard
from oa_desk.gui.timeline.columns import ColumnDialog, ColumnLayout
from oa_desk.gui.timeline.delegate import ROW_HEIGHT, TaskDelegate
from oa_desk.gui.timeline.edits import TimelineEdits
from oa_desk.gui.timeline.file_actions import TimelineFiles
from oa_desk.gui.timeline.filter_bar import FilterBar
from oa_desk.gui.timeline.gantt import ChartLink, GanttChart
from oa_desk.gui.timeline.model import Col, TimelineModel
from oa_desk.gui.timeline.navigation import Navigator
from oa_desk.gui.timeline.rows import chart_row
from oa_desk.gui.widgets.person_picker import Finder
from oa_desk.services import baselines
from oa_desk.services import timeline as timeline_service
from oa_desk.services.activity import read_versions
from oa_desk.services.timeline import Choices, TimelineData, TimelineRow

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from oa_desk.gui.settings import Settings

HEADER_HEIGHT = 40
# Kinds after which the whole timeline is read again (not only the rows named).
RELOAD_KINDS = (
    ChangeKind.TASK_OUTLINE,
    ChangeKind.DEPENDENCY,
    ChangeKind.CALENDAR,
    ChangeKind.CALENDAR_EXCEPTION,
    ChangeKind.BASELINE,
    ChangeKind.PLAN,
)


class TimelinePage(QWidget):
    """The Timeline feature's page."""

    def __init__(
        self,
        jobs: JobRunner | None = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        settings: Settings | None = None,
        excel_import: Callable[[], QAction | None] | None = None,
        item_history: Callable[[], QAction | None] | None = None,
        linked_tickets: Callable[[], QAction | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._status_date: dt.date | None = None  # as stored: None follows today
        self._excel_import = excel_import or (lambda: None)
        self._item_history = item_history or (lambda: None)
        self._linked_tickets = linked_tickets or (lambda: None)  # Support's shared action
        self._doc: PlanDocument | None = None
        self._calendar = WorkCalendar()
        self._choices = Choices((), (), ())
        self._expanded: set[int] = set()
        self._critical_loaded = False
        self._visible: list[TimelineRow] = []
        self._stale = False  # the document changed while the page was hidden
        self._first = True  # the next load is the document's first

        self.model = TimelineModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("wbsTree")
        self.tree.setModel(self.model)
        self.delegate = TaskDelegate(self.tree, choices=self.choices, finder=self.finder)
        self.tree.setItemDelegate(self.delegate)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.tree.setTreePosition(Col.NAME)
        self.tree.expanded.connect(self._on_expanded)
        self.tree.collapsed.connect(self._on_collapsed)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        header = self.tree.header()
        header.setFixedHeight(HEADER_HEIGHT)  # the chart's time scale has two tiers
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.column_layout = ColumnLayout(header, settings)
        header.customContextMenuRequested.connect(
            lambda pos: self.column_layout.header_menu(pos, self.choose_columns)
        )

        self.chart = GanttChart()
        self.chart.setObjectName("ganttChart")
        self.chart.set_row_height(ROW_HEIGHT)
        self.chart.set_header_height(HEADER_HEIGHT)
        self.chart.set_vertical_scrollbar(self.tree.verticalScrollBar())
        self.tree.verticalScrollBar().valueChanged.connect(self.chart.set_vertical_offset)
        self.files = TimelineFiles(
            self, jobs or JobRunner(self), lambda: self._doc, lambda: self.model.timeline,
            self.export_job,
        )  # fmt: skip

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        self.edits = TimelineEdits(self)
        self.acts = TimelineActions(self, self)
        self.baseline_view = BaselineView(self)
        self.clip = TimelineClipboard(self)
        self.nav = Navigator(self)
        self._connect()
        if settings is not None:
            self.acts.toolbar.setToolButtonStyle(tool_button_style(settings.toolbar_text))
        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self._apply_filter)
        self.conflict_label = QLabel()
        self.conflict_label.setWordWrap(True)
        self.conflict_label.setVisible(False)
        self._make_empty_state()

        self.body = QStackedWidget()
        self.body.addWidget(self.empty)
        self.body.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.acts.toolbar)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.nav.find_bar)
        layout.addWidget(self.conflict_label)
        layout.addWidget(self.body, 1)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tree.selectionModel().currentChanged.connect(lambda *_a: self.nav.selection_changed())
        self.retranslate()
        self._update_actions()

    def _connect(self) -> None:
        edits, acts, chart = self.edits, self.acts, self.chart
        self.model.edit_requested.connect(edits.cell_edited)
        self.tree.doubleClicked.connect(edits.tree_double_clicked)
        chart.move_requested.connect(edits.bar_moved)
        chart.resize_requested.connect(edits.bar_resized)
        chart.link_requested.connect(edits.link_dragged)
        chart.activated.connect(self.open_task_dialog)
        chart.task_clicked.connect(self._bar_clicked)
        chart.zoom_changed.connect(self._zoom_changed)
        chart.context_requested.connect(self._chart_menu)
        acts.zoom_combo.currentIndexChanged.connect(
            lambda _i: chart.set_zoom(str(acts.zoom_combo.currentData()))
        )
        acts.colour_combo.currentIndexChanged.connect(
            lambda _i: chart.set_colour_mode(str(acts.colour_combo.currentData()))
        )
        acts.status_edit.editingFinished.connect(self._status_date_edited)
        acts.follow.toggled.connect(self._follow_toggled)

    def _follow_toggled(self, on: bool) -> None:
        if on:
            self.nav.go_to_selected()

    def _make_empty_state(self) -> None:
        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        empty_layout.addWidget(self.empty_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.empty_insert = QPushButton(icon("plus"), "")
        self.empty_insert.clicked.connect(lambda: self.insert_task())
        self.empty_excel = QPushButton(icon("microsoft-excel-logo"), "")
        self.empty_excel.clicked.connect(self._import_excel)
        self.empty_import = QPushButton(icon("file-arrow-down"), "")
        self.empty_import.clicked.connect(self.import_mspdi)
        for button in (self.empty_insert, self.empty_excel, self.empty_import):
            buttons.addWidget(button)
        buttons.addStretch(1)
        empty_layout.addLayout(buttons)
        empty_layout.addStretch(2)

    def retranslate(self) -> None:
        self.acts.retranslate()
        self.empty_label.setText(
            self.tr(
                "No tasks yet — insert the first task, import a plan from Excel, or from "
                "MS Project, ProjectLibre or GanttProject (MS Project XML)."
            )
        )
        self.baseline_view.fill()
        self.empty_insert.setText(self.tr("&Insert a task"))
        self.empty_excel.setText(self.tr("Import from &Excel…"))
        self.empty_import.setText(self.tr("Import &MS Project XML…"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- document ----------------------------------------------------------------------------

    def set_document(self, doc: PlanDocument | None) -> None:
        self._doc = doc
        self._expanded.clear()
        self._critical_loaded = False
        self.baseline_view.reset()
        self.model.set_read_only(doc is None or not doc.may_change({ChangeKind.TASK}))
        self._first = True
        self._stale = True
        if self.isVisible() or doc is None:
            self._refresh()

    def document(self) -> PlanDocument | None:
        return self._doc

    def _refresh(self) -> None:
        first, self._first, self._stale = self._first, False, False
        self.reload(first=first)

    def showEvent(self, event: QShowEvent) -> None:
        # Plans are read when the page is first looked at, not when they are opened:
        # the Overview of a large plan must not wait for 20,000 task rows.
        if self._stale:
            self._refresh()
        super().showEvent(event)

    def choices(self) -> Choices:
        """What editors offer: departments and waves (owners are searched, see finder)."""
        return self._choices

    def finder(self) -> Finder | None:
        """Where owner pickers search the roster (in SQL: name, pinyin, number)."""
        doc = self._doc
        if doc is None:
            return None
        from oa_desk.services.people_search import find_people

        return lambda text: find_people(doc.store, text)

    @property
    def store(self) -> Any:
        return self._doc.store if self._doc else None

    def today(self) -> dt.date:
        """The real today (the clock tests set)."""
        return self._today()

    def status_date(self) -> dt.date:
        """The day the plan is seen as of: its status date, else today."""
        return self._status_date or self._today()

    def calendar(self) -> WorkCalendar:
        return self._calendar

    def reload(self, *, first: bool = False) -> None:
        """Read the whole timeline again, keeping expansion, selection and scroll."""
        doc = self._doc
        self.nav.plan_changed()
        if doc is None:
            self.model.set_timeline(TimelineData((), (), None, None, {}))
            self.chart.set_data([], [])
            self.body.setCurrentWidget(self.empty)
            self._update_actions()
            return
        from oa_desk.services import plan as plan_service

        selected = self.selected_ids()
        scroll = self.tree.verticalScrollBar().value()
        view = self.baseline_view
        view.baselines = baselines.list_baselines(doc.store)
        # The versions before the rows: an edit is then never accepted over a change
        # the page does not show (services.activity.read_versions).
        doc.remember_versions("task", read_versions(doc.store, "task"))
        data = timeline_service.load_timeline(doc.store, view.shown())
        if self.acts.critical.isChecked() or self.filter_bar.critical.isChecked():
            data = timeline_service.with_schedule_flags(data, doc.store)
            self._critical_loaded = True
        else:
            self._critical_loaded = False
        self._choices = timeline_service.load_choices(doc.store, people=False)
        before = self.status_date()
        self._status_date = plan_service.plan_fields(doc.store, ("status_date",))["status_date"]
        self._show_status_date()
        if self.status_date() != before and self.filter_bar.active():
            self.model.set_filter(self.filter_bar.predicate(self.status_date()))  # late, as of
        self.filter_bar.set_choices(self._choices)
        view.fill()
        self._set_calendar(data)
        self.chart.set_today(self.status_date())
        self.chart.set_go_live(data.go_live)
        self.model.set_timeline(data)
        if first:
            # Everything open on ordinary plans; the two top levels on very large ones.
            limit = 1 if len(data.rows) > 3000 else 99
            self._expanded = {r.id for r in data.rows if r.has_children and r.level <= limit}
        self._apply_expansion()
        self._sync_chart()
        self.body.setCurrentWidget(self.splitter if data.rows else self.empty)
        if first:
            self.chart.zoom_to_fit()
        else:
            self.select_ids(selected)
            self.tree.verticalScrollBar().setValue(scroll)
        self._update_actions()

    def _set_calendar(self, data: TimelineData) -> None:
        span = None
        dated = [r for r in data.rows if r.start and r.finish]
        if dated:
            first = min(r.start for r in dated if r.start)
            last = max(r.finish for r in dated if r.finish)
            span = (first, last)
        self._calendar = WorkCalendar(data.weekdays, data.exceptions, span=span)
        self.chart.set_calendar(self._calendar)

    def on_changed(self, changes: Changes) -> None:
        if not self.isVisible():
            self._stale = True
            return
        outline = (
            changes.everything
            or ChangeKind.TASK in changes.inserted
            or ChangeKind.TASK in changes.deleted
            or changes.touches(*RELOAD_KINDS)
        )
        if outline:
            self.reload()
            return
        ids = changes.updated.get(ChangeKind.TASK, frozenset())
        if not ids or self._doc is None:
            return
        self.nav.plan_changed()
        if self._critical_loaded:  # float and the critical path may change anywhere
            self.reload()
            return
        self._doc.remember_versions("task", read_versions(self._doc.store, "task", ids))
        rows = timeline_service.load_rows(self._doc.store, ids, self.model.timeline)
        if not self.model.update_rows(rows):
            self.reload()
            return
        as_of = self.status_date()
        shown = {r.id for r in self._visible}
        self.chart.update_rows(chart_row(r, as_of) for r in rows if r.id in shown)
        self._visible = [self.model.row_of(r.id) or r for r in self._visible]

    # -- the status date ----------------------------------------------------------------------

    def _show_status_date(self) -> None:
        edit = self.acts.status_edit
        edit.blockSignals(True)
        set_optional_date(edit, self._status_date)
        edit.blockSignals(False)

    def _status_date_edited(self) -> None:
        doc = self._doc
        day = optional_date(self.acts.status_edit)
        if doc is None or not doc.may_change({ChangeKind.PLAN}) or day == self._status_date:
            self._show_status_date()
            return
        if ops.set_status_date(doc, day) is None:
            self._show_status_date()  # refused (the window said why)

    # -- expansion, filter, chart ---------------------------------------------------------------

    def _apply_expansion(self) -> None:
        self.tree.blockSignals(True)
        try:
            for task_id in self._expanded:
                index = self.model.index_of(task_id)
                if index.isValid():
                    self.tree.setExpanded(index, True)
        finally:
            self.tree.blockSignals(False)

    def expand(self, task_id: int) -> None:
        """Open a summary (the next rebuild shows it open too)."""
        self._expanded.add(task_id)

    def _on_expanded(self, index: QModelIndex) -> None:
        task_id = self.model.task_id(index)
        if task_id is not None:
            self._expanded.add(task_id)
            self._sync_chart()

    def _on_collapsed(self, index: QModelIndex) -> None:
        task_id = self.model.task_id(index)
        if task_id is not None:
            self._expanded.discard(task_id)
            self._sync_chart()

    def _sync_chart(self) -> None:
        rows = self.model.visible_rows(self._collapsed())
        self._visible = rows
        as_of = self.status_date()
        data = self.model.timeline
        shown = {r.id for r in rows}
        links = [
            ChartLink(link.pred, link.succ, link.type, False)
            for link in data.links
            if link.pred in shown and link.succ in shown
        ]
        if self._critical_loaded:
            critical = {r.id for r in rows if r.critical}
            links = [
                ChartLink(k.pred, k.succ, k.type, k.pred in critical and k.succ in critical)
                for k in links
            ]
        self.chart.set_data([chart_row(r, as_of) for r in rows], links)
        self.filter_bar.count.setText(
            self.tr("%n task(s) shown", "", len(rows)) if self.filter_bar.active() else ""
        )

    def _collapsed(self) -> set[int]:
        return {r.id for r in self.model.timeline.rows if r.has_children} - self._expanded

    def _apply_filter(self) -> None:
        if self.filter_bar.critical.isChecked() and not self._critical_loaded and self._doc:
            self.reload()  # loads float and the critical path, then filters
            return
        keep = self.filter_bar.predicate(self.status_date())
        self.model.set_filter(keep)
        if keep is not None:
            self._expanded |= {r.id for r in self.model.timeline.rows if r.has_children}
        self._apply_expansion()
        self._sync_chart()
        self.nav.plan_changed()

    def reveal(self, task_id: int) -> bool:
        """Select a task, opening its parents, and bring its row and bar into view;
        False when the filter hides it."""
        timeline = self.model.timeline
        if task_id not in timeline.index or not self.model.index_of(task_id).isValid():
            return False
        parent = timeline.row(task_id).parent_id
        opened = False
        while parent is not None and parent in timeline.index:
            opened |= parent not in self._expanded
            self._expanded.add(parent)
            parent = timeline.row(parent).parent_id
        if opened:
            self._apply_expansion()
            self._sync_chart()
        self.select_ids([task_id], current=task_id)
        self.chart.scroll_to_task(task_id)
        return True

    # -- view actions ---------------------------------------------------------------------

    def zoom_in(self) -> None:
        self.chart.zoom_in()

    def zoom_out(self) -> None:
        self.chart.zoom_out()

    def zoom_to_fit(self) -> None:
        self.chart.zoom_to_fit()

    def toggle_critical(self) -> None:
        on = self.acts.critical.isChecked()
        if on and not self._critical_loaded:
            self.reload()
        self.chart.set_show_critical(on)
        self._sync_chart()

    def toggle_baseline(self) -> None:
        self.baseline_view.toggle()

    def save_baseline(self) -> None:
        self.baseline_view.save()

    def edit_calendar(self) -> None:
        from oa_desk.gui.timeline.calendar_dialog import CalendarDialog

        doc = self._doc
        if doc is None:
            return
        CalendarDialog(
            doc.store,
            lambda text, do: ops.schedule_edit(doc, text, do) is not None,
            read_only=not doc.may_change({ChangeKind.CALENDAR, ChangeKind.CALENDAR_EXCEPTION}),
            parent=self,
        ).exec()

    def go_today(self) -> None:
        self.chart.scroll_to_date(self._today())

    def go_to_selected(self) -> None:
        self.nav.go_to_selected()

    def find_tasks(self) -> None:
        self.nav.open_find()

    def find_next(self) -> None:
        self.nav.step(1)

    def find_previous(self) -> None:
        self.nav.step(-1)

    def go_to_id(self) -> None:
        self.nav.go_to_id()

    def choose_columns(self) -> None:
        ColumnDialog(self.column_layout, self).exec()

    def _zoom_changed(self, level: str) -> None:
        combo = self.acts.zoom_combo
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(level)))
        combo.blockSignals(False)

    def widget(self) -> QWidget:
        return self

    def done(self, result: Any) -> bool:
        """Show the constraints an intent could not meet; True if it was done."""
        return self.edits.done(result)

    def say(self, text: str) -> None:
        """A line in the window's status bar."""
        if self._doc is not None:
            self._doc.status.emit(text)

    def refused(self, exc: BaseException) -> None:
        """Say why something was refused, as the window says it for every intent."""
        if self._doc is not None:
            self._doc.failed.emit(exc)

    # -- context menus ----------------------------------------------------------------------

    def _tree_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        task_id = self.model.task_id(index)
        if task_id is not None and task_id not in self.selected_ids():
            self.select_ids([task_id], current=task_id)
        self._with_history(self.acts.context_menu(self), task_id).popup(
            self.tree.viewport().mapToGlobal(pos)
        )

    def _chart_menu(self, task_id: int | None, global_pos: QPoint) -> None:
        if task_id is not None and task_id not in self.selected_ids():
            self.select_ids([task_id], current=task_id)
        self._with_history(self.acts.context_menu(self), task_id).popup(global_pos)

    def _with_history(self, menu: QMenu, task_id: int | None) -> QMenu:
        """The row's "Linked tickets…" and "History of this item…" (the Support and
        activity features' shared actions)."""
        row = self.model.row_of(task_id) if task_id is not None else None
        if row is None:
            return menu
        label = self.tr("task {name}").format(name=row.name)
        actions = [a for a in (self._linked_tickets(), self._item_history()) if a is not None]
        if actions:
            menu.addSeparator()
        for action in actions:
            action.setData(("task", row.id, label))
            menu.addAction(action)
        return menu

    # -- selection --------------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        ids = []
        for index in self.tree.selectionModel().selectedRows():
            task_id = self.model.task_id(index)
            if task_id is not None:
                ids.append(task_id)
        return ids

    def current_id(self) -> int | None:
        return self.model.task_id(self.tree.currentIndex())

    def select_ids(self, ids: Iterable[int], *, current: int | None = None) -> None:
        selection = self.tree.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for task_id in ids:
            index = self.model.index_of(task_id)
            if index.isValid():
                selection.select(index, flags)
        if current is not None:
            index = self.model.index_of(current)
            if index.isValid():
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.tree.scrollTo(index)

    def _selection_changed(self) -> None:
        self.chart.set_selected(set(self.selected_ids()))
        self._update_actions()
        self.nav.selection_changed()

    def _bar_clicked(self, task_id: int, modifiers: Any) -> None:
        index = self.model.index_of(task_id)
        if not index.isValid():
            return
        flags = QItemSelectionModel.SelectionFlag.Rows
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            flags |= QItemSelectionModel.SelectionFlag.Toggle
        else:
            flags |= QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.tree.selectionModel().setCurrentIndex(index, flags)

    def _update_actions(self) -> None:
        acts = self.acts
        # What the user's role allows (a support desk or read-only user of a team plan
        # may not change tasks: the edits are disabled, their tooltips say why).
        writable = gate(self._doc, {ChangeKind.TASK}, acts.editing())
        gate(self._doc, {ChangeKind.TASK}, (self.empty_insert, self.empty_import))
        gate(self._doc, WHOLE_PLAN, (self.empty_excel,))
        has_rows = bool(self.model.timeline.rows)
        chosen = self.selected_ids()
        for action in acts.on_selection():
            action.setEnabled(writable and bool(chosen))
        acts.link.setEnabled(writable and len(chosen) > 1)
        for action in (acts.info, acts.copy, acts.go_to_task):
            action.setEnabled(bool(chosen))
        for action in (acts.find, acts.find_next, acts.find_previous, acts.go_to_id):
            action.setEnabled(has_rows)
        acts.save_baseline.setEnabled(writable and has_rows)
        acts.calendar.setEnabled(self._doc is not None)
        acts.status_edit.setEnabled(writable)
        for action in acts.exports():
            action.setEnabled(has_rows)
        self.empty_insert.setEnabled(writable)
        self.empty_import.setEnabled(writable)
        excel = self._excel_import()
        self.empty_excel.setVisible(excel is not None)
        self.empty_excel.setEnabled(writable and excel is not None and excel.isEnabled())

    def _import_excel(self) -> None:
        """The Excel feature's import (File › Excel › Import), offered by the empty page."""
        action = self._excel_import()
        if action is not None and action.isEnabled():
            action.trigger()

    # -- edits (each one intent of timeline.operations, see timeline.edits) ---------------------

    def insert_task(self, kind: TaskKind = TaskKind.TASK) -> None:
        self.edits.insert_task(kind)

    def delete_selected(self) -> None:
        self.edits.delete_selected()

    def indent(self) -> None:
        self.edits.outline(ops.indent)
        self._apply_expansion()
        self._sync_chart()

    def outdent(self) -> None:
        self.edits.outline(ops.outdent)
        self._apply_expansion()
        self._sync_chart()

    def move_rows(self, step: int) -> None:
        self.edits.outline(lambda doc, ids: ops.move_rows(doc, ids, step))
        self._apply_expansion()
        self._sync_chart()

    def link_selected(self) -> None:
        self.edits.link_selected()

    def unlink_selected(self) -> None:
        self.edits.unlink_selected()

    def open_task_dialog(self, task_id: int | None = None) -> None:
        self.edits.open_task_dialog(task_id)

    def copy_selected(self) -> None:
        self.clip.copy()

    def paste(self) -> None:
        self.clip.paste()

    def duplicate_selected(self) -> None:
        self.clip.duplicate()

    # -- files (timeline.file_actions) ---------------------------------------------------

    def export_job(self) -> Any:
        from oa_desk.gui.timeline.plan_export import job_from_rows

        return job_from_rows(
            self._visible, self.model.timeline, self.chart, today=self.status_date()
        )

    def export_png(self) -> None:
        self.files.export_png()

    def export_pdf(self) -> None:
        self.files.export_pdf()

    def print_chart(self) -> None:
        self.files.print_chart()

    def export_mspdi(self) -> None:
        self.files.export_mspdi()

    def import_mspdi(self) -> None:
        report = self.files.import_mspdi()
        if report is not None:
            self.baseline_view.choice = report.shown_baseline or 0  # the file's shown baseline
            # A new plan, shown as one opened: all of it in view, not the dates before
            # (an MS Project file of 2003 left the chart on today, empty).
            self.reload(first=True)
