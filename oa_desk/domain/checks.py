"""Rules on the values of one row, shared by imports and services: each rule once.

Every rule is a pure function of plain values. It returns ``None`` when the
values are fine, else a :class:`Finding`: a :class:`Check` code, the field to
blame and the parameters a message needs. Callers say it their way: an import
turns a finding into a problem with sheet, row and column (the check's value is
also an import problem code, see ``oa_desk.exchange.problems``); a service
refuses the edit with the same code.

The database enforces most of these too (CHECK constraints); these rules run
first, so that the user hears which row and field is wrong, and all at once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from collections.abc import Container, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Any, TypeVar

from oa_desk.domain import integrity
from oa_desk.domain.enums import ConstraintType, TaskKind
from oa_desk.domain.links import Predecessor

__all__ = [
    "DATE_RANGE",
    "DURATION_MAX",
    "LAG_LIMIT",
    "PROGRESS_RANGE",
    "Check",
    "Finding",
    "active_within_total",
    "constraint_dated",
    "date_in_range",
    "duplicate_siblings",
    "duration",
    "in_order",
    "lag",
    "link_findings",
    "milestone_duration",
    "not_own",
    "progress",
    "required",
    "self_link",
    "sibling_key",
    "strictly_after",
    "task_findings",
    "text_fits",
    "within",
]

# Progress is a percentage.
PROGRESS_RANGE = (0, 100)
# Durations and lags in working days: about forty years, far beyond any rollout,
# small enough that date arithmetic never leaves the calendar.
DURATION_MAX = 9999
LAG_LIMIT = 9999
# The dates a plan holds: a rollout lives in this century; a date far outside it is a
# typo (9999-12-30 made the PDF export spin for minutes, 0001-01-01 broke date maths).
DATE_RANGE = (
    dt.date(integrity.EARLIEST_YEAR, 1, 1),
    dt.date(integrity.LATEST_YEAR, 12, 31),
)


class Check(StrEnum):
    """Why a value breaks a rule; each value is also an import problem code."""

    VALUE_REQUIRED = "value_required"
    TEXT_TOO_LONG = "text_too_long"
    DATE_OUT_OF_RANGE = "date_out_of_range"
    BELOW_MINIMUM = "below_minimum"
    ABOVE_MAXIMUM = "above_maximum"
    FINISH_BEFORE_START = "finish_before_start"
    BASELINE_FINISH_BEFORE_START = "baseline_finish_before_start"
    GO_LIVE_BEFORE_START = "go_live_before_start"
    END_NOT_AFTER_START = "end_not_after_start"
    MILESTONE_DURATION = "milestone_duration"
    CONSTRAINT_NEEDS_DATE = "constraint_needs_date"
    ACTIVE_OVER_TOTAL = "active_over_total"
    COUNT_OVER_WHOLE = "count_over_whole"
    REFERS_TO_ITSELF = "refers_to_itself"
    DEPENDS_ON_ITSELF = "depends_on_itself"
    PREDECESSOR_NO_TASK = "predecessor_no_task"
    PREDECESSOR_TWICE = "predecessor_twice"
    SIBLING_NAME_TAKEN = "sibling_name_taken"
    REVIEW_BEFORE_RAISED = "review_before_raised"
    TARGET_EQUALS_BASELINE = "target_equals_baseline"
    TARGET_WRONG_WAY = "target_wrong_way"


@dataclass(frozen=True, slots=True)
class Finding:
    """A broken rule: its code, the field to blame, and the message's parameters."""

    code: Check
    field: str
    # (``dataclasses.field``: the class's own ``field`` hides the plain name here)
    params: Mapping[str, object] = dataclasses.field(default_factory=lambda: MappingProxyType({}))


def _finding(code: Check, name: str, **params: object) -> Finding:
    return Finding(code, name, MappingProxyType(params))


# -- single values ------------------------------------------------------------------

_BLANK = " \t\r\n\u3000\u00a0\ufeff\u200b"


def required(name: str, value: object) -> Finding | None:
    """A value must be given: not None, and text not blank (full-width spaces too)."""
    if value is None or (isinstance(value, str) and not value.strip(_BLANK)):
        return _finding(Check.VALUE_REQUIRED, name)
    return None


def text_fits(name: str, value: object, length: int | None) -> Finding | None:
    """Text within its column's length (in characters; ``None``: unlimited)."""
    if length is not None and isinstance(value, str) and len(value) > length:
        return _finding(Check.TEXT_TOO_LONG, name, length=length)
    return None


def within(
    name: str, value: float | None, low: float | None = None, high: float | None = None
) -> Finding | None:
    """A number between ``low`` and ``high`` (either may be open); None passes."""
    if value is None:
        return None
    if low is not None and value < low:
        return _finding(Check.BELOW_MINIMUM, name, value=value, low=low)
    if high is not None and value > high:
        return _finding(Check.ABOVE_MAXIMUM, name, value=value, high=high)
    return None


def progress(value: float | None, name: str = "progress") -> Finding | None:
    """Progress is a percentage, 0 to 100."""
    return within(name, value, *PROGRESS_RANGE)


def duration(value: float | None, name: str = "duration") -> Finding | None:
    """A duration in working days: 0 (a milestone) to :data:`DURATION_MAX`."""
    return within(name, value, 0, DURATION_MAX)


def lag(value: float | None, name: str = "lag") -> Finding | None:
    """A link's lag in working days, negative for a lead, at most :data:`LAG_LIMIT` either way."""
    return within(name, value, -LAG_LIMIT, LAG_LIMIT)


