"""Linking and unlinking several chosen tasks at once, each one unit of work.

:func:`link_tasks` links the chosen tasks finish-to-start in outline order
(MS Project's Link Tasks), :func:`unlink_tasks` removes the links among them
(or, with one task chosen, every link of that task). Both check what
:meth:`~oa_desk.domain.schedule.Scheduler.check_link` checks and return an
:class:`~oa_desk.services.schedule.EditResult` whose undo
(``schedule.revert``) puts the links back exactly.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import cast

from sqlalchemy import Table, delete, insert, select

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.enums import DependencyType
from oa_desk.domain.schedule import LinkSpec, Scheduler
from oa_desk.services.schedule import EditResult, LinkState, Undo
from oa_desk.services.schedule import data as plan_data
from oa_desk.services.schedule.passes import finish_edit
from oa_desk.services.schedule.warm import scheduling_unit
from oa_desk.services.tasks import TaskEditError
from oa_desk.services.tasks import _roots as roots
from oa_desk.services.tasks import _subtree as subtree
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore

__all__ = ["link_tasks", "unlink_tasks"]

_DEP = cast(Table, m.Dependency.__table__)
# Linking more tasks at once than this is refused (each link is checked for loops).
MAX_CHAIN = 500


def link_tasks(store: PlanStore, ids: Iterable[int]) -> EditResult:
    """Link the tasks ``ids`` one after the other (finish-to-start, in outline order);
    pairs already linked are left as they are."""
    chosen = set(ids)
    if len(chosen) < 2:
        raise TaskEditError("link_too_few", "Choose at least two tasks to link.")
    if len(chosen) > MAX_CHAIN:
        raise TaskEditError("link_too_many", "Too many tasks to link at once.", limit=MAX_CHAIN)
    with scheduling_unit(store) as unit:
        session = unit.session
        order = [i for i in subtree(session, roots(session)) if i in chosen]
        if len(order) != len(chosen):
            raise TaskEditError("missing", "A task to link does not exist.")
        data = plan_data.load_plan_data(session)
        checker = Scheduler(data.tasks, data.links, data.calendar, data.project_start)
        added: list[int] = []
        for pred, succ in itertools.pairwise(order):
            if (pred, succ) in data.link_ids:
                continue
            checker.check_link(pred, succ, DependencyType.FS)
            result = session.connection().execute(
                insert(_DEP).values(
                    predecessor_id=pred, successor_id=succ, type=DependencyType.FS, lag=0
                )
            )
            key = result.inserted_primary_key
            assert key is not None
            added.append(int(key[0]))
            data.links.append(LinkSpec(pred, succ, DependencyType.FS, 0))
        if not added:
            raise TaskEditError("already_linked", "These tasks are already linked.")
        # the full pass refuses a loop that only the new links together close
        return finish_edit(
            session,
            data,
            unit=unit,
            changes=Changes.insert(ChangeKind.DEPENDENCY, added),
            undo=Undo(links_added=tuple(added)),
        )


def unlink_tasks(store: PlanStore, ids: Iterable[int]) -> EditResult:
    """Remove the links among the tasks ``ids``; with one task, all of its links."""
    chosen = set(ids)
    if not chosen:
        raise TaskEditError("not_linked", "Choose the tasks to unlink.")
    with scheduling_unit(store) as unit:
        session = unit.session
        d = _DEP.c
        if len(chosen) == 1:
            (only,) = chosen
            where = (d.predecessor_id == only) | (d.successor_id == only)
        else:
            where = d.predecessor_id.in_(chosen) & d.successor_id.in_(chosen)
        rows = session.execute(
            select(d.id, d.predecessor_id, d.successor_id, d.type, d.lag).where(where)
        ).all()
        if not rows:
            raise TaskEditError("not_linked", "These tasks are not linked.")
        gone = tuple(LinkState(r.id, r.predecessor_id, r.successor_id, r.type, r.lag) for r in rows)
        session.connection().execute(delete(_DEP).where(d.id.in_([x.id for x in gone])))
        data = plan_data.load_plan_data(session)
        return finish_edit(
            session,
            data,
            unit=unit,
            changes=Changes.delete(ChangeKind.DEPENDENCY, [x.id for x in gone]),
            undo=Undo(links_removed=gone),
        )
