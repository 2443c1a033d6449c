"""What an import would change, shown before anything is written, then applied whole.

Readers (the plan workbook, foreign sheets) build an :class:`ImportPreview`:
per table the rows to insert, the rows to update with old → new per field, the
rows the file no longer has (reported, deleted only when asked), and every
problem with sheet, row, column, value and reason. Nothing here touches the
database: the service gives the new rows their ids (:meth:`ImportPreview.assign_ids`),
takes the rows to write as plain data (:meth:`TableChanges.insert_rows` and the
like) and writes them through ``oa_desk.store.bulk_write`` in one transaction.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any

from oa_desk.exchange.problems import (
    ProblemCode,
    check_params,
    english,
    params_as_text,
)
from oa_desk.exchange.spec import ColType, Column

__all__ = [
    "ImportPreview",
    "Insert",
    "NewRow",
    "Note",
    "Problem",
    "ProblemCode",
    "Severity",
    "StalePreview",
    "TableChanges",
    "Update",
    "same_value",
]


class Severity(StrEnum):
    ERROR = "error"  # stops the import
    WARNING = "warning"  # imported, but the user should know
    LEFT_OUT = "left_out"  # the row was wrong and is left out (the user asked so)


def _frozen_params(owner: object, code: ProblemCode, params: Mapping[str, str]) -> None:
    check_params(code, params)
    object.__setattr__(owner, "params", MappingProxyType(dict(params)))


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, where Excel shows it.

    Why is ``code`` with ``params`` (the gui translates them); ``reason`` is the
    English sentence from :data:`~oa_desk.exchange.problems.ENGLISH`. A problem
    without a :class:`ProblemCode`, or with other parameters than its code
    takes, cannot be made.
    """

    sheet: str
    row: int | None  # 1-based, as Excel numbers rows; None for the whole sheet
    column: str | None  # column letter ("C")
    header: str | None  # the column's header text
    value: str
    code: ProblemCode
    params: Mapping[str, str] = field(default_factory=dict, hash=False)
    severity: Severity = Severity.ERROR

    def __post_init__(self) -> None:
        _frozen_params(self, self.code, self.params)

    @property
    def reason(self) -> str:
        """Why, in English (the command line, logs, the default error workbook)."""
        return english(self.code, self.params)

    @property
    def cell(self) -> str:
        """ "C12", "row 12", "column C" or "" when the problem is about the whole sheet."""
        if self.column and self.row:
            return f"{self.column}{self.row}"
        if self.row:
            return f"row {self.row}"
        if self.column:
            return f"column {self.column}"
        return ""

    def __str__(self) -> str:
        where = self.sheet
        if self.cell:
            where += f"!{self.cell}"
        if self.header:
            where += f" ({self.header})"
        shown = f" {self.value!r}:" if self.value else ""
        return f"{self.severity.value}: {where}:{shown} {self.reason}"


@dataclass(frozen=True)
class Note:
    """Something the preview says beside the changes (a sheet left alone...); not a problem."""

    code: ProblemCode
    params: Mapping[str, str] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        _frozen_params(self, self.code, self.params)

    @property
    def text(self) -> str:
        """The note in English."""
        return english(self.code, self.params)

    def __str__(self) -> str:
        return self.text


class NewRow:
    """A row to insert, referenced by other rows before it has an id."""

    __slots__ = ("id", "table", "wanted")

    def __init__(self, table: str, wanted: int | None = None) -> None:
        self.table = table
        self.id: int | None = None  # assigned by ImportPreview.assign_ids
        # The id a sheet gives a row of a table the plan has none of (a plan seeded
        # from a workbook keeps its ids, and so the references that name them).
        self.wanted = wanted

    def __repr__(self) -> str:
        return f"NewRow({self.table}, {self.id})"


@dataclass
class Insert:
    row: int | None  # source row, for messages
    values: dict[str, Any]  # column -> value (may hold NewRow references)
    token: NewRow
    label: str = ""  # how the preview names it ("E001 张三")
    # What the row is without its own sheet row, when other rows may need it alone (a
    # department level a path created): its row left out, it is kept with these values
    # if a kept row refers to it. None: a kept row referring to it is left out too.
    bare: dict[str, Any] | None = None


