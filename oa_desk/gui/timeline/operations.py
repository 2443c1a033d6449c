"""The Timeline's user intents, one small function each.

Every function runs one service through :func:`oa_desk.gui.operations.perform`
(one undo step, errors shown by the window, the status bar told) and returns
the service's result, or None when the intent was refused. Task structure and
field edits are undone by ``tasks.revert_task_edit``, date and link edits by
``schedule.revert``: each result carries its typed undo record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject

from oa_desk.domain.calendar import WorkCalendar
from oa_desk.domain.changes import Changes
from oa_desk.domain.enums import DependencyType, Phase, TaskKind
from oa_desk.gui.document import PlanDocument
from oa_desk.gui.operations import perform
from oa_desk.gui.timeline.model import Col
from oa_desk.services import tasks as task_service
from oa_desk.services.timeline import TimelineRow

translate = QCoreApplication.translate  # literal contexts and texts: lupdate finds them


class _Plurals(QObject):
    """Texts with a count: lupdate marks plurals only of ``self.tr(text, "", n)``."""

    def delete(self, n: int) -> str:
        return self.tr("Delete %n task(s)", "", n)

    def paste(self, n: int) -> str:
        return self.tr("Paste %n task(s)", "", n)

    def duplicate(self, n: int) -> str:
        return self.tr("Duplicate %n task(s)", "", n)


class ScheduleResult(Protocol):
    """A scheduling service's result: what changed, its undo, constraints not met."""

    @property
    def changes(self) -> Changes: ...
    @property
    def undo(self) -> Any: ...
    @property
    def conflicts(self) -> Any: ...


def task_edit(
    doc: PlanDocument,
    text: str,
    do: Callable[[], task_service.TaskEdit],
    ids: Iterable[int] = (),
) -> task_service.TaskEdit | None:
    """An edit of the work breakdown (fields, outline, rows), undone exactly; refused if
    another user changed one of the tasks ``ids`` since the page read it."""
    store = doc.store
    read = doc.versions_read("task", ids)
    return perform(doc, text, do, lambda r: task_service.revert_task_edit(store, r.undo), read=read)


def schedule_edit(
    doc: PlanDocument, text: str, do: Callable[[], Any], ids: Iterable[int] = ()
) -> Any:
    """A date, link, calendar or baseline edit of the scheduling services, undone exactly
    (refused, as :func:`task_edit`, over another user's change to ``ids``)."""
    from oa_desk.services import schedule as schedule_service

    store = doc.store
    read = doc.versions_read("task", ids)
    return perform(doc, text, do, lambda r: schedule_service.revert(store, r.undo), read=read)


# -- cell edits: one intent per editable column ---------------------------------------------


def _set_field(field: str, convert: Callable[[Any], Any] = lambda v: v) -> CellEdit:
    def edit(doc: PlanDocument, row: TimelineRow, value: Any, _cal: WorkCalendar) -> Any:
        store = doc.store
        return task_edit(
            doc,
            translate("TimelineOperations", "Change {what} of {name}").format(
                what=FIELD_WORDS[field](), name=row.name
            ),
            lambda: task_service.set_task_fields(store, row.id, {field: convert(value)}),
            [row.id],
        )

    return edit


def rename(doc: PlanDocument, row: TimelineRow, value: Any, _cal: WorkCalendar) -> Any:
    store = doc.store
    return task_edit(
        doc,
        translate("TimelineOperations", "Rename task {name}").format(name=row.name),
        lambda: task_service.set_task_fields(store, row.id, {"name": str(value)}),
        [row.id],
    )


def set_predecessors(doc: PlanDocument, row: TimelineRow, value: Any, _cal: WorkCalendar) -> Any:
    store = doc.store
    return task_edit(
        doc,
        translate("TimelineOperations", "Change predecessors of {name}").format(name=row.name),
        lambda: task_service.set_predecessors(store, row.id, str(value or "")),
        [row.id],
    )


