"""Row versions and the activity log, kept by every unit of work on both engines.

A unit of work (``store.write()``) installs a :class:`Recorder` on its connection.
Every INSERT, UPDATE and DELETE the unit of work runs through SQLAlchemy passes
through :func:`_before_execute`, which

* adds ``row_version = row_version + 1`` to an UPDATE (unless it sets the version
  itself), so every changed row's version moves on whichever service changed it;
* notes the table and the ids of the rows the statement touches (from the
  statement's ``id = ...`` / ``id IN (...)`` criterion, an executemany's keys, or
  by selecting them first), and the ids an INSERT made.

Just before the commit, :meth:`Recorder.flush` writes one ``activity`` row (when,
who, the intent's text from :func:`describing`, the tables) and one
``activity_item`` per touched row, in the same transaction: a rolled-back unit
of work leaves no trace, a committed one always does. It remembers the versions
it left the rows at without reading back the rows the unit of work inserted and
did not touch again (they are at ``row_version``'s default, 1), and on SQLite it
writes the items through the driver's ``executemany`` (an import itemises tens of
thousands of rows).

:func:`check_versions` refuses an edit whose caller read older versions of its
rows than the plan now holds (a :class:`StaleEdit` naming who changed the row and
when, from the log). Statements written as raw SQL are not seen (there are none
outside ``store``'s bulk paths, which the demo generator and imports use).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Delete, Insert, Update, event, insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.sql.elements import BinaryExpression, BindParameter, TextClause
from sqlalchemy.sql.operators import eq, in_op

from oa_desk.domain.errors import Refusal
from oa_desk.store.sqlite_insert import insert_many

__all__ = [
    "ActivityEntry",
    "Recorder",
    "StaleEdit",
    "check_versions",
    "describing",
    "expecting",
    "install",
    "item_history",
    "last_change",
    "note_written",
    "plan_history",
    "undoing",
    "versions_of",
]

from oa_desk.store.intents import _EXPECTED, _INTENT, _UNDOING, describing, expecting, undoing

RECORDER_KEY = "oa_activity"
# Tables the scheduler reads nothing of, nor do their changes reach what it reads
# (no foreign key of theirs nulls a task's column): a planner's warm state survives
# other clients' changes to these alone (store/teamplan.py).
SCHEDULE_NEUTRAL = frozenset(
    {
        "ticket",
        "ticket_event",
        "kb_article",
        "kb_article_ticket",
        "kb_tag",
        "kb_article_tag",
        "feedback_round",
        "enrollment",
        "training_session",
        "course",
        "training_need",
        "risk",
        "communication",
        "stakeholder",
        "goal",
        "kpi_measurement",
        "readiness_item",
        "adoption_snapshot",
        "activity",
        "activity_item",
    }
)
# At most this many rows of one table are itemised per unit of work (a replacing
# import touches tens of thousands; the activity still names the table).
MAX_ITEMS_PER_TABLE = 20_000
# The version a row is inserted at when its INSERT gives none (model_base.Base:
# default=1, server_default 1, and every migration's column the same).
INSERTED_VERSION = 1


class Recorder:
    """What one unit of work touched: table -> ids (ordered, without repeats).

    ``left`` is the store's memory of the versions its own units of work left rows
    at ((table, id) -> version), which an undo checks and :meth:`flush` updates.
    """

    def __init__(self, user: str, left: dict[tuple[str, int], int] | None = None) -> None:
        self.user = user
        self.items: dict[str, dict[int, None]] = {}
        self.left = left if left is not None else {}
        expected = _EXPECTED.get()
        self.expected: dict[tuple[str, int], int] = expected if isinstance(expected, dict) else {}
        self.undoing = _UNDOING.get()
        self.activity_id: int | None = None  # the activity row flush() wrote
        # A statement in SQL text changed something the recorder cannot name.
        self.unnamed = False
        # table -> ids of rows this unit of work inserted at INSERTED_VERSION and has
        # not changed since: flush() knows their versions without reading them.
        self.inserted: dict[str, set[int]] = {}

    def note(self, table: str, ids: list[int] | None, *, inserted: bool = False) -> None:
        """Note rows of ``table`` the unit of work touched (``None``: some it cannot
        name). ``inserted``: it has just inserted them, at :data:`INSERTED_VERSION`."""
        seen = self.items.setdefault(table, {})
        numbers = list(map(int, ids)) if ids else []
        if len(seen) + len(numbers) <= MAX_ITEMS_PER_TABLE:  # all fit: at once
            seen.update(dict.fromkeys(numbers))
        else:
            for row_id in numbers:
                if len(seen) >= MAX_ITEMS_PER_TABLE:
                    break
                seen[row_id] = None
        fresh = self.inserted.get(table)
        if inserted:
            if numbers:
                if fresh is None:
                    fresh = self.inserted[table] = set()
                fresh.update(numbers)
        elif fresh:
            if ids is None:  # changed rows it cannot name: any may be one of these
                del self.inserted[table]
            else:
                fresh.difference_update(numbers)

    def forget_inserted(self) -> None:
        """A change that may reach rows the recorder cannot name (a DELETE's cascades,
        SQL text): no inserted row's version is known any more without reading it."""
        self.inserted.clear()

    def check_expected(self, conn: Connection) -> None:
        """At the start of the unit of work: refuse if a row its caller read (``expecting``)
        is at another version now, whether or not the edit turns out to change it (an
        edit computed from a stale read may equal the new value and be lost silently)."""
        by_table: dict[str, dict[int, int]] = {}
        for (table, row_id), version in self.expected.items():
            by_table.setdefault(table, {})[row_id] = version
        for table, wanted in by_table.items():
            check_versions(conn, table, wanted)

    def check(
        self, conn: Connection, table: str, ids: list[int], *, deleting: bool = False
    ) -> None:
        """Before an undo's statement changes ``ids`` of ``table``: refuse if a row is
        not at the version this store left it at. Rows this unit of work already
        changed were checked when it first did."""
        if not (self.undoing and self.left):
            return
        seen = self.items.get(table, {})
        wanted: dict[int, int] = {}
        for row_id in ids:
            version = self.left.get((table, row_id))
            if row_id not in seen and version is not None:
                wanted[row_id] = version
        if wanted:
            conn.info.pop(RECORDER_KEY, None)
            try:
                # A row below the version this store left it at is not that row: its id
                # was used again after a delete (a plan file reuses the highest ids),
                # and versions only grow.
                now = versions_of(conn, table, list(wanted))
                wanted = {i: v for i, v in wanted.items() if not (i in now and now[i] < v)}
                if deleting:  # a row already gone (a cascade of this unit of work) is deleted
                    wanted = {i: v for i, v in wanted.items() if i in now}
                check_versions(conn, table, wanted)
            finally:
                conn.info[RECORDER_KEY] = self

    def flush(self, conn: Connection) -> None:
        """Write the activity of this unit of work (nothing if it wrote nothing), and
        remember the versions it left its rows at."""
        from oa_desk.store.models import Activity, ActivityItem

        conn.info.pop(RECORDER_KEY, None)  # the log's own rows are not activity
        tables = [t for t in self.items if t not in ("activity", "activity_item")]
        if not tables and not self.unnamed:
            return
        versioned = _versioned()
        left, expected = self.left, self.expected
        for table in tables:
            if table not in versioned:
                continue
            items = self.items[table]
            fresh = self.inserted.get(table, set()).intersection(items)
            rest = [i for i in items if i not in fresh] if fresh else list(items)
            found = versions_of(conn, table, rest) if rest else {}
            left.update({(table, i): v for i, v in found.items()})
            left.update({(table, i): INSERTED_VERSION for i in fresh})
            for i in rest:  # deleted: no longer a row this store left
                if i not in found:
                    left.pop((table, i), None)
            if expected:  # a second unit of work of the same intent expects what the first left
                found.update(dict.fromkeys(fresh, INSERTED_VERSION))
                for i, v in found.items():
                    if (table, i) in expected:
                        expected[(table, i)] = v
        result = conn.execute(
            insert(Activity).values(
                at=dt.datetime.now(dt.UTC),
                user_name=self.user[:100],
                intent=_INTENT.get(),
                tables=",".join(tables)[:500],
            )
        )
        key = result.inserted_primary_key
        assert key is not None
        self.activity_id = int(key[0])
        if not any(self.items[table] for table in tables):
            return
        raw = conn.connection.driver_connection
        if isinstance(raw, sqlite3.Connection):  # at the driver's speed (an import's rows)
            activity_id = self.activity_id
            # A table's name from SQLAlchemy is a str subclass, which the driver
            # adapts slowly (a lookup per value): bound as plain text.
            insert_many(
                raw,
                "activity_item",
                ("activity_id", "table_name", "row_id"),  # row_version: its default
                [(activity_id, str(table), i) for table in tables for i in self.items[table]],
            )
            return
        rows = [
            {"activity_id": key[0], "table_name": table, "row_id": row_id}
            for table in tables
            for row_id in self.items[table]
        ]
        conn.execute(insert(ActivityItem), rows)


