"""The plan file's lifecycle: create, open (check, lock, migrate), work, copy, close.

One rollout is one SQLite file. Every user action is one committed
transaction (see :meth:`PlanStore.write`), so a crash loses at most the
action in progress. A file that is not a plan, is damaged, or comes from a
newer version is refused with a clear message and is never written to.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from oa_desk.store.errors import PlanErrorKind, PlanFileError, from_sqlite, from_write_error
from oa_desk.store.lock import PlanLock, held_for_replacement, kept_fresh
from oa_desk.store.snapshots import HOURLY, take_snapshot
from oa_desk.store.sqlitefile import (
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    COPY_BUSY_TIMEOUT_MS,
    Header,
    atomic_target,
    backup_to,
    begin_immediate,
    check_integrity,
    connect,
    fsync_dir,
    hot_journal,
    read_header,
    temp_path_beside,
)

if TYPE_CHECKING:  # SQLAlchemy loads on the first session, not at start-up
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from oa_desk.store.plan_check import PlanProblem

log = logging.getLogger(__name__)

# The newest Alembic revision of store/migrations; PRAGMA user_version holds its number.
HEAD_REVISION = "0016"
SCHEMA_VERSION = int(HEAD_REVISION)
# Files larger than this finish their integrity check on a background thread after
# opening; nothing is written before it passes.
BACKGROUND_CHECK_BYTES = 16 * 1024 * 1024
PLAN_SUFFIX = ".oadesk"


def _make_engine(path: Path, *, read_only: bool, pool_size: int = 2) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: connect(path, read_only=read_only),
        poolclass=QueuePool,  # the URL names no file, so say which pool a file wants
        pool_size=pool_size,
        max_overflow=4,
    )
    from oa_desk.store import activity  # bumps row versions, records who did what

    activity.install(engine)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # The driver runs in autocommit mode; a unit of work that writes takes the
        # write lock at once (BEGIN IMMEDIATE), so it never fails half way on a busy file.
        write = conn.get_execution_options().get("oa_write", False)
        if write:
            begin_immediate(conn.connection.driver_connection)
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


def _check_header(path: Path, *, read_only: bool) -> Header:
    header = read_header(path)
    if header.application_id != APPLICATION_ID:
        raise PlanFileError(PlanErrorKind.FOREIGN, path, found=f"0x{header.application_id:08X}")
    if header.user_version > SCHEMA_VERSION:
        raise PlanFileError(
            PlanErrorKind.NEWER, path, found=header.user_version, supported=SCHEMA_VERSION
        )
    if header.user_version < 1:
        raise PlanFileError(PlanErrorKind.DAMAGED, path, detail="no plan format version")
    if header.user_version < SCHEMA_VERSION and read_only:
        raise PlanFileError(
            PlanErrorKind.IO,
            path,
            detail=(
                f"plan format {header.user_version} must be upgraded to {SCHEMA_VERSION}, "
                "which needs write access: open it normally or open a copy"
            ),
        )
    return header


# Key in a pooled write connection's ``info``: the PRAGMA data_version it last saw.
_SEEN_VERSION = "oa_data_version"


class PlanStore:
    """An open plan: sessions for reading, units of work for writing, copies.

    :attr:`generation` counts the changes to the plan this store knows of, so
    that a cache built from the plan (the scheduling services keep one) can
    tell whether it still describes the file.
    """

    def __init__(self, path: Path, *, read_only: bool, lock: PlanLock | None) -> None:
        self.path = path
        self.read_only = read_only
        self.lock = lock
        self._engines: tuple[Engine, Engine, Engine] | None = None
        self._raw: sqlite3.Connection | None = None
        self._generation = 0
        self._generation_lock = threading.Lock()
        self._ready = threading.Event()
        self._ready_error: PlanFileError | None = None
        self._last_snapshot: dt.datetime | None = None
        self._snapshot_lock = threading.Lock()
        self._closed = False
        self.verifying = False  # the integrity check runs beside the user (large files)
        self.after_commit: list[Callable[[], None]] = []
        # (table, id) -> the row version this store's last unit of work on the row
        # left it at: an undo of its own step checks the row is still so.
        self.left_versions: dict[tuple[str, int], int] = {}

    # -- reading and writing -------------------------------------------------

    @property
    def user_name(self) -> str:
        """Who the activity log names for this store's units of work (the OS user)."""
        import getpass

        try:
            return getpass.getuser()
        except Exception:  # no name for this uid (a container): say so rather than fail
            return "?"

    @property
    def role(self) -> str:
        """The current user's role (``domain.roles.Role`` value): a file's user owns it."""
        return "owner"

    def _engine_set(self) -> tuple[Engine, Engine, Engine]:
        """The engines, made on first use: SQLAlchemy is not needed to open a plan
        and show its first page, so it is not loaded before then."""
        if self._engines is None:
            engine = _make_engine(self.path, read_only=self.read_only)
            # Writes have their own pool of one connection (more only while writers
            # contend), so that its PRAGMA data_version tells this store's commits,
            # which never change it, from any other connection's, which do.
            writer = _make_engine(self.path, read_only=self.read_only, pool_size=1)
            self._engines = (engine, writer, writer.execution_options(oa_write=True))
        return self._engines

    @property
    def _engine(self) -> Engine:
        return self._engine_set()[0]

    @property
    def _writer(self) -> Engine:
        return self._engine_set()[1]

    @property
    def _write_engine(self) -> Engine:
        return self._engine_set()[2]

    @contextlib.contextmanager
    def read_raw(self) -> Iterator[sqlite3.Connection]:
        """A plain driver connection in one read transaction, for fast bulk reads.

        One connection is kept for the store (use it from the thread that opened
        the plan); rows come back as tuples with dates as ISO text.
        """
        if self._closed:
            raise RuntimeError("plan is closed")
        if self._raw is None:
            self._raw = connect(self.path, read_only=self.read_only)
        conn = self._raw
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.execute("ROLLBACK")

    @property
    def generation(self) -> int:
        """A number that changes whenever the plan may have changed.

        It goes up just before every :meth:`write` or :meth:`bulk` commits
        (while the write lock is still held, so no other unit of work can see
        the new content with the old number), around every :meth:`restore`,
        and at the start of a unit of work when another connection (another
        program writing the file despite the lock file) has committed since
        this store last wrote, as ``PRAGMA data_version`` tells. Read inside a
        unit of work, it names the content that unit of work sees; after a
        commit it is one more, unless someone else wrote too.
        """
        return self._generation

    def _bump_generation(self) -> None:
        with self._generation_lock:
            self._generation += 1

    def _notice_other_writers(self, conn: sqlite3.Connection, info: dict[Any, Any]) -> None:
        """Bump the generation if a commit from another connection is visible now.

        Called with the write lock held (after BEGIN IMMEDIATE), so no commit
        can slip in between this check and the unit of work. A connection that
        has never written (new, or after a restore) counts as a change too.
        """
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        if info.get(_SEEN_VERSION) != version:
            info[_SEEN_VERSION] = version
            self._bump_generation()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading: one consistent view of the plan."""
        from sqlalchemy.orm import Session

        with Session(self._engine, expire_on_commit=False) as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work: one session, one transaction, committed or rolled back whole."""
        self._ensure_writable()
        from sqlalchemy.orm import Session

        from oa_desk.store import activity

        with Session(self._write_engine, expire_on_commit=False) as session:
            try:
                conn = session.connection()
                pooled = conn.connection  # BEGIN IMMEDIATE: the lock
                self._notice_other_writers(pooled.driver_connection, pooled.info)  # type: ignore[arg-type]
                with activity.recording(conn, self.user_name, self.left_versions) as recorder:
                    yield session
                    session.flush()
                    recorder.flush(conn)
                self._bump_generation()
                session.commit()
            except BaseException as exc:
                session.rollback()
                storage = from_write_error(exc, self.path)
                if storage is not None:  # a full disk, a read-only file: say so
                    raise storage from exc
                raise
        self._after_write()

    @contextlib.contextmanager
    def bulk(self) -> Iterator[sqlite3.Connection]:
        """A raw driver connection in one write transaction, for bulk inserts.

        It bypasses the activity log and the row versions' bookkeeping (the demo
        generator, imports): what this store remembers of its own rows is forgotten."""
        self._ensure_writable()
        self.left_versions.clear()
        raw = self._writer.raw_connection()
        try:
            conn: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
            begin_immediate(conn)
            try:
                self._notice_other_writers(conn, raw.info)
                yield conn
                self._bump_generation()
                conn.execute("COMMIT")
            except BaseException as exc:
                # SQLite has already rolled back after some errors (SQLITE_FULL):
                # a second ROLLBACK would hide the real error behind "no transaction".
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                storage = from_write_error(exc, self.path)
                if storage is not None:
                    raise storage from exc
                raise
        finally:
            raw.close()
        self._after_write()

    def _ensure_writable(self) -> None:
        if self._closed:
            raise RuntimeError("plan is closed")
        if self.read_only:
            raise PlanFileError(PlanErrorKind.READ_ONLY, self.path)
        self.wait_ready()

    def _after_write(self) -> None:
        if self._last_snapshot and dt.datetime.now() - self._last_snapshot >= HOURLY:
            self._last_snapshot = dt.datetime.now()
            threading.Thread(target=self._snapshot_quietly, args=("hourly",), daemon=True).start()
        for callback in list(self.after_commit):
            callback()

    # -- verification and snapshots ------------------------------------------

    def wait_ready(self, timeout: float | None = None) -> None:
        """Wait for the opening integrity check and snapshot; raise if the check failed."""
        if not self._ready.wait(timeout):
            raise TimeoutError("the plan is still being checked")
        if self._ready_error is not None:
            raise self._ready_error

    @property
    def is_ready(self) -> bool:
        return self._ready.is_set()

    @property
    def ready_error(self) -> PlanFileError | None:
        return self._ready_error

    def _verify_and_snapshot(self, *, snapshot: bool, verified: bool = False) -> None:
        try:
            problem = None if verified else check_integrity(self.path)
            if problem:
                self._ready_error = PlanFileError(PlanErrorKind.DAMAGED, self.path, detail=problem)
                return
            if snapshot and not self.read_only:
                self._snapshot_quietly("open")
                self._last_snapshot = dt.datetime.now()
        except sqlite3.DatabaseError as exc:
            self._ready_error = PlanFileError(PlanErrorKind.DAMAGED, self.path, detail=str(exc))
        except Exception as exc:  # a verification that cannot run must not allow writes
            self._ready_error = PlanFileError(PlanErrorKind.IO, self.path, detail=str(exc))
        finally:
            self._ready.set()

    def snapshot(self, reason: str, *, protect: Path | None = None) -> Path:
        """Copy the plan into the snapshot folder now (backup API, consistent)."""
        with self._snapshot_lock:
            conn = connect(self.path, read_only=True)
            try:
                return take_snapshot(conn, self.path, reason, protect=protect)
            finally:
                conn.close()

    def _snapshot_quietly(self, reason: str) -> None:
        try:
            self.snapshot(reason)
        except Exception:  # a failed snapshot must not stop the user's work
            log.exception("snapshot of %s failed", self.path)

    def restore(self, snapshot_path: Path) -> None:
        """Replace the plan's content with a snapshot's, after snapshotting the current one.

        The copy runs through the backup API inside one transaction of the plan
        file, so a crash leaves either the old or the restored plan.
        """
        self._ensure_writable()
        self.left_versions.clear()  # a whole plan put back: no row is as this store left it
        header = _check_header(snapshot_path, read_only=True)
        problem = check_integrity(snapshot_path)
        if problem:
            raise PlanFileError(PlanErrorKind.DAMAGED, snapshot_path, detail=problem)
        if header.user_version != SCHEMA_VERSION:
            raise PlanFileError(
                PlanErrorKind.IO,
                snapshot_path,
                detail=f"snapshot has plan format {header.user_version}, not {SCHEMA_VERSION}",
            )
        try:
            # Rotation after this snapshot must not delete the one being restored.
            self.snapshot("before-restore", protect=snapshot_path)
            self._dispose()
            self._bump_generation()
            src = connect(snapshot_path, read_only=True)
            try:
                dst = connect(self.path)
                try:
                    src.backup(dst, pages=-1)
                finally:
                    dst.close()
            finally:
                src.close()
                self._bump_generation()
        except sqlite3.DatabaseError as exc:
            raise from_sqlite(exc, self.path, seconds=BUSY_TIMEOUT_MS / 1000) from exc
        self._dispose()
        self._log_whole_plan()

    def _log_whole_plan(self) -> None:
        """One activity entry for a whole plan put back (the restored log has none of it),
        naming the plan: who restored, when, and the caller's intent."""
        from oa_desk.store.activity import note_written

        with self.write() as session:
            note_written(session.connection(), "plan", None)

    def _dispose(self) -> None:
        """Close every pooled connection (they reconnect on next use)."""
        if self._engines is not None:
            self._engines[0].dispose()
            self._engines[1].dispose()
        if self._raw is not None:
            self._raw.close()
            self._raw = None

    # -- copies and closing ----------------------------------------------------

    def save_copy(self, target: Path) -> None:
        """Write a consistent copy to ``target`` (backup API, temp file, fsync, rename)."""
        copy_plan(self.path, target)

    def problems(self) -> list[PlanProblem]:
        """The plan's own rules it breaks (empty when sound), on a fresh read connection."""
        conn = connect(self.path, read_only=True)
        try:
            return plan_problems(conn)
        except sqlite3.DatabaseError as exc:  # damaged pages: the integrity check's to judge
            raise from_sqlite(exc, self.path, seconds=0) from exc
        finally:
            conn.close()

    def refuse_if_unsound(self, what: str) -> None:
        """Raise PlanInvariantError naming the problems, so an export never drops rows."""
        found = self.problems()
        if found:
            from oa_desk.store.plan_check import PlanInvariantError

            raise PlanInvariantError(what, found)

    def refresh_lock(self) -> bool:
        """Keep the lock fresh; False when another process has taken the plan over."""
        return self.lock.refresh() if self.lock else True

    def lock_kept_fresh(self) -> contextlib.AbstractContextManager[None]:
        """Keep the lock fresh on a thread during a long job without an event loop."""
        return kept_fresh(self.lock)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._ready.wait(60)
        self._dispose()
        if self.lock:
            self.lock.release()

    def __enter__(self) -> PlanStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_plan(
    path: Path | str,
    *,
    read_only: bool = False,
    snapshot: bool = True,
    background_check: bool | None = None,
    take_stale_lock: bool = True,
) -> PlanStore:
    """Open a plan file, refusing anything that is not a sound plan of a known version.

    A refused file is left byte-for-byte unchanged. A writable open takes the
    lock file (raising PlanLockedError naming the holder), rolls back a write
    that a crash interrupted, migrates an older format after backing it up,
    and snapshots the plan before its first write. The integrity check of a
    large file finishes on a background thread; writes wait for it.
    """
    path = Path(path)
    header = _check_header(path, read_only=read_only)
    if read_only and hot_journal(path):
        raise PlanFileError(
            PlanErrorKind.IO,
            path,
            detail="a write was interrupted; open it normally once to recover it",
        )
    if not read_only and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        # SQLite would open it and fail at the first write, deep inside an import.
        raise PlanFileError(PlanErrorKind.NOT_WRITABLE, path)
    lock = None if read_only else PlanLock.acquire(path, take_stale=take_stale_lock)
    try:
        if not read_only and hot_journal(path):
            # Opening for writing makes SQLite roll the interrupted transaction back.
            conn = connect(path)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            finally:
                conn.close()
            header = _check_header(path, read_only=False)
        background = (
            header.file_size > BACKGROUND_CHECK_BYTES
            if background_check is None
            else background_check
        )
        upgrade = header.user_version < SCHEMA_VERSION
        if not background or upgrade:
            # A small file, or one to upgrade, is checked before it is shown or changed:
            # a damaged one is refused here as it is, neither backed up nor half upgraded.
            problem = check_integrity(path)
            if problem:
                raise PlanFileError(PlanErrorKind.DAMAGED, path, detail=problem)
            background = False
        if upgrade:
            _migrate(path, header.user_version)
        store = PlanStore(path, read_only=read_only, lock=lock)
        # The rest (a large file's check, the opening snapshot) runs beside the
        # user: the plan shows at once, and writes wait until it is done.
        store.verifying = background
        threading.Thread(
            target=store._verify_and_snapshot,
            kwargs={"snapshot": snapshot, "verified": not background},
            daemon=True,
            name="plan-check",
        ).start()
        return store
    except BaseException:
        if lock:
            lock.release()
        raise


