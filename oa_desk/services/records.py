"""Add, change and delete the rows of a register, each one intent with an exact undo.

Most of a rollout's registers are tables a user fills row by row: risks,
goals, requirements, stakeholders, courses, knowledge-base articles,
publicity items. Their services are these three intents over a table name:

- :func:`add_record` inserts a row and returns its id;
- :func:`update_record` changes some of a row's columns and keeps the old values;
- :func:`delete_records` deletes rows with everything that cascades with them
  (:mod:`oa_desk.store.rows`), or is refused, naming what holds them, when the
  schema restricts the delete (a department that still has people).

Every value is checked before the unit of work, against the column (type,
length, required, enumeration, the schema's 1–5 score ranges) through the
shared rules of :mod:`oa_desk.domain.checks`, and against the rules a feature
registers for its table with :func:`register_rule` (a task's finish after its
start, a KPI target different from its baseline). A refused intent raises a
:class:`RecordError` (a ``Refusal`` with a code, the field and parameters)
and changes nothing. :func:`revert_record_edit` undoes exactly what an intent
did. A feature's own service adds what is particular to it (the ticket
workflow, the schedule) and calls these for the rest.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import importlib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    Float,
    Integer,
    String,
    Table,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.types import TypeDecorator

from oa_desk.domain import checks
from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.errors import Refusal
from oa_desk.store import models
from oa_desk.store import rows as row_store
from oa_desk.store.planfile import PlanStore

__all__ = [
    "AddStep",
    "RecordEdit",
    "RecordError",
    "RecordUndo",
    "add_record",
    "add_step",
    "checked_values",
    "delete_records",
    "redo_add_step",
    "register_rule",
    "revert_record_edit",
    "undo_add_step",
    "update_record",
]

# Columns nobody edits through a register: keys and what the store derives.
_NOT_EDITABLE = frozenset({"id", "name_pinyin", "name_initials"})
_SCORE = re.compile(r"(\w+) BETWEEN (\d+) AND (\d+)")


class RecordError(Refusal):
    """A register edit refused before anything changed. ``code``: ``missing``,
    ``unknown_field``, ``wrong_type``, ``held`` (a restricted delete) or a
    :class:`~oa_desk.domain.checks.Check` value; ``params`` name the ``field``."""


Rule = Callable[[Mapping[str, Any]], Iterable[checks.Finding]]
_RULES: dict[str, list[Rule]] = {}


def register_rule(table: str, rule: Rule) -> None:
    """Add a cross-field rule for ``table``: given the row's values after the edit,
    what is wrong with them (empty: nothing). Features register theirs at import."""
    _RULES.setdefault(table, []).append(rule)


@dataclass(frozen=True)
class RecordUndo:
    """What a register intent did, in the form that takes it back."""

    table: str
    added: tuple[int, ...] = ()  # rows the intent inserted
    old_values: tuple[tuple[int, tuple[tuple[str, Any], ...]], ...] = ()  # id, columns before
    deleted: row_store.RowSnapshot = field(default_factory=row_store.RowSnapshot)


@dataclass(frozen=True)
class RecordEdit:
    changes: Changes
    undo: RecordUndo
    new_ids: tuple[int, ...] = ()


def _table(name: str) -> Table:
    table = models.Base.metadata.tables.get(name)
    if table is None:
        raise RecordError("unknown_field", f"there is no register {name!r}", field=name)
    return table


def _kind(table: str) -> ChangeKind:
    return ChangeKind.of_table(table)


def _score_ranges(table: Table) -> dict[str, tuple[int, int]]:
    out = {}
    for constraint in table.constraints:
        text = str(getattr(constraint, "sqltext", ""))
        for column, low, high in _SCORE.findall(text):
            out[column] = (int(low), int(high))
    return out


def _check_type(name: str, value: Any, sa_type: Any) -> None:
    if isinstance(sa_type, TypeDecorator):
        sa_type = sa_type.impl_instance
    ok: bool
    if isinstance(sa_type, Enum):
        allowed = set(sa_type.enums)
        ok = (value.value if isinstance(value, enum.Enum) else value) in allowed
    elif isinstance(sa_type, Boolean):
        ok = isinstance(value, bool)
    elif isinstance(sa_type, Integer):
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif isinstance(sa_type, Float):
        ok = isinstance(value, int | float) and not isinstance(value, bool)
    elif isinstance(sa_type, DateTime):
        ok = isinstance(value, dt.datetime)
    elif isinstance(sa_type, Date):
        ok = isinstance(value, dt.date) and not isinstance(value, dt.datetime)
    else:
        ok = isinstance(value, str)
    if not ok:
        raise RecordError("wrong_type", f"{name} cannot be {value!r}", field=name, value=value)


def _clean(table: Table, values: Mapping[str, Any]) -> dict[str, Any]:
    """The values to write, checked against their columns; strings stripped."""
    ranges = _score_ranges(table)
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name in _NOT_EDITABLE or name not in table.c:
            raise RecordError("unknown_field", f"{name} cannot be edited here", field=name)
        column = table.c[name]
        if isinstance(value, str):
            value = value.strip()
        if value is None or (value == "" and not column.nullable and column.default is None):
            # Nothing, where the column needs something (a title, a name): refused.
            if not column.nullable:
                _refuse(checks.required(name, value))
        else:
            _check_type(name, value, column.type)
            if isinstance(column.type, String) and not isinstance(column.type, Enum):
                _refuse(checks.text_fits(name, value, column.type.length))
            if name in ranges:
                _refuse(checks.within(name, value, *ranges[name]))
        out[name] = value
    return out


def _refuse(finding: checks.Finding | None) -> None:
    if finding is not None:
        raise RecordError(
            finding.code.value,
            f"{finding.field}: {finding.code.value}",
            field=finding.field,
            **finding.params,
        )


# The services that register a table's rules: imported before a row of it is checked, so
# a rule holds whichever path writes the row (not only once its page has been opened).
_RULE_MODULES = {
    "goal": "oa_desk.services.goals",
    "risk": "oa_desk.services.risks",
}


def _apply_rules(table: str, row: Mapping[str, Any]) -> None:
    if table in _RULE_MODULES:
        importlib.import_module(_RULE_MODULES[table])
    for rule in _RULES.get(table, ()):
        for finding in rule(row):
            _refuse(finding)


def _defaults(table: Table) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column in table.columns:
        arg = getattr(column.default, "arg", None)
        if arg is not None:
            out[column.name] = arg(None) if callable(arg) else arg
    return out


def _refused_by_schema(table: str, exc: IntegrityError) -> RecordError:
    """A constraint the checks above did not foresee: refused, with its name."""
    detail = str(exc.orig).splitlines()[0] if exc.orig is not None else str(exc)
    return RecordError("constraint", f"{table}: {detail}", field=table, detail=detail)


# -- the intents ---------------------------------------------------------------------------


@contextlib.contextmanager
def _naming(table: str) -> Iterator[None]:
    """Refusals say which register they are about (``params["table"]``)."""
    try:
        yield
    except RecordError as exc:
        exc.params.setdefault("table", table)
        raise


def checked_values(table: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` checked against ``table``'s columns as an edit checks them (strings
    stripped), for a feature's service that writes the row with more in one unit of work."""
    with _naming(table):
        return _clean(_table(table), values)


