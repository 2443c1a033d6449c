"""Row snapshots: everything a delete takes with it, so that an undo can put it all back.

Deleting a row makes the database delete more: every row whose foreign key
cascades (a course takes its sessions, which take their enrollments; a
department takes its sub-departments, all the way down; a ticket takes its
events), and it sets to NULL every reference declared ``ON DELETE SET NULL``
(a risk's linked task, a task's owner). :func:`capture` follows the schema's
foreign keys recursively and records all of that as a :class:`RowSnapshot`;
:func:`restore` puts it back with the same ids, parents before children, and
re-points the nulled references. :func:`delete_rows` captures and deletes in
one call, so a caller cannot forget the capture.

Everything here is SQLAlchemy Core over the tables of
:mod:`oa_desk.store.models` (``select``/``insert``/``update``/``delete`` with
``IN`` lists), so it runs unchanged on SQLite and PostgreSQL. Values are the
typed values SQLAlchemy reads (dates, enums, booleans), written back the same
way.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any

from sqlalchemy import Column, Connection, Table, and_, bindparam, delete, insert, or_, select
from sqlalchemy.sql.elements import ColumnElement

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.store import models as m

__all__ = [
    "NulledReference",
    "RowSnapshot",
    "TableRows",
    "capture",
    "delete_rows",
    "restore",
]

# Keys per IN list: far below any engine's limit on bound parameters.
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class TableRows:
    """Whole rows of one table (column name -> value), in the order to insert them."""

    table: str
    rows: tuple[Mapping[str, Any], ...]


@dataclass(frozen=True, slots=True)
class NulledReference:
    """A row the delete keeps but whose reference the database sets to NULL.

    ``key`` is the row's primary key (column -> value), ``column`` the
    reference and ``value`` what it pointed at before the delete.
    """

    table: str
    key: Mapping[str, Any]
    column: str
    value: Any


@dataclass(frozen=True, slots=True)
class RowSnapshot:
    """The rows a delete removes (the chosen ones and all that cascade with them),
    by table in dependency order, and the references it sets to NULL."""

    tables: tuple[TableRows, ...] = ()
    nulled: tuple[NulledReference, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.tables or self.nulled)

    def rows(self, table: str) -> tuple[Mapping[str, Any], ...]:
        """The captured rows of ``table`` (empty when it lost none)."""
        for part in self.tables:
            if part.table == table:
                return part.rows
        return ()

    def ids(self, table: str) -> list[int]:
        """The ``id`` of each captured row of ``table`` (tables keyed by ``id``)."""
        return [int(r["id"]) for r in self.rows(table) if "id" in r]

    def count(self) -> int:
        """How many rows the delete removes."""
        return sum(len(part.rows) for part in self.tables)

    def changes(self, *, restored: bool) -> Changes:
        """What deleting (``restored=False``) or restoring the snapshot changes.

        Tables keyed by ``id`` name their rows; link tables with a composite
        key (``baseline_task``, ``requirement_task``...) name their kind only.
        """
        out = Changes()
        for part in self.tables:
            kind = ChangeKind.of_table(part.table)
            ids = self.ids(part.table)
            out |= Changes.insert(kind, ids) if restored else Changes.delete(kind, ids)
        for ref in self.nulled:
            pk = ref.key.get("id")
            out |= Changes.update(ChangeKind.of_table(ref.table), [pk] if pk is not None else [])
        return out

    def __or__(self, other: RowSnapshot) -> RowSnapshot:
        """Both snapshots as one (``other``'s rows after ``self``'s, table by table)."""
        rows: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
        for part in (*self.tables, *other.tables):
            rows[part.table].extend(part.rows)
        tables = tuple(
            TableRows(t.name, tuple(rows[t.name]))
            for t in m.Base.metadata.sorted_tables
            if t.name in rows
        )
        return RowSnapshot(tables, (*self.nulled, *other.nulled))


# -- the schema's references -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Reference:
    """``table.column`` references ``target.target_column``; ``cascade`` or set null."""

    table: Table
    column: Column[Any]
    target: Table
    target_column: Column[Any]
    cascade: bool


@cache
def _references_to() -> Mapping[str, tuple[_Reference, ...]]:
    """Every foreign key of the schema, by the table it points at."""
    found: dict[str, list[_Reference]] = defaultdict(list)
    for table in m.Base.metadata.sorted_tables:
        for constraint in table.foreign_key_constraints:
            if len(constraint.elements) != 1:
                raise TypeError(f"{table.name}: composite foreign keys are not followed")
            fk = constraint.elements[0]
            action = (fk.ondelete or "").upper()
            if action not in ("CASCADE", "SET NULL"):
                continue  # the database refuses the delete instead: nothing to capture
            found[fk.column.table.name].append(
                _Reference(table, fk.parent, fk.column.table, fk.column, action == "CASCADE")
            )
    return MappingProxyType({k: tuple(v) for k, v in found.items()})


def _table(table: Table | str) -> Table:
    return m.Base.metadata.tables[table] if isinstance(table, str) else table


def _key_columns(table: Table) -> list[Column[Any]]:
    return list(table.primary_key.columns)


def _key(table: Table, row: Mapping[str, Any]) -> tuple[Any, ...]:
    return tuple(row[c.name] for c in _key_columns(table))


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for k in range(0, len(values), _CHUNK):
        yield values[k : k + _CHUNK]


def _where_keys(table: Table, keys: Sequence[tuple[Any, ...]]) -> ColumnElement[bool]:
    cols = _key_columns(table)
    if len(cols) == 1:
        return cols[0].in_([k[0] for k in keys])
    return or_(*(and_(*(c == v for c, v in zip(cols, k, strict=True))) for k in keys))


# -- capture -------------------------------------------------------------------------------


def capture(conn: Connection, table: Table | str, keys: Iterable[Any]) -> RowSnapshot:
    """What deleting the rows of ``table`` with primary keys ``keys`` would remove or null.

    A key is the primary key's value, or a tuple of values for a composite key.
    Keys that name no row are ignored. Reads only.
    """
    root = _table(table)
    width = len(_key_columns(root))
    wanted = [k if width > 1 else (k,) for k in dict.fromkeys(keys)]
    doomed: dict[str, dict[tuple[Any, ...], Mapping[str, Any]]] = defaultdict(dict)
    queue: list[tuple[Table, list[Mapping[str, Any]]]] = []
    first: list[Mapping[str, Any]] = []
    for chunk in _chunks(wanted):
        for row in conn.execute(select(root).where(_where_keys(root, chunk))):
            data = MappingProxyType(dict(row._mapping))
            doomed[root.name][_key(root, data)] = data
            first.append(data)
    queue.append((root, first))
    # Cascades, breadth first: a level of children after their parents.
    while queue:
        parent, fresh = queue.pop(0)
        for ref in _references_to().get(parent.name, ()):
            if not ref.cascade:
                continue
            values = sorted({r[ref.target_column.name] for r in fresh} - {None})
            found: list[Mapping[str, Any]] = []
            for chunk in _chunks(values):
                for row in conn.execute(select(ref.table).where(ref.column.in_(chunk))):
                    data = MappingProxyType(dict(row._mapping))
                    key = _key(ref.table, data)
                    if key not in doomed[ref.table.name]:
                        doomed[ref.table.name][key] = data
                        found.append(data)
            if found:
                queue.append((ref.table, found))
    # References the database will set to NULL, in rows that survive the delete.
    nulled: list[NulledReference] = []
    for name, rows in list(doomed.items()):
        for ref in _references_to().get(name, ()):
            if ref.cascade:
                continue
            values = sorted({r[ref.target_column.name] for r in rows.values()} - {None})
            keep = doomed.get(ref.table.name, {})
            cols = _key_columns(ref.table)
            for chunk in _chunks(values):
                query = select(*cols, ref.column).where(ref.column.in_(chunk))
                for row in conn.execute(query.order_by(*cols)):
                    key = tuple(row)[: len(cols)]
                    if key in keep:
                        continue  # deleted too: it comes back whole
                    nulled.append(
                        NulledReference(
                            ref.table.name,
                            MappingProxyType({c.name: v for c, v in zip(cols, key, strict=True)}),
                            ref.column.name,
                            row[-1],
                        )
                    )
    tables = tuple(
        TableRows(t.name, tuple(doomed[t.name].values()))
        for t in m.Base.metadata.sorted_tables
        if doomed.get(t.name)
    )
    return RowSnapshot(tables, tuple(nulled))


def delete_rows(conn: Connection, table: Table | str, keys: Iterable[Any]) -> RowSnapshot:
    """Capture (see :func:`capture`), then delete the rows; the database does the rest."""
    target = _table(table)
    keys = list(keys)
    snapshot = capture(conn, target, keys)
    wanted = [k if len(_key_columns(target)) > 1 else (k,) for k in dict.fromkeys(keys)]
    for chunk in _chunks(wanted):
        conn.execute(delete(target).where(_where_keys(target, chunk)))
    return snapshot


# -- restore -------------------------------------------------------------------------------


def restore(conn: Connection, snapshot: RowSnapshot) -> None:
    """Insert the snapshot's rows again with their ids and re-point the nulled references.

    Tables go parents first. A reference to a row of the snapshot that is not
    back yet (a child listed before its parent, a cycle such as a department's
    head and that person's department) is inserted as NULL and set once every
    row is back.
    """
    references = [ref for refs in _references_to().values() for ref in refs]
    # Values of referenced columns whose rows are in the snapshot and not back yet.
    pending: dict[tuple[str, str], set[Any]] = {}
    for part in snapshot.tables:
        for ref in references:
            if ref.target.name == part.table:
                column = ref.target_column.name
                pending.setdefault((part.table, column), set()).update(r[column] for r in part.rows)
    later: list[NulledReference] = []
    for part in snapshot.tables:
        table = _table(part.table)
        outgoing = [
            (ref, pending[pair])
            for ref in references
            if ref.table is table and (pair := (ref.target.name, ref.target_column.name)) in pending
        ]
        arriving = [
            (column, waiting) for (t, column), waiting in pending.items() if t == part.table
        ]
        rows: list[dict[str, Any]] = []
        for source in part.rows:
            row = dict(source)
            for ref, waiting in outgoing:
                value = row[ref.column.name]
                if value is not None and value in waiting:
                    if not ref.column.nullable:
                        raise RuntimeError(
                            f"{table.name}.{ref.column.name} must point at a row restored first"
                        )
                    row[ref.column.name] = None
                    key = MappingProxyType({c.name: row[c.name] for c in _key_columns(table)})
                    later.append(NulledReference(table.name, key, ref.column.name, value))
            rows.append(row)
            for column, waiting in arriving:  # inserted in this order, before later rows
                waiting.discard(source[column])
        for chunk in _chunks(rows):
            conn.execute(insert(table), list(chunk))
    _set_references(conn, [*later, *snapshot.nulled])


def _set_references(conn: Connection, refs: Sequence[NulledReference]) -> None:
    """Point each reference back at its value, one statement per table and column."""
    groups: dict[tuple[str, str], list[NulledReference]] = defaultdict(list)
    for ref in refs:
        groups[(ref.table, ref.column)].append(ref)
    for (name, column), items in groups.items():
        table = _table(name)
        cols = _key_columns(table)
        statement = (
            table.update()
            .where(*(c == bindparam(f"_k_{c.name}") for c in cols))
            .values({column: bindparam("_value")})
        )
        conn.execute(
            statement,
            [
                {"_value": ref.value, **{f"_k_{c.name}": ref.key[c.name] for c in cols}}
                for ref in items
            ],
        )
