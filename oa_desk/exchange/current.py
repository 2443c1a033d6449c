"""The plan as an import sees it: plain data read for it before the comparison.

An import never reads the database. It says what it needs (:class:`Reads`: the
tables it compares with, the tables whose ids it checks references against,
link tables, the plan's own fields); the service reads exactly that in one read
transaction and hands it over as a :class:`CurrentPlan`. Values are the
columns' Python values (dates, date-times, bools), enumerations as their codes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

__all__ = ["CurrentPlan", "CurrentTable", "Reads", "department_paths", "department_rows"]


@dataclass(frozen=True)
class CurrentTable:
    """A table's rows in the plan: id -> values in :attr:`names` order (``id`` first)."""

    names: tuple[str, ...]
    rows: Mapping[int, tuple[Any, ...]]

    def pos(self, key: str) -> int:
        return self.names.index(key)

    def values(self, row_id: int) -> dict[str, Any]:
        """One row as column -> value."""
        return dict(zip(self.names, self.rows[row_id], strict=True))

    def column(self, key: str) -> dict[int, Any]:
        """id -> the row's ``key``."""
        index = self.pos(key)
        return {i: row[index] for i, row in self.rows.items()}


@dataclass(frozen=True)
class Reads:
    """What an import needs from the plan."""

    tables: frozenset[str] = frozenset()  # read whole: every column of every row
    ids: frozenset[str] = frozenset()  # only the ids (references are checked against them)
    links: frozenset[tuple[str, str, str]] = frozenset()  # (link table, own column, other)
    plan: tuple[str, ...] = ()  # fields of the plan row (the About sheet)


@dataclass(frozen=True)
class CurrentPlan:
    """What :class:`Reads` asked for, as read in one transaction."""

    tables: Mapping[str, CurrentTable] = field(default_factory=dict)
    ids: Mapping[str, frozenset[int]] = field(default_factory=dict)
    # link table -> (own id, other id) pairs
    links: Mapping[str, Sequence[tuple[int, int]]] = field(default_factory=dict)
    plan: Mapping[str, Any] | None = field(default_factory=lambda: MappingProxyType({}))

    def table(self, name: str) -> CurrentTable:
        """A table read whole (KeyError: the import did not ask for it)."""
        return self.tables[name]

    def ids_of(self, name: str) -> frozenset[int]:
        """The ids of a table read whole or by ids."""
        found = self.tables.get(name)
        if found is not None:
            return frozenset(found.rows)
        return self.ids[name]


def department_paths(rows: Iterable[tuple[int, int | None, str]]) -> dict[int, str]:
    """(id, parent id, name) -> id -> "总部/财务部/会计科" for every department (cycles cut)."""
    by_id = {i: (p, n) for i, p, n in rows}
    paths: dict[int, str] = {}
    for start in by_id:
        chain: list[int] = []
        node: int | None = start
        while node is not None and node in by_id and node not in paths and node not in chain:
            chain.append(node)
            node = by_id[node][0]
        prefix = paths.get(node, "") if node is not None else ""
        for item in reversed(chain):
            name = by_id[item][1]
            prefix = f"{prefix}/{name}" if prefix else name
            paths[item] = prefix
    return paths


def department_rows(table: CurrentTable) -> list[tuple[int, int | None, str]]:
    """(id, parent id, name) of each department, for :func:`department_paths`."""
    parent, name = table.pos("parent_id"), table.pos("name")
    return [(i, r[parent], r[name]) for i, r in table.rows.items()]
