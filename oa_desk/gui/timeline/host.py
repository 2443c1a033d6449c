"""What the Timeline's helpers (edits, clipboard, navigation, baseline view) use of the page.

They are typed against this protocol, not the page class, so the page can
import them without an import circle.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QTreeView, QWidget

    from oa_desk.domain.calendar import WorkCalendar
    from oa_desk.gui.document import PlanDocument
    from oa_desk.gui.timeline.actions import TimelineActions
    from oa_desk.gui.timeline.columns import ColumnLayout
    from oa_desk.gui.timeline.gantt import GanttChart
    from oa_desk.gui.timeline.model import TimelineModel
    from oa_desk.gui.widgets.person_picker import Finder
    from oa_desk.services.timeline import Choices


class TimelineHost(Protocol):
    """The Timeline page, as its helpers see it."""

    acts: TimelineActions
    chart: GanttChart
    model: TimelineModel
    tree: QTreeView
    conflict_label: QLabel
    column_layout: ColumnLayout

    def widget(self) -> QWidget:
        """The page itself, as the parent of dialogs and helpers."""

    def document(self) -> PlanDocument | None: ...
    def choices(self) -> Choices: ...

    def finder(self) -> Finder | None:
        """Where owner pickers search the roster."""

    def today(self) -> dt.date: ...
    def calendar(self) -> WorkCalendar: ...
    def reload(self, *, first: bool = False) -> None: ...
    def expand(self, task_id: int) -> None: ...
    def reveal(self, task_id: int) -> bool: ...
    def say(self, text: str) -> None: ...
    def refused(self, exc: BaseException) -> None: ...
    def selected_ids(self) -> list[int]: ...
    def current_id(self) -> int | None: ...
    def select_ids(self, ids: Iterable[int], *, current: int | None = None) -> None: ...

    def done(self, result: Any) -> bool:
        """Show the constraints an intent could not meet; True if it was done."""
