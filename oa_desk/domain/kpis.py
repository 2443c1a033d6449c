"""KPI rules: how far a measured value has come from the baseline toward the target
(either direction), whether a goal is on track by its due date, and the checks a goal's
figures must pass.

Pure functions of plain values, used by the Goals page, the Overview and reports.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any

from oa_desk.domain import checks
from oa_desk.domain.enums import KpiDirection

__all__ = ["KpiState", "latest", "progress", "rag", "state", "target_problem"]

_NEAR = 0.8  # at least 80 % of the way while not yet due: near


class KpiState(StrEnum):
    MET = "met"  # the target is reached
    ON_TRACK = "on_track"  # not yet due, and at least as far as the time elapsed
    BEHIND = "behind"  # not yet due, behind the time elapsed
    MISSED = "missed"  # due and not reached
    NO_DATA = "no_data"  # nothing measured, or no baseline/target to compare


def progress(
    baseline: float | None, target: float | None, value: float | None, direction: KpiDirection
) -> float | None:
    """The share of the way from baseline to target (0 at the baseline, 1 at the target,
    above 1 beyond it, negative when worse than the baseline). None when not computable.

    A goal without a baseline counts from 0 when it increases; one that decreases needs a
    baseline (there is no natural start)."""
    if target is None or value is None:
        return None
    start = (
        baseline if baseline is not None else (0.0 if direction is KpiDirection.INCREASE else None)
    )
    if start is None or start == target:
        return None
    return (value - start) / (target - start)


def latest(measurements: Sequence[tuple[dt.date, float]]) -> tuple[dt.date, float] | None:
    """The most recent (day, value)."""
    return max(measurements, key=lambda m: m[0]) if measurements else None


def state(
    baseline: float | None,
    target: float | None,
    direction: KpiDirection,
    measurements: Sequence[tuple[dt.date, float]],
    due: dt.date | None,
    today: dt.date,
    start: dt.date | None = None,
) -> KpiState:
    """Where a goal stands as of ``today``. ``start``: when the measuring began (the first
    measurement by default), for how much of the time to the due date has passed."""
    last = latest(measurements)
    share = progress(baseline, target, last[1] if last else None, direction)
    if share is None:
        return KpiState.NO_DATA
    if share >= 1:
        return KpiState.MET
    if due is not None and today > due:
        return KpiState.MISSED
    first = start or min(day for day, _ in measurements)
    if due is None or due <= first:
        return KpiState.ON_TRACK if share >= _NEAR else KpiState.BEHIND
    elapsed = min(1.0, max(0.0, (today - first).days / (due - first).days))
    return KpiState.ON_TRACK if share >= elapsed * _NEAR else KpiState.BEHIND


_RAG = {
    KpiState.MET: "green",
    KpiState.ON_TRACK: "green",
    KpiState.BEHIND: "amber",
    KpiState.MISSED: "red",
}


def rag(kpi_state: KpiState) -> str | None:
    """A goal's state as a RAG health (green, amber, red), the one the Goals page, the
    dashboard and the report workbook show; None when it cannot be judged (no data)."""
    return _RAG.get(kpi_state)


def target_problem(row: Mapping[str, Any]) -> checks.Finding | None:
    """What is wrong with a goal's figures: a target equal to the baseline (nothing to
    achieve) or on the wrong side of it for the goal's direction; None when fine."""
    baseline, target, direction = row.get("baseline"), row.get("target"), row.get("direction")
    if baseline is None or target is None:
        return None
    if baseline == target:
        return checks.Finding(checks.Check.TARGET_EQUALS_BASELINE, "target")
    increase = direction is None or KpiDirection(direction) is KpiDirection.INCREASE
    if (target < baseline) if increase else (target > baseline):
        return checks.Finding(checks.Check.TARGET_WRONG_WAY, "target")
    return None
