"""Adoption after go-live: the department scorecard of a period, per department and wave,
against the KPI targets; its Excel export; and the follow-ups a department below target
gets (a retraining need, a risk, a communication: register rows, undone like any).

The arithmetic is ``domain.adoption``'s; the snapshots come from the usage export
(``exchange/foreign/adoption``) imported into ``adoption_snapshot``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from oa_desk.domain.adoption import EMPTY, Figures, Snapshot, Targets, figures, rank
from oa_desk.domain.dashboard import distinct_labels
from oa_desk.domain.enums import KpiCategory, KpiDirection
from oa_desk.exchange.current import department_paths
from oa_desk.services import plan as plan_service
from oa_desk.services import records
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore

__all__ = [
    "FOLLOW_UPS",
    "ScoreRow",
    "Scorecard",
    "add_follow_up",
    "follow_up_values",
    "month_of",
    "scorecard",
    "targets",
    "write_scorecard",
]

_ACTIVE_WORDS = ("活跃", "active")
_STICKY_WORDS = ("粘性", "黏性", "stickiness", "wau/mau", "dau/mau")


def month_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of ``day``'s month."""
    first = day.replace(day=1)
    following = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


def _rate(target: float | None, unit: str) -> float | None:
    if target is None:
        return None
    return target / 100 if unit.strip() in ("%", "％") or target > 1 else target


def targets(store: PlanStore) -> Targets:
    """The KPI targets the scorecard compares with: the adoption KPI measured in % that
    names active users (else the first adoption KPI in %), the paperless KPI in %, and a
    KPI in % named for stickiness (粘性, WAU/MAU) if the plan has one."""
    g = m.Goal
    with store.read() as session:
        rows = session.execute(
            select(g.name, g.category, g.unit, g.target)
            .where(g.direction == KpiDirection.INCREASE, g.target.is_not(None))
            .order_by(g.id)
        ).all()
    percent = [r for r in rows if r.unit.strip() in ("%", "％")]
    adoption = [r for r in percent if r.category == KpiCategory.ADOPTION]
    sticky = next((r for r in percent if any(w in r.name.lower() for w in _STICKY_WORDS)), None)
    adoption = [r for r in adoption if r is not sticky]
    active = next(
        (r for r in adoption if any(w in r.name.lower() for w in _ACTIVE_WORDS)),
        adoption[0] if adoption else None,
    )
    paperless = next((r for r in percent if r.category == KpiCategory.PAPERLESS), None)
    return Targets(
        active_rate=_rate(active.target, active.unit) if active else None,
        paperless_rate=_rate(paperless.target, paperless.unit) if paperless else None,
        stickiness=_rate(sticky.target, sticky.unit) if sticky else None,
    )


@dataclass(frozen=True)
class ScoreRow:
    rank: int  # 1 = best; 0 = no figures in the period
    department_id: int
    department: str
    wave: str
    go_live: dt.date | None
    figures: Figures
    below: tuple[str, ...]  # the measures under target


@dataclass(frozen=True)
class Scorecard:
    start: dt.date
    end: dt.date
    targets: Targets
    rows: tuple[ScoreRow, ...]  # ranked, best first
    waves: tuple[tuple[str, Figures], ...]  # in wave order
    total: Figures

    def below_target(self) -> tuple[ScoreRow, ...]:
        return tuple(r for r in self.rows if r.below)


def _snapshots(store: PlanStore) -> dict[int, list[Snapshot]]:
    a = m.AdoptionSnapshot
    out: dict[int, list[Snapshot]] = defaultdict(list)
    with store.read() as session:
        for r in session.execute(
            select(
                a.department_id, a.day, a.active_users, a.total_users, a.online_approvals,
                a.weekly_active, a.monthly_active, a.total_approvals,
            ).order_by(a.day, a.id)
        ):  # fmt: skip
            out[r[0]].append(Snapshot(*r[1:]))
    return out


