"""Writing many rows in one transaction: what an import's apply does.

The caller (a service) opens the unit of work (:meth:`PlanStore.write`) and
passes its connection; everything here runs inside that transaction, so a
failure or a cancel (``advance`` raising) rolls back every row. Statements are
SQLAlchemy Core on the model tables, run as ``executemany`` in chunks: the same
code on SQLite and PostgreSQL, at the speed of the driver's bulk path.

New rows get their ids before anything is written (:func:`next_ids`), so rows
of one import may refer to each other across tables (a department's head is a
person added by the same import, and that person's department is new too):
foreign keys are checked at commit (:func:`defer_foreign_keys`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.store import models
from oa_desk.store.activity import note_written
from oa_desk.store.derived import derived, derives
from oa_desk.store.table_rows import table

__all__ = [
    "LinkWrite",
    "TableWrite",
    "apply_writes",
    "defer_foreign_keys",
    "next_ids",
    "write_units",
]

# Rows per executemany: large enough for the driver's fast path, small enough
# that progress and cancel are timely.
CHUNK = 5000
_DELETE_CHUNK = 500


@dataclass
class LinkWrite:
    """Rows of a link table (requirement ↔ task) that an import sets.

    ``targets`` maps a row of the owning table to the complete set it links to
    after the import: its old links are replaced (a new row has none).
    """

    table: str  # the link table ("requirement_task")
    own: str  # its column naming the owning row ("requirement_id")
    other: str  # its column naming the linked row ("task_id")
    targets: dict[int, frozenset[int]] = field(default_factory=dict)
    new_rows: frozenset[int] = frozenset()  # owners inserted by this import: nothing to clear


@dataclass
class TableWrite:
    """Everything an import writes to one table; values are the columns' Python values."""

    table: str
    inserts: list[dict[str, Any]] = field(default_factory=list)  # each with its "id"
    # (id, new values); a row whose only change is its links has no values here
    updates: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    deletes: list[int] = field(default_factory=list)
    links: list[LinkWrite] = field(default_factory=list)


def next_ids(conn: Connection, tables: Iterable[str]) -> dict[str, int]:
    """The highest id of each table now: its new rows take the ids after it.

    Inside the write transaction that inserts them (SQLite's write lock keeps
    anyone else from taking them). PostgreSQL counterpart to write with the
    team plan: take the ids from the table's sequence (``nextval`` for n rows,
    or ``setval`` past them after the insert).
    """
    out = {}
    for name in tables:
        top = conn.execute(select(func.coalesce(func.max(table(name).c.id), 0))).scalar_one()
        out[name] = int(top)
    return out


def defer_foreign_keys(conn: Connection) -> None:
    """Check foreign keys at commit instead of per statement, for this transaction."""
    dialect = conn.dialect.name
    if dialect == "sqlite":
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    elif dialect == "postgresql":
        # Applies to constraints declared DEFERRABLE (the PostgreSQL migration must).
        conn.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
    else:  # pragma: no cover - the plan lives in SQLite or PostgreSQL
        raise NotImplementedError(f"deferred foreign keys on {dialect}")


def write_units(writes: Iterable[TableWrite]) -> int:
    """How many rows :func:`apply_writes` will write (for a progress bar)."""
    return sum(len(w.inserts) + len(w.updates) + len(w.deletes) for w in writes)


def _order(writes: Iterable[TableWrite]) -> list[TableWrite]:
    rank = {t.name: i for i, t in enumerate(models.TABLES)}
    return sorted(writes, key=lambda w: rank.get(w.table, len(rank)))


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _defaults(name: str) -> dict[str, Any]:
    """Each column's value when an insert does not give one: the model's default.

    A callable default (a creation time) is evaluated once: the rows of one
    import are created together.
    """
    out: dict[str, Any] = {}
    for col in table(name).columns:
        default = col.default
        arg = getattr(default, "arg", None)
        out[col.name] = arg(None) if callable(arg) else arg
    return out


