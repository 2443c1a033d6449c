"""The Timeline's actions and toolbar: what each button is, its shortcut and its words.

The page owns what the actions do (:class:`Handlers`); this module only makes
them, lays out the toolbar and the context menu, and translates them. Each
action has three texts: the menu text with its mnemonic (the context menu),
a short icon text (under or beside the toolbar's icons, a setting) and a
tooltip saying what it does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QDateEdit, QMenu, QToolBar, QToolButton, QWidget

from oa_desk.domain.enums import TaskKind
from oa_desk.gui.dates import DATE_EDIT_FORMAT
from oa_desk.gui.dialogs import setup_optional_date
from oa_desk.gui.icons import icon
from oa_desk.gui.timeline.gantt import ZoomLevel


class Handlers(Protocol):
    """What the Timeline's actions call."""

    def insert_task(self, kind: TaskKind = ...) -> None: ...
    def delete_selected(self) -> None: ...
    def indent(self) -> None: ...
    def outdent(self) -> None: ...
    def move_rows(self, step: int) -> None: ...
    def link_selected(self) -> None: ...
    def unlink_selected(self) -> None: ...
    def open_task_dialog(self, task_id: int | None = ...) -> None: ...
    def copy_selected(self) -> None: ...
    def paste(self) -> None: ...
    def duplicate_selected(self) -> None: ...
    def find_tasks(self) -> None: ...
    def find_next(self) -> None: ...
    def find_previous(self) -> None: ...
    def go_to_id(self) -> None: ...
    def go_to_selected(self) -> None: ...
    def choose_columns(self) -> None: ...
    def zoom_in(self) -> None: ...
    def zoom_out(self) -> None: ...
    def zoom_to_fit(self) -> None: ...
    def go_today(self) -> None: ...
    def toggle_critical(self) -> None: ...
    def toggle_baseline(self) -> None: ...
    def save_baseline(self) -> None: ...
    def edit_calendar(self) -> None: ...
    def export_png(self) -> None: ...
    def export_pdf(self) -> None: ...
    def print_chart(self) -> None: ...
    def export_mspdi(self) -> None: ...
    def import_mspdi(self) -> None: ...


