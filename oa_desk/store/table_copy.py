"""Copying a plan's tables between engines, typed by the models (publish, pull, team-plan
snapshots and restores).

Rows travel through SQLAlchemy Core with each column's type, so dates, points in
time (naive UTC text in a file, ``timestamptz`` on the server) and booleans
arrive as the other engine stores them; ids are kept. Into PostgreSQL the rows
go by ``COPY ... FROM STDIN``; into a file by ``executemany``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from oa_desk.store import models
from oa_desk.store.errors import PlanErrorKind, PlanFileError
from oa_desk.store.planfile import init_schema
from oa_desk.store.sqlitefile import connect

if TYPE_CHECKING:
    from sqlalchemy import Connection, Table

__all__ = ["CHUNK", "CopyReport", "Progress", "copy_tables", "write_file"]

CHUNK = 5000
Progress = Callable[[str, int], None]  # (table, rows copied so far in it)


@dataclass(frozen=True)
class CopyReport:
    """What a publish or pull copied: rows per table, in copy order."""

    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _rows(conn: Connection, table: Table) -> Iterator[list[tuple[Any, ...]]]:
    from sqlalchemy import select

    order = list(table.primary_key.columns) or list(table.c)
    result = conn.execution_options(yield_per=CHUNK).execute(select(table).order_by(*order))
    for part in result.partitions(CHUNK):
        yield [tuple(row) for row in part]


def copy_tables(src: Connection, dst: Connection, progress: Progress | None) -> CopyReport:
    """Copy every table from ``src`` to ``dst`` (parents first), in their transactions.

    ``dst`` holds the schema and no rows; on PostgreSQL its keys must be deferred
    (``SET CONSTRAINTS ALL DEFERRED``: a department's head is a person of it)."""
    from sqlalchemy import insert

    counts: dict[str, int] = {}
    server = dst.dialect.name == "postgresql"
    for table in models.TABLES:
        names = [c.name for c in table.c]
        done = 0
        for rows in _rows(src, table):
            if server:
                _copy_in(dst, table, names, rows)
            else:
                dst.execute(insert(table), [dict(zip(names, r, strict=True)) for r in rows])
            done += len(rows)
            if progress:
                progress(table.name, done)
        counts[table.name] = done
    return CopyReport(counts)


def _copy_in(dst: Connection, table: Table, names: list[str], rows: list[tuple[Any, ...]]) -> None:
    """PostgreSQL's bulk path: ``COPY ... FROM STDIN`` on the driver, in ``dst``'s
    transaction, the values adapted by psycopg from the types the models read (dates,
    aware UTC datetimes, booleans, enumeration members as their text)."""
    import psycopg
    from sqlalchemy.exc import DBAPIError

    columns = ", ".join(f'"{n}"' for n in names)
    statement = f'COPY "{table.name}" ({columns}) FROM STDIN'
    driver: Any = dst.connection.driver_connection
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
    except psycopg.Error as exc:  # as SQLAlchemy reports a statement's failure
        raise DBAPIError(statement, None, exc) from exc


def write_file(src: Connection, path: Path, progress: Progress | None = None) -> CopyReport:
    """Create the plan file ``path`` (new) holding every table of ``src``."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    raw = connect(path, create=True)
    try:
        init_schema(raw)
        engine = create_engine("sqlite+pysqlite://", creator=lambda: raw, poolclass=StaticPool)
        with engine.connect() as dst:
            dst.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                dst.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
                report = copy_tables(src, dst, progress)
                dst.exec_driver_sql("COMMIT")
            except BaseException:
                dst.exec_driver_sql("ROLLBACK")
                raise
        return report
    except sqlite3.DatabaseError as exc:
        raise PlanFileError(PlanErrorKind.IO, path, detail=str(exc)) from exc
    finally:
        raw.close()
