"""Why a plan file could not be opened, created or written.

Each error carries a ``kind`` and the values its message needs, so the gui can
show a translated message while the command line prints the English one.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any


class PlanErrorKind(StrEnum):
    MISSING = "missing"
    EMPTY = "empty"
    NOT_SQLITE = "not_sqlite"
    FOREIGN = "foreign"
    TRUNCATED = "truncated"
    DAMAGED = "damaged"
    NEWER = "newer"
    LOCKED = "locked"
    READ_ONLY = "read_only"
    EXISTS = "exists"
    MIGRATION_FAILED = "migration_failed"
    BUSY = "busy"
    IO = "io"
    SAME_FILE = "same_file"
    DISK_FULL = "disk_full"
    NOT_WRITABLE = "not_writable"
    # A team plan's server (store/connect.py): ``path`` is the URL without its password.
    SERVER_AUTH = "server_auth"
    SERVER_UNREACHABLE = "server_unreachable"
    NO_DATABASE = "no_database"
    NO_PLAN = "no_plan"
    DISCONNECTED = "disconnected"


_MESSAGES: dict[PlanErrorKind, str] = {
    PlanErrorKind.MISSING: "{path}: no such file.",
    PlanErrorKind.EMPTY: "{path} is empty (0 bytes): it is not an OA Desk plan.",
    PlanErrorKind.NOT_SQLITE: "{path} is not an OA Desk plan (it is not an SQLite database).",
    PlanErrorKind.FOREIGN: (
        "{path} is an SQLite database but not an OA Desk plan (application id {found})."
    ),
    PlanErrorKind.TRUNCATED: (
        "{path} is truncated: it should hold {expected} bytes but holds {actual}. "
        "Restore it from a snapshot or a backup."
    ),
    PlanErrorKind.DAMAGED: (
        "{path} is damaged ({detail}). It was left untouched; restore it from a snapshot "
        "or a backup."
    ),
    PlanErrorKind.NEWER: (
        "{path} was written by a newer OA Desk (plan format {found}); this version reads "
        "formats up to {supported}. Update OA Desk to open it."
    ),
    PlanErrorKind.LOCKED: (
        "{path} is open by {user} on {host} (process {pid}) since {since}. "
        "Open it read-only or open a copy."
    ),
    PlanErrorKind.READ_ONLY: "{path} is open read-only: nothing can be changed.",
    PlanErrorKind.EXISTS: "{path} already exists.",
    PlanErrorKind.MIGRATION_FAILED: (
        "{path} could not be upgraded from plan format {found} ({detail}). "
        "The file is unchanged; a backup is at {backup}."
    ),
    PlanErrorKind.BUSY: (
        "{path} is being written by another program and stayed busy for {seconds} s; "
        "nothing was changed. Try again in a moment."
    ),
    PlanErrorKind.IO: "{path}: {detail}",
    PlanErrorKind.SAME_FILE: (
        "{path} is the plan being copied ({source}), under another name or through a link: "
        "a copy cannot replace it. Choose another file name."
    ),
    PlanErrorKind.DISK_FULL: (
        "{path}: the disk is full, so the change could not be saved; nothing was changed. "
        "Free some space and try again."
    ),
    PlanErrorKind.NOT_WRITABLE: (
        "{path} cannot be written (the file or its folder is read-only); nothing was "
        "changed. Open it read-only or open a copy."
    ),
    PlanErrorKind.SERVER_AUTH: (
        "{path}: the server refused the user name or password ({detail}). Check them and try again."
    ),
    PlanErrorKind.SERVER_UNREACHABLE: (
        "{path}: the server cannot be reached ({detail}). Check the host and port, "
        "and that the server is running."
    ),
    PlanErrorKind.NO_DATABASE: "{path}: the server has no database of that name ({detail}).",
    PlanErrorKind.NO_PLAN: (
        "{path} holds no OA Desk plan (the database is empty or another program's). "
        "Publish a plan file into it to start a team plan."
    ),
    PlanErrorKind.DISCONNECTED: (
        "{path}: the connection to the server was lost, so the change was not saved; "
        "nothing was changed. OA Desk reconnects by itself; until then the plan is read-only."
    ),
}


class PlanFileError(Exception):
    """A plan file problem with a message fit for the user."""

    def __init__(self, kind: PlanErrorKind, path: Path | str, **params: Any) -> None:
        self.kind = kind
        self.path = Path(path)
        self.params: dict[str, Any] = {"path": str(path), **params}
        super().__init__(_MESSAGES[kind].format(**self.params))


class PlanLockedError(PlanFileError):
    """Another process holds the plan's lock file."""

    def __init__(self, path: Path | str, info: Any) -> None:
        self.info = info
        super().__init__(
            PlanErrorKind.LOCKED,
            path,
            user=info.user,
            host=info.host,
            pid=info.pid,
            since=info.since_text(),
        )


def from_sqlite(exc: Exception, path: Path | str, *, seconds: float) -> PlanFileError:
    """A PlanFileError for an sqlite3 error met while reading or copying ``path``."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code in (5, 6):  # SQLITE_BUSY, SQLITE_LOCKED: another connection held on too long
        return PlanFileError(PlanErrorKind.BUSY, path, seconds=round(seconds))
    if code in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB
        return PlanFileError(PlanErrorKind.DAMAGED, path, detail=str(exc))
    return PlanFileError(PlanErrorKind.IO, path, detail=str(exc))


# SQLite primary result codes a write can meet that are about the file, not the data.
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14


def from_write_error(exc: BaseException, path: Path | str) -> PlanFileError | None:
    """The PlanFileError for a storage failure met while writing, or None.

    ``exc`` is an ``sqlite3`` error or SQLAlchemy's wrapper of one (``.orig``).
    A full disk, a read-only file and an I/O error say so; anything else (a
    constraint, a bug) is not a storage failure and is left alone.
    """
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorcode", 0) & 0xFF
    if code == _SQLITE_FULL:
        return PlanFileError(PlanErrorKind.DISK_FULL, path)
    if code in (_SQLITE_READONLY, _SQLITE_CANTOPEN):
        return PlanFileError(PlanErrorKind.NOT_WRITABLE, path)
    if code == _SQLITE_IOERR:
        return PlanFileError(PlanErrorKind.IO, path, detail=str(orig))
    return None