def _versioned() -> frozenset[str]:
    """The tables whose rows have ids and versions to remember (not the log, nor the
    link tables keyed by two ids)."""
    from oa_desk.store.models import AUDIT_TABLES, Base

    return frozenset(
        name for name, t in Base.metadata.tables.items() if name not in AUDIT_TABLES and "id" in t.c
    )


def _id_param(stmt: Update | Delete) -> tuple[str | None, list[int] | None]:
    """From ``WHERE id = :x`` or ``WHERE id IN (...)``: the bound key, or the ids."""
    id_column = stmt.table.c.get("id")
    for criterion in stmt._where_criteria:
        if not isinstance(criterion, BinaryExpression) or criterion.left is not id_column:
            continue
        right = criterion.right
        if not isinstance(right, BindParameter):
            continue
        if criterion.operator is eq:
            if right.callable is None and right.value is not None:
                return right.key, [int(right.value)]
            return right.key, None
        if criterion.operator is in_op and right.value is not None:
            return None, [int(v) for v in right.value]
    return None, None


def _before_execute(
    conn: Connection,
    clause: Any,
    multiparams: Any,
    params: Any,
    _options: Any,
) -> tuple[Any, Any, Any]:
    recorder: Recorder | None = conn.info.get(RECORDER_KEY)
    if recorder is None or not isinstance(clause, Insert | Update | Delete):
        return clause, multiparams, params
    table = clause.table
    name = getattr(table, "name", None)
    columns = getattr(table, "c", None)
    if name is None or columns is None:
        return clause, multiparams, params
    if not isinstance(clause, Insert) and "id" in columns:
        key, ids = _id_param(clause)
        rows = multiparams if multiparams else [params] if params else []
        if ids is None and key is not None and rows:
            ids = [r[key] for r in rows if isinstance(r, Mapping) and r.get(key) is not None]
        if ids is None and not rows:
            # A criterion on something else (a parent, a date): which rows it reaches.
            conn.info.pop(RECORDER_KEY)
            try:
                where = clause._where_criteria
                ids = list(conn.execute(select(columns.id).where(*where)).scalars())
            finally:
                # A connection the server dropped cannot even show its info: let the
                # query's own error (the lost connection) be the one that is raised.
                with contextlib.suppress(SQLAlchemyError):
                    conn.info[RECORDER_KEY] = recorder
        if ids:
            recorder.check(conn, name, ids, deleting=isinstance(clause, Delete))
        recorder.note(name, ids)
    elif not isinstance(clause, Insert):
        recorder.note(name, None)
    if isinstance(clause, Delete):  # its cascades reach rows of other tables
        recorder.forget_inserted()
    if isinstance(clause, Update) and "row_version" in columns:
        sets = {getattr(k, "key", k) for k in (clause._values or {})}
        if "row_version" not in sets:
            clause = clause.values(row_version=columns.row_version + 1)
    if isinstance(clause, Insert):
        rows = multiparams if multiparams else [params] if params else []
        given = [r["id"] for r in rows if isinstance(r, Mapping) and r.get("id") is not None]
        values: Mapping[Any, Any] = clause._values or {}
        single = next((v for k, v in values.items() if getattr(k, "key", k) == "id"), None)
        if isinstance(single, BindParameter) and single.value is not None:
            given.append(single.value)
        recorder.note(name, given, inserted=_at_default_version(clause, rows))
    return clause, multiparams, params


