"""Dependency arrows: routed as axis-aligned segments between the bars they join.

An arrow leaves the predecessor's finish (FS, FF) or start (SS, SF), runs
along the row, turns down or up next to the successor and enters its start
(FS, SS) travelling right or its finish (FF, SF) travelling left; when the
ends overlap it goes around along the boundary between the rows. Segments
are painted as opaque rectangles (cheap on the raster engine) and clipped to
just outside the window, so an arrow to a row scrolled out of view still
leaves the window in the right direction. Only links the
:class:`~oa_desk.gui.timeline.gantt.rows.LinkIndex` returns for the visible
rows are considered.

Labels and links keep apart: an arrow leaves a bar's end with a stub of
:data:`STUB` pixels and turns there, so a bar's label starts
:data:`LABEL_GAP` pixels after the bar (past that turn), and labels are
painted last on a plate of the chart's background, so a link from another
row that crosses a label passes behind it instead of through its letters.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPoint
from PySide6.QtGui import QBrush, QPainter, QPen, QPolygon

from oa_desk.domain.enums import TaskKind
from oa_desk.gui.timeline.gantt.rows import ChartRow, LinkIndex
from oa_desk.gui.timeline.gantt.style import GanttStyle

# How far an arrow runs straight out of a bar before it turns.
STUB = 6
# Where a bar's label starts, right of its end: past the turn of its outgoing arrows.
LABEL_GAP = STUB + 5


@dataclass(slots=True)
class Shapes:
    """What a paint draws antialiased, in one pass after the rectangles."""

    heads: list[QPolygon] = field(default_factory=list)
    crit_heads: list[QPolygon] = field(default_factory=list)
    summary: list[QPolygon] = field(default_factory=list)
    # diamond, fill, outline (None: none), hatched
    diamonds: list[tuple[QPolygon, QBrush, QPen | None, bool]] = field(default_factory=list)
    labels: list[tuple[int, int, str]] = field(default_factory=list)
    selected_labels: set[int] = field(default_factory=set)  # labels of selected rows


def paint_links(
    p: QPainter,
    style: GanttStyle,
    index: LinkIndex,
    rows: Sequence[ChartRow],
    shapes: Shapes,
    *,
    band: tuple[int, int, int, int, int],
    window: tuple[int, int, float, float, int, int],
    show_critical: bool,
) -> tuple[int, int]:
    """Paint the arrows of the links that meet the visible rows; the heads go to ``shapes``.

    ``band``: the visible rows ``r0..r1``, the row height, the y of row 0's bar
    middle in the window and a milestone's half width. ``window``: its width
    and height, pixels per day, the x shift (day ``o`` starts at
    ``o * px_per_day - shift``), the header's height and the vertical offset.
    Returns how many links the index gave and how many were drawn.
    """
    if not index.count:
        return 0, 0
    r0, r1, rh, mid, ms_half = band
    width, height, ppd, shift, top, y_offset = window
    crit_on = show_critical
    milestone = TaskKind.MILESTONE
    stub = STUB
    lo_x, hi_x = -8, width + 8
    lo_y, hi_y = top - 8, height + 8
    normal: list[tuple[int, int, int, int]] = []  # opaque rects: segments are axis-aligned
    critical: list[tuple[int, int, int, int]] = []
    considered = drawn = 0
    for _lo, _hi, a, b, code, crit in index.query(r0, r1):
        considered += 1
        ra = rows[a]
        rb = rows[b]
        sa = ra.start
        sb = rb.start
        if sa is None or sb is None:
            continue
        # bar extents of both ends
        oa = sa.toordinal()
        ob = sb.toordinal()
        if ra.kind == milestone:
            c = math.floor((oa + 0.5) * ppd - shift)
            ax0, ax1 = c - ms_half, c + ms_half
        else:
            fa = ra.finish.toordinal() if ra.finish is not None else oa
            ax0 = math.floor(oa * ppd - shift)
            ax1 = max(ax0 + 2, math.floor((fa + 1) * ppd - shift))
        if rb.kind == milestone:
            c = math.floor((ob + 0.5) * ppd - shift)
            bx0, bx1 = c - ms_half, c + ms_half
        else:
            fb = rb.finish.toordinal() if rb.finish is not None else ob
            bx0 = math.floor(ob * ppd - shift)
            bx1 = max(bx0 + 2, math.floor((fb + 1) * ppd - shift))
        # FS 0, SS 1, FF 2, SF 3: exit from the predecessor's finish (+1) or start (-1),
        # enter the successor's start travelling right (+1) or its finish travelling left.
        if code == 0:
            xs, ds, xe, de = ax1, 1, bx0, 1
        elif code == 1:
            xs, ds, xe, de = ax0, -1, bx0, 1
        elif code == 2:
            xs, ds, xe, de = ax1, 1, bx1, -1
        else:
            xs, ds, xe, de = ax0, -1, bx1, -1
        ys = mid + a * rh
        ye = mid + b * rh
        p1 = xs + ds * stub
        pe = xe - de * stub
        if ds == de:
            direct = p1 <= pe if ds == 1 else p1 >= pe
            xv = p1
        else:
            direct = True
            xv = max(p1, pe) if ds == 1 else min(p1, pe)
        pts: tuple[tuple[int, int], ...]
        if direct:
            if max(xs, xv, xe) < lo_x or min(xs, xv, xe) > hi_x:
                continue
            pts = ((xs, ys), (xv, ys), (xv, ye), (xe, ye))
        else:
            if max(xs, p1, pe, xe) < lo_x or min(xs, p1, pe, xe) > hi_x:
                continue
            # around: along the boundary between the rows, next to the successor
            yb = top - y_offset + (b * rh if b > a else (b + 1) * rh)
            pts = ((xs, ys), (p1, ys), (p1, yb), (pe, yb), (pe, ye), (xe, ye))
        drawn += 1
        if crit_on and crit:
            target, o, t = critical, 1, 2
        else:
            target, o, t = normal, 0, 1
        px = min(max(pts[0][0], lo_x), hi_x)
        py = min(max(pts[0][1], lo_y), hi_y)
        for qx, qy in pts[1:]:
            qx = min(max(qx, lo_x), hi_x)
            qy = min(max(qy, lo_y), hi_y)
            if qx != px or qy != py:
                target.append(
                    (min(px, qx) - o, min(py, qy) - o, abs(qx - px) + t, abs(qy - py) + t)
                )
            px, py = qx, qy
        if lo_y < ye < hi_y and lo_x < xe < hi_x:
            heads = shapes.crit_heads if target is critical else shapes.heads
            heads.append(
                QPolygon([QPoint(xe, ye), QPoint(xe - de * 6, ye - 4), QPoint(xe - de * 6, ye + 4)])
            )
    brush = style.link_brush
    for x, y, w, h in normal:
        p.fillRect(x, y, w, h, brush)
    brush = style.crit_brush
    for x, y, w, h in critical:
        p.fillRect(x, y, w, h, brush)

    return considered, drawn