def same_file(a: Path | str, b: Path | str) -> bool:
    """Whether two paths name one file: the same path, a symlink to it, a hard link."""
    try:
        return Path(a).samefile(b)
    except OSError:  # one of them does not exist (yet): compare where they lead
        return os.path.realpath(a) == os.path.realpath(b)


def copy_plan(source: Path | str, target: Path | str) -> None:
    """Copy a plan, even one another process has open, consistently (backup API)."""
    source, target = Path(source), Path(target)
    header = read_header(source)
    if header.application_id != APPLICATION_ID:
        raise PlanFileError(PlanErrorKind.FOREIGN, source, found=f"0x{header.application_id:08X}")
    if same_file(source, target):
        raise PlanFileError(PlanErrorKind.SAME_FILE, target, source=str(source))
    try:
        conn = connect(source, read_only=True, busy_timeout_ms=COPY_BUSY_TIMEOUT_MS)
    except sqlite3.DatabaseError as exc:
        raise from_sqlite(exc, source, seconds=COPY_BUSY_TIMEOUT_MS / 1000) from exc
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with held_for_replacement(target):
            backup_to(conn, target)
    except OSError as exc:
        raise PlanFileError(PlanErrorKind.IO, target, detail=exc.strerror or str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise from_sqlite(exc, source, seconds=COPY_BUSY_TIMEOUT_MS / 1000) from exc
    finally:
        conn.close()


def create_plan(
    path: Path | str,
    *,
    name: str,
    organisation: str = "",
    start: dt.date | None = None,
    go_live: dt.date | None = None,
    overwrite: bool = False,
) -> None:
    """Create a new, empty plan file (written beside, then renamed into place)."""
    path = Path(path)
    if path.exists() and not overwrite:
        raise PlanFileError(PlanErrorKind.EXISTS, path)
    if start and go_live and start > go_live:
        raise ValueError("the start date is after the go-live date")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with held_for_replacement(path), atomic_target(path) as tmp:
            conn = connect(tmp, create=True)
            try:
                init_schema(conn)
                conn.execute("BEGIN IMMEDIATE")
                conn.execute(
                    "INSERT INTO calendar (id, name, working_weekdays) VALUES (1, ?, '1111100')",
                    ("Standard",),
                )
                conn.execute(
                    "INSERT INTO plan (id, name, organisation, oa_product, vendor, start_date,"
                    " target_go_live, calendar_id, description, created_at)"
                    " VALUES (1, ?, ?, '', '', ?, ?, 1, '', ?)",
                    (
                        name,
                        organisation,
                        start.isoformat() if start else None,
                        go_live.isoformat() if go_live else None,
                        dt.datetime.now().isoformat(sep=" ", timespec="microseconds"),
                    ),
                )
                conn.execute("COMMIT")
            finally:
                conn.close()
    except OSError as exc:
        raise PlanFileError(PlanErrorKind.IO, path, detail=exc.strerror or str(exc)) from exc


@contextlib.contextmanager
def building_beside(path: Path | str, *, overwrite: bool = False) -> Iterator[Path]:
    """A path beside ``path`` to build a whole new plan in (``create_plan`` it, fill it,
    close it); when the block succeeds the file is fsynced and renamed onto ``path`` in
    one step. Whatever stops the block (an error, a full disk, a kill), the old plan
    stays as it was. ``path``'s lock is held throughout, so an open plan is refused
    before any work is done.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise PlanFileError(PlanErrorKind.EXISTS, path)
    tmp = temp_path_beside(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with held_for_replacement(path):
            try:
                yield tmp
                with tmp.open("rb+") as f:
                    os.fsync(f.fileno())
                tmp.replace(path)
                fsync_dir(path.parent)
            finally:
                for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
                    with contextlib.suppress(FileNotFoundError):
                        leftover.unlink()
    except OSError as exc:
        raise PlanFileError(PlanErrorKind.IO, path, detail=exc.strerror or str(exc)) from exc


def init_schema(conn: sqlite3.Connection) -> None:
    """Create the current schema in an empty database and mark it as a plan."""
    from sqlalchemy.dialects import sqlite
    from sqlalchemy.schema import CreateIndex, CreateTable

    dialect = sqlite.dialect()
    conn.execute("BEGIN IMMEDIATE")
    from oa_desk.store import models

    for table in models.Base.metadata.sorted_tables:
        conn.execute(str(CreateTable(table).compile(dialect=dialect)))
        for index in sorted(table.indexes, key=lambda i: str(i.name)):
            conn.execute(str(CreateIndex(index).compile(dialect=dialect)))
    from oa_desk.store.knowledge_search import create_fts

    create_fts(conn.execute)  # the knowledge base's FTS table and its triggers
    conn.execute(
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL,"
        " CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
    )
    conn.execute("INSERT INTO alembic_version VALUES (?)", (HEAD_REVISION,))
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.execute("COMMIT")


def _migrate(path: Path, found: int) -> None:
    """Back the file up beside itself, then upgrade it in one transaction."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.stem}.format{found}-backup-{stamp}{path.suffix}")
    conn = connect(path)
    try:
        try:
            backup_to(conn, backup)
        except (OSError, sqlite3.DatabaseError) as exc:
            storage = from_write_error(exc, backup)
            detail = getattr(exc, "strerror", None) or str(exc)
            raise storage or PlanFileError(PlanErrorKind.IO, backup, detail=detail) from exc
        try:
            migrate_connection(conn)
        except Exception as exc:
            storage = from_write_error(exc, path)
            if storage is not None:  # a full disk: the file is unchanged, say why
                raise storage from exc
            raise PlanFileError(
                PlanErrorKind.MIGRATION_FAILED, path, found=found, detail=exc, backup=backup
            ) from exc
    finally:
        conn.close()


