"""The rules on a row's values that imports and services share (oa_desk.domain.checks)."""

from __future__ import annotations

import datetime as dt

import pytest

from oa_desk.domain import checks
from oa_desk.domain.checks import Check
from oa_desk.domain.enums import ConstraintType, DependencyType, TaskKind
from oa_desk.domain.links import Predecessor
from oa_desk.exchange.problems import ProblemCode

D = dt.date


def codes(findings: list[checks.Finding]) -> list[Check]:
    return [f.code for f in findings]


def test_every_check_is_an_import_problem_code() -> None:
    """An import reports a finding under the problem code of the same value."""
    for check in Check:
        assert ProblemCode(check.value)


@pytest.mark.parametrize("value", [None, "", "   ", "\u3000", "\t"])
def test_blank_values_are_missing(value: object) -> None:
    found = checks.required("name", value)
    assert found is not None and found.code is Check.VALUE_REQUIRED and found.field == "name"


@pytest.mark.parametrize("value", ["x", 0, False, D(2026, 1, 1)])
def test_given_values_are_not_missing(value: object) -> None:
    assert checks.required("name", value) is None


def test_text_within_its_length() -> None:
    assert checks.text_fits("name", "财务部", 3) is None
    assert checks.text_fits("name", "x" * 500, None) is None
    found = checks.text_fits("name", "财务部门", 3)
    assert found is not None and found.code is Check.TEXT_TOO_LONG
    assert found.params == {"length": 3}


@pytest.mark.parametrize(
    ("rule", "value", "code"),
    [
        (checks.progress, -1, Check.BELOW_MINIMUM),
        (checks.progress, 101, Check.ABOVE_MAXIMUM),
        (checks.duration, -1, Check.BELOW_MINIMUM),
        (checks.duration, checks.DURATION_MAX + 1, Check.ABOVE_MAXIMUM),
        (checks.lag, -checks.LAG_LIMIT - 1, Check.BELOW_MINIMUM),
        (checks.lag, checks.LAG_LIMIT + 1, Check.ABOVE_MAXIMUM),
    ],
)
def test_bounds(rule: object, value: int, code: Check) -> None:
    found = rule(value)  # type: ignore[operator]
    assert found is not None and found.code is code


@pytest.mark.parametrize(
    ("rule", "value"),
    [
        (checks.progress, 0),
        (checks.progress, 100),
        (checks.duration, 0),
        (checks.duration, checks.DURATION_MAX),
        (checks.lag, -5),
        (checks.lag, None),
    ],
)
def test_within_bounds(rule: object, value: int | None) -> None:
    assert rule(value) is None  # type: ignore[operator]


def test_dates_in_order() -> None:
    assert checks.in_order(D(2026, 1, 5), D(2026, 1, 5), "finish") is None
    assert checks.in_order(None, D(2026, 1, 5), "finish") is None
    found = checks.in_order(D(2026, 1, 6), D(2026, 1, 5), "finish")
    assert found is not None and found.code is Check.FINISH_BEFORE_START
    nine, ten = dt.datetime(2026, 3, 1, 9), dt.datetime(2026, 3, 1, 10)
    assert checks.strictly_after(nine, ten, "ends_at") is None
    found = checks.strictly_after(nine, nine, "ends_at")
    assert found is not None and found.code is Check.END_NOT_AFTER_START


def test_task_findings_name_every_broken_rule() -> None:
    good = {
        "name": "上线",
        "kind": TaskKind.MILESTONE,
        "start": D(2026, 5, 1),
        "finish": D(2026, 5, 1),
        "duration": 0,
        "progress": 0,
        "constraint_type": ConstraintType.ASAP,
    }
    assert checks.task_findings(good) == []
    bad = good | {
        "name": " ",
        "finish": D(2026, 4, 30),
        "duration": 3,
        "progress": 120,
        "constraint_type": ConstraintType.MSO,
        "constraint_date": None,
    }
    assert sorted(codes(checks.task_findings(bad))) == sorted(
        [
            Check.FINISH_BEFORE_START,
            Check.MILESTONE_DURATION,
            Check.CONSTRAINT_NEEDS_DATE,
            Check.ABOVE_MAXIMUM,
            Check.VALUE_REQUIRED,
        ]
    )


def test_link_findings() -> None:
    wanted = [
        Predecessor(7),
        Predecessor(5),  # the task itself
        Predecessor(99),  # not a task
        Predecessor(7, DependencyType.SS),  # listed twice
        Predecessor(8, lag=checks.LAG_LIMIT + 1),
    ]
    found = checks.link_findings(5, wanted, known={5, 7, 8})
    assert [(i, f.code) for i, f in found] == [
        (1, Check.DEPENDS_ON_ITSELF),
        (2, Check.PREDECESSOR_NO_TASK),
        (3, Check.PREDECESSOR_TWICE),
        (4, Check.ABOVE_MAXIMUM),
    ]
    assert found[1][1].params == {"id": 99}
    assert checks.link_findings(5, [Predecessor(7, lag=-2)], known={7}) == []


def test_sibling_names_are_told_apart_by_folded_name_under_one_parent() -> None:
    rows = [
        ("a", 1, "财务部"),
        ("b", 1, "人事部"),
        ("c", 2, "财务部"),  # another parent: fine
        ("d", 1, " 财务部 "),  # the same name once trimmed
        ("e", None, "总部"),
        ("f", None, "总部"),  # top-level departments are siblings too
        ("g", 1, "ＩＴ部"),
        ("h", 1, "it部"),
        ("i", 1, ""),  # blank names are another rule's
        ("j", 1, ""),
    ]
    assert checks.duplicate_siblings(rows) == [("d", "a"), ("f", "e"), ("h", "g")]