def move(doc: PlanDocument, row: TimelineRow, start: Any, _cal: WorkCalendar) -> Any:
    from oa_desk.services import schedule as schedule_service

    if not isinstance(start, dt.date):
        return None
    store = doc.store
    return schedule_edit(
        doc,
        translate("TimelineOperations", "Move {name}").format(name=row.name),
        lambda: schedule_service.move_task(store, row.id, start),
        [row.id],
    )


def set_duration(doc: PlanDocument, row: TimelineRow, days: Any, _cal: WorkCalendar) -> Any:
    from oa_desk.services import schedule as schedule_service

    store = doc.store
    return schedule_edit(
        doc,
        translate("TimelineOperations", "Change duration of {name}").format(name=row.name),
        lambda: schedule_service.change_duration(store, row.id, int(days)),
        [row.id],
    )


def set_finish(doc: PlanDocument, row: TimelineRow, finish: Any, cal: WorkCalendar) -> Any:
    """A new finish (typed, or a bar's end dragged): the duration in working days to it."""
    if not isinstance(finish, dt.date) or row.start is None:
        return None
    days = cal.count_working_days(row.start, max(finish, row.start))
    return set_duration(doc, row, max(1, days), cal)


def set_progress(doc: PlanDocument, row: TimelineRow, value: Any, _cal: WorkCalendar) -> Any:
    from oa_desk.services import schedule as schedule_service

    store = doc.store
    return schedule_edit(
        doc,
        translate("TimelineOperations", "Change progress of {name}").format(name=row.name),
        lambda: schedule_service.set_progress(store, row.id, int(value)),
        [row.id],
    )


class CellEdit(Protocol):
    def __call__(
        self, doc: PlanDocument, row: TimelineRow, value: Any, cal: WorkCalendar, /
    ) -> Any: ...


FIELD_WORDS: Mapping[str, Callable[[], str]] = {
    "phase": lambda: translate("TimelineOperations", "phase"),
    "owner_id": lambda: translate("TimelineOperations", "owner"),
    "department_id": lambda: translate("TimelineOperations", "department"),
    "wave_id": lambda: translate("TimelineOperations", "wave"),
}

# What typing in each editable column of the table does.
CELL_EDITS: Mapping[Col, CellEdit] = {
    Col.NAME: rename,
    Col.PHASE: _set_field("phase", Phase),
    Col.OWNER: _set_field("owner_id"),
    Col.DEPARTMENT: _set_field("department_id"),
    Col.WAVE: _set_field("wave_id"),
    Col.PREDECESSORS: set_predecessors,
    Col.START: move,
    Col.FINISH: set_finish,
    Col.DURATION: set_duration,
    Col.PROGRESS: set_progress,
}


def edit_cell(
    doc: PlanDocument, row: TimelineRow, column: Col, value: Any, cal: WorkCalendar
) -> Any:
    """The intent for a value typed into ``column`` of ``row``; None if none or refused."""
    edit = CELL_EDITS.get(column)
    if edit is None or (column == Col.PHASE and not value):
        return None
    return edit(doc, row, value, cal)


# -- chart gestures and structure ----------------------------------------------------------


def link(doc: PlanDocument, pred: TimelineRow, succ: TimelineRow) -> Any:
    """A link dragged from one bar to another: finish-to-start, no lag."""
    from oa_desk.services import schedule as schedule_service

    store = doc.store
    return schedule_edit(
        doc,
        translate("TimelineOperations", "Link {a} to {b}").format(a=pred.name, b=succ.name),
        lambda: schedule_service.add_dependency(store, pred.id, succ.id, DependencyType.FS, 0),
    )


def insert(doc: PlanDocument, after: int | None, kind: TaskKind) -> task_service.TaskEdit | None:
    """A new task or milestone below ``after``; redo gives it back the same id."""
    store = doc.store
    name = (
        translate("TimelineOperations", "New milestone")
        if kind == TaskKind.MILESTONE
        else translate("TimelineOperations", "New task")
    )
    reuse: list[int] = []

    def do() -> task_service.TaskEdit:
        result = task_service.insert_task(
            store, after=after, name=name, kind=kind, task_id=reuse[0] if reuse else None
        )
        reuse[:] = list(result.new_ids)
        return result

    return task_edit(doc, translate("TimelineOperations", "Insert {name}").format(name=name), do)


