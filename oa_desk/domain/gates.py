"""The go/no-go gate of a department before it goes live: computed from the plan, not typed.

Four criteria, each with an explicit GO condition and NO-GO trigger (between
the two: amber, "watch"); the thresholds are its wave's (:class:`Thresholds`):

=================  ==========================================  ==============================
criterion          GO when                                     NO-GO when
=================  ==========================================  ==============================
trained            ≥ ``trained_go`` % of its active people      < ``trained_nogo`` %
                   passed a course at their own tier
key users          ≥ ``key_users_go`` key users named           none named
open P1/P2         ≤ ``tickets_go`` open P1/P2 tickets          ≥ ``tickets_nogo``
readiness items    ≥ ``items_go`` % of its checklist done       < ``items_nogo`` %
=================  ==========================================  ==============================

Where the data does not exist yet (no training recorded for its people, no
support tickets in the plan at all, no checklist items), the criterion says
"no data" and never passes. The gate is red when any criterion is NO-GO,
green when every one is GO, and amber otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from oa_desk.domain.enums import ReadinessKind

__all__ = [
    "Criterion",
    "CriterionResult",
    "Gate",
    "GateColour",
    "GateInputs",
    "ReadinessKind",
    "Thresholds",
    "Verdict",
    "check_thresholds",
    "evaluate",
]


class Criterion(StrEnum):
    TRAINED = "trained"
    KEY_USERS = "key_users"
    OPEN_TICKETS = "open_tickets"
    READINESS_ITEMS = "readiness_items"


class Verdict(StrEnum):
    GO = "go"
    WATCH = "watch"  # between the GO condition and the NO-GO trigger
    NO_GO = "no_go"
    NO_DATA = "no_data"


class GateColour(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"


@dataclass(frozen=True)
class Thresholds:
    """A wave's gate thresholds (percentages are whole percent)."""

    trained_go: int = 90
    trained_nogo: int = 70
    key_users_go: int = 1
    tickets_go: int = 0
    tickets_nogo: int = 3
    items_go: int = 100
    items_nogo: int = 50


@dataclass(frozen=True)
class GateInputs:
    """A department's figures, as the store reads them."""

    people: int  # active people
    trained: int  # of them, passed a course at their own tier
    enrolled: int  # of them, enrolled in anything (0: no training data for it)
    key_users: int
    open_p1p2: int
    items: int  # readiness checklist items
    items_done: int
    has_training: bool = True  # the plan records any training at all
    has_support: bool = True  # the plan records any support ticket at all


@dataclass(frozen=True)
class CriterionResult:
    criterion: Criterion
    verdict: Verdict
    value: int | None  # the figure judged (a percentage or a count); None: no data
    go: int  # its GO threshold
    nogo: int  # its NO-GO threshold


@dataclass(frozen=True)
class Gate:
    colour: GateColour
    criteria: tuple[CriterionResult, ...]

    def reasons(self) -> Sequence[CriterionResult]:
        """The criteria that keep the gate from green, worst first."""
        order = {Verdict.NO_GO: 0, Verdict.NO_DATA: 1, Verdict.WATCH: 2}
        bad = [c for c in self.criteria if c.verdict != Verdict.GO]
        return sorted(bad, key=lambda c: order[c.verdict])


def _percent(part: int, whole: int) -> int:
    return (part * 100) // whole if whole else 0


def _at_least(value: int, go: int, nogo_below: int) -> Verdict:
    if value >= go:
        return Verdict.GO
    return Verdict.NO_GO if value < nogo_below else Verdict.WATCH


def evaluate(data: GateInputs, limits: Thresholds = Thresholds()) -> Gate:
    """The gate of one department: each criterion's verdict and the colour."""
    out: list[CriterionResult] = []
    if not data.has_training or data.people == 0 or data.enrolled == 0:
        out.append(
            CriterionResult(
                Criterion.TRAINED, Verdict.NO_DATA, None, limits.trained_go, limits.trained_nogo
            )
        )
    else:
        share = _percent(data.trained, data.people)
        out.append(
            CriterionResult(
                Criterion.TRAINED,
                _at_least(share, limits.trained_go, limits.trained_nogo),
                share,
                limits.trained_go,
                limits.trained_nogo,
            )
        )
    out.append(
        CriterionResult(
            Criterion.KEY_USERS,
            _at_least(data.key_users, max(1, limits.key_users_go), 1),
            data.key_users,
            max(1, limits.key_users_go),
            0,
        )
    )
    if not data.has_support:
        out.append(
            CriterionResult(
                Criterion.OPEN_TICKETS,
                Verdict.NO_DATA,
                None,
                limits.tickets_go,
                limits.tickets_nogo,
            )
        )
    else:
        n = data.open_p1p2
        verdict = (
            Verdict.GO
            if n <= limits.tickets_go
            else Verdict.NO_GO
            if n >= limits.tickets_nogo
            else Verdict.WATCH
        )
        out.append(
            CriterionResult(
                Criterion.OPEN_TICKETS, verdict, n, limits.tickets_go, limits.tickets_nogo
            )
        )
    if data.items == 0:
        out.append(
            CriterionResult(
                Criterion.READINESS_ITEMS, Verdict.NO_DATA, None, limits.items_go, limits.items_nogo
            )
        )
    else:
        done = _percent(data.items_done, data.items)
        out.append(
            CriterionResult(
                Criterion.READINESS_ITEMS,
                _at_least(done, limits.items_go, limits.items_nogo),
                done,
                limits.items_go,
                limits.items_nogo,
            )
        )
    verdicts = {c.verdict for c in out}
    if Verdict.NO_GO in verdicts:
        colour = GateColour.RED
    elif verdicts == {Verdict.GO}:
        colour = GateColour.GREEN
    else:
        colour = GateColour.AMBER
    return Gate(colour, tuple(out))


def check_thresholds(limits: Thresholds) -> list[str]:
    """The fields of ``limits`` that contradict each other or leave 0–100 (empty: fine)."""
    bad: list[str] = []
    for name in ("trained_go", "trained_nogo", "items_go", "items_nogo"):
        if not 0 <= getattr(limits, name) <= 100:
            bad.append(name)
    if limits.trained_nogo > limits.trained_go:
        bad.append("trained_nogo")
    if limits.items_nogo > limits.items_go:
        bad.append("items_nogo")
    if limits.tickets_go < 0 or limits.tickets_nogo <= limits.tickets_go:
        bad.append("tickets_nogo")
    if limits.key_users_go < 1:
        bad.append("key_users_go")
    return bad
