"""The one RAG health rule (domain/health.py): each branch, thresholds and the calendar."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from oa_desk.domain.calendar import WorkCalendar
from oa_desk.domain.enums import TaskKind
from oa_desk.domain.health import (
    DUE_SOON_WORKING_DAYS,
    Health,
    HealthReason,
    expected_progress,
    task_health,
)

D = dt.date
TASK, MILESTONE = TaskKind.TASK, TaskKind.MILESTONE
WED = D(2025, 3, 12)  # the status date in these cases


def _health(
    start: dt.date | None,
    finish: dt.date | None,
    progress: int,
    kind: TaskKind = TASK,
    baseline_finish: dt.date | None = None,
    calendar: WorkCalendar | None = None,
) -> tuple[Health, HealthReason]:
    h = task_health(
        start=start,
        finish=finish,
        progress=progress,
        kind=kind,
        status_date=WED,
        baseline_finish=baseline_finish,
        calendar=calendar,
    )
    return h.health, h.reason


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        # done wins over everything, even an old finish
        ((D(2025, 2, 3), D(2025, 2, 7), 100), (Health.DONE, HealthReason.COMPLETE)),
        ((None, None, 0), (Health.GREEN, HealthReason.NOT_SCHEDULED)),
        # finished yesterday, not complete
        ((D(2025, 3, 3), D(2025, 3, 11), 90), (Health.RED, HealthReason.OVERDUE)),
        # due today is not overdue yet (7 of 8 working days gone: 87 % expected)
        ((D(2025, 3, 3), WED, 90), (Health.GREEN, HealthReason.ON_TRACK)),
        ((D(2025, 3, 3), WED, 80), (Health.AMBER, HealthReason.DUE_SOON)),
        # 3 Mar..21 Mar: 7 of 15 working days gone -> 46 % expected
        ((D(2025, 3, 3), D(2025, 3, 21), 0), (Health.RED, HealthReason.FAR_BEHIND)),
        ((D(2025, 3, 3), D(2025, 3, 21), 20), (Health.AMBER, HealthReason.BEHIND)),
        ((D(2025, 3, 3), D(2025, 3, 21), 30), (Health.GREEN, HealthReason.ON_TRACK)),
        # due within a working week (12..14 Mar): any lag is at risk
        ((D(2025, 3, 10), D(2025, 3, 14), 30), (Health.AMBER, HealthReason.DUE_SOON)),
        ((D(2025, 3, 10), D(2025, 3, 14), 40), (Health.GREEN, HealthReason.ON_TRACK)),
        # not started yet
        ((D(2025, 3, 12), D(2025, 4, 30), 0), (Health.GREEN, HealthReason.NOT_STARTED)),
        ((D(2025, 4, 1), D(2025, 4, 30), 0), (Health.GREEN, HealthReason.NOT_STARTED)),
        # milestones: overdue, due soon and not ready, due soon and ready, far off
        ((D(2025, 3, 11), D(2025, 3, 11), 0, MILESTONE), (Health.RED, HealthReason.OVERDUE)),
        ((D(2025, 3, 18), D(2025, 3, 18), 0, MILESTONE), (Health.AMBER, HealthReason.DUE_SOON)),
        ((D(2025, 3, 18), D(2025, 3, 18), 50, MILESTONE), (Health.GREEN, HealthReason.NOT_STARTED)),
        ((D(2025, 3, 19), D(2025, 3, 19), 0, MILESTONE), (Health.GREEN, HealthReason.NOT_STARTED)),
        # a milestone's date may come as its finish only
        ((None, D(2025, 3, 11), 0, MILESTONE), (Health.RED, HealthReason.OVERDUE)),
        # slipped against the baseline (one working day is enough)
        (
            (D(2025, 4, 1), D(2025, 4, 8), 0, TASK, D(2025, 4, 7)),
            (Health.AMBER, HealthReason.SLIPPED),
        ),
        (
            (D(2025, 4, 21), D(2025, 4, 21), 0, MILESTONE, D(2025, 4, 18)),
            (Health.AMBER, HealthReason.SLIPPED),
        ),
        # ahead of the baseline, or "slipped" only onto a weekend, is fine
        (
            (D(2025, 4, 1), D(2025, 4, 4), 0, TASK, D(2025, 4, 8)),
            (Health.GREEN, HealthReason.NOT_STARTED),
        ),
        (
            (D(2025, 4, 1), D(2025, 4, 5), 0, TASK, D(2025, 4, 4)),
            (Health.GREEN, HealthReason.NOT_STARTED),
        ),
    ],
)
def test_the_rule(case: tuple[Any, ...], expected: tuple[Health, HealthReason]) -> None:
    assert _health(*case) == expected


def test_done_shows_green_and_the_others_their_own_colour() -> None:
    assert [h.rag for h in Health] == ["green", "green", "amber", "red"]


def test_expected_progress_counts_working_days_before_the_status_date() -> None:
    assert expected_progress(D(2025, 3, 3), D(2025, 3, 7), D(2025, 3, 3)) == 0
    assert expected_progress(D(2025, 3, 3), D(2025, 3, 7), D(2025, 3, 5)) == 40
    # the weekend is not counted: Mon..Fri gone of Mon..next Fri
    assert expected_progress(D(2025, 3, 3), D(2025, 3, 14), D(2025, 3, 10)) == 50
    assert expected_progress(D(2025, 3, 3), D(2025, 3, 7), D(2025, 3, 10)) == 100


def test_the_calendar_decides_what_is_due_soon() -> None:
    milestone = (D(2025, 3, 19), D(2025, 3, 19), 0, MILESTONE)
    assert _health(*milestone)[0] == Health.GREEN  # 6 working days away
    # a holiday on Friday the 14th brings it within five working days
    holiday = WorkCalendar(exceptions={D(2025, 3, 14): False})
    assert _health(*milestone, calendar=holiday) == (Health.AMBER, HealthReason.DUE_SOON)
    assert DUE_SOON_WORKING_DAYS == 5


def test_the_calendar_decides_expected_progress() -> None:
    task = (D(2025, 3, 3), D(2025, 3, 21), 20)  # amber on a Monday-Friday week
    assert _health(*task)[0] == Health.AMBER
    # with the first week off, only 2 of its 10 working days are gone: on track
    week_off = WorkCalendar(
        exceptions={D(2025, 3, 3) + dt.timedelta(days=k): False for k in range(5)}
    )
    assert _health(*task, calendar=week_off) == (Health.GREEN, HealthReason.ON_TRACK)
