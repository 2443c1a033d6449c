"""Finding people of the roster by what a user types: a name, pinyin, initials, an
employee number or an e-mail address.

SQLAlchemy Core, the same on SQLite and PostgreSQL. Prefix searches are
ranges on indexed columns (``key <= col < key + U+FFFF``), which both engines
answer from a B-tree; a Chinese name fragment is a ``LIKE '%…%'`` over the
name column (a roster of 50,000 is scanned in a few milliseconds).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, case, or_, select

from oa_desk.domain.pinyin import search_key
from oa_desk.store import models

_MAX = "\uffff"


@dataclass(frozen=True, slots=True)
class PersonHit:
    id: int
    employee_no: str
    name: str
    department: str
    title: str
    active: bool


def _prefix(column: ColumnElement[str], text: str) -> ColumnElement[bool]:
    return (column >= text) & (column < text + _MAX)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_people(conn: Connection, text: str, *, limit: int = 20) -> Sequence[PersonHit]:
    """Up to ``limit`` people matching ``text``: exact and prefix matches first, active
    people before inactive ones, then by name."""
    typed = text.strip()
    if not typed:
        return ()
    p, d = models.Person.__table__, models.Department.__table__
    key = search_key(typed)
    conditions: list[ColumnElement[bool]] = [_prefix(p.c.email, typed.lower())]
    if "@" not in typed:  # an address is only an address
        conditions += [
            _prefix(p.c.employee_no, typed),
            p.c.name.like(f"%{_escape_like(typed)}%", escape="\\"),
        ]
        if key:
            conditions += [_prefix(p.c.name_initials, key), _prefix(p.c.name_pinyin, key)]
    rank = case(
        (p.c.employee_no == typed, 0),
        (p.c.name == typed, 0),
        (p.c.name_initials == key, 1),
        (p.c.name.like(f"{_escape_like(typed)}%", escape="\\"), 1),
        else_=2,
    )
    stmt = (
        select(p.c.id, p.c.employee_no, p.c.name, d.c.name, p.c.title, p.c.active)
        .select_from(p.outerjoin(d, d.c.id == p.c.department_id))
        .where(or_(*conditions))
        .order_by(rank, p.c.active.desc(), p.c.name, p.c.id)
        .limit(limit)
    )
    return [
        PersonHit(i, no, name, dept or "", title or "", bool(active))
        for i, no, name, dept, title, active in conn.execute(stmt)
    ]