def _insert(conn: Connection, write: TableWrite, advance: Callable[[int], None]) -> None:
    """Insert every row, a chunk per ``executemany``, all columns given.

    The fast path: SQLAlchemy's per-row parameter handling was a third of a
    50,000-row roster's insert (tests/benchmarks/bench_excel.py), so the
    statement is compiled once for the connection's dialect, each column's
    values go through that column type's bind processor (what SQLAlchemy
    would do: dates to text, bools to 0/1, enumeration codes checked) a column
    at a time, and the driver's ``executemany`` gets the rows. Nothing here is
    SQLite's own: on PostgreSQL the same compiled statement takes the rows as
    dicts (its paramstyle is named); COPY is the faster counterpart to write
    there if the team plan needs it.
    """
    t = table(write.table)
    defaults = _defaults(write.table)
    names = list(defaults)
    dialect = conn.dialect
    compiled = insert(t).compile(dialect=dialect, column_keys=names)
    order = list(compiled.positiontup or ()) if compiled.positional else names
    procs = [t.c[n].type.dialect_impl(dialect).bind_processor(dialect) for n in order]
    sql = str(compiled)
    inserts: Sequence[Mapping[str, Any]] = write.inserts
    if derives(write.table, names):  # a person's pinyin keys follow the name
        inserts = [{**r, **derived(write.table, r)} for r in inserts]
    for chunk in _chunks(inserts):
        columns = []
        for name, proc in zip(order, procs, strict=True):
            default = defaults[name]
            values = [r.get(name, default) for r in chunk]
            columns.append([None if v is None else proc(v) for v in values] if proc else values)
        rows = list(zip(*columns, strict=True))
        params: Any = rows
        if not compiled.positional:
            params = [dict(zip(order, r, strict=True)) for r in rows]
        conn.exec_driver_sql(sql, params)
        note_written(conn, write.table, (r["id"] for r in chunk if r.get("id") is not None))
        advance(len(chunk))


def _update(conn: Connection, write: TableWrite, advance: Callable[[int], None]) -> None:
    t = table(write.table)
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row_id, given in write.updates:
        values = {**given, **derived(write.table, given)}
        keys = tuple(sorted(values))
        if keys:
            params = {f"v_{k}": values[k] for k in keys}
            params["row_id"] = row_id
            groups[keys].append(params)
    for keys, rows in groups.items():
        stmt = (
            update(t)
            .where(t.c.id == bindparam("row_id", type_=t.c.id.type))
            .values({k: bindparam(f"v_{k}", type_=t.c[k].type) for k in keys})
        )
        for chunk in _chunks(rows):
            conn.execute(stmt, list(chunk))
            advance(len(chunk))
    if len(write.updates) > sum(len(r) for r in groups.values()):
        advance(len(write.updates) - sum(len(r) for r in groups.values()))


def _links(conn: Connection, link: LinkWrite) -> None:
    t = table(link.table)
    own = t.c[link.own]
    old = [i for i in link.targets if i not in link.new_rows]
    for chunk in _chunks(old, _DELETE_CHUNK):
        conn.execute(delete(t).where(own.in_(chunk)))
    pairs = [
        {link.own: owner, link.other: target}
        for owner, targets in link.targets.items()
        for target in sorted(targets)
    ]
    for chunk in _chunks(pairs):
        conn.execute(insert(t), list(chunk))


def apply_writes(
    conn: Connection,
    writes: Sequence[TableWrite],
    *,
    plan: Mapping[str, Any] | None = None,
    advance: Callable[[int], None] = lambda _n: None,
) -> Changes:
    """Write every table's inserts and updates (parents first), then deletes (children
    first), link rows and the plan row's ``plan`` fields; return what changed.

    ``advance(n)`` is told each chunk of ``n`` rows written; it may raise to stop
    (a cancel), and the caller's transaction rolls everything back.
    """
    defer_foreign_keys(conn)
    ordered = _order(writes)
    inserted: dict[ChangeKind, frozenset[int]] = {}
    updated: dict[ChangeKind, frozenset[int]] = {}
    deleted: dict[ChangeKind, frozenset[int]] = {}
    for write in ordered:
        kind = ChangeKind.of_table(write.table)
        if write.inserts:
            _insert(conn, write, advance)
            inserted[kind] = frozenset(r["id"] for r in write.inserts)
        if write.updates:
            _update(conn, write, advance)
            updated[kind] = frozenset(i for i, _v in write.updates)
        for link in write.links:
            _links(conn, link)
    for write in reversed(ordered):
        if write.deletes:
            t = table(write.table)
            for chunk in _chunks(write.deletes, _DELETE_CHUNK):
                conn.execute(delete(t).where(t.c.id.in_(chunk)))
                advance(len(chunk))
            deleted[ChangeKind.of_table(write.table)] = frozenset(write.deletes)
    if plan:
        t = table("plan")
        conn.execute(update(t).where(t.c.id == 1).values(dict(plan)))
        updated[ChangeKind.PLAN] = frozenset({1})
    return Changes(
        inserted=MappingProxyType(inserted),
        updated=MappingProxyType(updated),
        deleted=MappingProxyType(deleted),
    )
