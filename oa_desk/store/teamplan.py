"""The team plan: one rollout on a PostgreSQL server, behind the PlanStore interface.

A team plan is a PostgreSQL database (its ``public`` schema, or the schema the
URL's ``options=-csearch_path=...`` names) holding the same tables as a plan
file, built by the same Alembic migrations (:func:`create_schema`). Services
use it exactly as a file: ``store.read()`` for a consistent view,
``store.write()`` for one unit of work, ``store.generation`` for their caches.

What differs lives here, one counterpart per engine beside ``planfile``:

* **Writers take turns.** A unit of work takes a transaction-scoped advisory
  lock on the plan first (``pg_advisory_xact_lock``), as a file's writer takes
  SQLite's write lock with ``BEGIN IMMEDIATE``: writes of one plan never
  interleave, and a cache checked inside the lock describes what the unit of
  work sees.
* **Another client's commit is noticed** by a counter of the plan's units of
  work, where a file uses ``PRAGMA data_version``: each takes the next number
  of the sequence ``oa_desk_writes`` (migration 0008) under the write lock; a
  number other than the one after this store's last means another client has
  written since (or tried). The activity log then says which tables they wrote
  (a rolled-back write leaves no entry, and changed nothing): only if one may
  feed the scheduler (not tickets, attendance, the knowledge base...:
  ``activity.SCHEDULE_NEUTRAL``) does the generation move on, so a PM's warm
  schedule stays warm while the hotline works. A program that writes the
  database without OA Desk is not noticed; roles keep such writers out.
* **Credentials** come from the URL as given, from the OS keyring (the optional
  ``keyring`` package: :func:`with_keyring_password`), from the environment
  (``PGPASSWORD``) or from ``~/.pgpass`` (libpq reads it); OA Desk never stores a
  password.

Snapshots are file copies of the team plan in the user's snapshot folder
(``snapshot_key`` names it); ``restore`` replaces every table's rows with a
snapshot's in one unit of work, so the whole-plan undo of an import works as
on a file. Not yet on a team plan: the demo generator's bulk path (``bulk``
raises :class:`NotImplementedError`; publish a generated file instead).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, cast

from oa_desk.store.errors import PlanErrorKind, PlanFileError
from oa_desk.store.planfile import HEAD_REVISION, SCHEMA_VERSION, PlanStore

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.engine import URL
    from sqlalchemy.orm import Session

    from oa_desk.store.plan_check import PlanProblem

__all__ = [
    "SERVER_SCHEMES",
    "TeamPlanStore",
    "create_schema",
    "is_server_url",
    "make_server_engine",
    "open_team_plan",
    "safe_url",
    "schema_revision",
]

SERVER_SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")
# The channel of the plan's live notifications (store/live.py).
LIVE_CHANNEL = "oa_desk_changes"
# The advisory lock key of a plan's writers (one plan per database): "OADK".
WRITE_LOCK_KEY = 0x4F41444B


def is_server_url(target: object) -> bool:
    """True for a ``postgresql://`` URL (a team plan), False for a file path."""
    return isinstance(target, str) and target.lower().startswith(SERVER_SCHEMES)


def _url(url: str) -> URL:
    from sqlalchemy.engine import make_url

    parsed = make_url(url.replace("postgres://", "postgresql://", 1))
    if parsed.get_backend_name() != "postgresql":
        raise ValueError(f"not a PostgreSQL URL: {safe_url(url)}")
    return parsed.set(drivername="postgresql+psycopg")


def safe_url(url: str) -> str:
    """``url`` fit to show and log: the password, if it carries one, is masked."""
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:  # not a URL at all: show nothing of it that could be a secret
        return "<server URL>"
    shown = parsed.set(drivername=parsed.get_backend_name())
    return shown.render_as_string(hide_password=True)


# The OS keyring's service name for team-plan passwords; the user name is keyring_user(url).
KEYRING_SERVICE = "OA Desk team plan"


def keyring_user(url: URL) -> str:
    """Whose password the keyring holds for ``url``: ``user@host:port/database``."""
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def with_keyring_password(url: URL) -> URL:
    """``url`` with the password the OS keyring holds for it, when it names none.

    Without the optional ``keyring`` package, a usable keyring backend or an entry,
    ``url`` is returned as it is and libpq looks in ``PGPASSWORD`` and ``~/.pgpass``.
    The password lives only in the engine's memory: never in settings or a log.
    """
    if url.password is not None or os.environ.get("PGPASSWORD"):
        return url
    try:
        keyring: Any = importlib.import_module("keyring")
        secret = keyring.get_password(KEYRING_SERVICE, keyring_user(url))
    except Exception:  # not installed, or no backend on this machine: libpq's own ways
        return url
    return url.set(password=secret) if secret else url


