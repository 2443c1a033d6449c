"""What the Overview's training tile shows, read on the driver connection.

Like ``store/dashboard_reads``: the Overview paints before SQLAlchemy is imported,
so these are plain ``?`` statements on :meth:`PlanStore.read_raw` (the same on a
plan file and a team plan) returning plain tuples, dates as ISO text. The rule
(``domain.training``) is applied by ``services/training_dashboard``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from oa_desk.store.planfile import PlanStore

__all__ = ["TrainingRows", "read_training_rows"]


@dataclass(frozen=True)
class TrainingRows:
    courses: list[tuple[Any, ...]]  # id, tier, pass mark
    links: list[tuple[Any, ...]]  # course id, prerequisite id
    heads: list[tuple[Any, ...]]  # tier, active people
    results: list[tuple[Any, ...]]  # person id, tier, required attended, required passed
    going_live: list[tuple[Any, ...]]  # person id, planned go-live (not gone live yet)
    planned: list[tuple[Any, ...]]  # starts at of each planned session


def _ids(ids: list[int]) -> str:
    return ",".join(str(int(i)) for i in ids) or "NULL"


def read_training_rows(
    store: PlanStore,
    required: Callable[
        [list[tuple[Any, ...]], list[tuple[Any, ...]]], Mapping[str, Mapping[int, bool]]
    ],
) -> TrainingRows:
    """One read transaction. ``required(courses, links)`` gives each tier's required
    courses (id -> has a pass mark), from which the per-person query is built."""
    with store.read_raw() as conn:
        courses = conn.execute("SELECT id, tier, pass_mark FROM course").fetchall()
        links = conn.execute(
            "SELECT course_id, prerequisite_id FROM course_prerequisite"
        ).fetchall()
        need: Mapping[str, Mapping[int, bool]] = required(courses, links)
        heads = conn.execute(
            "SELECT tier, count(*) FROM person WHERE active GROUP BY tier"
        ).fetchall()
        results: list[tuple[Any, ...]] = []
        of_tier = [(t, sorted(c)) for t, c in need.items() if c]
        if of_tier:
            marked = sorted({c for cs in need.values() for c, m in cs.items() if m})
            which = " OR ".join(
                "(p.tier = ? AND s.course_id IN (" + _ids(c) + "))" for _t, c in of_tier
            )
            results = conn.execute(
                "SELECT e.person_id, max(p.tier), count(DISTINCT s.course_id),"
                " count(DISTINCT CASE WHEN e.passed AND s.course_id IN (" + _ids(marked) + ")"
                " THEN s.course_id END)"
                " FROM enrollment e JOIN person p ON p.id = e.person_id"
                " JOIN training_session s ON s.id = e.session_id"
                " WHERE e.attendance IN ('present', 'late') AND p.active AND (" + which + ")"
                " GROUP BY e.person_id",
                [t for t, _c in of_tier],
            ).fetchall()
        going_live = conn.execute(
            "SELECT p.id, w.planned_go_live FROM person p"
            " JOIN department d ON d.id = p.department_id JOIN wave w ON w.id = d.wave_id"
            " WHERE p.active AND w.planned_go_live IS NOT NULL AND w.actual_go_live IS NULL"
            " AND d.actual_go_live IS NULL"
        ).fetchall()
        planned = conn.execute(
            "SELECT starts_at FROM training_session WHERE status = 'planned'"
        ).fetchall()
    return TrainingRows(courses, links, heads, results, going_live, planned)
