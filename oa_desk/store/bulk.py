"""Bulk writes of generated rows (the demo plan): straight to the driver, one transaction.

A generator that builds hundreds of thousands of rows in memory hands them
here as tuples, in the form the plan file stores them: dates as
``YYYY-MM-DD``, datetimes as :func:`stored_datetime` makes them, booleans as
0/1 and enumerations as their codes, which is exactly what SQLAlchemy reads
back. Table and column names are checked against the schema (``models``), so
a misspelt name fails at once and no caller text becomes SQL.

This is the SQLite fast path (``executemany`` on the driver connection inside
:meth:`PlanStore.bulk`); the PostgreSQL counterpart, when a team plan needs a
generated plan, is ``COPY ... FROM STDIN`` per table.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from oa_desk.store import models
from oa_desk.store.derived import derived, derives
from oa_desk.store.sqlite_insert import insert_many

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from oa_desk.store.planfile import PlanStore

__all__ = ["BulkWriter", "bulk_write", "session_writer", "stored_datetime"]


def stored_datetime(value: dt.datetime) -> str:
    """A naive datetime as the plan file stores it (always with microseconds)."""
    return value.isoformat(" ", "microseconds")


def _quoted(table: str, columns: Iterable[str]) -> tuple[str, list[str]]:
    known = models.Base.metadata.tables.get(table)
    if known is None:
        raise KeyError(f"no table {table!r} in the plan schema")
    names = list(columns)
    for name in names:
        if name not in known.c:
            raise KeyError(f"no column {name!r} in table {table!r}")
    return f'"{table}"', [f'"{name}"' for name in names]


class BulkWriter:
    """Inserts and updates by table and column name, on one driver connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[object]]) -> int:
        """Insert ``rows`` (values in ``columns`` order); returns how many.

        Columns the store derives (a person's pinyin keys) are added to each row.
        """
        if derives(table, columns):
            extra = [derived(table, dict(zip(columns, row, strict=True))) for row in rows]
            keys = [k for k in (extra[0] if extra else {}) if k not in columns]
            columns = [*columns, *keys]
            rows = [(*row, *(more[k] for k in keys)) for row, more in zip(rows, extra, strict=True)]
        name, cols = _quoted(table, columns)
        insert_many(self._conn, name, cols, rows)
        return len(rows)

    def update(self, table: str, row_id: int, values: Mapping[str, object]) -> None:
        """Set some columns of the row with primary key ``row_id``."""
        values = {**values, **derived(table, values)}
        name, cols = _quoted(table, values)
        sets = ", ".join(f"{c} = ?" for c in cols)
        self._conn.execute(f"UPDATE {name} SET {sets} WHERE id = ?", (*values.values(), row_id))

    def update_column(self, table: str, column: str, pairs: Iterable[tuple[object, int]]) -> None:
        """Set one column of many rows: ``pairs`` of (value, row id)."""
        if derives(table, (column,)):
            for value, row_id in pairs:
                self.update(table, row_id, {column: value})
            return
        name, (col,) = _quoted(table, (column,))
        self._conn.executemany(f"UPDATE {name} SET {col} = ? WHERE id = ?", pairs)


@contextlib.contextmanager
def bulk_write(store: PlanStore) -> Iterator[BulkWriter]:
    """A :class:`BulkWriter` inside one write transaction of ``store`` (all or nothing)."""
    with store.bulk() as conn:
        yield BulkWriter(conn)


def session_writer(session: Session) -> BulkWriter | None:
    """A :class:`BulkWriter` on the driver connection of ``session``'s transaction.

    For a service's unit of work that inserts many rows (an MS Project import):
    the rows join the session's transaction, committed or rolled back with it.
    None when the plan is not on SQLite; the caller then inserts through Core.
    """
    raw = session.connection().connection.driver_connection
    return BulkWriter(raw) if isinstance(raw, sqlite3.Connection) else None
