"""Taking the write lock of a busy plan file: short even tries, the busy timeout kept.

The fairness itself is what tests/unit/test_concurrent_clients.py shows: with
SQLite's own backing-off wait, a reschedule beside four editors failed with
"database is locked" in two runs of six; with these tries, in none of eleven.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from oa_desk.store.sqlitefile import begin_immediate, connect


def _pair(tmp_path: Path) -> tuple[sqlite3.Connection, sqlite3.Connection]:
    path = tmp_path / "busy.db"
    first = connect(path, create=True)
    first.execute("CREATE TABLE t (x INTEGER)")
    return first, connect(path)


def test_a_lock_let_go_within_the_timeout_is_taken(tmp_path: Path) -> None:
    holder, waiter = _pair(tmp_path)
    holder.execute("BEGIN IMMEDIATE")
    threading.Timer(0.3, lambda: holder.execute("COMMIT")).start()
    start = time.monotonic()
    begin_immediate(waiter, timeout_ms=5000)
    waited = time.monotonic() - start
    assert waiter.in_transaction and 0.25 < waited < 2.0
    waiter.execute("INSERT INTO t VALUES (1)")
    waiter.execute("COMMIT")
    assert waiter.execute("PRAGMA busy_timeout").fetchone() == (5000,)


def test_a_lock_held_past_the_timeout_is_the_busy_error_and_the_timeout_is_back(
    tmp_path: Path,
) -> None:
    holder, waiter = _pair(tmp_path)
    holder.execute("BEGIN IMMEDIATE")
    start = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="locked") as exc:
        begin_immediate(waiter, timeout_ms=300)
    assert 0.25 < time.monotonic() - start < 2.0
    assert exc.value.sqlite_errorcode & 0xFF == 5  # SQLITE_BUSY
    assert not waiter.in_transaction
    assert waiter.execute("PRAGMA busy_timeout").fetchone() == (300,)
    holder.execute("ROLLBACK")


def test_an_error_that_is_not_busy_is_not_waited_on(tmp_path: Path) -> None:
    _, waiter = _pair(tmp_path)
    waiter.execute("BEGIN")  # a transaction already open: an error at once
    start = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="within a transaction"):
        begin_immediate(waiter, timeout_ms=5000)
    assert time.monotonic() - start < 0.5
