"""What the Knowledge base's tile on the Overview shows, read on the driver connection
(the Overview paints before SQLAlchemy is imported; see ``store/dashboard_reads``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from oa_desk.store.planfile import PlanStore

__all__ = ["read_kb_summary"]


def read_kb_summary(
    store: PlanStore, most: int = 3
) -> tuple[int, list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The number of articles; the ``most`` articles with the most linked tickets
    (question, tickets); the scores of the latest day's feedback rounds (day, score)."""
    with store.read_raw() as conn:
        row = conn.execute("SELECT count(*) FROM kb_article").fetchone()
        top = conn.execute(
            "SELECT a.question, count(*) AS n FROM kb_article_ticket l"
            " JOIN kb_article a ON a.id = l.article_id"
            " GROUP BY a.id, a.question ORDER BY n DESC, a.question LIMIT ?",
            (most,),
        ).fetchall()
        scores = conn.execute(
            "SELECT day, satisfaction FROM feedback_round WHERE satisfaction IS NOT NULL"
            " AND day = (SELECT max(day) FROM feedback_round WHERE satisfaction IS NOT NULL)"
        ).fetchall()
    return int(row[0]) if row else 0, top, scores
