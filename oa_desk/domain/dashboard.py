"""The Overview dashboard's figures as plain data, and the arithmetic behind them.

``services/dashboard_data`` reads the plan and fills these; ``charts/dashboard``
draws them and the PDF status report prints them. Pure Python: the rules are the
domain's own (task health, risk score, KPI progress, SLA), applied here to
plain values so every figure can be tested without a database or Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from oa_desk.domain.enums import AudienceTier

__all__ = [
    "AdoptionCurve",
    "KpiBar",
    "RiskBar",
    "ScheduleHealth",
    "SupportFigures",
    "TaskFacts",
    "TierCoverage",
    "distinct_labels",
    "schedule_health",
    "week_start",
    "weekly_counts",
]


@dataclass(frozen=True, slots=True)
class TaskFacts:
    """What schedule health needs of one leaf task (dates inclusive, progress 0..100)."""

    finish: dt.date | None
    progress: int
    critical: bool
    baseline_finish: dt.date | None
    variance_days: int | None  # working days finish - baseline finish (None: no baseline)


@dataclass(frozen=True)
class ScheduleHealth:
    tasks: int
    late: int  # unfinished, finish before the status date
    critical_slipping: int  # critical, unfinished, finishing after their baseline
    with_baseline: int
    ahead: int  # finishing before their baseline
    on_baseline: int
    behind: int  # finishing after their baseline
    mean_variance: float | None  # working days; None without a baseline
    worst_variance: int | None


def schedule_health(tasks: Iterable[TaskFacts], status_date: dt.date) -> ScheduleHealth:
    total = late = critical = ahead = same = behind = 0
    variances: list[int] = []
    for t in tasks:
        total += 1
        done = t.progress >= 100
        if not done and t.finish is not None and t.finish < status_date:
            late += 1
        if t.variance_days is None:
            continue
        variances.append(t.variance_days)
        if t.variance_days > 0:
            behind += 1
            if t.critical and not done:
                critical += 1
        elif t.variance_days < 0:
            ahead += 1
        else:
            same += 1
    mean = sum(variances) / len(variances) if variances else None
    worst = max(variances) if variances else None
    return ScheduleHealth(total, late, critical, len(variances), ahead, same, behind, mean, worst)


@dataclass(frozen=True)
class TierCoverage:
    """Headcounts of one audience tier over the whole organisation (training's roll-up)."""

    tier: AudienceTier
    required: int
    trained: int
    passed: int

    @property
    def passed_share(self) -> float | None:
        return self.passed / self.required if self.required else None


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week."""
    return day - dt.timedelta(days=day.weekday())


def weekly_counts(days: Iterable[dt.date], weeks: Sequence[dt.date]) -> list[int]:
    """How many of ``days`` fall in each week starting on the Mondays ``weeks``."""
    index = {w: i for i, w in enumerate(weeks)}
    out = [0] * len(weeks)
    for day in days:
        i = index.get(week_start(day))
        if i is not None:
            out[i] += 1
    return out


@dataclass(frozen=True)
class SupportFigures:
    open: int
    breached: int  # open tickets past a response or resolution target
    weeks: tuple[dt.date, ...] = ()  # Mondays, oldest first
    opened: tuple[int, ...] = ()  # tickets opened per week
    resolved: tuple[int, ...] = ()  # tickets resolved per week


@dataclass(frozen=True)
class RiskBar:
    title: str
    probability: int
    impact: int

    @property
    def score(self) -> int:
        return self.probability * self.impact


@dataclass(frozen=True)
class KpiBar:
    name: str
    progress: float | None  # 0..1 toward target (may exceed 1); None: not measured
    rag: str | None  # the KPI's state as green/amber/red (domain.kpis.rag); None: unjudged


@dataclass(frozen=True)
class AdoptionCurve:
    """One department's active-user rate (0..1) by day, from its adoption snapshots."""

    department: str
    days: tuple[dt.date, ...]
    rates: tuple[float, ...]
    go_live: dt.date | None = None
    target: float | None = None  # the active-user KPI's target, as a rate

    def after_go_live(self) -> AdoptionCurve:
        """The curve since the department went live (all of it without a go-live date)."""
        if self.go_live is None:
            return self
        kept = [(d, r) for d, r in zip(self.days, self.rates, strict=True) if d >= self.go_live]
        return AdoptionCurve(
            self.department,
            tuple(d for d, _r in kept),
            tuple(r for _d, r in kept),
            self.go_live,
            self.target,
        )


@dataclass(frozen=True)
class DashboardFigures:
    """Everything the dashboard's charts and the PDF status report show."""

    status_date: dt.date
    schedule: ScheduleHealth
    tiers: tuple[TierCoverage, ...]
    support: SupportFigures
    risks: tuple[RiskBar, ...]
    kpis: tuple[KpiBar, ...]
    adoption: tuple[AdoptionCurve, ...] = field(default=())


def distinct_labels(paths: Sequence[str], sep: str = "/") -> list[str]:
    """Each path ("集团/华东分公司/产品研发部") by its shortest tail no other path shares:
    the department's own name, else parent/name, and so on up to the whole path."""
    parts = [p.split(sep) for p in paths]
    labels = []
    for mine in parts:
        for k in range(1, len(mine) + 1):
            tail = mine[-k:]
            if not any(o is not mine and o[-k:] == tail for o in parts):
                break
        labels.append(sep.join(tail))
    return labels
