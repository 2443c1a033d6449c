"""Tables read whole, as plain data: the current rows an import compares with, the rows
an export writes, and the fingerprint that tells whether a preview is still current.

Every function takes a SQLAlchemy :class:`~sqlalchemy.engine.Connection` inside
the caller's transaction (``session.connection()`` of :meth:`PlanStore.read` or
:meth:`PlanStore.write`) and builds its statements with SQLAlchemy Core on the
model tables, so the same code runs on SQLite and on PostgreSQL. Values come back
as the Python types the columns hold (dates, date-times, bools, floats), with
enumerations as their string codes: plain data that ``exchange`` can use without
knowing the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Connection, Enum, Select, String, func, select, type_coerce
from sqlalchemy import Table as SATable

from oa_desk.store import models

__all__ = [
    "TableRows",
    "changed_tables",
    "count_rows",
    "fingerprint",
    "iter_rows",
    "plan_fields",
    "read_columns",
    "read_ids",
    "read_table",
    "table",
]

# Rows fetched from the driver at a time while streaming a table.
STREAM_CHUNK = 2000


@dataclass(frozen=True)
class TableRows:
    """A table's rows as the plan holds them: id -> values in :attr:`names` order."""

    table: str
    names: tuple[str, ...]
    rows: Mapping[int, tuple[Any, ...]]


def table(name: str) -> SATable:
    """The model table called ``name`` (KeyError for a name the schema lacks)."""
    return models.Base.metadata.tables[name]


def _plain(col: Column[Any]) -> Any:
    """A column as the statement selects it: enumerations as their codes (plain str)."""
    if isinstance(col.type, Enum):
        return type_coerce(col, String()).label(col.name)
    return col


def _select(name: str, columns: Sequence[str] | None) -> tuple[tuple[str, ...], Select[Any]]:
    t = table(name)
    names = tuple(columns) if columns is not None else tuple(c.name for c in t.columns)
    return names, select(*(_plain(t.c[n]) for n in names))


def read_table(conn: Connection, name: str, columns: Sequence[str] | None = None) -> TableRows:
    """Every row of a table (its ``columns``, by default all; the first must be ``id``)."""
    names, stmt = _select(name, columns)
    if names[0] != "id":
        raise ValueError(f"{name}: the first column read must be id, not {names[0]}")
    return TableRows(name, names, {row[0]: tuple(row) for row in conn.execute(stmt)})


def read_columns(
    conn: Connection, name: str, columns: Sequence[str], *, order_by: Sequence[str] = ()
) -> list[tuple[Any, ...]]:
    """The ``columns`` of every row of a table, as tuples (in ``order_by`` order if given)."""
    _names, stmt = _select(name, columns)
    t = table(name)
    if order_by:
        stmt = stmt.order_by(*(t.c[n] for n in order_by))
    return [tuple(row) for row in conn.execute(stmt)]


def iter_rows(conn: Connection, name: str, columns: Sequence[str]) -> Iterator[tuple[Any, ...]]:
    """The ``columns`` of every row in id order, fetched a chunk at a time.

    For the export of large tables (200,000 enrollments): rows are not all held
    at once. Use the iterator inside the transaction that made it.
    """
    _names, stmt = _select(name, columns)
    # yield_per on the statement, not the connection: a connection's options would
    # stay set for every later statement of the caller's session.
    stmt = stmt.order_by(table(name).c.id).execution_options(yield_per=STREAM_CHUNK)
    result = conn.execute(stmt)
    for partition in result.partitions():
        yield from map(tuple, partition)


def read_ids(conn: Connection, name: str) -> frozenset[int]:
    """The ids of a table's rows."""
    return frozenset(conn.execute(select(table(name).c.id)).scalars())


def count_rows(conn: Connection, name: str) -> int:
    return int(conn.execute(select(func.count()).select_from(table(name))).scalar_one())


def plan_fields(conn: Connection, keys: Iterable[str]) -> dict[str, Any] | None:
    """The plan row's fields named ``keys`` (None when the plan row is missing)."""
    names, stmt = _select("plan", list(keys))
    row = conn.execute(stmt.where(table("plan").c.id == 1)).first()
    return dict(zip(names, row, strict=True)) if row is not None else None


# ---------------------------------------------------------------------------
# Is a preview still current?


def _fingerprint_one(conn: Connection, name: str) -> tuple[int, int]:
    t = table(name)
    count, top = conn.execute(select(func.count(), func.coalesce(func.max(t.c.id), 0))).one()
    return int(count), int(top)


def fingerprint(conn: Connection, tables: Iterable[str]) -> dict[str, tuple[int, int]]:
    """(row count, highest id) per table: what an import's preview was made from.

    Rows added or deleted since (by the user, another window, another program)
    change it; :func:`changed_tables` tells at apply time.
    """
    return {name: _fingerprint_one(conn, name) for name in tables}


def changed_tables(conn: Connection, seen: Mapping[str, tuple[int, int]]) -> list[str]:
    """The tables of ``seen`` whose fingerprint is different now."""
    return [name for name, value in seen.items() if _fingerprint_one(conn, name) != value]
