"""Named baselines: save the current dates, rename, delete, measure variance.

Several baselines may be kept (tables ``baseline`` and ``baseline_task``).
Which one the Timeline draws under the bars is a view setting, not part of the
plan: the Timeline passes it to :func:`oa_desk.services.timeline.load_timeline`.
Every edit returns an :class:`~oa_desk.services.schedule.EditResult` whose
``undo`` goes to :func:`~oa_desk.services.schedule.revert`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import cast

from sqlalchemy import Table, func, insert, literal, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.errors import Refusal
from oa_desk.domain.schedule import Variance, variance
from oa_desk.services.schedule import BaselineName, EditResult, Undo, load_calendar
from oa_desk.store import models as m
from oa_desk.store import rows as row_snapshots
from oa_desk.store.planfile import PlanStore

__all__ = [
    "BaselineError",
    "BaselineInfo",
    "baseline_variance",
    "delete_baseline",
    "list_baselines",
    "rename_baseline",
    "save_baseline",
]

_BASE = cast(Table, m.Baseline.__table__)
_ROWS = cast(Table, m.BaselineTask.__table__)
_TASK = cast(Table, m.Task.__table__)


class BaselineError(Refusal):
    """A baseline edit was refused. ``code`` is stable for translation: ``empty_name``,
    ``long_name`` (``limit``), ``duplicate_name`` (``name``), ``exists`` and ``unknown``
    (``baseline_id``)."""


@dataclass(frozen=True, slots=True)
class BaselineInfo:
    id: int
    name: str
    created_at: dt.datetime
    tasks: int


def list_baselines(store: PlanStore) -> list[BaselineInfo]:
    """Every baseline, oldest first, with how many tasks it holds."""
    with store.read() as session:
        counts = (
            select(_ROWS.c.baseline_id, func.count().label("n"))
            .group_by(_ROWS.c.baseline_id)
            .subquery()
        )
        rows = session.execute(
            select(_BASE.c.id, _BASE.c.name, _BASE.c.created_at, counts.c.n)
            .outerjoin(counts, counts.c.baseline_id == _BASE.c.id)
            .order_by(_BASE.c.created_at, _BASE.c.id)
        )
        return [BaselineInfo(r.id, r.name, r.created_at, r.n or 0) for r in rows]


def _clean_name(session: Session, name: str, baseline_id: int | None = None) -> str:
    name = name.strip()
    if not name:
        raise BaselineError("empty_name", "a baseline needs a name")
    if len(name) > 100:
        raise BaselineError("long_name", "a baseline name has at most 100 characters", limit=100)
    clash = session.execute(
        select(_BASE.c.id).where(_BASE.c.name == name, _BASE.c.id != (baseline_id or -1))
    ).first()
    if clash is not None:
        raise BaselineError(
            "duplicate_name", f"there is already a baseline named {name!r}", name=name
        )
    return name


def save_baseline(store: PlanStore, name: str, *, baseline_id: int | None = None) -> EditResult:
    """Save every task's current start and finish as a new baseline named ``name``.

    ``baseline_id`` reuses an id (a redo after an undo).
    """
    with store.write() as session:
        name = _clean_name(session, name)
        conn = session.connection()
        values: dict[str, object] = {"name": name, "created_at": dt.datetime.now()}
        if baseline_id is not None:
            values["id"] = baseline_id
        try:
            new = conn.execute(insert(_BASE).values(**values))
        except IntegrityError as exc:
            raise BaselineError(
                "exists", f"baseline #{baseline_id} already exists", baseline_id=baseline_id
            ) from exc
        assert new.inserted_primary_key is not None
        bid = int(new.inserted_primary_key[0])
        t = _TASK.c
        conn.execute(
            insert(_ROWS).from_select(
                ["baseline_id", "task_id", "start", "finish"],
                select(literal(bid), t.id, t.start, t.finish),
            )
        )
        return EditResult(
            changes=Changes.insert(ChangeKind.BASELINE, [bid]),
            undo=Undo(baselines_added=(bid,)),
            new_ids=(bid,),
        )


def _exists(session: Session, baseline_id: int) -> tuple[str, dt.datetime]:
    row = session.execute(
        select(_BASE.c.name, _BASE.c.created_at).where(_BASE.c.id == baseline_id)
    ).first()
    if row is None:
        raise BaselineError(
            "unknown", f"there is no baseline #{baseline_id}", baseline_id=baseline_id
        )
    return row[0], row[1]


def rename_baseline(store: PlanStore, baseline_id: int, name: str) -> EditResult:
    with store.write() as session:
        old, _ = _exists(session, baseline_id)
        name = _clean_name(session, name, baseline_id)
        session.connection().execute(
            update(_BASE).where(_BASE.c.id == baseline_id).values(name=name)
        )
        return EditResult(
            changes=Changes.update(ChangeKind.BASELINE, [baseline_id]),
            undo=Undo(baselines_renamed=(BaselineName(baseline_id, old),)),
        )


def delete_baseline(store: PlanStore, baseline_id: int) -> EditResult:
    """Delete a baseline and its rows; the undo brings both back."""
    with store.write() as session:
        _exists(session, baseline_id)
        snapshot = row_snapshots.delete_rows(session.connection(), _BASE, [baseline_id])
        return EditResult(changes=snapshot.changes(restored=False), undo=Undo(deleted=snapshot))


def baseline_variance(store: PlanStore, baseline_id: int) -> dict[int, Variance]:
    """Working days each task's start and finish moved since the baseline.

    Positive means later than the baseline. Tasks missing from the baseline,
    or without dates on either side, are left out.
    """
    with store.read() as session:
        _exists(session, baseline_id)
        r, t = _ROWS.c, _TASK.c
        rows = session.execute(
            select(t.id, t.start, t.finish, r.start.label("bs"), r.finish.label("bf"))
            .join(_ROWS, r.task_id == t.id)
            .where(r.baseline_id == baseline_id)
        ).all()
        dates = [d for row in rows for d in (row.start, row.bs) if d is not None]
        span = (min(dates), max(dates)) if dates else None
        cal = load_calendar(session, span=span)
    out: dict[int, Variance] = {}
    for row in rows:
        if None in (row.start, row.finish, row.bs, row.bf):
            continue
        out[row.id] = variance(cal, (row.bs, row.bf), (row.start, row.finish))
    return out
