"""What the Overview's feature tiles show, read on the driver connection.

The Overview is the first page a window paints, before SQLAlchemy is imported
(start-up imports nothing heavy), so its tiles read like ``store/overview``:
plain SQL on :meth:`PlanStore.read_raw`, plain tuples (dates as ISO text).
``services/dashboard`` applies the domain's rules to them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from oa_desk.store.planfile import PlanStore

__all__ = ["read_goal_rows", "read_risk_rows", "read_stakeholder_contacts"]


def read_stakeholder_contacts(store: PlanStore) -> list[tuple[Any, ...]]:
    """(id, name, cadence, last contact) of every stakeholder."""
    with store.read_raw() as conn:
        return conn.execute(
            "SELECT id, name, cadence, last_contact FROM stakeholder ORDER BY id"
        ).fetchall()


def read_risk_rows(store: PlanStore) -> list[tuple[Any, ...]]:
    """(id, title, probability, impact, status, review date) of every risk."""
    with store.read_raw() as conn:
        return conn.execute(
            "SELECT id, title, probability, impact, status, review_date FROM risk ORDER BY id"
        ).fetchall()


def read_goal_rows(store: PlanStore) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Goals (id, name, unit, direction, baseline, target, due) and their measurements
    (goal id, day, value) by day."""
    with store.read_raw() as conn:
        goals = conn.execute(
            "SELECT id, name, unit, direction, baseline, target, due FROM goal ORDER BY id"
        ).fetchall()
        points = conn.execute(
            "SELECT goal_id, day, value FROM kpi_measurement ORDER BY day, id"
        ).fetchall()
    return goals, points