@dataclass
class Update:
    id: int
    row: int | None
    fields: dict[str, tuple[Any, Any]]  # column -> (old, new)
    label: str = ""


@dataclass
class TableChanges:
    table: str
    title: str  # as the user sees the entity: the sheet title
    columns: Mapping[str, Column] = field(default_factory=dict)  # for display and defaults
    inserts: list[Insert] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    missing: list[tuple[int, str]] = field(default_factory=list)  # (id, label) not in file
    delete_missing: bool = False
    # Rows deleted because an edited field says so (a predecessor removed from a task).
    forced_deletes: list[int] = field(default_factory=list)
    # Link tables to rewrite for changed rows: column -> (table, own fk, other fk).
    links: Mapping[str, tuple[str, str, str]] = field(default_factory=dict)
    # Column key -> its letter in the file read (for problems found after the read).
    letters: Mapping[str, str] = field(default_factory=dict)

    @property
    def deletes(self) -> list[int]:
        missing = [i for i, _ in self.missing] if self.delete_missing else []
        return self.forced_deletes + [i for i in missing if i not in set(self.forced_deletes)]

    def __bool__(self) -> bool:
        return bool(self.inserts or self.updates or self.deletes)

    # -- the rows to write, as plain data (after ImportPreview.assign_ids) ---------

    def insert_rows(self) -> list[dict[str, Any]]:
        """Each new row's stored columns and its ``id``; references to new rows as ids."""
        links = tuple(self.links)
        # Only references can hold a NewRow (a tree's parent too, described or not):
        # look at those few keys, not at every value of 50,000 rows.
        refs = {k for k, c in self.columns.items() if c.kind is ColType.REF} | {"parent_id"}
        out = []
        for ins in self.inserts:
            row = dict(ins.values)
            for k in links:
                row.pop(k, None)
            for k in refs:
                if type(value := row.get(k)) is NewRow:
                    row[k] = _id_of(value)
            row["id"] = _id_of(ins.token)
            out.append(row)
        return out

    def update_rows(self) -> list[tuple[int, dict[str, Any]]]:
        """(id, new values) per changed row; a row whose only change is its links has none."""
        links = self.links
        return [
            (
                upd.id,
                {
                    k: (_id_of(new) if type(new) is NewRow else new)
                    for k, (_old, new) in upd.fields.items()
                    if k not in links
                },
            )
            for upd in self.updates
        ]

    def link_targets(self, key: str) -> dict[int, frozenset[int]]:
        """Row id -> every row it links to through ``key`` after the import.

        New rows with links, and changed rows whose links changed (their old
        links are replaced).
        """
        out: dict[int, frozenset[int]] = {}
        for ins in self.inserts:
            targets = ins.values.get(key)
            if targets:
                out[_id_of(ins.token)] = frozenset(_ref_id(t) for t in targets)
        for upd in self.updates:
            if key in upd.fields:
                out[upd.id] = frozenset(_ref_id(t) for t in upd.fields[key][1] or ())
        return out


def _id_of(token: NewRow) -> int:
    if token.id is None:
        raise RuntimeError(f"no id assigned to {token!r}: call ImportPreview.assign_ids first")
    return token.id


def _new_rows(values: Any) -> Iterator[NewRow]:
    """The new rows among ``values`` (a reference, or a link's collection of them)."""
    for value in values:
        if type(value) is NewRow:
            yield value
        elif isinstance(value, list | tuple | set | frozenset):
            yield from (v for v in value if type(v) is NewRow)


def _ref_id(ref: Any) -> int:
    return _id_of(ref) if type(ref) is NewRow else int(ref)


class StalePreview(Exception):
    """The plan changed between preview and apply."""

    def __init__(self, table: str) -> None:
        super().__init__(f"The plan changed since the preview ({table}); preview the import again.")


