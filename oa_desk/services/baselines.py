"""Named baselines: save the current dates, choose the one shown, measure variance.

Several baselines may be kept (tables ``baseline`` and ``baseline_task``). The
task columns ``baseline_start``/``baseline_finish`` hold the *shown* baseline,
the one the Gantt draws under the bars: saving a baseline shows it, and
:func:`show_baseline` switches to another. Every edit returns an
:class:`~oa_desk.services.schedule.EditResult` whose ``undo`` goes to
:func:`~oa_desk.services.schedule.revert`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import cast

from sqlalchemy import Table, bindparam, delete, func, insert, literal, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.errors import Refusal
from oa_desk.domain.schedule import Variance, variance
from oa_desk.services.schedule import BaselineState, EditResult, Undo, load_calendar
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore

__all__ = [
    "BaselineError",
    "BaselineInfo",
    "baseline_variance",
    "delete_baseline",
    "list_baselines",
    "rename_baseline",
    "save_baseline",
    "show_baseline",
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


def _shown(session: Session) -> tuple[tuple[int, dt.date | None, dt.date | None], ...]:
    t = _TASK.c
    return tuple(
        (r.id, r.baseline_start, r.baseline_finish)
        for r in session.execute(select(t.id, t.baseline_start, t.baseline_finish).order_by(t.id))
    )


def save_baseline(
    store: PlanStore, name: str, *, baseline_id: int | None = None, show: bool = True
) -> EditResult:
    """Save every task's current start and finish as a new baseline named ``name``.

    ``baseline_id`` reuses an id (a redo after an undo). With ``show`` the new
    baseline becomes the one drawn under the bars.
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
        changes = Changes.insert(ChangeKind.BASELINE, [bid])
        undo = Undo(baselines_added=(bid,))
        if show:
            before = _shown(session)
            conn.execute(update(_TASK).values(baseline_start=t.start, baseline_finish=t.finish))
            moved = [
                (i, s, f)
                for (i, s, f), now in zip(before, _shown(session), strict=True)
                if (i, s, f) != now
            ]
            undo = Undo(baselines_added=(bid,), task_baselines=tuple(moved))
            if moved:
                changes |= Changes.update(ChangeKind.TASK, [i for i, _, _ in moved])
        return EditResult(changes=changes, undo=undo)


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
            undo=Undo(baselines_renamed=((baseline_id, old),)),
        )


def delete_baseline(store: PlanStore, baseline_id: int) -> EditResult:
    """Delete a baseline and its rows (the shown dates on tasks stay as they are)."""
    with store.write() as session:
        name, created = _exists(session, baseline_id)
        rows = tuple(
            (r.task_id, r.start, r.finish)
            for r in session.execute(
                select(_ROWS.c.task_id, _ROWS.c.start, _ROWS.c.finish).where(
                    _ROWS.c.baseline_id == baseline_id
                )
            )
        )
        session.connection().execute(delete(_BASE).where(_BASE.c.id == baseline_id))
        return EditResult(
            changes=Changes.delete(ChangeKind.BASELINE, [baseline_id]),
            undo=Undo(baselines_removed=(BaselineState(baseline_id, name, created, rows),)),
        )


def show_baseline(store: PlanStore, baseline_id: int | None) -> EditResult:
    """Draw ``baseline_id`` under the bars (``None`` clears the shown baseline).

    Tasks the baseline does not hold (added after it was saved) show none.
    """
    with store.write() as session:
        conn = session.connection()
        before = _shown(session)
        if baseline_id is None:
            conn.execute(update(_TASK).values(baseline_start=None, baseline_finish=None))
        else:
            _exists(session, baseline_id)
            r = _ROWS.c
            saved = {
                row.task_id: (row.start, row.finish)
                for row in session.execute(
                    select(r.task_id, r.start, r.finish).where(r.baseline_id == baseline_id)
                )
            }
            conn.execute(update(_TASK).values(baseline_start=None, baseline_finish=None))
            if saved:
                conn.execute(
                    update(_TASK)
                    .where(_TASK.c.id == bindparam("_id"))
                    .values(baseline_start=bindparam("_s"), baseline_finish=bindparam("_f")),
                    [{"_id": i, "_s": s, "_f": f} for i, (s, f) in saved.items()],
                )
        after = _shown(session)
        moved = tuple(old for old, now in zip(before, after, strict=True) if old != now)
        changes = Changes.update(ChangeKind.TASK, [i for i, _, _ in moved]) if moved else Changes()
        return EditResult(changes=changes, undo=Undo(task_baselines=moved))


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
