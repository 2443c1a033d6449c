"""The Gantt chart: a custom-painted, virtualised timeline beside the WBS tree.

Modules, by responsibility:

* ``rows``: the plain data it draws (:class:`ChartRow`, :class:`ChartLink`) and
  the :class:`LinkIndex` that finds the links near the visible rows;
* ``scale``: zoom levels, calendar periods, their labels, the two-tier header;
* ``style``: pens and brushes from the palette and the colour vocabulary;
* ``renderer``: :class:`GanttRenderer`, the painting engine for the widget
  and the exporters; ``links``: the dependency arrows it paints;
* ``view``: :class:`GanttChart`, the widget (its docstring is the contract
  with the Timeline page);
* ``drag``: hover, tooltips and the drag gestures.

Working days come from :class:`oa_desk.domain.calendar.WorkCalendar` and
health colours from :mod:`oa_desk.domain.health`; the chart keeps no rules
of its own.
"""

from oa_desk.gui.timeline.gantt.links import LABEL_GAP
from oa_desk.gui.timeline.gantt.renderer import ColourMode, GanttRenderer, PaintStats
from oa_desk.gui.timeline.gantt.rows import ChartLink, ChartRow, LinkIndex, date_extent
from oa_desk.gui.timeline.gantt.scale import (
    NOMINAL_PX_PER_DAY,
    ZOOM_ORDER,
    ZoomLevel,
    level_for_scale,
)
from oa_desk.gui.timeline.gantt.style import to_qdate
from oa_desk.gui.timeline.gantt.view import GanttChart

__all__ = [
    "LABEL_GAP",
    "NOMINAL_PX_PER_DAY",
    "ZOOM_ORDER",
    "ChartLink",
    "ChartRow",
    "ColourMode",
    "GanttChart",
    "GanttRenderer",
    "LinkIndex",
    "PaintStats",
    "ZoomLevel",
    "date_extent",
    "level_for_scale",
    "to_qdate",
]