def delete(doc: PlanDocument, ids: list[int]) -> task_service.TaskEdit | None:
    store = doc.store
    return task_edit(
        doc,
        _Plurals().delete(len(ids)),
        lambda: task_service.delete_tasks(store, ids),
        ids,
    )


def indent(doc: PlanDocument, ids: list[int]) -> task_service.TaskEdit | None:
    store = doc.store
    return task_edit(
        doc,
        translate("TimelineOperations", "Indent"),
        lambda: task_service.indent_tasks(store, ids),
    )


def outdent(doc: PlanDocument, ids: list[int]) -> task_service.TaskEdit | None:
    store = doc.store
    return task_edit(
        doc,
        translate("TimelineOperations", "Outdent"),
        lambda: task_service.outdent_tasks(store, ids),
    )


def move_rows(doc: PlanDocument, ids: list[int], step: int) -> task_service.TaskEdit | None:
    store = doc.store
    text = (
        translate("TimelineOperations", "Move up")
        if step < 0
        else translate("TimelineOperations", "Move down")
    )
    return task_edit(doc, text, lambda: task_service.move_tasks(store, ids, step))


def update_task(
    doc: PlanDocument, row: TimelineRow, changes: Mapping[str, Any]
) -> task_service.TaskEdit | None:
    """The task dialog's OK: every changed field in one step."""
    store = doc.store
    return task_edit(
        doc,
        translate("TimelineOperations", "Edit task {name}").format(name=row.name),
        lambda: task_service.update_task(store, row.id, **changes),
        [row.id],
    )


def save_baseline(doc: PlanDocument, name: str) -> Any:
    from oa_desk.services import baselines

    store = doc.store
    return schedule_edit(
        doc,
        translate("TimelineOperations", "Save baseline {name}").format(name=name),
        lambda: baselines.save_baseline(store, name),
    )


def link_tasks(doc: PlanDocument, ids: list[int]) -> Any:
    """Link the chosen tasks finish-to-start in outline order (Ctrl+F2)."""
    from oa_desk.services import task_links

    store = doc.store
    return schedule_edit(
        doc,
        translate("TimelineOperations", "Link tasks"),
        lambda: task_links.link_tasks(store, ids),
    )


def unlink_tasks(doc: PlanDocument, ids: list[int]) -> Any:
    """Remove the links among the chosen tasks (of a single task: all its links)."""
    from oa_desk.services import task_links

    store = doc.store
    return schedule_edit(
        doc,
        translate("TimelineOperations", "Unlink tasks"),
        lambda: task_links.unlink_tasks(store, ids),
    )


def paste(doc: PlanDocument, clip: Any, after: int | None, text: str) -> Any:
    """Paste a clip of tasks below ``after``: one step; redo gives them back their ids."""
    from oa_desk.services import clipboard

    store = doc.store
    reuse: list[int] = []

    def do() -> task_service.TaskEdit:
        result = clipboard.paste_tasks(store, clip, after=after, task_ids=reuse or None)
        reuse[:] = list(result.new_ids)
        return result

    return task_edit(doc, text, do)


def set_status_date(doc: PlanDocument, day: dt.date | None) -> Any:
    """The plan's status date (None: follow today), undone like any plan edit."""
    from oa_desk.services import plan as plan_service

    store = doc.store
    text = (
        translate("TimelineOperations", "Set the status date to {date}").format(
            date=day.isoformat()
        )
        if day is not None
        else translate("TimelineOperations", "Let the status date follow today")
    )
    return perform(
        doc,
        text,
        lambda: plan_service.edit_plan(store, {"status_date": day}),
        lambda edit: plan_service.revert_plan_edit(store, edit),
    )


def paste_text(n: int, *, duplicate: bool = False) -> str:
    """Edit › Undo's words for a paste or a duplicate of ``n`` tasks."""
    words = _Plurals()
    return words.duplicate(n) if duplicate else words.paste(n)
