"""Low-level SQLite file handling: header inspection, connections, atomic copies.

Everything here works on plain ``sqlite3`` connections so that it can run on
background threads and before SQLAlchemy is involved.
"""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
import struct
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from oa_desk.store.errors import PlanErrorKind, PlanFileError

# "OADS": marks an SQLite file as an OA Desk plan (PRAGMA application_id).
APPLICATION_ID = 0x4F414453
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# A copy the user asked for waits longer for another program's write to finish.
COPY_BUSY_TIMEOUT_MS = 30000


@dataclass(frozen=True)
class Header:
    page_size: int
    page_count: int  # 0 when the header's count is not valid (very old writers)
    application_id: int
    user_version: int
    file_size: int


def read_header(path: Path) -> Header:
    """Read and check an SQLite file's header without opening it as a database.

    Raises PlanFileError for a missing, empty, non-SQLite or truncated file.
    Nothing is written, so a refused file stays byte-for-byte as it was.

    A file that another process is committing to can look short for a moment
    (SQLite writes page 1, with the new page count, before the pages that grow
    the file), and one whose writer died mid-commit looks short until SQLite
    rolls the write back from its journal. So a short file is looked at again
    under SQLite's shared lock before it is called truncated, and one with a
    hot journal is left for SQLite to recover.
    """
    header = _read_header_bytes(path)
    if header.shortfall is None:
        return header.header
    return _settled_header(path, header)


@dataclass(frozen=True)
class _RawHeader:
    header: Header
    shortfall: tuple[int, int] | None  # (expected, actual) bytes when the file looks short


def _read_header_bytes(path: Path) -> _RawHeader:
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise PlanFileError(PlanErrorKind.NOT_SQLITE, path)
        with path.open("rb") as f:
            raw = f.read(100)
    except FileNotFoundError:
        raise PlanFileError(PlanErrorKind.MISSING, path) from None
    except PermissionError as exc:
        raise PlanFileError(PlanErrorKind.IO, path, detail=exc.strerror or str(exc)) from None
    if size == 0:
        raise PlanFileError(PlanErrorKind.EMPTY, path)
    if not raw.startswith(SQLITE_MAGIC):
        raise PlanFileError(PlanErrorKind.NOT_SQLITE, path)
    if len(raw) < 100:
        raise PlanFileError(PlanErrorKind.TRUNCATED, path, expected=100, actual=size)
    (page_size,) = struct.unpack(">H", raw[16:18])
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", raw[24:32])
    (version_valid_for,) = struct.unpack(">I", raw[92:96])
    (user_version,) = struct.unpack(">I", raw[60:64])
    (app_id,) = struct.unpack(">I", raw[68:72])
    if page_size < 512 or page_size & (page_size - 1):
        raise PlanFileError(PlanErrorKind.DAMAGED, path, detail="invalid page size in header")
    if version_valid_for != change_counter:
        page_count = 0
    shortfall = None
    if page_count and page_count * page_size > size:
        shortfall = (page_count * page_size, size)
    elif size % page_size:
        shortfall = ((size // page_size + 1) * page_size, size)
    return _RawHeader(Header(page_size, page_count, app_id, user_version, size), shortfall)


# sqlite3.OperationalError.sqlite_errorcode of a read-only connection that meets a hot
# journal it may not roll back (SQLITE_READONLY_ROLLBACK).
_SQLITE_READONLY_ROLLBACK = 776


def _bare_reader(path: Path) -> sqlite3.Connection:
    """A read-only connection that has not read anything yet (no pragmas run)."""
    return sqlite3.connect(
        _uri(path, "ro"),
        uri=True,
        isolation_level=None,
        check_same_thread=False,
        timeout=BUSY_TIMEOUT_MS / 1000,
    )


def _settled_header(path: Path, first: _RawHeader) -> Header:
    """Read the header again while holding SQLite's shared lock (no commit in flight)."""
    try:
        conn = _bare_reader(path)
    except sqlite3.DatabaseError:
        conn = None
    if conn is not None:
        try:
            conn.execute("BEGIN")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            again = _read_header_bytes(path)  # no writer can be mid-commit now
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if getattr(exc, "sqlite_errorcode", None) == _SQLITE_READONLY_ROLLBACK:
                # A write died half way; opening the plan for writing rolls it back.
                return first.header
            again = first
        except sqlite3.DatabaseError:
            again = first
        finally:
            conn.close()
        if again.shortfall is None:
            return again.header
        first = again
    expected, actual = first.shortfall or (0, 0)
    raise PlanFileError(PlanErrorKind.TRUNCATED, path, expected=expected, actual=actual)


_SQLITE_BUSY = 5  # the primary result code (extended codes carry it in the low byte)


def begin_immediate(conn: sqlite3.Connection, timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
    """``BEGIN IMMEDIATE`` on ``conn``, waiting up to ``timeout_ms`` for the write lock
    in short, even steps with a little jitter.

    SQLite's own wait backs off to a try every 100 ms: the writer that has waited
    longest tries least often, and writers that came later take the lock before it
    again and again (a reschedule beside four busy editors waited out its 5 s and
    failed with "database is locked"). Trying every few milliseconds, every waiter
    has the same chance, so the lock goes round. The connection's busy timeout is
    off meanwhile and back afterwards, for the statements of the transaction.
    """
    deadline = time.monotonic() + timeout_ms / 1000
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                code = getattr(exc, "sqlite_errorcode", None)
                if code is None or code & 0xFF != _SQLITE_BUSY or time.monotonic() >= deadline:
                    raise
            time.sleep(0.001 + random.random() * 0.004)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout_ms)}")


def _uri(path: Path, mode: str) -> str:
    return f"file:{quote(str(path.resolve()).replace(os.sep, '/'))}?mode={mode}"


def connect(
    path: Path,
    *,
    read_only: bool = False,
    create: bool = False,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
) -> sqlite3.Connection:
    """A connection with the plan-file pragmas, in driver autocommit mode.

    Transactions are begun explicitly (``BEGIN`` / ``BEGIN IMMEDIATE``) by the
    caller, so that a unit of work takes the write lock up front.
    """
    mode = "ro" if read_only else ("rwc" if create else "rw")
    conn = sqlite3.connect(
        _uri(path, mode),
        uri=True,
        isolation_level=None,
        check_same_thread=False,
        timeout=busy_timeout_ms / 1000,
    )
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        conn.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            # The main file is whole after each commit: no WAL side files that a copy,
            # an email attachment or a sync folder could miss.
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA cache_size = -65536")  # 64 MiB for large plans
        conn.execute("PRAGMA temp_store = MEMORY")
    except UnicodeDecodeError as exc:
        # A damaged schema can make SQLite's own error text invalid UTF-8: still a
        # damaged file, not a crash (found by tests/unit/test_fuzz_files.py).
        conn.close()
        raise sqlite3.DatabaseError(f"malformed database schema ({exc.reason})") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def check_integrity(path: Path, *, full: bool = False) -> str | None:
    """Run quick_check (or integrity_check); None when fine, else the first problem."""
    try:
        conn = connect(path, read_only=True)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = conn.execute(f"PRAGMA {pragma}(5)").fetchall()
        problems = [str(r[0]) for r in rows if r[0] != "ok"]
        if not problems:
            schema = schema_problem(conn)
            problems = [schema] if schema else []
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return str(exc)
    finally:
        conn.close()
    return "; ".join(problems) or None


def schema_problem(conn: sqlite3.Connection) -> str | None:
    """A schema statement that does not parse, or is not text; None when all do.

    A read-only connection does not report a malformed schema (one flipped byte
    in a CREATE INDEX), but every writable one then fails at its first pragma;
    so each statement is replayed into an empty in-memory database.
    """
    saved = conn.text_factory
    conn.text_factory = bytes
    try:
        rows = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
            " ORDER BY type <> 'table', rowid"
        ).fetchall()
    finally:
        conn.text_factory = saved
    mem = sqlite3.connect(":memory:")
    try:
        for _kind, raw_name, raw_sql in rows:
            name = bytes(raw_name).decode("utf-8", errors="replace")
            try:
                sql = bytes(raw_sql).decode("utf-8")
            except UnicodeDecodeError:
                return f"malformed database schema ({name}): not UTF-8 text"
            if name.startswith("sqlite_"):
                continue  # SQLite's own tables cannot be created by name
            if mem.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone():
                continue  # a virtual table's shadow table (kb_fts_data): made with it
            try:
                mem.execute(sql)
            except sqlite3.DatabaseError as exc:
                return f"malformed database schema ({name}): {exc}"
    finally:
        mem.close()
    return None


