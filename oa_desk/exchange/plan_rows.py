"""The plan's rows as the plan workbook shows them, read through one connection.

Shared by the exporter (rows to write) and the importer (the current state to
compare with). Reads only; the caller owns the connection and its transaction.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice
from operator import itemgetter
from typing import Any

from oa_desk.domain import links as links_notation
from oa_desk.domain.enums import DependencyType
from oa_desk.domain.links import Predecessor
from oa_desk.exchange.changeset import db_to_py
from oa_desk.exchange.spec import REF_KEYS, ColType, Column, SheetSpec

__all__ = ["PlanContext", "format_predecessors", "tree_order"]


def tree_order(nodes: Sequence[tuple[int, int | None, int]]) -> list[tuple[int, int, str]]:
    """(id, parent, seq) rows in pre-order: (id, outline level, WBS code "1.2.3").

    Orphans (a parent that is not there) and cycles become top-level rows, so
    every row appears once.
    """
    children: dict[int | None, list[tuple[int, int]]] = defaultdict(list)
    ids = {n[0] for n in nodes}
    for node_id, parent, seq in nodes:
        key = parent if parent in ids else None
        children[key].append((seq or 0, node_id))
    for kids in children.values():
        kids.sort()
    out: list[tuple[int, int, str]] = []
    seen: set[int] = set()

    def walk(parent: int | None, level: int, prefix: str) -> None:
        stack: list[tuple[int | None, int, str, int]] = [(parent, level, prefix, 0)]
        while stack:
            par, lvl, pre, index = stack.pop()
            kids = children.get(par, [])
            if index >= len(kids):
                continue
            stack.append((par, lvl, pre, index + 1))
            _seq, node = kids[index]
            if node in seen:
                continue
            seen.add(node)
            code = f"{pre}{index + 1}"
            out.append((node, lvl, code))
            stack.append((node, lvl + 1, code + ".", 0))

    walk(None, 1, "")
    top = len(children.get(None, []))
    for node_id, _parent, _seq in nodes:  # members of a parent cycle
        if node_id not in seen:
            top += 1
            seen.add(node_id)
            out.append((node_id, 1, str(top)))
            walk(node_id, 2, f"{top}.")
    return out


def format_predecessors(links: Sequence[tuple[int, str, int]]) -> str:
    """ "12FS+2d, 15SS" from (predecessor id, type, lag): the task table's notation."""
    return links_notation.format_predecessors(
        [Predecessor(pred, DependencyType(kind), lag) for pred, kind, lag in links]
    )