@dataclass
class ImportPreview:
    """Everything an import would do; nothing has been written."""

    source: Path
    kind: str  # "workbook" or a foreign import kind ("people", ...)
    tables: dict[str, TableChanges] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)  # sheets skipped, columns ignored...
    plan_fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # About sheet
    # (row count, max id) per touched table when the preview was made (the service
    # takes it from the plan; apply refuses the preview when it has changed).
    fingerprint: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]

    @property
    def ok(self) -> bool:
        """True when nothing stops the import."""
        return not self.errors

    def leave_out_invalid_rows(self) -> list[int]:
        """Drop the changes of every row with an error; its errors become "left out".

        For a foreign sheet imported "valid rows only": the rows left out are in
        the problems (and so in the error workbook) to fix and import again.
        Returns the rows left out.
        """
        bad = {(p.sheet, p.row) for p in self.errors if p.row is not None}
        if any(p.row is None for p in self.errors):
            return []  # a sheet-wide error (a column not mapped): nothing is imported
        sheet_of = {row: sheet for sheet, row in bad}
        rows = set(sheet_of)
        kept = self._rows_kept_for_others(rows, sheet_of)
        for changes in self.tables.values():
            changes.inserts[:] = [i for i in changes.inserts if i.row not in rows or id(i) in kept]
            changes.updates[:] = [u for u in changes.updates if u.row not in rows]
        self.problems[:] = [
            replace(p, severity=Severity.LEFT_OUT) if p.severity is Severity.ERROR else p
            for p in self.problems
        ]
        return sorted(rows)

    def _rows_kept_for_others(self, rows: set[int], sheet_of: dict[int, str]) -> set[int]:
        """The inserts of left-out ``rows`` that kept rows refer to and can stand alone
        (:attr:`Insert.bare`: kept with those values, under the first row needing them);
        a kept row referring to one that cannot is left out too, a problem naming the
        row it needs (``rows`` grows). Returns the ``id()`` of each insert kept."""
        inserts = {ins.token: ins for t in self.tables.values() for ins in t.inserts}

        def needs() -> dict[NewRow, int | None]:  # token -> the first kept row needing it
            wanted: dict[NewRow, int | None] = {}
            for changes in self.tables.values():
                for ins in changes.inserts:
                    if ins.row not in rows:
                        for ref in _new_rows(ins.values.values()):
                            wanted.setdefault(ref, ins.row)
                for upd in changes.updates:
                    if upd.row not in rows:
                        for ref in _new_rows(new for _old, new in upd.fields.values()):
                            wanted.setdefault(ref, upd.row)
            return wanted

        while True:  # leave out the rows needing a row that cannot stand alone
            more = False
            for ref, by in needs().items():
                ins = inserts.get(ref)
                if ins is None or ins.row not in rows or ins.bare is not None or by is None:
                    continue
                more = True
                rows.add(by)
                sheet_of[by] = sheet = sheet_of.get(ins.row or 0, "")
                self.problems.append(
                    Problem(
                        sheet,
                        by,
                        None,
                        None,
                        ins.label,
                        ProblemCode.NEEDS_ROW_LEFT_OUT,
                        {"row": str(ins.row)},
                        Severity.LEFT_OUT,
                    )
                )
            if not more:
                break
        kept: set[int] = set()
        # Keep what the kept rows need, and what that needs (a parent), each under the
        # first row needing it: the smallest row first, as in a shortest-path search.
        todo = [(by or 0, n, ref) for n, (ref, by) in enumerate(needs().items())]
        heapq.heapify(todo)
        count = len(todo)
        while todo:
            by, _n, ref = heapq.heappop(todo)
            ins = inserts.get(ref)
            if ins is None or ins.row not in rows or ins.bare is None or id(ins) in kept:
                continue
            kept.add(id(ins))
            ins.values = dict(ins.bare)
            ins.row = by or None
            for parent in _new_rows(ins.values.values()):
                count += 1
                heapq.heappush(todo, (by, count, parent))
        return kept

    @property
    def inserted(self) -> int:
        return sum(len(t.inserts) for t in self.tables.values())

    @property
    def updated(self) -> int:
        return sum(len(t.updates) for t in self.tables.values()) + (1 if self.plan_fields else 0)

    @property
    def deleted(self) -> int:
        return sum(len(t.deletes) for t in self.tables.values())

    @property
    def missing(self) -> int:
        return sum(len(t.missing) for t in self.tables.values())

    @property
    def has_changes(self) -> bool:
        return bool(self.inserted or self.updated or self.deleted)

    def assign_ids(self, top: Mapping[str, int]) -> None:
        """Number the new rows of each table after ``top[table]``, its highest id now.

        In a table that has no rows, a row keeps the id its sheet gave it
        (:attr:`NewRow.wanted`); the others follow the highest of those.
        """
        for name, changes in self.tables.items():
            base = top.get(name, 0)
            keep = base == 0
            if keep:
                base = max((i.token.wanted or 0 for i in changes.inserts), default=0)
            for ins in changes.inserts:
                if keep and ins.token.wanted is not None:
                    ins.token.id = ins.token.wanted
                else:
                    base += 1
                    ins.token.id = base

    def table(self, name: str, title: str, columns: Mapping[str, Column]) -> TableChanges:
        found = self.tables.get(name)
        if found is None:
            found = self.tables[name] = TableChanges(name, title, dict(columns))
        return found

    def error(
        self,
        sheet: str,
        row: int | None,
        column: str | None,
        header: str | None,
        value: Any,
        code: ProblemCode,
        params: Mapping[str, object] | None = None,
        severity: Severity = Severity.ERROR,
    ) -> None:
        """Record a problem; ``params`` are made text (numbers, dates) the neutral way."""
        from oa_desk.exchange.normalize import cell_text

        text = value if isinstance(value, str) else cell_text(value)
        shown = params_as_text(params) if params else {}
        self.problems.append(Problem(sheet, row, column, header, text, code, shown, severity))

    def note(self, code: ProblemCode, params: Mapping[str, object] | None = None) -> None:
        self.notes.append(Note(code, params_as_text(params) if params else {}))

    def sort_problems(self) -> None:
        """Put the problems in sheet, row, column order, as the user reads the sheet.

        Problems are found pass by pass (cell conversions, then text lengths, then
        the kind's own checks), so without this F10 can come before A5. The sort is
        stable: a cell's problems keep the order they were found in; sheets keep the
        order of their first problem, and a whole-sheet problem comes first.
        """
        sheets: dict[str, int] = {}
        for problem in self.problems:
            sheets.setdefault(problem.sheet, len(sheets))

        def where(problem: Problem) -> tuple[int, int, int, str]:
            column = problem.column or ""
            row = problem.row if problem.row is not None else 0
            return sheets[problem.sheet], row, len(column), column  # "B" before "AA"

        self.problems.sort(key=where)


# ---------------------------------------------------------------------------
# Comparing values


def same_value(old: Any, new: Any, kind: ColType) -> bool:
    """Equality as a spreadsheet round trip can keep it.

    Blank text equals an empty string, floats compare to 12 significant digits,
    date-times to the millisecond (Excel stores days as a binary fraction), or to
    the second or minute a sheet's time shows when it holds none finer (a CSV
    saved by LibreOffice or Excel writes times as they are displayed).
    """
    if old == new:
        return True
    if kind is ColType.TEXT and not old and not new:
        return True
    if isinstance(old, float) and isinstance(new, float):
        return math.isclose(old, new, rel_tol=1e-12, abs_tol=1e-12)
    if isinstance(old, dt.datetime) and isinstance(new, dt.datetime):
        if (old.tzinfo is None) != (new.tzinfo is None):  # a sheet's cells hold local time
            old, new = (v.astimezone().replace(tzinfo=None) if v.tzinfo else v for v in (old, new))
        if abs(old - new) < dt.timedelta(milliseconds=1):
            return True
        if new.microsecond == 0:
            cut = old.replace(microsecond=0)
            return bool((cut if new.second else cut.replace(second=0)) == new)
    return False
