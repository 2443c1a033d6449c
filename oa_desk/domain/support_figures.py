"""The Support page's figures as plain data, computed from plain tuples.

What the charts of ``charts/support.py`` draw: tickets opened and closed per
day with the backlog (open at each day's end), SLA attainment per priority,
tickets by type and by department, the questions asked again and again (the
knowledge-base articles with the most linked tickets) and satisfaction per
feedback round and department. No database, no Qt: ``services/support_stats``
reads the tuples and calls :func:`daily_flow` and :func:`sla_attainment`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from oa_desk.domain.enums import TicketPriority
from oa_desk.domain.support import CHINA_TZ, SlaLevel, TicketSla

__all__ = [
    "DailyFlow",
    "RoundScore",
    "SlaAttainment",
    "SupportFigures",
    "daily_flow",
    "sla_attainment",
]


@dataclass(frozen=True)
class DailyFlow:
    days: Sequence[dt.date]
    opened: Sequence[int]
    closed: Sequence[int]
    backlog: Sequence[int]  # open at the end of each day

    @property
    def empty(self) -> bool:
        return not self.days


@dataclass(frozen=True)
class SlaAttainment:
    """Per priority: resolved within target, resolved late, open and breached, open in time."""

    priorities: Sequence[TicketPriority]
    met: Sequence[int]
    missed: Sequence[int]
    open_breached: Sequence[int]
    open_ok: Sequence[int]

    def share_met(self, i: int) -> float | None:
        done = self.met[i] + self.missed[i]
        return self.met[i] / done if done else None


@dataclass(frozen=True)
class RoundScore:
    department: str
    day: dt.date
    satisfaction: float
    respondents: int


@dataclass(frozen=True)
class SupportFigures:
    flow: DailyFlow
    sla: SlaAttainment
    by_type: Sequence[tuple[str, int]]  # type code, tickets
    by_department: Sequence[tuple[str, int]]  # department name, tickets (most first)
    top_questions: Sequence[tuple[str, int]]  # article question, linked tickets
    rounds: Sequence[RoundScore] = field(default=())


def _day(moment: dt.datetime, tz: dt.tzinfo) -> dt.date:
    return moment.astimezone(tz).date()


def daily_flow(
    moments: Iterable[tuple[dt.datetime, dt.datetime | None]],
    *,
    last: dt.date,
    days: int = 60,
    tz: dt.tzinfo = CHINA_TZ,
) -> DailyFlow:
    """Opened and closed per local day over the ``days`` days ending ``last``, and the
    backlog at each day's end, from (created, closed or None) moments."""
    first = last - dt.timedelta(days=days - 1)
    opened: Counter[dt.date] = Counter()
    closed: Counter[dt.date] = Counter()
    before = 0  # open at the end of the day before ``first``
    for created, done in moments:
        c = _day(created, tz)
        d = _day(done, tz) if done is not None else None
        if c < first and (d is None or d >= first):
            before += 1
        if first <= c <= last:
            opened[c] += 1
        if d is not None and first <= d <= last:
            closed[d] += 1
    span = [first + dt.timedelta(days=i) for i in range(days)]
    if not opened and not closed and not before:
        return DailyFlow((), (), (), ())
    backlog, open_now = [], before
    for day in span:
        open_now += opened[day] - closed[day]
        backlog.append(open_now)
    return DailyFlow(span, [opened[d] for d in span], [closed[d] for d in span], backlog)


def sla_attainment(
    priorities: Mapping[int, TicketPriority], slas: Mapping[int, TicketSla]
) -> SlaAttainment:
    """The resolution SLA of every ticket counted per priority."""
    order = list(TicketPriority)
    index = {p: i for i, p in enumerate(order)}
    met, missed, open_breached, open_ok = ([0] * len(order) for _ in range(4))
    for tid, sla in slas.items():
        i = index[priorities[tid]]
        state = sla.resolution
        if state.done:
            (met if state.level is SlaLevel.MET else missed)[i] += 1
        elif state.level is SlaLevel.BREACHED:
            open_breached[i] += 1
        else:
            open_ok[i] += 1
    return SlaAttainment(order, met, missed, open_breached, open_ok)