class TimelineActions(QObject):
    """Every action of the Timeline, the toolbar that shows them and the context menu."""

    def __init__(self, page: QWidget, handlers: Handlers) -> None:
        super().__init__(page)
        self._page = page
        h = handlers
        SK = QKeySequence.StandardKey
        self.insert = self._act("plus", h.insert_task, QKeySequence(Qt.Key.Key_Insert))
        self.milestone = self._act(
            "flag", lambda: h.insert_task(TaskKind.MILESTONE), QKeySequence("Ctrl+Shift+M")
        )
        self.delete = self._act("trash", h.delete_selected, SK.Delete)
        self.indent = self._act("text-indent", h.indent, QKeySequence("Alt+Shift+Right"))
        self.outdent = self._act("text-outdent", h.outdent, QKeySequence("Alt+Shift+Left"))
        self.up = self._act("arrow-up", lambda: h.move_rows(-1), QKeySequence("Alt+Shift+Up"))
        self.down = self._act("arrow-down", lambda: h.move_rows(1), QKeySequence("Alt+Shift+Down"))
        self.link = self._act("link", h.link_selected, QKeySequence("Ctrl+F2"))
        self.unlink = self._act("link-break", h.unlink_selected, QKeySequence("Ctrl+Shift+F2"))
        self.info = self._act("info", h.open_task_dialog, QKeySequence("Shift+F2"))
        self.copy = self._act("copy", h.copy_selected, SK.Copy)
        self.paste = self._act("clipboard-text", h.paste, SK.Paste)
        self.duplicate = self._act("copy-simple", h.duplicate_selected, QKeySequence("Ctrl+D"))
        self.find = self._act("magnifying-glass", h.find_tasks, SK.Find)
        self.find_next = self._act("caret-down", h.find_next, SK.FindNext)
        self.find_previous = self._act("caret-up", h.find_previous, SK.FindPrevious)
        self.go_to_id = self._act("hash", h.go_to_id, QKeySequence("Ctrl+G"))
        self.go_to_task = self._act(
            "arrow-line-right", h.go_to_selected, QKeySequence("Ctrl+Shift+F5")
        )
        # On: selecting a task brings its bar into view (MS Project's "scroll to task").
        self.follow = self._act("crosshair-simple", None, checkable=True)
        self.follow.setChecked(True)
        self.columns = self._act("columns", h.choose_columns)
        self.zoom_in = self._act("magnifying-glass-plus", h.zoom_in, SK.ZoomIn)
        self.zoom_out = self._act("magnifying-glass-minus", h.zoom_out, SK.ZoomOut)
        self.fit = self._act("arrows-out-line-horizontal", h.zoom_to_fit, QKeySequence("Ctrl+0"))
        self.today = self._act("crosshair", h.go_today, QKeySequence("Ctrl+T"))
        self.critical = self._act("warning", h.toggle_critical, checkable=True)
        self.baseline = self._act("flag-banner", h.toggle_baseline, checkable=True)
        self.save_baseline = self._act("bookmark-simple", h.save_baseline)
        self.calendar = self._act("calendar-dots", h.edit_calendar)
        self.png = self._act("image", h.export_png)
        self.pdf = self._act("file-pdf", h.export_pdf)
        self.print = self._act("printer", h.print_chart, SK.Print)
        self.export_xml = self._act("file-arrow-up", h.export_mspdi)
        self.import_xml = self._act("file-arrow-down", h.import_mspdi)

        self.baseline_combo = QComboBox()
        self.zoom_combo = QComboBox()
        for level in ZoomLevel:
            self.zoom_combo.addItem("", level.value)
        self.colour_combo = QComboBox()
        self.colour_combo.addItem("", "phase")
        self.colour_combo.addItem("", "status")
        # Their texts are set (and reset on a language switch) after they are built:
        # sized to what they hold, "Months" and "Colour by phase" were cut short.
        for combo in (self.zoom_combo, self.colour_combo, self.baseline_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # The plan's status date ("as of"); its special value (unset) follows today.
        self.status_edit = QDateEdit()
        self.status_edit.setObjectName("statusDateEdit")
        self.status_edit.setCalendarPopup(True)
        self.status_edit.setDisplayFormat(DATE_EDIT_FORMAT)
        setup_optional_date(self.status_edit, "")

        self.toolbar = QToolBar()
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        tb = self.toolbar
        tb.addActions([self.insert, self.milestone, self.delete])
        tb.addSeparator()
        tb.addActions([self.outdent, self.indent, self.up, self.down, self.link, self.info])
        tb.addSeparator()
        tb.addActions([self.find, self.columns])
        tb.addSeparator()
        tb.addActions([self.zoom_out, self.zoom_in])
        tb.addWidget(self.zoom_combo)
        tb.addActions([self.fit, self.today, self.follow])
        tb.addSeparator()
        tb.addWidget(self.colour_combo)
        tb.addActions([self.critical, self.baseline])
        tb.addWidget(self.baseline_combo)
        tb.addActions([self.save_baseline, self.calendar])
        tb.addWidget(self.status_edit)
        tb.addSeparator()
        self.export_menu = QMenu(page)
        self.export_menu.addActions([self.png, self.pdf, self.print])
        self.export_menu.addSeparator()
        self.export_menu.addActions([self.export_xml, self.import_xml])
        self.export_button = QToolButton()
        self.export_button.setIcon(icon("export"))
        self.export_button.setMenu(self.export_menu)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonFollowStyle)
        tb.addWidget(self.export_button)

    def _act(
        self,
        icon_name: str,
        slot: Callable[[], object] | None,
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        *,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(icon(icon_name), "", self._page)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setCheckable(checkable)
        if slot is not None:
            action.triggered.connect(lambda _c=False: slot())
        self._page.addAction(action)
        return action

    def editing(self) -> tuple[QAction, ...]:
        """Actions that change the plan: disabled on a read-only plan."""
        return (self.insert, self.milestone, self.import_xml, self.paste)

    def on_selection(self) -> tuple[QAction, ...]:
        """Actions that change the selected tasks."""
        return (
            self.delete, self.indent, self.outdent, self.up, self.down, self.link,
            self.unlink, self.duplicate,
        )  # fmt: skip

    def exports(self) -> tuple[QAction, ...]:
        return (self.png, self.pdf, self.print, self.export_xml)

    def context_menu(self, parent: QWidget) -> QMenu:
        """The menu of a right-click on the table or the chart."""
        menu = QMenu(parent)
        menu.addActions([self.insert, self.milestone, self.delete])
        menu.addSeparator()
        menu.addActions([self.indent, self.outdent])
        menu.addSeparator()
        menu.addActions([self.link, self.unlink])
        menu.addSeparator()
        menu.addActions([self.copy, self.paste, self.duplicate])
        menu.addSeparator()
        menu.addActions([self.info, self.go_to_task])
        return menu

    def retranslate(self) -> None:
        # action: (menu text with its mnemonic, short text under an icon, what it does)
        texts = {
            self.insert: (
                self.tr("&Insert Task"), self.tr("Insert"),
                self.tr("Insert a task below the selection (Insert)"),
            ),
            self.milestone: (
                self.tr("Insert &Milestone"), self.tr("Milestone"),
                self.tr("Insert a milestone below the selection"),
            ),
            self.delete: (
                self.tr("&Delete"), self.tr("Delete"),
                self.tr("Delete the selected tasks and everything under them"),
            ),
            self.indent: (
                self.tr("I&ndent"), self.tr("Indent"),
                self.tr("Indent: put under the task above"),
            ),
            self.outdent: (
                self.tr("&Outdent"), self.tr("Outdent"),
                self.tr("Outdent: move up one outline level"),
            ),
            self.up: (self.tr("Move &Up"), self.tr("Up"), self.tr("Move up")),
            self.down: (self.tr("Move Do&wn"), self.tr("Down"), self.tr("Move down")),
            self.link: (
                self.tr("&Link Tasks"), self.tr("Link"),
                self.tr("Link the selected tasks finish-to-start, in order (Ctrl+F2)"),
            ),
            self.unlink: (
                self.tr("&Unlink Tasks"), self.tr("Unlink"),
                self.tr("Remove the links between the selected tasks (of one task: all)"),
            ),
            self.info: (
                self.tr("Task In&formation…"), self.tr("Info"),
                self.tr("Task information… (Shift+F2)"),
            ),
            self.copy: (
                self.tr("&Copy"), self.tr("Copy"),
                self.tr("Copy the selected tasks with everything under them (also as text "
                        "for Excel)"),
            ),
            self.paste: (
                self.tr("&Paste"), self.tr("Paste"),
                self.tr("Paste copied tasks, or rows copied from Excel, below the selection"),
            ),
            self.duplicate: (
                self.tr("Duplica&te"), self.tr("Duplicate"),
                self.tr("Duplicate the selected tasks below them"),
            ),
            self.find: (self.tr("&Find…"), self.tr("Find"),
                        self.tr("Find tasks by name, WBS, owner or notes (Ctrl+F)")),
            self.find_next: (self.tr("Find &Next"), self.tr("Next"), self.tr("Next match")),
            self.find_previous: (
                self.tr("Find &Previous"), self.tr("Previous"), self.tr("Previous match"),
            ),
            self.go_to_id: (self.tr("&Go to ID…"), self.tr("Go to ID"),
                            self.tr("Select the task with an ID (Ctrl+G)")),
            self.go_to_task: (
                self.tr("&Scroll to Task"), self.tr("To task"),
                self.tr("Scroll the chart to the selected task's bar (Ctrl+Shift+F5)"),
            ),
            self.follow: (
                self.tr("Follow the Selection"), self.tr("Follow"),
                self.tr("Selecting a task brings its bar into view"),
            ),
            self.columns: (self.tr("Colu&mns…"), self.tr("Columns"),
                           self.tr("Choose, order and reset the table's columns")),
            self.zoom_in: (self.tr("Zoom In"), self.tr("Zoom in"), self.tr("Zoom in")),
            self.zoom_out: (self.tr("Zoom Out"), self.tr("Zoom out"), self.tr("Zoom out")),
            self.fit: (self.tr("Zoom to Fit"), self.tr("Fit"),
                       self.tr("Zoom to fit the whole plan")),
            self.today: (self.tr("Go to Today"), self.tr("Today"), self.tr("Go to today")),
            self.critical: (self.tr("Critical Path"), self.tr("Critical"),
                            self.tr("Show the critical path")),
            self.baseline: (self.tr("Baseline"), self.tr("Baseline"),
                            self.tr("Show the baseline under the bars")),
            self.save_baseline: (self.tr("Save Baseline…"), self.tr("Set baseline"),
                                 self.tr("Save the current dates as a baseline…")),
            self.calendar: (self.tr("Working Calendar…"), self.tr("Calendar"),
                            self.tr("Working calendar: working week, holidays, make-up days…")),
            self.png: (self.tr("Export Chart as &PNG…"), "", self.tr("Export chart as PNG…")),
            self.pdf: (self.tr("Export Chart as P&DF…"), "", self.tr("Export chart as PDF…")),
            self.print: (self.tr("P&rint Chart…"), "", self.tr("Print chart…")),
            self.export_xml: (self.tr("&Export MS Project XML…"), "",
                              self.tr("Export MS Project XML…")),
            self.import_xml: (self.tr("&Import MS Project XML…"), "",
                              self.tr("Import MS Project XML…")),
        }  # fmt: skip
        for action, (text, short, tip) in texts.items():
            action.setText(text)
            action.setIconText(short or text.replace("&", ""))
            action.setToolTip(tip)
        self.export_button.setText(self.tr("Export"))
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
        self.baseline_combo.setToolTip(
            self.tr("The baseline drawn under the bars and compared in the Variance column")
        )
        self.status_edit.setSpecialValueText(self.tr("As of today"))
        self.status_edit.setToolTip(
            self.tr(
                "Status date: late tasks, overdue milestones and the health colours are "
                "computed as of this day (unset: today)"
            )
        )
