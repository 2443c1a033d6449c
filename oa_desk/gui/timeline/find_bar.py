"""Find (Ctrl+F) over the tasks' name, WBS, owner and notes, with next and previous.

The bar sits above the table, hidden until Find is asked for; Enter and F3 go
to the next match, Shift+Enter and Shift+F3 to the previous one, Esc closes
it. Which rows match is :func:`matching_ids`; the page reveals each match
(expanding its parents) and scrolls the chart to its bar.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from oa_desk.gui.icons import icon
from oa_desk.services.timeline import TimelineRow


def matching_ids(rows: Iterable[TimelineRow], text: str, noted: Iterable[int] = ()) -> list[int]:
    """The rows whose name, WBS or owner contain ``text`` (any case), or whose id is in
    ``noted`` (their notes matched), in the rows' order."""
    needle = text.strip().casefold()
    if not needle:
        return []
    extra = set(noted)
    return [
        r.id
        for r in rows
        if r.id in extra
        or needle in r.name.casefold()
        or r.wbs.startswith(needle)
        or needle in r.owner.casefold()
    ]


class FindBar(QWidget):
    """The find field with its previous/next buttons and the matches count."""

    next_requested = Signal()
    previous_requested = Signal()
    text_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.previous = QToolButton()
        self.previous.setIcon(icon("caret-up"))
        self.next = QToolButton()
        self.next.setIcon(icon("caret-down"))
        self.count = QLabel()
        self.close_button = QToolButton()
        self.close_button.setIcon(icon("x"))
        self.close_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.label = QLabel()
        self.label.setBuddy(self.edit)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        for widget in (self.previous, self.next, self.count, self.close_button):
            layout.addWidget(widget)
        self.edit.textChanged.connect(self.text_changed)
        self.edit.returnPressed.connect(self.next_requested)
        self.next.clicked.connect(self.next_requested)
        self.previous.clicked.connect(self.previous_requested)
        self.close_button.clicked.connect(self.hide)
        self.retranslate()
        self.hide()

    def open(self) -> None:
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def text(self) -> str:
        return self.edit.text()

    def show_count(self, position: int | None, matches: Sequence[int]) -> None:
        if not self.edit.text().strip():
            self.count.setText("")
        elif not matches:
            self.count.setText(self.tr("No match"))
        else:
            self.count.setText(
                self.tr("{n} of {total}").format(
                    n=(position or 0) + 1 if position is not None else "–", total=len(matches)
                )
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and isinstance(event, QKeyEvent):
            key = event
            if event.type() != QEvent.Type.KeyPress:
                return super().eventFilter(watched, event)
            if key.key() == Qt.Key.Key_Escape:
                self.hide()
                return True
            if key.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                key.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ):
                self.previous_requested.emit()
                return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Find:"))
        self.edit.setPlaceholderText(self.tr("Name, WBS, owner or notes"))
        self.previous.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.next.setToolTip(self.tr("Next match (F3)"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
