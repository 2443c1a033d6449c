"""Copy, paste and duplicate on the Timeline, through the system clipboard.

Copy puts the selected tasks (with everything under them) on the clipboard
twice: as the Timeline's own format (:data:`MIME`, the clip as JSON, which
another OA Desk window pastes with all its fields and links) and as
tab-separated text of the columns shown, which Excel pastes as a table.
Paste takes the Timeline's format if it is there, else text (rows copied from
Excel: name, duration, start and predecessors by column) and inserts the
tasks below the current one: one undo step. Duplicate is a copy and paste
below the selection without touching the clipboard.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtWidgets import QApplication

from oa_desk.domain.changes import ChangeKind
from oa_desk.gui.timeline import operations as ops
from oa_desk.gui.timeline.model import Col, column_titles

if TYPE_CHECKING:
    from oa_desk.gui.timeline.host import TimelineHost
    from oa_desk.services.clipboard import Clip

MIME = "application/x-oa-desk-tasks+json"


def _keep_text_only() -> None:
    """At quit, leave the copied rows on the clipboard as text only: Qt cannot hand its
    own data object over once the application is gone (and crashes trying)."""
    board = QApplication.clipboard()
    data = board.mimeData()
    if data is not None and data.hasFormat(MIME):
        board.setText(data.text())


def _cell(text: str) -> str:
    """A value as one cell of tab-separated text (tabs and line breaks would split it)."""
    return " ".join(text.replace("\t", " ").splitlines())


class TimelineClipboard(QObject):
    """The page's Copy, Paste and Duplicate."""

    def __init__(self, page: TimelineHost) -> None:
        super().__init__(page.widget())
        self._page = page
        self._watching_quit = False

    def rows_as_text(self, ids: Sequence[int], columns: Sequence[Col]) -> str:
        """The rows of ``ids`` as Excel reads a pasted table: a title row, then a line
        per task, the cells as the table shows them."""
        model = self._page.model
        titles = column_titles()
        lines = ["\t".join(_cell(titles[c]) for c in columns)]
        for task_id in ids:
            row = model.row_of(task_id)
            if row is not None:
                lines.append("\t".join(_cell(str(model.text(row, c))) for c in columns))
        return "\r\n".join(lines) + "\r\n"

    def copy(self) -> None:
        from oa_desk.services.clipboard import copy_tasks

        page = self._page
        doc, ids = page.document(), page.selected_ids()
        if doc is None or not ids:
            return
        clip = copy_tasks(doc.store, ids)
        data = QMimeData()
        data.setData(MIME, clip.to_json().encode("utf-8"))
        data.setText(self.rows_as_text([t.key for t in clip.tasks], page.column_layout.shown()))
        QApplication.clipboard().setMimeData(data)
        app = QApplication.instance()
        if isinstance(app, QApplication) and not self._watching_quit:
            app.aboutToQuit.connect(_keep_text_only)
            self._watching_quit = True
        page.say(self.tr("Copied %n task(s).", "", len(clip.tasks)))

    def clip_on_clipboard(self) -> Clip | None:
        """What Paste would insert; None (after saying why) when there is nothing usable."""
        from oa_desk.services.clipboard import ClipboardError, clip_from_json
        from oa_desk.services.clipboard_text import clip_from_text

        data = QApplication.clipboard().mimeData()
        try:
            if data is not None and data.hasFormat(MIME):
                return clip_from_json(bytes(data.data(MIME).data()).decode("utf-8", "replace"))
            if data is not None and data.hasText():
                return clip_from_text(data.text())
        except ClipboardError as exc:
            self._page.refused(exc)
            return None
        self._page.say(self.tr("The clipboard holds nothing to paste as tasks."))
        return None

    def paste(self) -> None:
        page = self._page
        doc = page.document()
        if doc is None or not doc.may_change({ChangeKind.TASK}):
            return
        clip = self.clip_on_clipboard()
        if clip is None:
            return
        self._insert(clip, page.current_id(), ops.paste_text(len(clip)))

    def duplicate(self) -> None:
        from oa_desk.services.clipboard import copy_tasks

        page = self._page
        doc, ids = page.document(), page.selected_ids()
        if doc is None or not doc.may_change({ChangeKind.TASK}) or not ids:
            return
        clip = copy_tasks(doc.store, ids)
        tops = [t.key for t in clip.top_rows()]
        # below the last chosen row, as a sibling of it
        self._insert(clip, tops[-1], ops.paste_text(len(clip), duplicate=True))

    def _insert(self, clip: Clip, after: int | None, text: str) -> None:
        page = self._page
        doc = page.document()
        if doc is None:
            return
        result = ops.paste(doc, clip, after, text)
        if page.done(result) and result.new_ids:
            tops = [result.new_ids[k] for k, t in enumerate(clip.tasks) if t.parent is None]
            page.select_ids(tops, current=tops[0])
            page.reveal(tops[0])