def make_server_engine(
    url: str, *, pool_size: int = 2, connect_timeout: int | None = None
) -> Engine:
    """An engine for a team plan's database (psycopg 3), pre-pinging pooled connections."""
    from sqlalchemy import create_engine

    connect_args: dict[str, Any] = {"application_name": "OA Desk"}
    if connect_timeout is not None:
        connect_args["connect_timeout"] = connect_timeout
    from oa_desk.store import activity

    engine = create_engine(
        with_keyring_password(_url(url)),
        pool_size=pool_size,
        max_overflow=4,
        pool_pre_ping=True,
        connect_args=connect_args,
    )
    activity.install(engine)
    return engine


def schema_revision(conn: Connection) -> str | None:
    """The Alembic revision of the plan in this database, or None if there is none."""
    from sqlalchemy import inspect, text

    if not inspect(conn).has_table("alembic_version"):
        return None
    found = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return None if found is None else str(found)


def create_schema(conn: Connection, revision: str = "head") -> None:
    """Build (or carry forward) a team plan's schema by the plan files' migrations,
    inside ``conn``'s transaction (PostgreSQL's DDL is transactional: all or nothing)."""
    from alembic import command

    from oa_desk.store.migrations import alembic_config

    cfg = alembic_config()
    cfg.attributes["connection"] = conn  # type: ignore[attr-defined]
    command.upgrade(cfg, revision)  # type: ignore[arg-type]


