"""Go/no-go gates: each criterion's GO condition and NO-GO trigger, and "no data"."""

from __future__ import annotations

import pytest

from oa_desk.domain.gates import (
    Criterion,
    GateColour,
    GateInputs,
    Thresholds,
    Verdict,
    check_thresholds,
    evaluate,
)

READY = GateInputs(
    people=100, trained=95, enrolled=100, key_users=2, open_p1p2=0, items=3, items_done=3
)


DEFAULT = Thresholds()


def _verdicts(inputs: GateInputs, limits: Thresholds = DEFAULT) -> dict[Criterion, Verdict]:
    return {c.criterion: c.verdict for c in evaluate(inputs, limits).criteria}


def test_a_ready_department_is_green() -> None:
    gate = evaluate(READY)
    assert gate.colour == GateColour.GREEN
    assert set(_verdicts(READY).values()) == {Verdict.GO}
    assert gate.reasons() == []


@pytest.mark.parametrize(
    ("change", "criterion", "verdict", "colour"),
    [
        ({"trained": 80}, Criterion.TRAINED, Verdict.WATCH, GateColour.AMBER),
        ({"trained": 69}, Criterion.TRAINED, Verdict.NO_GO, GateColour.RED),
        ({"key_users": 0}, Criterion.KEY_USERS, Verdict.NO_GO, GateColour.RED),
        ({"open_p1p2": 1}, Criterion.OPEN_TICKETS, Verdict.WATCH, GateColour.AMBER),
        ({"open_p1p2": 3}, Criterion.OPEN_TICKETS, Verdict.NO_GO, GateColour.RED),
        ({"items_done": 2}, Criterion.READINESS_ITEMS, Verdict.WATCH, GateColour.AMBER),
        ({"items_done": 1}, Criterion.READINESS_ITEMS, Verdict.NO_GO, GateColour.RED),
    ],
)
def test_each_criterion_turns_the_gate(
    change: dict[str, int], criterion: Criterion, verdict: Verdict, colour: GateColour
) -> None:
    inputs = GateInputs(**{**READY.__dict__, **change})
    gate = evaluate(inputs)
    assert _verdicts(inputs)[criterion] == verdict
    assert gate.colour == colour
    assert gate.reasons()[0].criterion == criterion


def test_missing_data_says_so_and_never_passes() -> None:
    nothing = GateInputs(
        people=10, trained=0, enrolled=0, key_users=1, open_p1p2=0, items=0, items_done=0,
        has_training=False, has_support=False,
    )  # fmt: skip
    v = _verdicts(nothing)
    assert v[Criterion.TRAINED] == v[Criterion.OPEN_TICKETS] == Verdict.NO_DATA
    assert v[Criterion.READINESS_ITEMS] == Verdict.NO_DATA
    gate = evaluate(nothing)
    assert gate.colour == GateColour.AMBER
    assert all(c.value is None for c in gate.reasons())


def test_thresholds_are_the_waves() -> None:
    strict = Thresholds(trained_go=99, trained_nogo=96)
    assert _verdicts(READY, strict)[Criterion.TRAINED] == Verdict.NO_GO
    assert evaluate(READY, strict).colour == GateColour.RED


def test_contradicting_thresholds_are_named() -> None:
    assert check_thresholds(Thresholds()) == []
    assert check_thresholds(Thresholds(trained_go=50, trained_nogo=60)) == ["trained_nogo"]
    assert check_thresholds(Thresholds(tickets_go=3, tickets_nogo=3)) == ["tickets_nogo"]
    assert "items_go" in check_thresholds(Thresholds(items_go=120))
