"""The publicity (communication) plan: what goes out, on which channel, to whom, tied to
which milestone, and what went out this week and next.

Adding, changing and deleting items are register intents
(:mod:`oa_desk.services.records`); this module reads the plan with owners' and
milestones' names and dates in one go.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from oa_desk.domain.enums import Channel, CommStatus, TaskKind
from oa_desk.services import plan as plan_service
from oa_desk.services import records
from oa_desk.services.timeline import wbs_order
from oa_desk.store import models
from oa_desk.store.planfile import PlanStore

__all__ = [
    "CommRow",
    "Milestone",
    "PublicityData",
    "add_item",
    "load_publicity",
    "update_item",
]

COMM_FIELDS = (
    "title",
    "channel",
    "audience",
    "message",
    "milestone_id",
    "planned_date",
    "actual_date",
    "owner_id",
    "status",
    "reach",
    "offset_days",
)
OPEN_STATUSES = frozenset({CommStatus.PLANNED, CommStatus.PREPARED})


@dataclass(frozen=True)
class CommRow:
    id: int
    title: str
    channel: Channel
    audience: str
    message: str
    milestone_id: int | None
    milestone: str
    planned_date: dt.date | None
    actual_date: dt.date | None
    owner_id: int | None
    owner: str
    status: CommStatus
    reach: int | None
    offset_days: int | None = None  # days from the milestone: the planned date follows it

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in COMM_FIELDS}

    @property
    def day(self) -> dt.date | None:
        """When it goes (or went) out: the actual date once sent, else the plan's."""
        return self.actual_date or self.planned_date

    def late(self, today: dt.date) -> bool:
        """Planned for a day already past and still not sent."""
        return (
            self.status in OPEN_STATUSES
            and self.planned_date is not None
            and self.planned_date < today
        )


@dataclass(frozen=True)
class Milestone:
    id: int
    label: str  # "WBS name"
    finish: dt.date | None


@dataclass(frozen=True)
class PublicityData:
    items: tuple[CommRow, ...]
    milestones: tuple[Milestone, ...]  # WBS order
    status_date: dt.date

    def window(self, first: dt.date, days: int) -> list[CommRow]:
        """Items going out (or gone out) on ``first`` and the ``days - 1`` days after it."""
        last = first + dt.timedelta(days=days - 1)
        shown = [
            (i.day, i.id, i)
            for i in self.items
            if i.day is not None and first <= i.day <= last and i.status is not CommStatus.CANCELLED
        ]
        return [item for _day, _id, item in sorted(shown, key=lambda t: (t[0], t[1]))]


def load_publicity(store: PlanStore) -> PublicityData:
    c, p, t = models.Communication, models.Person, models.Task
    with store.read() as session:
        task_rows = session.execute(
            select(t.id, t.parent_id, t.seq, t.name, t.kind, t.finish)
        ).all()
        by_id = {r.id: r for r in task_rows}
        milestones = tuple(
            Milestone(task_id, f"{code} {by_id[task_id].name}", by_id[task_id].finish)
            for task_id, _level, code in wbs_order((r.id, r.parent_id, r.seq) for r in task_rows)
            if str(by_id[task_id].kind) == TaskKind.MILESTONE.value
        )
        labels = {m.id: m.label for m in milestones}
        items = tuple(
            CommRow(
                x.id,
                x.title,
                Channel(x.channel),
                x.audience,
                x.message,
                x.milestone_id,
                labels.get(x.milestone_id, "") if x.milestone_id is not None else "",
                x.planned_date,
                x.actual_date,
                x.owner_id,
                owner or "",
                CommStatus(x.status),
                x.reach,
                x.offset_days,
            )
            for x, owner in session.execute(
                select(c, p.name.label("owner")).outerjoin(p, p.id == c.owner_id).order_by(c.id)
            )
        )
    return PublicityData(items, milestones, plan_service.status_date(store))


# -- following the milestone -----------------------------------------------------------


def _milestone_day(session: Any, task_id: int) -> dt.date | None:
    t = models.Task
    row = session.execute(select(t.finish, t.start).where(t.id == task_id)).first()
    return None if row is None else (row.finish or row.start)


def _follow(store: PlanStore, values: Mapping[str, Any], item_id: int | None) -> dict[str, Any]:
    """``values`` with the offset from the milestone kept in step with the planned date.

    Tied to a milestone with a planned date, an item stores its offset (the planned
    date minus the milestone's date), so the date follows the milestone when it moves
    (``services.schedule.follow``); given an offset, the planned date is the
    milestone's date plus it. Untied, no offset. A planned date before the plan's
    start is refused."""
    out = dict(values)
    c = models.Communication
    with store.read() as session:
        current: dict[str, Any] = {}
        if item_id is not None:
            row = session.execute(
                select(c.milestone_id, c.planned_date, c.offset_days).where(c.id == item_id)
            ).first()
            current = dict(row._mapping) if row is not None else {}
        row_now = {**current, **out}
        milestone = row_now.get("milestone_id")
        day = _milestone_day(session, milestone) if milestone is not None else None
        start = session.scalar(select(models.Plan.start_date))
    if milestone is None:
        if current.get("offset_days") is not None or out.get("offset_days") is not None:
            out["offset_days"] = None
    elif day is not None:
        if out.get("offset_days") is not None:
            out["planned_date"] = day + dt.timedelta(days=int(out["offset_days"]))
        elif row_now.get("planned_date") is not None:
            offset = (row_now["planned_date"] - day).days
            if offset != current.get("offset_days"):
                out["offset_days"] = offset
    planned = out.get("planned_date")
    if planned is not None and start is not None and planned < start:
        raise records.RecordError(
            "before_plan_start",
            f"the planned date {planned} is before the plan starts ({start})",
            table="communication",
            field="planned_date",
            day=planned.isoformat(),
            start=start.isoformat(),
        )
    return out


def add_item(store: PlanStore, values: Mapping[str, Any]) -> records.AddStep:
    """Add a publicity item (its offset from the milestone kept, see :func:`_follow`)."""
    return records.add_step(store, "communication", _follow(store, values, None))


def update_item(store: PlanStore, item_id: int, values: Mapping[str, Any]) -> records.RecordEdit:
    """Change a publicity item (its offset from the milestone kept, see :func:`_follow`)."""
    return records.update_record(store, "communication", item_id, _follow(store, values, item_id))
