"""Timeline rows as the Gantt chart draws them."""

from __future__ import annotations

import datetime as dt

from oa_desk.domain.enums import TaskKind
from oa_desk.gui.timeline.gantt import ChartRow
from oa_desk.services.timeline import TimelineRow


def chart_row(row: TimelineRow, today: dt.date) -> ChartRow:
    late = bool(row.finish and row.finish < today and row.progress < 100)
    return ChartRow(
        task_id=row.id,
        name=row.name,
        kind=TaskKind.SUMMARY if row.has_children else row.kind,
        phase=row.phase,
        start=row.start,
        finish=row.finish,
        progress=row.progress,
        level=row.level,
        critical=row.critical,
        late=late,
        baseline_start=row.baseline_start,
        baseline_finish=row.baseline_finish,
    )
