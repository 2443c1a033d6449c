"""The predecessor notation and WBS numbering."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oa_desk.domain.enums import DependencyType
from oa_desk.domain.links import (
    Predecessor,
    PredecessorSyntaxError,
    format_predecessors,
    parse_predecessors,
)
from oa_desk.services.timeline import wbs_order

FS, SS, FF, SF = (DependencyType(x) for x in ("FS", "SS", "FF", "SF"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("  ", []),
        ("12", [Predecessor(12)]),
        ("12FS+2d, 15SS", [Predecessor(12, FS, 2), Predecessor(15, SS)]),
        ("12fs + 2 days; 3ff-1", [Predecessor(12, FS, 2), Predecessor(3, FF, -1)]),
        ("１２ＳＳ＋３天，７", [Predecessor(12, SS, 3), Predecessor(7)]),
        ("4SF、5", [Predecessor(4, SF), Predecessor(5)]),
        ("8,", [Predecessor(8)]),
    ],
)
def test_parse(text: str, expected: list[Predecessor]) -> None:
    assert parse_predecessors(text) == expected


@pytest.mark.parametrize(("text", "bad"), [("12XX", "12XX"), ("1, abc", "abc"), ("3, 3SS", "3SS")])
def test_bad_items_are_named(text: str, bad: str) -> None:
    with pytest.raises(PredecessorSyntaxError) as info:
        parse_predecessors(text)
    assert info.value.item == bad
    assert bad in str(info.value)


def test_format() -> None:
    items = [Predecessor(12, FS, 2), Predecessor(15, SS), Predecessor(3), Predecessor(4, FF, -1)]
    assert format_predecessors(items) == "12FS+2d, 15SS, 3, 4FF-1d"


@given(
    st.lists(
        st.builds(
            Predecessor,
            st.integers(1, 10**6),
            st.sampled_from(list(DependencyType)),
            st.integers(-99, 99),
        ),
        unique_by=lambda p: p.task_id,
        max_size=8,
    )
)
def test_format_then_parse_round_trips(items: list[Predecessor]) -> None:
    assert parse_predecessors(format_predecessors(items)) == items


def test_wbs_order_numbers_depth_first_by_sequence() -> None:
    tasks = [(1, None, 0), (2, 1, 1), (3, 1, 0), (4, None, 1), (5, 3, 0), (6, 99, 2)]
    assert wbs_order(tasks) == [
        (1, 0, "1"),
        (3, 1, "1.1"),
        (5, 2, "1.1.1"),
        (2, 1, "1.2"),
        (4, 0, "2"),
        (6, 0, "3"),  # its parent is missing: shown at the top
    ]


def test_timeline_writes_predecessors_in_the_notation(tmp_path: Any) -> None:
    import datetime as dt

    from oa_desk.services.timeline import load_timeline
    from oa_desk.store import models as m
    from oa_desk.store.planfile import create_plan, open_plan

    path = tmp_path / "p.oadesk"
    create_plan(path, name="p", start=dt.date(2026, 3, 2))
    with open_plan(path, snapshot=False) as store:
        with store.write() as s:
            s.add_all([m.Task(id=i, name=f"t{i}", seq=i) for i in (1, 2, 3, 12, 15)])
            s.flush()
            s.add_all(
                [
                    m.Dependency(predecessor_id=15, successor_id=3, type="SS"),
                    m.Dependency(predecessor_id=12, successor_id=3, type="FS", lag=2),
                    m.Dependency(predecessor_id=2, successor_id=3, type="FF", lag=-1),
                    m.Dependency(predecessor_id=1, successor_id=2),
                ]
            )
        data = load_timeline(store)
    assert data.row(3).predecessors == "2FF-1d, 12FS+2d, 15SS"
    assert data.row(2).predecessors == "1"
    assert parse_predecessors(data.row(3).predecessors) == [
        Predecessor(2, FF, -1),
        Predecessor(12, FS, 2),
        Predecessor(15, SS),
    ]
