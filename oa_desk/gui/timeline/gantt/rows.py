"""What the Gantt draws, as plain frozen values, and the index that finds links fast.

* :class:`ChartRow` per row *currently visible in the tree table* (expanded and
  filtered), in display order, all rows the same height: row ``i`` occupies
  content ``y = i * row_height .. (i + 1) * row_height``. ``start is None``
  means unscheduled (nothing is drawn). ``finish`` is the inclusive last
  working day; a milestone has ``start == finish``.
* :class:`ChartLink` per dependency. Links whose ends are not both among the
  rows (collapsed or filtered away) are not drawn.
* :class:`LinkIndex` files links by the rows they span, so a paint asks for the
  links near the visible rows and never scans them all.

No Qt here: tests, the demo and benchmarks build rows without a display.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from oa_desk.domain.enums import DependencyType, Phase, TaskKind


@dataclass(frozen=True, slots=True)
class ChartRow:
    task_id: int
    name: str
    kind: TaskKind  # task / summary / milestone
    phase: Phase
    start: dt.date | None  # None = unscheduled: draw nothing
    finish: dt.date | None  # inclusive last working day; milestone: start == finish
    progress: int  # 0..100
    level: int  # outline level, 0 = top
    critical: bool = False
    late: bool = False  # finish before today and not done
    baseline_start: dt.date | None = None
    baseline_finish: dt.date | None = None


@dataclass(frozen=True, slots=True)
class ChartLink:
    pred: int
    succ: int
    type: DependencyType
    critical: bool = False


_LinkEntry = tuple[int, int, int, int, int, bool]  # lo, hi, pred row, succ row, type, critical
_TYPE_CODE: dict[str, int] = {"FS": 0, "SS": 1, "FF": 2, "SF": 3}


class LinkIndex:
    """Finds the links whose vertical extent meets a range of rows without a scan.

    A link spans rows ``lo..hi``. It is filed at the smallest level ``k`` at
    which ``lo`` and ``hi`` fall in the same or adjacent blocks of
    ``2**(SHIFT + k)`` rows, under ``lo``'s block. A query for rows ``r0..r1``
    visits, per level, the blocks from one before ``r0``'s to ``r1``'s, so it
    costs O(levels + links near the window), whatever the total.
    """

    SHIFT = 4  # 16-row blocks at level 0

    def __init__(self, links: Iterable[ChartLink], row_of: dict[int, int]) -> None:
        self.levels: list[dict[int, list[_LinkEntry]]] = []
        self.count = 0
        levels = self.levels
        shift0 = self.SHIFT
        codes = _TYPE_CODE  # a StrEnum hashes like its value: no str() needed
        get_row = row_of.get
        count = 0
        for link in links:
            a = get_row(link.pred)
            b = get_row(link.succ)
            if a is None or b is None or a == b:
                continue
            lo, hi = (a, b) if a < b else (b, a)
            shift = shift0
            span = hi - lo
            if span > 1 << shift0:
                shift += span.bit_length() - shift0 - 1
            while (hi >> shift) - (lo >> shift) > 1:
                shift += 1
            k = shift - shift0
            while len(levels) <= k:
                levels.append({})
            entry = (lo, hi, a, b, codes.get(link.type, 0), link.critical)
            level = levels[k]
            block = lo >> shift
            bucket = level.get(block)
            if bucket is None:
                level[block] = [entry]
            else:
                bucket.append(entry)
            count += 1
        self.count = count

    def query(self, r0: int, r1: int) -> Iterator[_LinkEntry]:
        """Links whose rows ``lo..hi`` meet ``r0..r1`` (each once)."""
        shift = self.SHIFT
        for level in self.levels:
            if level:
                for block in range((r0 >> shift) - 1, (r1 >> shift) + 1):
                    bucket = level.get(block)
                    if bucket is not None:
                        for entry in bucket:
                            if entry[0] <= r1 and entry[1] >= r0:
                                yield entry
            shift += 1


def date_extent(rows: Iterable[ChartRow]) -> tuple[int | None, int | None]:
    """First and last day ordinal over rows' current and baseline dates."""
    lo: dt.date | None = None
    hi: dt.date | None = None
    for row in rows:
        for first, last in ((row.start, row.finish), (row.baseline_start, row.baseline_finish)):
            if first is None:
                continue
            last = last or first
            if lo is None or first < lo:
                lo = first
            if hi is None or last > hi:
                hi = last
    return (
        lo.toordinal() if lo is not None else None,
        hi.toordinal() if hi is not None else None,
    )
