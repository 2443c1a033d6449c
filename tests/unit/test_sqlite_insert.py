"""store.sqlite_insert: many rows inserted a chunk per statement land exactly as a
row-by-row INSERT would put them, under every one of the table's constraints
(CHECK, NOT NULL, foreign and unique keys)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from oa_desk.store.planfile import create_plan
from oa_desk.store.sqlite_insert import CHUNK, insert_many
from oa_desk.store.sqlitefile import connect

_COLUMNS = tuple(
    f'"{c}"'
    for c in [
        "id",
        "parent_id",
        "seq",
        "name",
        "kind",
        "duration",
        "start",
        "finish",
        "phase",
        "progress",
        "deliverable",
        "acceptance",
        "constraint_type",
        "notes",
    ]
)
_NAMES = ", ".join(_COLUMNS)
_REST = ("prepare", 0, "", "", "asap", "")  # the columns every row has the same


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    path = tmp_path / "plan.oadesk"
    create_plan(path, name="批量")
    db = connect(path)
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    finally:
        db.execute("ROLLBACK")
        db.close()


def _rows(n: int, first: int = 1) -> list[tuple[object, ...]]:
    # Text that looks like a number, a date, an empty finish, a parent before its child.
    return [
        (
            i,
            None if i == first else first,
            i,
            "0012" if i % 2 else f"任务{i}",
            "task",
            i % 5,
            "2026-03-02",
            None if i % 3 else "2026-03-09",
            *_REST,
        )
        for i in range(first, first + n)
    ]


def _stored(db: sqlite3.Connection) -> list[tuple[object, ...]]:
    return db.execute(
        f"SELECT {_NAMES}, typeof(name), typeof(start), row_version FROM task ORDER BY id"
    ).fetchall()


def test_chunked_rows_are_the_rows_a_plain_insert_writes(conn: sqlite3.Connection) -> None:
    n = 3 * CHUNK + 7  # whole chunks and a shorter last one
    insert_many(conn, '"task"', _COLUMNS, _rows(n))
    staged = _stored(conn)
    conn.execute("DELETE FROM task")
    marks = ", ".join("?" * len(_COLUMNS))
    conn.executemany(f'INSERT INTO "task" ({_NAMES}) VALUES ({marks})', _rows(n))
    assert staged == _stored(conn) and len(staged) == n
    assert staged[0][3] == "0012" and staged[0][-3:] == ("text", "text", 1)


@pytest.mark.parametrize(
    ("bad", "error"),
    [
        ((1, None, 1, "负工期", "task", -1, None, None, *_REST), "CHECK constraint failed"),
        ((1, None, 1, "未知类型", "phase", 1, None, None, *_REST), "CHECK constraint failed"),
        ((1, 99_999, 1, "无父", "task", 1, None, None, *_REST), "FOREIGN KEY constraint failed"),
        ((1, None, 1, None, "task", 1, None, None, *_REST), "NOT NULL constraint failed"),
        ((2, None, 1, "重复", "task", 1, None, None, *_REST), "UNIQUE constraint failed"),
    ],
)
def test_a_bad_row_refuses_them_all(
    conn: sqlite3.Connection, bad: tuple[object, ...], error: str
) -> None:
    rows = [*_rows(2 * CHUNK, first=2), bad]  # in the last chunk: the others are kept
    conn.execute("SAVEPOINT rows")
    with pytest.raises(sqlite3.IntegrityError, match=error):
        insert_many(conn, '"task"', _COLUMNS, rows)
    # Its whole statement wrote nothing; the transaction (here, the savepoint) undoes
    # the chunks before it, as a unit of work's rollback does.
    assert conn.execute("SELECT count(*) FROM task").fetchone() == (2 * CHUNK,)
    conn.execute("ROLLBACK TO rows")
    assert conn.execute("SELECT count(*) FROM task").fetchone() == (0,)
