"""The plan's description and the Overview's figures, read on the driver connection.

This is the first thing a window shows, before SQLAlchemy has been imported
(start-up imports nothing heavy before the window paints), so it reads with
plain SQL on :meth:`PlanStore.read_raw`'s connection and returns plain tuples
(dates as ISO text); ``services/plan`` turns them into the Overview. The
PostgreSQL counterpart is the same statements on the team plan's driver
connection.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from oa_desk.domain.enums import OPEN_TICKET_STATUSES, TaskKind

if TYPE_CHECKING:
    from oa_desk.store.planfile import PlanStore

__all__ = ["OverviewRows", "read_overview", "read_plan_fields"]


@dataclass(frozen=True)
class OverviewRows:
    """The Overview's raw figures (dates as ISO text, as the file stores them)."""

    # name, organisation, oa_product, vendor, description, start, go-live, status date
    plan: tuple[Any, ...]
    departments: int
    people: int
    tasks: int
    open_tickets: int
    milestones_done: int
    upcoming: list[tuple[Any, ...]]  # id, name, finish, progress of the next milestones
    # id, name, is_pilot, planned_go_live, actual_go_live, gate_decision, departments
    waves: list[tuple[Any, ...]]


def read_overview(store: PlanStore, *, milestones: int = 5) -> OverviewRows:
    """Everything the Overview shows, in one read transaction."""
    open_states = ",".join("?" * len(OPEN_TICKET_STATUSES))
    milestone, summary = TaskKind.MILESTONE.value, TaskKind.SUMMARY.value
    with store.read_raw() as conn:

        def count(sql: str, *params: Any) -> int:
            return int(conn.execute(sql, params).fetchone()[0])

        plan = conn.execute(
            "SELECT name, organisation, oa_product, vendor, description, start_date,"
            " target_go_live, status_date FROM plan WHERE id = 1"
        ).fetchone()
        return OverviewRows(
            plan=tuple(plan),
            departments=count("SELECT count(*) FROM department"),
            people=count("SELECT count(*) FROM person WHERE active"),
            tasks=count("SELECT count(*) FROM task WHERE kind <> ?", summary),
            open_tickets=count(
                f"SELECT count(*) FROM ticket WHERE status IN ({open_states})",
                *(s.value for s in OPEN_TICKET_STATUSES),
            ),
            milestones_done=count(
                "SELECT count(*) FROM task WHERE kind = ? AND progress >= 100", milestone
            ),
            upcoming=conn.execute(
                "SELECT id, name, finish, progress FROM task WHERE kind = ? AND progress < 100"
                " ORDER BY finish IS NULL, finish, id LIMIT ?",
                (milestone, milestones),
            ).fetchall(),
            # A department's pilot flag and planned go-live are its wave's.
            waves=conn.execute(
                "SELECT w.id, w.name, w.is_pilot, w.planned_go_live, w.actual_go_live,"
                " w.gate_decision, (SELECT count(*) FROM department d WHERE d.wave_id = w.id)"
                " FROM wave w ORDER BY w.seq, w.id"
            ).fetchall(),
        )


def read_plan_fields(store: PlanStore, fields: Sequence[str]) -> tuple[Any, ...]:
    """The plan row's values of ``fields`` (plain column names), as stored."""
    for name in fields:
        if not name.isidentifier():
            raise KeyError(name)
    columns = ", ".join(f'"{name}"' for name in fields)
    with store.read_raw() as conn:
        return tuple(conn.execute(f"SELECT {columns} FROM plan WHERE id = 1").fetchone())