def date_in_range(name: str, value: dt.date | None) -> Finding | None:
    """A date within :data:`DATE_RANGE` (a datetime by its day); None passes."""
    if value is None:
        return None
    day = value.date() if isinstance(value, dt.datetime) else value
    low, high = DATE_RANGE
    if not low <= day <= high:
        return _finding(
            Check.DATE_OUT_OF_RANGE,
            name,
            value=day.isoformat(),
            low=low.isoformat(),
            high=high.isoformat(),
        )
    return None


# -- fields of one row --------------------------------------------------------------

_Day = dt.date | dt.datetime


def in_order(
    start: _Day | None,
    finish: _Day | None,
    name: str,
    code: Check = Check.FINISH_BEFORE_START,
) -> Finding | None:
    """``finish`` on or after ``start`` (either may be missing); ``name`` is the finish's."""
    if start is not None and finish is not None and start > finish:
        return _finding(code, name)
    return None


def strictly_after(start: _Day | None, end: _Day | None, name: str) -> Finding | None:
    """``end`` after ``start`` (a training session cannot end when it starts)."""
    if start is not None and end is not None and not end > start:
        return _finding(Check.END_NOT_AFTER_START, name)
    return None


def milestone_duration(kind: object, days: float | None) -> Finding | None:
    """A milestone lasts 0 days."""
    if kind == TaskKind.MILESTONE and (days or 0) != 0:
        return _finding(Check.MILESTONE_DURATION, "duration")
    return None


def constraint_dated(kind: object, day: dt.date | None) -> Finding | None:
    """Every constraint but "as soon as possible" needs its date."""
    if kind not in (None, ConstraintType.ASAP) and day is None:
        return _finding(Check.CONSTRAINT_NEEDS_DATE, "constraint_date", constraint=str(kind))
    return None


def active_within_total(active: int | None, total: int | None) -> Finding | None:
    """No more active users than users."""
    active, total = active or 0, total or 0
    if active > total:
        return _finding(Check.ACTIVE_OVER_TOTAL, "active_users", active=active, total=total)
    return None


def within_whole(part_name: str, part: int | None, whole: int | None) -> Finding | None:
    """A part no larger than its whole (weekly actives within monthly ones, online
    approvals within all approvals); either missing, nothing to compare."""
    if part is not None and whole is not None and part > whole:
        return _finding(Check.COUNT_OVER_WHOLE, part_name, part=part, whole=whole)
    return None


def not_own(name: str, value: object, row_id: object) -> Finding | None:
    """A row's reference (a department's parent) is not the row itself."""
    if value is not None and value == row_id:
        return _finding(Check.REFERS_TO_ITSELF, name)
    return None


def self_link(predecessor: object, successor: object, name: str = "successor_id") -> Finding | None:
    """A link joins two different tasks."""
    if predecessor is not None and predecessor == successor:
        return _finding(Check.DEPENDS_ON_ITSELF, name)
    return None


def task_findings(row: Mapping[str, Any]) -> list[Finding]:
    """Every rule on a task's own fields, for the task's final values.

    Keys are the task table's columns; a missing key is a value not given.
    """
    found = [
        in_order(row.get("start"), row.get("finish"), "finish"),
        in_order(
            row.get("baseline_start"),
            row.get("baseline_finish"),
            "baseline_finish",
            Check.BASELINE_FINISH_BEFORE_START,
        ),
        milestone_duration(row.get("kind"), row.get("duration")),
        constraint_dated(row.get("constraint_type"), row.get("constraint_date")),
        progress(row.get("progress")),
        duration(row.get("duration")),
    ]
    if "name" in row:
        found.append(required("name", row["name"]))
    return [f for f in found if f is not None]


# -- links between tasks ------------------------------------------------------------


def link_findings(
    successor: object,
    predecessors: Sequence[Predecessor],
    known: Container[int],
    name: str = "predecessors",
) -> list[tuple[int, Finding]]:
    """What is wrong with a task's wanted predecessors: (index in the list, finding).

    A task cannot precede itself, a predecessor must be a task of the plan
    (``known``), a task is listed once, and a lag stays within its bounds.
    Loops through other tasks are found by the scheduler, which sees every link.
    """
    out: list[tuple[int, Finding]] = []
    seen: set[int] = set()
    for index, item in enumerate(predecessors):
        pred = item.task_id
        own = self_link(pred, successor, name)
        if own is not None:
            out.append((index, own))
        elif pred not in known:
            out.append((index, _finding(Check.PREDECESSOR_NO_TASK, name, id=pred)))
        elif pred in seen:
            out.append((index, _finding(Check.PREDECESSOR_TWICE, name, id=pred)))
        else:
            seen.add(pred)
            bad_lag = lag(item.lag, name)
            if bad_lag is not None:
                out.append((index, bad_lag))
    return out


# -- names among siblings -----------------------------------------------------------

K = TypeVar("K", bound=Hashable)


def sibling_key(name: str) -> str:
    """A name as sibling departments are told apart: full-width folded, trimmed, any case.

    "财务部", " 财务部" and "ＩＴ部" / "it部" are the same name under one parent.
    """
    return unicodedata.normalize("NFKC", name).strip(_BLANK).casefold()


def duplicate_siblings(items: Iterable[tuple[K, Hashable, str]]) -> list[tuple[K, K]]:
    """(row, earlier row) for every row whose name a sibling already has.

    ``items`` are (row key, parent, name) in order; top-level rows (parent
    None) are siblings of each other too. Blank names are left to
    :func:`required`.
    """
    first: dict[tuple[Hashable, str], K] = {}
    out: list[tuple[K, K]] = []
    for key, parent, name in items:
        folded = sibling_key(name)
        if not folded:
            continue
        earlier = first.setdefault((parent, folded), key)
        if earlier != key:
            out.append((key, earlier))
    return out
