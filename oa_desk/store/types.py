"""Column types and constraint helpers of the plan schema (``store/models.py``).

Enumerations are string columns with a CHECK constraint (:func:`enum_type`),
scores have range checks (:func:`score_check`), foreign keys say what a delete
does (:func:`fk`), and every constraint is named by :data:`NAMING`.

:class:`UtcDateTime` is a point in time (a ticket's creation, an event, when a
baseline was taken): it is stored in UTC and read back timezone-aware, so SLA
arithmetic and comparisons across people in different time zones are exact.
SQLite keeps it as naive UTC text in SQLAlchemy's DATETIME form
(``YYYY-MM-DD HH:MM:SS.ffffff``); PostgreSQL as ``timestamp with time zone``.

Wall-clock times that belong to a place (a training session at 09:00 in the
Shanghai office) are not points in time in this sense and stay naive
``DateTime`` columns: they must not move when the viewer's zone changes.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import CheckConstraint, DateTime, Enum, ForeignKey
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

__all__ = [
    "NAMING",
    "UtcDateTime",
    "enum_type",
    "fk",
    "parse_stored_utc",
    "score_check",
    "stored_utc",
]

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def enum_type(cls: type[StrEnum], name: str | None = None) -> Enum:
    """A string column restricted to ``cls``'s values by a CHECK constraint.

    ``name`` names the constraint when one table has two columns of one enum.
    """
    return Enum(
        cls,
        name=name or cls.__name__.lower(),
        native_enum=False,
        create_constraint=True,
        length=max(len(m.value) for m in cls),
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


def score_check(column: str, low: int = 1, high: int = 5) -> CheckConstraint:
    return CheckConstraint(
        f"{column} IS NULL OR ({column} BETWEEN {low} AND {high})", name=f"{column}_range"
    )


def fk(target: str, *, cascade: bool = False, restrict: bool = False, **kw: object) -> ForeignKey:
    """A foreign key that cascades deletes (owned rows), refuses them (``restrict``:
    rows that must not vanish or lose their parent) or nulls the reference."""
    action = "CASCADE" if cascade else "RESTRICT" if restrict else "SET NULL"
    return ForeignKey(target, ondelete=action, **kw)  # type: ignore[arg-type]


def _utc(value: dt.datetime) -> dt.datetime:
    """``value`` as an aware UTC datetime; a naive one is taken as local time."""
    return value.astimezone(dt.UTC)


def stored_utc(value: dt.datetime) -> str:
    """How the plan file (SQLite) stores a point in time: naive UTC text."""
    return _utc(value).replace(tzinfo=None).isoformat(" ", "microseconds")


def parse_stored_utc(text: str) -> dt.datetime:
    """The aware UTC datetime behind a stored point in time (``stored_utc``'s inverse).

    For code that reads the file's text directly (fast report paths); convert with
    ``.astimezone()`` to show it in the user's zone.
    """
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A point in time, stored in UTC and returned aware (``tzinfo`` UTC).

    Aware values in any zone are converted to UTC; a naive value is taken as the
    computer's local time (Python's ``astimezone`` rule), so ``datetime.now()``
    stores the right instant.
    """

    impl = DateTime
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(DateTime(timezone=True))
        return dialect.type_descriptor(DateTime())

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        utc = _utc(value)
        return utc if dialect.name == "postgresql" else utc.replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else _utc(value)
