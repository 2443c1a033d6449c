"""The plan's rows as the plan workbook shows them, from plain data.

The service reads the plan (one read transaction, ``oa_desk.store.table_rows``)
and builds a :class:`PlanContext` from the lookups it needs (people, tickets,
departments, the task tree, links); :meth:`PlanContext.sheet_rows` then turns
each table's rows, streamed as tuples, into the cells of its sheet.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice
from operator import itemgetter
from typing import Any

from oa_desk.domain import links as links_notation
from oa_desk.domain.enums import DependencyType
from oa_desk.domain.links import Predecessor
from oa_desk.exchange.cells import local_time
from oa_desk.exchange.current import department_paths
from oa_desk.exchange.spec import REF_KEYS, ColType, Column, SheetSpec

__all__ = ["CONTEXT_COLUMNS", "PlanContext", "format_predecessors", "link_tables", "tree_order"]


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


# What PlanContext.build needs: argument -> (table, columns), each read in id order.
CONTEXT_COLUMNS: Mapping[str, tuple[str, tuple[str, ...]]] = {
    "people": ("person", ("id", "employee_no", "name")),
    "tickets": ("ticket", ("id", "number")),
    "departments": ("department", ("id", "parent_id", "seq", "name")),
    "tasks": ("task", ("id", "parent_id", "seq")),
    "dependencies": ("dependency", ("predecessor_id", "successor_id", "type", "lag")),
}


def link_tables(specs: Iterable[SheetSpec]) -> list[tuple[str, str, str]]:
    """(link table, own column, other column) of every link column the sheets show."""
    return list(dict.fromkeys(t for spec in specs for t in spec.link_table.values()))


@dataclass
class PlanContext:
    """Lookups that turn ids into what the workbook shows, built once per export."""

    keys: dict[str, dict[int, Any]] = field(default_factory=dict)  # table -> id -> key
    person_names: dict[int, str] = field(default_factory=dict)
    tree: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    predecessors: dict[int, str] = field(default_factory=dict)
    link_pairs: dict[str, Sequence[tuple[int, int]]] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        *,
        people: Iterable[tuple[int, str, str]],
        tickets: Iterable[tuple[int, str]],
        departments: Iterable[tuple[int, int | None, int, str]],
        tasks: Iterable[tuple[int, int | None, int]],
        dependencies: Iterable[tuple[int, int, str, int]],
        link_pairs: Mapping[str, Sequence[tuple[int, int]]],
    ) -> PlanContext:
        """From the plan's rows as tuples (see :data:`CONTEXT_COLUMNS` for which).

        ``dependencies`` in id order: a task's predecessors are written in it.
        ``link_pairs`` are each link table's (own id, other id) pairs, sorted.
        """
        ctx = cls()
        people = list(people)
        ctx.keys["person"] = {i: no for i, no, _n in people}
        ctx.person_names = {i: n for i, _no, n in people}
        ctx.keys["ticket"] = dict(tickets)
        departments = list(departments)
        ctx.keys["department"] = department_paths((i, p, n) for i, p, _s, n in departments)
        ctx.tree["department"] = tree_order([(i, p, s) for i, p, s, _n in departments])
        ctx.tree["task"] = tree_order(list(tasks))
        links: dict[int, list[tuple[int, str, int]]] = defaultdict(list)
        for pred, succ, kind, lag in dependencies:
            links[succ].append((pred, kind, lag))
        ctx.predecessors = {succ: format_predecessors(v) for succ, v in links.items()}
        ctx.link_pairs = dict(link_pairs)
        return ctx

    def ref_key(self, table: str, ref_id: int | None) -> Any:
        if ref_id is None:
            return None
        if table in REF_KEYS:
            return self.keys[table].get(ref_id, f"#{ref_id}")
        return ref_id

    def links(self, spec: SheetSpec, key: str) -> dict[int, str]:
        link_table, _own, _other = spec.link_table[key]
        target = spec.column(key).ref or ""
        out: dict[int, list[Any]] = defaultdict(list)
        for own_id, other_id in self.link_pairs.get(link_table, ()):
            out[own_id].append(self.ref_key(target, other_id))
        return {k: ", ".join(str(x) for x in v) for k, v in out.items()}

    def ordered(
        self, spec: SheetSpec, rows: Iterable[tuple[Any, ...]]
    ) -> Iterator[tuple[Any, ...]]:
        """A table's rows (id first) in sheet order: tree rows in pre-order, others as given."""
        if not spec.tree:
            yield from rows
            return
        by_id = {row[0]: row for row in rows}
        for node, _level, _code in self.tree[spec.table]:
            yield by_id[node]

    def sheet_rows(self, spec: SheetSpec, rows: Iterable[tuple[Any, ...]]) -> Iterator[list[Any]]:
        """Rows of Python values in the order of ``spec.columns``, ready to write.

        ``rows`` are the table's :attr:`SheetSpec.table_columns` (``id`` first) in
        id order, as the store streams them.

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
        raw = self.ordered(spec, rows)
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
        if kind is ColType.DATETIME:
            return pos, _local_times
        return pos, None  # values as the store gives them: dates, bools, floats, codes


_CHUNK = 2000


def _local_times(values: list[Any]) -> list[Any]:
    return [local_time(v) for v in values]


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
