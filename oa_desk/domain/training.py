"""When is a person trained? One rule for the coverage matrix, the go/no-go gates, the
"no training, no account" list, the dashboard and the report.

A person is *trained* at their audience tier (leadership, key users and
department admins, end users) when they attended (present or late) a session
of every course of that tier and of every course those require first (their
prerequisites, of any tier, followed through), and *passed* when, besides,
every one of those courses with a pass mark was passed. A tier without any course trains nobody:
the figures then say that no training exists yet, they never count it as done.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from oa_desk.domain.enums import Attendance, AudienceTier, SessionStatus

ATTENDED = frozenset({Attendance.PRESENT, Attendance.LATE})


@dataclass(frozen=True, slots=True)
class Result:
    """One enrollment's outcome for a person: which course, attended, passed."""

    course_id: int
    attendance: Attendance | None
    passed: bool | None


@dataclass(frozen=True, slots=True)
class Status:
    trained: bool  # attended every course of their tier
    passed: bool  # and passed every one with a pass mark
    missing: frozenset[int]  # courses of their tier not attended yet


def status(
    tier: AudienceTier,
    courses: Mapping[AudienceTier, Mapping[int, bool]],
    results: Iterable[Result],
) -> Status:
    """A person's status; ``courses`` maps each tier to its courses (id -> has a pass mark)."""
    required = courses.get(tier, {})
    attended = {r.course_id for r in results if r.attendance in ATTENDED}
    passed = {r.course_id for r in results if r.attendance in ATTENDED and r.passed}
    missing = frozenset(c for c in required if c not in attended)
    trained = bool(required) and not missing
    return Status(
        trained=trained,
        passed=trained and all(c in passed for c, marked in required.items() if marked),
        missing=missing,
    )


def with_prerequisites(courses: Iterable[int], links: Mapping[int, Iterable[int]]) -> set[int]:
    """``courses`` and every course they require first, followed through (a cycle in
    ``links``, course -> its prerequisites, is cut, never looped)."""
    out: set[int] = set()
    stack = list(courses)
    while stack:
        course = stack.pop()
        if course in out:
            continue
        out.add(course)
        stack.extend(links.get(course, ()))
    return out


def prerequisite_cycle(
    links: Mapping[int, Iterable[int]], course: int, prerequisites: Iterable[int]
) -> int | None:
    """The first of ``prerequisites`` that would make ``course`` require itself (it is
    the course, or requires it through ``links``); None when there is none."""
    others = {c: p for c, p in links.items() if c != course}
    for prerequisite in prerequisites:
        if course in with_prerequisites([prerequisite], others):
            return prerequisite
    return None


# -- the rules of courses, sessions and enrollments -----------------------------------------

SCORE_RANGE = (0.0, 100.0)  # an assessment score, as the schema keeps it
RATING_RANGE = (1, 5)  # the Kirkpatrick level 1 rating of a session


class TrainingCheck(StrEnum):
    """Why a training edit is refused; the gui words each one."""

    PAST_PLANNED = "session_past_planned"
    CAPACITY = "capacity_below_one"
    ENDS_BEFORE_START = "session_ends_before_start"
    SCORE_RANGE = "score_out_of_range"
    RATING_RANGE = "rating_out_of_range"
    ENROLLED_TWICE = "enrolled_twice"
    NO_ONE = "nobody_to_enrol"
    PREREQUISITE_CYCLE = "prerequisite_cycle"
    PREREQUISITE_UNKNOWN = "prerequisite_unknown"


@dataclass(frozen=True, slots=True)
class TrainingFinding:
    code: TrainingCheck
    params: Mapping[str, object]


def session_findings(
    starts: dt.datetime,
    ends: dt.datetime,
    status: SessionStatus,
    capacity: int,
    now: dt.datetime,
) -> list[TrainingFinding]:
    """What is wrong with a session's values (empty: nothing)."""
    out = []
    if ends <= starts:
        out.append(TrainingFinding(TrainingCheck.ENDS_BEFORE_START, {"starts": starts}))
    if capacity < 1:
        out.append(TrainingFinding(TrainingCheck.CAPACITY, {"capacity": capacity}))
    if status is SessionStatus.PLANNED and ends < now:
        out.append(TrainingFinding(TrainingCheck.PAST_PLANNED, {"ends": ends}))
    return out


def result_findings(
    score: float | None, rating: int | None, high: float = SCORE_RANGE[1]
) -> list[TrainingFinding]:
    """A score within the course's range (0 to ``high``), a rating of 1 to 5."""
    out = []
    if score is not None and not SCORE_RANGE[0] <= score <= high:
        out.append(
            TrainingFinding(TrainingCheck.SCORE_RANGE, {"score": score, "low": 0, "high": high})
        )
    if rating is not None and not RATING_RANGE[0] <= rating <= RATING_RANGE[1]:
        out.append(TrainingFinding(TrainingCheck.RATING_RANGE, {"rating": rating}))
    return out


def passed(score: float | None, pass_mark: int | None) -> bool | None:
    """Passed when the score reaches the pass mark; None when either is unknown."""
    if score is None or pass_mark is None:
        return None
    return score >= pass_mark


def places(capacity: int, taken: int, wanted: int) -> tuple[int, int]:
    """Of ``wanted`` new enrollments, how many get a seat and how many wait."""
    free = max(0, capacity - taken)
    seated = min(free, wanted)
    return seated, wanted - seated


# -- coverage: departments (a tree, rolling up) x tiers ------------------------------------