def _at_default_version(clause: Insert, rows: Any) -> bool:
    """Whether ``clause`` inserts its rows at :data:`INSERTED_VERSION` (gives no
    ``row_version``, neither in its values nor in its parameters)."""
    values: Mapping[Any, Any] = clause._values or {}
    if any(getattr(k, "key", k) == "row_version" for k in values):
        return False
    if clause.select is not None:  # INSERT ... SELECT: whatever the query gives
        return False
    return not any(not isinstance(r, Mapping) or "row_version" in r for r in rows)


def _after_execute(
    conn: Connection, clause: Any, multiparams: Any, params: Any, _options: Any, result: Any
) -> None:
    recorder: Recorder | None = conn.info.get(RECORDER_KEY)
    if recorder is None or not isinstance(clause, Insert):
        return
    name = getattr(clause.table, "name", None)
    if name is None:
        return
    rows = multiparams if multiparams else [params] if params else []
    with contextlib.suppress(Exception):  # an executemany without RETURNING has no keys
        key = result.inserted_primary_key
        if key is not None and key[0] is not None:
            recorder.note(name, [int(key[0])], inserted=_at_default_version(clause, rows))


_WRITES = ("INSERT", "UPDATE", "DELETE", "TRUNCATE", "REPLACE")


def _before_cursor_execute(
    conn: Connection, _cursor: Any, statement: str, _p: Any, context: Any, _many: bool
) -> None:
    """SQL text that writes (``text()``, ``exec_driver_sql``): noted as a change the log
    cannot itemise, so the unit of work still leaves an entry (a planner's warm state
    then knows something changed)."""
    recorder: Recorder | None = conn.info.get(RECORDER_KEY)
    if recorder is None or recorder.unnamed:
        return
    compiled = getattr(context, "compiled", None)
    if compiled is not None and not isinstance(compiled.statement, TextClause):
        return  # a Core statement: _before_execute has seen it
    if statement.lstrip().upper().startswith(_WRITES):
        recorder.unnamed = True
        recorder.forget_inserted()


