"""Rows copied from Excel as a clip of new tasks (see :mod:`oa_desk.services.clipboard`).

Excel puts a copied range on the clipboard as tab-separated text, one line
per row. :func:`clip_from_text` reads it into a
:class:`~oa_desk.services.clipboard.Clip` that ``paste_tasks`` inserts; the
cell formats are read with :mod:`oa_desk.exchange.normalize` (dates as Excel
writes them in any locale) and the predecessor notation of
:mod:`oa_desk.domain.links`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from oa_desk.domain.enums import ConstraintType, TaskKind
from oa_desk.domain.links import PredecessorSyntaxError, parse_predecessors
from oa_desk.services.clipboard import (
    MAX_CLIP_TASKS,
    MAX_CLIP_TEXT,
    Clip,
    ClipboardError,
    ClipLink,
    ClipTask,
)

__all__ = ["clip_from_text"]


# Header words of the columns a pasted sheet may have (lower case, no spaces).
_HEADERS: Mapping[str, frozenset[str]] = {
    "id": frozenset({"id", "标识号", "编号", "序号", "任务id", "#"}),
    "name": frozenset({"task", "name", "taskname", "任务", "任务名称", "名称", "任务名"}),
    "duration": frozenset({"duration", "工期", "持续时间", "工期(天)", "工期(工作日)", "days"}),
    "start": frozenset({"start", "开始", "开始时间", "开始日期", "计划开始"}),
    "predecessors": frozenset({"predecessors", "前置任务", "紧前任务", "前置"}),
}
_DEFAULT_ORDER = ("name", "duration", "start", "predecessors")
_DURATION = re.compile(r"^\s*(\d+(?:\.0+)?)\s*(?:d|days?|天|个?工作日|工作天)?\s*\??$", re.I)


def clip_from_text(text: str) -> Clip:
    """Rows copied from Excel (tab-separated) as new top-level tasks.

    A first row whose cells are column titles (``Task``/``任务名称``, ``Duration``/
    ``工期``, ``Start``/``开始``, ``Predecessors``/``前置任务``, ``ID``) says which
    column is what; without one the columns are name, duration, start and
    predecessors. Predecessors naming a row's ID in the pasted ID column link to
    that pasted task; other numbers are tasks of the plan. A start becomes a
    start-no-earlier-than constraint; a duration of 0 makes a milestone.
    """
    from oa_desk.exchange.normalize import CellError, parse_date

    if len(text) > MAX_CLIP_TEXT:
        raise ClipboardError("clip_too_many", "Too much to paste.", limit=MAX_CLIP_TASKS)
    lines = [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    rows = [[cell.strip() for cell in line.split("\t")] for line in lines if line.strip()]
    if not rows:
        raise ClipboardError("clip_empty", "There is nothing to paste.")
    columns = _header(rows[0])
    first = 1 if columns is not None else 0
    if columns is None:
        columns = dict(zip(_DEFAULT_ORDER, range(len(rows[0])), strict=False))
    if "name" not in columns:
        raise ClipboardError("clip_unreadable", "The rows have no task name column.")
    if len(rows) - first > MAX_CLIP_TASKS:
        raise ClipboardError("clip_too_many", "Too many rows to paste.", limit=MAX_CLIP_TASKS)

    def cell(row: Sequence[str], key: str) -> str:
        k = columns.get(key)
        return row[k] if k is not None and k < len(row) else ""

    tasks: list[ClipTask] = []
    pending: list[tuple[int, int, str]] = []  # row number, key, predecessor text
    given: dict[int, int] = {}  # the sheet's ID -> key
    for number, row in enumerate(rows[first:], start=first + 1):
        name = cell(row, "name")
        if not name:
            continue
        key = -len(tasks) - 1  # keys of pasted rows: never a plan's id
        duration_text = cell(row, "duration")
        duration = 1
        if duration_text:
            match = _DURATION.match(duration_text)
            if match is None:
                raise _bad_cell(number, "duration", duration_text)
            duration = int(float(match.group(1)))
        start_text = cell(row, "start")
        try:
            start = parse_date(start_text) if start_text else None
        except CellError:
            raise _bad_cell(number, "start", start_text) from None
        ident = cell(row, "id")
        if ident.isdigit():
            given[int(ident)] = key
        tasks.append(
            ClipTask(
                key=key,
                parent=None,
                name=name,
                kind=TaskKind.MILESTONE if duration == 0 else TaskKind.TASK,
                duration=duration,
                constraint_type=ConstraintType.SNET if start else ConstraintType.ASAP,
                constraint_date=start,
                start=start,
            )
        )
        if cell(row, "predecessors"):
            pending.append((number, key, cell(row, "predecessors")))
    if not tasks:
        raise ClipboardError("clip_empty", "There is nothing to paste.")
    links: list[ClipLink] = []
    for number, key, notation in pending:
        try:
            preds = parse_predecessors(notation)
        except PredecessorSyntaxError:
            raise _bad_cell(number, "predecessors", notation) from None
        for p in preds:
            inside = given.get(p.task_id)
            links.append(
                ClipLink(
                    inside if inside is not None else p.task_id,
                    key,
                    p.type,
                    p.lag,
                    outside=inside is None,
                )
            )
    return Clip(tuple(tasks), tuple(links))


def _header(row: Sequence[str]) -> dict[str, int] | None:
    found: dict[str, int] = {}
    for k, text in enumerate(row):
        word = re.sub(r"\s+", "", text).lower()
        for key, words in _HEADERS.items():
            if word in words and key not in found:
                found[key] = k
    # A row of titles names at least two known columns (a task named "任务" is a task).
    return found if len(found) >= 2 else None


def _bad_cell(row: int, column: str, value: str) -> ClipboardError:
    return ClipboardError(
        "clip_bad_cell",
        f"Row {row}: cannot read {column} “{value}”.",
        row=row,
        column=column,
        value=value[:80],
    )