def _as_stored(value: Any) -> Any:
    """A value as a plan file's raw read returns it: dates and times as ISO text,
    booleans as 0 and 1."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat(" ", "microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


class _RawReader:
    """psycopg's connection behind the calls of the store's raw readers (``?`` -> ``%s``)."""

    def __init__(self, driver: Any) -> None:
        self._driver = driver
        self._rows: list[tuple[Any, ...]] = []

    def execute(self, sql: str, params: Any = ()) -> _RawReader:
        with self._driver.cursor() as cursor:
            cursor.execute(sql.replace("?", "%s"), tuple(params))
            found = cursor.fetchall() if cursor.description is not None else []
        self._rows = [tuple(_as_stored(v) for v in row) for row in found]
        return self

    def fetchone(self) -> tuple[Any, ...] | None:
        return self._rows.pop(0) if self._rows else None

    def fetchall(self) -> list[tuple[Any, ...]]:
        rows, self._rows = self._rows, []
        return rows


def snapshot_key(url: str) -> Path:
    """The path that names a team plan where a file's path would: its snapshot folder
    (``snapshots.snapshot_dir``) is told apart by server, port and database."""
    parsed = _url(url)
    return Path("/team-plans") / (
        f"{parsed.database}@{parsed.host or 'localhost'}-{parsed.port or 5432}.oadesk"
    )


class TeamPlanStore(PlanStore):
    """An open team plan. The same interface as a file's :class:`PlanStore`.

    ``path`` stands where a file's path would (:func:`snapshot_key`: it names the
    snapshot folder); ``location`` is the URL to show (no password), ``url`` what
    was opened.
    """

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        super().__init__(snapshot_key(url), read_only=read_only, lock=None)
        self.url = url
        self.location = safe_url(url)
        self._server: Engine | None = None
        self._last_write: int | None = None
        # Live refresh (store/live.py): who this store is in the plan's notifications,
        # and whether its server is out of reach (the plan is read-only until it is back).
        self.sender = os.urandom(6).hex()
        self.offline = False
        self.on_lost: list[Callable[[], None]] = []  # told when the server was lost
        self._user: str | None = None
        self._role: str | None = None
        self._last_activity: int | None = None  # the newest activity this store has seen
        self._ready.set()  # the server checks itself; nothing to verify before writing

    def problems(self) -> list[PlanProblem]:
        """The rule check reads a plan file's own pages (store.plan_check); on the
        server PostgreSQL enforces every key, NOT NULL and CHECK itself, and nothing
        can edit its pages behind it: a team plan has no such problems to report."""
        return []

    def _server_engine(self) -> Engine:
        if self._closed:
            raise RuntimeError("plan is closed")
        if self._server is None:
            self._server = make_server_engine(self.url)
        return self._server

    # -- reading and writing -------------------------------------------------

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        from sqlalchemy.orm import Session

        with Session(self._server_engine(), expire_on_commit=False) as session:
            try:
                yield session
            except BaseException as exc:
                self._raise_if_lost(exc)  # a read that lost the server says so too
                raise
            finally:
                with contextlib.suppress(Exception):  # on a broken connection, too
                    session.rollback()

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        self._ensure_writable()
        from sqlalchemy import text
        from sqlalchemy.orm import Session

        from oa_desk.store import activity

        with Session(self._server_engine(), expire_on_commit=False) as session:
            try:
                conn = session.connection()
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK_KEY})
                self._notice_other_writers_on_server(conn)
                user = self._server_user(conn)
                with activity.recording(conn, user, self.left_versions) as recorder:
                    yield session
                    session.flush()
                    recorder.flush(conn)
                if recorder.activity_id is not None:  # the newest: writers take turns
                    self._last_activity = recorder.activity_id
                self._bump_generation()
                session.commit()
            except BaseException as exc:
                with contextlib.suppress(Exception):  # on a broken connection, too
                    session.rollback()
                refused = self._not_allowed(exc)
                if refused is not None:
                    raise refused from exc
                self._raise_if_lost(exc)
                raise
        self._after_write()

    def _raise_if_lost(self, exc: BaseException) -> None:
        """A read or unit of work that lost its server is refused as DISCONNECTED
        (nothing was committed). When someone watches the connection (``on_lost``: the
        live link, which clears :attr:`offline` once the server answers), the store
        goes offline; else the next unit of work simply tries again."""
        from oa_desk.store.server_errors import lost_connection

        lost = lost_connection(exc, self.location)
        if lost is not None:
            if self.on_lost:
                self.offline = True
                for callback in list(self.on_lost):
                    callback()
            raise lost from exc

    def _not_allowed(self, exc: BaseException) -> Exception | None:
        """The server's "permission denied" (a role's GRANTs) as a refusal to explain."""
        orig = getattr(exc, "orig", None)
        if getattr(orig, "sqlstate", None) != "42501":  # insufficient_privilege
            return None
        from oa_desk.domain.roles import NotAllowed

        detail = (str(orig).strip().splitlines() or [""])[0]
        try:
            role = self.role
        except Exception:  # the server went away meanwhile: say what is known
            role = "?"
        return NotAllowed(self._user or "", role, detail)

    @property
    def user_name(self) -> str:
        """The server user this store works as (what the activity log names)."""
        if self._user is None:
            with self._server_engine().connect() as conn:
                self._server_user(conn)
        return self._user or ""

    def _server_user(self, conn: Connection) -> str:
        if self._user is None:
            from sqlalchemy import text

            self._user = str(conn.execute(text("SELECT current_user")).scalar_one())
        return self._user

    @property
    def role(self) -> str:
        """The server user's OA Desk role (store/roles.py), read once per store."""
        if self._role is None:
            from oa_desk.store.roles import role_of

            with self._server_engine().connect() as conn:
                self._role = role_of(conn)
        return self._role

    def _notice_other_writers_on_server(self, conn: Connection) -> None:
        """The counterpart of ``PlanStore._notice_other_writers``: bump the generation
        if anyone else has committed since this store's last unit of work.

        Called with the plan's write lock held. The number is this store's whether its
        unit of work commits or not (a refused edit changes nothing, and is no one
        else's write).
        """
        from sqlalchemy import text

        # The number, and the notice other clients get when this unit of work commits
        # (store/live.py: PostgreSQL sends a transaction's NOTIFY on its commit only).
        number = int(
            conn.execute(
                text(
                    "SELECT n, pg_notify(:channel, :prefix || n) FROM nextval('oa_desk_writes') n"
                ),
                {"channel": LIVE_CHANNEL, "prefix": f"w {self.sender} "},
            ).scalar_one()
        )
        if self._last_write is None or (
            number != self._last_write + 1 and self._others_touched_schedule(conn)
        ):
            self._bump_generation()
        self._last_write = number

    def _others_touched_schedule(self, conn: Connection) -> bool:
        """Whether the units of work committed since this store's last one (the activity
        log names their tables) may have changed what the scheduler reads. The hotline
        logging tickets and trainers taking attendance leave a planner's warm schedule
        warm; anything else, or a log this store has not seen the start of, does not.
        (A rolled-back write leaves no entry, and changed nothing.)"""
        from sqlalchemy import text

        from oa_desk.store.activity import SCHEDULE_NEUTRAL

        if self._last_activity is None:
            return True
        found = conn.execute(
            text("SELECT id, tables FROM activity WHERE id > :a ORDER BY id"),
            {"a": self._last_activity},
        ).all()
        if found:
            self._last_activity = int(found[-1][0])
        return any(not tables or set(tables.split(",")) - SCHEDULE_NEUTRAL for _, tables in found)

    def bulk(self) -> NoReturn:
        raise NotImplementedError("bulk writes to a team plan: publish a plan file instead")

    @contextlib.contextmanager
    def read_raw(self) -> Iterator[sqlite3.Connection]:
        """The counterpart of a file's raw reads: the same ``?`` statements in one
        read transaction, rows as a file gives them (dates and times as its text).

        What is yielded has the three calls raw readers use (``execute``,
        ``fetchone``, ``fetchall``), not the whole sqlite3 interface.
        """
        with self._server_engine().connect() as conn, conn.begin():
            yield cast("sqlite3.Connection", _RawReader(conn.connection.driver_connection))

    def _after_write(self) -> None:
        for callback in list(self.after_commit):
            callback()

    # -- what a file has and a server plan has not (yet) -----------------------

    def _ensure_writable(self) -> None:
        if self._closed:
            raise RuntimeError("plan is closed")
        if self.read_only:
            raise PlanFileError(PlanErrorKind.READ_ONLY, self.location)
        if self.offline:
            raise PlanFileError(PlanErrorKind.DISCONNECTED, self.location, detail="offline")

    def save_copy(self, target: Path) -> None:
        """Write a plan file of one consistent view of the team plan (built beside
        ``target``, then renamed over it)."""
        from oa_desk.store.lock import held_for_replacement
        from oa_desk.store.sqlitefile import atomic_target
        from oa_desk.store.table_copy import write_file

        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        view = self._server_engine().connect().execution_options(isolation_level="REPEATABLE READ")
        with view as src, src.begin(), held_for_replacement(target), atomic_target(target) as tmp:
            write_file(src, tmp)

    def snapshot(self, reason: str, *, protect: Path | None = None) -> Path:
        """A file copy of the team plan in its snapshot folder (as a file's snapshots,
        listed by ``list_snapshots(store.path)``), rotated the same way."""
        import tempfile

        from oa_desk.store.snapshots import take_snapshot
        from oa_desk.store.sqlitefile import connect

        with self._snapshot_lock, tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / "copy.oadesk"
            self.save_copy(copy)
            conn = connect(copy, read_only=True)
            try:
                return take_snapshot(conn, self.path, reason, protect=protect)
            finally:
                conn.close()

    def restore(self, snapshot_path: Path) -> None:
        """Replace every table's rows with a snapshot's, in one unit of work, after
        snapshotting the plan as it is (nothing is lost: File › Restore lists both)."""
        from oa_desk.store import activity, models
        from oa_desk.store.planfile import _check_header, _make_engine
        from oa_desk.store.sqlitefile import check_integrity
        from oa_desk.store.table_copy import copy_tables

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
        self.snapshot("before-restore", protect=snapshot_path)
        source = _make_engine(snapshot_path, read_only=True, pool_size=1)
        try:
            with self.write() as session, source.connect() as src:
                conn = session.connection()
                # Not row by row in the log (every row of the plan): one entry names it.
                recorder = conn.info.pop(activity.RECORDER_KEY, None)
                tables = ", ".join(f'"{t.name}"' for t in models.TABLES)
                conn.exec_driver_sql(f"TRUNCATE {tables}")  # together: they refer to each other
                conn.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
                copy_tables(src, conn, None)
                if recorder is not None:
                    recorder.note("plan", None)
                    conn.info[activity.RECORDER_KEY] = recorder
        finally:
            source.dispose()

    def _dispose(self) -> None:
        if self._server is not None:
            self._server.dispose()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._dispose()
        self._server = None


