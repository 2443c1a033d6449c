"""The reads behind the Support page's figures: plain tuples, SQLAlchemy Core, both engines.

Counts are ``GROUP BY`` in SQL; the moments of every ticket (20,000 on the large
demo) are read as text where the engine stores text (SQLite) and parsed once.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, String, func, select, type_coerce

from oa_desk.store import models

__all__ = [
    "flow_moments",
    "round_scores",
    "tickets_by_department",
    "tickets_by_type",
    "top_linked_articles",
]

_T = models.Base.metadata.tables["ticket"]
_D = models.Base.metadata.tables["department"]
_A = models.Base.metadata.tables["kb_article"]
_L = models.Base.metadata.tables["kb_article_ticket"]
_F = models.Base.metadata.tables["feedback_round"]


def _moment(value: Any) -> dt.datetime | None:
    if value is None:
        return None
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment


def flow_moments(conn: Connection) -> list[tuple[dt.datetime, dt.datetime | None]]:
    """Every ticket's creation and its end (resolved, else closed; None while open)."""
    ended = func.coalesce(_T.c.resolved_at, _T.c.closed_at)
    if conn.dialect.name == "sqlite":
        stmt = select(type_coerce(_T.c.created_at, String), type_coerce(ended, String))
    else:
        stmt = select(_T.c.created_at, ended)
    out = []
    for created, done in conn.execute(stmt):
        moment = _moment(created)
        assert moment is not None
        out.append((moment, _moment(done)))
    return out


def tickets_by_type(conn: Connection) -> list[tuple[str, int]]:
    stmt = select(type_coerce(_T.c.type, String), func.count()).group_by(_T.c.type)
    return sorted(((str(t), int(n)) for t, n in conn.execute(stmt)), key=lambda r: -r[1])


def tickets_by_department(conn: Connection, *, most: int = 12) -> list[tuple[str, int]]:
    """The departments with the most tickets, most first ("" for tickets without one)."""
    n = func.count().label("n")
    stmt = (
        select(_D.c.name, n)
        .select_from(_T.outerjoin(_D, _D.c.id == _T.c.department_id))
        .group_by(_D.c.id, _D.c.name)
        .order_by(n.desc(), _D.c.name)
        .limit(most)
    )
    return [(name or "", int(count)) for name, count in conn.execute(stmt)]


def top_linked_articles(conn: Connection, *, most: int = 10) -> list[tuple[str, int]]:
    """The articles with the most linked tickets: the questions asked again and again."""
    n = func.count().label("n")
    stmt = (
        select(_A.c.question, n)
        .select_from(_L.join(_A, _A.c.id == _L.c.article_id))
        .group_by(_A.c.id, _A.c.question)
        .order_by(n.desc(), _A.c.question)
        .limit(most)
    )
    return [(q, int(count)) for q, count in conn.execute(stmt)]


def round_scores(conn: Connection) -> list[tuple[str, dt.date, float, int]]:
    """Feedback rounds with a satisfaction score: department name, day, score, respondents."""
    stmt = (
        select(_D.c.name, _F.c.day, _F.c.satisfaction, _F.c.respondents)
        .select_from(_F.outerjoin(_D, _D.c.id == _F.c.department_id))
        .where(_F.c.satisfaction.is_not(None))
        .order_by(_F.c.day, _D.c.name)
    )
    return [(name or "", day, float(s), int(r)) for name, day, s, r in conn.execute(stmt)]
