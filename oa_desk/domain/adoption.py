"""Adoption after go-live: the department scorecard (the monthly 通报 a PMO sends).

From a department's adoption snapshots in a period: the active-user rate (active
accounts over accounts), stickiness (weekly actives over monthly actives), the
workflows started online and the paperless rate (online approvals over all
approvals, where the export has them), each against the KPI targets. Rates are
weighted by the snapshots' own counts (summed, then divided), so a department's
figure and a wave's are computed the same way. Pure functions of plain values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "Figures",
    "Snapshot",
    "Targets",
    "figures",
    "rank",
]


@dataclass(frozen=True, slots=True)
class Snapshot:
    """One department's figures of one day, as imported."""

    day: dt.date
    active: int
    accounts: int
    online: int = 0
    weekly: int | None = None
    monthly: int | None = None
    all_approvals: int | None = None


@dataclass(frozen=True)
class Targets:
    """The KPI targets as rates (0..1); None: no such KPI in the plan."""

    active_rate: float | None = None
    paperless_rate: float | None = None
    stickiness: float | None = None


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole > 0 else None


@dataclass(frozen=True)
class Figures:
    """A department's (or a wave's) adoption in a period."""

    snapshots: int
    accounts: int  # on the latest day (summed over departments for a wave)
    active: int
    account_days: int  # accounts summed over the snapshots (the active rate's whole)
    online: int  # workflows started online in the period
    weekly: int
    monthly: int
    paperless_online: int  # online approvals of the snapshots that have all approvals
    all_approvals: int

    @property
    def active_rate(self) -> float | None:
        return _ratio(self.active, self.account_days)

    @property
    def stickiness(self) -> float | None:
        return _ratio(self.weekly, self.monthly)

    @property
    def paperless_rate(self) -> float | None:
        return _ratio(self.paperless_online, self.all_approvals)

    def below(self, targets: Targets) -> tuple[str, ...]:
        """Which measures miss their target: "active_rate", "stickiness", "paperless_rate"."""
        out = []
        for name in ("active_rate", "stickiness", "paperless_rate"):
            target, value = getattr(targets, name), getattr(self, name)
            if target is not None and value is not None and value < target:
                out.append(name)
        return tuple(out)

    def __add__(self, other: Figures) -> Figures:
        return Figures(
            self.snapshots + other.snapshots,
            self.accounts + other.accounts,
            self.active + other.active,
            self.account_days + other.account_days,
            self.online + other.online,
            self.weekly + other.weekly,
            self.monthly + other.monthly,
            self.paperless_online + other.paperless_online,
            self.all_approvals + other.all_approvals,
        )


EMPTY = Figures(0, 0, 0, 0, 0, 0, 0, 0, 0)


def figures(snapshots: Iterable[Snapshot], start: dt.date, end: dt.date) -> Figures:
    """The figures of the snapshots dated ``start``..``end`` (inclusive)."""
    kept = sorted((s for s in snapshots if start <= s.day <= end), key=lambda s: s.day)
    if not kept:
        return EMPTY
    sticky = [s for s in kept if s.weekly is not None and s.monthly is not None]
    paper = [s for s in kept if s.all_approvals is not None]
    return Figures(
        snapshots=len(kept),
        accounts=kept[-1].accounts,
        active=sum(s.active for s in kept),
        account_days=sum(s.accounts for s in kept),
        online=sum(s.online for s in kept),
        weekly=sum(s.weekly or 0 for s in sticky),
        monthly=sum(s.monthly or 0 for s in sticky),
        paperless_online=sum(s.online for s in paper),
        all_approvals=sum(s.all_approvals or 0 for s in paper),
    )


def rank(rows: Sequence[tuple[int, Figures]]) -> list[tuple[int, Figures]]:
    """Best first: by active-user rate, then paperless rate, then stickiness; a department
    without figures in the period last. Ties keep the given order (stable)."""

    def key(row: tuple[int, Figures]) -> tuple[float, float, float]:
        f = row[1]
        return (
            -(f.active_rate if f.active_rate is not None else -1.0),
            -(f.paperless_rate if f.paperless_rate is not None else -1.0),
            -(f.stickiness if f.stickiness is not None else -1.0),
        )

    return sorted(rows, key=key)