@dataclass
class PlanContext:
    """Lookups that turn ids into what the workbook shows, loaded once."""

    conn: sqlite3.Connection
    keys: dict[str, dict[int, Any]] = field(default_factory=dict)  # table -> id -> key
    person_names: dict[int, str] = field(default_factory=dict)
    tree: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    predecessors: dict[int, str] = field(default_factory=dict)

    @classmethod
    def load(cls, conn: sqlite3.Connection) -> PlanContext:
        ctx = cls(conn)
        people = conn.execute("SELECT id, employee_no, name FROM person").fetchall()
        ctx.keys["person"] = {i: no for i, no, _n in people}
        ctx.person_names = {i: n for i, _no, n in people}
        ctx.keys["ticket"] = dict(conn.execute("SELECT id, number FROM ticket").fetchall())
        ctx.keys["department"] = department_paths(conn)
        for table in ("task", "department"):
            nodes = conn.execute(f"SELECT id, parent_id, seq FROM {table}").fetchall()
            ctx.tree[table] = tree_order(nodes)
        links: dict[int, list[tuple[int, str, int]]] = defaultdict(list)
        for pred, succ, kind, lag in conn.execute(
            "SELECT predecessor_id, successor_id, type, lag FROM dependency ORDER BY id"
        ):
            links[succ].append((pred, kind, lag))
        ctx.predecessors = {succ: format_predecessors(v) for succ, v in links.items()}
        return ctx

    def ref_key(self, table: str, ref_id: int | None) -> Any:
        if ref_id is None:
            return None
        if table in REF_KEYS:
            return self.keys[table].get(ref_id, f"#{ref_id}")
        return ref_id

    def links(self, spec: SheetSpec, key: str) -> dict[int, str]:
        link_table, own, other = spec.link_table[key]
        target = spec.column(key).ref or ""
        out: dict[int, list[Any]] = defaultdict(list)
        for own_id, other_id in self.conn.execute(
            f'SELECT "{own}", "{other}" FROM "{link_table}" ORDER BY "{own}", "{other}"'
        ):
            out[own_id].append(self.ref_key(target, other_id))
        return {k: ", ".join(str(x) for x in v) for k, v in out.items()}

    def row_count(self, spec: SheetSpec) -> int:
        return int(self.conn.execute(f'SELECT count(*) FROM "{spec.table}"').fetchone()[0])

    def raw_rows(self, spec: SheetSpec) -> Iterator[tuple[Any, ...]]:
        """The table's columns the sheet shows, in sheet order (tree rows in pre-order)."""
        names = [c.key for c in spec.table_columns]
        cols = ", ".join(f'"{n}"' for n in names)
        if spec.tree:
            by_id = {row[0]: row for row in self.conn.execute(f'SELECT {cols} FROM "{spec.table}"')}
            for node, _level, _code in self.tree[spec.table]:
                yield by_id[node]
        else:
            yield from self.conn.execute(f'SELECT {cols} FROM "{spec.table}" ORDER BY id')

    def sheet_rows(self, spec: SheetSpec) -> Iterator[list[Any]]:
        """Rows of Python values in the order of ``spec.columns``, ready to write.

        Each sheet column is a position in the table row plus, where the
        workbook shows something else than the stored value (a key for an id,
        a date for ISO text), a transform of that column. Rows are read in
        chunks and handled a column at a time with ``map`` and dict lookups,
        which keeps the per-cell work in C: the export of a large plan spends
        its time writing, not preparing.
        """
        table_cols = spec.table_columns
        index = {c.key: i for i, c in enumerate(table_cols)}
        levels: dict[int, tuple[int, str]] = {}
        if spec.tree:
            levels = {n: (lvl, code) for n, lvl, code in self.tree[spec.table]}
        link_texts = {k: self.links(spec, k) for k in spec.link_table}
        plan = [self._source(col, index, levels, link_texts) for col in spec.columns]
        raw = self.raw_rows(spec)
        while chunk := list(islice(raw, _CHUNK)):
            columns = [
                transform(list(map(itemgetter(source), chunk)))
                if transform is not None
                else list(map(itemgetter(source), chunk))
                for source, transform in plan
            ]
            yield from map(list, zip(*columns, strict=True))

    def _source(
        self,
        col: Column,
        index: Mapping[str, int],
        levels: Mapping[int, tuple[int, str]],
        link_texts: Mapping[str, Mapping[int, str]],
    ) -> tuple[int, ColumnTransform | None]:
        """Where a sheet column's values come from: a position in the table row
        (0 is the id) and how a column of them becomes the cells (None: as stored)."""
        kind = col.kind
        if kind is ColType.DERIVED:
            if col.key == "wbs":
                return 0, _lookup({n: code for n, (_lvl, code) in levels.items()})
            if col.key == "path":
                return 0, _lookup(self.keys["department"], lambda _i: "")
            if col.key.endswith(".name"):
                return index[col.ref or ""], _lookup(self.person_names, lambda _i: "")
            raise KeyError(col.key)  # pragma: no cover
        if kind is ColType.OUTLINE:
            return 0, _lookup({n: lvl for n, (lvl, _code) in levels.items()})
        if kind is ColType.PREDECESSORS:
            return 0, _lookup(self.predecessors, lambda _i: "")
        if kind is ColType.LINKS:
            return 0, _lookup(link_texts[col.key], lambda _i: "")
        pos = index[col.key]
        if kind is ColType.REF:
            target = col.ref or ""
            if target in REF_KEYS:
                return pos, _lookup(self.keys[target], lambda i: f"#{i}")
            return pos, None
        if kind is ColType.BOOL:
            return pos, lambda vs: [v if v is None else bool(v) for v in vs]
        if kind is ColType.FLOAT:
            return pos, lambda vs: [v if v is None else float(v) for v in vs]
        if kind in (ColType.DATE, ColType.DATETIME):
            return pos, _memo_days(kind)
        return pos, None


_CHUNK = 2000
ColumnTransform = Callable[[list[Any]], list[Any]]


def _lookup(
    table: Mapping[Any, Any], missing: Callable[[Any], Any] | None = None
) -> ColumnTransform:
    """A column of keys to the values ``table`` holds for them; None stays None.

    A key the table lacks becomes ``missing(key)`` (KeyError when there is no
    ``missing``). The common case, every key found, is one ``map`` in C.
    """
    get = table.get

    def column(values: list[Any]) -> list[Any]:
        out = list(map(get, values))
        # Nones beyond the input's mean a key the table lacks (or holds None for).
        if out.count(None) == values.count(None):
            return out
        return [
            None if v is None else table[v] if v in table or missing is None else missing(v)
            for v in values
        ]

    return column


def _memo_days(kind: ColType) -> ColumnTransform:
    """ISO texts to dates or datetimes, remembering each text (dates repeat a lot)."""
    seen: dict[Any, Any] = {}

    def column(values: list[Any]) -> list[Any]:
        out = list(map(seen.get, values))
        if out.count(None) == values.count(None):
            return out
        for i, v in enumerate(values):
            if v is not None and out[i] is None:
                found = db_to_py(v, kind)
                if len(seen) < 50_000:
                    seen[v] = found
                out[i] = found
        return out

    return column


def department_paths(conn: sqlite3.Connection) -> dict[int, str]:
    """id -> "总部/财务部/会计科" for every department (cycles cut)."""
    rows = {i: (p, n) for i, p, n in conn.execute("SELECT id, parent_id, name FROM department")}
    paths: dict[int, str] = {}
    for start in rows:
        chain: list[int] = []
        node: int | None = start
        while node is not None and node in rows and node not in paths and node not in chain:
            chain.append(node)
            node = rows[node][0]
        prefix = paths.get(node, "") if node is not None else ""
        for item in reversed(chain):
            name = rows[item][1]
            prefix = f"{prefix}/{name}" if prefix else name
            paths[item] = prefix
    return paths
