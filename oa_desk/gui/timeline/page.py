"""The Timeline page: the WBS as a tree table beside the Gantt chart.

Every edit — typing in a cell, dragging a bar, the task dialog, insert,
delete, indent, outdent, move — is one service call pushed as one undo step.
Views refresh from the ``Changes`` each edit returns: a date edit re-reads
only the rows it moved; an outline edit rebuilds the tree, keeping what was
expanded, selected and scrolled to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.enums import Phase, TaskKind
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.icons import icon
from oa_desk.gui.timeline.chart import ChartLink, ChartRow, GanttChart, ZoomLevel
from oa_desk.gui.timeline.delegate import ROW_HEIGHT, TaskDelegate
from oa_desk.gui.timeline.model import Col, TimelineModel, phase_names
from oa_desk.services import baselines
from oa_desk.services import tasks as task_service
from oa_desk.services import timeline as timeline_service
from oa_desk.services.timeline import Choices, TimelineData, TimelineRow

# Kinds whose change this page shows.
SHOWN_KINDS = (
    ChangeKind.TASK,
    ChangeKind.DEPENDENCY,
    ChangeKind.CALENDAR,
    ChangeKind.CALENDAR_EXCEPTION,
    ChangeKind.BASELINE,
    ChangeKind.PLAN,
)
LOOK_AHEAD_DAYS = {"all": 0, "2w": 14, "4w": 28}
HEADER_HEIGHT = 40


def chart_row(row: TimelineRow, today: dt.date) -> ChartRow:
    late = bool(row.finish and row.finish < today and row.progress < 100)
    return ChartRow(
        task_id=row.id,
        name=row.name,
        kind=TaskKind.SUMMARY if row.has_children else row.kind,
        phase=row.phase,
        start=row.start,
        finish=row.finish,
        progress=row.progress,
        level=row.level,
        critical=row.critical,
        late=late,
        baseline_start=row.baseline_start,
        baseline_finish=row.baseline_finish,
    )


class TimelinePage(QWidget):
    error = Signal(object)
    status = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._doc: PlanDocument | None = None
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

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        self.toolbar = QToolBar()
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self._make_actions()
        self.filter_bar = self._make_filter_bar()
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

    # -- actions --------------------------------------------------------------------------

    def _act(
        self,
        icon_name: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        *,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(icon(icon_name), "", self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setCheckable(checkable)
        action.triggered.connect(lambda _c=False: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        SK = QKeySequence.StandardKey
        self.act_insert = self._act("plus", self.insert_task, QKeySequence(Qt.Key.Key_Insert))
        self.act_milestone = self._act(
            "flag", lambda: self.insert_task(TaskKind.MILESTONE), QKeySequence("Ctrl+Shift+M")
        )
        self.act_delete = self._act("trash", self.delete_selected, SK.Delete)
        self.act_indent = self._act("text-indent", self.indent, QKeySequence("Alt+Shift+Right"))
        self.act_outdent = self._act("text-outdent", self.outdent, QKeySequence("Alt+Shift+Left"))
        self.act_up = self._act(
            "arrow-up", lambda: self.move_rows(-1), QKeySequence("Alt+Shift+Up")
        )
        self.act_down = self._act(
            "arrow-down", lambda: self.move_rows(1), QKeySequence("Alt+Shift+Down")
        )
        self.act_info = self._act("info", self.open_task_dialog, QKeySequence("Shift+F2"))
        self.act_zoom_in = self._act("magnifying-glass-plus", self.chart.zoom_in, SK.ZoomIn)
        self.act_zoom_out = self._act("magnifying-glass-minus", self.chart.zoom_out, SK.ZoomOut)
        self.act_fit = self._act(
            "arrows-out-line-horizontal", self.chart.zoom_to_fit, QKeySequence("Ctrl+0")
        )
        self.act_today = self._act("crosshair", self._go_today, QKeySequence("Ctrl+T"))
        self.act_critical = self._act("warning", self._toggle_critical, checkable=True)
        self.act_baseline = self._act("flag-banner", self._toggle_baseline, checkable=True)
        self.act_save_baseline = self._act("floppy-disk", self.save_baseline)
        self.act_calendar = self._act("calendar-dots", self.edit_calendar)
        self.baseline_combo = QComboBox()
        self.baseline_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.baseline_combo.activated.connect(self._baseline_chosen)
        self.act_png = self._act("image", self.export_png)
        self.act_pdf = self._act("file-pdf", self.export_pdf)
        self.act_print = self._act("printer", self.print_chart, SK.Print)
        self.act_export_xml = self._act("export", self.export_mspdi)
        self.act_import_xml = self._act("upload-simple", self.import_mspdi)
        self.zoom_combo = QComboBox()
        for level in ZoomLevel:
            self.zoom_combo.addItem("", level.value)
        self.zoom_combo.currentIndexChanged.connect(
            lambda _i: self.chart.set_zoom(str(self.zoom_combo.currentData()))
        )
        self.colour_combo = QComboBox()
        # Their texts are set (and reset on a language switch) after they are built:
        # sized to what they hold, "Months" and "Colour by phase" were cut short.
        for combo in (self.zoom_combo, self.colour_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.colour_combo.addItem("", "phase")
        self.colour_combo.addItem("", "status")
        self.colour_combo.currentIndexChanged.connect(
            lambda _i: self.chart.set_colour_mode(str(self.colour_combo.currentData()))
        )
        tb = self.toolbar
        tb.addActions([self.act_insert, self.act_milestone, self.act_delete])
        tb.addSeparator()
        tb.addActions(
            [self.act_outdent, self.act_indent, self.act_up, self.act_down, self.act_info]
        )
        tb.addSeparator()
        tb.addActions([self.act_zoom_out, self.act_zoom_in])
        tb.addWidget(self.zoom_combo)
        tb.addActions([self.act_fit, self.act_today])
        tb.addSeparator()
        tb.addWidget(self.colour_combo)
        tb.addActions([self.act_critical, self.act_baseline])
        tb.addWidget(self.baseline_combo)
        tb.addActions([self.act_save_baseline, self.act_calendar])
        tb.addSeparator()
        self.export_menu = QMenu(self)
        self.export_menu.addActions([self.act_png, self.act_pdf, self.act_print])
        self.export_menu.addSeparator()
        self.export_menu.addActions([self.act_export_xml, self.act_import_xml])
        self.export_button = QToolButton()
        self.export_button.setIcon(icon("export"))
        self.export_button.setMenu(self.export_menu)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        tb.addWidget(self.export_button)

    def _make_filter_bar(self) -> QWidget:
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(6, 0, 6, 0)
        self.filter_label = QLabel()
        self.phase_filter = QComboBox()
        self.department_filter = QComboBox()
        self.wave_filter = QComboBox()
        self.owner_filter = QLineEdit()
        self.owner_filter.setClearButtonEnabled(True)
        self.critical_filter = QCheckBox()
        self.late_filter = QCheckBox()
        self.ahead_filter = QComboBox()
        for key in LOOK_AHEAD_DAYS:
            self.ahead_filter.addItem("", key)
        row.addWidget(self.filter_label)
        for w in (
            self.phase_filter,
            self.department_filter,
            self.wave_filter,
            self.owner_filter,
            self.critical_filter,
            self.late_filter,
            self.ahead_filter,
        ):
            row.addWidget(w)
        row.addStretch(1)
        self.filter_count = QLabel()
        row.addWidget(self.filter_count)
        for combo in (
            self.phase_filter,
            self.department_filter,
            self.wave_filter,
            self.ahead_filter,
        ):
            combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.owner_filter.textChanged.connect(lambda _t: self._apply_filter())
        self.critical_filter.toggled.connect(lambda _c: self._apply_filter())
        self.late_filter.toggled.connect(lambda _c: self._apply_filter())
        return bar

    def retranslate(self) -> None:
        tips = {
            self.act_insert: self.tr("Insert task below the selection (Insert)"),
            self.act_milestone: self.tr("Insert milestone below the selection"),
            self.act_delete: self.tr("Delete the selected tasks and everything under them"),
            self.act_indent: self.tr("Indent: put under the task above"),
            self.act_outdent: self.tr("Outdent: move up one outline level"),
            self.act_up: self.tr("Move up"),
            self.act_down: self.tr("Move down"),
            self.act_info: self.tr("Task information…"),
            self.act_zoom_in: self.tr("Zoom in"),
            self.act_zoom_out: self.tr("Zoom out"),
            self.act_fit: self.tr("Zoom to fit the whole plan"),
            self.act_today: self.tr("Go to today"),
            self.act_critical: self.tr("Show the critical path"),
            self.act_baseline: self.tr("Show the baseline under the bars"),
            self.act_save_baseline: self.tr("Save the current dates as a baseline…"),
            self.act_calendar: self.tr("Working calendar: working week, holidays, make-up days…"),
            self.act_png: self.tr("Export chart as PNG…"),
            self.act_pdf: self.tr("Export chart as PDF…"),
            self.act_print: self.tr("Print chart…"),
            self.act_export_xml: self.tr("Export MS Project XML…"),
            self.act_import_xml: self.tr("Import MS Project XML…"),
        }
        for action, text in tips.items():
            action.setText(text)
            action.setToolTip(text)
        self.export_button.setToolTip(self.tr("Export, print, MS Project exchange"))
        zoom_names = {
            ZoomLevel.DAYS.value: self.tr("Days"),
            ZoomLevel.WEEKS.value: self.tr("Weeks"),
            ZoomLevel.MONTHS.value: self.tr("Months"),
            ZoomLevel.QUARTERS.value: self.tr("Quarters"),
        }
        for i in range(self.zoom_combo.count()):
            self.zoom_combo.setItemText(i, zoom_names[str(self.zoom_combo.itemData(i))])
        self.zoom_combo.setToolTip(self.tr("Time scale"))
        self.colour_combo.setItemText(0, self.tr("Colour by phase"))
        self.colour_combo.setItemText(1, self.tr("Colour by status"))
        self.filter_label.setText(self.tr("Show:"))
        self.owner_filter.setPlaceholderText(self.tr("Owner"))
        self.critical_filter.setText(self.tr("Critical only"))
        self.late_filter.setText(self.tr("Late only"))
        ahead = {
            "all": self.tr("All dates"),
            "2w": self.tr("Next 2 weeks"),
            "4w": self.tr("Next 4 weeks"),
        }
        for i in range(self.ahead_filter.count()):
            self.ahead_filter.setItemText(i, ahead[str(self.ahead_filter.itemData(i))])
        self._fill_filter_choices()
        self.empty_label.setText(
            self.tr(
                "No tasks yet — insert the first task, or import a plan from MS Project, "
                "ProjectLibre or GanttProject (MS Project XML)."
            )
        )
        self.baseline_combo.setToolTip(
            self.tr("The baseline drawn under the bars and compared in the Variance column")
        )
        self._fill_baselines()
        self.empty_insert.setText(self.tr("Insert a task"))
        self.empty_import.setText(self.tr("Import MS Project XML…"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_filter_choices(self) -> None:
        def refill(combo: QComboBox, everything: str, items: Iterable[tuple[Any, str]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value, label in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

        refill(
            self.phase_filter,
            self.tr("All phases"),
            ((p.value, label) for p, label in phase_names().items()),
        )
        refill(self.department_filter, self.tr("All departments"), self._choices.departments)
        refill(self.wave_filter, self.tr("All waves"), self._choices.waves)

    # -- document ----------------------------------------------------------------------------

    def set_document(self, doc: PlanDocument | None) -> None:
        if self._doc is not None:
            self._doc.changed.disconnect(self.on_changed)
        self._doc = doc
        self._expanded.clear()
        self._critical_loaded = False
        self._baseline_choice = 0
        if doc is not None:
            doc.changed.connect(self.on_changed)
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
        if self.act_critical.isChecked() or self.critical_filter.isChecked():
            data = timeline_service.with_schedule_flags(data, doc.store)
            self._critical_loaded = True
        else:
            self._critical_loaded = False
        self._choices = timeline_service.load_choices(doc.store, people=False)
        self._people_loaded = False
        self._fill_filter_choices()
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
        weekend = [i for i, c in enumerate(data.weekdays) if c == "0"]
        holidays = [d for d, working in data.exceptions.items() if not working]
        working = [d for d, w in data.exceptions.items() if w]
        self.chart.set_calendar(weekend, holidays, working)

    def on_changed(self, changes: Changes) -> None:
        if not changes.touches(*SHOWN_KINDS):
            return
        if not self.isVisible():
            self._stale = True
            return
        outline = (
            changes.everything
            or changes.touches(ChangeKind.TASK_OUTLINE)
            or "task" in changes.inserted
            or "task" in changes.deleted
            or changes.touches(
                ChangeKind.DEPENDENCY,
                ChangeKind.CALENDAR,
                ChangeKind.CALENDAR_EXCEPTION,
                ChangeKind.BASELINE,
            )
            or changes.touches(ChangeKind.PLAN)
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
        self.filter_count.setText(
            self.tr("%n task(s) shown", "", len(rows)) if self._filter_active() else ""
        )

    def _collapsed(self) -> set[int]:
        return {r.id for r in self.model.timeline.rows if r.has_children} - self._expanded

    def _filter_active(self) -> bool:
        return bool(
            self.phase_filter.currentData()
            or self.department_filter.currentData()
            or self.wave_filter.currentData()
            or self.owner_filter.text().strip()
            or self.critical_filter.isChecked()
            or self.late_filter.isChecked()
            or self.ahead_filter.currentData() != "all"
        )

    def _apply_filter(self) -> None:
        if self.critical_filter.isChecked() and not self._critical_loaded and self._doc:
            self.reload()  # loads float and the critical path, then filters
            return
        phase = self.phase_filter.currentData()
        department = self.department_filter.currentData()
        wave = self.wave_filter.currentData()
        owner = self.owner_filter.text().strip().lower()
        critical = self.critical_filter.isChecked()
        late = self.late_filter.isChecked()
        days = LOOK_AHEAD_DAYS.get(str(self.ahead_filter.currentData()), 0)
        today = self._today()
        horizon = today + dt.timedelta(days=days)

        def keep(row: TimelineRow) -> bool:
            if phase and row.phase != Phase(phase):
                return False
            if department and row.department_id != department:
                return False
            if wave and row.wave_id != wave:
                return False
            if owner and owner not in row.owner.lower():
                return False
            if critical and not row.critical:
                return False
            if late and not (row.finish and row.finish < today and row.progress < 100):
                return False
            in_window = bool(
                row.start and row.finish and row.start <= horizon and row.finish >= today
            )
            return in_window or not days

        self.model.set_filter(keep if self._filter_active() else None)
        if self._filter_active():
            self._expanded |= {r.id for r in self.model.timeline.rows if r.has_children}
        self._apply_expansion()
        self._sync_chart()

    def _toggle_critical(self) -> None:
        on = self.act_critical.isChecked()
        if on and not self._critical_loaded:
            self.reload()
        self.chart.set_show_critical(on)
        self._sync_chart()

    def _toggle_baseline(self) -> None:
        self.chart.set_show_baseline(self.act_baseline.isChecked())

    def _fill_baselines(self) -> None:
        combo = self.baseline_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Baselines (%n)", "", len(self._baselines)), 0)
        for info in self._baselines:
            combo.addItem(
                self.tr("Show {name} ({date})").format(
                    name=info.name, date=info.created_at.strftime("%Y-%m-%d")
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
        chosen = int(self.baseline_combo.itemData(index) or 0)
        self.baseline_combo.setCurrentIndex(0)
        if not chosen or self.store is None:
            return
        baseline_id = None if chosen < 0 else chosen
        name = next((b.name for b in self._baselines if b.id == baseline_id), "")
        self._baseline_choice = chosen  # a view setting: read again, no undo step
        self.reload()
        self.act_baseline.setChecked(baseline_id is not None)
        self.chart.set_show_baseline(baseline_id is not None)
        self.status.emit(
            self.tr("Show baseline {name}").format(name=name)
            if baseline_id
            else self.tr("Hide the baseline")
        )

    def edit_calendar(self) -> None:
        from oa_desk.gui.timeline.calendar_dialog import CalendarDialog

        store = self.store
        if store is None:
            return
        CalendarDialog(
            store,
            lambda text, do: self._schedule_edit(text, do),
            read_only=bool(self._doc and self._doc.read_only),
            parent=self,
        ).exec()

    def _go_today(self) -> None:
        self.chart.scroll_to_date(self._today())

    def _zoom_changed(self, level: str) -> None:
        self.zoom_combo.blockSignals(True)
        self.zoom_combo.setCurrentIndex(max(0, self.zoom_combo.findData(level)))
        self.zoom_combo.blockSignals(False)

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
        writable = self._doc is not None and not self._doc.read_only
        has_rows = bool(self.model.timeline.rows)
        chosen = bool(self.selected_ids())
        for action in (self.act_insert, self.act_milestone, self.act_import_xml):
            action.setEnabled(writable)
        for action in (
            self.act_delete,
            self.act_indent,
            self.act_outdent,
            self.act_up,
            self.act_down,
        ):
            action.setEnabled(writable and chosen)
        self.act_info.setEnabled(chosen)
        self.act_save_baseline.setEnabled(writable and has_rows)
        self.act_calendar.setEnabled(self._doc is not None)
        for action in (self.act_png, self.act_pdf, self.act_print, self.act_export_xml):
            action.setEnabled(has_rows)
        self.empty_insert.setEnabled(writable)
        self.empty_import.setEnabled(writable)

    # -- edits -------------------------------------------------------------------------------------

    def _run(self, text: str, edit: Callable[[], tuple[Changes, Callable[[], Changes]]]) -> bool:
        if self._doc is None or self._doc.read_only:
            return False
        try:
            self._doc.execute_edit(text, edit)
        except Exception as exc:  # refused: nothing changed; say why
            self.error.emit(exc)
            return False
        self.status.emit(text)
        return True

    def _task_edit(self, text: str, do: Callable[[], task_service.TaskEdit]) -> bool:
        store = self.store

        def edit() -> tuple[Changes, Callable[[], Changes]]:
            result = do()
            self._report_conflicts(result.conflicts)
            return result.changes, lambda: task_service.revert_task_edit(store, result.undo)

        return self._run(text, edit)

    def _schedule_edit(self, text: str, do: Callable[[], Any]) -> bool:
        from oa_desk.services import schedule as schedule_service

        store = self.store

        def edit() -> tuple[Changes, Callable[[], Changes]]:
            result = do()
            self._report_conflicts(result.conflicts)
            return result.changes, lambda: schedule_service.revert(store, result.undo)

        return self._run(text, edit)

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
        from oa_desk.services import schedule as schedule_service

        store = self.store
        row = self.model.row_of(task_id)
        if store is None or row is None:
            return
        col = Col(column)
        name = row.name
        if col == Col.NAME:
            self._task_edit(
                self.tr("Rename task {name}").format(name=name),
                lambda: task_service.set_task_fields(store, task_id, {"name": str(value)}),
            )
        elif col == Col.PHASE and value:
            self._task_edit(
                self.tr("Change phase of {name}").format(name=name),
                lambda: task_service.set_task_fields(store, task_id, {"phase": Phase(value)}),
            )
        elif col in (Col.OWNER, Col.DEPARTMENT, Col.WAVE):
            key = {Col.OWNER: "owner_id", Col.DEPARTMENT: "department_id", Col.WAVE: "wave_id"}[col]
            self._task_edit(
                self.tr("Change {what} of {name}").format(
                    what=self.model.headerData(col, Qt.Orientation.Horizontal), name=name
                ),
                lambda: task_service.set_task_fields(store, task_id, {key: value}),
            )
        elif col == Col.PREDECESSORS:
            self._task_edit(
                self.tr("Change predecessors of {name}").format(name=name),
                lambda: task_service.set_predecessors(store, task_id, str(value or "")),
            )
        elif col == Col.START and isinstance(value, dt.date):
            self._schedule_edit(
                self.tr("Move {name}").format(name=name),
                lambda: schedule_service.move_task(store, task_id, value),
            )
        elif col == Col.FINISH and isinstance(value, dt.date):
            self._bar_resized(task_id, value)
        elif col == Col.DURATION:
            self._schedule_edit(
                self.tr("Change duration of {name}").format(name=name),
                lambda: schedule_service.change_duration(store, task_id, int(value)),
            )
        elif col == Col.PROGRESS:
            self._schedule_edit(
                self.tr("Change progress of {name}").format(name=name),
                lambda: schedule_service.set_progress(store, task_id, int(value)),
            )

    def _bar_moved(self, task_id: int, start: dt.date) -> None:
        from oa_desk.services import schedule as schedule_service

        row = self.model.row_of(task_id)
        store = self.store
        if row is None or store is None:
            return
        self._schedule_edit(
            self.tr("Move {name}").format(name=row.name),
            lambda: schedule_service.move_task(store, task_id, start),
        )

    def _bar_resized(self, task_id: int, finish: dt.date) -> None:
        from oa_desk.services import schedule as schedule_service

        row = self.model.row_of(task_id)
        store = self.store
        if row is None or store is None or row.start is None:
            return
        data = self.model.timeline
        weekdays, exceptions = data.weekdays, data.exceptions

        def working(day: dt.date) -> bool:
            if day in exceptions:
                return exceptions[day]
            return weekdays[day.weekday()] == "1"

        if finish < row.start:
            finish = row.start
        days = sum(
            1 for k in range((finish - row.start).days + 1) if working(row.start + dt.timedelta(k))
        )
        self._schedule_edit(
            self.tr("Change duration of {name}").format(name=row.name),
            lambda: schedule_service.change_duration(store, task_id, max(1, days)),
        )

    def _link_dragged(self, pred: int, succ: int) -> None:
        from oa_desk.domain.enums import DependencyType
        from oa_desk.services import schedule as schedule_service

        store = self.store
        a, b = self.model.row_of(pred), self.model.row_of(succ)
        if store is None or a is None or b is None:
            return
        self._schedule_edit(
            self.tr("Link {a} to {b}").format(a=a.name, b=b.name),
            lambda: schedule_service.add_dependency(store, pred, succ, DependencyType.FS, 0),
        )

    def insert_task(self, kind: TaskKind = TaskKind.TASK) -> None:
        store = self.store
        if store is None:
            return
        after = self.current_id()
        name = self.tr("New milestone") if kind == TaskKind.MILESTONE else self.tr("New task")
        reuse: list[int] = []

        def do() -> task_service.TaskEdit:
            result = task_service.insert_task(
                store,
                after=after,
                name=name,
                kind=kind,
                task_id=reuse[0] if reuse else None,
            )
            reuse[:] = list(result.new_ids)
            return result

        if self._task_edit(self.tr("Insert {name}").format(name=name), do) and reuse:
            self.select_ids(reuse, current=reuse[0])
            index = self.model.index_of(reuse[0], Col.NAME)
            if index.isValid():
                self.tree.setCurrentIndex(index)
                self.tree.edit(index)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        store = self.store
        if not ids or store is None:
            return
        self._task_edit(
            self.tr("Delete %n task(s)", "", len(ids)),
            lambda: task_service.delete_tasks(store, ids),
        )

    def indent(self) -> None:
        self._outline(self.tr("Indent"), task_service.indent_tasks)

    def outdent(self) -> None:
        self._outline(self.tr("Outdent"), task_service.outdent_tasks)

    def move_rows(self, step: int) -> None:
        text = self.tr("Move up") if step < 0 else self.tr("Move down")
        self._outline(text, lambda store, ids: task_service.move_tasks(store, ids, step))

    def _outline(
        self, text: str, service: Callable[[Any, list[int]], task_service.TaskEdit]
    ) -> None:
        ids = self.selected_ids()
        store = self.store
        current = self.current_id()
        if not ids or store is None:
            return
        for task_id in ids:  # indenting under a row shows it
            row = self.model.row_of(task_id)
            if row and row.parent_id:
                self._expanded.add(row.parent_id)
        if self._task_edit(text, lambda: service(store, ids)):
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
        if changes:
            self._task_edit(
                self.tr("Edit task {name}").format(name=row.name),
                lambda: task_service.update_task(store, task_id, **changes),
            )

    def save_baseline(self) -> None:
        store = self.store
        if store is None:
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
        if not self._schedule_edit(
            self.tr("Save baseline {name}").format(name=name.strip()),
            lambda: baselines.save_baseline(store, name.strip()),
        ):
            self._baseline_choice = before
            return
        self.act_baseline.setChecked(True)
        self.chart.set_show_baseline(True)

    # -- export ------------------------------------------------------------------------------------

    def _ask_path(self, title: str, suffix: str, kind: str) -> Path | None:
        data = self.model.timeline
        stem = data.plan_name or "timeline"
        filename, _ = QFileDialog.getSaveFileName(
            self, title, str(Path.home() / f"{stem}{suffix}"), kind
        )
        if not filename:
            return None
        path = Path(filename)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def export_job(self) -> Any:
        from oa_desk.gui.timeline.plan_export import job_from_rows

        return job_from_rows(self._visible, self.model.timeline, self.chart, today=self._today())

    def export_png(self) -> None:
        from oa_desk.gui.timeline.export import export_png

        path = self._ask_path(self.tr("Export Chart as PNG"), ".png", self.tr("PNG images (*.png)"))
        if path is None:
            return
        try:
            export_png(self.export_job(), path)
        except (OSError, ValueError) as exc:
            self.error.emit(exc)
            return
        self.status.emit(self.tr("Saved {path}").format(path=path))

    def export_pdf(self) -> None:
        from oa_desk.gui.timeline.export import PageSetup, export_pdf

        layouts = [
            (size, landscape) for size in ("A3", "A4", "Letter") for landscape in (True, False)
        ]
        labels = [
            (self.tr("{size} landscape") if landscape else self.tr("{size} portrait")).format(
                size=size
            )
            for size, landscape in layouts
        ]
        label, ok = QInputDialog.getItem(
            self, self.tr("Export Chart as PDF"), self.tr("Paper:"), labels, 0, False
        )
        if not ok:
            return
        size, landscape = layouts[labels.index(label)]
        path = self._ask_path(self.tr("Export Chart as PDF"), ".pdf", self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        try:
            pages = export_pdf(self.export_job(), path, PageSetup(size=size, landscape=landscape))
        except (OSError, ValueError) as exc:
            self.error.emit(exc)
            return
        self.status.emit(self.tr("Saved {path} ({pages} pages)").format(path=path, pages=pages))

    def print_chart(self) -> None:
        from oa_desk.gui.timeline.export import PrintPreview

        PrintPreview(self.export_job(), self).exec()

    def export_mspdi(self) -> None:
        from oa_desk.services.mspdi import export_mspdi

        store = self.store
        if store is None:
            return
        path = self._ask_path(
            self.tr("Export MS Project XML"), ".xml", self.tr("MS Project XML (*.xml)")
        )
        if path is None:
            return
        try:
            report = export_mspdi(store, path, shown_baseline=self.model.timeline.baseline_id)
        except (OSError, ValueError) as exc:
            self.error.emit(exc)
            return
        self.status.emit(
            self.tr("Exported {tasks} tasks and {links} links to {path}").format(
                tasks=report.tasks, links=report.links, path=path.name
            )
        )

    def import_mspdi(self) -> None:
        from oa_desk.gui.import_undo import ImportUndo, before_import
        from oa_desk.services.mspdi import import_mspdi

        doc = self._doc
        if doc is None or doc.read_only:
            return
        store = doc.store
        filename, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import MS Project XML"),
            str(Path.home()),
            self.tr("MS Project XML (*.xml);;All files (*)"),
        )
        if not filename:
            return
        replace = bool(self.model.timeline.rows)
        if replace:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                self,
                self.tr("Replace the tasks?"),
                self.tr(
                    "This plan already has {n} tasks. Importing replaces all of them (with "
                    "their links, RACI entries and baselines) and the working calendar with "
                    "the project's. Edit › Undo brings them back."
                ).format(n=len(self.model.timeline.rows)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            # The snapshot taken first is what undo restores (and File › Restore lists).
            files = doc.undo_files()
            before = before_import(store, files)
            report = import_mspdi(store, filename, replace=replace)
        except Exception as exc:  # refused: the plan is unchanged
            self.error.emit(exc)
            return
        undo = ImportUndo(doc, files, before)
        doc.undo_stack.push(undo.command(self.tr("Import {name}").format(name=Path(filename).name)))
        self._baseline_choice = report.shown_baseline or 0  # the file's shown baseline
        doc.notify(report.changes or Changes.all())
        self.status.emit(
            self.tr("Imported {tasks} tasks and {links} links").format(
                tasks=report.tasks, links=report.links
            )
        )
