"""Finding one's way on the Timeline: Find, Go to ID, Go to today, Scroll to Task and
the chart following the selection (MS Project's "scroll to task", on by default)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog

from oa_desk.gui.timeline.find_bar import FindBar, matching_ids

if TYPE_CHECKING:
    from oa_desk.gui.timeline.host import TimelineHost


class Navigator(QObject):
    """Find and the go-to actions of one Timeline page."""

    def __init__(self, page: TimelineHost) -> None:
        super().__init__(page.widget())
        self._page = page
        self.find_bar = FindBar()
        self._matches: list[int] = []
        self._position: int | None = None
        self._stale = True  # the matches are read again before the next step
        self.find_bar.text_changed.connect(lambda _t: self._forget())
        self.find_bar.next_requested.connect(lambda: self.step(1))
        self.find_bar.previous_requested.connect(lambda: self.step(-1))

    def _forget(self) -> None:
        self._stale = True
        self._position = None
        self._refresh()

    def plan_changed(self) -> None:
        """Rows changed: matches are found again at the next step."""
        self._stale = True

    def _refresh(self) -> None:
        page = self._page
        text = self.find_bar.text()
        doc = page.document()
        noted: frozenset[int] = frozenset()
        if doc is not None and text.strip():
            from oa_desk.services.timeline import tasks_noting

            noted = tasks_noting(doc.store, text)
        shown = [r for r in page.model.timeline.rows if page.model.index_of(r.id).isValid()]
        self._matches = matching_ids(shown, text, noted)
        self._stale = False
        self.find_bar.show_count(self._position, self._matches)

    def open_find(self) -> None:
        self.find_bar.open()

    def step(self, direction: int) -> None:
        """Select the next (1) or previous (-1) match after the current task."""
        if not self.find_bar.isVisible():
            self.find_bar.open()
            if not self.find_bar.text():
                return
        if self._stale:
            self._refresh()
        matches = self._matches
        if not matches:
            self.find_bar.show_count(None, matches)
            return
        if self._position is None or self._position >= len(matches):
            order = self._page.model.timeline.index  # task id -> place in the WBS
            current = self._page.current_id()
            here = order.get(current, -1) if current is not None else -1
            if direction > 0:
                later = [k for k, t in enumerate(matches) if order.get(t, -1) > here]
                self._position = later[0] if later else 0
            else:
                earlier = [k for k, t in enumerate(matches) if order.get(t, -1) < here]
                self._position = earlier[-1] if earlier else len(matches) - 1
        else:
            self._position = (self._position + direction) % len(matches)
        self._page.reveal(matches[self._position])
        self.find_bar.show_count(self._position, matches)

    def go_to_id(self) -> None:
        page = self._page
        rows = page.model.timeline
        if not rows.rows:
            return
        current = page.current_id() or rows.rows[0].id
        task_id, ok = QInputDialog.getInt(
            page.widget(), self.tr("Go to ID"), self.tr("Task &ID:"), current, 1, max(rows.index)
        )
        if not ok:
            return
        if task_id not in rows.index:
            page.say(self.tr("There is no task with ID {id}.").format(id=task_id))
        elif not page.reveal(task_id):
            page.say(self.tr("Task {id} is hidden by the filter.").format(id=task_id))

    def go_to_selected(self) -> None:
        current = self._page.current_id()
        if current is not None and not self._page.chart.scroll_to_task(current):
            self._page.say(self.tr("The selected task is not scheduled yet."))

    def selection_changed(self) -> None:
        """Selecting a task brings its bar into view while Follow is on."""
        page = self._page
        if page.acts.follow.isChecked():
            current = page.current_id()
            if current is not None and current in page.selected_ids():
                page.chart.scroll_to_task(current)