def note_written(
    conn: Connection, table: str, ids: Iterable[int] | None, *, inserted: bool = False
) -> None:
    """Tell the unit of work's log that ``conn`` wrote rows of ``table`` behind
    SQLAlchemy's back (a bulk path's driver-level executemany): the entry then names
    the table, and the rows when ``ids`` are known. ``inserted``: ``conn`` has just
    inserted those rows without giving their ``row_version`` (so they are at
    :data:`INSERTED_VERSION`, and the log need not read them back)."""
    recorder: Recorder | None = conn.info.get(RECORDER_KEY)
    if recorder is not None:
        recorder.note(table, None if ids is None else list(ids), inserted=inserted)


def install(engine: Any) -> None:
    """Let ``engine``'s connections bump versions and record activity (once per engine)."""
    if getattr(engine, "_oa_activity", False):
        return
    event.listen(engine, "before_execute", _before_execute, retval=True)
    event.listen(engine, "after_execute", _after_execute)
    event.listen(engine, "before_cursor_execute", _before_cursor_execute)
    engine._oa_activity = True


@contextlib.contextmanager
def recording(
    conn: Connection, user: str, left: dict[tuple[str, int], int] | None = None
) -> Iterator[Recorder]:
    """Record what ``conn`` writes until the block ends; flush() before committing."""
    recorder = Recorder(user, left)
    recorder.check_expected(conn)
    conn.info[RECORDER_KEY] = recorder
    try:
        yield recorder
    finally:
        with contextlib.suppress(SQLAlchemyError):  # a lost connection: its error goes on
            conn.info.pop(RECORDER_KEY, None)


# -- reading the log, and refusing stale edits -----------------------------------------


@dataclass(frozen=True)
class ActivityEntry:
    id: int
    at: dt.datetime
    user: str
    intent: str
    tables: tuple[str, ...]
    items: int  # how many rows it touched (of the asked item's table, for an item's history)


def last_change(conn: Connection, table: str, row_id: int) -> ActivityEntry | None:
    """The last unit of work that touched ``table`` row ``row_id``, if the log knows one."""
    found = item_history(conn, table, row_id, limit=1)
    return found[0] if found else None


