"""What an import would change, shown before anything is written, then applied whole.

Readers (the plan workbook, foreign sheets) build an :class:`ImportPreview`:
per table the rows to insert, the rows to update with old → new per field, the
rows the file no longer has (reported, deleted only when asked), and every
problem with sheet, row, column, value and reason. :func:`apply_preview` then
writes it through one database connection inside the caller's transaction;
it runs nothing but INSERT/UPDATE/DELETE, so the caller's rollback (a
failure, a cancel) leaves the plan exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.exchange.problems import (
    ProblemCode,
    check_params,
    english,
    params_as_text,
)
from oa_desk.exchange.progress import Job, ensure_job
from oa_desk.exchange.spec import ColType, Column
from oa_desk.store import models

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
    "apply_preview",
    "db_to_py",
    "py_to_db",
    "same_value",
]


class Severity(StrEnum):
    ERROR = "error"  # stops the import
    WARNING = "warning"  # imported, but the user should know


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

    __slots__ = ("id", "table")

    def __init__(self, table: str) -> None:
        self.table = table
        self.id: int | None = None  # assigned by apply_preview

    def __repr__(self) -> str:
        return f"NewRow({self.table}, {self.id})"


@dataclass
class Insert:
    row: int | None  # source row, for messages
    values: dict[str, Any]  # column -> value (may hold NewRow references)
    token: NewRow
    label: str = ""  # how the preview names it ("E001 张三")


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

    @property
    def deletes(self) -> list[int]:
        missing = [i for i, _ in self.missing] if self.delete_missing else []
        return self.forced_deletes + [i for i in missing if i not in set(self.forced_deletes)]

    def __bool__(self) -> bool:
        return bool(self.inserts or self.updates or self.deletes)


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
    # (row count, max id) per touched table when the preview was made.
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


# ---------------------------------------------------------------------------
# Values between Python and SQLite


def db_to_py(value: Any, kind: ColType) -> Any:
    """A raw SQLite value as the Python value the column holds."""
    if value is None:
        return None
    if kind is ColType.DATE:
        return dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value
    if kind is ColType.DATETIME:
        return dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    if kind is ColType.BOOL:
        return bool(value)
    if kind is ColType.FLOAT:
        return float(value)
    return value


def py_to_db(value: Any) -> Any:
    """A Python value as SQLAlchemy stores it in SQLite (so ORM reads see the same)."""
    kind = type(value)
    if kind is str or kind is int or kind is float or value is None:
        return value  # most cells: stored as they are (bool and StrEnum are other types)
    if isinstance(value, NewRow):
        if value.id is None:  # pragma: no cover - apply assigns ids first
            raise RuntimeError(f"no id assigned to {value!r}")
        return value.id
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, StrEnum):
        return value.value
    return value


def same_value(old: Any, new: Any, kind: ColType) -> bool:
    """Equality as a spreadsheet round trip can keep it.

    Blank text equals an empty string, floats compare to 12 significant digits,
    date-times to the millisecond (Excel stores days as a binary fraction).
    """
    if old == new:
        return True
    if kind is ColType.TEXT and not old and not new:
        return True
    if isinstance(old, float) and isinstance(new, float):
        return math.isclose(old, new, rel_tol=1e-12, abs_tol=1e-12)
    if isinstance(old, dt.datetime) and isinstance(new, dt.datetime):
        return abs(old - new) < dt.timedelta(milliseconds=1)
    return False


# ---------------------------------------------------------------------------
# Applying

_CHUNK = 5000


def _table_fingerprint(conn: sqlite3.Connection, table: str) -> tuple[int, int]:
    count, top = conn.execute(f'SELECT count(*), coalesce(max(rowid), 0) FROM "{table}"').fetchone()
    return int(count), int(top)


def take_fingerprint(conn: sqlite3.Connection, preview: ImportPreview) -> None:
    """Remember the touched tables' size, so apply can tell if the plan changed."""
    preview.fingerprint = {t: _table_fingerprint(conn, t) for t in preview.tables}


def _order(tables: Iterable[str]) -> list[str]:
    rank = {t.name: i for i, t in enumerate(models.TABLES)}
    return sorted(tables, key=lambda t: rank.get(t, len(rank)))