def scorecard(store: PlanStore, start: dt.date, end: dt.date) -> Scorecard:
    """Every department with adoption snapshots, ranked on the period ``start``..``end``."""
    series = _snapshots(store)
    goal = targets(store)
    d, w = m.Department, m.Wave
    with store.read() as session:
        info = {
            r.id: (r.name, r.wave_id, r.wave or "", r.actual_go_live or r.planned_go_live)
            for r in session.execute(
                select(
                    d.id, d.name, d.wave_id, w.name.label("wave"), d.actual_go_live,
                    w.planned_go_live,
                )
                .outerjoin(w, w.id == d.wave_id)
                .where(d.id.in_(list(series)))
            )
        }  # fmt: skip
        wave_order = [r.id for r in session.execute(select(w.id).order_by(w.seq, w.id))]
        tree = session.execute(select(d.id, d.parent_id, d.name))
        paths = department_paths((i, p, n) for i, p, n in tree)
    per_dept = [(dept, figures(points, start, end)) for dept, points in series.items()]
    per_dept.sort(key=lambda row: info.get(row[0], ("",))[0])  # ties: by name
    ranked = rank(per_dept)
    rows = []
    by_wave: dict[int | None, Figures] = {}
    # Told apart: a name that repeats (产品研发部 in three companies) gets its parent's.
    labels = distinct_labels([paths.get(dept, info.get(dept, ("",))[0]) for dept, _f in ranked])
    for n, ((dept, fig), name) in enumerate(zip(ranked, labels, strict=True), 1):
        _name, wave_id, wave, go_live = info.get(dept, ("", None, "", None))
        rows.append(
            ScoreRow(n if fig.snapshots else 0, dept, name, wave, go_live, fig, fig.below(goal))
        )
        by_wave[wave_id] = by_wave.get(wave_id, EMPTY) + fig
    wave_names = {wid: wname for _n, wid, wname, _g in info.values() if wid is not None}
    waves = tuple(
        (wave_names[wid], by_wave[wid])
        for wid in wave_order
        if wid in by_wave and wid in wave_names
    )
    total = EMPTY
    for fig in by_wave.values():
        total = total + fig
    return Scorecard(start, end, goal, tuple(rows), waves, total)


def default_period(store: PlanStore) -> tuple[dt.date, dt.date]:
    """The month of the plan's status date."""
    return month_of(plan_service.status_date(store))


# -- the monthly 通报 to Excel -------------------------------------------------------


def write_scorecard(
    path: Path, card: Scorecard, title: str, headers: Sequence[str], labels: dict[str, str]
) -> int:
    """Write the ranked scorecard (one row per department, then the waves and the total)
    to ``path``; ``labels`` names the measures ("active_rate"...) for the "below" column."""
    from oa_desk.exchange.scorecard import write_scorecard_workbook

    def pct(v: float | None) -> float | None:
        return None if v is None else round(v, 4)

    def line(first: list[Any], f: Figures, below: Sequence[str]) -> list[Any]:
        return [
            *first,
            f.accounts,
            pct(f.active_rate),
            pct(f.stickiness),
            f.online,
            pct(f.paperless_rate),
            "、".join(labels.get(b, b) for b in below),
        ]

    body = [
        line([r.rank or None, r.department, r.wave, r.go_live], r.figures, r.below)
        for r in card.rows
    ]
    footer = [line([None, name, "", None], f, f.below(card.targets)) for name, f in card.waves]
    footer.append(line([None, labels.get("total", "Total"), "", None], card.total, ()))
    return write_scorecard_workbook(path, title, headers, body, footer)


# -- follow-ups of a department below target ----------------------------------------

FOLLOW_UPS = ("training_need", "risk", "communication")


def follow_up_values(
    kind: str, row: ScoreRow, text: str, status_date: dt.date
) -> tuple[str, dict[str, Any]]:
    """The register row a follow-up of ``row`` adds: (table, values). ``text`` is the
    reason/title in the user's language."""
    if kind == "training_need":
        return "training_need", {"department_id": row.department_id, "reason": text}
    if kind == "risk":
        return "risk", {
            "title": text,
            "category": "resistance",
            "probability": 3,
            "impact": 3,
            "raised_on": status_date,
        }
    if kind == "communication":
        return "communication", {
            "title": text,
            "channel": "meeting",
            "audience": row.department,
            "planned_date": status_date + dt.timedelta(days=7),
        }
    raise ValueError(kind)


def add_follow_up(store: PlanStore, table: str, values: dict[str, Any]) -> records.AddStep:
    return records.add_step(store, table, values)