def open_team_plan(url: str, *, read_only: bool = False) -> TeamPlanStore:
    """Open the team plan at ``url``, refusing a database that holds no plan or a newer one.

    An older plan's schema is carried forward by the migrations (a writable open only).
    """
    from sqlalchemy.exc import OperationalError

    shown = safe_url(url)
    try:
        engine = make_server_engine(url, pool_size=1)
    except ValueError as exc:
        raise PlanFileError(PlanErrorKind.IO, shown, detail=str(exc)) from exc
    try:
        with engine.begin() as conn:
            revision = schema_revision(conn)
            if revision is None:
                raise PlanFileError(PlanErrorKind.NO_PLAN, shown)
            if int(revision) > SCHEMA_VERSION:
                raise PlanFileError(
                    PlanErrorKind.NEWER, shown, found=int(revision), supported=SCHEMA_VERSION
                )
            if revision != HEAD_REVISION:
                if read_only:
                    raise PlanFileError(
                        PlanErrorKind.IO,
                        shown,
                        detail=f"plan format {revision} must be upgraded, which needs write access",
                    )
                create_schema(conn)
    except OperationalError as exc:
        from oa_desk.store.server_errors import server_error

        raise server_error(exc, shown) from exc
    finally:
        engine.dispose()
    return TeamPlanStore(url, read_only=read_only)


def _server_problem(exc: Exception) -> str:
    """The first line of the driver's message (never the URL, which may hold a password)."""
    orig = getattr(exc, "orig", exc)
    return (str(orig).strip().splitlines() or ["the server cannot be reached"])[0]