def add_record(store: PlanStore, table: str, values: Mapping[str, Any]) -> RecordEdit:
    """Insert one row of ``table``; the result names its id (``new_ids``)."""
    with _naming(table):
        return _add(store, table, values)


def update_record(
    store: PlanStore, table: str, record_id: int, values: Mapping[str, Any]
) -> RecordEdit:
    """Change some columns of one row; nothing to change gives an empty result."""
    with _naming(table):
        return _update(store, table, record_id, values)


def delete_records(store: PlanStore, table: str, ids: Sequence[int]) -> RecordEdit:
    """Delete rows with everything that cascades with them; refused when held."""
    with _naming(table):
        return _delete(store, table, ids)


def _add(store: PlanStore, table: str, values: Mapping[str, Any]) -> RecordEdit:
    t = _table(table)
    clean = _clean(t, values)
    row = {**_defaults(t), **clean}
    for column in t.columns:
        if not column.nullable and column.name not in row and not column.primary_key:
            _refuse(checks.required(column.name, None))
    _apply_rules(table, row)
    try:
        with store.write() as session:
            result = session.connection().execute(insert(t).values(**clean))
            key = result.inserted_primary_key
            assert key is not None
            new_id = int(key[0])
    except IntegrityError as exc:
        raise _refused_by_schema(table, exc) from exc
    return RecordEdit(
        Changes.insert(_kind(table), [new_id]),
        RecordUndo(table, added=(new_id,)),
        new_ids=(new_id,),
    )