def _chunks(items: list[Any], size: int = _CHUNK) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def apply_preview(
    conn: sqlite3.Connection, preview: ImportPreview, job: Job | None = None
) -> Changes:
    """Write ``preview`` through ``conn`` inside the caller's open transaction.

    Foreign keys are checked at commit (``defer_foreign_keys``), so rows may
    refer to rows inserted later in the same import. Raises ValueError when the
    preview has errors, :class:`StalePreview` when the plan changed since, and
    whatever the database raises; the caller rolls back.
    """
    if not preview.ok:
        raise ValueError("the import has errors; nothing was written")
    job = ensure_job(job)
    for table, seen in preview.fingerprint.items():
        if _table_fingerprint(conn, table) != seen:
            raise StalePreview(table)
    conn.execute("PRAGMA defer_foreign_keys = ON")
    order = _order(preview.tables)
    total = sum(len(t.inserts) + len(t.updates) + len(t.deletes) for t in preview.tables.values())
    job.stage("Writing", total)
    # Ids for every new row first: rows may refer to rows of later tables.
    for name in order:
        changes = preview.tables[name]
        if not changes.inserts:
            continue
        _count, top = _table_fingerprint(conn, name)
        for offset, ins in enumerate(changes.inserts, start=1):
            ins.token.id = top + offset
    inserted: dict[str, frozenset[int]] = {}
    updated: dict[str, frozenset[int]] = {}
    deleted: dict[str, frozenset[int]] = {}
    for name in order:
        changes = preview.tables[name]
        if changes.inserts:
            _insert(conn, changes, job)
            inserted[name] = frozenset(i.token.id for i in changes.inserts if i.token.id)
        if changes.updates:
            _update(conn, changes, job)
            updated[name] = frozenset(u.id for u in changes.updates)
    for name in reversed(order):
        changes = preview.tables[name]
        ids = changes.deletes
        if ids:
            for chunk in _chunks(ids, 500):
                marks = ",".join("?" * len(chunk))
                conn.execute(f'DELETE FROM "{name}" WHERE id IN ({marks})', chunk)
                job.advance(len(chunk))
            deleted[name] = frozenset(ids)
    if preview.plan_fields:
        sets = ", ".join(f'"{k}" = ?' for k in preview.plan_fields)
        conn.execute(
            f"UPDATE plan SET {sets} WHERE id = 1",
            [py_to_db(new) for _old, new in preview.plan_fields.values()],
        )
        updated["plan"] = frozenset({1})
    return Changes(
        inserted=MappingProxyType({ChangeKind.of_table(k): v for k, v in inserted.items()}),
        updated=MappingProxyType({ChangeKind.of_table(k): v for k, v in updated.items()}),
        deleted=MappingProxyType({ChangeKind.of_table(k): v for k, v in deleted.items()}),
    )


# Values SQLite stores as they are (py_to_db would return them unchanged).
_PLAIN = frozenset({str, int, float, type(None)})
_ABSENT = object()


def _insert(conn: sqlite3.Connection, changes: TableChanges, job: Job) -> None:
    table = models.Base.metadata.tables[changes.table]
    names = [c.name for c in table.columns if c.name != "id"]
    # Defaults once per table, not per row (a callable one, such as a creation
    # time, is evaluated once: the rows of one import are created together).
    defaults = {}
    for name in names:
        col = changes.columns.get(name)
        defaults[name] = py_to_db(col.default) if col is not None else _model_default(table, name)
    links: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    rows = []
    for ins in changes.inserts:
        values = ins.values
        for link_key in changes.links:
            for other in values.get(link_key) or ():
                links[link_key].append((ins.token.id, py_to_db(other)))
        row = [ins.token.id]
        row.extend(
            [
                (v if type(v) in _PLAIN else py_to_db(v))
                if (v := values.get(name, _ABSENT)) is not _ABSENT
                else defaults[name]
                for name in names
            ]
        )
        rows.append(row)
    names.insert(0, "id")
    cols = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" * len(names))
    sql = f'INSERT INTO "{changes.table}" ({cols}) VALUES ({marks})'
    for chunk in _chunks(rows):
        conn.executemany(sql, chunk)
        job.advance(len(chunk))
    for link_key, pairs in links.items():
        link_table, own, other = changes.links[link_key]
        conn.executemany(
            f'INSERT OR IGNORE INTO "{link_table}" ("{own}", "{other}") VALUES (?, ?)', pairs
        )


def _model_default(table: Any, name: str) -> Any:
    default = table.c[name].default
    if default is None:
        return None
    arg = default.arg
    if callable(arg):
        return py_to_db(arg(None))
    return py_to_db(arg)


def _update(conn: sqlite3.Connection, changes: TableChanges, job: Job) -> None:
    groups: dict[tuple[str, ...], list[list[Any]]] = defaultdict(list)
    link_rows: dict[str, list[tuple[int, Any]]] = defaultdict(list)
    for upd in changes.updates:
        plain = {k: v for k, v in upd.fields.items() if k not in changes.links}
        for link_key in changes.links:
            if link_key in upd.fields:
                link_rows[link_key].append((upd.id, upd.fields[link_key][1]))
        if plain:
            keys = tuple(sorted(plain))
            groups[keys].append([py_to_db(plain[k][1]) for k in keys] + [upd.id])
    for keys, rows in groups.items():
        sets = ", ".join(f'"{k}" = ?' for k in keys)
        sql = f'UPDATE "{changes.table}" SET {sets} WHERE id = ?'
        for chunk in _chunks(rows):
            conn.executemany(sql, chunk)
            job.advance(len(chunk))
    for link_key, items in link_rows.items():
        link_table, own, other = changes.links[link_key]
        for row_id, targets in items:
            conn.execute(f'DELETE FROM "{link_table}" WHERE "{own}" = ?', (row_id,))
            conn.executemany(
                f'INSERT OR IGNORE INTO "{link_table}" ("{own}", "{other}") VALUES (?, ?)',
                [(row_id, py_to_db(t)) for t in targets or ()],
            )
