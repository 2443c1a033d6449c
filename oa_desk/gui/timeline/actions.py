"""The Timeline's actions and toolbar: what each button is, its shortcut and its words.

The page owns what the actions do (:class:`Handlers`); this module only makes
them, lays out the toolbar and translates them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QMenu, QToolBar, QToolButton, QWidget

from oa_desk.domain.enums import TaskKind
from oa_desk.gui.icons import icon
from oa_desk.gui.timeline.gantt import ZoomLevel


class Handlers(Protocol):
    """What the Timeline's actions call."""

    def insert_task(self, kind: TaskKind = ...) -> None: ...
    def delete_selected(self) -> None: ...
    def indent(self) -> None: ...
    def outdent(self) -> None: ...
    def move_rows(self, step: int) -> None: ...
    def open_task_dialog(self, task_id: int | None = ...) -> None: ...
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
    """Every action of the Timeline, and the toolbar that shows them."""

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
        self.info = self._act("info", h.open_task_dialog, QKeySequence("Shift+F2"))
        self.zoom_in = self._act("magnifying-glass-plus", h.zoom_in, SK.ZoomIn)
        self.zoom_out = self._act("magnifying-glass-minus", h.zoom_out, SK.ZoomOut)
        self.fit = self._act("arrows-out-line-horizontal", h.zoom_to_fit, QKeySequence("Ctrl+0"))
        self.today = self._act("crosshair", h.go_today, QKeySequence("Ctrl+T"))
        self.critical = self._act("warning", h.toggle_critical, checkable=True)
        self.baseline = self._act("flag-banner", h.toggle_baseline, checkable=True)
        self.save_baseline = self._act("floppy-disk", h.save_baseline)
        self.calendar = self._act("calendar-dots", h.edit_calendar)
        self.png = self._act("image", h.export_png)
        self.pdf = self._act("file-pdf", h.export_pdf)
        self.print = self._act("printer", h.print_chart, SK.Print)
        self.export_xml = self._act("export", h.export_mspdi)
        self.import_xml = self._act("upload-simple", h.import_mspdi)

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

        self.toolbar = QToolBar()
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        tb = self.toolbar
        tb.addActions([self.insert, self.milestone, self.delete])
        tb.addSeparator()
        tb.addActions([self.outdent, self.indent, self.up, self.down, self.info])
        tb.addSeparator()
        tb.addActions([self.zoom_out, self.zoom_in])
        tb.addWidget(self.zoom_combo)
        tb.addActions([self.fit, self.today])
        tb.addSeparator()
        tb.addWidget(self.colour_combo)
        tb.addActions([self.critical, self.baseline])
        tb.addWidget(self.baseline_combo)
        tb.addActions([self.save_baseline, self.calendar])
        tb.addSeparator()
        self.export_menu = QMenu(page)
        self.export_menu.addActions([self.png, self.pdf, self.print])
        self.export_menu.addSeparator()
        self.export_menu.addActions([self.export_xml, self.import_xml])
        self.export_button = QToolButton()
        self.export_button.setIcon(icon("export"))
        self.export_button.setMenu(self.export_menu)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        tb.addWidget(self.export_button)

    def _act(
        self,
        icon_name: str,
        slot: Callable[[], object],
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
        action.triggered.connect(lambda _c=False: slot())
        self._page.addAction(action)
        return action

    def editing(self) -> tuple[QAction, ...]:
        """Actions that change the plan: disabled on a read-only plan."""
        return (self.insert, self.milestone, self.import_xml)

    def on_selection(self) -> tuple[QAction, ...]:
        """Actions that change the selected tasks."""
        return (self.delete, self.indent, self.outdent, self.up, self.down)

    def exports(self) -> tuple[QAction, ...]:
        return (self.png, self.pdf, self.print, self.export_xml)

    def retranslate(self) -> None:
        tips = {
            self.insert: self.tr("Insert task below the selection (Insert)"),
            self.milestone: self.tr("Insert milestone below the selection"),
            self.delete: self.tr("Delete the selected tasks and everything under them"),
            self.indent: self.tr("Indent: put under the task above"),
            self.outdent: self.tr("Outdent: move up one outline level"),
            self.up: self.tr("Move up"),
            self.down: self.tr("Move down"),
            self.info: self.tr("Task information…"),
            self.zoom_in: self.tr("Zoom in"),
            self.zoom_out: self.tr("Zoom out"),
            self.fit: self.tr("Zoom to fit the whole plan"),
            self.today: self.tr("Go to today"),
            self.critical: self.tr("Show the critical path"),
            self.baseline: self.tr("Show the baseline under the bars"),
            self.save_baseline: self.tr("Save the current dates as a baseline…"),
            self.calendar: self.tr("Working calendar: working week, holidays, make-up days…"),
            self.png: self.tr("Export chart as PNG…"),
            self.pdf: self.tr("Export chart as PDF…"),
            self.print: self.tr("Print chart…"),
            self.export_xml: self.tr("Export MS Project XML…"),
            self.import_xml: self.tr("Import MS Project XML…"),
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
        self.baseline_combo.setToolTip(
            self.tr("The baseline drawn under the bars and compared in the Variance column")
        )
