"""The Timeline's edits of the plan: each one intent of ``timeline.operations``.

Typing in a cell, dragging a bar, the task dialog, insert, delete, indent,
outdent, move, link and unlink: the page forwards them here; each runs one
service through ``timeline.operations`` (one undo step) and shows the
constraints it could not meet above the table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from oa_desk.domain.changes import ChangeKind
from oa_desk.domain.enums import TaskKind
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.timeline import operations as ops
from oa_desk.gui.timeline.model import Col

if TYPE_CHECKING:
    from oa_desk.gui.timeline.host import TimelineHost


class TimelineEdits(QObject):
    """What the page's edits do."""

    def __init__(self, page: TimelineHost) -> None:
        super().__init__(page.widget())
        self._page = page

    def _writable(self) -> PlanDocument | None:
        doc = self._page.document()
        return doc if doc is not None and doc.may_change({ChangeKind.TASK}) else None

    def done(self, result: Any) -> bool:
        """Show the constraints an intent could not meet; True if it was done."""
        if result is None:
            return False
        self.report_conflicts(getattr(result, "conflicts", ()))
        return True

    def report_conflicts(self, conflicts: Iterable[Any]) -> None:
        label = self._page.conflict_label
        items = list(conflicts)
        if not items:
            label.setVisible(False)
            return
        rows = self._page.model.timeline
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
        label.setText("⚠ " + text)
        label.setVisible(True)

    # -- typing and gestures -------------------------------------------------------------

    def cell_edited(self, task_id: int, column: int, value: Any) -> None:
        row, doc = self._page.model.row_of(task_id), self._writable()
        if doc is not None and row is not None:
            self.done(ops.edit_cell(doc, row, Col(column), value, self._page.calendar()))

    def bar_moved(self, task_id: int, start: dt.date) -> None:
        row, doc = self._page.model.row_of(task_id), self._writable()
        if doc is not None and row is not None:
            self.done(ops.move(doc, row, start, self._page.calendar()))

    def bar_resized(self, task_id: int, finish: dt.date) -> None:
        row, doc = self._page.model.row_of(task_id), self._writable()
        if doc is not None and row is not None:
            self.done(ops.set_finish(doc, row, finish, self._page.calendar()))

    def link_dragged(self, pred: int, succ: int) -> None:
        model, doc = self._page.model, self._writable()
        a, b = model.row_of(pred), model.row_of(succ)
        if doc is not None and a is not None and b is not None:
            self.done(ops.link(doc, a, b))

    # -- structure -------------------------------------------------------------------------

    def insert_task(self, kind: TaskKind = TaskKind.TASK) -> None:
        page, doc = self._page, self._writable()
        if doc is None:
            return
        result = ops.insert(doc, page.current_id(), kind)
        if self.done(result) and result is not None and result.new_ids:
            new_id = result.new_ids[0]
            page.select_ids([new_id], current=new_id)
            index = page.model.index_of(new_id, Col.NAME)
            if index.isValid():
                page.tree.setCurrentIndex(index)
                page.tree.edit(index)

    def delete_selected(self) -> None:
        ids, doc = self._page.selected_ids(), self._writable()
        if ids and doc is not None:
            self.done(ops.delete(doc, ids))

    def link_selected(self) -> None:
        ids, doc = self._page.selected_ids(), self._writable()
        if len(ids) > 1 and doc is not None:
            self.done(ops.link_tasks(doc, ids))

    def unlink_selected(self) -> None:
        ids, doc = self._page.selected_ids(), self._writable()
        if ids and doc is not None:
            self.done(ops.unlink_tasks(doc, ids))

    def outline(self, intent: Callable[[PlanDocument, list[int]], Any]) -> None:
        """Indent, outdent or move the selection, keeping it selected and shown."""
        page = self._page
        ids, doc = page.selected_ids(), self._writable()
        current = page.current_id()
        if not ids or doc is None:
            return
        for task_id in ids:  # indenting under a row shows it
            row = page.model.row_of(task_id)
            if row and row.parent_id:
                page.expand(row.parent_id)
        if self.done(intent(doc, ids)):
            for task_id in ids:
                row = page.model.row_of(task_id)
                if row and row.parent_id:
                    page.expand(row.parent_id)
            page.select_ids(ids, current=current)

    # -- the task dialog ------------------------------------------------------------------

    def tree_double_clicked(self, index: QModelIndex) -> None:
        model = self._page.model
        if not model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            task_id = model.task_id(index)
            if task_id is not None:
                self.open_task_dialog(task_id)

    def open_task_dialog(self, task_id: int | None = None) -> None:
        from oa_desk.gui.timeline.task_dialog import TaskDialog
        from oa_desk.services import timeline as timeline_service

        page = self._page
        task_id = task_id if task_id is not None else page.current_id()
        doc = page.document()
        row = page.model.row_of(task_id) if task_id is not None else None
        if doc is None or row is None or task_id is None:
            return
        details = timeline_service.load_task_details(doc.store, task_id)
        dialog = TaskDialog(
            row,
            details,
            page.choices(),
            read_only=not doc.may_change({ChangeKind.TASK}),  # what the role allows
            parent=page.widget(),
            find=page.finder(),
        )
        if dialog.exec() != TaskDialog.DialogCode.Accepted:
            return
        changes = dialog.changes()
        writable = self._writable()
        if changes and writable is not None:
            self.done(ops.update_task(writable, row, changes))