def _update(store: PlanStore, table: str, record_id: int, values: Mapping[str, Any]) -> RecordEdit:
    t = _table(table)
    clean = _clean(t, values)
    try:
        with store.write() as session:
            conn = session.connection()
            current = conn.execute(select(t).where(t.c.id == record_id)).mappings().first()
            if current is None:
                raise RecordError("missing", f"{table} #{record_id} does not exist", id=record_id)
            changed = {k: v for k, v in clean.items() if current[k] != v}
            if not changed:
                return RecordEdit(Changes(), RecordUndo(table))
            _apply_rules(table, {**current, **changed})
            conn.execute(update(t).where(t.c.id == record_id).values(**changed))
    except IntegrityError as exc:
        raise _refused_by_schema(table, exc) from exc
    old = tuple((k, current[k]) for k in changed)
    return RecordEdit(
        Changes.update(_kind(table), [record_id]),
        RecordUndo(table, old_values=((record_id, old),)),
    )


def _delete(store: PlanStore, table: str, ids: Sequence[int]) -> RecordEdit:
    t = _table(table)
    if not ids:
        raise RecordError("missing", "nothing to delete", field=table)
    try:
        with store.write() as session:
            conn = session.connection()
            found = set(conn.execute(select(t.c.id).where(t.c.id.in_(list(ids)))).scalars())
            missing = [i for i in ids if i not in found]
            if missing:
                raise RecordError("missing", f"{table} #{missing[0]} does not exist", id=missing[0])
            snapshot = row_store.delete_rows(conn, table, list(ids))
    except IntegrityError as exc:
        raise RecordError(
            "held",
            f"{table} #{ids[0]} cannot be deleted: other rows still need it",
            field=table,
            id=ids[0],
        ) from exc
    return RecordEdit(snapshot.changes(restored=False), RecordUndo(table, deleted=snapshot))


def revert_record_edit(store: PlanStore, undo: RecordUndo) -> Changes:
    """Undo exactly what an intent did."""
    t = _table(undo.table)
    kind = _kind(undo.table)
    changes = Changes()
    with store.write() as session:
        conn = session.connection()
        if undo.added:
            conn.execute(delete(t).where(t.c.id.in_(undo.added)))
            changes |= Changes.delete(kind, undo.added)
        for record_id, old in undo.old_values:
            conn.execute(update(t).where(t.c.id == record_id).values(dict(old)))
            changes |= Changes.update(kind, [record_id])
        if undo.deleted:
            row_store.restore(conn, undo.deleted)
            changes |= undo.deleted.changes(restored=True)
    return changes


# -- an add as an undo step whose redo brings the same row back ---------------------------


@dataclass
class AddStep:
    """An added register row; after an undo, ``removed`` holds what the undo deleted, so
    that redo restores the very row (same id) and later steps that name it still apply."""

    edit: RecordEdit
    removed: RecordEdit | None = None

    @property
    def changes(self) -> Changes:
        return self.edit.changes

    @property
    def new_id(self) -> int:
        return self.edit.new_ids[0]


def add_step(store: PlanStore, table: str, values: Mapping[str, Any]) -> AddStep:
    return AddStep(add_record(store, table, values))


def undo_add_step(store: PlanStore, step: AddStep) -> Changes:
    step.removed = delete_records(store, step.edit.undo.table, step.edit.new_ids)
    return step.removed.changes


def redo_add_step(store: PlanStore, step: AddStep) -> AddStep:
    if step.removed is None:
        raise RuntimeError("nothing to redo: the add was not undone")
    changes = revert_record_edit(store, step.removed.undo)
    return AddStep(RecordEdit(changes, step.edit.undo, step.edit.new_ids))
