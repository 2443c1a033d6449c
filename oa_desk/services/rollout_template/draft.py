"""From the wizard's inputs to a scheduled draft: expand the template, schedule it
backward from the go-live date, and handle a go-live that is too close.

The schedule is the app's own (``domain.schedule``) on the plan's calendar: the
plan is scheduled forward from a trial start, the number of working days from
the kickoff to the go-live milestone is measured, and the kickoff is put that
many working days before the go-live date; scheduled from there, the go-live
milestone lands exactly on the date and every other task as soon as its
predecessors allow (tasks after the go-live follow it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from oa_desk.domain.calendar import DEFAULT_WEEKDAYS, ExceptionDay, WorkCalendar, preset_exceptions
from oa_desk.domain.enums import TaskKind
from oa_desk.domain.schedule import LinkSpec, Schedule, TaskSpec, schedule
from oa_desk.services.rollout_template.expand import Expansion, expand, shorten
from oa_desk.services.rollout_template.inputs import (
    NO_HOLIDAYS,
    RolloutInputs,
    RolloutRefusal,
    check_inputs,
    split_waves,
)
from oa_desk.services.rollout_template.template import (
    Template,
    department_sessions,
    load_template,
)

__all__ = ["Fit", "RolloutDraft", "draft_rollout"]


class Fit(StrEnum):
    """What to do when the go-live date is too close for the template."""

    REFUSE = "refuse"  # say how many working days are missing (RolloutRefusal too_close)
    COMPRESS = "compress"  # scale durations down (at least one working day each)
    MOVE = "move"  # move the go-live to the earliest date the template allows


@dataclass(frozen=True)
class RolloutDraft:
    """A plan ready to write: every task with its dates, and how it was fitted.

    ``missing_days`` is how many working days the template lacked before the chosen
    go-live (0 when it fitted as it is); ``earliest_go_live`` the first date it fits
    uncompressed; ``scale`` the factor durations were compressed by (1.0 if not).
    """

    inputs: RolloutInputs
    template: Template
    waves: list[tuple[str, ...]]
    expansion: Expansion
    durations: dict[int, int]
    calendar: WorkCalendar
    exceptions: list[ExceptionDay]
    schedule: Schedule
    start: dt.date
    go_live: dt.date
    missing_days: int
    earliest_go_live: dt.date
    scale: float
    values: dict[str, str]

    @property
    def task_count(self) -> int:
        return len(self.expansion.nodes)


def _calendar(inputs: RolloutInputs, first: dt.date) -> tuple[WorkCalendar, list[ExceptionDay]]:
    last = inputs.go_live + dt.timedelta(days=730)
    span = (min(first, inputs.go_live) - dt.timedelta(days=730), last)
    if inputs.calendar == NO_HOLIDAYS:
        return WorkCalendar(DEFAULT_WEEKDAYS, {}, span=span), []
    years = range(span[0].year, last.year + 1)
    language = "zh_CN" if inputs.language == "zh_CN" else "en_US"
    exceptions = preset_exceptions(inputs.calendar, years, language=language)
    cal = WorkCalendar(DEFAULT_WEEKDAYS, {e.day: e.working for e in exceptions}, span=span)
    return cal, exceptions


def _specs(x: Expansion, durations: dict[int, int]) -> tuple[list[TaskSpec], list[LinkSpec]]:
    tasks = [
        TaskSpec(n.id, n.parent, n.kind, durations.get(n.id, n.duration), name=n.name)
        for n in x.nodes
    ]
    return tasks, [LinkSpec(p, s) for p, s in x.links]


def _span(x: Expansion, durations: dict[int, int], cal: WorkCalendar, start: dt.date) -> int:
    """Working days from the kickoff (on ``start``) to the go-live milestone."""
    tasks, links = _specs(x, durations)
    result = schedule(tasks, links, cal, start)
    return cal.ordinal(result[x.go_live_id].start) - cal.ordinal(start)


def _compressed(x: Expansion, scale: float) -> dict[int, int]:
    return {n.id: max(1, int(n.duration * scale)) for n in x.nodes if n.kind is TaskKind.TASK}


def draft_rollout(
    inputs: RolloutInputs, fit: Fit = Fit.REFUSE, template: Template | None = None
) -> RolloutDraft:
    """The scheduled plan for ``inputs`` (RolloutRefusal when they cannot make one).

    A go-live date too close for the template: with ``Fit.REFUSE`` a refusal
    ``too_close`` names the missing working days and the earliest feasible date;
    ``Fit.COMPRESS`` scales every duration by the same factor (each at least one
    working day; ``cannot_compress`` when even that does not fit); ``Fit.MOVE``
    moves the go-live to the earliest feasible date.
    """
    check_inputs(inputs)
    t = template or load_template()
    lang = inputs.language
    waves = split_waves(inputs.departments, inputs.pilot, inputs.waves, inputs.pilot_departments)
    cal, exceptions = _calendar(inputs, inputs.earliest_start())
    if not cal.is_working(inputs.go_live):
        before = cal.previous_working_day(inputs.go_live)
        after = cal.next_working_day(inputs.go_live)
        raise RolloutRefusal(
            "go_live_not_working",
            f"the go-live date {inputs.go_live.isoformat()} is not a working day in the "
            f"calendar: choose {before.isoformat()} or {after.isoformat()}",
            go_live=inputs.go_live.isoformat(),
            before=before.isoformat(),
            after=after.isoformat(),
        )
    product = inputs.product.strip()
    values = {
        "org": inputs.organisation.strip(),
        "product": product or ("OA" if lang == "en" else "OA系统"),
        "pilot": shorten(waves[0], t, lang),
        "waves": str(len(waves) - 1),
        "go_live": inputs.go_live.isoformat(),
    }
    x = expand(t, lang, inputs.departments, waves, values)
    _size_training(x, t, inputs)
    durations = {n.id: n.duration for n in x.nodes}
    first = cal.next_working_day(inputs.earliest_start())
    span = _span(x, durations, cal, first)
    earliest = cal.date_of(cal.ordinal(first) + span)
    target = inputs.go_live
    missing = max(0, span - (cal.ordinal(target) - cal.ordinal(first)))
    scale = 1.0
    if missing:
        if fit is Fit.REFUSE:
            raise RolloutRefusal(
                "too_close",
                f"the go-live date {target.isoformat()} is too close: the template needs "
                f"{missing} more working days; compress the plan or go live on "
                f"{earliest.isoformat()} or later",
                missing=missing,
                earliest=earliest.isoformat(),
                go_live=target.isoformat(),
            )
        if fit is Fit.MOVE:
            target = earliest
        else:
            available = cal.ordinal(target) - cal.ordinal(first)
            squeezed, scale = _compress(x, cal, first, available, span)
            if squeezed is None:
                raise RolloutRefusal(
                    "cannot_compress",
                    f"the go-live date {target.isoformat()} is too close even with every "
                    f"task compressed to one working day: go live on {earliest.isoformat()} "
                    "or later, or start earlier",
                    missing=missing,
                    earliest=earliest.isoformat(),
                    go_live=target.isoformat(),
                )
            durations = squeezed
            span = _span(x, durations, cal, first)
    start = cal.date_of(cal.ordinal(target) - span)
    tasks, links = _specs(x, durations)
    result = schedule(tasks, links, cal, start)
    if result[x.go_live_id].start != target:  # a template whose go-live has a constraint
        raise RuntimeError(f"the go-live milestone left {target.isoformat()}")
    values["go_live"] = target.isoformat()
    return RolloutDraft(
        inputs=replace(inputs, go_live=target),
        template=t,
        waves=waves,
        expansion=x,
        durations=durations,
        calendar=cal,
        exceptions=exceptions,
        schedule=result,
        start=start,
        go_live=target,
        missing_days=missing,
        earliest_go_live=earliest,
        scale=scale,
        values=values,
    )


def _size_training(x: Expansion, t: Template, inputs: RolloutInputs) -> None:
    """A department's training task lasts the days its sessions need (``per_day`` a day)."""
    for course in t.courses:
        if course.sessions != "per_department" or course.at is None:
            continue
        for n in x.nodes:
            if n.key == course.at and n.department is not None and n.kind is TaskKind.TASK:
                sessions = department_sessions(course, inputs.headcount(n.department))
                n.duration = max(n.duration, -(-sessions // course.per_day))


def _compress(
    x: Expansion, cal: WorkCalendar, first: dt.date, available: int, span: int
) -> tuple[dict[int, int] | None, float]:
    """The largest common factor (to 1/1000) whose durations fit in ``available`` days."""
    floor = _compressed(x, 0.0)
    if _span(x, floor, cal, first) > available:
        return None, 0.0
    lo, hi = 0.0, available / span  # proportional scaling never needs more than this
    best = floor
    if _span(x, _compressed(x, hi), cal, first) <= available:
        return _compressed(x, hi), hi
    for _ in range(10):
        mid = (lo + hi) / 2
        durations = _compressed(x, mid)
        if _span(x, durations, cal, first) <= available:
            lo, best = mid, durations
        else:
            hi = mid
    return best, lo
