"""The risk register: what the Risks page reads, and the rules its edits keep.

Adding, changing and deleting risks are register intents
(:mod:`oa_desk.services.records`: the 1–5 scores and the enumerations are
checked there); this module reads the register with its owners' and tasks'
names in one go, and registers the rule that a risk's review date is not
before it was raised.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from oa_desk.domain import checks
from oa_desk.domain.enums import RiskCategory, RiskStatus
from oa_desk.domain.risks import is_live, review_overdue, score
from oa_desk.services import plan as plan_service
from oa_desk.services import records
from oa_desk.services.timeline import wbs_order
from oa_desk.store import models
from oa_desk.store.planfile import PlanStore

__all__ = ["RiskData", "RiskRow", "TaskChoice", "load_risks"]

RISK_FIELDS = (
    "title",
    "description",
    "category",
    "probability",
    "impact",
    "owner_id",
    "trigger",
    "mitigation",
    "contingency",
    "status",
    "review_date",
    "task_id",
    "raised_on",
)


@dataclass(frozen=True)
class RiskRow:
    id: int
    title: str
    description: str
    category: RiskCategory
    probability: int
    impact: int
    owner_id: int | None
    owner: str
    trigger: str
    mitigation: str
    contingency: str
    status: RiskStatus
    review_date: dt.date | None
    task_id: int | None
    task: str  # "WBS name" of the linked task or milestone, "" when none
    raised_on: dt.date | None
    tickets: int = 0  # the support tickets turned into this risk

    @property
    def score(self) -> int:
        return score(self.probability, self.impact)

    def values(self) -> dict[str, Any]:
        """The row as register values (what an edit dialog starts from)."""
        return {name: getattr(self, name) for name in RISK_FIELDS}


@dataclass(frozen=True)
class TaskChoice:
    id: int
    label: str  # "WBS name"
    milestone: bool


@dataclass(frozen=True)
class RiskData:
    risks: tuple[RiskRow, ...]
    tasks: tuple[TaskChoice, ...]  # WBS order, for linking a risk
    status_date: dt.date

    def overdue(self) -> list[RiskRow]:
        """Live risks whose review date has passed, the oldest review first."""
        late = [r for r in self.risks if review_overdue(r.review_date, r.status, self.status_date)]
        return sorted(late, key=lambda r: (r.review_date or dt.date.min, r.id))

    def heat(self, *, live_only: bool = True) -> Counter[tuple[int, int]]:
        """How many risks sit in each (probability, impact) cell."""
        return Counter(
            (r.probability, r.impact) for r in self.risks if not live_only or is_live(r.status)
        )


def load_risks(store: PlanStore) -> RiskData:
    r, p, t = models.Risk, models.Person, models.Task
    with store.read() as session:
        task_rows = session.execute(select(t.id, t.parent_id, t.seq, t.name, t.kind)).all()
        ticket = models.Ticket
        tickets: dict[int, int] = {
            int(risk_id): int(n)
            for risk_id, n in session.execute(
                select(ticket.risk_id, func.count())
                .where(ticket.risk_id.is_not(None))
                .group_by(ticket.risk_id)
            )
            if risk_id is not None
        }
        by_task = {row.id: row for row in task_rows}
        labels: dict[int, str] = {}
        choices = []
        for task_id, _level, code in wbs_order((x.id, x.parent_id, x.seq) for x in task_rows):
            row = by_task[task_id]
            labels[task_id] = f"{code} {row.name}"
            choices.append(TaskChoice(task_id, labels[task_id], str(row.kind) == "milestone"))
        risks = tuple(
            RiskRow(
                x.id,
                x.title,
                x.description,
                RiskCategory(x.category),
                x.probability,
                x.impact,
                x.owner_id,
                owner or "",
                x.trigger,
                x.mitigation,
                x.contingency,
                RiskStatus(x.status),
                x.review_date,
                x.task_id,
                labels.get(x.task_id, "") if x.task_id is not None else "",
                x.raised_on,
                tickets.get(x.id, 0),
            )
            for x, owner in session.execute(
                select(r, p.name.label("owner")).outerjoin(p, p.id == r.owner_id).order_by(r.id)
            )
        )
    return RiskData(risks, tuple(choices), plan_service.status_date(store))


def _review_after_raised(row: Mapping[str, Any]) -> Iterable[checks.Finding]:
    """A risk is not reviewed before it was raised."""
    finding = checks.in_order(
        row.get("raised_on"),
        row.get("review_date"),
        "review_date",
        checks.Check.REVIEW_BEFORE_RAISED,
    )
    return [finding] if finding is not None else []


records.register_rule("risk", _review_after_raised)
