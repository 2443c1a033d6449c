"""Who did what: the plan's activity log and the row versions views remember.

Reads only: every unit of work writes its own activity (``store.activity``).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from oa_desk.store import activity as log
from oa_desk.store import models
from oa_desk.store.activity import ActivityEntry
from oa_desk.store.planfile import PlanStore

__all__ = ["ActivityEntry", "item_history", "plan_history", "read_versions", "users"]


def plan_history(
    store: PlanStore,
    *,
    user: str | None = None,
    text: str = "",
    tables: Iterable[str] = (),
    limit: int = 500,
) -> list[ActivityEntry]:
    """The plan's latest units of work, newest first (one user's, or those whose intent
    or table codes contain ``text``, or that touched one of ``tables``: the gui passes
    the tables whose labels in the user's language contain the words)."""
    with store.read() as session:
        conn = session.connection()
        return log.plan_history(conn, user=user, text=text, tables=tables, limit=limit)


def item_history(store: PlanStore, table: str, row_id: int) -> list[ActivityEntry]:
    """Every recorded unit of work that touched one row, newest first."""
    with store.read() as session:
        return log.item_history(session.connection(), table, row_id)


def users(store: PlanStore) -> list[str]:
    """Everyone the log names, sorted."""
    a = models.Activity.__table__
    with store.read() as session:
        found = session.execute(select(a.c.user_name).distinct().order_by(a.c.user_name))
        return [str(u) for (u,) in found]


def read_versions(store: PlanStore, table: str, ids: Iterable[int] | None = None) -> dict[int, int]:
    """The row versions of ``ids`` (every row of ``table`` when None) as they are now:
    a view reads them with its rows and passes them back with an edit."""
    t = models.Base.metadata.tables[table]
    with store.read() as session:
        conn = session.connection()
        if ids is None:
            return {int(i): int(v) for i, v in conn.execute(select(t.c.id, t.c.row_version))}
        return log.versions_of(conn, table, list(ids))
