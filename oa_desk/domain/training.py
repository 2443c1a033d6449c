"""When is a person trained? One rule for the coverage matrix, the go/no-go gates, the
"no training, no account" list, the dashboard and the report.

A person is *trained* at their audience tier (leadership, key users and
department admins, end users) when they attended (present or late) a session
of every course of that tier, and *passed* when, besides, every one of those
courses with a pass mark was passed. A tier without any course trains nobody:
the figures then say that no training exists yet, they never count it as done.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from oa_desk.domain.enums import Attendance, AudienceTier

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