def item_history(
    conn: Connection, table: str, row_id: int, *, limit: int = 500
) -> list[ActivityEntry]:
    """Every recorded unit of work that touched one row, newest first."""
    from oa_desk.store.models import Activity, ActivityItem

    a, i = Activity.__table__, ActivityItem.__table__
    query = (
        select(a.c.id, a.c.at, a.c.user_name, a.c.intent, a.c.tables)
        .join(i, i.c.activity_id == a.c.id)
        .where(i.c.table_name == table, i.c.row_id == row_id)
        .order_by(a.c.id.desc())
        .limit(limit)
    )
    return [_entry(row, 1) for row in conn.execute(query)]


def plan_history(
    conn: Connection,
    *,
    user: str | None = None,
    text: str = "",
    tables: Iterable[str] = (),
    limit: int = 500,
) -> list[ActivityEntry]:
    """The plan's latest units of work, newest first (optionally one user's, or
    those whose intent or tables contain ``text``, or that touched one of ``tables``:
    the codes whose labels the user's words match)."""
    from sqlalchemy import func, literal, or_

    from oa_desk.store.models import Activity, ActivityItem

    a, i = Activity.__table__, ActivityItem.__table__
    counted = select(func.count()).where(i.c.activity_id == a.c.id).correlate(a).scalar_subquery()
    query = select(a.c.id, a.c.at, a.c.user_name, a.c.intent, a.c.tables, counted)
    if user:
        query = query.where(a.c.user_name == user)
    if text:
        pattern = f"%{text.lower()}%"
        # A table named exactly: its code between the list's commas ("task" is not
        # "baseline_task").
        listed = literal(",") + a.c.tables + literal(",")
        named = [listed.like(f"%,{t},%") for t in sorted(set(tables))]
        query = query.where(
            or_(func.lower(a.c.intent).like(pattern), func.lower(a.c.tables).like(pattern), *named)
        )
    return [
        _entry(row[:5], int(row[5]))
        for row in conn.execute(query.order_by(a.c.id.desc()).limit(limit))
    ]


def _entry(row: Any, items: int) -> ActivityEntry:
    at = row[1]
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    tables = tuple(t for t in str(row[4]).split(",") if t)
    return ActivityEntry(int(row[0]), at, str(row[2]), str(row[3]), tables, items)


class StaleEdit(Refusal):
    """An edit from a read older than the row: someone else changed it since.

    ``params``: ``table``, ``id``, ``read`` and ``now`` (the versions), ``user`` and
    ``at`` (who changed it last and when; empty when the log does not say), and
    ``intent`` (what they did). The gui reloads what :attr:`table` and :attr:`ids` name.
    """

    def __init__(self, table: str, ids: tuple[int, ...], **params: Any) -> None:
        self.table = table
        self.ids = ids
        who = params.get("user") or "someone"
        when = params.get("at")
        said = f" at {when:%Y-%m-%d %H:%M:%S} UTC" if isinstance(when, dt.datetime) else ""
        super().__init__(
            "stale",
            f"{table} #{ids[0]} was changed by {who}{said} since you read it; reload and try again",
            table=table,
            id=ids[0],
            **params,
        )


def versions_of(conn: Connection, table: str, ids: list[int] | tuple[int, ...]) -> dict[int, int]:
    """The row versions of ``ids`` in ``table`` now (absent rows are left out)."""
    from oa_desk.store.models import Base

    t = Base.metadata.tables[table]
    found: dict[int, int] = {}
    chunk = list(ids)
    for start in range(0, len(chunk), 900):
        part = chunk[start : start + 900]
        query = select(t.c.id, t.c.row_version).where(t.c.id.in_(part))
        found.update({int(i): int(v) for i, v in conn.execute(query)})
    return found


def check_versions(conn: Connection, table: str, expected: Mapping[int, int] | None) -> None:
    """Refuse (:class:`StaleEdit`) if any row of ``expected`` (id -> the version the
    caller read) is now at another version, or gone. Nothing to check: nothing refused.

    Run inside the unit of work, under the plan's write lock, so no one can change
    the rows between this check and the edit.
    """
    if not expected:
        return
    now = versions_of(conn, table, list(expected))
    stale = sorted(i for i, v in expected.items() if now.get(i) != v)
    if not stale:
        return
    first = stale[0]
    last = last_change(conn, table, first)
    raise StaleEdit(
        table,
        tuple(stale),
        read=expected[first],
        now=now.get(first, 0),
        user=last.user if last else "",
        at=last.at if last else None,
        intent=last.intent if last else "",
    )
