"""The roster: its windows and a person's page (reads), and adding, editing and
deactivating people (intents, each undone exactly through ``services.records``).

A person's department must exist (a department deleted meanwhile is refused by
name) and employee numbers are unique: both are checked before anything is
written, and refused as a :class:`PeopleRefusal`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select, update

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.errors import Refusal
from oa_desk.services import records
from oa_desk.services.records import RecordEdit, RecordUndo
from oa_desk.store import models
from oa_desk.store.planfile import PlanStore
from oa_desk.store.roster import (
    PersonCard,
    RosterQuery,
    RosterRow,
    RosterSort,
    count_people,
    people_ids,
    people_rows,
    people_window,
    person_card,
)

__all__ = [
    "PeopleRefusal",
    "PersonCard",
    "RosterQuery",
    "RosterRow",
    "RosterSort",
    "RosterSource",
    "add_person",
    "edit_person",
    "read_card",
    "read_count",
    "read_ids",
    "read_rows",
    "read_window",
    "revert",
    "set_active",
]

TABLE = "person"


class PeopleRefusal(Refusal):
    """``department_missing`` (``department_id``), ``employee_no_taken`` (``employee_no``,
    ``name`` of who has it)."""


def read_count(store: PlanStore, query: RosterQuery) -> int:
    with store.read() as session:
        return count_people(session.connection(), query)


def read_window(
    store: PlanStore, query: RosterQuery, offset: int, limit: int
) -> Sequence[RosterRow]:
    with store.read() as session:
        return people_window(session.connection(), query, offset, limit)


def read_ids(store: PlanStore, query: RosterQuery) -> list[int]:
    """Every id ``query`` selects, in its order (the roster's count and windows)."""
    with store.read() as session:
        return people_ids(session.connection(), query)


def read_rows(store: PlanStore, ids: Sequence[int]) -> list[RosterRow]:
    with store.read() as session:
        return people_rows(session.connection(), ids)


class RosterSource:
    """The people of one query, a window at a time, for the roster view.

    Counted first; a window near the top is read by ``LIMIT``/``OFFSET`` over the
    sort column's index; the first window further down reads the query's ordered
    ids once (one index scan) and every window after is a lookup by id.
    """

    NEAR = 2000  # rows from the top read by OFFSET without the id list

    def __init__(self, store: PlanStore, query: RosterQuery) -> None:
        self._store = store
        self._query = query
        self._ids: list[int] | None = None
        self.total = read_count(store, query)

    def rows(self, offset: int, limit: int) -> Sequence[RosterRow]:
        if self._ids is None and offset + limit <= self.NEAR:
            with self._store.read() as session:
                conn = session.connection()
                return people_rows(conn, people_ids(conn, self._query, offset, limit))
        if self._ids is None:
            self._ids = read_ids(self._store, self._query)
        return read_rows(self._store, self._ids[offset : offset + limit])


def read_card(store: PlanStore, person_id: int) -> PersonCard | None:
    with store.read() as session:
        return person_card(session.connection(), person_id)


def _check(store: PlanStore, values: Mapping[str, Any], person_id: int | None) -> None:
    p, d = models.Person.__table__, models.Department.__table__
    with store.read() as session:
        conn = session.connection()
        dep = values.get("department_id")
        if dep is not None and conn.execute(select(d.c.id).where(d.c.id == dep)).first() is None:
            raise PeopleRefusal(
                "department_missing",
                f"department #{dep} no longer exists: choose another department",
                department_id=dep,
            )
        number = values.get("employee_no")
        if isinstance(number, str) and number.strip():
            holder = conn.execute(
                select(p.c.id, p.c.name).where(p.c.employee_no == number.strip())
            ).first()
            if holder is not None and holder[0] != person_id:
                raise PeopleRefusal(
                    "employee_no_taken",
                    f"employee number {number.strip()} is {holder[1]}'s already",
                    employee_no=number.strip(),
                    name=holder[1],
                )


def add_person(store: PlanStore, values: Mapping[str, Any]) -> RecordEdit:
    """A new person of the roster (``new_ids`` names them)."""
    _check(store, values, None)
    return records.add_record(store, TABLE, values)


def edit_person(store: PlanStore, person_id: int, values: Mapping[str, Any]) -> RecordEdit:
    """Change some of a person's fields (moving them to another department included)."""
    _check(store, values, person_id)
    return records.update_record(store, TABLE, person_id, values)


def set_active(store: PlanStore, person_ids: Sequence[int], active: bool) -> RecordEdit:
    """Deactivate (or reactivate) people in one write: they stay with their history."""
    p = models.Base.metadata.tables[TABLE]
    ids = list(dict.fromkeys(person_ids))
    with store.write() as session:
        conn = session.connection()
        before = dict(conn.execute(select(p.c.id, p.c.active).where(p.c.id.in_(ids))).all())
        if len(before) < len(ids):
            gone = next(i for i in ids if i not in before)
            raise records.RecordError("missing", f"person #{gone} does not exist", id=gone)
        changed = [i for i in ids if bool(before[i]) != active]
        if changed:
            conn.execute(update(p).where(p.c.id.in_(changed)).values(active=active))
    old = tuple((i, (("active", bool(before[i])),)) for i in changed)
    changes = Changes.update(ChangeKind.PERSON, changed) if changed else Changes()
    return RecordEdit(changes, RecordUndo(TABLE, old_values=old))


def revert(store: PlanStore, undo: RecordUndo) -> Changes:
    return records.revert_record_edit(store, undo)