def hot_journal(path: Path) -> bool:
    """A rollback journal left by a process that died mid-write: SQLite rolls it back
    the next time the file is opened for writing.

    The journal of a write in progress in another process is not hot: SQLite
    tells the two apart by the writer's lock, so it is asked.
    """
    journal = path.with_name(path.name + "-journal")
    try:
        if journal.stat().st_size == 0:
            return False
    except FileNotFoundError:
        return False
    try:
        conn = _bare_reader(path)
    except sqlite3.DatabaseError:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        return getattr(exc, "sqlite_errorcode", None) == _SQLITE_READONLY_ROLLBACK
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()
    return False


def fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_path_beside(target: Path) -> Path:
    return target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")


@contextlib.contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success fsync and rename it
    over ``target`` in one step, so readers see the old file or the new, never half."""
    tmp = temp_path_beside(target)
    try:
        yield tmp
        with tmp.open("rb+") as f:
            os.fsync(f.fileno())
        tmp.replace(target)
        fsync_dir(target.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        with contextlib.suppress(FileNotFoundError):
            tmp.with_name(tmp.name + "-journal").unlink()


def backup_to(source: sqlite3.Connection, target: Path) -> None:
    """Copy a live database with SQLite's backup API into ``target``, atomically.

    The copy is a consistent snapshot even while other connections write:
    ``pages=-1`` copies everything in one step under a read lock.
    """
    # Take the read lock first, under the connection's busy timeout: the backup
    # step itself would retry a busy source for ever.
    source.execute("BEGIN")
    try:
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()
        with atomic_target(target) as tmp:
            dest = sqlite3.connect(tmp, isolation_level=None)
            try:
                source.backup(dest, pages=-1)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
    finally:
        source.execute("COMMIT")
