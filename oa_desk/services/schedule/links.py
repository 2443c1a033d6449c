"""Dependency edits: check, add, remove and change a link, each one unit of work."""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table, delete, insert, update

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.enums import DependencyType
from oa_desk.domain.schedule import LinkError, LinkSpec, Scheduler
from oa_desk.services.schedule import data as plan_data
from oa_desk.services.schedule.data import PlanData
from oa_desk.services.schedule.passes import finish_edit
from oa_desk.services.schedule.records import EditResult, LinkState, Undo
from oa_desk.services.schedule.warm import scheduling_unit
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore

__all__ = ["add_dependency", "check_dependency", "edit_dependency", "remove_dependency"]

_DEP = cast(Table, m.Dependency.__table__)


def check_dependency(
    store: PlanStore, pred: int, succ: int, type: DependencyType = DependencyType.FS
) -> None:
    """Raise :class:`LinkError` / :class:`DependencyLoopError` if the link would be refused."""
    with store.read() as session:
        data = plan_data.load_plan_data(session)
    Scheduler(data.tasks, data.links, data.calendar, data.project_start).check_link(
        pred, succ, type
    )


def add_dependency(
    store: PlanStore,
    pred: int,
    succ: int,
    type: DependencyType = DependencyType.FS,
    lag: int = 0,
) -> EditResult:
    """Link ``pred`` to ``succ``; a loop or an invalid link is refused, nothing changes."""
    with scheduling_unit(store) as unit:
        session = unit.session
        warm = unit.warm()  # the live scheduler checks as well as a fresh one, at no cost
        data = plan_data.load_plan_data(session)
        checker = warm.scheduler if warm is not None else None
        if checker is None:
            checker = Scheduler(data.tasks, data.links, data.calendar, data.project_start)
        checker.check_link(pred, succ, type)
        new_id = (
            session.connection()
            .execute(
                insert(_DEP).values(predecessor_id=pred, successor_id=succ, type=type, lag=lag)
            )
            .inserted_primary_key
        )
        assert new_id is not None
        data.links.append(LinkSpec(pred, succ, type, lag))
        return finish_edit(
            session,
            data,
            unit=unit,
            changes=Changes.insert(ChangeKind.DEPENDENCY, [new_id[0]]),
            undo=Undo(links_added=(new_id[0],)),
        )


def _link(data: PlanData, pred: int, succ: int) -> LinkState:
    state = data.link_ids.get((pred, succ))
    if state is None:
        raise LinkError("unknown", f"#{pred} and #{succ} are not linked")
    return state


def remove_dependency(store: PlanStore, pred: int, succ: int) -> EditResult:
    """Remove the link from ``pred`` to ``succ``."""
    with scheduling_unit(store) as unit:
        session = unit.session
        data = plan_data.load_plan_data(session)
        state = _link(data, pred, succ)
        session.connection().execute(delete(_DEP).where(_DEP.c.id == state.id))
        data.links[:] = [x for x in data.links if (x.pred, x.succ) != (pred, succ)]
        return finish_edit(
            session,
            data,
            unit=unit,
            changes=Changes.delete(ChangeKind.DEPENDENCY, [state.id]),
            undo=Undo(links_removed=(state,)),
        )


def edit_dependency(
    store: PlanStore,
    pred: int,
    succ: int,
    *,
    type: DependencyType | None = None,
    lag: int | None = None,
) -> EditResult:
    """Change a link's type and/or lag (negative lag = lead)."""
    with scheduling_unit(store) as unit:
        session = unit.session
        data = plan_data.load_plan_data(session)
        state = _link(data, pred, succ)
        new_type = state.type if type is None else DependencyType(type)
        new_lag = state.lag if lag is None else lag
        others = [x for x in data.links if (x.pred, x.succ) != (pred, succ)]
        if new_type != state.type:
            Scheduler(data.tasks, others, data.calendar, data.project_start).check_link(
                pred, succ, new_type
            )
        session.connection().execute(
            update(_DEP).where(_DEP.c.id == state.id).values(type=new_type, lag=new_lag)
        )
        data.links[:] = [*others, LinkSpec(pred, succ, new_type, new_lag)]
        return finish_edit(
            session,
            data,
            unit=unit,
            changes=Changes.update(ChangeKind.DEPENDENCY, [state.id]),
            undo=Undo(links_changed=(state,)),
        )
