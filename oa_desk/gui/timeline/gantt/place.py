"""Where the chart looks: the bars a zoom keeps in view and the scroll that shows a bar.

A zoom keeps one date where it is on the screen: the date under the cursor
(Ctrl+wheel), else the start of the selected task's bar when it is in view,
else the earliest bar start among the rows in view; after it, when none of
the rows in view has a bar on the screen any more, the chart scrolls to the
first of them. So the chart never shows an empty stretch of time beside rows
whose bars are elsewhere. Plain arithmetic on the renderer's geometry; the
widget (``view.py``) applies it.
"""

from __future__ import annotations

from collections.abc import Iterable

from oa_desk.gui.timeline.gantt.renderer import GanttRenderer

# Pixels left of a bar's start when the chart scrolls to it.
MARGIN = 40


def row_span(r: GanttRenderer, y_offset: int, body_height: int) -> range:
    """The rows (indexes) at least partly in a body of ``body_height`` pixels."""
    if not r.rows or body_height <= 0:
        return range(0)
    first = max(0, y_offset // r.row_height)
    last = min(len(r.rows) - 1, (y_offset + body_height - 1) // r.row_height)
    return range(first, last + 1)


def _extents(r: GanttRenderer, rows: Iterable[int], x_offset: float) -> list[tuple[int, int]]:
    out = []
    for i in rows:
        ext = r.bar_extent(r.rows[i], x_offset)
        if ext is not None:
            out.append(ext)
    return out


def zoom_anchor(
    r: GanttRenderer, x_offset: float, width: int, rows: range, selected: Iterable[int]
) -> float | None:
    """The viewport x a zoom should keep still (None: the middle)."""
    chosen = [r.row_of[t] for t in selected if t in r.row_of]
    for x0, x1 in _extents(r, sorted(chosen), x_offset):
        if x1 >= 0 and x0 <= width:
            return float(min(max(x0, 0), width))
    starts = [x0 for x0, x1 in _extents(r, rows, x_offset) if x1 >= 0 and x0 <= width]
    return float(max(0, min(starts))) if starts else None


def scroll_to_show(r: GanttRenderer, x_offset: float, width: int, rows: Iterable[int]) -> float:
    """The horizontal scroll value that brings the first of ``rows``' bars into view,
    or ``x_offset`` when one of them is already on the screen (or none has a bar)."""
    extents = _extents(r, rows, x_offset)
    if not extents or any(x1 > 0 and x0 < width for x0, x1 in extents):
        return x_offset
    first = min(x0 for x0, _x1 in extents)
    return x_offset + first - MARGIN


def scroll_to_bar(r: GanttRenderer, x_offset: float, width: int, task_id: int) -> float | None:
    """The scroll value that shows a task's bar whole (from its start when it is wider
    than the view); ``x_offset`` when it is shown already; None without a bar."""
    i = r.row_of.get(task_id)
    ext = r.bar_extent(r.rows[i], x_offset) if i is not None else None
    if ext is None:
        return None
    x0, x1 = ext
    if x0 >= 0 and x1 <= width:
        return x_offset
    if x1 - x0 <= width - 2 * MARGIN and x0 > 0:  # off the right: its end comes in
        return x_offset + x1 - width + MARGIN
    return x_offset + x0 - MARGIN