def migrate_connection(conn: sqlite3.Connection, revision: str = "head") -> None:
    """Run the Alembic migrations up to ``revision`` in a single transaction."""
    from oa_desk.store.migrations import upgrade  # alembic loads only when needed

    upgrade(conn, revision)


@dataclass(frozen=True)
class CheckReport:
    path: Path
    schema_version: int
    integrity: str  # "ok" or the problems found
    counts: dict[str, int]
    problems: tuple[PlanProblem, ...] = ()  # the plan's own rules broken (store.plan_check)

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and not self.problems


def check_plan(path: Path | str) -> CheckReport:
    """Full read-only check for ``oa-desk check``: format, integrity, row counts."""
    path = Path(path)
    header = read_header(path)
    if header.application_id != APPLICATION_ID:
        raise PlanFileError(PlanErrorKind.FOREIGN, path, found=f"0x{header.application_id:08X}")
    if header.user_version > SCHEMA_VERSION:
        raise PlanFileError(
            PlanErrorKind.NEWER, path, found=header.user_version, supported=SCHEMA_VERSION
        )
    problem = check_integrity(path, full=True)
    counts: dict[str, int] = {}
    problems: list[PlanProblem] = []
    if problem is None and header.user_version == SCHEMA_VERSION:
        from oa_desk.store import models

        conn = connect(path, read_only=True)
        try:
            problems = plan_problems(conn)
            present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            for table in models.TABLES:
                if table.name in present:
                    sql = f'SELECT count(*) FROM "{table.name}"'
                    counts[table.name] = conn.execute(sql).fetchone()[0]
        except sqlite3.DatabaseError as exc:
            problem = str(exc)
        finally:
            conn.close()
    return CheckReport(path, header.user_version, problem or "ok", counts, tuple(problems))


def plan_problems(conn: sqlite3.Connection) -> list[PlanProblem]:
    """The plan's own rules that the plan behind ``conn`` breaks (see store.plan_check)."""
    from oa_desk.store.plan_check import find_problems  # loads SQLAlchemy's schema

    return find_problems(conn)
