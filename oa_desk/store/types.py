"""Column types of the plan schema that need more than SQLAlchemy's defaults.

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
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

__all__ = ["UtcDateTime", "parse_stored_utc", "stored_utc"]


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
