"""The Timeline page: the WBS as a tree table beside the Gantt chart.

Every edit — typing in a cell, dragging a bar, the task dialog, insert,
delete, indent, outdent, move — is one intent of ``timeline.operations``
(one service call, one undo step). Views refresh from the ``Changes`` each
intent returns: a date edit re-reads only the rows it moved; an outline edit
rebuilds the tree, keeping what was expanded, selected and scrolled to.
The actions and toolbar are ``timeline.actions``, the filter bar
``timeline.filter_bar``, the files ``timeline.file_actions``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
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
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.icons import icon
from oa_desk.gui.jobs import JobRunner
from oa_desk.gui.timeline import operations as ops
from oa_desk.gui.timeline.actions import TimelineActions
from oa_desk.gui.timeline.delegate import ROW_HEIGHT, TaskDelegate
from oa_desk.gui.timeline.file_actions import TimelineFiles
from oa_desk.gui.timeline.filter_bar import FilterBar
from oa_desk.gui.timeline.gantt import ChartLink, GanttChart
from oa_desk.gui.timeline.model import Col, TimelineModel
from oa_desk.gui.timeline.rows import chart_row
from oa_desk.services import baselines
from oa_desk.services import timeline as timeline_service
from oa_desk.services.timeline import Choices, TimelineData, TimelineRow

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
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._doc: PlanDocument | None = None
        self._calendar = WorkCalendar()
        self._choices = Choices((), (), ())
        self._expanded: set[int] = set()
        self._critical_loaded = False
        self._visible: list[TimelineRow] = []
        self._stale = False  # the document changed while the page was hidden
        self._people_loaded = False
        self._first = True  # the next load is the document's first
        self._baselines: list[Any] = []
        # Which baseline is drawn under the bars, a view setting (not a plan edit):
        # 0 the newest, -1 none, else a baseline's id (the newest once it is gone).
        self._baseline_choice = 0

        self.model = TimelineModel(self)
        self.model.edit_requested.connect(self._cell_edited)
        self.tree = QTreeView()
        self.tree.setObjectName("wbsTree")
        self.tree.setModel(self.model)
        self.delegate = TaskDelegate(self.tree, choices=self.choices)
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
        header = self.tree.header()
        header.setFixedHeight(HEADER_HEIGHT)  # the chart's time scale has two tiers
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        widths = {Col.ID: 52, Col.WBS: 64, Col.NAME: 260, Col.PHASE: 70, Col.START: 92,
                  Col.FINISH: 92, Col.DURATION: 64, Col.PROGRESS: 60, Col.PREDECESSORS: 110,
                  Col.OWNER: 80, Col.DEPARTMENT: 100, Col.WAVE: 80, Col.VARIANCE: 64}  # fmt: skip
        for col, width in widths.items():
            header.resizeSection(col, width)

        self.chart = GanttChart()
        self.chart.setObjectName("ganttChart")
        self.chart.set_row_height(ROW_HEIGHT)
        self.chart.set_header_height(HEADER_HEIGHT)
        self.chart.set_vertical_scrollbar(self.tree.verticalScrollBar())
        self.tree.verticalScrollBar().valueChanged.connect(self.chart.set_vertical_offset)
        self.chart.move_requested.connect(self._bar_moved)
        self.chart.resize_requested.connect(self._bar_resized)
        self.chart.link_requested.connect(self._link_dragged)
        self.chart.activated.connect(self.open_task_dialog)
        self.chart.task_clicked.connect(self._bar_clicked)
        self.chart.zoom_changed.connect(self._zoom_changed)
        self.tree.doubleClicked.connect(self._tree_double_clicked)
        self.files = TimelineFiles(
            self, jobs or JobRunner(self), lambda: self._doc, lambda: self.model.timeline,
            self.export_job,
        )  # fmt: skip

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        self.acts = TimelineActions(self, self)
        acts = self.acts
        acts.baseline_combo.activated.connect(self._baseline_chosen)
        acts.zoom_combo.currentIndexChanged.connect(
            lambda _i: self.chart.set_zoom(str(acts.zoom_combo.currentData()))
        )
        acts.colour_combo.currentIndexChanged.connect(
            lambda _i: self.chart.set_colour_mode(str(acts.colour_combo.currentData()))
        )
        self.toolbar = acts.toolbar
        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self._apply_filter)
        self.conflict_label = QLabel()
        self.conflict_label.setWordWrap(True)
        self.conflict_label.setVisible(False)

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
        self.empty_import = QPushButton(icon("upload-simple"), "")
        self.empty_import.clicked.connect(self.import_mspdi)
        buttons.addWidget(self.empty_insert)
        buttons.addWidget(self.empty_import)
        buttons.addStretch(1)
        empty_layout.addLayout(buttons)
        empty_layout.addStretch(2)

        self.body = QStackedWidget()
        self.body.addWidget(self.empty)
        self.body.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.conflict_label)
        layout.addWidget(self.body, 1)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.retranslate()
        self._update_actions()

    def retranslate(self) -> None:
        self.acts.retranslate()
        self.empty_label.setText(
            self.tr(
                "No tasks yet — insert the first task, or import a plan from MS Project, "
                "ProjectLibre or GanttProject (MS Project XML)."
            )
        )
        self._fill_baselines()
        self.empty_insert.setText(self.tr("Insert a task"))
        self.empty_import.setText(self.tr("Import MS Project XML…"))
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
        self._baseline_choice = 0
        self.model.set_read_only(doc is None or doc.read_only)
        self._first = True
        self._stale = True
        if self.isVisible() or doc is None:
            self._refresh()

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
        """What editors offer; the roster is read the first time an owner is chosen."""
        if not self._people_loaded and self._doc is not None:
            self._choices = timeline_service.load_choices(self._doc.store)
            self._people_loaded = True
        return self._choices

    @property
    def store(self) -> Any:
        return self._doc.store if self._doc else None

    def reload(self, *, first: bool = False) -> None:
        """Read the whole timeline again, keeping expansion, selection and scroll."""
        doc = self._doc
        if doc is None:
            self.model.set_timeline(TimelineData((), (), None, None, {}))
            self.chart.set_data([], [])
            self.body.setCurrentWidget(self.empty)
            self._update_actions()
            return
        selected = self.selected_ids()
        scroll = self.tree.verticalScrollBar().value()
        self._baselines = baselines.list_baselines(doc.store)
        data = timeline_service.load_timeline(doc.store, self._shown_baseline())
        if self.acts.critical.isChecked() or self.filter_bar.critical.isChecked():
            data = timeline_service.with_schedule_flags(data, doc.store)
            self._critical_loaded = True
        else:
            self._critical_loaded = False
        self._choices = timeline_service.load_choices(doc.store, people=False)
        self._people_loaded = False
        self.filter_bar.set_choices(self._choices)
        self._fill_baselines()
        self._set_calendar(data)
        self.chart.set_today(self._today())
        self.chart.set_go_live(data.go_live)
        self.model.set_timeline(data)
        if first:
            parents = [r.id for r in data.rows if r.has_children]
            # Everything open on ordinary plans; the two top levels on very large ones.
            limit = 1 if len(data.rows) > 3000 else 99
            self._expanded = {r.id for r in data.rows if r.has_children and r.level <= limit}
            del parents
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
        if self._critical_loaded:  # float and the critical path may change anywhere
            self.reload()
            return
        rows = timeline_service.load_rows(self._doc.store, ids, self.model.timeline)
        if not self.model.update_rows(rows):
            self.reload()
            return
        today = self._today()
        shown = {r.id for r in self._visible}
        self.chart.update_rows(chart_row(r, today) for r in rows if r.id in shown)
        self._visible = [self.model.row_of(r.id) or r for r in self._visible]

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
        today = self._today()
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
        self.chart.set_data([chart_row(r, today) for r in rows], links)
        self.filter_bar.count.setText(
            self.tr("%n task(s) shown", "", len(rows)) if self.filter_bar.active() else ""
        )

    def _collapsed(self) -> set[int]:
        return {r.id for r in self.model.timeline.rows if r.has_children} - self._expanded

    def _apply_filter(self) -> None:
        if self.filter_bar.critical.isChecked() and not self._critical_loaded and self._doc:
            self.reload()  # loads float and the critical path, then filters
            return
        keep = self.filter_bar.predicate(self._today())
        self.model.set_filter(keep)
        if keep is not None:
            self._expanded |= {r.id for r in self.model.timeline.rows if r.has_children}
        self._apply_expansion()
        self._sync_chart()

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
        self.chart.set_show_baseline(self.acts.baseline.isChecked())

    def _fill_baselines(self) -> None:
        combo = self.acts.baseline_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Baselines (%n)", "", len(self._baselines)), 0)
        for info in self._baselines:
            combo.addItem(
                self.tr("Show {name} ({date})").format(
                    name=info.name, date=info.created_at.astimezone().strftime("%Y-%m-%d")
                ),
                info.id,
            )
        if self._baselines:
            combo.addItem(self.tr("Show no baseline"), -1)
        combo.setCurrentIndex(0)
        combo.setEnabled(bool(self._baselines))
        combo.blockSignals(False)

    def _shown_baseline(self) -> int | None:
        """The baseline to draw, by :attr:`_baseline_choice` among :attr:`_baselines`."""
        ids = [b.id for b in self._baselines]
        if self._baseline_choice < 0 or not ids:
            return None
        return self._baseline_choice if self._baseline_choice in ids else ids[-1]

    def _baseline_chosen(self, index: int) -> None:
        combo = self.acts.baseline_combo
        chosen = int(combo.itemData(index) or 0)
        combo.setCurrentIndex(0)
        if not chosen or self._doc is None:
            return
        baseline_id = None if chosen < 0 else chosen
        name = next((b.name for b in self._baselines if b.id == baseline_id), "")
        self._baseline_choice = chosen  # a view setting: read again, no undo step
        self.reload()
        self.acts.baseline.setChecked(baseline_id is not None)
        self.chart.set_show_baseline(baseline_id is not None)
        self._doc.status.emit(
            self.tr("Show baseline {name}").format(name=name)
            if baseline_id
            else self.tr("Hide the baseline")
        )

    def edit_calendar(self) -> None:
        from oa_desk.gui.timeline.calendar_dialog import CalendarDialog

        store = self.store
        if store is None:
            return
        doc = self._doc
        assert doc is not None
        CalendarDialog(
            store,
            lambda text, do: ops.schedule_edit(doc, text, do) is not None,
            read_only=doc.read_only,
            parent=self,
        ).exec()

    def go_today(self) -> None:
        self.chart.scroll_to_date(self._today())

    def _zoom_changed(self, level: str) -> None:
        combo = self.acts.zoom_combo
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(level)))
        combo.blockSignals(False)

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
        writable = self._doc is not None and not self._doc.read_only
        has_rows = bool(self.model.timeline.rows)
        chosen = bool(self.selected_ids())
        for action in acts.editing():
            action.setEnabled(writable)
        for action in acts.on_selection():
            action.setEnabled(writable and chosen)
        acts.info.setEnabled(chosen)
        acts.save_baseline.setEnabled(writable and has_rows)
        acts.calendar.setEnabled(self._doc is not None)
        for action in acts.exports():
            action.setEnabled(has_rows)
        self.empty_insert.setEnabled(writable)
        self.empty_import.setEnabled(writable)

    # -- edits (each one intent of timeline.operations) --------------------------------------

    def _writable(self) -> PlanDocument | None:
        doc = self._doc
        return doc if doc is not None and not doc.read_only else None

    def _done(self, result: Any) -> bool:
        """Show the constraints an intent could not meet; True if it was done."""
        if result is None:
            return False
        self._report_conflicts(getattr(result, "conflicts", ()))
        return True

    def _report_conflicts(self, conflicts: Iterable[Any]) -> None:
        items = list(conflicts)
        if not items:
            self.conflict_label.setVisible(False)
            return
        rows = self.model.timeline
        parts = []
        for c in items[:5]:
            name = rows.row(c.task_id).name if c.task_id in rows.index else f"#{c.task_id}"
            parts.append(
                self.tr("#{id} {name}: {days} working day(s) late").format(
                    id=c.task_id, name=name, days=c.days
                )
            )
        more = len(items) - len(parts)
        text = self.tr("Constraints that cannot be met: ") + "; ".join(parts)
        if more > 0:
            text += self.tr(" (and {n} more)").format(n=more)
        self.conflict_label.setText("⚠ " + text)
        self.conflict_label.setVisible(True)

    def _cell_edited(self, task_id: int, column: int, value: Any) -> None:
        row, doc = self.model.row_of(task_id), self._writable()
        if doc is not None and row is not None:
            self._done(ops.edit_cell(doc, row, Col(column), value, self._calendar))

    def _bar_moved(self, task_id: int, start: dt.date) -> None:
        row, doc = self.model.row_of(task_id), self._writable()
        if doc is not None and row is not None:
            self._done(ops.move(doc, row, start, self._calendar))

    def _bar_resized(self, task_id: int, finish: dt.date) -> None:
        row, doc = self.model.row_of(task_id), self._writable()
        if doc is not None and row is not None:
            self._done(ops.set_finish(doc, row, finish, self._calendar))

    def _link_dragged(self, pred: int, succ: int) -> None:
        a, b, doc = self.model.row_of(pred), self.model.row_of(succ), self._writable()
        if doc is not None and a is not None and b is not None:
            self._done(ops.link(doc, a, b))

    def insert_task(self, kind: TaskKind = TaskKind.TASK) -> None:
        doc = self._writable()
        if doc is None:
            return
        result = ops.insert(doc, self.current_id(), kind)
        if self._done(result) and result is not None and result.new_ids:
            new_id = result.new_ids[0]
            self.select_ids([new_id], current=new_id)
            index = self.model.index_of(new_id, Col.NAME)
            if index.isValid():
                self.tree.setCurrentIndex(index)
                self.tree.edit(index)

    def delete_selected(self) -> None:
        ids, doc = self.selected_ids(), self._writable()
        if ids and doc is not None:
            self._done(ops.delete(doc, ids))

    def indent(self) -> None:
        self._outline(ops.indent)

    def outdent(self) -> None:
        self._outline(ops.outdent)

    def move_rows(self, step: int) -> None:
        self._outline(lambda doc, ids: ops.move_rows(doc, ids, step))

    def _outline(self, intent: Callable[[PlanDocument, list[int]], Any]) -> None:
        ids, doc = self.selected_ids(), self._writable()
        current = self.current_id()
        if not ids or doc is None:
            return
        for task_id in ids:  # indenting under a row shows it
            row = self.model.row_of(task_id)
            if row and row.parent_id:
                self._expanded.add(row.parent_id)
        if self._done(intent(doc, ids)):
            for task_id in ids:
                row = self.model.row_of(task_id)
                if row and row.parent_id:
                    self._expanded.add(row.parent_id)
            self._apply_expansion()
            self._sync_chart()
            self.select_ids(ids, current=current)

    def _tree_double_clicked(self, index: QModelIndex) -> None:
        if not self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            task_id = self.model.task_id(index)
            if task_id is not None:
                self.open_task_dialog(task_id)

    def open_task_dialog(self, task_id: int | None = None) -> None:
        from oa_desk.gui.timeline.task_dialog import TaskDialog

        task_id = task_id if task_id is not None else self.current_id()
        store = self.store
        row = self.model.row_of(task_id) if task_id is not None else None
        if store is None or row is None or task_id is None:
            return
        details = timeline_service.load_task_details(store, task_id)
        dialog = TaskDialog(
            row,
            details,
            self._choices,
            read_only=bool(self._doc and self._doc.read_only),
            parent=self,
        )
        if dialog.exec() != TaskDialog.DialogCode.Accepted:
            return
        changes = dialog.changes()
        doc = self._writable()
        if changes and doc is not None:
            self._done(ops.update_task(doc, row, changes))

    def save_baseline(self) -> None:
        doc = self._writable()
        if doc is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save Baseline"),
            self.tr("Name of the baseline:"),
            text=self.tr("Baseline {date}").format(date=self._today().isoformat()),
        )
        if not ok or not name.strip():
            return
        before, self._baseline_choice = self._baseline_choice, 0  # show the new, newest one
        if not self._done(ops.save_baseline(doc, name.strip())):
            self._baseline_choice = before
            return
        self.acts.baseline.setChecked(True)
        self.chart.set_show_baseline(True)

    # -- files (timeline.file_actions) ---------------------------------------------------

    def export_job(self) -> Any:
        from oa_desk.gui.timeline.plan_export import job_from_rows

        return job_from_rows(self._visible, self.model.timeline, self.chart, today=self._today())

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
            self._baseline_choice = report.shown_baseline or 0  # the file's shown baseline
            self.reload()
