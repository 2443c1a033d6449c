"""Bulk reads straight from the driver, for the measured paths of a 20,000-task plan.

SQLAlchemy's per-value result processing costs about half a second on 20,000
task rows, which the scheduler's cold load and the Timeline's first paint
cannot afford. These functions run plain SELECTs on the driver's own cursor,
inside the session's transaction (so they see what the unit of work sees), and
return the driver's tuples. Enumerations come as their string codes; date
columns come as the driver returns them and go through the parser
:func:`day_parser` gives.

The SQL is written once, with ``?`` placeholders (SQLite's). On PostgreSQL the
same statements run on psycopg's cursor with ``%s`` placeholders
(:class:`_PgCursor`); psycopg returns ``datetime.date`` values, which the day
parser passes through. Everything else in the services reads through
SQLAlchemy Core.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.orm import Session

__all__ = [
    "DayParser",
    "day_parser",
    "dependency_rows",
    "schedule_task_rows",
    "ticket_sla_rows",
    "timeline_task_rows",
]

DayParser = Callable[[Any], dt.date | None]

# Ids per IN list: below SQLite's smallest limit on bound parameters (999).
CHUNK = 500


class _PgCursor:
    """psycopg's cursor behind the few sqlite3 cursor calls used here (``?`` -> ``%s``)."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        self._cursor.execute(sql.replace("?", "%s"), tuple(params))
        return self._cursor

    def close(self) -> None:
        self._cursor.close()


def _cursor(session: Session) -> sqlite3.Cursor:
    connection = session.connection()
    driver = connection.connection.driver_connection
    if isinstance(driver, sqlite3.Connection):
        return driver.cursor()
    if connection.dialect.name == "postgresql":
        return _PgCursor(driver.cursor())  # type: ignore[union-attr, return-value]
    raise TypeError(f"bulk reads need sqlite3 or psycopg, not {type(driver).__name__}")


def day_parser() -> DayParser:
    """A function from a date column's driver value to a date (``None`` stays ``None``).

    SQLite stores dates as ISO text: each distinct text is parsed once. PostgreSQL's
    driver returns dates, which pass through.
    """
    cache: dict[str, dt.date] = {}

    def day(text: Any) -> dt.date | None:
        if text is None or isinstance(text, dt.date):
            return text
        found = cache.get(text)
        if found is None:
            found = cache[text] = dt.date.fromisoformat(text[:10])
        return found

    return day


def schedule_task_rows(session: Session) -> list[tuple[Any, ...]]:
    """Every task's scheduling columns, by parent, order and id:

    ``(id, parent_id, kind, duration, constraint_type, constraint_date, progress,
    name, start, finish)``.
    """
    cursor = _cursor(session)
    try:
        return cursor.execute(
            "SELECT id, parent_id, kind, duration, constraint_type, constraint_date, progress,"
            " name, start, finish FROM task ORDER BY parent_id, seq, id"
        ).fetchall()
    finally:
        cursor.close()


def dependency_rows(
    session: Session, successors: Sequence[int] | None = None
) -> list[tuple[Any, ...]]:
    """Links ``(id, predecessor_id, successor_id, type, lag)``: all, or those into
    ``successors``."""
    sql = "SELECT id, predecessor_id, successor_id, type, lag FROM dependency"
    cursor = _cursor(session)
    try:
        if successors is None:
            return cursor.execute(sql).fetchall()
        out: list[tuple[Any, ...]] = []
        for k in range(0, len(successors), CHUNK):
            chunk = list(successors[k : k + CHUNK])
            marks = ",".join("?" * len(chunk))
            out += cursor.execute(f"{sql} WHERE successor_id IN ({marks})", chunk).fetchall()
        return out
    finally:
        cursor.close()


# The baseline shown under the bars is a parameter of the read, not a column of task.
_TIMELINE_SELECT = """
SELECT t.id, t.parent_id, t.seq, t.name, t.phase, t.kind, t.start, t.finish, t.duration,
       t.progress, t.owner_id, p.name, t.department_id, d.name, t.wave_id, w.name,
       t.constraint_type, t.constraint_date, {baseline}
FROM task t
LEFT JOIN person p ON p.id = t.owner_id
LEFT JOIN department d ON d.id = t.department_id
LEFT JOIN wave w ON w.id = t.wave_id
"""
_TIMELINE_SQL = (
    _TIMELINE_SELECT.format(baseline="b.start, b.finish")
    + "LEFT JOIN baseline_task b ON b.baseline_id = ? AND b.task_id = t.id\n"
)
_TIMELINE_SQL_NO_BASELINE = _TIMELINE_SELECT.format(baseline="NULL, NULL")


def timeline_task_rows(
    session: Session, baseline_id: int | None, ids: Sequence[int] | None = None
) -> list[tuple[Any, ...]]:
    """Tasks as the Timeline shows them, all or those in ``ids``:

    ``(id, parent_id, seq, name, phase, kind, start, finish, duration, progress,
    owner_id, owner name, department_id, department name, wave_id, wave name,
    constraint_type, constraint_date, baseline start, baseline finish)``, the
    baseline dates from ``baseline_id`` (``None``: no baseline, both ``None``).
    """
    sql, head = (
        (_TIMELINE_SQL_NO_BASELINE, ()) if baseline_id is None else (_TIMELINE_SQL, (baseline_id,))
    )
    cursor = _cursor(session)
    try:
        if ids is None:
            return cursor.execute(sql, head).fetchall()
        out: list[tuple[Any, ...]] = []
        for k in range(0, len(ids), CHUNK):
            chunk = list(ids[k : k + CHUNK])
            marks = ",".join("?" * len(chunk))
            out += cursor.execute(f"{sql} WHERE t.id IN ({marks})", (*head, *chunk)).fetchall()
        return out
    finally:
        cursor.close()


def ticket_sla_rows(session: Session) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """What the SLA of every ticket needs, as the driver gives it:

    ``(id, priority, created_at, first_response_at, resolved_at)`` of every ticket,
    and ``(ticket_id, at, new status)`` of the status events of the tickets that ever
    waited for the user (the others never pause), by ticket and time. Moments are
    SQLite's stored text or psycopg's datetimes.
    """
    cursor = _cursor(session)
    try:
        tickets = cursor.execute(
            "SELECT id, priority, created_at, first_response_at, resolved_at FROM ticket"
        ).fetchall()
        events = cursor.execute(
            "SELECT ticket_id, at, new_value FROM ticket_event WHERE kind = 'status'"
            " AND ticket_id IN (SELECT ticket_id FROM ticket_event"
            " WHERE kind = 'status' AND new_value = 'waiting')"
            " ORDER BY ticket_id, at, id"
        ).fetchall()
    finally:
        cursor.close()
    return tickets, events