@dataclass(frozen=True, slots=True)
class Cell:
    """Headcounts of one department (with its sub-departments) and tier."""

    required: int = 0
    trained: int = 0
    passed: int = 0

    def __add__(self, other: Cell) -> Cell:
        return Cell(
            self.required + other.required,
            self.trained + other.trained,
            self.passed + other.passed,
        )

    @property
    def missing(self) -> int:
        return self.required - self.passed

    def share(self) -> float | None:
        """The passed share, None when nobody is required."""
        return self.passed / self.required if self.required else None


def descendants(parents: Mapping[int, int | None], roots: Iterable[int]) -> set[int]:
    """``roots`` and every department below them."""
    children: dict[int | None, list[int]] = defaultdict(list)
    for dept, parent in parents.items():
        children[parent].append(dept)
    out: set[int] = set()
    todo = [r for r in roots if r in parents]
    while todo:
        dept = todo.pop()
        if dept not in out:
            out.add(dept)
            todo.extend(children.get(dept, ()))
    return out


def roll_up(
    parents: Mapping[int, int | None],
    own: Mapping[tuple[int | None, AudienceTier], Cell],
) -> dict[tuple[int | None, AudienceTier], Cell]:
    """Each department's cells with all its sub-departments' added (people without a
    department stay under ``None``). A cycle in the tree is cut, never looped."""
    out: dict[tuple[int | None, AudienceTier], Cell] = defaultdict(Cell)
    for (dept, tier), cell in own.items():
        seen: set[int] = set()
        node = dept
        if node is None:
            out[(None, tier)] += cell
            continue
        while node is not None and node not in seen:
            seen.add(node)
            out[(node, tier)] += cell
            node = parents.get(node)
    return dict(out)


# Passed shares from which a cell is amber, then green.
AMBER_FROM = 0.6
GREEN_FROM = 0.9


def cell_health(cell: Cell) -> str:
    """``green``, ``amber``, ``red`` or ``none`` (nobody required)."""
    share = cell.share()
    if share is None:
        return "none"
    return "green" if share >= GREEN_FROM else "amber" if share >= AMBER_FROM else "red"


# -- the calendar: sessions that clash -----------------------------------------------------


class Clash(StrEnum):
    TRAINER = "trainer_twice"  # the same trainer in two sessions at once
    ROOM = "room_twice"  # the same room booked twice at once
    FULL = "over_capacity"  # more people seated than places


@dataclass(frozen=True, slots=True)
class Slot:
    id: int
    starts: dt.datetime
    ends: dt.datetime
    trainer: int | None
    location: str
    capacity: int
    seated: int
    cancelled: bool = False


def _is_room(location: str) -> bool:
    text = location.strip().lower()
    return bool(text) and not text.startswith(("http://", "https://", "www."))


def clashes(slots: Iterable[Slot]) -> dict[int, set[Clash]]:
    """Each session's clashes (sessions without any are left out); cancelled ones never
    clash. Overlap is strict: one ending at 10:00 and one starting at 10:00 are fine."""
    out: dict[int, set[Clash]] = defaultdict(set)
    live = sorted((s for s in slots if not s.cancelled), key=lambda s: (s.starts, s.id))
    for s in live:
        if s.seated > s.capacity:
            out[s.id].add(Clash.FULL)
    active: list[Slot] = []
    for s in live:
        active = [a for a in active if a.ends > s.starts]
        for a in active:
            if s.trainer is not None and a.trainer == s.trainer:
                out[s.id].add(Clash.TRAINER)
                out[a.id].add(Clash.TRAINER)
            if _is_room(s.location) and a.location.strip() == s.location.strip():
                out[s.id].add(Clash.ROOM)
                out[a.id].add(Clash.ROOM)
        active.append(s)
    return dict(out)


# -- the charts: trained share by tier over time -------------------------------------------


@dataclass(frozen=True)
class ShareSeries:
    """Per tier, the days on which someone became trained and the share trained by then."""

    required: Mapping[AudienceTier, int]
    points: Mapping[AudienceTier, tuple[tuple[dt.date, float], ...]]

    @property
    def empty(self) -> bool:
        return not any(self.points.values())


def trained_over_time(
    required: Mapping[AudienceTier, int],
    courses: Mapping[AudienceTier, int],
    attended: Iterable[tuple[int, AudienceTier, int, dt.date]],
) -> ShareSeries:
    """When each person became trained (the day they had attended every course of their
    tier: the latest of each course's first attendance), as a cumulative share per tier.
    ``attended`` is (person, tier, course, day) of each attended session."""
    first: dict[tuple[int, AudienceTier], dict[int, dt.date]] = defaultdict(dict)
    for person, tier, course, day in attended:
        seen = first[(person, tier)]
        if course not in seen or day < seen[course]:
            seen[course] = day
    done: dict[AudienceTier, list[dt.date]] = defaultdict(list)
    for (_person, tier), firsts in first.items():
        if courses.get(tier) and len(firsts) >= courses[tier]:
            done[tier].append(max(firsts.values()))
    points: dict[AudienceTier, tuple[tuple[dt.date, float], ...]] = {}
    for tier, n in required.items():
        days = sorted(done.get(tier, []))
        if not n or not days:
            points[tier] = ()
            continue
        out: list[tuple[dt.date, float]] = []
        for i, when in enumerate(days, 1):
            if out and out[-1][0] == when:
                out[-1] = (when, i / n)
            else:
                out.append((when, i / n))
        points[tier] = tuple(out)
    return ShareSeries(dict(required), points)
