"""What ``oa-desk check`` and every export verify beyond SQLite's own check.

SQLite's ``integrity_check`` proves the file is a sound database, but on a
read-only connection it skips CHECK constraints, and it knows nothing of a
plan's own rules. This module runs, read-only, each of:

* every table and column of the schema is there, and the single plan row;
* ``PRAGMA foreign_key_check``;
* every NOT NULL column, CHECK constraint (enum values, ranges, dates in
  order) and text length of :mod:`oa_desk.store.models`, row by row;
* dates are dates of 1900-2200 and whole numbers are whole numbers;
* no loop of parents (tasks, departments) or of task dependencies.

Each finding names the table, the row id and the reason.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from sqlalchemy import Date, DateTime, Integer, String
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.schema import CheckConstraint, Table

from oa_desk.domain.integrity import (
    EARLIEST_YEAR,
    LATEST_YEAR,
    dependency_loops,
    parent_cycles,
)
from oa_desk.store import models

# At most this many rows are named per rule: a report, not a dump.
PER_RULE = 20


@dataclass(frozen=True, slots=True)
class PlanProblem:
    table: str
    row: int | None  # the row's id (rowid); None for a problem of the whole table
    reason: str

    def text(self) -> str:
        where = self.table if self.row is None else f"{self.table} row {self.row}"
        return f"{where}: {self.reason}"


class PlanInvariantError(ValueError):
    """A plan breaks its own rules; ``problems`` says where. Nothing was written."""

    def __init__(self, what: str, problems: list[PlanProblem]) -> None:
        self.problems = problems
        shown = "; ".join(p.text() for p in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        super().__init__(
            f"{what}: the plan breaks its own rules, so nothing was written: {shown}{more}. "
            "Run 'oa-desk check' for the full list, then repair or restore a snapshot."
        )


def _sql(expr: object) -> str:
    compiled = expr.compile(  # type: ignore[attr-defined]
        dialect=sqlite_dialect.dialect(), compile_kwargs={"literal_binds": True}
    )
    return str(compiled)


def _rows(conn: sqlite3.Connection, sql: str) -> list[tuple[object, ...]]:
    return conn.execute(sql + f" LIMIT {PER_RULE}").fetchall()


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {str(r[1]) for r in conn.execute(f'PRAGMA table_info("{table}")')}


def _table_problems(conn: sqlite3.Connection, table: Table) -> list[PlanProblem]:
    name = table.name
    out: list[PlanProblem] = []
    have = _columns(conn, name)
    missing = [c.name for c in table.columns if c.name not in have]
    if missing:
        return [PlanProblem(name, None, f"column(s) missing: {', '.join(missing)}")]
    q = f'"{name}"'
    for col in table.columns:
        c = f'"{col.name}"'
        if not col.nullable and not col.primary_key:
            for (rid,) in _rows(conn, f"SELECT rowid FROM {q} WHERE {c} IS NULL"):
                out.append(PlanProblem(name, int(rid), f"{col.name} is empty (NULL)"))  # type: ignore[call-overload]
        kind = col.type
        if isinstance(kind, Date):
            sql = (
                f"SELECT rowid, {c} FROM {q} WHERE {c} IS NOT NULL AND (typeof({c}) <> 'text'"
                f" OR date({c}) IS NOT {c} OR {c} < '{EARLIEST_YEAR:04d}-01-01'"
                f" OR {c} > '{LATEST_YEAR:04d}-12-31')"
            )
            for rid, value in _rows(conn, sql):
                out.append(
                    PlanProblem(
                        name,
                        int(rid),  # type: ignore[call-overload]
                        f"{col.name} {value!r} is not a date of {EARLIEST_YEAR}-{LATEST_YEAR}",
                    )
                )
        elif isinstance(kind, DateTime):
            sql = (
                f"SELECT rowid, {c} FROM {q} WHERE {c} IS NOT NULL AND "
                f"(typeof({c}) <> 'text' OR datetime({c}) IS NULL)"
            )
            for rid, value in _rows(conn, sql):
                out.append(PlanProblem(name, int(rid), f"{col.name} {value!r} is not a time"))  # type: ignore[call-overload]
        elif isinstance(kind, Integer) and not col.primary_key:
            sql = f"SELECT rowid, {c} FROM {q} WHERE {c} IS NOT NULL AND typeof({c}) <> 'integer'"
            for rid, value in _rows(conn, sql):
                out.append(
                    PlanProblem(name, int(rid), f"{col.name} {value!r} is not a whole number")  # type: ignore[call-overload]
                )
        elif isinstance(kind, String) and kind.length:
            sql = f"SELECT rowid, length({c}) FROM {q} WHERE length({c}) > {int(kind.length)}"
            for rid, size in _rows(conn, sql):
                out.append(
                    PlanProblem(
                        name,
                        int(rid),  # type: ignore[call-overload]
                        f"{col.name} holds {size} characters, more than its {kind.length}",
                    )
                )
    for constraint in table.constraints:
        if not isinstance(constraint, CheckConstraint):
            continue
        rule = _sql(constraint.sqltext)
        for (rid,) in _rows(conn, f"SELECT rowid FROM {q} WHERE NOT ({rule})"):
            out.append(PlanProblem(name, int(rid), f"breaks the rule {rule}"))  # type: ignore[call-overload]
    return out


def _loops(conn: sqlite3.Connection) -> list[PlanProblem]:
    out: list[PlanProblem] = []
    for table in ("task", "department"):
        pairs = conn.execute(f"SELECT id, parent_id FROM {table}").fetchall()
        for loop in parent_cycles(pairs)[:PER_RULE]:
            chain = " → ".join(str(i) for i in [*loop, loop[0]])
            out.append(PlanProblem(table, loop[0], f"its parents form a loop: {chain}"))
    links = conn.execute("SELECT predecessor_id, successor_id FROM dependency").fetchall()
    for loop in dependency_loops(links)[:PER_RULE]:
        chain = " → ".join(str(i) for i in [*loop, loop[0]])
        out.append(PlanProblem("dependency", None, f"the tasks' links form a loop: {chain}"))
    return out


def find_problems(conn: sqlite3.Connection) -> list[PlanProblem]:
    """Every finding (up to PER_RULE a rule) on the plan behind ``conn``; empty when sound."""
    present = {
        str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    out: list[PlanProblem] = []
    for table in models.TABLES:
        if table.name not in present:
            out.append(PlanProblem(table.name, None, "the table is missing"))
    if out:
        return out  # a plan without its tables is damaged: the rest cannot be judged
    for table_name, rid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchmany(200):
        out.append(
            PlanProblem(str(table_name), rid, f"refers to a {parent} row that does not exist")
        )
    if conn.execute("SELECT count(*) FROM plan").fetchone()[0] != 1:
        out.append(PlanProblem("plan", None, "the plan's own row (name, dates) is missing"))
    for table in models.TABLES:
        out.extend(_table_problems(conn, table))
    out.extend(_loops(conn))
    return out
